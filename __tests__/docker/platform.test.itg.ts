// An arm64 target through QEMU binfmt: explicit platform on create, the arm64 idle program keeping the target
// container alive (its idle program runs each binary), and a probe of the image's files (no emulation needed).
import { jest } from '@jest/globals'
import { writeFile, rm } from 'node:fs/promises'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ContainerRuntime } from '../../src/docker/runtime.js'
import { runInTargets } from '../../src/docker/run-targets.js'
import { probeImage } from '../../src/docker/probe.js'
import { ensureImage } from '../../src/docker/image.js'
import { PROGRAMS, leftoversOf, requireDocker, sh, tempDir } from '../helpers/docker-world.js'

jest.setTimeout(180_000)

const IMAGE = 'abigap-test/scratch-arm64:latest'
let rt: ContainerRuntime
let dir: string

beforeAll(async () => {
  rt = await requireDocker()
  const binfmt = existsSync('/proc/sys/fs/binfmt_misc/qemu-aarch64')
    ? readFileSync('/proc/sys/fs/binfmt_misc/qemu-aarch64', 'utf8')
    : ''
  if (!binfmt.includes('enabled') || !binfmt.includes('F')) {
    throw new Error('qemu-aarch64 binfmt (flag F) is not registered: run scripts/test-world.sh')
  }
  dir = await tempDir('arm64')
  await sh('go', ['build', '-o', join(dir, 'app'), '.'], { CGO_ENABLED: '0', GOARCH: 'arm64' }, join(PROGRAMS, 'plain'))
  // a FROM-scratch arm64 image holding just the program (idempotent: rebuilt only when missing)
  if ((await rt.inspectImage(IMAGE))?.arch !== 'arm64') {
    await writeFile(join(dir, 'Dockerfile'), 'FROM scratch\nCOPY app /app\n')
    await sh('docker', ['build', '-q', '--platform', 'linux/arm64', '-t', IMAGE, dir], { DOCKER_BUILDKIT: '0' })
  }
})

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})

describe('arm64 target', () => {
  it('is refused for the wrong platform and accepted for linux/arm64', async () => {
    await expect(ensureImage(rt, IMAGE, { pull: 'never', platform: 'linux/amd64' })).rejects.toThrow(/not linux\/amd64/)
    expect((await ensureImage(rt, IMAGE, { pull: 'never', platform: 'linux/arm64' })).arch).toBe('arm64')
  })

  it('runs several arm64 binaries in one container kept alive by the arm64 idle program', async () => {
    const runId = `itgarm${Date.now().toString(36)}`
    const progress: string[] = []
    const cells = await runInTargets(
      rt,
      [
        {
          image: IMAGE,
          platform: 'linux/arm64',
          binaries: [
            { id: 'a', path: join(dir, 'app') },
            { id: 'b', path: join(dir, 'app') },
            { id: 'c', path: join(dir, 'app') },
          ],
          args: [],
          timeoutMs: 20_000,
        },
      ],
      { runId, pull: 'never', onProgress: (l) => progress.push(l) },
    )
    expect(progress.join('\n')).toContain('one container, its idle program runs each binary')
    expect(cells.map((c) => [c.binaryId, c.run.outcome, c.run.stdout])).toEqual([
      ['a', 'ok', 'abigap-ok\n'],
      ['b', 'ok', 'abigap-ok\n'],
      ['c', 'ok', 'abigap-ok\n'],
    ])
    expect(leftoversOf(runId)).toEqual([])
  })

  it('probes the arm64 image from its files: no libc, arm64', async () => {
    const profile = await probeImage(rt, IMAGE, { platform: 'linux/arm64', pull: 'never', cacheDir: null })
    expect(profile.arch).toEqual(['arm64'])
    expect(profile.libc.flavor).toBe('none')
    expect(profile.loaders).toEqual([])
  })
})
