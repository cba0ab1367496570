// The bundled action (`node dist/index.js`) run as the runner runs it — INPUT_* variables from action.yml with its
// defaults, the GITHUB_* command files, a workspace copy of the gateway module — shows each symbol's origin and the
// computed advice (no build choice; the code change at token.go:7) in its annotation and its job summary.
// Needs the test world; never skips.
import { jest } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'
import { ensureDist, REPO, requireImages } from '../helpers/e2e-world.js'

jest.setTimeout(600_000)

const TARGET = 'abigap-test/bullseye'
let home = ''
beforeAll(async () => {
  requireImages([TARGET])
  await ensureDist()
  home = mkdtempSync(path.join(os.tmpdir(), 'abigap-whatif-action-'))
})
afterAll(() => {
  if (home) rmSync(home, { recursive: true, force: true })
})

/** Every action.yml input with its default, overridden by the step's `with`. */
function inputEnv(withBlock: Record<string, string>): Record<string, string> {
  const action = parse(readFileSync(path.join(REPO, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>
  }
  const env: Record<string, string> = {}
  for (const [name, spec] of Object.entries(action.inputs)) env[`INPUT_${name.toUpperCase()}`] = spec.default ?? ''
  for (const [name, value] of Object.entries(withBlock)) env[`INPUT_${name.toUpperCase()}`] = value
  return env
}

test('annotation and summary carry the origins, the not-fixes and the code change', () => {
  const workspace = path.join(home, 'ws')
  cpSync(path.join(REPO, '__tests__/fixtures/whatif/gateway'), workspace, { recursive: true })
  const runnerTemp = path.join(home, 'temp')
  mkdirSync(runnerTemp)
  const summaryFile = path.join(home, 'summary')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? home,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    GITHUB_REPOSITORY: 'octo/gateway',
    GITHUB_RUN_ID: '77',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'abi',
    GITHUB_EVENT_NAME: 'pull_request',
    ...inputEnv({ package: './cmd/gateway', variants: 'cgo-glibc', targets: TARGET, 'upload-artifacts': 'false' }),
  }
  for (const f of ['OUTPUT', 'STATE', 'ENV', 'PATH']) {
    env[`GITHUB_${f}`] = path.join(home, f.toLowerCase())
    writeFileSync(env[`GITHUB_${f}`], '')
  }
  env.GITHUB_STEP_SUMMARY = summaryFile
  writeFileSync(summaryFile, '')
  const r = spawnSync(process.execPath, [path.join(REPO, 'dist', 'index.js')], {
    cwd: workspace,
    env,
    encoding: 'utf8',
    timeout: 300_000,
  })
  const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error'))
  // each missing node is annotated (on each line that causes it), with its own symbols
  for (const [node, symbol] of [
    ['GLIBC_2.32', 'pthread_sigmask'],
    ['GLIBC_2.34', '__libc_start_main'],
    ['GLIBC_2.36', 'arc4random'],
  ]) {
    const mine = errors.filter((l) => l.includes(`title=needs ${node} `))
    expect(mine.length).toBeGreaterThan(0)
    for (const l of mine) expect(l).toContain(`%0ASymbols: ${symbol}`)
  }
  const annotation = errors.find((l) => l.includes('title=needs GLIBC_2.36 '))
  if (!annotation) throw new Error(`no GLIBC_2.36 annotation:\n${r.stdout}\n${r.stderr}`)
  // workflow commands escape newlines as %0A; the text is one gap's message and its fixes
  const text = annotation.replace(/%0A/g, '\n').replace(/%25/g, '%')
  expect(annotation).toMatch(/file=cmd\/gateway\/token\.go,line=7/)
  expect(text).toContain("needed by arc4random (from the program's own C (cmd/gateway/token.go:7))")
  expect(text).toContain(
    "Not fixes: -tags netgo,osusergo: arc4random stays (the program's own C (cmd/gateway/token.go:7)): still not there",
  )
  expect(text).toMatch(/Fix: change the code: cmd\/gateway\/token\.go:7: arc4random → getrandom\(&v, sizeof v, 0\)/)
  expect(text).not.toMatch(/Fix: .*(netgo|CGO_ENABLED=0|musl)/)
  const summary = readFileSync(summaryFile, 'utf8')
  // the summary escapes markdown (_ → \_, & → &amp;)
  expect(summary).toContain("needed by arc4random (from the program's own C (cmd/gateway/token.go:7))")
  expect(summary).toContain('(from the cgo runtime and C start-up code linked into every cgo binary)')
  expect(summary).toContain(
    "Not fixes: -tags netgo,osusergo: arc4random stays (the program's own C (cmd/gateway/token.go:7))",
  )
  expect(summary).toContain(
    '- fix: change the code: cmd/gateway/token.go:7: arc4random → getrandom(&amp;v, sizeof v, 0)',
  )
  expect(summary).not.toMatch(/- fix: .*(netgo|CGO\\_ENABLED=0|musl)/)
})
