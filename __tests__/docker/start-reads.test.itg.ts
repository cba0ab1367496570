// Start reads against their oracle: a probe that takes files from what the target's first run container read as it
// started profiles exactly as the same probe through the archive API alone (probe-needs.test.itg.ts holds that one
// to the image's exported root), and fetches none of the files the container did read. Across glibc, musl, gcompat,
// libc-less and arm64 images (through QEMU), for static binaries and for given sonames; on Docker and Podman.
import { jest } from '@jest/globals'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { connectDocker } from '../../src/docker/connect.js'
import { probeImage } from '../../src/docker/probe.js'
import { runInTargets } from '../../src/docker/run-targets.js'
import type { ContainerRuntime, ContainerSpec } from '../../src/docker/runtime.js'
import { StartReads } from '../../src/docker/start-reads.js'
import { PROGRAMS, requireDocker, sh, tempDir } from '../helpers/docker-world.js'

jest.setTimeout(300_000)

const PODMAN = `unix://${process.env.ABIGAP_PODMAN_SOCKET ?? '/run/abigap-podman/podman.sock'}`
let docker: ContainerRuntime
let dir: string

beforeAll(async () => {
  docker = await requireDocker()
  dir = await tempDir('start-reads')
  for (const arch of ['amd64', 'arm64'])
    await sh('go', ['build', '-o', join(dir, arch), '.'], { CGO_ENABLED: '0', GOARCH: arch }, join(PROGRAMS, 'plain'))
})

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})

/** A runtime that notes each path whose content is fetched through the archive API. */
function recording(rt: ContainerRuntime): { rt: ContainerRuntime; fetched: string[] } {
  const fetched: string[] = []
  const rec = Object.assign(Object.create(rt) as ContainerRuntime, {
    getArchive: (id: string, path: string) => {
      fetched.push(path)
      return rt.getArchive(id, path)
    },
  })
  return { rt: rec, fetched }
}

/** The probe of `image` for `wanted` beside runs of two binaries there that read its files as they start. */
async function probeBesideRuns(rt: ContainerRuntime, image: string, arch: string, wanted: string[]) {
  const reads = new StartReads(wanted)
  const rec = recording(rt)
  const bin = join(dir, arch)
  const created: string[] = []
  const counting = Object.assign(Object.create(rt) as ContainerRuntime, {
    createContainer: (spec: ContainerSpec) => {
      created.push(spec.entrypoint[0] ?? '')
      return rt.createContainer(spec)
    },
  })
  const [profile, cells] = await Promise.all([
    probeImage(rec.rt, image, { pull: 'never', cacheDir: null, exportsFor: wanted, containers: 1, startReads: reads }),
    runInTargets(
      counting,
      [
        {
          image,
          platform: `linux/${arch}`,
          binaries: [
            { id: 'a', path: bin },
            { id: 'b', path: bin },
          ],
          args: [],
          timeoutMs: 30_000,
        },
      ],
      { pull: 'never', startReads: () => reads },
    ),
  ])
  expect(cells.map((c) => c.run.outcome)).toEqual(['ok', 'ok'])
  // both ran beside the idle program that read the files: its output on the two streams kept apart from the records
  expect(created.filter((e) => e.startsWith('/abigap/')).map((e) => e.split('/').pop())).toEqual([`.idle-${arch}`])
  const files = await reads.files
  expect(files?.arch).toBe(arch)
  const read = [...files!.contents].filter(([, c]) => c !== null).map(([p]) => p)
  expect(read.length).toBeGreaterThan(0)
  return { profile, fetched: rec.fetched, read }
}

const CASES: [string, string, string[]][] = [
  ['abigap-test/bullseye', 'amd64', []],
  ['abigap-test/bookworm', 'amd64', []],
  ['abigap-test/trixie', 'amd64', []],
  ['abigap-test/musl', 'amd64', []],
  ['abigap-test/musl-compat', 'amd64', []],
  ['abigap-test/nolibc', 'amd64', []],
  ['abigap-test/arm64-glibc', 'arm64', []],
  ['abigap-test/bookworm', 'amd64', ['libm.so.6', 'libresolv.so.2', 'libnotthere.so.1']],
  ['abigap-test/bullseye', 'amd64', ['libpthread.so.0', 'libdl.so.2']],
  ['abigap-test/trixie', 'amd64', ['libc.so.6']],
  ['abigap-test/bookworm-sqlite', 'amd64', ['libsqlite3.so.0', 'libstdc++.so.6']],
  ['abigap-test/musl', 'amd64', ['libc.musl-x86_64.so.1', 'libssl.so.3']],
  ['abigap-test/musl-compat', 'amd64', ['libc.so.6', 'ld-linux-x86-64.so.2']],
  ['abigap-test/arm64-glibc', 'arm64', ['libc.so.6', 'libm.so.6']],
]

it.each(CASES)(
  '%s (%s) for %j: the archive-only probe, without fetching what was read',
  async (image, arch, wanted) => {
    const { profile, fetched, read } = await probeBesideRuns(docker, image, arch, wanted)
    const alone = await probeImage(docker, image, { pull: 'never', cacheDir: null, exportsFor: wanted })
    expect(profile).toEqual(alone)
    // what the container read is never fetched again, whatever path led to it
    expect(fetched.filter((p) => read.includes(p))).toEqual([])
    // binaries that load nothing: nothing at all goes through the archive API
    if (!wanted.length) expect(fetched).toEqual([])
  },
)

it('a probe whose profile is cached lets the runs read nothing', async () => {
  const cacheDir = await tempDir('start-reads-cache')
  try {
    const opts = { pull: 'never' as const, cacheDir, exportsFor: [] }
    await probeImage(docker, 'abigap-test/bookworm', opts)
    const reads = new StartReads([])
    await probeImage(docker, 'abigap-test/bookworm', { ...opts, startReads: reads })
    expect(reads.pending).toBe(false)
    expect(await reads.files).toBeNull()
  } finally {
    await rm(cacheDir, { recursive: true, force: true })
  }
})

it('on Podman: the same profile as its archive-only probe', async () => {
  const podman = await connectDocker({ host: PODMAN })
  for (const [image, wanted] of [
    ['abigap-test/bookworm', ['libm.so.6']],
    ['abigap-test/musl', []],
  ] as const) {
    const { profile, fetched, read } = await probeBesideRuns(podman, image, 'amd64', [...wanted])
    const alone = await probeImage(podman, image, { pull: 'never', cacheDir: null, exportsFor: [...wanted] })
    expect(profile).toEqual(alone)
    expect(fetched.filter((p) => read.includes(p))).toEqual([])
  }
})
