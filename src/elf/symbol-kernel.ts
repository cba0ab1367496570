import { ARENA_PAD, arenaOf, wasmApi, type WasmArena, type WasmMemory, type WasmModule } from './wasm-arena.js'
import { CLS_SIZE, HEADER, KERNEL_CHUNK, ZERO_AT } from './symbol-kernel-layout.js'
import { KERNEL_WASM } from './symbol-kernel-wasm.js'

// The symbol kernels at run time: the prebuilt module (symbol-kernel-code.ts builds it), instantiated over one
// table's memory (layout in symbol-kernel-layout.ts).

interface KernelExports {
  touch(from: number, to: number): number
  json(...args: number[]): number
  bad(symBase: number, entsize: number, n: number, strLen: number): number
  undef(...args: number[]): number
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
