import {
  ARENA_PAD,
  ARENA_RESERVED,
  arenaOf,
  wasmApi,
  type WasmArena,
  type WasmMemory,
  type WasmModule,
} from './wasm-arena.js'
import { FunctionBuilder, moduleBytes, op } from './wasm-asm.js'
import { KERNEL_WASM } from './symbol-kernel-wasm.js'

/*
 * WebAssembly kernels over a large little-endian dynamic symbol table. A one-shot CLI process never runs JavaScript
 * loops long enough for the optimising compiler to pay off; the same loops compiled by the baseline WebAssembly
 * compiler run several times faster from the first iteration. Memory layout (one linear memory per table):
 *   [0, 16)        results of the last call (p, status, next index)
 *   sym            the .dynsym entries (count * entsize)
 *   versym         .gnu.version (count entries; entries past the real table read as 0)
 *   str            .dynstr, then 16 zero bytes (a terminator for an unterminated last name, and room for 8-byte reads)
 *   cls            byte classes for JSON: [0,256) class, [256,512) lowest, [512,768) highest first continuation byte
 *   json tables    added by prepareJson: vid per versym value (u16), def name offset per vid, fragment offsets
 *   out            output buffer
 */

const HEADER = ARENA_RESERVED
/** A zero word in the header: where the kernels read the .gnu.version of symbols past the end of that table. */
const ZERO_AT = 48
const CLS_SIZE = 768
/** Bytes of JSON per chunk handed to the sink. */
export const KERNEL_CHUNK = 1 << 18

const PREFETCH = 8
const C01 = 0x0101010101010101n
const C80 = 0x8080808080808080n

