import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync, existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { run, type RunMatrixFn } from '../../src/action/main.js'
import type { ArtifactStore } from '../../src/action/artifacts.js'
import type { MatrixReport } from '../../src/report/index.js'
import { fakeRunner } from '../helpers/core.js'
import { fixtureReport, infraReport } from '../helpers/reports.js'

const fixtureModule = new URL('../fixtures/gomod', import.meta.url).pathname

/** A workspace: the fixture module plus a config whose targets match the fixture report. */
const created: string[] = []
afterAll(() => created.forEach((d) => rmSync(d, { recursive: true, force: true })))

function workspace(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'abigap-action-'))
  created.push(dir)
  cpSync(fixtureModule, dir, { recursive: true })
  mkdirSync(path.join(dir, '.github'))
  writeFileSync(
    path.join(dir, '.github/abigap.yml'),
    [
      'package: ./cmd/server',
      'variants:',
      '  - { cgo: off }',
      '  - { cgo: on, libc: glibc }',
      'targets:',
      '  - abigap-test/bullseye',
      '  - abigap-test/bookworm',
      '  - abigap-test/musl',
      '  - abigap-test/nolibc',
      '',
    ].join('\n'),
  )
  return dir
}

/** A PATH holding only a stand-in `go` (the preflight looks for it; the fake pipeline never runs it). */
function toolPath(ws: string): string {
  const bin = path.join(ws, '.bin')
  mkdirSync(bin, { recursive: true })
  writeFileSync(path.join(bin, 'go'), '#!/bin/sh\nexit 1\n', { mode: 0o755 })
  return bin
}

function env(ws: string, inputs: Record<string, string>): Record<string, string> {
  const e: Record<string, string> = {
    GITHUB_WORKSPACE: ws,
    RUNNER_TEMP: path.join(ws, '.runner-temp'),
    PATH: toolPath(ws),
    GITHUB_RUN_ID: '7',
  }
  for (const [k, v] of Object.entries(inputs)) e[`INPUT_${k.toUpperCase()}`] = v
  return e
}

const fakeMatrix =
  (report: MatrixReport, seen: { opts?: Parameters<RunMatrixFn>[1] } = {}): RunMatrixFn =>
  async (_config, opts) => {
    seen.opts = opts
    await opts.sinks.group('build', async () => opts.sinks.log('::error::from a compiler, must stay inert'))
    return structuredClone(report)
  }

const memoryArtifacts = (): ArtifactStore & { uploads: { name: string; files: string[] }[] } => {
  const uploads: { name: string; files: string[] }[] = []
  return {
    kind: 'directory',
    uploads,
    upload: async (name, files) => (uploads.push({ name, files }), `memory ${name}`),
  }
}

