// The needs probe (exportsFor given: libraries looked up by name, nothing listed) against the oracle of the image's
// whole exported root profiled for the same sonames: every library it looked up is recorded exactly as there (or
// absent there too), it records nothing the root lacks, and every other field is the same. On Docker and Podman,
// across glibc, musl, gcompat, libc-less and arm64 images, and an image whose ld.so.conf reaches outside the usual
// places (an include in /opt, a library behind an alternatives-style link).
import { jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { connectDocker } from '../../src/docker/connect.js'
import { probeImage } from '../../src/docker/probe.js'
import type { ContainerRuntime } from '../../src/docker/runtime.js'
import { fsTree } from '../../src/io/fs-tree.js'
import { profileFromTree } from '../../src/knowledge/rootfs-profile.js'
import type { TargetProfile } from '../../src/knowledge/types.js'
import { exportImageRoot, requireDocker, sh, tempDir } from '../helpers/docker-world.js'

jest.setTimeout(300_000)

const ODD = `abigap-test/probe-needs-${process.pid}`
const PODMAN = `unix://${process.env.ABIGAP_PODMAN_SOCKET ?? '/run/abigap-podman/podman.sock'}`
let docker: ContainerRuntime
let dir: string
const roots = new Map<string, string>()

/** The image's whole filesystem, exported once (docker export | tar). */
function exported(image: string): string {
  const known = roots.get(image)
  if (known) return known
  const root = join(dir, `root-${roots.size}`)
  exportImageRoot(image, root, 'io.abigap.test=probe-needs')
  roots.set(image, root)
  return root
}

/** Asserts `probed` is the whole root's profile for the same sonames, narrowed to the sonames it looked up. */
function expectNarrowedOracle(image: string, probed: TargetProfile, wanted: string[]): void {
  const whole = profileFromTree(fsTree(exported(image)), {
    image,
    source: 'image',
    arch: probed.arch[0]!,
    digest: probed.digest ?? null,
    exportsFor: wanted,
  })
  const looked = probed.librariesFor ?? []
  expect(looked).toEqual(expect.arrayContaining(wanted))
  expect(looked).toContain('libc.so.6')
  for (const name of looked)
    expect([name, probed.libraries.find((l) => l.soname === name)]).toEqual([
      name,
      whole.libraries.find((l) => l.soname === name),
    ])
  for (const lib of probed.libraries)
    expect([lib.soname, lib]).toEqual([lib.soname, whole.libraries.find((l) => l.soname === lib.soname)])
  const rest = (p: TargetProfile) => ({ ...p, libraries: [], librariesFor: [] })
  expect(rest(probed)).toEqual(rest(whole))
}

/**
 * For binaries that load nothing: no soname looked up, and every field but the libraries (only what the loaders'
 * paths led to) is the whole root's, the libc read from the loaders; the caveats saying so are the only other change.
 */
function expectIdentityOracle(image: string, probed: TargetProfile): void {
  const meta = { image, source: 'image' as const, arch: probed.arch[0]!, digest: probed.digest ?? null }
  const whole = profileFromTree(fsTree(exported(image)), { ...meta, exportsFor: [] })
  expect(probed.librariesFor).toEqual([])
  const own = /^libc\.so\.6 not read|gcompat/
  const rest = (p: TargetProfile) => ({
    ...p,
    libraries: [],
    librariesFor: [],
    caveats: (p.caveats ?? []).filter((c) => !own.test(c)),
  })
  expect(rest(probed)).toEqual(rest(whole))
  // a shim over musl is named by both
  expect((probed.caveats ?? []).some((c) => c.includes('gcompat'))).toBe(
    (whole.caveats ?? []).some((c) => c.includes('gcompat')),
  )
}

beforeAll(async () => {
  docker = await requireDocker()
  dir = await tempDir('probe-needs')
  const lib = '/usr/lib/x86_64-linux-gnu'
  await writeFile(
    join(dir, 'Dockerfile'),
    `FROM abigap-test/bookworm-sqlite\nLABEL io.abigap.test=probe-needs\n` +
      `RUN mkdir -p ${lib}/alt /opt/odd /opt/conf && cp ${lib}/libz.so.1.2.13 ${lib}/alt/libzalt.so.1.0 && ` +
      `ln -s alt/libzalt.so.1.0 ${lib}/libzalt.so.1 && cp ${lib}/libz.so.1.2.13 /opt/odd/libz.so.1 && ` +
      `echo /opt/odd > /opt/conf/odd.conf && sed -i '1i include /opt/conf/*.conf' /etc/ld.so.conf && ` +
      `ln -s /nowhere/libgone.so.1 ${lib}/libgone.so.1 && ln -s libloop.so.1 /usr/lib/libloop.so.1\n`,
  )
  await sh('docker', ['build', '-q', '-t', ODD, dir], { DOCKER_BUILDKIT: '0' })
})

afterAll(async () => {
  execFileSync('sh', ['-c', `docker rmi -f ${ODD} >/dev/null 2>&1 || true`])
  if (dir) await rm(dir, { recursive: true, force: true })
})

const IMAGES = [
  'abigap-test/bullseye',
  'abigap-test/bookworm',
  'abigap-test/trixie',
  'abigap-test/musl',
  'abigap-test/musl-compat',
  'abigap-test/nolibc',
  'abigap-test/arm64-glibc',
]

it.each(IMAGES)('%s for binaries that load nothing: the whole root but its libraries', async (image) => {
  expectIdentityOracle(image, await probeImage(docker, image, { pull: 'never', cacheDir: null, exportsFor: [] }))
})

const CASES: [string, string[]][] = [
  ['abigap-test/bookworm', ['libm.so.6', 'libresolv.so.2', 'libnotthere.so.1']],
  ['abigap-test/bullseye', ['libpthread.so.0', 'libdl.so.2']],
  ['abigap-test/trixie', ['libc.so.6']],
  ['abigap-test/bookworm-sqlite', ['libsqlite3.so.0', 'libstdc++.so.6']],
  ['abigap-test/musl', ['libc.musl-x86_64.so.1', 'libssl.so.3']],
  ['abigap-test/musl-compat', ['libc.so.6', 'ld-linux-x86-64.so.2']],
  ['abigap-test/nolibc', ['libc.so.6']],
  ['abigap-test/arm64-glibc', ['libc.so.6', 'libm.so.6']],
  [ODD, ['libsqlite3.so.0', 'libz.so.1', 'libzalt.so.1', 'libgone.so.1', 'libloop.so.1']],
]

describe.each(CASES)('%s for %j', (image, wanted) => {
  it('equals the whole root profiled for the same sonames, narrowed to what it looked up (Docker)', async () => {
    const probed = await probeImage(docker, image, { pull: 'never', cacheDir: null, exportsFor: wanted })
    expectNarrowedOracle(image, probed, wanted)
  })
})

it('finds the library an ld.so.conf include outside /etc names first, and the alternatives link', async () => {
  const probed = await probeImage(docker, ODD, { pull: 'never', cacheDir: null, exportsFor: ['libz.so.1'] })
  expect(probed.libraries.find((l) => l.soname === 'libz.so.1')?.dirs[0]).toBe('/opt/odd')
  const alt = await probeImage(docker, ODD, { pull: 'never', cacheDir: null, exportsFor: ['libzalt.so.1'] })
  expect(alt.libraries.find((l) => l.soname === 'libzalt.so.1')).toMatchObject({ file: 'libzalt.so.1.0' })
  expect(alt.libraries.find((l) => l.soname === 'libgone.so.1')).toBeUndefined()
})

describe('on Podman', () => {
  let podman: ContainerRuntime
  beforeAll(async () => {
    podman = await connectDocker({ host: PODMAN })
  })
  it.each([
    ['abigap-test/bookworm', ['libm.so.6', 'libnotthere.so.1']],
    ['abigap-test/musl', ['libc.musl-x86_64.so.1']],
  ])('%s for %j equals the Docker-exported oracle', async (image, wanted) => {
    const opts = { pull: 'never' as const, cacheDir: null, exportsFor: wanted }
    const [probed, onDocker] = await Promise.all([probeImage(podman, image, opts), probeImage(docker, image, opts)])
    // the digest is each engine's own (Podman stores the imported image again): the rest must agree
    expectNarrowedOracle(image, { ...probed, digest: onDocker.digest ?? null }, wanted)
  })
})

it('reads no directory whole but /etc and the directories ld.so.conf globs', async () => {
  const asked: string[] = []
  const rec: ContainerRuntime = Object.assign(Object.create(docker) as ContainerRuntime, {
    getArchive: (id: string, path: string) => {
      asked.push(path)
      return docker.getArchive(id, path)
    },
  })
  await probeImage(rec, ODD, { pull: 'never', cacheDir: null, exportsFor: ['libsqlite3.so.0'] })
  const dirs = asked.filter((p) => !/\.(so(\.[\d.]+)?|conf)$|os-release$|\.path$/.test(p))
  expect(dirs.sort()).toEqual(['/etc', '/opt/conf'])
  // binaries that load nothing: the release file and the loader, nothing else
  asked.length = 0
  await probeImage(rec, ODD, { pull: 'never', cacheDir: null, exportsFor: [] })
  expect(asked.sort()).toEqual(['/usr/lib/os-release', '/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2'])
})
