import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pack } from 'tar-stream'
import { probeCacheKeys, probeImage } from '../../src/docker/probe.js'
import type { ContainerRuntime, ImageInfo } from '../../src/docker/runtime.js'
import { craftElf, glibcLibc } from '../helpers/elf-builder.js'

/** Crafted libraries (helpers/elf-builder.ts) linked as Debian 12's: libgcrypt loads libgpg-error, all load libc. */
const FILES: Record<string, Buffer> = {
  'libc.so.6': glibcLibc('2.36'),
  'libgcrypt.so.20': craftElf({
    soname: 'libgcrypt.so.20',
    needed: ['libgpg-error.so.0', 'libc.so.6'],
    defines: ['GCRYPT_1.6'],
    symbols: [{ name: 'gcry_check_version', version: 'GCRYPT_1.6' }],
  }),
  'libgpg-error.so.0': craftElf({
    soname: 'libgpg-error.so.0',
    needed: ['libc.so.6'],
    defines: ['GPG_ERROR_1.0'],
    symbols: [{ name: 'gpg_strerror', version: 'GPG_ERROR_1.0' }],
  }),
  'libsqlite3.so.0': craftElf({
    soname: 'libsqlite3.so.0',
    needed: ['libc.so.6'],
    symbols: [{ name: 'sqlite3_open' }],
  }),
}
const LIBS = Object.keys(FILES)
const IMG: ImageInfo = { id: 'sha256:feed', repoDigests: [], arch: 'amd64', os: 'linux' }

/** A runtime whose one image holds /etc/os-release, libc, libgcrypt (+ libgpg-error) and libsqlite3. */
function fakeRuntime() {
  const calls = { archives: 0 }
  const tarOf = (entries: [string, Buffer][]) => {
    const p = pack()
    for (const [name, body] of entries) p.entry({ name }, body)
    p.finalize()
    return p as unknown as NodeJS.ReadableStream
  }
  const rt = {
    endpoint: 'fake',
    inspectImage: async () => IMG,
    createContainer: async () => 'c1',
    removeContainer: async () => undefined,
    getArchive: async (_id: string, path: string) => {
      calls.archives++
      if (path === '/etc') return tarOf([['etc/os-release', Buffer.from('ID=debian\nVERSION_ID="12"\nNAME=Debian\n')]])
      if (path === '/usr/lib')
        return tarOf(LIBS.map((n) => [`lib/x86_64-linux-gnu/${n}`, FILES[n]] as [string, Buffer]))
      throw Object.assign(new Error('no such path'), { statusCode: 404 })
    },
  } as unknown as ContainerRuntime
  return { rt, calls }
}

const withExports = (p: { libraries: { soname: string; exports?: string[] }[] }) =>
  p.libraries
    .filter((l) => l.exports)
    .map((l) => l.soname)
    .sort()

describe('probeImage exportsFor', () => {
  let cacheDir: string
  beforeEach(() => (cacheDir = mkdtempSync(join(tmpdir(), 'abigap-probe-'))))
  afterEach(() => rmSync(cacheDir, { recursive: true, force: true }))

  test('reads the exports of the named sonames (and what they load, libc) only', async () => {
    const { rt } = fakeRuntime()
    const p = await probeImage(rt, 'img', { cacheDir, exportsFor: ['libgcrypt.so.20'] })
    expect(withExports(p)).toEqual(['libc.so.6', 'libgcrypt.so.20', 'libgpg-error.so.0'])
    expect(p.libraries.map((l) => l.soname)).toContain('libsqlite3.so.0')
  })

  test('a cached profile for one set is not served to a binary needing another', async () => {
    const { rt, calls } = fakeRuntime()
    await probeImage(rt, 'img', { cacheDir, exportsFor: ['libgcrypt.so.20'] })
    const seen = calls.archives
    const again = await probeImage(rt, 'img', { cacheDir, exportsFor: ['libgcrypt.so.20'] })
    expect(calls.archives).toBe(seen) // same set: from the cache
    expect(withExports(again)).toContain('libgcrypt.so.20')
    const other = await probeImage(rt, 'img', { cacheDir, exportsFor: ['libsqlite3.so.0'] })
    expect(calls.archives).toBeGreaterThan(seen) // another set: probed again
    expect(withExports(other)).toContain('libsqlite3.so.0')
  })

  test('a profile of every export serves any set', async () => {
    const { rt, calls } = fakeRuntime()
    const all = await probeImage(rt, 'img', { cacheDir })
    expect(withExports(all)).toEqual([...LIBS].sort())
    const seen = calls.archives
    const sub = await probeImage(rt, 'img', { cacheDir, exportsFor: ['libsqlite3.so.0'] })
    expect(calls.archives).toBe(seen)
    expect(withExports(sub)).toEqual([...LIBS].sort())
  })

  test('cache keys name the set, order- and duplicate-insensitive', () => {
    expect(probeCacheKeys('sha256:ab', ['b', 'a', 'b'])).toEqual(probeCacheKeys('ab', ['a', 'b']))
    expect(probeCacheKeys('ab', ['a'])[0]).not.toBe(probeCacheKeys('ab', ['b'])[0])
    expect(probeCacheKeys('ab', undefined)).toEqual([probeCacheKeys('ab', ['a'])[1]])
  })
})
