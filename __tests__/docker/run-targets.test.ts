// runInTargets against the in-memory runtime: which strategy runs, when a container is replaced, how faults map to
// infrastructure errors, cancellation, cleanup. The same code runs against the real engine in the *.itg.ts tests.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runInTargets } from '../../src/docker/run-targets.js'
import { forgetEnsuredImages } from '../../src/docker/image.js'
import { StartReads } from '../../src/docker/start-reads.js'
import type { RunRequest } from '../../src/docker/types.js'
import { FakeRuntime } from '../helpers/fake-runtime.js'

let dir = ''
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'abigap-fake-run-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Host files for the payload (their bytes do not matter: the fake runs them by name). */
function bins(...names: string[]): { id: string; path: string }[] {
  return names.map((n) => {
    const p = path.join(dir, n)
    writeFileSync(p, 'x')
    return { id: n, path: p }
  })
}

const req = (image: string, binaries: { id: string; path: string }[], over: Partial<RunRequest> = {}): RunRequest => ({
  image,
  binaries,
  args: [],
  timeoutMs: 2000,
  ...over,
})

function world(): FakeRuntime {
  const rt = new FakeRuntime().image('debian:12').image('alpine:3.22').image('ibm:s390x', 's390x')
  forgetEnsuredImages(rt)
  return rt
}

const outcomes = (cells: { binaryId: string; run: { outcome: string } }[]) =>
  Object.fromEntries(cells.map((c) => [c.binaryId, c.run.outcome]))

describe('runInTargets: strategy', () => {
  test('several binaries share one idle container, its idle program running each', async () => {
    const rt = world().program('a', {}).program('b', { exitCode: 3 }).program('c', { stdout: 'hi\n' })
    const cells = await runInTargets(rt, [req('debian:12', bins('a', 'b', 'c'))])
    expect(outcomes(cells)).toEqual({ a: 'ok', b: 'exit-nonzero', c: 'ok' })
    expect(cells.find((c) => c.binaryId === 'c')?.run.stdout).toBe('hi\n')
    expect(rt.ops('run')).toHaveLength(3)
    expect(rt.ops('create').filter((l) => l.includes('/.idle-amd64'))).toHaveLength(1)
    expect(cells.every((c) => c.run.image?.ref === 'debian:12')).toBe(true)
  })

  test('runs beside start reads: a run’s stderr before the last record is the run’s, not a fault', async () => {
    const rt = world().program('a', { stderr: 'warning\n' }).program('b', { stdout: 'hi\n' })
    const reads = new StartReads(['libc.so.6'])
    const cells = await runInTargets(rt, [req('debian:12', bins('a', 'b'))], { startReads: () => reads })
    expect(outcomes(cells)).toEqual({ a: 'ok', b: 'ok' })
    expect(cells.map((c) => [c.run.stdout, c.run.stderr])).toEqual([
      ['', 'warning\n'],
      ['hi\n', ''],
    ])
    expect(await reads.files).not.toBeNull() // the records all came, and were parsed
    expect(rt.ops('create').map((l) => l.split(' ')[2]!.split('/').pop())).toEqual(['.idle-amd64'])
  })

  test('a single binary, mode "container", or an arch without an idle program: a fresh container each', async () => {
    const rt = world().program('a', {}).program('b', {})
    await runInTargets(rt, [req('debian:12', bins('a'))])
    expect(rt.ops('run')).toEqual([])
    expect(rt.ops('create').filter((l) => l.endsWith('/a'))).toHaveLength(1)

    const rt2 = world().program('a', {}).program('b', {})
    await runInTargets(rt2, [req('debian:12', bins('a', 'b'))], { mode: 'container' })
    expect(rt2.ops('run')).toEqual([])
    expect(rt2.ops('create').filter((l) => /\/(a|b)$/.test(l))).toHaveLength(2)

    const rt3 = world().program('a', {}).program('b', {})
    const cells = await runInTargets(rt3, [req('ibm:s390x', bins('a', 'b'))])
    expect(outcomes(cells)).toEqual({ a: 'ok', b: 'ok' })
    expect(rt3.ops('run')).toEqual([])
  })

  test('results carry the target id: one image on two platforms in one call', async () => {
    const rt = world().program('a', {}).program('b', { exitCode: 1 })
    const cells = await runInTargets(rt, [
      req('debian:12', bins('a'), { targetId: 'debian:12 (linux/amd64)' }),
      req('debian:12', bins('b'), { targetId: 'debian:12 (linux/arm64)' }),
    ])
    expect(cells.map((c) => [c.targetId, c.binaryId, c.run.outcome])).toEqual([
      ['debian:12 (linux/amd64)', 'a', 'ok'],
      ['debian:12 (linux/arm64)', 'b', 'exit-nonzero'],
    ])
    // two targets share one payload volume, filled once through a never-started container
    expect(rt.ops('create').filter((l) => l.includes('/abigap-never-started'))).toHaveLength(1)
  })
})