function jsonBody(): FunctionBuilder {
  const f = new FunctionBuilder(
    ['i', 'n', 'p', 'limit', 'symBase', 'entsize', 'infoAt', 'shndxAt', 'vsBase', 'vsCount', 'strBase', 'strLen'],
    [
      'vidTab',
      'defTab',
      'fragA',
      'fragB',
      'fragC',
      'cls',
      'bind',
      'type',
      'e',
      'nameOff',
      'info',
      'shndx',
      'vid',
      'k',
      'q',
      's',
      'c',
      't',
      'pf',
    ],
    ['w', 'x', 'y'],
  )
  // The table addresses live in the header of the JSON area (at mem[12]): vidTab, defTab, fragA, fragB, cls, fragC.
  f.i32(12).load32().tee('e').load32().set('vidTab')
  f.get('e').load32(4).set('defTab')
  f.get('e').load32(8).set('fragA')
  f.get('e').load32(12).set('fragB')
  f.get('e').load32(16).set('cls')
  f.get('e').load32(20).set('fragC')
  const swar = (c: number): void => {
    // y = w ^ (c repeated); x |= (y - 0x01..) & ~y  (high bit set in bytes of w equal to c, exact for the lowest)
    f.get('w')
      .i64(C01 * BigInt(c))
      .op(op.i64Xor)
      .set('y')
    f.get('x').get('y').i64(C01).op(op.i64Sub).get('y').i64(-1n).op(op.i64Xor, op.i64And, op.i64Or).set('x')
  }
  f.block('exit', () => {
    f.loop('top', () => {
      f.get('i', 'n').op(op.i32GeU).brIf('exit')
      f.get('p', 'limit').op(op.i32GeU).brIf('exit')
      f.get('symBase', 'i', 'entsize').op(op.i32Mul, op.i32Add).set('e')
      f.get('e').load32().set('nameOff')
      // Touch the name of a symbol a few entries ahead: names are scattered over the string table, and an early
      // independent load lets the processor overlap those cache misses.
      f.get('e', 'entsize').i32(PREFETCH).op(op.i32Mul, op.i32Add).get('e')
      f.get('i').i32(PREFETCH).op(op.i32Add).get('n').op(op.i32LtU, op.select).load32().set('c')
      f.get('strBase').get('c').i32(0).get('c', 'strLen').op(op.i32LtU, op.select, op.i32Add).load8()
      f.get('pf').op(op.i32Xor).set('pf')
      f.get('e', 'infoAt').op(op.i32Add).load8().set('info')
      f.get('e', 'shndxAt').op(op.i32Add).load16().set('shndx')
      // vid = vidTab[i < vsCount ? versym[i] : 0]
      f.get('vidTab')
      f.get('vsBase', 'i').i32(1).op(op.i32Shl, op.i32Add)
      f.i32(ZERO_AT).get('i', 'vsCount').op(op.i32LtU, op.select).load16()
      f.i32(1).op(op.i32Shl, op.i32Add).load16().set('vid')
      // k = vid*4 + defined*2 + (defined && nameOff == defTab[vid])
      f.get('shndx').i32(0).op(op.i32Ne).set('t')
      f.get('vid').i32(2).op(op.i32Shl).get('t').i32(1).op(op.i32Shl, op.i32Add)
      f.get('t', 'nameOff').get('defTab', 'vid').i32(2).op(op.i32Shl, op.i32Add).load32()
      f.op(op.i32Eq, op.i32And, op.i32Add).set('k')
      f.get('i')
        .i32(1)
        .op(op.i32GtU)
        .when(() => {
          f.get('p').i32(0x2c).store8()
          f.inc('p')
        })
      f.get('p').i64(0x3a22656d616e227bn).store64() // {"name":
      f.inc('p', 8)
      f.block('bail', () => {
        f.block('named', () => {
          f.get('nameOff', 'strLen').op(op.i32GeU).brIf('bail')
          // readelf shows an unnamed section symbol by its section's name: left to the caller
          f.get('info').i32(15).op(op.i32And).i32(3).op(op.i32Eq).get('nameOff').op(op.i32Eqz, op.i32And).brIf('bail')
          f.get('p').i32(0x22).store8()
          f.get('p').i32(1).op(op.i32Add).set('q')
          f.get('strBase', 'nameOff').op(op.i32Add).set('s')
          f.loop('word', () => {
            // Eight bytes at a time while none is NUL, a control character, '"', '\\' or non-ASCII.
            f.get('s').load64().set('w')
            f.get('w')
              .i64(C01 * 0x20n)
              .op(op.i64Sub)
              .get('w')
              .i64(-1n)
              .op(op.i64Xor, op.i64And)
              .set('x')
            swar(0x22)
            swar(0x5c)
            f.get('x', 'w').op(op.i64Or).i64(C80).op(op.i64And).set('x')
            f.get('q', 'w').store64()
            f.get('x')
              .op(op.i64Eqz)
              .when(() => {
                f.inc('q', 8)
                f.inc('s', 8)
                f.br('word')
              })
            f.get('x').op(op.i64Ctz, op.i32WrapI64).i32(3).op(op.i32ShrU).set('t')
            f.get('q', 't').op(op.i32Add).set('q')
            f.get('s', 't').op(op.i32Add).set('s')
            f.get('s').load8().set('c')
            f.get('cls', 'c').op(op.i32Add).load8().set('t')
            f.get('t').i32(1).op(op.i32Eq).brIf('named')
            f.get('t').i32(3).op(op.i32LtU).brIf('bail')
            // A UTF-8 lead byte: t - 2 continuation bytes, the first within [lo[c], hi[c]], the others 80..BF.
            f.get('s').load8(1).set('e')
            f.get('e').get('cls', 'c').op(op.i32Add).load8(256).op(op.i32LtU).brIf('bail')
            f.get('e').get('cls', 'c').op(op.i32Add).load8(512).op(op.i32GtU).brIf('bail')
            f.get('q', 'c').store8()
            f.get('q', 'e').store8(1)
            f.inc('q', 2)
            f.inc('s', 2)
            f.get('t').i32(3).op(op.i32Sub).set('t')
            f.loop('cont', () => {
              f.get('t').op(op.i32Eqz).brIf('word')
              f.get('s').load8().tee('e').i32(0xc0).op(op.i32And).i32(0x80).op(op.i32Ne).brIf('bail')
              f.get('q', 'e').store8()
              f.inc('q')
              f.inc('s')
              f.get('t').i32(1).op(op.i32Sub).set('t')
              f.br('cont')
            })
          })
        })
        // Names over 65536 bytes may be cut by the string table: left to the caller.
        f.get('q', 'p').op(op.i32Sub).i32(65537).op(op.i32GtU).brIf('bail')
        f.get('q').i32(0x22).store8()
        f.get('q').i32(1).op(op.i32Add).set('p')
        f.get('info').i32(4).op(op.i32ShrU).set('bind')
        f.get('info').i32(15).op(op.i32And).set('type')
        for (const [tab, idx] of [
          ['fragA', 'k'],
          ['fragB', 'bind'],
          ['fragC', 'type'],
        ]) {
          f.get(tab, idx).i32(3).op(op.i32Shl, op.i32Add).set('e')
          f.get('p').get('e').load32().get('e').load32(4).copy()
          f.get('p').get('e').load32(4).op(op.i32Add).set('p')
        }
        f.inc('i')
        f.br('top')
      })
      // bail: p is just after {"name": ; the caller writes this symbol and resumes at i + 1
      f.i32(0).get('p').store32()
      f.i32(4).i32(1).store32()
      f.get('i').op(op.ret)
    })
  })
  f.i32(0).get('p').store32()
  f.i32(4).i32(0).store32()
  f.i32(8).get('pf').store32()
  f.get('i')
  return f
}

