// The same engine operations against Podman's Docker API (scripts/world/podman.sh: rootful `podman system service`
// with catatonit) as against Docker, compared cell by cell: probes, runs, hostile programs, cleanup, cancellation
// (AbortSignal and SIGINT/SIGTERM to a child process); nothing may be left on Podman afterwards.
import { jest } from '@jest/globals'
import { execFileSync, spawn } from 'node:child_process'
import { mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { createServer, type AddressInfo } from 'node:net'
import { build } from 'esbuild'
import { connectDocker } from '../../src/docker/connect.js'
import { probeImage } from '../../src/docker/probe.js'
import { runInTargets } from '../../src/docker/run-targets.js'
import { run as cleanupCommand } from '../../src/cli/commands/cleanup.js'
import type { ContainerRuntime } from '../../src/docker/runtime.js'
import type { RunRequest } from '../../src/docker/types.js'
import { exitOf } from '../helpers/second-daemon.js'
import { PROGRAMS, REPO, requireDocker, sh, tempDir } from '../helpers/docker-world.js'

jest.setTimeout(240_000)

const SOCK = process.env.ABIGAP_PODMAN_SOCKET ?? '/run/abigap-podman/podman.sock'
const HOST = `unix://${SOCK}`
const TARGETS = ['abigap-test/bullseye', 'abigap-test/bookworm', 'abigap-test/musl', 'abigap-test/nolibc']

let docker: ContainerRuntime
let podman: ContainerRuntime
let dir: string
let hostile: string
const bins: Record<string, string> = {}

/** Containers and volumes labelled with the run id, asked of the podman CLI (an independent oracle). */
function podmanLeftovers(runId: string): string[] {
  const filter = `label=io.abigap.run=${runId}`
  const ps = execFileSync('podman', ['ps', '-aq', '--filter', filter], { encoding: 'utf8' })
  const vols = execFileSync('podman', ['volume', 'ls', '-q', '--filter', filter], { encoding: 'utf8' })
  return [...ps.split('\n'), ...vols.split('\n')].filter(Boolean)
}
function podmanRunning(runId: string): number {
  return execFileSync('podman', ['ps', '-q', '--filter', `label=io.abigap.run=${runId}`], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean).length
}
async function waitFor(cond: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms
  while (!cond()) {
    if (Date.now() > end) throw new Error(`condition not met within ${ms} ms`)
    await new Promise((r) => setTimeout(r, 100))
  }
}
const runIds: string[] = []
const track = (id: string) => (runIds.push(id), id)

beforeAll(async () => {
  docker = await requireDocker()
  try {
    podman = await connectDocker({ host: HOST })
  } catch (err) {
    throw new Error(`the Podman tests need Podman's API service at ${HOST} (run scripts/test-world.sh): ${String(err)}`)
  }
  expect((await podman.version()).engine).toBe('podman')
  expect((await docker.version()).engine).toBe('docker')
  dir = await tempDir('podman')
  hostile = join(dir, 'hostile')
  await sh('gcc', ['-static', '-O1', '-o', hostile, join(PROGRAMS, 'hostile', 'hostile.c')])
  for (const [name, program, env] of [
    ['nocgo', 'plain', { CGO_ENABLED: '0' }],
    ['cgo-glibc', 'cgo', { CGO_ENABLED: '1' }],
    ['cgo-musl', 'cgo', { CGO_ENABLED: '1', CC: 'musl-gcc' }],
  ] as const) {
    bins[name] = join(dir, name)
    const env2 = { ...env, GOFLAGS: '-mod=mod', GOCACHE: join(dir, 'gocache') }
    await sh('go', ['build', '-o', bins[name]!, '.'], env2, join(PROGRAMS, program))
  }
})
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})
afterEach(async () => {
  await new Promise((r) => setTimeout(r, 500))
  expect(runIds.flatMap(podmanLeftovers)).toEqual([])
})

