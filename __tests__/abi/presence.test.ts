// Exact attribution (one gap per library + node) and symbol presence, on crafted facts and profiles.
import { checkBinary } from '../../src/abi/index.js'
import { muslLfs64Target as lfs64Base } from '../../src/knowledge/symbol-history.js'
import type { CheckResult } from '../../src/abi/types.js'
import { emptyInspectedFile } from '../../src/binary/inspect.js'
import type { DynamicSymbol, VersionNeed } from '../../src/elf/types.js'
import type { InspectedFile } from '../../src/binary/types.js'
import type { ProfileLibrary, TargetProfile } from '../../src/knowledge/types.js'

const X86 = {
  class: 64 as const,
  endian: 'little' as const,
  type: 'DYN',
  machine: 'Advanced Micro Devices X86-64',
  osabi: 'UNIX - System V',
}
const GLIBC_LD = '/lib64/ld-linux-x86-64.so.2'
const MUSL_LD = '/lib/ld-musl-x86_64.so.1'

/** An undefined symbol: `name@NODE:library` / `name` (unversioned); `weak` marks binding WEAK. */
function und(spec: string, opts: { weak?: boolean; type?: string } = {}): DynamicSymbol {
  const m = /^([^@]+)(?:@([^:]+):(.+))?$/.exec(spec)!
  return {
    name: m[1],
    version: m[2] ?? null,
    hidden: !!m[2],
    library: m[3] ?? null,
    defined: false,
    binding: opts.weak ? 'WEAK' : 'GLOBAL',
    type: opts.type ?? 'FUNC',
  }
}

/** Facts of a dynamic binary; versionNeeds derived from the versioned symbols unless given. */
function binary(symbols: DynamicSymbol[], extra: Partial<InspectedFile> = {}): InspectedFile {
  const needs = new Map<string, VersionNeed>()
  for (const s of symbols) {
    if (!s.version || !s.library) continue
    const n = needs.get(s.library) ?? { file: s.library, versions: [] }
    if (!n.versions.some((v) => v.name === s.version)) n.versions.push({ name: s.version, weak: false })
    needs.set(s.library, n)
  }
  return {
    ...emptyInspectedFile('/out/app', 1000),
    elf: X86,
    linkage: 'dynamic',
    interpreter: GLIBC_LD,
    needed: [...new Set(symbols.map((s) => s.library).filter((l): l is string => !!l))],
    libc: 'glibc',
    versionNeeds: [...needs.values()],
    dynamicSymbols: symbols,
    ...extra,
  }
}

function lib(soname: string, versions: string[], exports?: string[], extra: Partial<ProfileLibrary> = {}) {
  return { soname, dirs: ['/usr/lib/x86_64-linux-gnu'], versions, ...(exports ? { exports } : {}), ...extra }
}

function profile(libraries: ProfileLibrary[], extra: Partial<TargetProfile> = {}): TargetProfile {
  return {
    profileVersion: 2,
    image: 'crafted',
    aliases: [],
    arch: ['amd64'],
    distro: { id: 'debian', name: 'Debian', version: '12' },
    libc: { flavor: 'glibc', version: '2.28' },
    loaders: [GLIBC_LD],
    libraries,
    librariesComplete: true,
    kernel: null,
    x86IsaBaseline: null,
    eol: null,
    source: 'image',
    confidence: 'high',
    provenance: 'crafted',
    ...extra,
  }
}

const kinds = (r: CheckResult) => r.gaps.map((g) => `${g.kind}:${g.severity}`)
const OLD_GLIBC = ['GLIBC_2.2.5', 'GLIBC_2.27']

