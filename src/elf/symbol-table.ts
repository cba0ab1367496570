import { INFO_BINDING, INFO_TYPE } from './names.js'
import type { StringTable } from './strings.js'
import { SymbolKernel, type JsonPlan } from './symbol-kernel.js'
import type { DynamicSymbol } from './types.js'
import type { VersionTables } from './versions.js'

/** The raw tables a DynamicSymbolTable works from. */
export interface SymbolTableParts {
  bytes: Uint8Array
  little: boolean
  is64: boolean
  entsize: number
  /** Entries including the null symbol 0. */
  count: number
  strings: StringTable | null
  versym: Uint8Array | null
  versymCount: number
  versions: VersionTables | null
  sectionNames: string[]
}

/**
 * The dynamic symbols of one file, kept as raw bytes and decoded on demand: `toArray()` materialises the
 * DynamicSymbol objects (once), `undefinedWithVersion()` answers the version-floor question without decoding every
 * name, and the JSON writer (json.ts) streams them straight from the bytes.
 */
export class DynamicSymbolTable {
  readonly parts: SymbolTableParts
  private readonly dv: DataView
  private readonly vdv: DataView | null
  private readonly needMemo = new Map<number, string | null>()
  private cached: DynamicSymbol[] | null = null
  private kernelState: SymbolKernel | null | undefined
  /** Symbols whose name offset is outside the string table (after materialisation). */
  badNames = 0

  constructor(parts: SymbolTableParts) {
    this.parts = parts
    this.dv = new DataView(parts.bytes.buffer, parts.bytes.byteOffset, parts.bytes.byteLength)
    this.vdv = parts.versym ? new DataView(parts.versym.buffer, parts.versym.byteOffset, parts.versym.byteLength) : null
  }

  /** The WebAssembly kernel over this table (large little-endian tables only), created on first use. */
  kernel(): SymbolKernel | null {
    if (this.kernelState === undefined) {
      const { bytes, little, is64, entsize, count, strings, versym, versymCount } = this.parts
      this.kernelState =
        little && strings !== null && count >= KERNEL_MIN && bytes.length >= count * entsize
          ? SymbolKernel.create({ sym: bytes, entsize, is64, count, versym, versymCount, str: strings.bytes })
          : null
    }
    return this.kernelState
  }

  /** How many symbols have a name offset outside the string table (a cheap scan of st_name only). */
  countBadNames(): number {
    const kernel = this.kernel()
    if (kernel !== null) return kernel.badNames()
    const { little, entsize, count, strings } = this.parts
    const size = strings ? strings.size : 0
    let bad = 0
    for (let i = 1; i < count; i++) if (this.dv.getUint32(i * entsize, little) >= size) bad++
    return bad
  }

  /** Number of undefined symbols (st_shndx 0), the null symbol excluded, without decoding any. */
  countUndefined(): number {
    const { little, is64, entsize, count } = this.parts
    const at = is64 ? 6 : 14
    let n = 0
    for (let i = 1; i < count; i++) if (this.dv.getUint16(i * entsize + at, little) === 0) n++
    return n
  }

  /** Number of symbols, the null symbol excluded. */
  get length(): number {
    return this.parts.count - 1
  }

  /** Whether toArray() has run. */
  get materialised(): boolean {
    return this.cached !== null
  }

  /** st_name, st_info and st_shndx of symbol i. */
  raw(i: number): { nameOff: number; info: number; shndx: number } {
    const at = i * this.parts.entsize
    const is64 = this.parts.is64
    return {
      nameOff: this.dv.getUint32(at, this.parts.little),
      info: this.parts.bytes[at + (is64 ? 4 : 12)],
      shndx: this.dv.getUint16(at + (is64 ? 6 : 14), this.parts.little),
    }
  }

  /** Raw .gnu.version value of symbol i (0 when absent). */
  versym(i: number): number {
    return this.vdv !== null && i < this.parts.versymCount ? this.vdv.getUint16(i * 2, this.parts.little) : 0
  }

  /** The version-need name for a raw .gnu.version value (memoised), or null. */
  needName(vers: number): string | null {
    let need = this.needMemo.get(vers)
    if (need === undefined) {
      need = this.parts.versions?.needByOther.get(vers) ?? null
      this.needMemo.set(vers, need)
    }
    return need
  }

  /**
   * readelf's get_symbol_version_string: a defined symbol is matched against .gnu.version_d first (the base version
   * and a version named like the symbol itself give none), then everything against .gnu.version_r, which readelf
   * prints with a single '@'. Returns [version, hidden].
   */
  version(vers: number, nameOff: number, shndx: number): [string | null, boolean] {
    if (vers === 0) return [null, false]
    const v = this.parts.versions
    if (v === null) return [null, false]
    if (shndx !== 0 && vers !== 0x8001 && v.hasDef) {
      const def = v.defByIndex.get(vers & 0x7fff)
      if (def !== undefined) {
        if (def.ndx === 1 && def.flags === 1) return [null, false]
        if (def.nameOff !== nameOff && def.nameOff >= 0) return [def.name, (vers & 0x8000) !== 0]
      }
    }
    if (v.hasNeed) {
      const need = this.needName(vers)
      if (need !== null) return [need, true]
    }
    return [null, false]
  }

  /** The needed file a version came from: only versions resolved through .gnu.version_r (printed with '@') have one. */
  libraryOf(vers: number, version: string | null, hidden: boolean): string | null {
    if (version === null || !hidden) return null
    const v = this.parts.versions
    if (v === null || v.needByOther.get(vers) !== version) return null
    return v.needFileByOther.get(vers) ?? null
  }

