import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isUnknownImage, renderHuman, run as check } from '../../../src/cli/commands/check.js'
import { applyRuns, planRuns, skipsOf, startRuns, type EngineConnection } from '../../../src/cli/commands/check-runs.js'
import type { RunRequest } from '../../../src/docker/types.js'
import type { CheckReport, CheckResult } from '../../../src/abi/types.js'
import type { RunResult } from '../../../src/docker/types.js'
import { inspectFile } from '../../../src/io/inspect-file.js'
import { captured } from '../../helpers/captured.js'
import { craftElf, glibcExecutable } from '../../helpers/elf-builder.js'

// crafted (helpers/elf-builder.ts): a dynamic x86-64 glibc PIE and a dynamic arm64 glibc executable
let dir = ''
let ARM = ''
const app = () => join(dir, 'app-amd64')
const ARM64_APP = craftElf({
  machine: 'aarch64',
  interpreter: '/lib/ld-linux-aarch64.so.1',
  needs: [{ file: 'libc.so.6', versions: ['GLIBC_2.17'] }],
  symbols: [{ name: 'puts', version: 'GLIBC_2.17', defined: false }],
})
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'abigap-check-run-'))
  ARM = join(dir, 'app-arm64')
  await writeFile(app(), glibcExecutable())
  await writeFile(ARM, ARM64_APP)
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function staticResults(args: string[]): Promise<CheckReport> {
  const r = await captured(() => check(['--json', '--offline', ...args]))
  return JSON.parse(r.stdout) as CheckReport
}

describe('check --run: platforms', () => {
  test("each file runs on its own ELF architecture's platform", async () => {
    const files = [app(), ARM]
    const report = await staticResults(['--target', 'debian:12', ...files])
    const targets = [{ name: 'debian:12', image: 'debian:12' }]
    const plan = planRuns(files, files.map(inspectFile), targets, null)
    // one request per target and platform, all keyed by the target's name
    expect(plan.requests.map((q) => [q.targetId, q.image, q.platform, q.binaries.map((x) => x.path)])).toEqual([
      ['debian:12', 'debian:12', 'linux/amd64', [app()]],
      ['debian:12', 'debian:12', 'linux/arm64', [ARM]],
    ])
    expect(skipsOf(files, targets, report.results)).toEqual({ ids: new Map(), lines: [] })
  })

  test('--platform is passed on; the arch-mismatch cells of the verdicts are the ones not run, and why is recorded', async () => {
    const report = await staticResults(['--platform', 'linux/amd64', '--target', 'debian:12', ARM, app()])
    const files = [ARM, app()]
    const targets = [{ name: 'debian:12', image: 'debian:12' }]
    const plan = planRuns(files, files.map(inspectFile), targets, 'amd64')
    expect(plan.requests).toEqual([
      expect.objectContaining({
        image: 'debian:12',
        platform: 'linux/amd64',
        binaries: [
          { id: '0', path: ARM },
          { id: '1', path: app() },
        ],
      }),
    ])
    const skips = skipsOf(files, targets, report.results)
    expect(skips.ids).toEqual(new Map([['debian:12', new Set(['0'])]]))
    expect(skips.lines).toHaveLength(1)
    expect(skips.lines[0]).toContain(`${ARM} not run on debian:12`)
    expect(skips.lines[0]).toContain('arch-mismatch')
    // a target without an image (a profile file) is never run, so nothing is skipped there
    expect(skipsOf(files, [{ name: 'debian:12', image: null }], report.results).lines).toEqual([])
  })
})

describe('check --run: runs start before the verdicts', () => {
  /** An engine whose runInTargets records each request's skip as it awaits it, and runs what is left. */
  function fakeEngine(seen: { skip: string[]; at: number }[], clock: { now: number }): EngineConnection {
    const runInTargets = async (_rt: unknown, reqs: RunRequest[]) => {
      const cells = []
      for (const req of reqs) {
        const skip = (await req.skip) ?? new Set<string>()
        seen.push({ skip: [...skip], at: clock.now })
        for (const b of req.binaries.filter((x) => !skip.has(x.id)))
          cells.push({ targetId: req.targetId!, image: req.image, binaryId: b.id, run: okRun() })
      }
      return cells
    }
    return { docker: { runInTargets } as unknown as EngineConnection['docker'], rt: {} as EngineConnection['rt'] }
  }

  test("a target's arch-mismatch cells are skipped as soon as its architecture is known, not after the verdicts", async () => {
    const files = [ARM, app()]
    const report = await staticResults(['--platform', 'linux/amd64', '--target', 'debian:12', ...files])
    const seen: { skip: string[]; at: number }[] = []
    const clock = { now: 0 }
    const runs = startRuns(
      async () => fakeEngine(seen, clock),
      files,
      files.map(inspectFile),
      [{ name: 'debian:12', image: 'debian:12', archesFor: async () => ['amd64'] }],
      'amd64',
    )
    await new Promise((r) => setTimeout(r, 20))
    expect(seen).toEqual([{ skip: ['0'], at: 0 }]) // admitted before finish was called
    clock.now = 1
    const errors = await runs.finish(report.results)
    expect(errors).toEqual([])
    expect(report.results.map((r) => r.run?.outcome)).toEqual(['not-run', 'ok'])
  })

  test('early skips that differ from the verdicts are a bug, never a silent result', async () => {
    const files = [ARM, app()]
    const report = await staticResults(['--platform', 'linux/amd64', '--target', 'debian:12', ...files])
    const runs = startRuns(
      async () => fakeEngine([], { now: 0 }),
      files,
      files.map(inspectFile),
      // a target claiming arm64: the early skip keeps the arm64 file, the verdicts rule it out
      [{ name: 'debian:12', image: 'debian:12', archesFor: async () => ['arm64', 'amd64'] }],
      'amd64',
    )
    await expect(runs.finish(report.results)).rejects.toThrow(/bug in abigap/)
  })
})