describe('exact attribution: one gap per (library, version node)', () => {
  // exp is libm's GLIBC_2.29, getcpu libc's GLIBC_2.29: the same node name in two libraries.
  const facts = binary([
    und('exp@GLIBC_2.29:libm.so.6'),
    und('getcpu@GLIBC_2.29:libc.so.6'),
    und('malloc@GLIBC_2.2.5:libc.so.6'),
  ])

  test('the same node name in two libraries: each gap has only its own library’s symbols', () => {
    const r = checkBinary(facts, profile([lib('libc.so.6', OLD_GLIBC), lib('libm.so.6', OLD_GLIBC)]))
    expect(r.verdict).toBe('incompatible')
    expect(r.gaps.map((g) => [g.library, g.version, g.symbols])).toEqual([
      ['libm.so.6', 'GLIBC_2.29', ['exp']],
      ['libc.so.6', 'GLIBC_2.29', ['getcpu']],
    ])
    expect(r.gaps[0].message).toMatch(/GLIBC_2.29 from libm\.so\.6/)
    expect(r.gaps[0].message).not.toContain('getcpu')
    expect(r.gaps[1].message).not.toMatch(/\bexp\b/)
  })

  test('only the library that lacks the node is reported', () => {
    const r = checkBinary(facts, profile([lib('libc.so.6', [...OLD_GLIBC, 'GLIBC_2.29']), lib('libm.so.6', OLD_GLIBC)]))
    expect(r.gaps.map((g) => [g.library, g.symbols])).toEqual([['libm.so.6', ['exp']]])
  })

  test('a node no symbol is bound to is still reported (the loader checks every recorded need)', () => {
    const f = binary([und('malloc@GLIBC_2.2.5:libc.so.6')])
    f.versionNeeds[0].versions.push({ name: 'GLIBC_2.34', weak: false })
    const r = checkBinary(f, profile([lib('libc.so.6', OLD_GLIBC)]))
    expect(kinds(r)).toEqual(['symbol-version:error'])
    expect(r.gaps[0].symbols).toEqual([])
    expect(r.gaps[0].message).toMatch(/no symbol of app is bound to it/)
  })

  test('weak needs are warnings, in the same per-node form; the verdict stays compatible', () => {
    const f = binary([und('malloc@GLIBC_2.2.5:libc.so.6'), und('getcpu@GLIBC_2.29:libc.so.6')])
    f.versionNeeds[0].versions.find((v) => v.name === 'GLIBC_2.29')!.weak = true
    const r = checkBinary(f, profile([lib('libc.so.6', OLD_GLIBC)]))
    expect(kinds(r)).toEqual(['symbol-version:warning'])
    expect(r.gaps[0].symbols).toEqual(['getcpu'])
    expect(r.verdict).toBe('compatible')
  })

  test('order: errors in the loader’s order (needs in file order, nodes in file order), then warnings', () => {
    const f = binary([
      und('a@GLIBC_2.32:libc.so.6'),
      und('b@GLIBC_2.36:libc.so.6'),
      und('c@GLIBC_2.34:libc.so.6'),
      und('d@GLIBC_2.35:libm.so.6'),
    ])
    f.versionNeeds[0].versions.push({ name: 'GLIBC_2.33', weak: true })
    const r = checkBinary(f, profile([lib('libc.so.6', OLD_GLIBC), lib('libm.so.6', OLD_GLIBC)]))
    expect(r.gaps.map((g) => `${g.library}:${g.version}:${g.severity}`)).toEqual([
      'libc.so.6:GLIBC_2.32:error',
      'libc.so.6:GLIBC_2.36:error',
      'libc.so.6:GLIBC_2.34:error',
      'libm.so.6:GLIBC_2.35:error',
      'libc.so.6:GLIBC_2.33:warning',
    ])
  })

  test('a missing library comes first and its nodes and symbols are not reported twice', () => {
    const f = binary([und('sqlite3_open'), und('x@GLIBC_2.34:libc.so.6'), und('y@FOO_1:libfoo.so.1')], {
      needed: ['libsqlite3.so.0', 'libfoo.so.1', 'libc.so.6'],
    })
    const r = checkBinary(f, profile([lib('libc.so.6', OLD_GLIBC), lib('libsqlite3.so.0', [], ['sqlite3_open'])]))
    expect(r.gaps.map((g) => `${g.kind}:${g.library}`)).toEqual([
      'missing-library:libfoo.so.1',
      'symbol-version:libc.so.6',
    ])
  })
})