function badNamesBody(): FunctionBuilder {
  const f = new FunctionBuilder(['symBase', 'entsize', 'n', 'strLen'], ['i', 'bad'], [])
  f.i32(1).set('i')
  f.block('exit', () => {
    f.loop('top', () => {
      f.get('i', 'n').op(op.i32GeU).brIf('exit')
      f.get('bad').get('symBase', 'i', 'entsize').op(op.i32Mul, op.i32Add).load32().get('strLen').op(op.i32GeU)
      f.op(op.i32Add).set('bad')
      f.inc('i')
      f.br('top')
    })
  })
  f.get('bad')
  return f
}

/** Indices of undefined symbols whose .gnu.version value is flagged in `flags` (65536 bytes), up to `max` of them. */
function undefinedBody(): FunctionBuilder {
  const f = new FunctionBuilder(
    ['i', 'n', 'symBase', 'entsize', 'shndxAt', 'vsBase', 'vsCount', 'flags', 'out', 'max'],
    ['found', 'v'],
    [],
  )
  f.block('exit', () => {
    f.loop('top', () => {
      f.get('i', 'n').op(op.i32GeU).brIf('exit')
      f.get('i', 'vsCount').op(op.i32GeU).brIf('exit')
      f.get('found', 'max').op(op.i32GeU).brIf('exit')
      f.block('next', () => {
        f.get('vsBase', 'i').i32(1).op(op.i32Shl, op.i32Add).load16().tee('v').op(op.i32Eqz).brIf('next')
        f.get('flags', 'v').op(op.i32Add).load8().op(op.i32Eqz).brIf('next')
        f.get('symBase', 'i', 'entsize').op(op.i32Mul, op.i32Add).get('shndxAt').op(op.i32Add).load16().brIf('next')
        f.get('out', 'found').i32(2).op(op.i32Shl, op.i32Add).get('i').store32()
        f.inc('found')
      })
      f.inc('i')
      f.br('top')
    })
  })
  f.i32(8).get('i').store32()
  f.get('found')
  return f
}

/** Reads one byte per cache line of [from, to) (brings a table into the caches ahead of random access). */
function touchBody(): FunctionBuilder {
  const f = new FunctionBuilder(['from', 'to'], ['x'], [])
  f.block('exit', () => {
    f.loop('top', () => {
      f.get('from', 'to').op(op.i32GeU).brIf('exit')
      f.get('x').get('from').load8().op(op.i32Xor).set('x')
      f.inc('from', 64)
      f.br('top')
    })
  })
  f.get('x')
  return f
}

