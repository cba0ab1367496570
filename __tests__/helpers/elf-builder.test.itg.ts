// The crafted ELF files the unit tests use in place of host binaries are real ELF: GNU readelf reads them without a
// warning and finds what abigap's parser finds (needed, soname, version definitions and needs, versioned symbols).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { analyseElf, bufferSource } from '../../src/elf/index.js'
import { craftElf, glibcExecutable, glibcLibc, type CraftSpec } from './elf-builder.js'

const CASES: [string, Buffer][] = [
  ['glibc PIE', glibcExecutable()],
  ['glibc 2.36 libc.so.6', glibcLibc('2.36')],
  ['glibc 2.31 libc.so.6', glibcLibc('2.31')],
  ['i386 ELF32 library', craftElf({ class: 32, machine: 'i386', soname: 'libc.so.6', defines: ['GLIBC_2.0'] })],
  [
    'arm64 executable',
    craftElf({
      machine: 'aarch64',
      type: 'exec',
      interpreter: '/lib/ld-linux-aarch64.so.1',
      needs: [{ file: 'libc.so.6', versions: ['GLIBC_2.17'] }],
      symbols: [{ name: 'puts', version: 'GLIBC_2.17', defined: false }],
    } satisfies CraftSpec),
  ],
  [
    's390x big-endian library',
    craftElf({
      machine: 's390x',
      endian: 'big',
      soname: 'libc.so.6',
      defines: ['GLIBC_2.2'],
      symbols: [{ name: 'malloc', version: 'GLIBC_2.2' }],
    }),
  ],
  ['unversioned library', craftElf({ soname: 'libz.so.1', needed: ['libc.so.6'], symbols: [{ name: 'inflate' }] })],
]

let dir: string
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'abigap-craft-'))))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** readelf's view: stderr must be empty (no warning), the rest parsed from -d, -V and --dyn-syms. */
function readelf(file: string) {
  const out = execFileSync('readelf', ['-W', '-d', '-V', '--dyn-syms', file], { encoding: 'utf8', stdio: 'pipe' })
  const needed = [...out.matchAll(/\(NEEDED\)\s+Shared library: \[(.+)\]/g)].map((m) => m[1])
  const soname = /\(SONAME\)\s+Library soname: \[(.+)\]/.exec(out)?.[1] ?? null
  const defs = [...out.matchAll(/Rev: 1\s+Flags: (\S+)\s+Index: \d+\s+Cnt: 1\s+Name: (\S+)/g)].map((m) => ({
    name: m[2],
    base: m[1] === 'BASE',
  }))
  const needs = [...out.matchAll(/Name: (\S+)\s+Flags: none\s+Version: \d+/g)].map((m) => m[1])
  const symbols = [...out.matchAll(/^\s+\d+: [0-9a-f]+\s+\d+ FUNC\s+GLOBAL DEFAULT\s+(\S+) ([^@\s]+)(?:@@?(\S+))?/gm)]
    .map((m) => `${m[2]}@${m[3] ?? ''}${m[1] === 'UND' ? ' (undefined)' : ''}`)
    .sort()
  return { needed, soname, defs, needs, symbols }
}

it.each(CASES)('%s: readelf and abigap agree', (name, bytes) => {
  const file = join(dir, name.replace(/\W+/g, '-'))
  writeFileSync(file, bytes)
  const f = analyseElf(bufferSource(bytes), file)
  expect([f.error, f.warnings]).toEqual([null, []])
  expect(readelf(file)).toEqual({
    needed: f.needed,
    soname: f.soname,
    defs: f.versionDefs.map((d) => ({ name: d.name, base: d.base })),
    needs: f.versionNeeds.flatMap((n) => n.versions.map((v) => v.name)),
    symbols: f.dynamicSymbols.map((s) => `${s.name}@${s.version ?? ''}${s.defined ? '' : ' (undefined)'}`).sort(),
  })
})
