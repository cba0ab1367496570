import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { run as check } from '../../../src/cli/commands/check.js'
import { run as profile } from '../../../src/cli/commands/profile.js'
import { findProfile } from '../../../src/knowledge/index.js'
import { captured } from '../../helpers/captured.js'
import { craftElf, glibcExecutable } from '../../helpers/elf-builder.js'

let dir = ''
// A crafted dynamic x86-64 glibc PIE needing GLIBC_2.34 (helpers/elf-builder.ts): no binary of the host is used.
const binary = () => join(dir, 'app')
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'abigap-check-cli-'))
  await writeFile(binary(), glibcExecutable())
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('abigap check: bad input', () => {
  test('unknown target: exit 2 with close matches', async () => {
    const r = await captured(() => check(['--offline', '--target', 'debain:12', binary()]))
    expect(r.code).toBe(2)
    expect(r.stderr).toContain("unknown target 'debain:12'")
    expect(r.stderr).toContain('did you mean: debian:12')
    expect(r.stdout).toBe('')
  })

  test('corrupt profile JSON: exit 3 naming the file', async () => {
    const f = join(dir, 'bad.json')
    await writeFile(f, '{"profileVersion": 1, "image": ')
    const r = await captured(() => check(['--profile', f, binary()]))
    expect(r.code).toBe(3)
    expect(r.stderr).toContain(`${f}: not valid JSON`)
  })

  test('schema-invalid profile: exit 3 listing the problem', async () => {
    const f = join(dir, 'wrong.json')
    await writeFile(f, JSON.stringify({ ...findProfile('debian:12'), loaders: 'x' }))
    const r = await captured(() => check(['--profile', f, binary()]))
    expect(r.code).toBe(3)
    expect(r.stderr).toMatch(/\/loaders must be array/)
  })

  test('missing profile file: exit 3', async () => {
    const r = await captured(() => check(['--profile', join(dir, 'nope.json'), binary()]))
    expect(r.code).toBe(3)
    expect(r.stderr).toContain('no such file')
  })

  test('unreadable source dir: exit 2', async () => {
    const r = await captured(() =>
      check(['--offline', '--target', 'debian:12', '--source', join(dir, 'no-such-dir'), binary()]),
    )
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/cannot read source directory .*no-such-dir: ENOENT/)
    const locked = join(dir, 'locked')
    await import('node:fs/promises').then((fs) => fs.mkdir(locked))
    await chmod(locked, 0)
    const r2 = await captured(() => check(['--offline', '--target', 'debian:12', '--source', locked, binary()]))
    await chmod(locked, 0o755)
    // root can read a 000 directory; everyone else gets EACCES.
    if (process.getuid?.() !== 0) expect(r2.code).toBe(2)
    const file = await captured(() => check(['--offline', '--target', 'debian:12', '--source', binary(), binary()]))
    expect(file.code).toBe(2)
    expect(file.stderr).toContain('is not a directory')
  })

  test('no target, unknown option: exit 2', async () => {
    expect((await captured(() => check([binary()]))).code).toBe(2)
    expect((await captured(() => check(['--bogus', '--target', 'debian:12', binary()]))).code).toBe(2)
    expect((await captured(() => check(['--target', 'debian:12']))).code).toBe(2)
  })

  test('a file that is not ELF: unknown with an error gap, exit 1', async () => {
    const txt = join(dir, 'readme.txt')
    await writeFile(txt, 'hello\n')
    const r = await captured(() => check(['--json', '--offline', '--target', 'debian:12', txt]))
    expect(r.code).toBe(1)
    const rep = JSON.parse(r.stdout)
    expect(rep.schemaVersion).toBe(1)
    expect(rep.results[0]).toMatchObject({ verdict: 'unknown', gaps: [{ kind: 'unanalysable', severity: 'error' }] })
  })
})

