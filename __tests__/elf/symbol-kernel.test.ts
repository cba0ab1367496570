// The WebAssembly JSON/scan kernels against the plain JavaScript definitions (JSON.stringify of the decoded symbols,
// a loop over every symbol), on crafted tables full of hostile names: quotes, control characters, every kind of
// invalid UTF-8, names cut at the table end or over the length cap, section symbols, versions of every kind.
import { StringTable } from '../../src/elf/strings.js'
import { kernelModuleBytes } from '../../src/elf/symbol-kernel.js'
import { KERNEL_WASM } from '../../src/elf/symbol-kernel-wasm.js'
import { DynamicSymbolTable, writeDynamicSymbolsJson } from '../../src/elf/symbol-table.js'
import type { DefNode, VersionTables } from '../../src/elf/versions.js'
import { WasmArena } from '../../src/elf/wasm-arena.js'

const enc = new TextEncoder()

/** xorshift32: a fixed pseudo-random sequence. */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1
  return () => {
    x ^= x << 13
    x >>>= 0
    x ^= x >>> 17
    x ^= x << 5
    x >>>= 0
    return x
  }
}

const FIXED: (string | number[])[] = [
  'plain_name',
  'go.itab.*os.File,io.Writer',
  'crypto/sha256.New·f',
  'quote"inside',
  'back\\slash',
  'tab\there',
  'nl\nx',
  '\u001b[31mred',
  'x\u007fdel',
  'emoji 😀 and ünïcödé',
  'exactly8',
  '1234567',
  '',
  [0xc3],
  [0xc0, 0x80],
  [0xc1, 0xbf],
  [0xe0, 0x80, 0x80],
  [0xe0, 0xa0, 0x80],
  [0xed, 0xa0, 0x80],
  [0xed, 0x9f, 0xbf],
  [0xef, 0xbf, 0xbf],
  [0xf0, 0x8f, 0xbf, 0xbf],
  [0xf0, 0x90, 0x80, 0x80],
  [0xf4, 0x8f, 0xbf, 0xbf],
  [0xf4, 0x90, 0x80, 0x80],
  [0xf5, 0x80, 0x80, 0x80],
  [0xff],
  [0x80, 0x41],
  [0x41, 0xe2, 0x82],
  [0x41, 0xe2, 0x82, 0x41],
  [0xe2, 0x82, 0xac, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48],
]

interface Crafted {
  table: DynamicSymbolTable
  count: number
}

interface CraftOptions {
  versymShort?: boolean
  longName?: boolean
  /** Put the symbol table (and the string table too when 'all') into a WebAssembly arena, as the file source does. */
  arena?: 'symbols' | 'all'
}

function craft(seed: number, count: number, opts: CraftOptions = {}): Crafted {
  const next = rng(seed)
  const names: Uint8Array[] = FIXED.map((n) => (typeof n === 'string' ? enc.encode(n) : Uint8Array.from(n)))
  const alphabet = [
    0x41, 0x61, 0x2e, 0x2f, 0x22, 0x5c, 0x01, 0x1f, 0x7f, 0xc2, 0xb7, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x80,
  ]
  while (names.length < 400) {
    const len = next() % 40
    const b = new Uint8Array(len)
    for (let k = 0; k < len; k++) b[k] = next() % 5 === 0 ? alphabet[next() % alphabet.length] : 0x61 + (next() % 26)
    names.push(b)
  }
  if (opts.longName) {
    names.push(new Uint8Array(65536).fill(0x61))
    names.push(new Uint8Array(65537).fill(0x62))
    names.push(new Uint8Array(70000).fill(0x63))
  }
  // String table: NUL, then every name NUL-terminated; the last one is left unterminated.
  const parts: number[] = [0]
  const offsets: number[] = []
  names.forEach((n, k) => {
    offsets.push(parts.length)
    for (const c of n) parts.push(c)
    if (k < names.length - 1) parts.push(0)
  })
  const str = Uint8Array.from(parts)
  // Offsets into the middle of names (possibly continuation bytes), the table end, and beyond it.
  const extra = [1, 2, 3, str.length - 1, str.length, str.length + 5, 0xffffffff]
  const entsize = 24
  const sym = new Uint8Array(count * entsize)
  const dv = new DataView(sym.buffer)
  const versym = new Uint8Array(count * 2)
  const vdv = new DataView(versym.buffer)
  const versValues = [0, 1, 2, 3, 4, 5, 0x8002, 0x8003, 0x8004, 0x8001, 7, 0x7fff, 0xffff]
  for (let i = 1; i < count; i++) {
    const r = next()
    const nameOff =
      r % 23 === 0
        ? extra[next() % extra.length]
        : r % 29 === 0
          ? 0
          : offsets[next() % offsets.length] + (r % 31 === 0 ? 1 : 0)
    const type = [0, 1, 2, 3, 4, 6, 10, 15][next() % 8]
    const bind = [0, 1, 2, 10, 13][next() % 5]
    const shndx = next() % 3 === 0 ? 0 : next() % 5 === 0 ? 2 : 13
    dv.setUint32(i * entsize, nameOff, true)
    sym[i * entsize + 4] = (bind << 4) | type
    dv.setUint16(i * entsize + 6, shndx, true)
    vdv.setUint16(i * 2, versValues[next() % versValues.length], true)
  }
  const defByIndex = new Map<number, DefNode>([
    [1, { ndx: 1, flags: 1, nameOff: offsets[0], name: 'libx.so' }],
    [2, { ndx: 2, flags: 0, nameOff: offsets[1], name: 'V_2' }],
    [3, { ndx: 3, flags: 0, nameOff: -1, name: 'V_3' }],
    [4, { ndx: 4, flags: 0, nameOff: offsets[3], name: 'V"4\n' }],
  ])
  const versions: VersionTables = {
    needs: [],
    defs: [],
    needFileByOther: new Map<number, string>(),
    needByOther: new Map<number, string | null>([
      [5, 'GLIBC_2.2.5'],
      [7, 'GLIBC_"odd'],
      [0x8002, null],
      [4, 'NEED_4'],
    ]),
    defByIndex,
    hasNeed: true,
    hasDef: true,
  }
  const versymCount = opts.versymShort ? Math.floor(count / 2) : count
  let symBytes: Uint8Array = sym
  let strBytes: Uint8Array = str
  if (opts.arena) {
    const arena = WasmArena.create(4 * (sym.length + str.length) + (4 << 20))!
    symBytes = arena.alloc(sym.length)!
    symBytes.set(sym)
    if (opts.arena === 'all') {
      strBytes = arena.alloc(str.length)!
      strBytes.set(str)
    }
  }
  const table = new DynamicSymbolTable({
    bytes: symBytes,
    little: true,
    is64: true,
    entsize,
    count,
    strings: new StringTable(strBytes),
    versym: versym.subarray(0, versymCount * 2),
    versymCount,
    versions,
    sectionNames: ['', '.text', '.data', 'weird"section\u0001'],
  })
  return { table, count }
}

