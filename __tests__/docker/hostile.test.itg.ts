// Hostile and crashing binaries are contained: each ends with the right class within its limits, the next run in
// the same target is unaffected, and nothing is left behind.
import { jest } from '@jest/globals'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { ContainerRuntime } from '../../src/docker/runtime.js'
import { runInTargets } from '../../src/docker/run-targets.js'
import { PROGRAMS, leftoversOf, requireDocker, sh, tempDir } from '../helpers/docker-world.js'

jest.setTimeout(180_000)

let rt: ContainerRuntime
let dir: string
let hostile: string
const TARGET = 'abigap-test/bookworm'

beforeAll(async () => {
  rt = await requireDocker()
  dir = await tempDir('hostile')
  hostile = join(dir, 'hostile')
  await sh('gcc', ['-static', '-O1', '-o', hostile, join(PROGRAMS, 'hostile', 'hostile.c')])
})

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})

describe('hostile binaries', () => {
  it('each ends with the right class within its limits (one target container each, two at a time)', async () => {
    const runId = `itghost${Date.now().toString(36)}`
    const timeoutMs = 3000
    const started = Date.now()
    const cells = await runInTargets(
      rt,
      [
        ...['forkbomb', 'writer', 'sleep', 'net', 'writeroot', 'segv', 'abrt', 'ill', 'exit3', 'daemon'].map(
          (mode) => ({
            image: TARGET,
            binaries: [{ id: mode, path: hostile }],
            args: [mode],
            timeoutMs,
          }),
        ),
      ],
      { runId, pull: 'never', concurrency: 2, limits: { outputCapBytes: 64 * 1024 } },
    )
    const by = (id: string) => cells.find((c) => c.binaryId === id)!.run
    expect(by('forkbomb').outcome).toBe('timeout')
    expect(by('forkbomb').started).toBe(true)
    expect(by('writer').outcome).toBe('output-limit')
    expect(by('writer').stdout.length).toBeLessThanOrEqual(64 * 1024)
    expect(by('writer').durationMs).toBeLessThan(timeoutMs)
    expect(by('sleep')).toMatchObject({ outcome: 'timeout', started: true })
    expect(by('sleep').durationMs).toBeGreaterThanOrEqual(timeoutMs)
    expect(by('sleep').durationMs).toBeLessThan(timeoutMs + 3000)
    expect(by('net')).toMatchObject({ outcome: 'exit-nonzero', exitCode: 42 })
    expect(by('writeroot')).toMatchObject({ outcome: 'exit-nonzero', exitCode: 42 })
    expect(by('writeroot').stdout).toContain('root=0 payload=0 tmp=1')
    expect(by('segv')).toMatchObject({ outcome: 'signal', signal: 'SIGSEGV' })
    expect(by('abrt')).toMatchObject({ outcome: 'signal', signal: 'SIGABRT' })
    expect(by('ill')).toMatchObject({ outcome: 'signal', signal: 'SIGILL' })
    expect(by('exit3')).toMatchObject({ outcome: 'exit-nonzero', exitCode: 3 })
    expect(by('daemon')).toMatchObject({ outcome: 'ok' })
    expect(Date.now() - started).toBeLessThan(60_000)
    expect(leftoversOf(runId)).toEqual([])
  })

  it('in one shared container, a hostile run does not affect the runs after it', async () => {
    const runId = `itgseq${Date.now().toString(36)}`
    // args are per target request, so each binary gets its behaviour compiled in (-DMODE); all run in one container
    const modes = ['forkbomb', 'ok', 'writer', 'ok', 'daemon', 'ok', 'oom', 'ok', 'sleep', 'ok']
    const copies = await Promise.all(
      modes.map(async (mode, i) => {
        const p = join(dir, `m${i}-${mode}`)
        await sh('gcc', ['-static', '-O1', `-DMODE="${mode}"`, '-o', p, join(PROGRAMS, 'hostile', 'hostile.c')])
        return { id: `${i}:${mode}`, path: p }
      }),
    )
    const cells = await runInTargets(rt, [{ image: TARGET, binaries: copies, args: [], timeoutMs: 3000 }], {
      runId,
      pull: 'never',
      limits: { outputCapBytes: 64 * 1024, memoryBytes: 64 * 1024 * 1024 },
    })
    const outcomes = cells.map((c) => `${c.binaryId}=${c.run.outcome}`)
    expect(outcomes).toEqual([
      '0:forkbomb=timeout',
      '1:ok=ok',
      '2:writer=output-limit',
      '3:ok=ok',
      '4:daemon=ok',
      '5:ok=ok',
      '6:oom=oom',
      '7:ok=ok',
      '8:sleep=timeout',
      '9:ok=ok',
    ])
    for (const c of cells.filter((x) => x.binaryId.endsWith(':ok'))) expect(c.run.stdout).toBe('abigap-ok\n')
    expect(leftoversOf(runId)).toEqual([])
  })
})