describe('Podman agrees with Docker', () => {
  test('probes: the same profile of every target image', async () => {
    for (const image of TARGETS) {
      const [d, p] = await Promise.all([
        probeImage(docker, image, { pull: 'never', cacheDir: null }),
        probeImage(podman, image, { pull: 'never', cacheDir: null }),
      ])
      // the digest differs by engine only when Docker's copy was also pushed to a registry (a RepoDigest)
      const { digest: _d, ...dRest } = d
      const { digest: _p, ...pRest } = p
      expect(pRest).toEqual(dRest)
      if (image !== 'abigap-test/nolibc') expect(p.libraries.length).toBeGreaterThan(0)
    }
  })

  test('runs: the same outcome in every cell (glibc, musl and static binaries on glibc, musl and no-libc roots)', async () => {
    const requests: RunRequest[] = TARGETS.map((image) => ({
      image,
      binaries: Object.entries(bins).map(([id, path]) => ({ id, path })),
      args: [],
      timeoutMs: 20_000,
    }))
    const summary = (cells: Awaited<ReturnType<typeof runInTargets>>) =>
      cells.map((c) => `${c.image} ${c.binaryId} ${c.run.outcome} ${c.run.exitCode} ${c.run.stdout.trim()}`)
    const runId = track(`itgpodrun${Date.now().toString(36)}`)
    const [d, p] = await Promise.all([
      runInTargets(docker, requests, { pull: 'never', concurrency: 2 }),
      runInTargets(podman, requests, { pull: 'never', concurrency: 2, runId }),
    ])
    expect(summary(p)).toEqual(summary(d))
    expect(p.some((c) => c.run.outcome === 'ok')).toBe(true)
    expect(p.some((c) => c.run.outcome === 'missing-loader' || c.run.outcome === 'missing-library')).toBe(true)
    expect(p.every((c) => c.run.outcome !== 'infrastructure-error')).toBe(true)
  })

  test('hostile programs end with the same class, within their limits', async () => {
    const modes = ['forkbomb', 'writer', 'sleep', 'net', 'writeroot', 'segv', 'abrt', 'ill', 'exit3', 'daemon']
    const requests: RunRequest[] = modes.map((mode) => ({
      image: 'abigap-test/bookworm',
      binaries: [{ id: mode, path: hostile }],
      args: [mode],
      timeoutMs: 3000,
    }))
    const opts = { pull: 'never' as const, concurrency: 2, limits: { outputCapBytes: 64 * 1024 } }
    const classes = (cells: Awaited<ReturnType<typeof runInTargets>>) =>
      cells.map((c) => `${c.binaryId}=${c.run.outcome}${c.run.signal ? `:${c.run.signal}` : ''}:${c.run.exitCode}`)
    const runId = track(`itgpodhost${Date.now().toString(36)}`)
    const d = await runInTargets(docker, requests, opts)
    const p = await runInTargets(podman, requests, { ...opts, runId })
    expect(classes(p)).toEqual(classes(d))
    const by = (id: string) => p.find((c) => c.binaryId === id)!.run
    expect(by('writeroot').stdout).toContain('root=0 payload=0 tmp=1')
    expect(by('net')).toMatchObject({ outcome: 'exit-nonzero', exitCode: 42 })
  })

  test('known difference: Podman 4.3 does not flag an out-of-memory kill, so it shows as SIGKILL', async () => {
    const runId = track(`itgpodoom${Date.now().toString(36)}`)
    const req: RunRequest = {
      image: 'abigap-test/bookworm',
      binaries: [{ id: 'oom', path: hostile }],
      args: ['oom'],
      timeoutMs: 10_000,
    }
    const limits = { memoryBytes: 64 * 1024 * 1024 }
    const [d] = await runInTargets(docker, [req], { pull: 'never', limits })
    const [p] = await runInTargets(podman, [req], { pull: 'never', limits, runId })
    expect(d!.run.outcome).toBe('oom')
    expect(p!.run).toMatchObject({ outcome: 'signal', signal: 'SIGKILL' })
  })
})

