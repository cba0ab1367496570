// The streaming JSON writers of the dynamic symbols (the WebAssembly kernel and plain TypeScript) and the table's
// scans against the plain definitions
// (JSON.stringify of the decoded symbols, a loop over every symbol), on crafted tables full of hostile names: quotes,
// control characters, every kind of invalid UTF-8, names cut at the table end or over the length cap, section
// symbols, versions of every kind (one version name needed from two libraries), both byte orders.
import { StringTable } from '../../src/elf/strings.js'
import { writeDynamicSymbolsJson, writePlain } from '../../src/elf/json.js'
import { kernelModuleBytes } from '../../src/elf/symbol-kernel-code.js'
import { KERNEL_WASM } from '../../src/elf/symbol-kernel-wasm.js'
import { DynamicSymbolTable } from '../../src/elf/symbol-table.js'
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
  /** Big-endian tables. */
  big?: boolean
  /** Put the symbol table (and the string table too when 'all') into a WebAssembly arena, as the file source does. */
  arena?: 'symbols' | 'all'
  /** Only names that are valid UTF-8 without quotes, backslashes or control characters (the raw-copy path). */
  clean?: boolean
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
  if (opts.clean) {
    const strict = new TextDecoder('utf-8', { fatal: true })
    const ok = (n: Uint8Array): boolean => {
      try {
        // eslint-disable-next-line no-control-regex
        return !/["\\\x00-\x1f]/.test(strict.decode(n))
      } catch {
        return false
      }
    }
    names.splice(0, names.length, ...names.filter(ok))
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
  const versValues = [0, 1, 2, 3, 4, 5, 9, 0x8002, 0x8003, 0x8004, 0x8001, 7, 0x7fff, 0xffff]
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
    const little = !opts.big
    dv.setUint32(i * entsize, nameOff, little)
    sym[i * entsize + 4] = (bind << 4) | type
    dv.setUint16(i * entsize + 6, shndx, little)
    vdv.setUint16(i * 2, versValues[next() % versValues.length], little)
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
    needFileByOther: new Map<number, string>([
      [5, 'libc.so.6'],
      [9, 'libm.so.6'],
      [7, 'lib"q\u0001.so'],
      [4, 'libneed.so'],
    ]),
    needByOther: new Map<number, string | null>([
      [5, 'GLIBC_2.2.5'],
      [9, 'GLIBC_2.2.5'],
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
    little: !opts.big,
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
function streamed(table: DynamicSymbolTable, writer = writeDynamicSymbolsJson): string {
  const chunks: Buffer[] = []
  writer(table, (c) => chunks.push(Buffer.from(c)))
  return Buffer.concat(chunks).toString('latin1')
}

/** What JSON.stringify gives, as UTF-8 bytes read back as latin1. */
function reference(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('latin1')
}

describe('dynamic symbol JSON writer', () => {
  test('the prebuilt module is what the emitter builds (regenerate symbol-kernel-wasm.ts when this fails)', () => {
    expect(KERNEL_WASM).toBe(Buffer.from(kernelModuleBytes()).toString('base64'))
  })

  test.each([
    [1, 3000, {}],
    [2, 5000, { versymShort: true }],
    [3, 2500, { longName: true }],
    [4, 40000, {}],
    [7, 3000, { big: true }],
    [8, 5000, { big: true, versymShort: true }],
    [9, 500, {}],
    [11, 20000, { clean: true }],
    [13, 3000, { arena: 'symbols' }],
    [14, 5000, { arena: 'all', versymShort: true }],
    [15, 2500, { arena: 'all', longName: true }],
    [16, 6000, { arena: 'all', clean: true }],
    [12, 8000, { clean: true, longName: true }],
  ] as [number, number, CraftOptions][])(
    'seed %i, %i symbols %j: both writers give JSON.stringify of the decoded symbols',
    (seed, count, opts) => {
      const { table } = craft(seed, count, opts)
      expect(table.kernel() !== null).toBe(!opts.big && count >= 2048)
      if (opts.arena) expect(table.kernel()?.inPlace).toBe(true)
      const expected = reference(craft(seed, count, opts).table.toArray())
      expect(streamed(table)).toBe(expected)
      expect(table.parts.strings!.jsonSafe()).toBe(opts.clean === true)
      expect(streamed(table, writePlain)).toBe(expected)
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
    // By definition: the undefined symbols whose (need, so '@') version is one of the nodes, first of each name.
    const expected = new Map<string, string[]>()
    for (const sym of craft(5, 6000, { versymShort: true }).table.toArray()) {
      if (sym.defined || !sym.hidden || sym.version === null || !nodes.has(sym.version)) continue
      const list = expected.get(sym.version) ?? []
      if (!list.includes(sym.name)) expected.set(sym.version, [...list, sym.name])
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

  test('library: the needed file of the version, told apart when two files need the same version name', () => {
    const symbols = craft(4, 40000).table.toArray()
    const libs = (version: string): Set<string | null> =>
      new Set(symbols.filter((s) => s.version === version && s.hidden && !s.defined).map((s) => s.library))
    expect(libs('GLIBC_2.2.5')).toEqual(new Set(['libc.so.6', 'libm.so.6']))
    expect(libs('NEED_4')).toEqual(new Set(['libneed.so']))
    // a version from .gnu.version_d, and no version at all, bind to no library
    expect(new Set(symbols.filter((s) => s.version === 'V_2').map((s) => s.library))).toEqual(new Set([null]))
    expect(new Set(symbols.filter((s) => s.version === null).map((s) => s.library))).toEqual(new Set([null]))
  })

  test('a large table is streamed in several chunks', () => {
    for (const writer of [writeDynamicSymbolsJson, writePlain]) {
      const chunks: number[] = []
      writer(craft(4, 40000).table, (c) => chunks.push(c.length))
      expect(chunks.length).toBeGreaterThan(2)
    }
  })
})
