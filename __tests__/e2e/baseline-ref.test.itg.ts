// Regression mode from a base ref: `abigap matrix --baseline-ref REF` builds the same matrix at REF in a temporary
// git worktree (static verdicts), diffs it against the head, and exits per --fail-on. A temp repository holds the
// fixture module: commit 1 is pure Go, commit 2 adds the fixture's cgo code, which raises the glibc floor.
import { jest } from '@jest/globals'
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { MatrixReport } from '../../src/report/types.js'
import { FIXTURE, REPO, abigap, ensureDist, requireImages, requiredGlibc } from '../helpers/e2e-world.js'

jest.setTimeout(600_000)

let dir: string
let repo: string
const git = (...args: string[]) =>
  execFileSync('git', ['-C', repo, '-c', 'user.name=abigap', '-c', 'user.email=abigap@example.com', ...args], {
    encoding: 'utf8',
  }).trim()
const worktrees = () =>
  git('worktree', 'list', '--porcelain')
    .split('\n')
    .filter((l) => l.startsWith('worktree '))
const baselineDirs = () => readdirSync(os.tmpdir()).filter((d) => d.startsWith('abigap-baseline-'))

beforeAll(async () => {
  requireImages(['abigap-test/bullseye', 'abigap-test/bookworm'])
  await ensureDist()
  dir = mkdtempSync(path.join(os.tmpdir(), 'abigap-e2e-baseline-'))
  repo = path.join(dir, 'repo')
  mkdirSync(path.join(repo, 'cmd', 'server'), { recursive: true })
  execFileSync('git', ['init', '-q', '-b', 'main', repo])
  copyFileSync(path.join(FIXTURE, 'go.mod'), path.join(repo, 'go.mod'))
  writeFileSync(
    path.join(repo, 'cmd', 'server', 'main.go'),
    'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("abigap-fixture: pure") }\n',
  )
  writeFileSync(
    path.join(repo, 'abigap.yml'),
    `package: ./cmd/server
axes: {cgo: [off, on], libc: [glibc], link: [dynamic]}
targets: [abigap-test/bullseye, abigap-test/bookworm]
docker: {pull: never}
`,
  )
  git('add', '-A')
  git('commit', '-qm', 'pure Go')
  for (const f of readdirSync(path.join(FIXTURE, 'cmd', 'server')))
    copyFileSync(path.join(FIXTURE, 'cmd', 'server', f), path.join(repo, 'cmd', 'server', f))
  git('add', '-A')
  git('commit', '-qm', 'cgo part')
})

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