describe('symbol presence (glibc)', () => {
  const glibc = (extra: string[] = []) =>
    lib('libc.so.6', OLD_GLIBC, ['malloc@GLIBC_2.2.5', 'free@GLIBC_2.2.5', ...extra])

  test('an unversioned library that lacks a function: missing-symbol naming the symbol, library and file', () => {
    const f = binary([und('malloc@GLIBC_2.2.5:libc.so.6'), und('sqlite3_open'), und('sqlite3_stmt_explain')], {
      needed: ['libsqlite3.so.0', 'libc.so.6'],
    })
    const sqlite = lib('libsqlite3.so.0', [], ['sqlite3_open'], { file: 'libsqlite3.so.0.8.6', needed: ['libc.so.6'] })
    const r = checkBinary(f, profile([glibc(), sqlite]))
    expect(r.verdict).toBe('incompatible')
    expect(kinds(r)).toEqual(['missing-symbol:error'])
    const g = r.gaps[0]
    expect([g.library, g.symbols]).toEqual(['libsqlite3.so.0', ['sqlite3_stmt_explain']])
    expect(g.message).toContain('libsqlite3.so.0.8.6')
    expect(g.message).toContain('undefined symbol: sqlite3_stmt_explain')
    expect(g.message).toMatch(/lazy binding/)
    // BIND_NOW: the loader fails at start
    expect(checkBinary({ ...f, bindNow: true }, profile([glibc(), sqlite])).gaps[0].message).toMatch(/at start/)
  })

  test('a symbol the profile cannot decide: unknown with a notice to probe, never a guess', () => {
    const f = binary([und('malloc@GLIBC_2.2.5:libc.so.6'), und('sqlite3_stmt_explain')], {
      needed: ['libsqlite3.so.0', 'libc.so.6'],
    })
    const r = checkBinary(f, profile([glibc(), lib('libsqlite3.so.0', [])]))
    expect(r.verdict).toBe('unknown')
    expect(kinds(r)).toEqual(['missing-symbol:notice'])
    expect(r.gaps[0].message).toMatch(/cannot tell .*exports of libsqlite3\.so\.0.*Probe the image/)
    const v1 = checkBinary(f, profile([glibc(), lib('libsqlite3.so.0', [])], { profileVersion: 1, source: 'file' }))
    expect(v1.gaps[0].message).toMatch(/format 1/)
  })

  test('a versioned symbol under a node its library defines is present even without exports (node promise)', () => {
    const f = binary([und('malloc@GLIBC_2.2.5:libc.so.6')])
    expect(checkBinary(f, profile([lib('libc.so.6', OLD_GLIBC)])).verdict).toBe('compatible')
    // with exports known, a symbol missing under a present node is reported with glibc's wording
    const r = checkBinary(binary([und('gone@GLIBC_2.2.5:libc.so.6')]), profile([glibc()]))
    expect(kinds(r)).toEqual(['missing-symbol:error'])
    expect(r.gaps[0].message).toContain('undefined symbol: gone, version GLIBC_2.2.5')
  })

  test('glibc looks a versioned symbol up in every loaded library (libpthread stub → libc)', () => {
    const f = binary([und('pthread_create@GLIBC_2.2.5:libpthread.so.0')], { needed: ['libpthread.so.0'] })
    const stub = lib('libpthread.so.0', OLD_GLIBC, [], { needed: ['libc.so.6'] })
    expect(checkBinary(f, profile([stub, glibc(['pthread_create@GLIBC_2.2.5'])])).verdict).toBe('compatible')
    expect(kinds(checkBinary(f, profile([stub, glibc()])))).toEqual(['missing-symbol:error'])
  })

  test('weak references: a missing typed one is a warning; an untyped unversioned one is ignored', () => {
    const f = binary([
      und('malloc@GLIBC_2.2.5:libc.so.6'),
      und('optional_fn@GLIBC_2.2.5:libc.so.6', { weak: true }),
      und('__gmon_start__', { weak: true, type: 'NOTYPE' }),
    ])
    const r = checkBinary(f, profile([glibc()]))
    expect(kinds(r)).toEqual(['missing-symbol:warning'])
    expect(r.gaps[0].symbols).toEqual(['optional_fn'])
    expect(r.verdict).toBe('compatible')
  })
})

