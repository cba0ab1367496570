import { bufferSource } from '../../src/elf/index.js'
import type { ByteSource } from '../../src/elf/types.js'
import { parseOsRelease, profileFromTree } from '../../src/knowledge/rootfs-profile.js'
import { resolveInTree } from '../../src/knowledge/tree-paths.js'
import type { RootTree, TreeEntry } from '../../src/knowledge/tree.js'
import { craftElf, glibcLibc } from '../helpers/elf-builder.js'

/** An in-memory RootTree: files (bytes), symlinks (targets) and directories. */
class MemTree implements RootTree {
  files = new Map<string, Uint8Array>()
  links = new Map<string, string>()
  dirs = new Set<string>(['/'])
  opened: string[] = []
  file(p: string, bytes: Uint8Array | string): this {
    this.mkdirs(p)
    this.files.set(p, typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes)
    return this
  }
  link(p: string, target: string): this {
    this.mkdirs(p)
    this.links.set(p, target)
    return this
  }
  dir(p: string): this {
    this.mkdirs(p + '/x')
    return this
  }
  private mkdirs(p: string) {
    const parts = p.split('/').filter(Boolean)
    for (let i = 1; i < parts.length; i++) this.dirs.add('/' + parts.slice(0, i).join('/'))
  }
  lstat(p: string): TreeEntry | null {
    if (this.links.has(p)) return { type: 'symlink', size: 0 }
    if (this.files.has(p)) return { type: 'file', size: this.files.get(p)!.length }
    if (this.dirs.has(p)) return { type: 'dir', size: 0 }
    return null
  }
  readlink(p: string): string | null {
    return this.links.get(p) ?? null
  }
  list(dir: string): string[] | null {
    if (!this.dirs.has(dir)) return null
    const prefix = dir === '/' ? '/' : dir + '/'
    const names = new Set<string>()
    for (const p of [...this.files.keys(), ...this.links.keys(), ...this.dirs]) {
      if (p.startsWith(prefix) && p !== dir) names.add(p.slice(prefix.length).split('/')[0])
    }
    return [...names]
  }
  open(p: string): ByteSource | null {
    const b = this.files.get(p)
    if (!b) return null
    this.opened.push(p)
    return bufferSource(b)
  }
}

// Crafted in memory (helpers/elf-builder.ts), the shapes of Debian 12's files: no file of the host is read.
const glibc236 = glibcLibc('2.36')
const glibcLoader = craftElf({
  soname: 'ld-linux-x86-64.so.2',
  defines: ['GLIBC_2.2.5', 'GLIBC_2.3', 'GLIBC_2.4', 'GLIBC_2.34', 'GLIBC_2.35', 'GLIBC_PRIVATE'],
  symbols: [{ name: '__tls_get_addr', version: 'GLIBC_2.3' }],
})
const i386Libc = craftElf({ class: 32, machine: 'i386', soname: 'libc.so.6', defines: ['GLIBC_2.0', 'GLIBC_2.1'] })
/** A musl libc.so (loader and libc in one file): no version nodes, the release after "Version %s". */
const muslLibc = craftElf({
  soname: 'libc.so',
  rodata: 'musl libc (x86_64)\0Version %s\0\x001.2.3',
  symbols: [{ name: 'malloc' }, { name: 'puts' }],
})

describe('resolveInTree', () => {
  test('confined, relative and absolute links, loops', () => {
    const t = new MemTree()
      .file('/usr/lib/x86_64-linux-gnu/libc.so.6', 'x')
      .link('/lib', 'usr/lib')
      .link('/usr/lib/escape', '../../../../../etc/shadow')
      .file('/etc/shadow', 'inside the root')
      .link('/a', '/b')
      .link('/b', '/a')
      .link('/self', 'self')
    expect(resolveInTree(t, '/lib/x86_64-linux-gnu/libc.so.6')?.path).toBe('/usr/lib/x86_64-linux-gnu/libc.so.6')
    expect(resolveInTree(t, '/lib/../lib/x86_64-linux-gnu/./libc.so.6')?.path).toBe(
      '/usr/lib/x86_64-linux-gnu/libc.so.6',
    )
    expect(resolveInTree(t, '/usr/lib/escape')?.path).toBe('/etc/shadow')
    expect(resolveInTree(t, '/a')).toBeNull()
    expect(resolveInTree(t, '/self')).toBeNull()
    expect(resolveInTree(t, '/missing/file')).toBeNull()
  })
})