test('a cgo call added since the base: floor raised, newly incompatible with bullseye; fail-on regression exits 1', () => {
  const before = baselineDirs()
  const out = path.join(dir, 'out')
  const r = abigap(['matrix', '--json', '--out', out, '--baseline-ref', 'HEAD~1', '--fail-on', 'regression'], {
    cwd: repo,
  })
  expect(r.stderr).toContain('[baseline HEAD~1] building the same matrix at HEAD~1')
  const report = JSON.parse(r.stdout) as MatrixReport
  expect(report.infrastructureErrors).toEqual([])
  const diff = report.diff ?? []
  // the oracle for the head's floor: the newest GLIBC node the binary requires, per readelf
  const headNeeds = requiredGlibc(path.join(out, report.builds.find((b) => b.variant === 'cgo-glibc')!.binary!))
  const floor = headNeeds.at(-1)!.slice('GLIBC_'.length)
  expect(diff).toEqual(
    expect.arrayContaining([
      expect.objectContaining({
        kind: 'floor-raised',
        variant: 'cgo-glibc',
        message: expect.stringContaining(`glibc ${floor}`),
      }),
      expect.objectContaining({
        kind: 'new-library',
        variant: 'cgo-glibc',
        message: expect.stringContaining('libc.so.6'),
      }),
      expect.objectContaining({
        kind: 'newly-incompatible',
        variant: 'cgo-glibc',
        target: 'abigap-test/bullseye',
        severity: 'error',
      }),
      expect.objectContaining({
        kind: 'new-gap',
        variant: 'cgo-glibc',
        target: 'abigap-test/bullseye',
        severity: 'error',
      }),
    ]),
  )
  // the pure-Go variant and the glibc-2.36 target did not change
  expect(diff.filter((d) => d.variant === 'nocgo' || d.target === 'abigap-test/bookworm')).toEqual([])
  // the head ran for real; the run agrees it no longer loads on bullseye (2.31 < floor)
  expect(report.results.find((c) => c.variant === 'cgo-glibc' && c.target === 'abigap-test/bullseye')).toMatchObject({
    verdict: 'incompatible',
    run: { outcome: 'missing-symbol-version' },
  })
  expect(report.verdict).toBe('fail')
  expect(r.status).toBe(1)
  // --out keeps the report with its diff section
  expect((JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')) as MatrixReport).diff).toEqual(diff)
  // the temporary worktree is gone and the checkout is untouched
  expect(worktrees()).toHaveLength(1)
  expect(git('status', '--porcelain')).toBe('')
  expect(baselineDirs().filter((d) => !before.includes(d))).toEqual([])
})

test('fail-on regression passes when nothing new broke, although the head has findings; fail-on error does not', () => {
  const same = abigap(['matrix', '--json', '--no-run', '--baseline-ref', 'HEAD', '--fail-on', 'regression'], {
    cwd: repo,
  })
  const report = JSON.parse(same.stdout) as MatrixReport
  expect(report.diff?.filter((d) => d.severity !== 'notice')).toEqual([])
  expect(report.results.some((c) => c.verdict === 'incompatible')).toBe(true)
  expect({ status: same.status, verdict: report.verdict }).toEqual({ status: 0, verdict: 'pass' })
  const strict = abigap(['matrix', '--json', '--no-run', '--baseline-ref', 'HEAD'], { cwd: repo })
  expect(strict.status).toBe(1)
})

test('a revert since the base: fixed on bullseye; the one new gap is a warning (cgo variant came out static)', () => {
  git('checkout', '-q', '-b', 'revert', 'HEAD')
  try {
    git('revert', '--no-edit', 'HEAD')
    const args = ['matrix', '--json', '--no-run', '--baseline-ref', 'HEAD~1']
    const r = abigap([...args, '--fail-on', 'regression'], { cwd: repo })
    const report = JSON.parse(r.stdout) as MatrixReport
    expect(report.diff).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'fixed', variant: 'cgo-glibc', target: 'abigap-test/bullseye' }),
        expect.objectContaining({ kind: 'floor-lowered', variant: 'cgo-glibc', severity: 'notice' }),
      ]),
    )
    const newGaps = report.diff!.filter((d) => d.kind === 'new-gap')
    expect(newGaps.map((d) => [d.gap?.kind, d.severity])).toEqual([['toolchain-mismatch', 'warning']])
    // a new warning is a regression; under fail-on error the same head passes (no error finding is left)
    expect(r.status).toBe(1)
    expect(abigap([...args, '--fail-on', 'error'], { cwd: repo }).status).toBe(0)
  } finally {
    git('checkout', '-q', 'main')
  }
})

test('user mistakes are clear usage errors (exit 2), and leave no worktree behind', () => {
  const unknown = abigap(['matrix', '--baseline-ref', 'no-such-branch'], { cwd: repo })
  expect(unknown.status).toBe(2)
  expect(unknown.stderr).toMatch(/--baseline-ref: 'no-such-branch' is not a commit of the repository/)
  const option = abigap(['matrix', '--baseline-ref', '--output=x'], { cwd: repo })
  expect(option.status).toBe(2)
  // a base without the module (an empty tree): the matrix does not fit it, said so after the head's build
  const empty = git('commit-tree', git('hash-object', '-t', 'tree', '/dev/null'), '-m', 'empty')
  const noModule = abigap(['matrix', '--no-run', '--baseline-ref', empty], { cwd: repo })
  expect(noModule.status).toBe(2)
  expect(noModule.stderr).toMatch(new RegExp(`--baseline-ref: the matrix does not fit ${empty}: .*no go\\.mod`))
  const noBase = abigap(['matrix', '--fail-on', 'regression'], { cwd: repo })
  expect(noBase.status).toBe(2)
  expect(noBase.stderr).toMatch(/--fail-on regression .*--baseline-ref/)
  expect(worktrees()).toHaveLength(1)
})

