// Faults are infrastructure errors — clear, never ABI findings, never success — and leave zero containers behind.
import { jest } from '@jest/globals'
import { spawn, execFileSync } from 'node:child_process'
import { mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { build } from 'esbuild'
import { connectDocker } from '../../src/docker/connect.js'
import { DockerUnavailableError, ImageUnavailableError } from '../../src/docker/errors.js'
import { ensureImage } from '../../src/docker/image.js'
import { runInTargets } from '../../src/docker/run-targets.js'
import { sweepContainers } from '../../src/docker/cleanup.js'
import type { ContainerRuntime, OutputStream } from '../../src/docker/runtime.js'
import { exitOf, startSecondDaemon } from '../helpers/second-daemon.js'
import { PROGRAMS, REPO, leftoversOf, requireDocker, sh, tempDir } from '../helpers/docker-world.js'

jest.setTimeout(180_000)

let rt: ContainerRuntime
let dir: string
let hostile: string
const ABI_CLASSES = [
  'ok',
  'missing-loader',
  'missing-library',
  'missing-symbol-version',
  'symbol-lookup-error',
  'signal',
  'oom',
  'exit-nonzero',
]

beforeAll(async () => {
  rt = await requireDocker()
  dir = await tempDir('faults')
  hostile = join(dir, 'hostile')
  await sh('gcc', ['-static', '-O1', '-o', hostile, join(PROGRAMS, 'hostile', 'hostile.c')])
})

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})

/** Every run id used on the main engine in this file: none may leave anything behind, checked after each test. */
const runIds: string[] = []
function track(id: string): string {
  runIds.push(id)
  return id
}
afterEach(async () => {
  await new Promise((r) => setTimeout(r, 500)) // let any late engine operation land before looking
  expect(runIds.flatMap((id) => leftoversOf(id))).toEqual([])
})

describe('no daemon', () => {
  it('connectDocker fails with a clear message naming the socket (DOCKER_HOST and explicit host)', async () => {
    const sock = join(dir, 'nobody-listens.sock')
    await expect(connectDocker({ host: `unix://${sock}` })).rejects.toThrow(DockerUnavailableError)
    await expect(connectDocker({ host: `unix://${sock}` })).rejects.toThrow(
      `no Docker engine answers at unix://${sock}`,
    )
    const saved = process.env.DOCKER_HOST
    process.env.DOCKER_HOST = 'tcp://127.0.0.1:1'
    try {
      await expect(connectDocker()).rejects.toThrow(/no Docker engine answers at tcp:\/\/127\.0\.0\.1:1 .*ECONNREFUSED/)
    } finally {
      if (saved === undefined) delete process.env.DOCKER_HOST
      else process.env.DOCKER_HOST = saved
    }
  })
})

describe('images', () => {
  it("a missing image with pull 'never' is a clear error and infrastructure-error cells", async () => {
    await expect(ensureImage(rt, 'abigap-test/not-here:1', { pull: 'never' })).rejects.toThrow(
      new ImageUnavailableError("image 'abigap-test/not-here:1' is not present locally and the pull policy is 'never'"),
    )
    const runId = track(`itgimg${Date.now().toString(36)}`)
    const cells = await runInTargets(
      rt,
      [{ image: 'abigap-test/not-here:1', binaries: [{ id: 'x', path: hostile }], args: [], timeoutMs: 5000 }],
      { runId, pull: 'never' },
    )
    expect(cells).toEqual([
      expect.objectContaining({
        binaryId: 'x',
        run: expect.objectContaining({
          outcome: 'infrastructure-error',
          error: expect.stringMatching(/not present locally/),
        }),
      }),
    ])
    expect(leftoversOf(runId)).toEqual([])
  })
  it('a pull that fails (no registry here) is a clear ImageUnavailableError, also for a local image with pull always', async () => {
    await expect(ensureImage(rt, 'abigap-test/not-here:1', { pull: 'missing', backoffMs: 10 })).rejects.toThrow(
      /cannot pull 'abigap-test\/not-here:1': .+/,
    )
    const progress: string[] = []
    await expect(
      ensureImage(rt, 'abigap-test/musl:latest', {
        pull: 'always',
        backoffMs: 10,
        onProgress: (l) => progress.push(l),
      }),
    ).rejects.toThrow(ImageUnavailableError)
  })
  it('a cached image of another platform is refused, not run', async () => {
    await expect(
      ensureImage(rt, 'abigap-test/musl:latest', { pull: 'never', platform: 'linux/arm64' }),
    ).rejects.toThrow(/present for linux\/amd64, not linux\/arm64/)
  })
})

/** A runtime whose every call fails once broken, and whose open streams drop then: the engine vanished mid-run. */
function breakable(inner: ContainerRuntime): { rt: ContainerRuntime; breakNow(): void } {
  let broken = false
  const streams: OutputStream[] = []
  const refuse = () =>
    Promise.reject(Object.assign(new Error('connect ECONNREFUSED /var/run/docker.sock'), { code: 'ECONNREFUSED' }))
  const rt = new Proxy(inner, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown
      if (typeof value !== 'function') return value
      return async (...args: unknown[]) => {
        if (broken) return refuse()
        const result = await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args)
        if (prop === 'attach') streams.push(result as OutputStream)
        return result
      }
    },
  })
  return {
    rt,
    breakNow: () => {
      broken = true
      for (const st of streams) st.destroy()
    },
  }
}