  /** Name of symbol i (readelf shows an unnamed section symbol by its section's name); null when out of range. */
  name(nameOff: number, info: number, shndx: number): string | null {
    if ((info & 15) === 3 && nameOff === 0 && shndx < this.parts.sectionNames.length)
      return this.parts.sectionNames[shndx]
    return this.parts.strings !== null ? this.parts.strings.get(nameOff) : null
  }

  /** Every symbol as a DynamicSymbol (file order, null symbol skipped); built once. */
  toArray(): DynamicSymbol[] {
    if (this.cached !== null) return this.cached
    const { bytes, little, is64, entsize, count } = this.parts
    const dv = this.dv
    const infoAt = is64 ? 4 : 12
    const shndxAt = is64 ? 6 : 14
    const out: DynamicSymbol[] = []
    let bad = 0
    for (let i = 1; i < count; i++) {
      const at = i * entsize
      const nameOff = dv.getUint32(at, little)
      const info = bytes[at + infoAt]
      const shndx = dv.getUint16(at + shndxAt, little)
      let name = this.name(nameOff, info, shndx)
      if (name === null) {
        bad++
        name = ''
      }
      const vers = this.versym(i)
      const [version, hidden] = this.version(vers, nameOff, shndx)
      out.push({
        name,
        version,
        hidden,
        library: this.libraryOf(vers, version, hidden),
        defined: shndx !== 0,
        binding: INFO_BINDING[info],
        type: INFO_TYPE[info],
      })
    }
    this.badNames = bad
    this.cached = out
    return out
  }

  /** Names of undefined symbols bound to each of `nodes` (version node names), in file order, deduplicated. */
  undefinedWithVersion(nodes: Set<string>): Map<string, string[]> {
    const out = new Map<string, string[]>()
    if (nodes.size === 0) return out
    const { count } = this.parts
    const seen = new Set<string>()
    const kernel = this.kernel()
    let candidates: Iterable<number> | null = null
    if (kernel !== null) {
      const flags = new Uint8Array(65536)
      for (const [vers, need] of this.parts.versions?.needByOther ?? [])
        if (vers > 0 && vers < 65536 && need !== null && nodes.has(need)) flags[vers] = 1
      candidates = kernel.undefinedWithFlags(flags)
    }
    for (const i of candidates ?? range(1, count)) {
      const vers = this.versym(i)
      if (vers === 0) continue
      const r = this.raw(i)
      if (r.shndx !== 0) continue
      const need = this.needName(vers)
      if (need === null || !nodes.has(need)) continue
      const name = this.name(r.nameOff, r.info, r.shndx) ?? ''
      const key = `${need}\0${name}`
      if (seen.has(key)) continue
      seen.add(key)
      let list = out.get(need)
      if (!list) out.set(need, (list = []))
      list.push(name)
    }
    return out
  }
}

function* range(from: number, to: number): Generator<number> {
  for (let i = from; i < to; i++) yield i
}

/** Tables from this many entries on are scanned and written by the WebAssembly kernel. */
const KERNEL_MIN = 2048

const enc = new TextEncoder()

/** The per-class JSON fragments the WebAssembly kernel pastes after each name (see JsonPlan). */
export function jsonPlan(table: DynamicSymbolTable): JsonPlan {
  const v = table.parts.versions
  const values: number[] = [0]
  if (v !== null) {
    for (const k of v.needByOther.keys()) values.push(k)
    for (const d of v.defByIndex.keys()) values.push(d, d | 0x8000)
  }
  const classOf = new Map<number, number>()
  const defNameOff: number[] = []
  const fragA: Uint8Array[] = []
  for (const vers of values) {
    if (!(vers >= 0 && vers < 65536) || classOf.has(vers)) continue
    const id = defNameOff.length
    classOf.set(vers, id)
    const def = v !== null && v.hasDef && vers !== 0x8001 ? v.defByIndex.get(vers & 0x7fff) : undefined
    const off = def !== undefined && !(def.ndx === 1 && def.flags === 1) && def.nameOff >= 0 ? def.nameOff : -1
    defNameOff.push(off)
    for (const defined of [false, true])
      for (const same of [false, true]) {
        const [version, hidden] = table.version(vers, same ? off : -1, defined ? 1 : 0)
        const library = table.libraryOf(vers, version, hidden)
        fragA.push(
          enc.encode(
            `,"version":${JSON.stringify(version)},"hidden":${hidden},"library":${JSON.stringify(library)},"defined":${defined},"binding":`,
          ),
        )
      }
  }
  classOf.delete(0)
  // st_info is binding << 4 | type, and each name depends on its half only.
  const halves = Array.from({ length: 16 }, (_, x) => x)
  const fragB = halves.map((b) => enc.encode(`${JSON.stringify(INFO_BINDING[b << 4])},"type":`))
  const fragC = halves.map((t) => enc.encode(`${JSON.stringify(INFO_TYPE[t])}}`))
  const slow = (i: number): Uint8Array => {
    const { nameOff, info, shndx } = table.raw(i)
    const vers = table.versym(i)
    const [version, hidden] = table.version(vers, nameOff, shndx)
    const library = table.libraryOf(vers, version, hidden)
    return enc.encode(
      `${JSON.stringify(table.name(nameOff, info, shndx) ?? '')},"version":${JSON.stringify(version)},"hidden":${hidden},"library":${JSON.stringify(library)},"defined":${shndx !== 0},"binding":${JSON.stringify(INFO_BINDING[info])},"type":${JSON.stringify(INFO_TYPE[info])}}`,
    )
  }
  return { classOf, defNameOff, fragA, fragB, fragC, slow }
}