describe('runInTargets: cells skipped once the caller knows (request.skip)', () => {
  test('the container starts before the skip is known; skipped binaries get no cell and are never executed', async () => {
    const rt = world().program('a', {}).program('b', {}).program('c', {})
    let admit: (ids: ReadonlySet<string>) => void = () => undefined
    const skip = new Promise<ReadonlySet<string>>((resolve) => (admit = resolve))
    const running = runInTargets(rt, [req('debian:12', bins('a', 'b', 'c'), { skip })])
    for (let i = 0; i < 50 && !rt.ops('start').length; i++) await new Promise((r) => setTimeout(r, 5))
    expect(rt.ops('start')).toHaveLength(1) // started while the caller's verdicts are still being made
    expect(rt.ops('run')).toEqual([])
    admit(new Set(['b']))
    const cells = await running
    expect(outcomes(cells)).toEqual({ a: 'ok', c: 'ok' })
    expect(rt.ops('run').some((l) => l.includes('/b'))).toBe(false)
    expect(rt.ops('run')).toHaveLength(2)
  })

  test('in fresh-container mode too', async () => {
    const rt = world().program('a', {}).program('b', {})
    const cells = await runInTargets(
      rt,
      [req('debian:12', bins('a', 'b'), { skip: Promise.resolve(new Set(['a'])) })],
      {
        mode: 'container',
      },
    )
    expect(outcomes(cells)).toEqual({ b: 'ok' })
    expect(rt.ops('create').filter((l) => l.endsWith('/a'))).toEqual([])
  })
})

describe('runInTargets: a damaged container is replaced, a clean one reused', () => {
  test('clean runs reuse the container', async () => {
    const rt = world().program('a', {}).program('b', {}).program('c', {})
    await runInTargets(rt, [req('debian:12', bins('a', 'b', 'c'))])
    expect(rt.ops('create').filter((l) => l.includes('.idle-'))).toHaveLength(1)
  })

  test('a leftover process: the next binary gets a fresh idle container', async () => {
    const rt = world().program('a', { leavesProcess: true }).program('b', {})
    const cells = await runInTargets(rt, [req('debian:12', bins('a', 'b'))])
    expect(outcomes(cells)).toEqual({ a: 'ok', b: 'ok' })
    expect(rt.ops('create').filter((l) => l.includes('.idle-'))).toHaveLength(2)
  })

  test('a timeout kills the container: timeout, and the next binary runs in a new one', async () => {
    const rt = world().program('slow', { hang: true }).program('b', {})
    const cells = await runInTargets(rt, [req('debian:12', bins('slow', 'b'), { timeoutMs: 50 })])
    expect(outcomes(cells)).toEqual({ slow: 'timeout', b: 'ok' })
    expect(rt.ops('kill').length).toBeGreaterThan(0)
    expect(rt.ops('create').filter((l) => l.includes('.idle-'))).toHaveLength(2)
  })

  test('an unexplained SIGKILL beside the idle program is rerun in a fresh container, which tells the OOM kill', async () => {
    const rt = world().program('hog', { oom: true }).program('b', {})
    const cells = await runInTargets(rt, [req('debian:12', bins('hog', 'b'))])
    expect(outcomes(cells)).toEqual({ hog: 'oom', b: 'ok' })
    expect(rt.ops('create').filter((l) => l.endsWith('/hog'))).toHaveLength(1)
    expect(rt.ops('create').filter((l) => l.includes('.idle-'))).toHaveLength(2)
  })

  test('the output cap kills the run: output-limit', async () => {
    const rt = world().program('loud', { floodBytes: 4096, hang: true }).program('b', {})
    const cells = await runInTargets(rt, [req('debian:12', bins('loud', 'b'))], {
      limits: { outputCapBytes: 1024 },
    })
    expect(outcomes(cells)).toEqual({ loud: 'output-limit', b: 'ok' })
  })
})

