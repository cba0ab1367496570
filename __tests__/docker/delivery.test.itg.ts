// How binaries reach the run containers: on a local engine a read-only bind mount of a directory holding just the
// binaries (nothing copied through the engine), else the archive API into a volume; both give the same cells, and
// an engine that cannot see the directory falls back to the copy.
import { jest } from '@jest/globals'
import { chmod, copyFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ContainerRuntime, ContainerSpec } from '../../src/docker/runtime.js'
import { runInTargets, type RunTargetsOptions } from '../../src/docker/run-targets.js'
import type { RunRequest } from '../../src/docker/types.js'
import { PROGRAMS, leftoversOf, requireDocker, sh, tempDir } from '../helpers/docker-world.js'

jest.setTimeout(180_000)

let rt: ContainerRuntime
let dir: string
let hostile: string
let privateCopy: string

beforeAll(async () => {
  rt = await requireDocker()
  dir = await tempDir('delivery')
  hostile = join(dir, 'hostile')
  await sh('gcc', ['-static', '-O1', '-o', hostile, join(PROGRAMS, 'hostile', 'hostile.c')])
  // a file only its owner may read: it cannot be hard-linked for the nobody user, so it is copied
  privateCopy = join(dir, 'private')
  await copyFile(hostile, privateCopy)
  await chmod(privateCopy, 0o700)
})

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})

/** The runtime with counters of the engine calls that copy binaries, and optionally refusing bind mounts. */
function counting(refuseBinds = false) {
  const calls = { createVolume: 0, putArchive: 0, bindCreates: 0 }
  const wrapped: ContainerRuntime = Object.create(rt) as ContainerRuntime
  Object.defineProperty(wrapped, 'local', { value: true })
  Object.assign(wrapped, {
    createVolume: (name: string, labels: Record<string, string>) => {
      calls.createVolume++
      return rt.createVolume(name, labels)
    },
    putArchive: (id: string, path: string, tar: NodeJS.ReadableStream) => {
      calls.putArchive++
      return rt.putArchive(id, path, tar)
    },
    createContainer: (spec: ContainerSpec) => {
      if (spec.mounts.some((m) => 'bind' in m)) {
        calls.bindCreates++
        if (refuseBinds) return Promise.reject(new Error('bind source path does not exist'))
      }
      return rt.createContainer(spec)
    },
  })
  return { rt: wrapped, calls }
}

const requests = (): RunRequest[] =>
  ['abigap-test/bookworm', 'abigap-test/musl'].map((image) => ({
    image,
    binaries: [
      { id: 'ok', path: hostile },
      { id: 'private', path: privateCopy },
      { id: 'again', path: hostile },
    ],
    args: [],
    timeoutMs: 10_000,
  }))

async function run(r: ContainerRuntime, opts: RunTargetsOptions) {
  const runId = `itgdel${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
  const before = (await readdir(tmpdir())).filter((n) => n.startsWith('abigap-payload-'))
  const cells = await runInTargets(r, requests(), { runId, pull: 'never', ...opts })
  const after = (await readdir(tmpdir())).filter((n) => n.startsWith('abigap-payload-'))
  expect(after.filter((n) => !before.includes(n))).toEqual([])
  expect(leftoversOf(runId)).toEqual([])
  return cells.map((c) => [c.image, c.binaryId, c.run.outcome, c.run.exitCode, c.run.stdout])
}

describe('payload delivery', () => {
  it('a local engine bind-mounts the binaries read-only: no volume, no copy, the same cells as a copy', async () => {
    const bound = counting()
    const copied = counting()
    const viaBind = await run(bound.rt, {})
    const viaCopy = await run(copied.rt, { delivery: 'copy' })
    expect(bound.calls).toEqual({ createVolume: 0, putArchive: 0, bindCreates: expect.any(Number) })
    expect(bound.calls.bindCreates).toBeGreaterThanOrEqual(3) // the check, then one container per target
    expect(copied.calls.bindCreates).toBe(0)
    expect(copied.calls.putArchive).toBeGreaterThanOrEqual(1)
    expect(viaBind).toEqual(viaCopy)
    expect(viaBind.map((c) => `${c[1]}:${c[2]}:${c[4]}`)).toEqual(
      Array(2).fill(['ok:ok:abigap-ok\n', 'private:ok:abigap-ok\n', 'again:ok:abigap-ok\n']).flat(),
    )
  })

  it('the bound payload is read-only to the binary, like the copied one', async () => {
    const bound = counting()
    const cells = await runInTargets(
      bound.rt,
      [
        {
          image: 'abigap-test/bookworm',
          binaries: [{ id: 'w', path: hostile }],
          args: ['writeroot'],
          timeoutMs: 10_000,
        },
      ],
      { pull: 'never' },
    )
    expect(bound.calls.putArchive).toBe(0)
    expect(cells[0]!.run).toMatchObject({ outcome: 'exit-nonzero', exitCode: 42 })
    expect(cells[0]!.run.stdout).toContain('root=0 payload=0 tmp=1')
  })

  it('an engine that cannot see the directory gets the binaries copied, with the same cells', async () => {
    const refusing = counting(true)
    const viaFallback = await run(refusing.rt, {})
    const viaCopy = await run(counting().rt, { delivery: 'copy' })
    expect(refusing.calls.bindCreates).toBe(1)
    expect(refusing.calls.putArchive).toBeGreaterThanOrEqual(1)
    expect(viaFallback).toEqual(viaCopy)
  })
})