describe('profileFromTree', () => {
  test('a glibc root: os-release via symlink, loader, ld.so.conf includes, version from the banner', () => {
    const t = new MemTree()
      .link('/etc/os-release', '../usr/lib/os-release')
      .file(
        '/usr/lib/os-release',
        'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nID=debian\n',
      )
      .link('/lib64', 'usr/lib64')
      .link('/usr/lib64/ld-linux-x86-64.so.2', '../lib/x86_64-linux-gnu/ld-linux-x86-64.so.2')
      .file('/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2', glibcLoader)
      .file('/usr/lib/x86_64-linux-gnu/libc.so.6', glibc236)
      .file('/etc/ld.so.conf', 'include /etc/ld.so.conf.d/*.conf\n')
      .file('/etc/ld.so.conf.d/app.conf', '# app\n/opt/app/lib\n')
      .link('/opt/app/lib/libapp.so.1', 'libapp.so.1.0')
      .file('/opt/app/lib/libapp.so.1.0', craftElf({ soname: 'libapp.so.1', needed: ['libc.so.6'] }))
      .link('/opt/app/lib/libloop.so.1', 'libloop.so.1')
      .file('/opt/app/lib/libjunk.so.2', 'not an ELF file')
    const p = profileFromTree(t, { image: 'mem', source: 'rootfs' })
    expect(p.distro).toEqual({ id: 'debian', name: 'Debian GNU/Linux', version: '12' })
    expect(p.libc).toEqual({ flavor: 'glibc', version: '2.36' })
    expect(p.arch).toEqual(['amd64'])
    expect(p.loaders).toEqual(['/lib64/ld-linux-x86-64.so.2'])
    const libc = p.libraries.find((l) => l.soname === 'libc.so.6')!
    expect(libc.versions).toContain('GLIBC_2.36')
    expect(libc.versions).not.toContain('libc.so.6')
    expect(p.libraries.find((l) => l.soname === 'libapp.so.1')?.dirs).toEqual(['/opt/app/lib'])
    expect(p.libraries.map((l) => l.soname)).not.toContain('libloop.so.1')
    expect(p.libraries.map((l) => l.soname)).not.toContain('libjunk.so.2')
    expect(p.kernel).toBe('6.1.0')
    expect(p.librariesComplete).toBe(true)
  })

  test('glibc version from a libc-X.Y.so link target (glibc ≤ 2.33 layout)', () => {
    const t = new MemTree()
      .file('/lib/x86_64-linux-gnu/libc-2.31.so', glibc236) // the name wins over the banner and the nodes
      .link('/lib/x86_64-linux-gnu/libc.so.6', 'libc-2.31.so')
      .file('/lib64/ld-linux-x86-64.so.2', glibcLoader)
    expect(profileFromTree(t, { image: 'old', source: 'rootfs' }).libc).toEqual({ flavor: 'glibc', version: '2.31' })
  })

  test('libraries of another architecture (multilib) are not mixed in', () => {
    const t = new MemTree()
      .file('/lib/x86_64-linux-gnu/libc.so.6', glibc236)
      .file('/lib64/ld-linux-x86-64.so.2', glibcLoader)
      .file('/usr/lib32/libc.so.6', i386Libc)
      .file('/etc/ld.so.conf', '/usr/lib32\n')
    const p = profileFromTree(t, { image: 'multi', source: 'rootfs' })
    const libc = p.libraries.find((l) => l.soname === 'libc.so.6')!
    expect(libc.dirs).toEqual(['/lib/x86_64-linux-gnu'])
    expect(libc.versions).not.toContain('GLIBC_2.0')
  })

  test('a musl root: version from the loader bytes; a root with nothing is libc none', () => {
    const fake = craftElf({ soname: 'libc.so', rodata: 'musl libc (x86_64)\0Version %s\0\x001.2.5' })
    const t = new MemTree()
      .file('/lib/ld-musl-x86_64.so.1', fake)
      .link('/lib/libc.musl-x86_64.so.1', 'ld-musl-x86_64.so.1')
    const p = profileFromTree(t, { image: 'musl', source: 'rootfs', arch: 'amd64' })
    expect(p.libc).toEqual({ flavor: 'musl', version: '1.2.5' })
    expect(p.loaders).toEqual(['/lib/ld-musl-x86_64.so.1'])
    const empty = profileFromTree(new MemTree().file('/bin/busybox', craftElf({ type: 'exec' })), {
      image: 'none',
      source: 'image',
      digest: 'sha256:x',
    })
    expect(empty).toMatchObject({
      libc: { flavor: 'none', version: null },
      loaders: [],
      libraries: [],
      arch: ['amd64'],
      digest: 'sha256:x',
    })
    expect(empty.caveats).toContain('no /etc/os-release: distribution unknown')
  })

  test('Alpine with gcompat: the glibc loader path is a shim, the image stays musl', () => {
    const musl = muslLibc
    const t = new MemTree()
      .file('/lib/ld-musl-x86_64.so.1', musl)
      .file('/lib/libgcompat.so.0', musl)
      .link('/lib64/ld-linux-x86-64.so.2', '/lib/libgcompat.so.0')
      .link('/lib/libc.so.6', 'libgcompat.so.0')
    const p = profileFromTree(t, { image: 'alpine-gcompat', source: 'rootfs', arch: 'amd64' })
    expect(p.libc.flavor).toBe('musl')
    expect(p.libc.version).toBe('1.2.3')
    expect(p.loaders).toEqual(expect.arrayContaining(['/lib/ld-musl-x86_64.so.1', '/lib64/ld-linux-x86-64.so.2']))
    expect(p.caveats?.join(' ')).toMatch(/gcompat/)
  })

  test('libc.so.6 not read (binaries loading nothing): the libc from the loaders, said so', () => {
    const only = { image: 'static', source: 'image' as const, arch: 'amd64', exportsFor: [], librariesFor: [] }
    // glibc ≥ 2.34: ld.so's banner; ≤ 2.33: the ld-X.Y.so name
    const banner = craftElf({ soname: 'ld-linux-x86-64.so.2', rodata: 'ld.so (GNU libc) stable release version 2.36.' })
    const t = new MemTree()
      .link('/lib64/ld-linux-x86-64.so.2', '../lib/ld-linux-x86-64.so.2')
      .file('/lib/ld-linux-x86-64.so.2', banner)
    const p = profileFromTree(t, only)
    expect(p.libc).toEqual({ flavor: 'glibc', version: '2.36' })
    expect(p.librariesFor).toEqual([])
    expect(p.caveats).toContain("libc.so.6 not read (the binaries checked load no library): the libc is the loaders'")
    const old = new MemTree()
      .link('/lib64/ld-linux-x86-64.so.2', '/lib/ld-2.31.so')
      .file('/lib/ld-2.31.so', glibcLoader)
    expect(profileFromTree(old, only).libc).toEqual({ flavor: 'glibc', version: '2.31' })
    // a glibc loader naming no release: glibc, version unknown, said so
    const bare = profileFromTree(new MemTree().file('/lib64/ld-linux-x86-64.so.2', glibcLoader), only)
    expect(bare.libc).toEqual({ flavor: 'glibc', version: null })
    expect(bare.caveats).toContain('glibc release not found in its loader')
    // gcompat: the glibc loader path is musl's shim, beside musl's loader
    const shim = new MemTree()
      .file('/lib/ld-musl-x86_64.so.1', muslLibc)
      .file('/lib/libgcompat.so.0', muslLibc)
      .link('/lib64/ld-linux-x86-64.so.2', '/lib/libgcompat.so.0')
    const g = profileFromTree(shim, only)
    expect(g.libc).toEqual({ flavor: 'musl', version: '1.2.3' })
    expect(g.caveats).toContain('the glibc loader path is a compatibility shim (gcompat) over musl, not glibc')
    // the same tree with libc.so.6 looked up reads libc as ever
    expect(profileFromTree(t, { ...only, librariesFor: ['libc.so.6'] }).libc).toEqual({ flavor: 'none', version: null })
  })

  test('os-release parsing', () => {
    expect(
      parseOsRelease('ID="rhel"\nVERSION_ID=\'9.4\'\n# c\nNAME="Red Hat \\"Enterprise\\" Linux"\nbad line\n'),
    ).toEqual({
      ID: 'rhel',
      VERSION_ID: '9.4',
      NAME: 'Red Hat "Enterprise" Linux',
    })
  })
})

