// End to end: the fixture module built in every variant (host + a builder image), checked against the local target
// images and run in real containers. The oracles are the real runs, readelf, and the loader's own messages.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseMatrixConfig } from '../../src/matrix/index.js'
import { runMatrix } from '../../src/pipeline/run-matrix.js'
import { silentSinks } from '../../src/pipeline/sinks.js'
import { cellStatus } from '../../src/report/cells.js'
import type { MatrixReport } from '../../src/report/types.js'

const fixture = path.resolve(process.cwd(), '__tests__/fixtures/gomod')
const TARGETS = [
  'abigap-test/bullseye',
  'abigap-test/bookworm',
  'abigap-test/trixie',
  'abigap-test/musl',
  'abigap-test/nolibc',
]
const CONFIG = `package: ./cmd/server
variants:
  - { cgo: off }
  - { cgo: on, libc: glibc }
  - { cgo: on, libc: glibc, link: static }
  - { cgo: on, libc: musl }
  - { cgo: on, libc: musl, link: static }
  - { name: cgo-glibc-bullseye, cgo: on, libc: glibc, builder: abigap-test/builder-bullseye }
  - { name: cgo-musl-static-cxx, cgo: on, libc: musl, link: static, tags: [cxx] }
targets:
${TARGETS.map((t) => `  - ${t}`).join('\n')}
run:
  args: [-resolve]
  timeout: 20s
docker: { pull: never, mode: required }
`

let report: MatrixReport
let out: string
const cell = (variant: string, target: string) => {
  const c = report.results.find((x) => x.variant === variant && x.target === target)
  if (!c) throw new Error(`no cell ${variant} × ${target}`)
  return c
}
const glibcNeeds = (file: string): number[] =>
  [...execFileSync('readelf', ['-V', '-W', file], { encoding: 'utf8' }).matchAll(/GLIBC_2\.(\d+)/g)].map((m) =>
    Number(m[1]),
  )
const glibcOf = (image: string): number => {
  const text = execFileSync(
    'docker',
    ['run', '--rm', '--network', 'none', '--entrypoint', '/bin/sh', image, '-c', 'ldd --version 2>&1 | head -1'],
    { encoding: 'utf8' },
  )
  return Number(/2\.(\d+)/.exec(text)?.[1])
}

beforeAll(async () => {
  out = mkdtempSync(path.join(os.tmpdir(), 'abigap-matrix-itg-'))
  const config = parseMatrixConfig(CONFIG, 'abigap.yml')
  report = await runMatrix(config, { cwd: fixture, outDir: out, sinks: silentSinks })
}, 600_000)
afterAll(() => rmSync(out, { recursive: true, force: true }))

