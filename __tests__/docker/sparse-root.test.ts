// SparseRoot against an in-memory engine with Docker's archive-API semantics (a stat follows symlinks in the parent
// directories, not a final one, and reports a final one's target fully resolved; a symlink loop is a bare 500 on the
// stat and a named error on the archive). The real engines are compared in probe-needs.test.itg.ts.
import { posix } from 'node:path'
import { Readable } from 'node:stream'
import { pack } from 'tar-stream'
import { SparseRoot, type SparseRuntime } from '../../src/docker/sparse-root.js'
import type { PathStat } from '../../src/docker/runtime.js'
import { InfrastructureError } from '../../src/errors/index.js'

type Node = { dir: true } | { link: string } | { data: string }

/** An engine over `files` (absolute path → node), logging each request as "stat PATH" / "get PATH". */
function engine(files: Record<string, Node>, faults: { statError?: string } = {}) {
  const log: string[] = []
  const at = (p: string) => files[p]
  /** The path with every symlink in it followed (the final one too when `final`); null when missing; 'loop'. */
  const resolve = (p: string, final: boolean, depth = 0): string | null | 'loop' => {
    if (depth > 40) return 'loop'
    const parts = p.split('/').filter(Boolean)
    let cur = '/'
    for (const [i, part] of parts.entries()) {
      const next = posix.join(cur, part)
      const n = at(next)
      if (!n) return i === parts.length - 1 ? next : null
      if ('link' in n && (final || i < parts.length - 1)) {
        const r = resolve(posix.resolve(cur, n.link), true, depth + 1)
        if (r === null || r === 'loop') return r
        cur = r
      } else cur = next
    }
    return cur
  }
  const fail = (status: number, message: string) => Object.assign(new Error(message), { statusCode: status })
  const rt = {
    log,
    async statPath(_id: string, p: string): Promise<PathStat | null> {
      log.push(`stat ${p}`)
      if (faults.statError === p) throw fail(500, '')
      const real = resolve(p, false)
      if (real === 'loop') throw fail(500, '')
      const n = real === null ? undefined : at(real)
      if (!n || real === null) return null
      if ('dir' in n) return { type: 'dir', size: 0, linkTarget: '' }
      if ('data' in n) return { type: 'file', size: n.data.length, linkTarget: '' }
      const target = resolve(real, true)
      if (target === 'loop') throw fail(500, '')
      return { type: 'symlink', size: 0, linkTarget: target ?? posix.resolve(posix.dirname(real), n.link) }
    },
    async getArchive(_id: string, p: string): Promise<NodeJS.ReadableStream> {
      log.push(`get ${p}`)
      const real = resolve(p, false)
      // Docker evaluates a final symlink too before it archives one: a loop fails with its reason
      if (real === 'loop' || resolve(p, true) === 'loop')
        throw fail(500, '(HTTP code 500) server error - evalSymlinksInScope: too many links in /x')
      if (real === null || !at(real)) throw fail(404, 'no such file')
      const tar = pack()
      const base = posix.basename(real)
      for (const [path, n] of Object.entries(files).sort()) {
        if (path !== real && !path.startsWith(`${real}/`)) continue
        const name = base + path.slice(real.length)
        if ('dir' in n) tar.entry({ name, type: 'directory' })
        else if ('link' in n) tar.entry({ name, type: 'symlink', linkname: n.link })
        else tar.entry({ name, size: n.data.length }, n.data)
      }
      tar.finalize()
      const chunks: Buffer[] = []
      for await (const c of tar) chunks.push(c as Buffer)
      return Readable.from([Buffer.concat(chunks)])
    },
  }
  return rt
}

const WORLD: Record<string, Node> = {
  '/etc': { dir: true },
  '/etc/ld.so.conf': { data: 'include /etc/ld.so.conf.d/*.conf\n' },
  '/etc/ld.so.conf.d': { dir: true },
  '/etc/ld.so.conf.d/a.conf': { data: '/opt/a\n' },
  '/etc/os-release': { link: '../usr/lib/os-release' },
  '/lib': { link: 'usr/lib' },
  '/usr': { dir: true },
  '/usr/lib': { dir: true },
  '/usr/lib/os-release': { data: 'ID=debian\n' },
  '/usr/lib/x': { dir: true },
  '/usr/lib/x/libc.so.6': { link: 'libc-2.31.so' },
  '/usr/lib/x/libc-2.31.so': { data: 'ELF?' },
  '/usr/lib/x/libloop.so.1': { link: 'libloop.so.1' },
  '/usr/lib/x/libgone.so.1': { link: '/nowhere/libgone.so.1' },
}

const rootOf = (rt: ReturnType<typeof engine>, signal?: AbortSignal) =>
  new SparseRoot(rt as unknown as SparseRuntime, ['c1', 'c2'], signal)

test('resolves through a symlinked parent and a relative link, recording both in the tree', async () => {
  const rt = engine(WORLD)
  const root = rootOf(rt)
  expect(await root.file('/lib/x/libc.so.6')).toBe('/usr/lib/x/libc-2.31.so')
  expect(root.tree.readlink('/lib')).toBe('/usr/lib')
  expect(root.tree.readlink('/usr/lib/x/libc.so.6')).toBe('/usr/lib/x/libc-2.31.so')
  expect(root.tree.lstat('/usr/lib/x')).toEqual({ type: 'dir', size: 0 })
  const src = root.tree.open('/usr/lib/x/libc-2.31.so')
  expect(Buffer.from(src!.read(0, src!.size)).toString()).toBe('ELF?')
})