interface KernelExports {
  touch(from: number, to: number): number
  json(...args: number[]): number
  bad(symBase: number, entsize: number, n: number, strLen: number): number
  undef(...args: number[]): number
}

/** The kernel module as the emitter builds it (the source of truth for KERNEL_WASM, which a unit test checks). */
export function kernelModuleBytes(): Uint8Array {
  return moduleBytes([
    { name: 'json', params: 12, body: jsonBody() },
    { name: 'bad', params: 4, body: badNamesBody() },
    { name: 'undef', params: 10, body: undefinedBody() },
    { name: 'touch', params: 2, body: touchBody() },
  ])
}

let compiled: WasmModule | null | undefined

function kernelModule(): WasmModule | null {
  if (compiled === undefined) {
    const api = wasmApi()
    if (api === null) return (compiled = null)
    try {
      // The prebuilt bytes spare a short-lived process the emitter's run (about a millisecond cold).
      compiled = new api.Module(Uint8Array.from(atob(KERNEL_WASM), (c) => c.charCodeAt(0)))
    } catch {
      compiled = null
    }
  }
  return compiled ?? null
}

/** The inputs of a kernel: a little-endian symbol table and its string and version tables. */
export interface KernelTables {
  sym: Uint8Array
  entsize: number
  is64: boolean
  count: number
  versym: Uint8Array | null
  versymCount: number
  str: Uint8Array
}

/** How to write one symbol's JSON: fragments per version class and st_info, and a fallback for the rest. */
export interface JsonPlan {
  /** .gnu.version value → version class (0 for every value not listed). */
  classOf: Map<number, number>
  /** Per version class: the vda_name offset that makes a defined symbol's version hidden-by-name, or -1. */
  defNameOff: number[]
  /** Per version class × 4 (defined × 2 + name equals defNameOff): `,"version":…,"defined":…,"binding":`. */
  fragA: Uint8Array[]
  /** Per binding (st_info >> 4): `"BINDING","type":`. */
  fragB: Uint8Array[]
  /** Per type (st_info & 15): `"TYPE"}`. */
  fragC: Uint8Array[]
  /** The JSON (`"name"` + rest of the object) of symbol i, for names the kernel leaves to JavaScript. */
  slow(i: number): Uint8Array
}

/**
 * A table in WebAssembly memory, with its kernels: either the arena its bytes were read into (no copy), or a memory
 * of its own holding copies.
 */
export class SymbolKernel {
  private readonly mem: WasmMemory
  private u8: Uint8Array
  private readonly fns: KernelExports
  private readonly t: KernelTables
  private readonly symAt: number
  private readonly vsAt: number
  private readonly strAt: number
  /** The arena the tables live in, or null for a memory of the kernel's own (scratch space then grows it). */
  private readonly arena: WasmArena | null
  private top: number
  private scratchAt = -1
  private scratchSize = 0

  private constructor(t: KernelTables, mem: WasmMemory, fns: KernelExports, arena: WasmArena | null, at: number[]) {
    this.t = t
    this.mem = mem
    this.u8 = new Uint8Array(mem.buffer)
    this.fns = fns
    this.arena = arena
    ;[this.symAt, this.vsAt, this.strAt, this.top] = at
  }