describe('cleanup and cancellation on Podman', () => {
  test('abigap cleanup --host removes exactly the labelled containers of one run', async () => {
    const a = `itgpodclean${Date.now().toString(36)}`
    const mk = (run: string) =>
      execFileSync(
        'podman',
        ['create', '--label', 'io.abigap=1', '--label', `io.abigap.run=${run}`, 'abigap-test/musl', 'true'],
        {
          encoding: 'utf8',
        },
      ).trim()
    const mine = [mk(a), mk(a)]
    const other = mk(`${a}x`)
    const out: string[] = []
    const write = process.stdout.write.bind(process.stdout)
    process.stdout.write = ((s: string) => (out.push(String(s)), true)) as typeof process.stdout.write
    try {
      expect(await cleanupCommand(['--host', HOST, '--run', a])).toBe(0)
    } finally {
      process.stdout.write = write
      execFileSync('podman', ['rm', '-f', other], { stdio: 'ignore' })
    }
    expect(out.join('')).toBe(`removed 2 abigap object(s) of run or session ${a}\n`)
    const left = execFileSync('podman', ['ps', '-aq', '--no-trunc'], { encoding: 'utf8' })
    for (const id of mine) expect(left).not.toContain(id)
  })

  test('an AbortSignal stops the run: cancelled cells, no container or volume left', async () => {
    const runId = track(`itgpodcancel${Date.now().toString(36)}`)
    const ac = new AbortController()
    const pending = runInTargets(
      podman,
      ['abigap-test/bookworm', 'abigap-test/musl'].map((image) => ({
        image,
        binaries: [
          { id: 'a', path: hostile },
          { id: 'b', path: hostile },
        ],
        args: ['sleep'],
        timeoutMs: 60_000,
      })),
      { runId, signal: ac.signal, pull: 'never' },
    )
    await waitFor(() => podmanRunning(runId) > 0, 30_000)
    const t0 = Date.now()
    ac.abort()
    const cells = await pending
    expect(Date.now() - t0).toBeLessThan(15_000)
    for (const c of cells) expect(c.run).toMatchObject({ outcome: 'infrastructure-error', error: 'cancelled' })
    expect(podmanLeftovers(runId)).toEqual([])
  })

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    test(`a child process on Podman sent ${signal} sweeps its containers and exits 128+N`, async () => {
      const driver = await bundleDriver()
      const runId = track(`itgpod${signal.toLowerCase()}${Date.now().toString(36)}`)
      const child = spawn(process.execPath, [driver, runId, hostile], {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, DOCKER_HOST: HOST },
      })
      let stderr = ''
      child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()))
      const exited = exitOf(child)
      await waitFor(() => podmanRunning(runId) >= 2, 60_000)
      child.kill(signal)
      const code = await exited
      expect({ code, stderr: stderr.slice(0, 500) }).toEqual({
        code: signal === 'SIGINT' ? 130 : 143,
        stderr: expect.stringContaining(`${signal}: removing containers`),
      })
      expect(podmanLeftovers(runId)).toEqual([])
    })
  }
})

describe('a remote engine over tcp://', () => {
  test('Podman serving the Docker API on a loopback TCP port: probe and run as on the unix socket', async () => {
    const port = await freePort()
    const service = spawn('podman', ['system', 'service', '--time=0', `tcp://127.0.0.1:${port}`], { stdio: 'ignore' })
    const stopped = exitOf(service)
    try {
      let rt: ContainerRuntime | null = null
      for (let i = 0; !rt && i < 50; i++) {
        rt = await connectDocker({ host: `tcp://127.0.0.1:${port}`, pingTimeoutMs: 1000 }).catch(() => null)
        if (!rt) await new Promise((r) => setTimeout(r, 200))
      }
      if (!rt) throw new Error(`podman system service did not answer on tcp://127.0.0.1:${port}`)
      expect(rt.endpoint).toBe(`tcp://127.0.0.1:${port}`)
      const viaTcp = await probeImage(rt, 'abigap-test/musl', { pull: 'never', cacheDir: null })
      const viaUnix = await probeImage(podman, 'abigap-test/musl', { pull: 'never', cacheDir: null })
      expect(viaTcp).toEqual(viaUnix)
      const runId = track(`itgpodtcp${Date.now().toString(36)}`)
      const req = {
        image: 'abigap-test/bookworm',
        binaries: [{ id: 'nocgo', path: bins.nocgo! }],
        args: [],
        timeoutMs: 20_000,
      }
      const [cell] = await runInTargets(rt, [req], { pull: 'never', runId })
      expect(cell!.run).toMatchObject({ outcome: 'ok', stdout: 'abigap-ok\n' })
    } finally {
      service.kill('SIGTERM')
      await stopped
    }
  })
})

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer()
    srv.on('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as AddressInfo
      srv.close(() => resolve(port))
    })
  })
}

let driverPath: string | null = null
async function bundleDriver(): Promise<string> {
  if (driverPath) return driverPath
  const outDir = join(REPO, '.abigap', 'test-build')
  await mkdir(outDir, { recursive: true })
  const out = join(outDir, `podman-cancel-driver-${process.pid}.mjs`)
  await build({
    entryPoints: [join(REPO, '__tests__', 'helpers', 'cancel-driver.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: out,
    external: ['dockerode', 'tar-stream'],
    logLevel: 'error',
  })
  driverPath = out
  return out
}