/** The streamed bytes as a latin1 string, so that any byte difference (even one UTF-8 decoding hides) shows. */
function streamed(table: DynamicSymbolTable): string {
  const chunks: Buffer[] = []
  writeDynamicSymbolsJson(table, (c) => chunks.push(Buffer.from(c)))
  return Buffer.concat(chunks).toString('latin1')
}

/** What JSON.stringify gives, as UTF-8 bytes read back as latin1. */
function reference(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('latin1')
}

describe('symbol kernel', () => {
  test('the prebuilt module is what the emitter builds (regenerate symbol-kernel-wasm.ts when this fails)', () => {
    expect(KERNEL_WASM).toBe(Buffer.from(kernelModuleBytes()).toString('base64'))
  })

  test.each([
    [1, 3000, {}],
    [2, 5000, { versymShort: true }],
    [3, 2500, { longName: true }],
    [4, 40000, {}],
    [7, 3000, { arena: 'symbols' }],
    [8, 5000, { arena: 'all', versymShort: true }],
    [9, 2500, { arena: 'all', longName: true }],
  ] as [number, number, CraftOptions][])(
    'seed %i, %i symbols %j: JSON equals JSON.stringify of the decoded symbols',
    (seed, count, opts) => {
      const { table } = craft(seed, count, opts)
      expect(table.kernel()?.inPlace).toBe(opts.arena !== undefined)
      const fast = streamed(table)
      expect(fast).toBe(reference(craft(seed, count, opts).table.toArray()))
    },
  )

  test('bad-name count and undefined-with-version scan agree with the JavaScript loops', () => {
    const { table, count } = craft(5, 6000, { versymShort: true, arena: 'all' })
    expect(table.kernel()).not.toBeNull()
    const { strings } = table.parts
    let bad = 0
    for (let i = 1; i < count; i++) if (table.raw(i).nameOff >= strings!.size) bad++
    expect(table.countBadNames()).toBe(bad)
    expect(bad).toBeGreaterThan(0)
    const nodes = new Set(['GLIBC_2.2.5', 'NEED_4', 'GLIBC_"odd'])
    const expected = new Map<string, string[]>()
    const seen = new Set<string>()
    for (let i = 1; i < count; i++) {
      const vers = table.versym(i)
      const r = table.raw(i)
      if (vers === 0 || r.shndx !== 0) continue
      const need = table.needName(vers)
      if (need === null || !nodes.has(need)) continue
      const name = table.name(r.nameOff, r.info, r.shndx) ?? ''
      if (seen.has(`${need}\0${name}`)) continue
      seen.add(`${need}\0${name}`)
      expected.set(need, [...(expected.get(need) ?? []), name])
    }
    expect(expected.size).toBeGreaterThan(0)
    expect(table.undefinedWithVersion(nodes)).toEqual(expected)
  })

  test('countUndefined agrees with the decoded symbols', () => {
    const { table } = craft(10, 3000)
    const n = table.countUndefined()
    expect(n).toBeGreaterThan(0)
    expect(n).toBe(table.toArray().filter((s) => !s.defined).length)
  })

  test('small and big-endian tables take the JavaScript path and give the same JSON', () => {
    const { table } = craft(6, 500)
    expect(table.kernel()).toBeNull()
    expect(streamed(table)).toBe(reference(craft(6, 500).table.toArray()))
  })
})