  /** A kernel over `t`, or null where WebAssembly or the memory is not available. */
  static create(t: KernelTables): SymbolKernel | null {
    const mod = kernelModule()
    const api = wasmApi()
    if (mod === null || api === null) return null
    const arena = arenaOf(t.sym)
    try {
      // In place when the symbols were read into an arena with room for the output buffer (about one more string
      // table): the smaller tables join them there if they are elsewhere.
      if (arena !== null && arena.free >= 2 * t.str.length + KERNEL_CHUNK + (1 << 20)) {
        const inArena = (b: Uint8Array): Uint8Array | null => {
          if (arenaOf(b) === arena) return b
          const copy = arena.alloc(b.length)
          copy?.set(b)
          return copy
        }
        const str = inArena(t.str)
        const versym = t.versym ? inArena(t.versym.subarray(0, t.versymCount * 2)) : null
        if (str !== null && (t.versym === null || versym !== null)) {
          const mem = arena.memory
          const fns = new api.Instance(mod, { m: { mem } }).exports as unknown as KernelExports
          const at = [t.sym.byteOffset, versym ? versym.byteOffset : ZERO_AT, str.byteOffset, 0]
          return new SymbolKernel(t, mem, fns, arena, at)
        }
      }
      const align = (n: number): number => (n + 7) & ~7
      const symAt = HEADER
      const vsAt = align(symAt + t.count * t.entsize)
      const strAt = align(vsAt + t.versymCount * 2)
      const top = align(strAt + t.str.length + ARENA_PAD)
      const mem = new api.Memory({ initial: Math.ceil(top / 65536) })
      const fns = new api.Instance(mod, { m: { mem } }).exports as unknown as KernelExports
      const u8 = new Uint8Array(mem.buffer)
      u8.set(t.sym.subarray(0, t.count * t.entsize), symAt)
      if (t.versym) u8.set(t.versym.subarray(0, t.versymCount * 2), vsAt)
      u8.set(t.str, strAt)
      return new SymbolKernel(t, mem, fns, null, [symAt, vsAt, strAt, top])
    } catch {
      return null
    }
  }

  /** Whether the kernel works in the arena the symbol table was read into (rather than on copies). */
  get inPlace(): boolean {
    return this.arena !== null
  }

  /** Number of symbols (null symbol excluded) whose st_name is outside the string table. */
  badNames(): number {
    return this.fns.bad(this.symAt, this.t.entsize, this.t.count, this.t.str.length)
  }

  /** Indices of undefined symbols whose .gnu.version value v has flags[v] set, in file order (null: no memory). */
  undefinedWithFlags(flags: Uint8Array): number[] | null {
    const need = 65536 + 4096 * 4
    const flagsAt = this.scratch(need)
    if (flagsAt < 0) return null
    this.u8.set(flags.subarray(0, 65536), flagsAt)
    const outAt = flagsAt + 65536
    const dv = new DataView(this.mem.buffer)
    const found: number[] = []
    const { count, entsize, is64, versymCount } = this.t
    for (let i = 1; i < count;) {
      const n = this.fns.undef(
        i,
        count,
        this.symAt,
        entsize,
        is64 ? 6 : 14,
        this.vsAt,
        versymCount,
        flagsAt,
        outAt,
        4096,
      )
      for (let k = 0; k < n; k++) found.push(dv.getUint32(outAt + k * 4, true))
      const next = dv.getUint32(8, true)
      if (next <= i && n === 0) break
      i = next
      if (n < 4096) break
    }
    return found
  }