describe('runInTargets: faults are infrastructure errors, never verdicts', () => {
  test('an engine that does not answer throws before any cell', async () => {
    await expect(
      runInTargets(world().fail('ping', 'connection refused'), [req('debian:12', bins('a'))]),
    ).rejects.toThrow('connection refused')
  })

  test('an image that cannot be had: its cells only; the other target still runs', async () => {
    const rt = world().program('a', {})
    const cells = await runInTargets(rt, [req('nope:1', bins('a')), req('debian:12', bins('a'))], { pull: 'missing' })
    const byTarget = Object.fromEntries(cells.map((c) => [c.targetId, c.run]))
    expect(byTarget['nope:1']?.outcome).toBe('infrastructure-error')
    expect(byTarget['nope:1']?.error).toMatch(/nope:1/)
    expect(byTarget['debian:12']?.outcome).toBe('ok')
  })

  test('the payload volume cannot be made: every cell says why', async () => {
    const rt = world().fail('createVolume', 'no space left on device')
    const cells = await runInTargets(rt, [req('debian:12', bins('a', 'b'))])
    expect(cells.map((c) => [c.run.outcome, c.run.error])).toEqual([
      ['infrastructure-error', 'cannot prepare the run: no space left on device'],
      ['infrastructure-error', 'cannot prepare the run: no space left on device'],
    ])
  })

  test('the idle program cannot fork: each binary is rerun in a fresh container', async () => {
    const rt = world().program('a', {}).program('b', { exitCode: 2 }).fail('idleFork', 'EAGAIN')
    const cells = await runInTargets(rt, [req('debian:12', bins('a', 'b'))])
    expect(outcomes(cells)).toEqual({ a: 'ok', b: 'exit-nonzero' })
    expect(rt.ops('create').filter((l) => /\/(a|b)$/.test(l))).toHaveLength(2)
  })

  test('containers cannot be created: infrastructure error per binary', async () => {
    const rt = world().program('a', {}).fail('createContainer', 'engine overloaded')
    const cells = await runInTargets(rt, [req('debian:12', bins('a'))])
    expect(cells[0]?.run).toMatchObject({
      outcome: 'infrastructure-error',
      error: 'cannot create the run container: engine overloaded',
    })
  })

  test('a binary missing in the container is "not delivered", not a missing-loader verdict', async () => {
    const rt = world().program('a', {})
    // 'ghost' has no program: the fake answers as the engine does for a missing file
    const cells = await runInTargets(rt, [req('debian:12', bins('a', 'ghost'))])
    expect(cells.find((c) => c.binaryId === 'ghost')?.run).toMatchObject({ outcome: 'infrastructure-error' })
    expect(cells.find((c) => c.binaryId === 'ghost')?.run.error).toMatch(/^binary not delivered/)
  })

  test('a kill that fails leaves no verdict: cannot stop the run', async () => {
    const rt = world().program('slow', { hang: true }).fail('kill', 'permission denied')
    const cells = await runInTargets(rt, [req('debian:12', bins('slow'), { timeoutMs: 30 })])
    expect(cells[0]?.run).toMatchObject({
      outcome: 'infrastructure-error',
      error: 'cannot stop the run: permission denied',
    })
  }, 15_000)
})

