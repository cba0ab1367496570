// The faces say the same per-node facts as the gaps: annotations, the job summary and SARIF, for two GLIBC_2.29 nodes
// (libm's exp, libc's getcpu) and a missing symbol.
import { fixtureReport } from '../helpers/reports.js'
import { checkBinary } from '../../src/abi/index.js'
import { emptyInspectedFile } from '../../src/binary/inspect.js'
import type { DynamicSymbol } from '../../src/elf/types.js'
import type { TargetProfile } from '../../src/knowledge/types.js'
import { allAnnotations } from '../../src/report/annotations.js'
import { toSarif } from '../../src/report/sarif.js'
import { renderSummary } from '../../src/report/summary.js'

const sym = (name: string, version: string | null, library: string | null): DynamicSymbol => ({
  name,
  version,
  hidden: !!version,
  library,
  defined: false,
  binding: 'GLOBAL',
  type: 'FUNC',
})

function gaps() {
  const facts = {
    ...emptyInspectedFile('/app/server', 1000),
    elf: {
      class: 64 as const,
      endian: 'little' as const,
      type: 'DYN',
      machine: 'Advanced Micro Devices X86-64',
      osabi: 'UNIX - System V',
    },
    linkage: 'dynamic' as const,
    interpreter: '/lib64/ld-linux-x86-64.so.2',
    needed: ['libsqlite3.so.0', 'libm.so.6', 'libc.so.6'],
    libc: 'glibc' as const,
    versionNeeds: [
      { file: 'libm.so.6', versions: [{ name: 'GLIBC_2.29', weak: false }] },
      {
        file: 'libc.so.6',
        versions: [
          { name: 'GLIBC_2.2.5', weak: false },
          { name: 'GLIBC_2.29', weak: false },
        ],
      },
    ],
    dynamicSymbols: [
      sym('exp', 'GLIBC_2.29', 'libm.so.6'),
      sym('getcpu', 'GLIBC_2.29', 'libc.so.6'),
      sym('malloc', 'GLIBC_2.2.5', 'libc.so.6'),
      sym('sqlite3_stmt_explain', null, null),
    ],
  }
  const lib = (soname: string, versions: string[], exports?: string[]) => ({
    soname,
    dirs: ['/usr/lib/x86_64-linux-gnu'],
    versions,
    ...(exports ? { exports } : {}),
    needed: ['libc.so.6'],
  })
  const profile: TargetProfile = {
    profileVersion: 2,
    image: 'abigap-test/bullseye',
    aliases: [],
    arch: ['amd64'],
    distro: { id: 'debian', name: 'Debian', version: '11' },
    libc: { flavor: 'glibc', version: '2.28' },
    loaders: ['/lib64/ld-linux-x86-64.so.2'],
    libraries: [
      lib('libc.so.6', ['GLIBC_2.2.5'], ['malloc@GLIBC_2.2.5']),
      lib('libm.so.6', ['GLIBC_2.2.5'], ['sin@GLIBC_2.2.5']),
      lib('libsqlite3.so.0', [], ['sqlite3_open']),
    ],
    librariesComplete: true,
    kernel: null,
    x86IsaBaseline: null,
    eol: null,
    source: 'image',
    confidence: 'high',
    provenance: 'crafted',
  }
  return checkBinary(facts, profile, { targetName: 'abigap-test/bullseye' }).gaps
}

function report() {
  const r = fixtureReport()
  const cell = r.results.find((c) => c.variant === 'cgo-glibc' && c.target === 'abigap-test/bullseye')!
  cell.gaps = gaps()
  cell.profile = { ...cell.profile, libc: { flavor: 'glibc', version: '2.28' } }
  return r
}

describe('per-node facts in every face', () => {
  test('the gaps themselves', () => {
    expect(gaps().map((g) => [g.kind, g.library, g.version ?? null, g.symbols])).toEqual([
      ['symbol-version', 'libm.so.6', 'GLIBC_2.29', ['exp']],
      ['symbol-version', 'libc.so.6', 'GLIBC_2.29', ['getcpu']],
      ['missing-symbol', 'libsqlite3.so.0', null, ['sqlite3_stmt_explain']],
    ])
  })

  test('annotations: one per node, each naming its library and only its symbols', () => {
    const anns = allAnnotations(report()).filter((a) =>
      a.occurrences.some((o) => o.variant === 'cgo-glibc' && o.target === 'abigap-test/bullseye'),
    )
    const libm = anns.find((a) => a.kind === 'symbol-version' && a.title.includes('libm.so.6'))!
    const libc = anns.find(
      (a) => a.kind === 'symbol-version' && a.title.includes('(libc.so.6)') && a.message.includes('getcpu'),
    )!
    expect(libm.title).toBe('needs GLIBC_2.29 (libm.so.6) — abigap-test/bullseye has glibc 2.28')
    expect(libm.message).toMatch(/Symbols: exp$/m)
    expect(libm.message).not.toContain('getcpu')
    expect(libc.message).toMatch(/Symbols: getcpu$/m)
    expect(libc.message).not.toMatch(/\bexp\b/)
    const missing = anns.find((a) => a.kind === 'missing-symbol')!
    expect(missing.title).toBe('needs sqlite3_stmt_explain (libsqlite3.so.0) — not in abigap-test/bullseye')
  })

  test('job summary and SARIF say the same', () => {
    const md = renderSummary(report())
    expect(md).toContain('symbols needing GLIBC\\_2.29 from `libm.so.6`: `exp`')
    expect(md).toContain('symbols needing GLIBC\\_2.29 from `libc.so.6`: `getcpu`')
    const sarif = toSarif(report()) as {
      runs: { results: { ruleId: string; properties: Record<string, unknown>; message: { text: string } }[] }[]
    }
    const res = sarif.runs[0].results.filter(
      (x) => x.properties.target === 'abigap-test/bullseye' && x.properties.variant === 'cgo-glibc',
    )
    const pick = (lib: string) =>
      res.find(
        (x) => x.ruleId === 'symbol-version' && x.properties.library === lib && x.properties.version === 'GLIBC_2.29',
      )
    expect(pick('libm.so.6')?.properties.symbols).toEqual(['exp'])
    expect(pick('libc.so.6')?.properties.symbols).toEqual(['getcpu'])
    expect(res.find((x) => x.ruleId === 'missing-symbol')?.properties.symbols).toEqual(['sqlite3_stmt_explain'])
  })
})