describe('the fixture matrix on the local test world', () => {
  test('everything was built, analysed and run (no infrastructure errors)', () => {
    expect(report.infrastructureErrors).toEqual([])
    expect(report.builds.map((b) => [b.variant, b.status])).toEqual([
      ['nocgo', 'ok'],
      ['cgo-glibc', 'ok'],
      ['cgo-glibc-static', 'ok'],
      ['cgo-musl', 'ok'],
      ['cgo-musl-static', 'ok'],
      ['cgo-glibc-bullseye', 'ok'],
      ['cgo-musl-static-cxx', 'toolchain-mismatch'],
    ])
    expect(report.results).toHaveLength(7 * TARGETS.length)
    expect(report.results.every((c) => c.run !== null && c.run.outcome !== 'infrastructure-error')).toBe(true)
    expect(Object.keys(report.timings)).toEqual(expect.arrayContaining(['plan', 'build', 'analyse', 'run', 'total']))
    // outDir keeps binaries and logs; report.json is written once, by the face (cli.test.itg.ts checks `--out`)
    expect(existsSync(path.join(out, 'report.json'))).toBe(false)
    expect(readFileSync(path.join(out, 'logs', 'cgo-musl.build.log'), 'utf8')).toMatch(/^\$ go build/)
  })

  test('static verdicts agree with the real runs in every cell', () => {
    const disagreements = report.results
      .filter((c) => c.agreement === 'disagree')
      .map((c) => `${c.variant} × ${c.target}: ${c.verdict} vs ${c.run?.outcome}`)
    expect(disagreements).toEqual([])
    for (const c of report.results) {
      const loaded = !['missing-loader', 'missing-library', 'missing-symbol-version', 'symbol-lookup-error'].includes(
        c.run?.outcome ?? '',
      )
      expect(`${c.variant} × ${c.target}: ${c.verdict}`).toBe(
        `${c.variant} × ${c.target}: ${loaded ? 'compatible' : 'incompatible'}`,
      )
    }
  })

  test('nocgo and cgo-musl-static run everywhere', () => {
    for (const t of TARGETS) {
      for (const v of ['nocgo', 'cgo-musl-static']) {
        expect(`${v} ${t} ${cell(v, t).run?.outcome} ${cell(v, t).verdict}`).toBe(`${v} ${t} ok compatible`)
        expect(cell(v, t).run?.stdout).toMatch(/abigap-fixture: native=/)
      }
    }
    expect(cell('nocgo', 'abigap-test/bookworm').run?.stdout).toMatch(/native=pure-go/)
  })

  test('cgo-glibc-static: the static glibc build that resolves names warns about NSS on every glibc target', () => {
    // the oracle: glibc's own static linker warning for getaddrinfo/getpwuid_r in the build log
    const log = readFileSync(path.join(out, 'logs', 'cgo-glibc-static.build.log'), 'utf8')
    expect(log).toMatch(/Using 'get\w+' in statically linked applications requires at runtime the shared libraries/)
    for (const t of TARGETS) {
      const nss = cell('cgo-glibc-static', t).gaps.find((g) => g.kind === 'static-nss')
      expect(`${t}: ${nss?.severity}`).toBe(`${t}: warning`)
      expect(nss?.symbols).toEqual(expect.arrayContaining(['getaddrinfo', 'getpwuid_r']))
    }
  })

  test('host cgo-glibc: needs a newer glibc than bullseye has (readelf), fails there with the loader’s words', () => {
    const bin = path.join(out, report.builds.find((b) => b.variant === 'cgo-glibc')?.binary as string)
    const needed = Math.max(...glibcNeeds(bin))
    const bullseye = glibcOf('abigap-test/bullseye')
    expect(bullseye).toBe(31)
    expect(needed).toBeGreaterThan(bullseye)
    const c = cell('cgo-glibc', 'abigap-test/bullseye')
    expect(c.verdict).toBe('incompatible')
    expect(c.gaps.some((g) => g.kind === 'symbol-version' && g.version === `GLIBC_2.${needed}`)).toBe(true)
    expect(c.run?.outcome).toBe('missing-symbol-version')
    expect(c.run?.stderr).toMatch(new RegExp(`version \`GLIBC_2\\.${needed}' not found`))
    expect(report.builds.find((b) => b.variant === 'cgo-glibc')?.floor).toEqual({
      flavor: 'glibc',
      version: `2.${needed}`,
    })
    for (const t of ['abigap-test/bookworm', 'abigap-test/trixie']) expect(cell('cgo-glibc', t).run?.outcome).toBe('ok')
    for (const t of ['abigap-test/musl', 'abigap-test/nolibc']) {
      expect(cell('cgo-glibc', t).run?.outcome).toBe('missing-loader')
      expect(cell('cgo-glibc', t).gaps.map((g) => g.kind)).toContain('missing-loader')
      expect(cellStatus(report, 'cgo-glibc', t).state).toBe('fail')
    }
  })

  test('the builder image lowers the floor: cgo-glibc built on bullseye runs on bullseye', () => {
    const b = report.builds.find((x) => x.variant === 'cgo-glibc-bullseye')
    const needed = Math.max(...glibcNeeds(path.join(out, b?.binary as string)))
    expect(needed).toBeLessThanOrEqual(31)
    expect(Number(b?.floor?.version?.split('.')[1])).toBe(needed)
    expect(cell('cgo-glibc-bullseye', 'abigap-test/bullseye').run?.outcome).toBe('ok')
    expect(cell('cgo-glibc-bullseye', 'abigap-test/bullseye').verdict).toBe('compatible')
  })

  test('cgo-musl (dynamic) runs only on the musl image', () => {
    for (const t of TARGETS)
      expect(cell('cgo-musl', t).run?.outcome).toBe(t === 'abigap-test/musl' ? 'ok' : 'missing-loader')
  })

  test('the C++ trap is a toolchain-mismatch with the reason', () => {
    const b = report.builds.find((x) => x.variant === 'cgo-musl-static-cxx')
    expect(b?.gaps.find((g) => g.kind === 'toolchain-mismatch')?.message).toMatch(
      /should be linked against musl but came out linked against glibc/,
    )
    // oracle: the binary really carries glibc's ABI note
    expect(execFileSync('readelf', ['-n', path.join(out, b?.binary as string)], { encoding: 'utf8' })).toMatch(
      /NT_GNU_ABI_TAG/,
    )
    expect(report.recommended.every((r) => r.variant !== 'cgo-musl-static-cxx')).toBe(true)
  })

  test('recommended artifact per target prefers nocgo; floors per variant', () => {
    expect(report.recommended).toEqual(TARGETS.map((target) => ({ target, variant: 'nocgo', candidate: null })))
    expect(report.floors.map((f) => f.file).sort()).toEqual(
      report.builds
        .filter((b) => b.binary)
        .map((b) => b.binary)
        .sort(),
    )
  })
})

