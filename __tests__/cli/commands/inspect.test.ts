// `abigap inspect`: JSON contract, exit statuses, error entries for non-ELF inputs, escaping of hostile strings.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe as describeFile, run } from '../../../src/cli/commands/inspect.js'
import { safeText } from '../../../src/cli/output.js'
import { inspectFile } from '../../../src/io/inspect-file.js'
import { craftElf, glibcExecutable, glibcLibc, type CraftSpec } from '../../helpers/elf-builder.js'

let dir: string
let out: string[]
const realWrite = process.stdout.write.bind(process.stdout)
const realErr = process.stderr.write.bind(process.stderr)
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'abigap-inspect-'))
  writeFileSync(join(dir, 'app'), glibcExecutable())
  writeFileSync(join(dir, 'text'), 'hello\n')
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))
beforeEach(() => {
  out = []
  process.stdout.write = ((s: string | Uint8Array) => (
    out.push(typeof s === 'string' ? s : Buffer.from(s).toString('utf8')),
    true
  )) as typeof process.stdout.write
  process.stderr.write = ((s: string) => (out.push(String(s)), true)) as typeof process.stderr.write
})
afterEach(() => {
  process.stdout.write = realWrite
  process.stderr.write = realErr
})

test('--json prints schemaVersion 1 with every field of the contract; exit 0', async () => {
  expect(await run(['--json', join(dir, 'app')])).toBe(0)
  const doc = JSON.parse(out.join(''))
  expect(doc.schemaVersion).toBe(1)
  const f = doc.files[0]
  for (const k of [
    'path',
    'size',
    'error',
    'elf',
    'linkage',
    'interpreter',
    'soname',
    'needed',
    'rpath',
    'runpath',
    'versionNeeds',
    'versionDefs',
    'dynamicSymbols',
    'requires',
    'abiTag',
    'libc',
    'go',
  ])
    expect(f).toHaveProperty(k)
  expect(f.error).toBeNull()
  expect(f.elf).toMatchObject({ class: 64, endian: 'little' })
})

test('non-ELF, directories and missing files get error entries and exit 1, others still reported', async () => {
  expect(await run(['--json', join(dir, 'app'), join(dir, 'text'), dir, join(dir, 'missing')])).toBe(1)
  const codes = JSON.parse(out.join('')).files.map((f: { error: { code: string } | null }) => f.error?.code ?? null)
  expect(codes).toEqual([null, 'NOT_ELF', 'NOT_REGULAR', 'NOT_FOUND'])
})

test('usage errors exit 2 without a stack trace', async () => {
  expect(await run([])).toBe(2)
  expect(await run(['--nope', 'x'])).toBe(2)
  expect(out.join('')).not.toMatch(/\n\s+at /)
})

test('human output escapes control characters and caps hostile strings', async () => {
  expect(safeText('a\nb::error::x\x1b[31m')).toBe('a\\x0ab::error::x\\x1b[31m')
  expect(safeText('x'.repeat(1000)).length).toBeLessThan(260)
  const f = inspectFile(join(dir, 'app'))
  f.needed = ['evil\n::error::pwned']
  const text = describeFile(f)
  expect(text).not.toMatch(/\n::error::/)
  expect(text).toContain('evil\\x0a::error::pwned')
  expect(await run([join(dir, 'app')])).toBe(0)
  expect(out.join('')).toMatch(/linkage\s+dynamic/)
})

test('the streamed JSON document equals JSON.stringify of the materialised facts, byte for byte', async () => {
  const { inspectDocument } = await import('../../../src/elf/json.js')
  // little- and big-endian, ELF64 and ELF32, versioned exports and imports (crafted: helpers/elf-builder.ts)
  writeFileSync(join(dir, 'libc.so.6'), glibcLibc('2.36'))
  const s390x: CraftSpec = { machine: 's390x', endian: 'big', soname: 'libc.so.6', defines: ['GLIBC_2.2'] }
  writeFileSync(
    join(dir, 'libc-s390x.so.6'),
    craftElf({ ...s390x, symbols: [{ name: 'malloc', version: 'GLIBC_2.2' }] }),
  )
  writeFileSync(join(dir, 'libc-i386.so.6'), craftElf({ class: 32, machine: 'i386', soname: 'libc.so.6' }))
  const files = ['app', 'libc.so.6', 'libc-s390x.so.6', 'libc-i386.so.6'].map((f) => join(dir, f))
  expect(files.map((f) => inspectFile(f).error)).toEqual([null, null, null, null])
  const streamed = inspectDocument(files.map((f) => inspectFile(f)))
  const text = streamed.map((c) => (typeof c === 'string' ? c : Buffer.from(c).toString('utf8'))).join('')
  const reference = files.map((f) => inspectFile(f))
  for (const r of reference) void r.dynamicSymbols.length
  expect(text).toBe(JSON.stringify({ schemaVersion: 1, files: reference }) + '\n')
})