describe('abigap check: output', () => {
  test('JSON schema shape and human output within 100 columns', async () => {
    const targets = [
      'debian:11',
      'debian:12',
      'alpine:3.20',
      'gcr.io/distroless/static-debian12',
      'centos:7',
      'ubuntu:24.04',
    ]
    const args = targets.flatMap((t) => ['--target', t])
    const j = await captured(() => check(['--json', '--offline', ...args, binary()]))
    const rep = JSON.parse(j.stdout)
    expect(Object.keys(rep).sort()).toEqual(['floors', 'results', 'schemaVersion'])
    expect(rep.results).toHaveLength(targets.length)
    for (const r of rep.results) {
      expect(Object.keys(r).sort()).toEqual(['file', 'gaps', 'profile', 'target', 'verdict'])
      expect(r.profile.source).toBe('embedded')
      for (const g of r.gaps) expect(g.fixes.length).toBeGreaterThan(0)
    }
    // a dynamic glibc binary: never runs on musl or libc-less images; debian:11's glibc 2.31 is too old.
    expect(rep.results.find((r: { target: string }) => r.target === 'debian:11').verdict).toBe('incompatible')
    expect(rep.results.find((r: { target: string }) => r.target === 'debian:12').verdict).toBe('compatible')
    expect(rep.results.find((r: { target: string }) => r.target === 'alpine:3.20').verdict).toBe('incompatible')
    expect(rep.floors[0].libc.flavor).toBe('glibc')
    expect(j.code).toBe(1)
    const h = await captured(() => check(['--offline', ...args, binary(), binary()]))
    for (const line of h.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(100)
    expect(h.stdout).toMatch(/^TARGET/)
    expect(h.stdout).toContain('missing-loader')
  })
})

describe('abigap check: architectures', () => {
  test("embedded targets use the binary's architecture; --platform overrides", async () => {
    const arm = join(dir, 'app-arm64') // a dynamic arm64 glibc executable
    await writeFile(
      arm,
      craftElf({
        machine: 'aarch64',
        interpreter: '/lib/ld-linux-aarch64.so.1',
        needs: [{ file: 'libc.so.6', versions: ['GLIBC_2.17'] }],
        symbols: [{ name: 'puts', version: 'GLIBC_2.17', defined: false }],
      }),
    )
    const own = JSON.parse((await captured(() => check(['--json', '--offline', '--target', 'debian:12', arm]))).stdout)
    expect(own.results[0].verdict).toBe('compatible')
    const forced = await captured(() =>
      check(['--json', '--offline', '--platform', 'linux/amd64', '--target', 'debian:12', arm]),
    )
    const r = JSON.parse(forced.stdout).results[0]
    expect(r.verdict).toBe('incompatible')
    expect(r.gaps[0].kind).toBe('arch-mismatch')
    expect(forced.code).toBe(1)
  })
})

describe('abigap profile', () => {
  test('--embedded, --list, unknown names, bad --rootfs', async () => {
    const e = await captured(() => profile(['--embedded', '--json', 'debian:11']))
    expect(e.code).toBe(0)
    expect(JSON.parse(e.stdout).libc).toEqual({ flavor: 'glibc', version: '2.31' })
    const l = await captured(() => profile(['--list']))
    expect(l.stdout.split('\n').filter(Boolean).length).toBeGreaterThan(50)
    const u = await captured(() => profile(['--embedded', 'debain:12']))
    expect(u.code).toBe(2)
    expect(u.stderr).toContain('debian:12')
    const r = await captured(() => profile(['--rootfs', join(dir, 'none')]))
    expect(r.code).toBe(2)
  })

  test('--rootfs of a hand-made musl root', async () => {
    const { mkdir, symlink } = await import('node:fs/promises')
    const root = join(dir, 'root')
    await mkdir(join(root, 'lib'), { recursive: true })
    await mkdir(join(root, 'etc'), { recursive: true })
    await writeFile(join(root, 'etc', 'os-release'), 'ID=alpine\nVERSION_ID=3.20.3\nNAME="Alpine Linux"\n')
    const musl = craftElf({ soname: 'libc.so', rodata: 'musl libc (x86_64)\0Version %s\0\x001.2.5' })
    await writeFile(join(root, 'lib', 'ld-musl-x86_64.so.1'), musl)
    await symlink('ld-musl-x86_64.so.1', join(root, 'lib', 'libc.musl-x86_64.so.1'))
    await symlink('/../../../../etc/passwd', join(root, 'lib', 'libescape.so.1'))
    const r = await captured(() => profile(['--rootfs', root, '--json', '--name', 'mini']))
    expect(r.code).toBe(0)
    const p = JSON.parse(r.stdout)
    expect(p).toMatchObject({
      image: 'mini',
      source: 'rootfs',
      distro: { id: 'alpine', version: '3.20.3' },
      librariesComplete: true,
    })
    expect(p.loaders).toContain('/lib/ld-musl-x86_64.so.1')
    expect(p.libc).toEqual({ flavor: 'musl', version: '1.2.5' })
    // A symlink pointing outside the root resolves inside it (and finds nothing there).
    expect(p.libraries.map((l: { soname: string }) => l.soname)).not.toContain('libescape.so.1')
  })
})

describe('abigap profile IMAGE: an engine fault is not a usage error', () => {
  test('no Docker engine for a name close to an embedded one: exit 3, the close names still listed', async () => {
    const saved = process.env.DOCKER_HOST
    process.env.DOCKER_HOST = `unix://${join(dir, 'no-such.sock')}`
    try {
      const r = await captured(() => profile(['debain:12']))
      expect(r.code).toBe(3)
      expect(r.stderr).toMatch(/cannot profile 'debain:12'.*debian:12/)
    } finally {
      if (saved === undefined) delete process.env.DOCKER_HOST
      else process.env.DOCKER_HOST = saved
    }
  })
})