describe('failures and degraded modes', () => {
  let broken: string
  beforeAll(() => {
    broken = mkdtempSync(path.join(os.tmpdir(), 'abigap-broken-mod-'))
    mkdirSync(path.join(broken, 'cmd/app'), { recursive: true })
    writeFileSync(path.join(broken, 'go.mod'), 'module example.com/broken\n\ngo 1.15\n')
    writeFileSync(
      path.join(broken, 'cmd/app/main.go'),
      'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println(nope)\n}\n',
    )
  })
  afterAll(() => rmSync(broken, { recursive: true, force: true }))

  test('a compile error is a failed-build cell with file:line:col, and the verdict is fail', async () => {
    const config = parseMatrixConfig(
      'package: ./cmd/app\naxes: {cgo: [off]}\ntargets: [abigap-test/bookworm]\ndocker: {pull: never}\n',
      'abigap.yml',
    )
    const r = await runMatrix(config, { cwd: broken, sinks: silentSinks })
    expect(r.builds[0]).toMatchObject({ variant: 'nocgo', status: 'failed', binary: null })
    expect(r.builds[0].diagnostics[0]).toEqual({
      file: 'cmd/app/main.go',
      line: 6,
      column: 14,
      message: 'undefined: nope',
    })
    expect(r.results).toEqual([])
    expect(cellStatus(r, 'nocgo', 'abigap-test/bookworm')).toMatchObject({ state: 'fail', reason: 'build-failed' })
    expect(r.verdict).toBe('fail')
  }, 120_000)

  test('docker off: static verdicts only, and the report says what was skipped', async () => {
    const config = parseMatrixConfig(
      'package: ./cmd/server\naxes: {cgo: [off]}\ntargets: [debian:11, abigap-test/musl]\n',
      'abigap.yml',
    )
    const r = await runMatrix(config, { cwd: fixture, sinks: silentSinks, docker: 'off' })
    expect(r.skipped.join('\n')).toMatch(/runs in target containers skipped: docker: off/)
    expect(r.results.every((c) => c.run === null && c.agreement === 'not-run')).toBe(true)
    expect(r.results.find((c) => c.target === 'debian:11')?.verdict).toBe('compatible')
    // an unknown local image without Docker: no profile, unknown — an infrastructure error, never a pass (as `check`)
    expect(r.results.find((c) => c.target === 'abigap-test/musl')?.verdict).toBe('unknown')
    expect(r.infrastructureErrors.join('\n')).toMatch(/abigap-test\/musl: no profile .*Docker is off or unavailable/)
    expect(r.infrastructureErrors.join('\n')).not.toMatch(/debian:11/)
    expect(r.verdict).toBe('error')
  }, 120_000)

  test('docker required but unreachable → verdict error, never pass', async () => {
    const config = parseMatrixConfig('package: ./cmd/server\naxes: {cgo: [off]}\ntargets: [debian:12]\n', 'abigap.yml')
    const r = await runMatrix(config, {
      cwd: fixture,
      sinks: silentSinks,
      docker: 'required',
      dockerHost: 'unix:///nonexistent/docker.sock',
    })
    expect(r.verdict).toBe('error')
    expect(r.infrastructureErrors[0]).toMatch(/Docker is required but unavailable/)
  }, 120_000)

  test('an image that does not exist (no registry) is an infrastructure error, other targets still checked', async () => {
    const config = parseMatrixConfig(
      'package: ./cmd/server\naxes: {cgo: [off]}\ntargets: [abigap-test/bookworm, abigap-test/does-not-exist]\ndocker: {pull: missing}\n',
      'abigap.yml',
    )
    const r = await runMatrix(config, { cwd: fixture, sinks: silentSinks })
    expect(r.verdict).toBe('error')
    expect(r.infrastructureErrors.join('\n')).toMatch(/abigap-test\/does-not-exist/)
    expect(r.results.find((c) => c.target === 'abigap-test/bookworm')?.run?.outcome).toBe('ok')
  }, 120_000)

  test('a missing package is a config error at its line', async () => {
    const config = parseMatrixConfig('targets: [x]\npackage: ./cmd/nope\n', 'abigap.yml')
    await expect(runMatrix(config, { cwd: fixture, sinks: silentSinks })).rejects.toThrow(
      /abigap.yml:2:1: package: package .\/cmd\/nope not found/,
    )
  })
})