describe('daemon gone mid-run', () => {
  it('calls failing mid-run give infrastructure-error cells, never a finding; a later sweep leaves zero', async () => {
    const runId = track(`itgbrk${Date.now().toString(36)}`)
    const { rt: flaky, breakNow } = breakable(rt)
    const pending = runInTargets(
      flaky,
      [
        {
          image: 'abigap-test/bookworm',
          binaries: [
            { id: 'a', path: hostile },
            { id: 'b', path: hostile },
          ],
          args: ['sleep'],
          timeoutMs: 60_000,
        },
      ],
      { runId, pull: 'never' },
    )
    await waitFor(() => running(runId) > 0, 20_000)
    await new Promise((r) => setTimeout(r, 300))
    const t0 = Date.now()
    breakNow()
    const cells = await pending
    expect(Date.now() - t0).toBeLessThan(10_000)
    expect(cells.map((c) => c.run.outcome)).toEqual(['infrastructure-error', 'infrastructure-error'])
    expect(cells[0]!.run.error).toMatch(/ECONNREFUSED|exec|lost|cancel/)
    // the engine could not be told to remove them: the sweep does it once it answers again
    await sweepContainers(rt, runId)
    expect(leftoversOf(runId)).toEqual([])
  })

  it('a real second dockerd killed mid-run: infrastructure-error cells, and the restarted engine is swept clean', async () => {
    const d = await startSecondDaemon(dir)
    try {
      const second = await connectDocker({ host: `unix://${d.sock}` })
      const runId = track(`itgd2${Date.now().toString(36)}`)
      const pending = runInTargets(
        second,
        [
          {
            image: 'abigap-test/musl',
            binaries: [
              { id: 'a', path: hostile },
              { id: 'b', path: hostile },
            ],
            args: ['sleep'],
            timeoutMs: 60_000,
          },
        ],
        { runId, pull: 'never' },
      )
      await waitFor(() => running(runId, d.sock) > 0, 20_000)
      d.kill()
      const started = Date.now()
      const outcome = await pending.then(
        (cells) => cells.map((c) => c.run.outcome),
        (err: Error) => [`threw ${err.name}`],
      )
      expect(Date.now() - started).toBeLessThan(30_000)
      for (const o of outcome) expect(ABI_CLASSES).not.toContain(o)
      expect(
        outcome.every(
          (o) =>
            o === 'infrastructure-error' || o === 'threw DockerUnavailableError' || o === 'threw InfrastructureError',
        ),
      ).toBe(true)
      const again = await d.restart()
      await sweepContainers(again, runId)
      expect(leftoversOf(runId, d.sock)).toEqual([])
    } finally {
      await d.stop()
    }
  })
})

describe('cancellation', () => {
  it('an AbortSignal stops the run: cancelled cells are infrastructure-error, zero containers left', async () => {
    const runId = track(`itgabort${Date.now().toString(36)}`)
    const ac = new AbortController()
    const pending = runInTargets(
      rt,
      ['abigap-test/bookworm', 'abigap-test/trixie'].map((image) => ({
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
    await waitFor(() => running(runId) > 0, 20_000)
    const t0 = Date.now()
    ac.abort()
    const cells = await pending
    expect(Date.now() - t0).toBeLessThan(10_000)
    expect(cells).toHaveLength(4)
    for (const c of cells) expect(c.run).toMatchObject({ outcome: 'infrastructure-error', error: 'cancelled' })
    expect(leftoversOf(runId)).toEqual([])
  })

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`a child process sent ${signal} sweeps its containers and exits 128+N`, async () => {
      const driver = await bundleDriver()
      const runId = track(`itg${signal.toLowerCase()}${Date.now().toString(36)}`)
      const child = spawn(process.execPath, [driver, runId, hostile], { stdio: ['ignore', 'pipe', 'pipe'] })
      let stderr = ''
      child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()))
      const exited = exitOf(child)
      await waitFor(() => running(runId) >= 2, 30_000)
      child.kill(signal)
      const code = await exited
      expect({ code, stderr: stderr.slice(0, 500) }).toEqual({
        code: signal === 'SIGINT' ? 130 : 143,
        stderr: expect.stringContaining(`${signal}: removing containers`),
      })
      expect(leftoversOf(runId)).toEqual([])
    })
  }
})

// ---------- helpers ----------

function running(runId: string, sock?: string): number {
  const host = sock ? ['-H', `unix://${sock}`] : []
  return execFileSync('docker', [...host, 'ps', '-q', '--filter', `label=io.abigap.run=${runId}`], { encoding: 'utf8' })
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

let driverPath: string | null = null
async function bundleDriver(): Promise<string> {
  if (driverPath) return driverPath
  const outDir = join(REPO, '.abigap', 'test-build')
  await mkdir(outDir, { recursive: true })
  const out = join(outDir, `cancel-driver-${process.pid}.mjs`)
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