describe('profileFromTree: exports (profileVersion 2)', () => {
  // as Debian 12 builds them: libgcrypt and libgpg-error with version nodes, libsqlite3 without
  const libs: Record<string, Buffer> = {
    'libsqlite3.so.0': craftElf({
      soname: 'libsqlite3.so.0',
      needs: [{ file: 'libc.so.6', versions: ['GLIBC_2.2.5'] }],
      symbols: [{ name: 'sqlite3_open' }, { name: 'malloc', version: 'GLIBC_2.2.5', defined: false }],
    }),
    'libgcrypt.so.20': craftElf({
      soname: 'libgcrypt.so.20',
      needed: ['libgpg-error.so.0'],
      defines: ['GCRYPT_1.6'],
      needs: [
        { file: 'libgpg-error.so.0', versions: ['GPG_ERROR_1.0'] },
        { file: 'libc.so.6', versions: ['GLIBC_2.2.5'] },
      ],
      symbols: [
        { name: 'gcry_check_version', version: 'GCRYPT_1.6' },
        { name: 'gpg_strerror', version: 'GPG_ERROR_1.0', defined: false },
        { name: 'malloc', version: 'GLIBC_2.2.5', defined: false },
      ],
    }),
    'libgpg-error.so.0': craftElf({
      soname: 'libgpg-error.so.0',
      defines: ['GPG_ERROR_1.0'],
      needs: [{ file: 'libc.so.6', versions: ['GLIBC_2.2.5'] }],
      symbols: [{ name: 'gpg_strerror', version: 'GPG_ERROR_1.0' }],
    }),
  }
  const lib = (n: string) => libs[n]
  const tree = () =>
    new MemTree()
      .file('/etc/os-release', 'ID=debian\nVERSION_ID="12"\n')
      .file('/lib64/ld-linux-x86-64.so.2', glibcLoader)
      .file('/usr/lib/x86_64-linux-gnu/libc.so.6', glibc236)
      .link('/usr/lib/x86_64-linux-gnu/libsqlite3.so.0', 'libsqlite3.so.0.8.6')
      .file('/usr/lib/x86_64-linux-gnu/libsqlite3.so.0.8.6', lib('libsqlite3.so.0'))
      .file('/usr/lib/x86_64-linux-gnu/libgcrypt.so.20', lib('libgcrypt.so.20'))
      .file('/usr/lib/x86_64-linux-gnu/libgpg-error.so.0', lib('libgpg-error.so.0'))

  test('every library: exports as name@NODE or name, own needs, the real file', () => {
    const p = profileFromTree(tree(), { image: 'mem', source: 'rootfs' })
    expect(p.profileVersion).toBe(2)
    const by = (n: string) => p.libraries.find((l) => l.soname === n)!
    expect(by('libc.so.6').exports).toEqual(expect.arrayContaining(['malloc@GLIBC_2.2.5', 'arc4random@GLIBC_2.36']))
    // unversioned library: bare names
    expect(by('libsqlite3.so.0').exports).toContain('sqlite3_open')
    expect(by('libsqlite3.so.0').exports!.some((e) => e.includes('@'))).toBe(false)
    expect(by('libsqlite3.so.0').file).toBe('libsqlite3.so.0.8.6')
    expect(by('libsqlite3.so.0').needed).toContain('libc.so.6')
    // undefined symbols are not exports
    expect(by('libgcrypt.so.20').exports!.some((e) => e.startsWith('malloc@'))).toBe(false)
    expect(by('libgcrypt.so.20').needed).toEqual(expect.arrayContaining(['libgpg-error.so.0']))
  })

  test('exportsFor: the named sonames, what they load, libc and the loader; nothing else', () => {
    const p = profileFromTree(tree(), { image: 'mem', source: 'rootfs', exportsFor: ['libgcrypt.so.20'] })
    const have = p.libraries.filter((l) => l.exports).map((l) => l.soname)
    expect(have.sort()).toEqual(['ld-linux-x86-64.so.2', 'libc.so.6', 'libgcrypt.so.20', 'libgpg-error.so.0'])
    expect(p.libraries.find((l) => l.soname === 'libsqlite3.so.0')?.exports).toBeUndefined()
  })
})
