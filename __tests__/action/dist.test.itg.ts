// The decisive test: runs the bundled action (`node dist/index.js`, then `node dist/post.js`) exactly as the GitHub
// runner does — INPUT_* variables with hyphens kept and action.yml defaults filled in, the GITHUB_* command files,
// a workspace copy of the fixture module, RUNNER_TEMP, no runtime token — with real builds and the local target images.
// Needs the test world (scripts/test-world.sh): fails, never skips, without Docker.
import { execFileSync, spawnSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Ajv } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { parse } from 'yaml'

const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule

const repo = new URL('../..', import.meta.url).pathname
const dist = process.env.ABIGAP_DIST ? path.resolve(process.env.ABIGAP_DIST) : path.join(repo, 'dist')
const fixture = path.join(repo, '__tests__/fixtures/gomod')

function newestMtime(dir: string): number {
  let newest = 0
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name)
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs)
  }
  return newest
}

/** Builds dist/ when it is missing or older than src/ (the suite normally runs `npm run build` first). */
function ensureDist(): void {
  if (process.env.ABIGAP_DIST) return
  const index = path.join(dist, 'index.js')
  if (existsSync(index) && statSync(index).mtimeMs >= newestMtime(path.join(repo, 'src'))) return
  const r = spawnSync('npm', ['run', 'build'], { cwd: repo, encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`npm run build failed, cannot test dist/:\n${r.stdout}\n${r.stderr}`)
}

function docker(args: string[]): string {
  return execFileSync('docker', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim()
}

const WORKFLOW = `name: abigap
on: pull_request
permissions:
  contents: read
jobs:
  abi:
    runs-on: ubuntu-latest
    steps:
      - uses: ./
        with:
          package: ./cmd/server
          variants: nocgo, cgo-glibc, cgo-musl-static
          targets: |
            abigap-test/bullseye
            abigap-test/musl
`

interface ActionRun {
  status: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  state: Record<string, string>
  workspace: string
  runnerTemp: string
}

/** Parses a GITHUB_OUTPUT / GITHUB_STATE file (`name<<DELIM\nvalue\nDELIM` or `name=value` lines). */
function parseCommandFile(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i])
    if (heredoc) {
      const end = lines.indexOf(heredoc[2], i + 1)
      out[heredoc[1]] = lines.slice(i + 1, end).join('\n')
      i = end
    } else if (lines[i].includes('=')) {
      out[lines[i].slice(0, lines[i].indexOf('='))] = lines[i].slice(lines[i].indexOf('=') + 1)
    }
  }
  return out
}