describe('runInTargets: cancellation and cleanup', () => {
  test('cancelled before: every cell is cancelled, nothing runs', async () => {
    const rt = world().program('a', {})
    const ac = new AbortController()
    ac.abort()
    const cells = await runInTargets(rt, [req('debian:12', bins('a', 'b'))], { signal: ac.signal })
    expect(cells.map((c) => c.run.error)).toEqual(['cancelled', 'cancelled'])
    expect(rt.ops('start')).toEqual([])
  })

  test('cancelled while running: the running binary is killed, the rest not started', async () => {
    const rt = world().program('slow', { hang: true }).program('b', {})
    const ac = new AbortController()
    // cancel once 'slow' runs (not after a fixed delay: on a loaded machine the setup alone can take longer)
    const whenRunning = setInterval(() => rt.ops('run').length && (clearInterval(whenRunning), ac.abort()), 1)
    const cells = await runInTargets(rt, [req('debian:12', bins('slow', 'b'), { timeoutMs: 10_000 })], {
      signal: ac.signal,
    })
    expect(cells.map((c) => [c.binaryId, c.run.outcome, c.run.error])).toEqual([
      ['slow', 'infrastructure-error', 'cancelled'],
      ['b', 'infrastructure-error', 'cancelled'],
    ])
    expect(rt.ops('run')).toHaveLength(1)
  })

  test('a run container that ends under a run: the binary is rerun in a fresh container, the next in a new one', async () => {
    const rt = world().program('a', { runMs: 200 }).program('b', {})
    // the container dies as 'a' runs (not a kill of abigap's: no time limit, no cap, no cancellation)
    const whenRunning = setInterval(() => {
      const run = rt.ops('run')[0]
      if (!run) return
      clearInterval(whenRunning)
      void rt.removeContainer(run.split(' ')[1]!)
    }, 1)
    const cells = await runInTargets(rt, [req('debian:12', bins('a', 'b'))])
    expect(outcomes(cells)).toEqual({ a: 'ok', b: 'ok' })
    expect(rt.ops('create').filter((l) => l.endsWith('/a'))).toHaveLength(1) // the rerun of 'a'
    expect(rt.ops('create').filter((l) => l.includes('/.idle-amd64'))).toHaveLength(2)
    expect(rt.ops('run').map((l) => l.split(' ')[2])).toEqual(['a', 'b'])
  })

  test('every container and the volume are gone afterwards, whatever happened', async () => {
    const rt = world().program('a', { leavesProcess: true }).program('slow', { hang: true }).program('c', {})
    await runInTargets(rt, [req('debian:12', bins('a', 'slow', 'c'), { timeoutMs: 30 }), req('alpine:3.22', bins('c'))])
    expect(rt.containers.size).toBe(0)
    expect(rt.volumes.size).toBe(0)
  })
})

describe('runBuildContainer: the same supervision', () => {
  test('a build past its time is killed and says so; a finished one gives its exit status', async () => {
    const { runBuildContainer } = await import('../../src/docker/build-container.js')
    const rt = world()
      .image('golang:1.22')
      .program('go', { hang: true })
      .program('make', { exitCode: 2, stderr: 'boom\n' })
    const base = {
      image: 'golang:1.22',
      input: { tar: Buffer.alloc(0), at: '/src' },
      workdir: '/src',
      env: {},
      network: false,
      fetch: [],
    }
    const slow = await runBuildContainer(rt, { ...base, cmd: ['go', 'build'], timeoutMs: 30 })
    expect(slow).toMatchObject({ exitCode: null, error: 'build timed out after 30 ms' })
    const failed = await runBuildContainer(rt, { ...base, cmd: ['make'], timeoutMs: 5000 })
    expect(failed).toMatchObject({ exitCode: 2, stderr: 'boom\n' })
    expect(failed.error).toBeUndefined()
    expect(rt.containers.size).toBe(0)
  })
  test('an empty archive for a built file is asked again (Podman races its cleanup); one that stays empty is the engine’s fault', async () => {
    const { runBuildContainer } = await import('../../src/docker/build-container.js')
    const { pack } = await import('tar-stream')
    const tarOf = async (files: Record<string, string>): Promise<Buffer> => {
      const p = pack()
      for (const [name, text] of Object.entries(files)) p.entry({ name, mode: 0o755 }, text)
      p.finalize()
      const chunks: Buffer[] = []
      for await (const c of p) chunks.push(c as Buffer)
      return Buffer.concat(chunks)
    }
    const rt = world().image('golang:1.22').program('go', {})
    const build = {
      image: 'golang:1.22',
      input: { tar: Buffer.alloc(0), at: '/src' },
      workdir: '/src',
      env: {},
      network: false,
      cmd: ['go', 'build'],
      timeoutMs: 5000,
      fetch: ['/out/server'],
    }
    rt.archives.push(await tarOf({}), await tarOf({}), await tarOf({ server: 'ELF' }))
    const ok = await runBuildContainer(rt, build)
    expect(ok.fetched['/out/server']?.toString()).toBe('ELF')
    expect(rt.archives).toEqual([])
    const empty = await tarOf({})
    for (let i = 0; i < 8; i++) rt.archives.push(empty)
    const stuck = await runBuildContainer(rt, build)
    expect(stuck).toMatchObject({
      exitCode: null,
      fault: 'infrastructure',
      error: 'the engine sent an empty archive for /out/server 8 times',
    })
    // a missing file stays a missing file (404): no binary, no engine fault
    const missing = await runBuildContainer(rt, build)
    expect([missing.exitCode, missing.error, missing.fetched]).toEqual([0, undefined, {}])
  })
})