/** Runs the bundled action (node dist/index.js) on the temp repository as the runner would, with these inputs. */
function action(inputs: Record<string, string>): {
  status: number | null
  stdout: string
  outputs: string
  summary: string
} {
  const home = mkdtempSync(path.join(dir, 'runner-'))
  const files = { GITHUB_OUTPUT: 'output', GITHUB_STEP_SUMMARY: 'summary', GITHUB_STATE: 'state' }
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? home,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: repo,
    RUNNER_TEMP: path.join(home, 'temp'),
    GITHUB_RUN_ID: '77',
  }
  for (const [k, f] of Object.entries(files)) {
    env[k] = path.join(home, f)
    writeFileSync(env[k]!, '')
  }
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v
  const r = spawnSync(process.execPath, [path.join(REPO, 'dist', 'index.js')], { cwd: repo, env, encoding: 'utf8' })
  return {
    status: r.status,
    stdout: r.stdout,
    outputs: readFileSync(env.GITHUB_OUTPUT!, 'utf8'),
    summary: readFileSync(env.GITHUB_STEP_SUMMARY!, 'utf8'),
  }
}

test('the action input baseline-ref: diff in the report and summary, the step fails on the new gaps only', () => {
  const r = action({
    config: 'abigap.yml',
    'baseline-ref': 'HEAD~1',
    'fail-on': 'regression',
    'upload-artifacts': 'false',
  })
  expect(r.status).toBe(1)
  expect(r.stdout).toMatch(/^::group::abigap: baseline HEAD~1: build$/m)
  // only the new gap is annotated, on the cgo code that brought it in
  const annotations = r.stdout.split('\n').filter((l) => /^::(error|warning) file=/.test(l))
  expect(annotations.length).toBeGreaterThan(0)
  for (const a of annotations)
    // on the cgo code built into this binary (never cxx_on.go: it needs the cxx tag this build lacks)
    expect(a).toMatch(/^::error file=cmd\/server\/(native_cgo|main)\.go,line=\d+.*abigap-test\/bullseye/)
  const reportPath = /^report<<(.+)\n(.+)\n/m.exec(r.outputs)?.[2]
  const report = JSON.parse(readFileSync(reportPath!, 'utf8')) as MatrixReport
  expect(report.diff).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ kind: 'newly-incompatible', variant: 'cgo-glibc', target: 'abigap-test/bullseye' }),
    ]),
  )
  expect(r.summary).toMatch(/Changes against the baseline/)
  expect(r.stdout).toMatch(/^::error::abigap: fail-on: regression — \d+ new gaps? against the baseline/m)
  expect(worktrees()).toHaveLength(1)
})

test('the action with a baseline-ref the checkout lacks: one clear error before anything is built', () => {
  const r = action({ config: 'abigap.yml', 'baseline-ref': 'origin/main', 'upload-artifacts': 'false' })
  expect(r.status).toBe(1)
  const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error'))
  expect(errors).toHaveLength(1)
  expect(errors[0]).toMatch(/baseline-ref: 'origin\/main' is not a commit of the repository .*fetch-depth: 0/)
  expect(r.stdout).not.toMatch(/::group::.*build/)
})

test('SIGINT while the base builds: exit 130, and the temporary worktree is removed all the same', async () => {
  const before = baselineDirs()
  const child = spawn(
    process.execPath,
    [path.join(REPO, 'dist', 'cli.js'), 'matrix', '--no-run', '--baseline-ref', 'HEAD'],
    { cwd: repo, stdio: ['ignore', 'ignore', 'pipe'] },
  )
  let stderr = ''
  let sent = false
  child.stderr.on('data', (c: Buffer) => {
    stderr += c.toString()
    if (!sent && stderr.includes('[baseline HEAD] building the same matrix')) {
      sent = true
      child.kill('SIGINT')
    }
  })
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)))
  expect(sent).toBe(true)
  expect(code).toBe(130)
  expect(worktrees()).toHaveLength(1)
  expect(baselineDirs().filter((d) => !before.includes(d))).toEqual([])
})