/** The runner's env for a step: every action.yml input (default filled in), overridden by `with`. */
function inputEnv(withBlock: Record<string, string>): Record<string, string> {
  const action = parse(readFileSync(path.join(repo, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>
  }
  const env: Record<string, string> = {}
  for (const [name, spec] of Object.entries(action.inputs)) env[`INPUT_${name.toUpperCase()}`] = spec.default ?? ''
  for (const [name, value] of Object.entries(withBlock)) env[`INPUT_${name.toUpperCase()}`] = value
  return env
}

/** Runs `node dist/<entry>` like the runner; the workspace is a fresh copy of the fixture module. */
function runAction(
  withBlock: Record<string, string>,
  extraEnv: Record<string, string> = {},
  entry = 'index.js',
  reuse?: ActionRun,
  extraFiles: Record<string, string> = {},
): ActionRun {
  const workspace = reuse?.workspace ?? tempDir('abigap-ws-')
  const home = reuse ? path.dirname(reuse.runnerTemp) : tempDir('abigap-runner-')
  const runnerTemp = path.join(home, 'temp')
  if (!reuse) {
    cpSync(fixture, workspace, { recursive: true })
    mkdirSync(path.join(workspace, '.github/workflows'), { recursive: true })
    writeFileSync(path.join(workspace, '.github/workflows/abigap.yml'), WORKFLOW)
    for (const [rel, text] of Object.entries(extraFiles)) writeFileSync(path.join(workspace, rel), text)
    mkdirSync(runnerTemp)
  }
  const files = {
    GITHUB_OUTPUT: 'output',
    GITHUB_STEP_SUMMARY: 'summary',
    GITHUB_STATE: 'state',
    GITHUB_ENV: 'env',
    GITHUB_PATH: 'path',
  }
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? home,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    GITHUB_REPOSITORY: 'octo/service',
    GITHUB_WORKFLOW_REF: 'octo/service/.github/workflows/abigap.yml@refs/pull/7/merge',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'abi',
    GITHUB_EVENT_NAME: 'pull_request',
    ...inputEnv(withBlock),
    ...extraEnv,
  }
  for (const [k, f] of Object.entries(files)) {
    const p = path.join(home, `${f}-${entry}`)
    writeFileSync(p, '')
    env[k] = p
  }
  const r = spawnSync(process.execPath, [path.join(dist, entry)], {
    cwd: workspace,
    env,
    encoding: 'utf8',
    timeout: 240_000,
  })
  return {
    status: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    outputs: parseCommandFile(readFileSync(env.GITHUB_OUTPUT, 'utf8')),
    summary: readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8'),
    state: parseCommandFile(readFileSync(env.GITHUB_STATE, 'utf8')),
    workspace,
    runnerTemp,
  }
}

/** stdout with the stop-commands blocks removed (what the runner interprets), checking the blocks are balanced. */
function interpreted(stdout: string): string[] {
  const lines = stdout.split('\n')
  const out: string[] = []
  let token: string | null = null
  for (const l of lines) {
    if (token) {
      if (l === `::${token}::`) token = null
      continue
    }
    const m = /^::stop-commands::(.+)$/.exec(l)
    if (m) token = m[1]
    else out.push(l)
  }
  expect(token).toBeNull()
  return out
}

/** Validates against the SARIF 2.1.0 schema (draft-04 text: `id` becomes `$id`; its language regex is not /u-valid). */
function sarifErrors(log: unknown): unknown[] {
  const raw = JSON.parse(
    readFileSync(path.join(repo, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'),
  ) as Record<string, unknown>
  const schema: Record<string, unknown> = { ...raw, $id: raw.id }
  delete schema.$schema
  delete schema.id
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false })
  ;(addFormats as unknown as (a: Ajv) => void)(ajv)
  const validate = ajv.compile(schema)
  return validate(log) ? [] : (validate.errors ?? ['invalid'])
}

const tempDirs: string[] = []
function tempDir(prefix: string): string {
  const d = mkdtempSync(path.join(os.tmpdir(), prefix))
  tempDirs.push(d)
  return d
}
afterAll(() => {
  for (const d of tempDirs) rmSync(d, { recursive: true, force: true })
})

const lineOf = (file: string, needle: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(needle)) + 1

beforeAll(() => {
  try {
    docker(['version', '--format', '{{.Server.Version}}'])
  } catch (e) {
    throw new Error(`Docker engine unavailable (run scripts/test-world.sh): ${(e as Error).message}`)
  }
  ensureDist()
}, 600_000)

describe('node dist/index.js on the fixture module, as the runner runs it', () => {
  let run: ActionRun
  beforeAll(() => {
    run = runAction({
      package: './cmd/server',
      variants: 'nocgo, cgo-glibc, cgo-musl-static',
      targets: 'abigap-test/bullseye\nabigap-test/musl',
      'sarif-file': 'results/abigap.sarif',
      'run-args': '-resolve',
      'run-timeout': '20s',
    })
  }, 300_000)

  it('fails the step (exit 1) because cgo-glibc cannot run everywhere, and says why once', () => {
    expect(run.stderr).toBe('')
    expect(run.status).toBe(1)
    expect(run.outputs.verdict).toBe('fail')
    expect(
      interpreted(run.stdout).filter((l) => /^::error::abigap: fail-on: error — \d+ errors?$/.test(l)),
    ).toHaveLength(1)
  })

  it('annotates the glibc symbol-version gap on the cgo line, with the versions read from the binary and the image', () => {
    const binary = path.join(path.dirname(run.outputs.report), 'bin/cgo-glibc/server')
    const versions = [
      ...execFileSync('readelf', ['-W', '-V', binary], { encoding: 'utf8' }).matchAll(/GLIBC_(\d+\.\d+)/g),
    ].map((m) => m[1])
    const needed = versions.sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1])).pop()
    const libcBanner = docker([
      'run',
      '--rm',
      '--network',
      'none',
      'abigap-test/bullseye',
      '/lib/x86_64-linux-gnu/libc.so.6',
    ])
    const has = /release version (\d+\.\d+)/.exec(libcBanner)?.[1]
    expect(needed && has && Number(needed.split('.')[1]) > Number(has.split('.')[1])).toBe(true)
    const annotation = interpreted(run.stdout).find((l) => l.startsWith('::error file=cmd/server/native_cgo.go,'))
    expect(annotation).toBeDefined()
    const line = Number(/line=(\d+)/.exec(annotation as string)?.[1])
    const text = readFileSync(path.join(run.workspace, 'cmd/server/native_cgo.go'), 'utf8').split('\n')[line - 1]
    expect(text).toMatch(/pthread_sigmask|secure_getenv|C\.native/)
    // one annotation per missing node (each node the binary needs above the image's glibc), as the loader fails
    const minor = (v: string) => Number(v.split('.')[1])
    const missing = [...new Set(versions)].filter((v) => v.startsWith('2.') && minor(v) > minor(has as string))
    expect(missing).toContain(needed)
    const titles = interpreted(run.stdout).filter((l) => l.startsWith('::error file=cmd/server/'))
    for (const v of missing)
      expect(
        titles.some((t) => t.includes(`title=needs GLIBC_${v} (libc.so.6) — abigap-test/bullseye has glibc ${has}::`)),
      ).toBe(true)
  })

  it('annotates the missing loader on the target line of the workflow file', () => {
    const wfLine = lineOf(path.join(run.workspace, '.github/workflows/abigap.yml'), 'abigap-test/musl')
    const annotation = interpreted(run.stdout).find((l) =>
      l.startsWith(`::error file=.github/workflows/abigap.yml,line=${wfLine},`),
    )
    expect(annotation).toMatch(/title=no loader \/lib64\/ld-linux-x86-64.so.2 in abigap-test\/musl::/)
  })

  it('writes only known workflow commands outside stop-commands blocks; build and container output stays inside', () => {
    const commands = interpreted(run.stdout).filter((l) => l.startsWith('::'))
    for (const c of commands) expect(c).toMatch(/^::(group|endgroup|error|warning|notice)( [^:]*)?::/)
    expect(run.stdout).toMatch(/::stop-commands::[0-9a-f]{32}\n[\s\S]*nocgo on abigap-test\/bullseye: ok/)
    for (const phase of ['plan', 'build', 'analyse', 'run'])
      expect(run.stdout).toMatch(new RegExp(`abigap: ${phase} took \\d`))
  })

  it('writes the summary grid with floors and recommendations', () => {
    expect(run.summary).toContain('| variant | floor | abigap-test/bullseye | abigap-test/musl |')
    expect(run.summary).toMatch(/\| nocgo \| static \(no libc\) \| ✅ ran \| ✅ ran \|/)
    expect(run.summary).toMatch(/\| cgo-glibc \| glibc ≥ 2\.\d+ \| ❌ GLIBC\\_2\.\d+ \| ❌ no-loader \|/)
    expect(run.summary).toMatch(/\| cgo-musl-static \| static \(no libc\) \| ✅/)
    expect(run.summary).toMatch(/### Recommended artifact per target/)
    expect(run.summary).toMatch(/version `GLIBC_2\.\d+' not found/)
  })

  it('sets the outputs: report, floor, sarif; keeps artifacts in a directory without a runtime token', () => {
    const report = JSON.parse(readFileSync(run.outputs.report, 'utf8'))
    expect(report.schemaVersion).toBe(1)
    expect(report.verdict).toBe('fail')
    const floor = JSON.parse(run.outputs.floor)
    expect(floor.nocgo).toEqual({ flavor: 'none', version: null })
    expect(floor['cgo-glibc'].flavor).toBe('glibc')
    expect(run.outputs.sarif).toBe(path.join(run.workspace, 'results/abigap.sarif'))
    const sarif = JSON.parse(readFileSync(run.outputs.sarif, 'utf8'))
    expect(sarif.version).toBe('2.1.0')
    expect(sarifErrors(sarif)).toEqual([])
    expect(sarif.runs[0].results.some((r: { ruleId: string }) => r.ruleId === 'symbol-version')).toBe(true)
    const artifacts = path.join(run.runnerTemp, 'abigap-artifacts/abigap')
    expect(existsSync(path.join(artifacts, 'report.json'))).toBe(true)
    expect(existsSync(path.join(artifacts, 'bin/cgo-musl-static/server'))).toBe(true)
    expect(run.stdout).toMatch(/no ACTIONS_RUNTIME_TOKEN/)
  })

  it('node dist/post.js removes every container labelled with this session', () => {
    const sessionId = run.state['abigap-session-id']
    expect(sessionId).toMatch(/^gh4242-[0-9a-f]{8}$/)
    expect(docker(['ps', '-aq', '--filter', `label=io.abigap.session=${sessionId}`])).toBe('')
    // a cancelled run leaves containers behind: simulate two, then run the post step as the runner does
    for (let i = 0; i < 2; i++) {
      const labels = ['--label', 'io.abigap=1', '--label', `io.abigap.session=${sessionId}`]
      docker(['create', ...labels, 'abigap-test/musl', '/bin/true'])
    }
    expect(docker(['ps', '-aq', '--filter', `label=io.abigap.session=${sessionId}`]).split('\n')).toHaveLength(2)
    const post = runAction({}, { [`STATE_abigap-session-id`]: sessionId }, 'post.js', run)
    expect(post.status).toBe(0)
    expect(post.stdout).toMatch(/removed 2 container/)
    expect(docker(['ps', '-aq', '--filter', `label=io.abigap.session=${sessionId}`])).toBe('')
  })
})

describe('a build that fails with hostile compiler output', () => {
  it('annotates the compiler position and never lets the output act as a workflow command', () => {
    const broken =
      'package main\n\n// a pull request can make the compiler echo anything\nvar broken = "::error::pwned%0A::add-mask::x" + 1\n'
    const r = runAction(
      { package: './cmd/server', variants: 'nocgo', targets: 'abigap-test/bullseye' },
      {},
      'index.js',
      undefined,
      {
        'cmd/server/broken.go': broken,
      },
    )
    expect(r.status).toBe(1)
    const lines = interpreted(r.stdout)
    expect(
      lines.filter((l) => /^::(error|warning|notice|add-mask|set-output|stop-commands)::(pwned|x)/.test(l)),
    ).toEqual([])
    const annotation = lines.find((l) => l.startsWith('::error file=cmd/server/broken.go,line=4,'))
    expect(annotation).toMatch(/title=build nocgo failed::/)
    expect(annotation).toMatch(/mismatched types|invalid operation|cannot convert/)
    expect(r.summary).toMatch(/\| nocgo \| — \| ❌ build-failed \|/)
    expect(r.outputs.verdict).toBe('fail')
  }, 240_000)
})

describe('regression mode: the base built on bullseye, the head on the host (glibc 2.36)', () => {
  it('reports the raised floor with its symbols, the newly incompatible target, and fails only on the new gap', () => {
    const inputs = {
      package: './cmd/server',
      variants: 'nocgo, cgo-glibc',
      targets: 'abigap-test/bullseye\nabigap-test/bookworm',
    }
    const base = runAction({
      ...inputs,
      builder: 'abigap-test/builder-bullseye',
      'fail-on': 'never',
      annotations: 'false',
    })
    expect(base.status).toBe(0)
    expect(base.outputs.verdict).toBe('pass')
    const baseFloor = JSON.parse(base.outputs.floor)['cgo-glibc']
    expect(baseFloor.flavor).toBe('glibc')
    const head = runAction({ ...inputs, baseline: base.outputs.report, 'fail-on': 'regression' })
    const headFloor = JSON.parse(head.outputs.floor)['cgo-glibc']
    expect(head.status).toBe(1)
    expect(head.outputs.verdict).toBe('fail')
    const report = JSON.parse(readFileSync(head.outputs.report, 'utf8'))
    const messages: string[] = report.diff.map((d: { message: string }) => d.message)
    expect(messages).toContainEqual(
      expect.stringMatching(
        new RegExp(`^cgo-glibc: glibc floor raised ${baseFloor.version} → ${headFloor.version} by .*__libc_start_main`),
      ),
    )
    // the reason is the first node the loader reports missing (the lowest above bullseye's 2.31)
    expect(messages).toContainEqual(
      expect.stringMatching(/^cgo-glibc: newly incompatible with abigap-test\/bullseye \(GLIBC_2\.3[2-9]\)$/),
    )
    expect(messages).toContain(
      `cgo-glibc on abigap-test/bullseye: new symbol-version — needs GLIBC_${headFloor.version} (libc.so.6) — abigap-test/bullseye has glibc 2.31`,
    )
    expect(head.summary).toMatch(/### Changes against the baseline/)
    const annotations = interpreted(head.stdout).filter((l) => /^::(error|warning|notice) file=/.test(l))
    expect(annotations.length).toBeGreaterThan(0)
    for (const a of annotations) expect(a).toMatch(/abigap-test\/bullseye/)
    // one new gap per missing node the head needs above bullseye's glibc (the diff lists each)
    const newGaps = messages.filter((m) => m.startsWith('cgo-glibc on abigap-test/bullseye: new ')).length
    expect(newGaps).toBeGreaterThanOrEqual(2)
    expect(interpreted(head.stdout)).toContain(
      `::error::abigap: fail-on: regression — ${newGaps} new gaps against the baseline`,
    )
  }, 400_000)
})

describe('sharding: shard 1/2 + 2/2, merged with `abigap merge`, equals the unsharded run', () => {
  it('same verdicts and the same annotations', () => {
    const inputs = {
      package: './cmd/server',
      variants: 'nocgo, cgo-glibc, cgo-musl-static',
      targets: 'abigap-test/bullseye\nabigap-test/musl',
    }
    const whole = runAction(inputs)
    const shards = [1, 2].map((i) => runAction({ ...inputs, shard: `${i}/2` }))
    expect(shards.map((s) => s.state['abigap-session-id'])).toHaveLength(2)
    const artifactsDirs = shards.map((s) => readdirSync(path.join(s.runnerTemp, 'abigap-artifacts')))
    expect(artifactsDirs).toEqual([['abigap-shard-1-of-2'], ['abigap-shard-2-of-2']])
    const cli = spawnSync(
      process.execPath,
      [path.join(dist, 'cli.js'), 'merge', '--json', '--annotate', ...shards.map((s) => s.outputs.report)],
      { cwd: whole.workspace, encoding: 'utf8' },
    )
    expect(cli.stderr).toBe('')
    const mergedAnnotations = cli.stdout.split('\n').filter((l) => /^::(error|warning|notice) file=/.test(l))
    const merged = JSON.parse(
      cli.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::'))
        .join('\n'),
    )
    const unsharded = JSON.parse(readFileSync(whole.outputs.report, 'utf8'))
    const verdicts = (r: { results: { variant: string; target: string; verdict: string }[] }) =>
      r.results.map((c) => `${c.variant}|${c.target}|${c.verdict}`).sort()
    expect(verdicts(merged)).toEqual(verdicts(unsharded))
    expect(verdicts(merged)).toHaveLength(6)
    const wholeAnnotations = interpreted(whole.stdout).filter((l) => /^::(error|warning|notice) file=/.test(l))
    expect(mergedAnnotations).toEqual(wholeAnnotations)
    expect(cli.status).toBe(1)
  }, 300_000)
})

describe('bad inputs: exactly one clear ::error:: line each, nothing else claimed', () => {
  const noGoPath = tempDir('abigap-nogo-')
  const cases: [string, Record<string, string>, Record<string, string>, RegExp][] = [
    [
      'unknown variant',
      { targets: 'abigap-test/bullseye', variants: 'nocgo, cgo-gilbc', package: './cmd/server' },
      {},
      /input 'variants': unknown variant 'cgo-gilbc' \(did you mean 'cgo-glibc'\?\)/,
    ],
    [
      'malformed YAML',
      { 'config-yaml': 'package: ./cmd/server\ntargets: [abigap-test/bullseye\n' },
      {},
      /invalid matrix config: config-yaml input:\d+:\d+: YAML/,
    ],
    [
      'an image that does not exist',
      { targets: 'abigap-test/does-not-exist', variants: 'nocgo', package: './cmd/server' },
      {},
      /infrastructure error, no ABI verdict: .*abigap-test\/does-not-exist/,
    ],
    [
      'no Go on PATH',
      { targets: 'abigap-test/bullseye', package: './cmd/server' },
      { PATH: noGoPath },
      /Go is not on PATH/,
    ],
    [
      'no Docker daemon',
      {
        targets: 'abigap-test/bullseye',
        variants: 'nocgo',
        package: './cmd/server',
        'docker-host': 'unix:///nonexistent/docker.sock',
      },
      {},
      /infrastructure error, no ABI verdict: .*Docker/,
    ],
  ]
  it.each(cases)(
    '%s',
    (_name, withBlock, env, message) => {
      const r = runAction(withBlock, env)
      const commands = interpreted(r.stdout).filter((l) => /^::(error|warning|notice)/.test(l))
      expect(commands).toHaveLength(1)
      expect(commands[0]).toMatch(/^::error( [^:]*)?::abigap: /)
      expect(commands[0]).toMatch(message)
      expect(r.status).toBe(1)
      expect(r.outputs.verdict).toBe('error')
      expect(r.stderr).not.toMatch(/\n\s+at /) // no stack trace
    },
    240_000,
  )
})