describe('run (the action, with a fake pipeline)', () => {
  it('annotates, writes the summary/outputs/SARIF, uploads artifacts and fails on findings', async () => {
    const ws = workspace()
    const io = fakeRunner()
    const artifacts = memoryArtifacts()
    const seen: { opts?: Parameters<RunMatrixFn>[1] } = {}
    await run({
      env: env(ws, { config: '.github/abigap.yml', 'sarif-file': 'out/abigap.sarif', shard: '1/2' }),
      io,
      runMatrix: fakeMatrix(fixtureReport(), seen),
      artifacts,
    })
    const out = io.stdout.join('')
    // pipeline output is wrapped in stop-commands
    const m = /::stop-commands::([0-9a-f]{32})\n([\s\S]*?)::\1::\n/.exec(out)
    expect(m?.[2]).toContain('::error::from a compiler')
    const errors = io.errorLines().filter((l) => !l.includes('from a compiler'))
    expect(errors).toContain(
      '::error file=cmd/server/native_cgo.go,line=16,col=6,title=needs GLIBC_2.34 (libc.so.6) — abigap-test/bullseye has glibc 2.31::' +
        'needs GLIBC_2.34 (libc.so.6) for __libc_start_main, pthread_sigmask; abigap-test/bullseye has glibc 2.31%0ASymbols: __libc_start_main, pthread_sigmask%0AFix: build on the oldest glibc you support (e.g. a bullseye builder image)%0AFix: or build with CGO_ENABLED=0',
    )
    expect(errors.some((l) => l.startsWith('::error file=.github/abigap.yml,line='))).toBe(true)
    expect(io.failed).toHaveLength(1)
    expect(io.failed[0].message).toBe('abigap: fail-on: error — 8 errors')
    expect(io.outputs.verdict).toBe('fail')
    expect(JSON.parse(io.outputs.floor)).toMatchObject({ 'cgo-glibc': { flavor: 'glibc', version: '2.34' } })
    expect(existsSync(io.outputs.report)).toBe(true)
    expect(io.outputs.sarif).toBe(path.join(ws, 'out/abigap.sarif'))
    expect(JSON.parse(readFileSync(io.outputs.sarif, 'utf8')).version).toBe('2.1.0')
    expect(io.summary.join('')).toMatch(/\| cgo-glibc \| glibc ≥ 2.34 \| ❌ GLIBC\\_2.34 \|/)
    expect(artifacts.uploads[0].name).toBe('abigap-shard-1-of-2')
    expect(artifacts.uploads[0].files.map((f) => path.basename(f))).toEqual(
      expect.arrayContaining(['report.json', 'summary.md', 'report.sarif']),
    )
    expect(seen.opts?.plan?.shard).toEqual({ index: 1, count: 2 })
    expect(io.state['abigap-session-id']).toMatch(/^gh7-[0-9a-f]{8}$/)
    expect(seen.opts?.sessionId).toBe(io.state['abigap-session-id'])
    const saved = JSON.parse(readFileSync(io.outputs.report, 'utf8')) as MatrixReport
    expect(saved.verdict).toBe('fail')
  })

  it('an infrastructure error gives exactly one ::error:: line and no ABI annotations', async () => {
    const ws = workspace()
    const io = fakeRunner()
    await run({
      env: env(ws, { config: '.github/abigap.yml' }),
      io,
      runMatrix: fakeMatrix(infraReport()),
      artifacts: memoryArtifacts(),
    })
    const errors = io.errorLines().filter((l) => !l.includes('from a compiler'))
    expect(errors).toEqual([
      '::error::abigap: infrastructure error, no ABI verdict: nocgo on abigap-test/bookworm: connect ENOENT /var/run/docker.sock',
    ])
    expect(io.stdout.join('')).not.toMatch(/^::warning/m)
    expect(io.outputs.verdict).toBe('error')
    expect(io.summary.join('')).toMatch(/infrastructure error — no ABI verdict/)
  })

  it('fail-on: never passes; fail-on: regression fails only on new gaps and annotates only them', async () => {
    const ws = workspace()
    const io = fakeRunner()
    await run({
      env: env(ws, { config: '.github/abigap.yml', 'fail-on': 'never' }),
      io,
      runMatrix: fakeMatrix(fixtureReport()),
      artifacts: memoryArtifacts(),
    })
    expect(io.failed).toEqual([])
    expect(io.outputs.verdict).toBe('pass')

    const base = fixtureReport()
    const cell = base.results.find((c) => c.variant === 'cgo-glibc' && c.target === 'abigap-test/bullseye')
    if (!cell) throw new Error('fixture changed')
    cell.verdict = 'compatible'
    cell.gaps = []
    writeFileSync(path.join(ws, 'base.json'), JSON.stringify(base))
    const io2 = fakeRunner()
    await run({
      env: env(ws, { config: '.github/abigap.yml', 'fail-on': 'regression', baseline: 'base.json' }),
      io: io2,
      runMatrix: fakeMatrix(fixtureReport()),
      artifacts: memoryArtifacts(),
    })
    const anns = io2.errorLines().filter((l) => l.startsWith('::error file='))
    expect(anns.map((l) => /line=(\d+)/.exec(l)?.[1])).toEqual(['16', '31'])
    expect(io2.failed.map((f) => f.message)).toEqual(['abigap: fail-on: regression — 1 new gap against the baseline'])
    expect(io2.summary.join('')).toMatch(
      /### Changes against the baseline[\s\S]*newly incompatible with abigap-test\/bullseye/,
    )
    const saved = JSON.parse(readFileSync(io2.outputs.report, 'utf8')) as MatrixReport
    expect(saved.diff?.some((d) => d.kind === 'new-gap')).toBe(true)
  })

  it.each([
    [
      'unknown variant',
      { config: '.github/abigap.yml', variants: 'nocgo,cgo-gilbc' },
      /^::error::abigap: input 'variants': unknown variant 'cgo-gilbc' \(did you mean 'cgo-glibc'\?\)/,
    ],
    [
      'malformed YAML',
      { 'config-yaml': 'package: .\ntargets: [debian:11\n' },
      /^::error::abigap: invalid matrix config: config-yaml input:\d+:\d+: YAML:/,
    ],
    ['a config file with a bad key', { config: 'bad.yml' }, /^::error::abigap: invalid matrix config: bad.yml:2:1: /],
    ['a missing config file', { config: 'nope.yml' }, /^::error::abigap: input 'config': no such file: nope.yml$/],
    [
      'a missing baseline',
      { targets: 'debian:11', baseline: 'nope.json' },
      /^::error::abigap: baseline: no such file: /,
    ],
    [
      'a bad fail-on',
      { targets: 'debian:11', 'fail-on': 'loud' },
      /^::error::abigap: input 'fail-on': expected one of/,
    ],
  ])('%s → exactly one ::error:: line and nothing else claimed', async (_name, inputs, line) => {
    const ws = workspace()
    writeFileSync(path.join(ws, 'bad.yml'), 'package: ./cmd/server\ntargetz: [debian:11]\n')
    const io = fakeRunner()
    let called = false
    await run({
      env: env(ws, inputs),
      io,
      runMatrix: async () => ((called = true), fixtureReport()),
      artifacts: memoryArtifacts(),
    })
    expect(io.errorLines()).toHaveLength(1)
    expect(io.errorLines()[0]).toMatch(line)
    expect(called).toBe(false)
    expect(io.outputs.verdict).toBe('error')
    expect(io.summary).toEqual([])
  })

  it('a sarif-file that cannot be written (a directory) → one ::error:: line naming the input', async () => {
    const ws = workspace()
    const io = fakeRunner()
    await run({
      env: env(ws, { config: '.github/abigap.yml', 'sarif-file': '.github' }),
      io,
      runMatrix: fakeMatrix(fixtureReport()),
      artifacts: memoryArtifacts(),
    })
    expect(io.failed.map((f) => f.message)).toEqual([
      `abigap: input 'sarif-file': cannot write ${path.join(ws, '.github')}: EISDIR`,
    ])
    expect(io.outputs.verdict).toBe('error')
  })

  it('no Go on PATH for host builds → one clear ::error:: line', async () => {
    const ws = workspace()
    const io = fakeRunner()
    await run({
      env: { ...env(ws, { config: '.github/abigap.yml' }), PATH: '/nonexistent' },
      io,
      runMatrix: fakeMatrix(fixtureReport()),
      artifacts: memoryArtifacts(),
    })
    expect(io.errorLines()).toEqual([
      "::error::abigap: Go is not on PATH, and variant(s) nocgo, cgo-glibc build on the host: add actions/setup-go before this step, or set 'builder' to a Go builder image",
    ])
  })
})