describe('symbol presence (musl: names only)', () => {
  const muslBinary = (names: string[]) =>
    binary(
      names.map((n) => und(n)),
      { interpreter: MUSL_LD, needed: ['libc.so'], libc: 'musl', versionNeeds: [] },
    )
  const muslProfile = (version: string | null, exports: string[] | undefined) =>
    profile([{ soname: 'ld-musl-x86_64.so.1', dirs: ['/lib'], versions: [], ...(exports ? { exports } : {}) }], {
      libc: { flavor: 'musl', version },
      loaders: [MUSL_LD],
      distro: { id: 'alpine', name: 'Alpine', version: '3.17' },
    })

  test('a function the musl release lacks: missing-symbol with musl’s message; addedIn from the knowledge hook', () => {
    const r = checkBinary(muslBinary(['printf', 'statx']), muslProfile('1.2.3', ['printf', 'stat64', 'stat']), {
      symbolAddedIn: (l, s, flavor) => (flavor === 'musl' && s === 'statx' ? 'musl 1.2.5' : null),
    })
    expect(kinds(r)).toEqual(['missing-symbol:error'])
    expect(r.gaps[0]).toMatchObject({ symbols: ['statx'], addedIn: 'musl 1.2.5' })
    expect(r.gaps[0].message).toContain('Error relocating app: statx: symbol not found')
    expect(r.gaps[0].message).toContain('musl 1.2.3')
  })

  test('LFS64: musl ≥ 1.2.4 resolves stat64 to stat; older musl needs stat64 itself; unknown release is unknown', () => {
    const f = muslBinary(['stat64', 'open64'])
    expect(checkBinary(f, muslProfile('1.2.5', ['stat', 'open'])).verdict).toBe('compatible')
    expect(checkBinary(f, muslProfile('1.2.3', ['stat64', 'open64', 'stat', 'open'])).verdict).toBe('compatible')
    expect(kinds(checkBinary(f, muslProfile('1.2.3', ['stat', 'open'])))).toEqual([
      'missing-symbol:error',
      'missing-symbol:error',
    ])
    expect(checkBinary(f, muslProfile(null, ['stat', 'open'])).verdict).toBe('unknown')
    expect([lfs64Base('stat64'), lfs64Base('readdir64_r'), lfs64Base('foo64'), lfs64Base('statx')]).toEqual([
      'stat',
      'readdir_r',
      null,
      null,
    ])
  })

  test('no exports for musl’s libc: unknown, with a notice', () => {
    const r = checkBinary(muslBinary(['statx']), muslProfile('1.2.3', undefined))
    expect(r.verdict).toBe('unknown')
    expect(kinds(r)).toEqual(['missing-symbol:notice'])
  })

  test('glibc-compat links: musl’s loader runs a glibc binary and refuses glibc-only functions by name', () => {
    const f = binary([
      und('malloc@GLIBC_2.2.5:libc.so.6'),
      und('__fprintf_chk@GLIBC_2.3.4:libc.so.6'),
      und('__libc_start_main@GLIBC_2.34:libc.so.6'),
    ])
    const compat = muslProfile('1.2.3', ['malloc', '__libc_start_main'])
    compat.loaders.push(GLIBC_LD)
    const r = checkBinary(f, compat)
    // versions are ignored (GLIBC_2.34 is no gap); the first gap is what musl prints
    expect(kinds(r)).toEqual(['missing-symbol:error', 'libc-flavor:warning'])
    expect(r.gaps[0]).toMatchObject({ library: 'libc.so.6', symbols: ['__fprintf_chk'] })
    expect(r.gaps[0].message).toContain('Error relocating app: __fprintf_chk: symbol not found')
  })
})

describe('saved profiles: format 1 still loads and says what it cannot decide', () => {
  test('a v1 file loads with a caveat; an unversioned need is unknown and the notice names format 1', async () => {
    const { mkdtemp, writeFile, rm } = await import('node:fs/promises')
    const { tmpdir } = await import('node:os')
    const { join } = await import('node:path')
    const { loadProfileFile } = await import('../../src/io/load-profile.js')
    const d = await mkdtemp(join(tmpdir(), 'abigap-v1-'))
    try {
      const v1 = profile([lib('libc.so.6', OLD_GLIBC), lib('libsqlite3.so.0', [])], { profileVersion: 1 })
      await writeFile(join(d, 'v1.json'), JSON.stringify(v1))
      const p = loadProfileFile(join(d, 'v1.json'))
      expect(p.profileVersion).toBe(1)
      expect(p.caveats?.join(' ')).toMatch(/format 1 records no exported symbols/)
      const f = binary([und('malloc@GLIBC_2.2.5:libc.so.6'), und('sqlite3_open')], {
        needed: ['libsqlite3.so.0', 'libc.so.6'],
      })
      const r = checkBinary(f, p)
      expect(r.verdict).toBe('unknown')
      expect(r.gaps[0].message).toMatch(/format 1/)
      // versioned glibc needs stay decidable from the node lists a v1 file has
      expect(checkBinary(binary([und('malloc@GLIBC_2.2.5:libc.so.6')]), p).verdict).toBe('compatible')
      // a v2 file with the exports decides it
      await writeFile(
        join(d, 'v2.json'),
        JSON.stringify({
          ...v1,
          profileVersion: 2,
          libraries: [
            lib('libc.so.6', OLD_GLIBC, ['malloc@GLIBC_2.2.5']),
            lib('libsqlite3.so.0', [], ['sqlite3_open']),
          ],
        }),
      )
      expect(checkBinary(f, loadProfileFile(join(d, 'v2.json'))).verdict).toBe('compatible')
    } finally {
      await rm(d, { recursive: true, force: true })
    }
  })
})
