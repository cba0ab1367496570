// The idle program's process queries in real containers, on Docker and Podman: a binary that leaves a process behind
// gets the next binary a fresh container while clean ones share one, and a binary run beside the idle program as the
// same user can open neither its stdin nor its stdout (the program is non-dumpable) nor signal it (it is the init).
import { jest } from '@jest/globals'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { connectDocker } from '../../src/docker/connect.js'
import { runInTargets } from '../../src/docker/run-targets.js'
import type { ContainerRuntime, ContainerSpec } from '../../src/docker/runtime.js'
import { PROGRAMS, leftoversOf, requireDocker, sh, tempDir } from '../helpers/docker-world.js'

jest.setTimeout(180_000)

const PODMAN_SOCKET = process.env.ABIGAP_PODMAN_SOCKET ?? '/run/abigap-podman/podman.sock'
const TARGET = 'abigap-test/bookworm'
const MODES = ['ok', 'daemon', 'pry'] as const
const engines: Record<string, { rt: ContainerRuntime; socket?: string }> = {}
let dir: string
const bin: Record<string, string> = {}

beforeAll(async () => {
  engines.Docker = { rt: await requireDocker() }
  engines.Podman = { rt: await connectDocker({ host: `unix://${PODMAN_SOCKET}` }), socket: PODMAN_SOCKET }
  dir = await tempDir('idle-channel')
  for (const mode of MODES) {
    bin[mode] = join(dir, mode)
    await sh('gcc', ['-static', '-O1', `-DMODE="${mode}"`, '-o', bin[mode], join(PROGRAMS, 'hostile', 'hostile.c')])
  }
})

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})

/** A runtime that notes the name of each idle container it creates. */
function counting(rt: ContainerRuntime): { rt: ContainerRuntime; idles: string[] } {
  const idles: string[] = []
  const rec = Object.assign(Object.create(rt) as ContainerRuntime, {
    createContainer: (spec: ContainerSpec) => {
      if (spec.entrypoint[0]?.includes('/.idle-')) idles.push(spec.name)
      return rt.createContainer(spec)
    },
  })
  return { rt: rec, idles }
}

/** Runs the binaries of `modes`, in this order, in the target; the cells and the idle containers created. */
async function runModes(engine: string, modes: (typeof MODES)[number][]) {
  const { rt, socket } = engines[engine]!
  const counted = counting(rt)
  const runId = `itgidle${Date.now().toString(36)}`
  const binaries = modes.map((mode, i) => ({ id: `${i}:${mode}`, path: bin[mode]! }))
  const cells = await runInTargets(counted.rt, [{ image: TARGET, binaries, args: [], timeoutMs: 20_000 }], {
    runId,
    pull: 'never',
  })
  expect(leftoversOf(runId, socket)).toEqual([])
  return { cells, idles: counted.idles }
}

describe.each(['Docker', 'Podman'])('on %s', (engine) => {
  it('a process left behind gets the next binary a fresh container; clean runs share one', async () => {
    const { cells, idles } = await runModes(engine, ['ok', 'ok', 'daemon', 'ok', 'ok'])
    expect(cells.map((c) => `${c.binaryId}=${c.run.outcome}`)).toEqual([
      '0:ok=ok',
      '1:ok=ok',
      '2:daemon=ok',
      '3:ok=ok',
      '4:ok=ok',
    ])
    expect(cells[2]!.run.stdout).toBe('parent exits\n')
    expect(idles).toHaveLength(2) // the first for 0-2, the second from 3 on
  })

  it('a binary beside the idle program opens neither its stdin nor its stdout, nor stops or kills it', async () => {
    const { cells, idles } = await runModes(engine, ['pry', 'ok', 'ok'])
    expect(cells.map((c) => `${c.binaryId}=${c.run.outcome}`)).toEqual(['0:pry=ok', '1:ok=ok', '2:ok=ok'])
    expect(cells[0]!.run.stdout).toBe('opened 0\n')
    expect(idles).toHaveLength(1) // its queries were answered as before
  })
})
