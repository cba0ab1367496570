// The dockerode adapter's own behaviour, against a stand-in for the dockerode client (no engine).
import type Dockerode from 'dockerode'
import { Readable } from 'node:stream'
import { DockerodeRuntime, pathStatOf } from '../../src/docker/dockerode-runtime.js'

/** A dockerode client whose containers refuse or accept uploads. */
function client(refuse: boolean): { docker: Dockerode; uploads: unknown[] } {
  const uploads: unknown[] = []
  const container = {
    putArchive: async (tar: unknown) => {
      uploads.push(tar)
      if (refuse)
        throw Object.assign(new Error('(HTTP code 500) server error - no space left on device'), { statusCode: 500 })
    },
  }
  return { docker: { getContainer: () => container } as unknown as Dockerode, uploads }
}

describe('DockerodeRuntime.putArchive', () => {
  test('a refused upload closes the streamed payload and rethrows the engine’s error', async () => {
    const { docker, uploads } = client(true)
    const payload = Readable.from(['never read'])
    await expect(new DockerodeRuntime(docker, 'unix:///x').putArchive('c1', '/abigap', payload)).rejects.toThrow(
      /no space left on device/,
    )
    expect(uploads).toEqual([payload])
    expect(payload.destroyed).toBe(true)
  })

  test('an accepted upload leaves the stream to the engine, and a buffer is passed as it is', async () => {
    const { docker, uploads } = client(false)
    const payload = Readable.from(['x'])
    const rt = new DockerodeRuntime(docker, 'unix:///x')
    await rt.putArchive('c1', '/abigap', payload)
    await rt.putArchive('c1', '/abigap', Buffer.from('tar'))
    expect(payload.destroyed).toBe(false)
    expect(uploads).toEqual([payload, Buffer.from('tar')])
  })
})

describe('pathStatOf: the archive API stat, from Go os.FileMode bits', () => {
  test.each([
    ['a directory', 2 ** 31 + 0o755, 4096, '', { type: 'dir', size: 0, linkTarget: '' }],
    [
      'a symlink',
      2 ** 27 + 0o777,
      12,
      '/usr/lib/x/libc-2.31.so',
      { type: 'symlink', size: 0, linkTarget: '/usr/lib/x/libc-2.31.so' },
    ],
    [
      'a regular file (Podman names its own path as linkTarget)',
      0o644,
      2125328,
      '/usr/lib/x/libc.so.6',
      { type: 'file', size: 2125328, linkTarget: '' },
    ],
    ['a character device', 2 ** 26 + 2 ** 21 + 0o666, 0, '', { type: 'other', size: 0, linkTarget: '' }],
    ['a named pipe', 2 ** 25 + 0o600, 0, '', { type: 'other', size: 0, linkTarget: '' }],
    ['a file with a nonsense size', 0o644, -1, '', { type: 'file', size: 0, linkTarget: '' }],
  ])('%s', (_what, mode, size, linkTarget, want) => {
    expect(pathStatOf(mode, size, linkTarget)).toEqual(want)
  })
})
