// The ELF facts of every committed fixture against what GNU readelf printed for it when it was built (a differential
// test that needs no readelf now), and the facts readelf does not print in that form (linkage, PIE, BIND_NOW, class,
// byte order) against how the build script made each file.
import { analyseElf, bufferSource } from '../../src/elf/index.js'
import type { ElfFacts } from '../../src/elf/types.js'
import { FIXTURES, fixture, fixtureFiles, recordedReadelf, type FixtureName } from '../helpers/elf-fixtures.js'
import { diffReadelf } from '../helpers/elf-oracle.js'

const facts = (name: FixtureName): ElfFacts => analyseElf(bufferSource(fixture(name)), name)

test.each(Object.keys(FIXTURES) as FixtureName[])('%s: facts equal readelf -W -h -l -d -V --dyn-syms', (name) => {
  const ours = facts(name)
  expect(ours.error).toBeNull()
  expect(ours.warnings).toEqual([])
  expect(diffReadelf(ours, recordedReadelf(name))).toEqual([])
})

test.each([
  ['x86_64-dyn', { class: 64, endian: 'little', type: 'DYN' }, { linkage: 'dynamic', pie: true, bindNow: true }],
  ['aarch64-dyn', { class: 64, endian: 'little', type: 'EXEC' }, { linkage: 'dynamic', pie: false, bindNow: false }],
  ['x86_64-lib.so', { class: 64, endian: 'little', type: 'DYN' }, { linkage: 'dynamic', pie: false }],
  ['x86_64-static', { class: 64, endian: 'little', type: 'EXEC' }, { linkage: 'static', pie: false, stripped: true }],
  ['i386-static', { class: 32, endian: 'little', type: 'EXEC' }, { linkage: 'static', interpreter: null }],
  ['s390x-libutil.so.1', { class: 64, endian: 'big', type: 'DYN', machine: 'IBM S/390' }, { linkage: 'dynamic' }],
  ['armhf-libdl.so.2', { class: 32, endian: 'little', type: 'DYN', machine: 'ARM' }, { linkage: 'dynamic' }],
] as [FixtureName, Partial<NonNullable<ElfFacts['elf']>>, Partial<ElfFacts>][])(
  '%s: header %j, %j',
  (name, header, rest) => {
    const ours = facts(name)
    expect(ours.elf).toMatchObject(header)
    expect(ours).toMatchObject(rest)
  },
)

test('x86_64-dyn: each versioned import names the library its version binds it to, weak ones too', () => {
  const ours = facts('x86_64-dyn')
  const byName = new Map(ours.dynamicSymbols.map((s) => [s.name, s]))
  expect(byName.get('sqrt')).toMatchObject({ version: 'GLIBC_2.2.5', library: 'libm.so.6', defined: false })
  expect(byName.get('printf')).toMatchObject({ version: 'GLIBC_2.2.5', library: 'libc.so.6', defined: false })
  expect(byName.get('pthread_atfork')).toMatchObject({ binding: 'WEAK', defined: false })
  expect(ours.requires.GLIBC).toBe('2.34')
  expect(ours.requiredBy.GLIBC).toContain('__libc_start_main')
})

test('x86_64-lib.so: foo@V1 (hidden) and foo@@V2 (default) are told apart; soname and runpath are read', () => {
  const ours = facts('x86_64-lib.so')
  expect(ours.soname).toBe('libfix.so.1')
  expect(ours.runpath).toEqual(['$ORIGIN/lib'])
  expect(ours.versionDefs.map((d) => d.name)).toEqual(['libfix.so.1', 'V1', 'V2'])
  const foo = ours.dynamicSymbols.filter((s) => s.name === 'foo').map((s) => [s.version, s.hidden, s.library])
  expect(foo.sort()).toEqual([
    ['V1', true, null],
    ['V2', false, null],
  ])
})

test('a truncated fixture keeps the facts read before the cut, with a typed error', () => {
  const b = fixture('x86_64-dyn')
  const cut = analyseElf(bufferSource(b.subarray(0, Math.floor(b.length / 2))), 'cut')
  expect(cut.error?.code).toMatch(/^[A-Z_]+$/)
  expect(cut.error?.code).not.toBe('INTERNAL')
  expect(cut.elf).toMatchObject({ class: 64, machine: 'Advanced Micro Devices X86-64' })
})

test('the fixture directory holds exactly the listed fixtures and their recorded oracle output', () => {
  const names = Object.keys(FIXTURES)
  const expected = [...names, ...names.map((n) => `${n}.readelf.txt`), 'go-buildinfo.go-version.txt'].sort()
  expect(fixtureFiles()).toEqual(expected)
  for (const n of names) expect(fixture(n as FixtureName).length).toBeLessThan(8192)
})