  /**
   * Streams the JSON array of every symbol to `sink` in chunks of about KERNEL_CHUNK bytes (views of one buffer).
   * False, having written nothing, when the memory cannot hold the output buffer.
   */
  writeJson(plan: JsonPlan, sink: (chunk: Uint8Array) => void): boolean {
    const vids = plan.defNameOff.length
    const frags = [...plan.fragA, ...plan.fragB, ...plan.fragC]
    const fragBytes = frags.reduce((a, b) => a + b.length, 0)
    const longest = (list: Uint8Array[]): number => list.reduce((a, b) => Math.max(a, b.length), 0)
    const maxFrag = longest(plan.fragA) + longest(plan.fragB) + longest(plan.fragC)
    const tablesSize = 24 + 131072 + vids * 4 + vids * 4 * 8 + 32 * 8 + CLS_SIZE + fragBytes + 8
    // Room for one more symbol past the limit: the longest name the kernel copies before giving up, plus fragments.
    const slack = this.t.str.length + 16 + maxFrag + 64
    const base = this.scratch(tablesSize + KERNEL_CHUNK + slack)
    if (base < 0) return false
    const u8 = this.u8
    const dv = new DataView(this.mem.buffer)
    const vidAt = base + 24
    const defAt = vidAt + 131072
    const faAt = defAt + vids * 4
    const fbAt = faAt + vids * 32
    const fcAt = fbAt + 16 * 8
    const clsAt = fcAt + 16 * 8
    let fragAt = clsAt + CLS_SIZE
    const outAt = (fragAt + fragBytes + 7) & ~7
    u8.fill(0, vidAt, vidAt + 131072)
    for (const [v, id] of plan.classOf) dv.setUint16(vidAt + v * 2, id, true)
    plan.defNameOff.forEach((off, id) => dv.setInt32(defAt + id * 4, off, true))
    const put = (tab: number, list: Uint8Array[]): void =>
      list.forEach((b, j) => {
        u8.set(b, fragAt)
        dv.setUint32(tab + j * 8, fragAt, true)
        dv.setUint32(tab + j * 8 + 4, b.length, true)
        fragAt += b.length
      })
    put(faAt, plan.fragA)
    put(fbAt, plan.fragB)
    put(fcAt, plan.fragC)
    for (let c = 0; c < 256; c++) {
      let cls = 2
      let lo = 0x80
      let hi = 0xbf
      if (c === 0) cls = 1
      else if (c >= 0x20 && c < 0x80 && c !== 0x22 && c !== 0x5c) cls = 0
      else if (c >= 0xc2 && c <= 0xdf) cls = 3
      else if (c >= 0xe0 && c <= 0xef) {
        cls = 4
        if (c === 0xe0) lo = 0xa0
        if (c === 0xed) hi = 0x9f
      } else if (c >= 0xf0 && c <= 0xf4) {
        cls = 5
        if (c === 0xf0) lo = 0x90
        if (c === 0xf4) hi = 0x8f
      }
      u8[clsAt + c] = cls
      u8[clsAt + 256 + c] = lo
      u8[clsAt + 512 + c] = hi
    }
    dv.setUint32(12, base, true)
    dv.setUint32(base, vidAt, true)
    dv.setUint32(base + 4, defAt, true)
    dv.setUint32(base + 8, faAt, true)
    dv.setUint32(base + 12, fbAt, true)
    dv.setUint32(base + 16, clsAt, true)
    dv.setUint32(base + 20, fcAt, true)

    const { count, entsize, is64, versymCount } = this.t
    const limit = outAt + KERNEL_CHUNK
    // Names are read in random order: one sequential pass first brings the string table into the caches (a table
    // just read from the file is not there), which halves the time of the pass that copies them.
    u8[8] = this.fns.touch(this.strAt, this.strAt + this.t.str.length)
    u8[outAt] = 0x5b
    let p = outAt + 1
    let i = 1
    for (;;) {
      i = this.fns.json(
        i,
        count,
        p,
        limit,
        this.symAt,
        entsize,
        is64 ? 4 : 12,
        is64 ? 6 : 14,
        this.vsAt,
        versymCount,
        this.strAt,
        this.t.str.length,
      )
      p = dv.getUint32(0, true)
      if (dv.getUint32(4, true) === 1) {
        const bytes = plan.slow(i)
        if (p + bytes.length <= limit + slack) {
          u8.set(bytes, p)
          p += bytes.length
        } else {
          sink(u8.subarray(outAt, p))
          sink(bytes)
          p = outAt
        }
        i++
        continue
      }
      if (i >= count) break
      sink(u8.subarray(outAt, p))
      p = outAt
    }
    u8[p++] = 0x5d
    sink(u8.subarray(outAt, p))
    return true
  }

  /** Address of a scratch area of `size` bytes (reused between calls), or -1 when the memory cannot provide one. */
  private scratch(size: number): number {
    if (this.scratchAt >= 0 && this.scratchSize >= size) return this.scratchAt
    if (this.arena !== null) {
      const area = this.arena.alloc(size)
      if (area === null) return -1
      this.scratchAt = area.byteOffset
    } else {
      const need = this.top + size
      const have = this.mem.buffer.byteLength
      try {
        if (need > have) this.mem.grow(Math.ceil((need - have) / 65536))
      } catch {
        return -1
      }
      this.scratchAt = this.top
    }
    this.scratchSize = size
    this.u8 = new Uint8Array(this.mem.buffer)
    return this.scratchAt
  }
}