test('examples/abigap.yml runs as documented: no infrastructure errors, the bullseye builder lowers the floor', async () => {
  const file = path.resolve(process.cwd(), 'examples/abigap.yml')
  const config = parseMatrixConfig(readFileSync(file, 'utf8'), 'examples/abigap.yml')
  const r = await runMatrix(config, { cwd: path.dirname(file), sinks: silentSinks })
  expect(r.infrastructureErrors).toEqual([])
  expect(r.builds.every((b) => b.status === 'ok')).toBe(true)
  const c = r.results.find((x) => x.variant === 'cgo-glibc' && x.target === 'abigap-test/bullseye')
  expect([c?.verdict, c?.run?.outcome]).toEqual(['compatible', 'ok'])
}, 600_000)

test('a non-main package is a failed build with the reason, not an unreadable binary', async () => {
  const mod = mkdtempSync(path.join(os.tmpdir(), 'abigap-lib-'))
  try {
    mkdirSync(path.join(mod, 'pkg'))
    writeFileSync(path.join(mod, 'go.mod'), 'module example.com/lib\n\ngo 1.15\n')
    writeFileSync(path.join(mod, 'pkg/p.go'), 'package pkg\n\nfunc F() int { return 1 }\n')
    const config = parseMatrixConfig('package: ./pkg\naxes: {cgo: [off]}\ntargets: [debian:12]\n', 'abigap.yml')
    const r = await runMatrix(config, { cwd: mod, sinks: silentSinks, docker: 'off' })
    expect(r.builds[0].status).toBe('failed')
    expect(r.builds[0].diagnostics[0].message).toMatch(/not a main package/)
    await expect(
      runMatrix(parseMatrixConfig('package: ./...\ntargets: [x]\n', 'abigap.yml'), { cwd: mod, sinks: silentSinks }),
    ).rejects.toThrow(/abigap.yml:1:1: package: package must name one main package/)
  } finally {
    rmSync(mod, { recursive: true, force: true })
  }
}, 120_000)