test('each path is asked once: a second lookup costs no request', async () => {
  const rt = engine(WORLD)
  const root = rootOf(rt)
  await root.file('/usr/lib/x/libc.so.6')
  const asked = rt.log.length
  expect(await root.file('/lib/x/libc.so.6')).toBe('/usr/lib/x/libc-2.31.so')
  expect(rt.log.slice(asked)).toEqual(['stat /lib']) // only the one component not seen before
  expect(rt.log.filter((l) => l.startsWith('get '))).toEqual(['get /usr/lib/x/libc-2.31.so'])
})

test('a directory fetched whole answers the stats and files under it', async () => {
  const rt = engine(WORLD)
  const root = rootOf(rt)
  expect(await root.wholeDir('/etc')).toBe('/etc')
  const asked = rt.log.length
  expect(await root.file('/etc/ld.so.conf.d/a.conf')).toBe('/etc/ld.so.conf.d/a.conf')
  expect(await root.file('/etc/ld.so.conf')).toBe('/etc/ld.so.conf')
  expect(rt.log.slice(asked)).toEqual([])
  // a link out of it is followed with stats again
  expect(await root.file('/etc/os-release')).toBe('/usr/lib/os-release')
  expect(rt.log.slice(asked)).toEqual([
    'stat /usr',
    'stat /usr/lib',
    'stat /usr/lib/os-release',
    'get /usr/lib/os-release',
  ])
})

test('a symlink loop and a dangling link are missing; any other engine error is thrown', async () => {
  const root = rootOf(engine(WORLD))
  expect(await root.resolve('/usr/lib/x/libloop.so.1')).toBeNull()
  expect(await root.file('/usr/lib/x/libgone.so.1')).toBeNull()
  expect(await root.resolve('/usr/lib/x/libnone.so.1')).toBeNull()
  const failing = rootOf(engine(WORLD, { statError: '/usr/lib/x/libc-2.31.so' }))
  await expect(failing.file('/usr/lib/x/libc.so.6')).rejects.toMatchObject({ statusCode: 500 })
})

test('a cancelled probe asks nothing more', async () => {
  const rt = engine(WORLD)
  const ac = new AbortController()
  ac.abort()
  await expect(rootOf(rt, ac.signal).file('/usr/lib/x/libc.so.6')).rejects.toThrow(InfrastructureError)
  expect(rt.log).toEqual([])
})

describe('content a run container read as it started', () => {
  const source = (contents: Record<string, string | null> | null, arch = 'amd64') => ({
    arch: 'amd64',
    paths: new Set(['/etc/os-release', '/lib/x/libc.so.6', '/usr/lib/os-release']),
    files: Promise.resolve(
      contents && {
        arch,
        contents: new Map(Object.entries(contents).map(([p, d]) => [p, d === null ? null : Buffer.from(d)])),
      },
    ),
  })
  const gets = (rt: ReturnType<typeof engine>) => rt.log.filter((l) => l.startsWith('get '))
  const text = (root: SparseRoot, p: string) => {
    const src = root.tree.open(p)
    return src ? Buffer.from(src.read(0, src.size)).toString() : null
  }

  test('is taken for the path it was read at, through symlinks, instead of an archive request', async () => {
    const rt = engine(WORLD)
    const root = new SparseRoot(
      rt as unknown as SparseRuntime,
      ['c1'],
      undefined,
      source({ '/lib/x/libc.so.6': 'ELF?' }),
    )
    expect(await root.file('/lib/x/libc.so.6')).toBe('/usr/lib/x/libc-2.31.so')
    expect(text(root, '/usr/lib/x/libc-2.31.so')).toBe('ELF?')
    expect(gets(rt)).toEqual([])
  })

  test('a second path to the same file needs nothing more', async () => {
    const rt = engine(WORLD)
    const read = { '/etc/os-release': 'ID=debian\n', '/usr/lib/os-release': 'ID=debian\n' }
    const root = new SparseRoot(rt as unknown as SparseRuntime, ['c1'], undefined, source(read))
    await Promise.all([root.file('/etc/os-release'), root.file('/usr/lib/os-release')])
    expect(text(root, '/usr/lib/os-release')).toBe('ID=debian\n')
    expect(gets(rt)).toEqual([])
  })

  test.each([
    ['of another size than the stat says', source({ '/lib/x/libc.so.6': 'ELF?!' })],
    ['absent from what was read', source({ '/lib/x/libc.so.6': null })],
    ['read in an image of another architecture', source({ '/lib/x/libc.so.6': 'ELF?' }, 'arm64')],
    ['never read (no run container)', source(null)],
  ])('is fetched through the archive API when the content is %s', async (_why, src) => {
    const rt = engine(WORLD)
    const root = new SparseRoot(rt as unknown as SparseRuntime, ['c1'], undefined, src)
    expect(await root.file('/lib/x/libc.so.6')).toBe('/usr/lib/x/libc-2.31.so')
    expect(text(root, '/usr/lib/x/libc-2.31.so')).toBe('ELF?')
    expect(gets(rt)).toEqual(['get /usr/lib/x/libc-2.31.so'])
  })

  test('a path it was not asked to read is fetched without waiting for it', async () => {
    const rt = engine(WORLD)
    const never = { ...source(null), files: new Promise<null>(() => undefined) }
    const root = new SparseRoot(rt as unknown as SparseRuntime, ['c1'], undefined, never)
    expect(await root.file('/usr/lib/x/libc-2.31.so')).toBe('/usr/lib/x/libc-2.31.so')
    expect(gets(rt)).toEqual(['get /usr/lib/x/libc-2.31.so'])
  })
})
