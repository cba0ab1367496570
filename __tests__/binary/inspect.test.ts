// src/binary composes ELF facts, Go build info and the libc flavor: checked on every committed fixture, on the
// `inspect --json` document's shape (key for key), and on the libc and architecture rules themselves.
import { goArchOfMachine } from '../../src/binary/arch.js'
import { emptyInspectedFile, inspectBinary } from '../../src/binary/inspect.js'
import { inferLibc, loaderFlavor, type LibcEvidence } from '../../src/binary/libc.js'
import { bufferSource, inspectDocument } from '../../src/elf/index.js'
import { fixture, type FixtureName } from '../helpers/elf-fixtures.js'

const inspect = (name: FixtureName) => inspectBinary(bufferSource(fixture(name)), name)

test.each([
  ['x86_64-dyn', 'amd64', 'glibc', false],
  ['aarch64-dyn', 'arm64', 'glibc', false],
  ['x86_64-lib.so', 'amd64', 'glibc', false],
  ['x86_64-static', 'amd64', 'unknown', false],
  ['i386-static', '386', 'unknown', false],
  ['go-buildinfo', 'amd64', 'none', true],
  ['s390x-libutil.so.1', 's390x', 'glibc', false],
  ['armhf-libdl.so.2', 'arm', 'glibc', false],
] as [FixtureName, string, string, boolean][])('%s: arch %s, libc %s, Go build info %s', (name, arch, libc, go) => {
  const f = inspect(name)
  expect(f.error).toBeNull()
  expect(f.elf?.arch).toBe(arch)
  expect(f.libc).toBe(libc)
  expect(f.go !== null).toBe(go)
})

test('the files[] entry keeps its key order: ELF facts, then libc and go, then warnings; arch last in elf', () => {
  const f = inspect('go-buildinfo')
  expect(Object.keys(f)).toEqual(Object.keys(emptyInspectedFile('x', 0)))
  expect(Object.keys(f).slice(-3)).toEqual(['libc', 'go', 'warnings'])
  expect(Object.keys(f.elf!)).toEqual(['class', 'endian', 'type', 'machine', 'osabi', 'arch'])
})

test('the streamed --json document is JSON.stringify of the decoded facts, byte for byte', () => {
  const files = (['x86_64-dyn', 'x86_64-lib.so', 's390x-libutil.so.1', 'go-buildinfo'] as FixtureName[]).map(inspect)
  const streamed = Buffer.concat(inspectDocument(files)).toString('latin1')
  const decoded = files.map((f) => ({ ...f, dynamicSymbols: f.dynamicSymbols }))
  expect(streamed).toBe(Buffer.from(JSON.stringify({ schemaVersion: 1, files: decoded }) + '\n').toString('latin1'))
})

test('bad input gives a typed error and empty facts, never an exception', () => {
  const f = inspectBinary(bufferSource(Buffer.from('#!/bin/sh\nexit 0\n')), 'script')
  expect(f.error).toMatchObject({ code: 'NOT_ELF', offset: 0 })
  expect(f).toMatchObject({ elf: null, libc: 'unknown', go: null, size: 17 })
})

const evidence = (over: Partial<LibcEvidence>): LibcEvidence => ({
  interpreter: null,
  needed: [],
  soname: null,
  needNames: [],
  defNames: [],
  abiTag: null,
  go: null,
  linkage: 'dynamic',
  sectionNames: new Set(),
  ...over,
})
const goInfo = (cgo: string): LibcEvidence['go'] => ({
  version: 'go1.22.0',
  path: 'x',
  main: { path: 'x', version: '(devel)' },
  settings: { CGO_ENABLED: cgo },
  deps: [],
})

test.each([
  ['musl loader', evidence({ interpreter: '/lib/ld-musl-x86_64.so.1' }), 'musl'],
  ['glibc loader', evidence({ interpreter: '/lib/ld-linux-aarch64.so.1' }), 'glibc'],
  ['unknown loader, needs libc.so.6', evidence({ interpreter: '/opt/ld.so', needed: ['libc.so.6'] }), 'glibc'],
  ['unknown loader, nothing else', evidence({ interpreter: '/opt/ld.so' }), 'unknown'],
  ['needs musl libc', evidence({ needed: ['libc.musl-x86_64.so.1'] }), 'musl'],
  ['GLIBC_ version needs only', evidence({ needNames: ['GLIBC_2.17'] }), 'glibc'],
  ['static with glibc ABI tag', evidence({ linkage: 'static', abiTag: { os: 'Linux', kernel: '3.2.0' } }), 'glibc'],
  [
    'static Go, cgo, linked by a C linker without glibc note',
    evidence({ linkage: 'static', go: goInfo('1'), sectionNames: new Set(['.init']) }),
    'musl',
  ],
  ['static Go without cgo', evidence({ linkage: 'static', go: goInfo('0') }), 'none'],
  ['static, no evidence', evidence({ linkage: 'static' }), 'unknown'],
] as [string, LibcEvidence, string][])('inferLibc: %s → %s', (_n, e, libc) => {
  expect(inferLibc(e)).toBe(libc)
})

test('loaderFlavor names the libc of a loader path by its file name', () => {
  expect(loaderFlavor('/lib/ld-musl-aarch64.so.1')).toBe('musl')
  expect(loaderFlavor('/lib64/ld64.so.2')).toBe('glibc')
  expect(loaderFlavor('/lib/ld.so.1')).toBe('glibc')
  expect(loaderFlavor('/usr/libexec/ld.so')).toBe('other')
})

test.each([
  [62, true, true, 'amd64'],
  [183, true, true, 'arm64'],
  [21, true, true, 'ppc64le'],
  [21, true, false, 'ppc64'],
  [8, false, false, 'mips'],
  [8, true, true, 'mips64le'],
  [243, true, true, 'riscv64'],
  [22, true, false, 's390x'],
  [0x1234, true, true, null],
])('goArchOfMachine(%i, 64-bit %s, little %s) = %s', (machine, is64, little, arch) => {
  expect(goArchOfMachine(machine, is64, little)).toBe(arch)
})
