// The probe keeps file contents only in library-looking directories and fetches afterwards whatever else the
// profiler opens (an alternatives-style link from a library directory into a subdirectory): the profile must equal
// the one read from the image's whole exported root filesystem, library by library.
import { jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { probeImage } from '../../src/docker/probe.js'
import type { ContainerRuntime } from '../../src/docker/runtime.js'
import { fsTree } from '../../src/io/fs-tree.js'
import { profileFromTree } from '../../src/knowledge/rootfs-profile.js'
import { exportImageRoot, requireDocker, sh, tempDir } from '../helpers/docker-world.js'

jest.setTimeout(180_000)

const IMAGE = `abigap-test/probe-partial-${process.pid}`
let rt: ContainerRuntime
let dir: string

beforeAll(async () => {
  rt = await requireDocker()
  dir = await tempDir('probe-partial')
  const lib = '/usr/lib/x86_64-linux-gnu'
  // libzalt.so.1 in the library directory points into a subdirectory (as /etc/alternatives links do); a second
  // library lives only in a directory named by ld.so.conf.d
  await writeFile(
    join(dir, 'Dockerfile'),
    `FROM abigap-test/bookworm\nLABEL io.abigap.test=probe-partial\n` +
      `RUN mkdir -p ${lib}/alt /opt/odd && cp ${lib}/libz.so.1.2.13 ${lib}/alt/libzalt.so.1.0 && ` +
      `ln -s alt/libzalt.so.1.0 ${lib}/libzalt.so.1 && cp ${lib}/libz.so.1.2.13 /opt/odd/libodd.so.1 && ` +
      `echo /opt/odd > /etc/ld.so.conf.d/odd.conf\n`,
  )
  await sh('docker', ['build', '-q', '-t', IMAGE, dir], { DOCKER_BUILDKIT: '0' })
})

afterAll(async () => {
  execFileSync('sh', ['-c', `docker rmi -f ${IMAGE} >/dev/null 2>&1 || true`])
  if (dir) await rm(dir, { recursive: true, force: true })
})

it('equals the profile of the whole exported root, including libraries outside library-looking directories', async () => {
  const probed = await probeImage(rt, IMAGE, { pull: 'never', cacheDir: null })
  const root = join(dir, 'root')
  exportImageRoot(IMAGE, root, 'io.abigap.test=probe-partial')
  const whole = profileFromTree(fsTree(root), {
    image: IMAGE,
    source: 'image',
    arch: probed.arch[0]!,
    digest: probed.digest ?? null,
  })
  const alt = probed.libraries.find((l) => l.soname === 'libzalt.so.1')
  expect(alt).toMatchObject({ file: 'libzalt.so.1.0', versions: expect.arrayContaining(['ZLIB_1.2.9']) })
  expect(alt?.exports?.length).toBeGreaterThan(50)
  expect(probed.libraries.find((l) => l.soname === 'libodd.so.1')).toMatchObject({ dirs: ['/opt/odd'] })
  expect(probed.libraries).toEqual(whole.libraries)
  expect({ ...probed, provenance: '' }).toEqual({ ...whole, provenance: '' })
})
