import { readFileSync } from 'node:fs'
import {
  embeddedProfiles,
  findProfile,
  parseProfileJson,
  ProfileError,
  suggestTargets,
  validateProfile,
} from '../../src/knowledge/index.js'
import { knowledgeData } from '../../src/knowledge/knowledge-data.js'

interface FactFile {
  arch: string
  origin: string
  soname: string
  nodes: string[]
}
const facts: FactFile[] = JSON.parse(
  readFileSync(new URL('../../scripts/knowledge/libc-facts.json', import.meta.url), 'utf8'),
).files
const real = (origin: string, soname: string) => {
  const f = facts.find((x) => x.origin.startsWith(origin) && x.soname === soname)
  if (!f) throw new Error(`no fact for ${origin} ${soname}`)
  return f.nodes.filter((n) => n !== 'GLIBC_PRIVATE').sort()
}
const lib = (image: string, soname: string, arch = 'amd64') => {
  const p = findProfile(image, arch)
  if (!p) throw new Error(`no profile ${image}`)
  const l = p.libraries.find((x) => x.soname === soname)
  if (!l) throw new Error(`${image} lacks ${soname}`)
  return [...l.versions].sort()
}

describe('embedded knowledge base', () => {
  test('has a valid profile for every distros.tsv image', () => {
    const tsv = readFileSync(new URL('../../scripts/knowledge/distros.tsv', import.meta.url), 'utf8')
    const rows = tsv.split('\n').slice(1).filter(Boolean)
    const profiles = embeddedProfiles()
    expect(profiles.length).toBe(rows.length)
    for (const p of profiles) expect(validateProfile(p)).toEqual([])
    for (const arch of ['arm64', 'arm', '386', 's390x', 'ppc64le', 'riscv64'])
      for (const p of embeddedProfiles(arch))
        expect({ image: p.image, problems: validateProfile(p) }).toEqual({ image: p.image, problems: [] })
  })

  // Differential: truncating the newest real node table at a release must give exactly that release's real libc.
  test.each([
    ['debian:11', 'debian:bullseye image', 'libc.so.6'],
    ['debian:11', 'debian:bullseye image', 'libm.so.6'],
    ['debian:11', 'debian:bullseye image', 'librt.so.1'],
    ['debian:11', 'debian:bullseye image', 'libpthread.so.0'],
    ['debian:11', 'debian:bullseye image', 'libdl.so.2'],
    ['debian:11', 'debian:bullseye image', 'libresolv.so.2'],
    ['debian:12', 'debian:bookworm image', 'libc.so.6'],
    ['debian:12', 'debian:bookworm image', 'libm.so.6'],
    ['debian:12', 'debian:bookworm image', 'libpthread.so.0'],
    ['debian:13', 'debian:trixie image', 'libc.so.6'],
    ['debian:11', 'debian:bullseye image', 'libstdc++.so.6'],
    ['debian:12', 'debian:bookworm image', 'libstdc++.so.6'],
    ['debian:13', 'debian:trixie image', 'libstdc++.so.6'],
    ['debian:11', 'debian:bullseye image', 'libgcc_s.so.1'],
    ['debian:12', 'debian:bookworm image', 'libgcc_s.so.1'],
    ['debian:13', 'debian:trixie image', 'libgcc_s.so.1'],
    ['debian:11', 'debian:bullseye image', 'libz.so.1'],
    ['debian:12', 'debian:bookworm image', 'libz.so.1'],
    ['debian:13', 'debian:trixie image', 'libz.so.1'],
  ])('%s %s matches the real file (%s)', (image, origin, soname) => {
    expect(lib(image, soname)).toEqual(real(origin, soname))
  })

  test('per-architecture base nodes', () => {
    const first = (image: string, arch: string) =>
      findProfile(image, arch)!
        .libraries.find((l) => l.soname === 'libc.so.6')!
        .versions.find((v) => v.startsWith('GLIBC_2'))
    expect(first('debian:12', 'amd64')).toBe('GLIBC_2.2.5')
    expect(first('debian:12', 'arm64')).toBe('GLIBC_2.17')
    expect(first('debian:12', '386')).toBe('GLIBC_2.0')
    expect(first('debian:12', 'arm')).toBe('GLIBC_2.4')
    expect(first('debian:12', 's390x')).toBe('GLIBC_2.2')
    expect(first('ubuntu:22.04', 'ppc64le')).toBe('GLIBC_2.17')
    expect(lib('debian:12', 'libc.so.6', 'arm64')).toEqual(real('libc6-arm64-cross', 'libc.so.6'))
    expect(findProfile('debian:12', 'arm64')!.loaders).toEqual(['/lib/ld-linux-aarch64.so.1'])
  })

  test('glibc truncation: centos 7 stops at 2.17, RHEL 9 has 2.34 but not 2.35', () => {
    const c7 = lib('centos:7', 'libc.so.6')
    expect(c7).toContain('GLIBC_2.17')
    expect(c7).not.toContain('GLIBC_2.18')
    const el9 = lib('almalinux:9', 'libc.so.6')
    expect(el9).toContain('GLIBC_2.34')
    expect(el9).not.toContain('GLIBC_2.35')
    expect(el9).not.toContain('GLIBC_ABI_DT_RELR')
    expect(lib('debian:12', 'libc.so.6')).toContain('GLIBC_ABI_DT_RELR')
  })

  test('newer-than-real releases are marked lower confidence', () => {
    const p = findProfile('ubuntu:26.04')!
    expect(p.libc.version).toBe('2.43')
    expect(p.confidence).not.toBe('high')
    expect(p.caveats?.join(' ')).toMatch(/inferred/)
    expect(lib('ubuntu:26.04', 'libc.so.6')).toContain('GLIBC_2.43')
    expect(findProfile('debian:12')!.confidence).toBe('high')
    expect(findProfile('ubuntu:16.04')!.confidence).toBe('low')
  })

  test('aliases and reference spellings', () => {
    const same = [
      'debian:11',
      'debian:bullseye',
      'debian:bullseye-slim',
      'docker.io/library/debian:11',
      'debian:11.9',
      'DEBIAN:11',
    ]
    for (const n of same) expect(findProfile(n)?.image).toBe('debian:bullseye')
    expect(findProfile('ubuntu:jammy')?.image).toBe('ubuntu:22.04')
    expect(findProfile('redhat/ubi9')?.image).toBe('registry.access.redhat.com/ubi9/ubi')
    expect(findProfile('registry.access.redhat.com/ubi9/ubi-minimal:9.4')?.image).toBe(
      'registry.access.redhat.com/ubi9/ubi',
    )
    expect(findProfile('alpine:3.20.3')?.image).toBe('alpine:3.20')
    expect(findProfile('gcr.io/distroless/static-debian12:nonroot')?.libc.flavor).toBe('none')
    expect(findProfile('busybox:musl')?.loaders).toEqual([])
    expect(findProfile('busybox:glibc')?.libc).toEqual({ flavor: 'glibc', version: '2.41' })
    expect(findProfile('alpine:3.20')?.loaders).toEqual(['/lib/ld-musl-x86_64.so.1'])
    expect(findProfile('nosuch:1')).toBeNull()
    expect(findProfile('fedora:40', 'mips')).toBeNull()
  })

  test('RHEL 9 baseline is x86-64-v2, RHEL 10 v3, Debian v1', () => {
    expect(findProfile('rockylinux:9')!.x86IsaBaseline).toBe(2)
    expect(findProfile('redhat/ubi10')!.x86IsaBaseline).toBe(3)
    expect(findProfile('debian:12')!.x86IsaBaseline).toBe(1)
    expect(findProfile('centos:7')!.kernel).toBe('3.10.0')
  })

  test('suggestTargets lists close names', () => {
    expect(suggestTargets('debain:12')).toContain('debian:12')
    expect(suggestTargets('ubuntu:22.4')).toContain('ubuntu:22.04')
    expect(suggestTargets('alpine:3.99')[0]).toMatch(/^alpine:3\./)
    expect(suggestTargets('zzzzzzzzzzzzzzzzzzzz')).toEqual([])
  })

  test('parseProfileJson validates', () => {
    const good = JSON.stringify(findProfile('debian:12'))
    expect(parseProfileJson(good, 'p.json').image).toBe('debian:bookworm')
    expect(() => parseProfileJson('{not json', 'bad.json')).toThrow(ProfileError)
    expect(() => parseProfileJson('{not json', 'bad.json')).toThrow(/bad\.json: not valid JSON/)
    const wrong = { ...JSON.parse(good), libc: { flavor: 'bsd', version: 1 } }
    expect(() => parseProfileJson(JSON.stringify(wrong), 'w.json')).toThrow(/\/libc\/flavor/)
  })

  test('Debian 11/12/13 list exactly the libraries of their real roots, each with provenance', () => {
    const roots = JSON.parse(readFileSync(new URL('../../scripts/knowledge/root-facts.json', import.meta.url), 'utf8'))
      .roots as Record<string, { libraries: Record<string, { versions: string[] }> }>
    for (const [image, root] of [
      ['debian:11', 'debian:11'],
      ['debian:bookworm', 'debian:12'],
      ['debian:13', 'debian:13'],
    ]) {
      const p = findProfile(image)!
      expect(p.libraries.map((l) => l.soname).sort()).toEqual(Object.keys(roots[root].libraries).sort())
      for (const l of p.libraries) expect(l.provenance).toMatch(/debootstrap --variant=minbase/)
    }
    const names11 = findProfile('debian:11')!.libraries.map((l) => l.soname)
    expect(names11).toContain('libcrypto.so.1.1')
    expect(names11).not.toContain('libcrypto.so.3')
    expect(names11).not.toContain('libffi.so.8')
    expect(lib('debian:12', 'libz.so.1')).toContain('ZLIB_1.2.12')
    const libc12 = findProfile('debian:12')!.libraries.find((l) => l.soname === 'libc.so.6')!
    expect(libc12.exports).toContain('arc4random@GLIBC_2.36')
    expect(libc12.exports).toContain('pthread_attr_getstacksize@GLIBC_2.2.5') // hidden compat version
    expect(findProfile('debian:11')!.libraries.find((l) => l.soname === 'libc.so.6')!.exports).not.toContain(
      'arc4random@GLIBC_2.36',
    )
  })

  test('releases without a real root list only cited libraries, each with its citation', () => {
    for (const p of embeddedProfiles()) {
      for (const l of p.libraries) expect(l.provenance).toBeTruthy()
      expect(new Set(p.libraries.map((l) => l.soname)).size).toBe(p.libraries.length)
    }
    expect(findProfile('almalinux:9')!.libraries.map((l) => l.soname)).not.toContain('libsqlite3.so.0')
    expect(findProfile('alpine:3.20')!.libraries.map((l) => l.soname)).toEqual(['libc.musl-x86_64.so.1'])
    expect(findProfile('debian:11', 'arm64')!.libraries.map((l) => l.soname)).not.toContain('libcrypto.so.3')
  })

  test('embedded alpine profiles carry their musl release exports (amd64)', () => {
    const exp = (image: string) => new Set(findProfile(image)!.libraries[0].exports)
    expect(exp('alpine:3.17').has('statx')).toBe(false)
    expect(exp('alpine:3.17').has('qsort_r')).toBe(true)
    expect(exp('alpine:3.15').has('qsort_r')).toBe(false)
    expect(exp('alpine:3.20').has('statx')).toBe(true)
    expect(exp('alpine:3.20').has('stat64')).toBe(false) // 1.2.4 dropped the LFS64 aliases
    expect(exp('alpine:3.17').has('stat64')).toBe(true)
    expect(findProfile('alpine:3.20', 'arm64')!.libraries[0].exports).toBeUndefined()
  })

  test('the generated data is validated at load', () => {
    expect(knowledgeData().images.length).toBeGreaterThan(50)
  })
})

describe('knownRelease (os-release → embedded facts)', () => {
  test('matches distro releases by ID and VERSION_ID', async () => {
    const { knownRelease } = await import('../../src/knowledge/rootfs-profile.js')
    expect(knownRelease('debian', '12')?.image).toBe('debian:bookworm')
    expect(knownRelease('ubuntu', '22.04')?.image).toBe('ubuntu:22.04')
    expect(knownRelease('almalinux', '9.4')?.image).toBe('almalinux:9')
    expect(knownRelease('rocky', '8.10')?.image).toBe('rockylinux:8')
    expect(knownRelease('alpine', '3.20.3')?.image).toBe('alpine:3.20')
    expect(knownRelease('sles', '15.6')?.image).toBe('registry.suse.com/bci/bci-base:15.6')
    expect(knownRelease('debian', '')).toBeNull()
    expect(knownRelease('plan9', '4')).toBeNull()
  })
})