function okRun(): RunResult {
  return { outcome: 'ok', exitCode: 0, signal: null, stdout: '', stderr: '', durationMs: 1 }
}

function infraRun(error: string): RunResult {
  return { outcome: 'infrastructure-error', exitCode: null, signal: null, stdout: '', stderr: '', durationMs: 0, error }
}

describe('check --run: infrastructure errors are never success', () => {
  test('an infrastructure-error cell is reported and never shown as ✓', async () => {
    const report = await staticResults(['--target', 'debian:12', app()])
    expect(report.results[0].verdict).toBe('compatible')
    const errs = applyRuns([app()], report.results, [
      { targetId: 'debian:12', binaryId: '0', run: infraRun('cannot pull debian:12: no such host') },
    ])
    expect(errs).toEqual([`${app()} on debian:12: cannot pull debian:12: no such host`])
    expect((report.results[0] as CheckResult).run?.outcome).toBe('infrastructure-error')
    const grid = renderHuman(report, [{ name: 'debian:12' }], [inspectFile(app())])
    const row = grid.split('\n').find((l) => l.startsWith('debian:12'))
    expect(row).toBeDefined()
    expect(row).not.toContain('✓')
    expect(row).toMatch(/\bE$/)
  })

  test('an engine that fails every request: exit 3, the run error on stderr, no ✓', async () => {
    const sock = join(dir, 'fake-docker.sock')
    // answers the ping (the engine is "up"), then fails everything else as a broken daemon would
    const server: Server = createServer((req, res) => {
      if (/\/_ping$/.test(req.url ?? '')) {
        res.writeHead(200, { 'content-type': 'text/plain', 'api-version': '1.41' })
        res.end('OK')
        return
      }
      res.writeHead(500, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ message: 'simulated engine fault' }))
    })
    await new Promise<void>((resolve) => server.listen(sock, resolve))
    const saved = process.env.DOCKER_HOST
    process.env.DOCKER_HOST = `unix://${sock}`
    try {
      const r = await captured(() => check(['--run', '--target', 'debian:12', app()]))
      expect(r.code).toBe(3)
      expect(r.stderr).toMatch(/abigap: infrastructure error: .*app-amd64 on debian:12: .*simulated engine fault/)
      const row = r.stdout.split('\n').find((l) => l.startsWith('debian:12'))
      expect(row).not.toContain('✓')
    } finally {
      if (saved === undefined) delete process.env.DOCKER_HOST
      else process.env.DOCKER_HOST = saved
      await new Promise((resolve) => server.close(resolve))
    }
  }, 60_000)
})

describe('check: probe failures', () => {
  test('only a genuinely unknown image is a usage error; registry faults are infrastructure', () => {
    // Docker 20.10's wording for images that do not exist
    expect(
      isUnknownImage(
        "cannot pull 'nosuch/x:1': pull access denied for nosuch/x, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
      ),
    ).toBe(true)
    expect(
      isUnknownImage("cannot pull 'debian:99': manifest for debian:99 not found: manifest unknown: manifest unknown"),
    ).toBe(true)
    // a registry outage / no network (the wording of this test machine, which has no registry)
    expect(
      isUnknownImage(
        'cannot pull \'debian:12\': Get "https://registry-1.docker.io/v2/": dial tcp: lookup registry-1.docker.io on 10.255.255.53:53: no such host',
      ),
    ).toBe(false)
    expect(
      isUnknownImage("cannot pull 'ghcr.io/o/debian:12': received unexpected HTTP status: 503 Service Unavailable"),
    ).toBe(false)
    expect(isUnknownImage('toomanyrequests: You have reached your pull rate limit')).toBe(false)
  })
})

describe('check: workflow commands in human output', () => {
  test('file names and target names that start with :: never start an output line with ::', async () => {
    const hostile = [join(dir, '::error::x'), join(dir, `::warning::${'A'.repeat(200)}`)]
    for (const f of hostile) await writeFile(f, glibcExecutable())
    const r = await captured(() => check(['--offline', '--target', 'debian:12', '--target', 'alpine:3.19', ...hostile]))
    expect(r.stdout).toContain('error::x')
    for (const line of `${r.stdout}\n${r.stderr}`.split(/\r?\n/)) expect(line).not.toMatch(/^\s*::/)
  })
})
