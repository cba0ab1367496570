import type { Budget } from './budget.js'
import { DT, type DynamicInfo } from './dynamic.js'
import { ElfError } from './errors.js'
import {
  mappedExtent,
  SHT_DYNSYM,
  SHT_GNU_VERSYM,
  SHT_STRTAB,
  sectionBytes,
  vaddrToOffset,
  type ElfLayout,
} from './layout.js'
import { StringTable } from './strings.js'
import { DynamicSymbolTable } from './symbol-table.js'
import type { VersionTables } from './versions.js'
import { readView, View } from './view.js'

const MAX_SYMTAB = 512 << 20

interface SymbolTable {
  view: View
  count: number
  entsize: number
  strings: StringTable | null
}

/**
 * Reads .dynsym (or DT_SYMTAB sized by DT_HASH/DT_GNU_HASH when there are no section headers) and .gnu.version into
 * a DynamicSymbolTable that joins each symbol with its version exactly as `readelf -W --dyn-syms` does, decoding
 * symbols only when asked. Null when the file has no dynamic symbols.
 */
export function readDynamicSymbols(
  layout: ElfLayout,
  dyn: DynamicInfo | null,
  versions: VersionTables | null,
  budget: Budget,
  warnings: string[],
): DynamicSymbolTable | null {
  const table = locateSymbols(layout, dyn, warnings)
  if (!table || table.count <= 1) return null
  budget.spend(table.count, table.view.base)
  const versym = versions ? readVersym(layout, dyn, table.count, warnings) : null
  const result = new DynamicSymbolTable({
    bytes: table.view.bytes,
    little: layout.little,
    is64: layout.is64,
    entsize: table.entsize,
    count: table.count,
    strings: table.strings,
    versym: versym ? versym.view.bytes : null,
    versymCount: versym ? versym.count : 0,
    versions,
    sectionNames: layout.sections.map((s) => s.name),
  })
  const bad = result.countBadNames()
  if (bad > 0) warnings.push(`${bad} dynamic symbol name(s) point outside the string table`)
  return result
}

function locateSymbols(layout: ElfLayout, dyn: DynamicInfo | null, warnings: string[]): SymbolTable | null {
  const std = layout.is64 ? 24 : 16
  const sec = layout.sections.find((s) => s.type === SHT_DYNSYM)
  if (sec) {
    if (!(sec.size > 0)) return null
    let entsize = sec.entsize
    if (entsize !== std) {
      warnings.push(`.dynsym sh_entsize ${entsize} is not ${std}; using ${std}`)
      entsize = std
    }
    if (sec.size % entsize !== 0) warnings.push(`.dynsym size ${sec.size} is not a multiple of ${entsize}`)
    const view = sectionBytes(layout, sec, MAX_SYMTAB)
    let strings: StringTable | null = null
    const link = sec.link
    if (link > 0 && link < layout.sections.length && layout.sections[link].type === SHT_STRTAB) {
      const ls = layout.sections[link]
      strings =
        dyn?.strtab && dyn.strtab.size === ls.size
          ? dyn.strtab
          : new StringTable(sectionBytes(layout, ls, MAX_SYMTAB).bytes)
    } else {
      warnings.push(`.dynsym sh_link ${link} is not a string table; using .dynstr`)
      strings = dyn?.strtab ?? null
    }
    return { view, count: Math.floor(view.length / entsize), entsize, strings }
  }
  if (layout.sections.length > 0 || !dyn) return null
  const addr = dyn.values.get(DT.SYMTAB)
  if (addr === undefined) return null
  const count = symbolCount(layout, dyn, warnings)
  if (count === null) {
    warnings.push('DT_SYMTAB without DT_HASH/DT_GNU_HASH: symbol count unknown; dynamic symbols skipped')
    return null
  }
  if (count === 0) return null
  const len = count * std
  const off = vaddrToOffset(layout, addr, len, 'DT_SYMTAB')
  return { view: readView(layout.src, off, len, layout.little, 'DT_SYMTAB'), count, entsize: std, strings: dyn.strtab }
}

/** Number of dynamic symbols from DT_HASH (nchain) or DT_GNU_HASH (highest chain end), bounded by the mapped data. */
function symbolCount(layout: ElfLayout, dyn: DynamicInfo, warnings: string[]): number | null {
  const hash = dyn.values.get(DT.HASH)
  if (hash !== undefined) {
    const off = vaddrToOffset(layout, hash, 8, 'DT_HASH')
    return readView(layout.src, off, 8, layout.little, 'DT_HASH').u32(4)
  }
  const gnu = dyn.values.get(DT.GNU_HASH)
  if (gnu === undefined) return null
  const ext = mappedExtent(layout, gnu)
  if (!ext || ext.length < 16) throw new ElfError('UNMAPPED_ADDRESS', 'DT_GNU_HASH is not mapped', null)
  const v = readView(layout.src, ext.offset, Math.min(ext.length, MAX_SYMTAB), layout.little, 'DT_GNU_HASH')
  const nbuckets = v.u32(0)
  const symoffset = v.u32(4)
  const bloomSize = v.u32(8)
  const word = layout.is64 ? 8 : 4
  const bucketsAt = 16 + bloomSize * word
  v.need(bucketsAt, nbuckets * 4, 'DT_GNU_HASH buckets')
  let max = 0
  for (let i = 0; i < nbuckets; i++) max = Math.max(max, v.u32(bucketsAt + i * 4))
  if (max === 0) return symoffset
  if (max < symoffset) throw new ElfError('BAD_TABLE', 'DT_GNU_HASH bucket below symoffset', v.base + bucketsAt)
  const chainAt = bucketsAt + nbuckets * 4
  for (let i = max; ; i++) {
    const at = chainAt + (i - symoffset) * 4
    v.need(at, 4, 'DT_GNU_HASH chain')
    if (v.u32(at) & 1) return i + 1
    if (i - max > 1 << 24) {
      warnings.push('DT_GNU_HASH chain does not end')
      return null
    }
  }
}

function readVersym(
  layout: ElfLayout,
  dyn: DynamicInfo | null,
  count: number,
  warnings: string[],
): { view: View; count: number } | null {
  const sec = layout.sections.find((s) => s.type === SHT_GNU_VERSYM)
  try {
    let view: View | null = null
    if (sec) {
      if (!(sec.size > 0)) return null
      view = sectionBytes(layout, sec, MAX_SYMTAB)
    } else if (layout.sections.length === 0 && dyn) {
      const addr = dyn.values.get(DT.VERSYM)
      if (addr === undefined) return null
      const off = vaddrToOffset(layout, addr, count * 2, 'DT_VERSYM')
      view = readView(layout.src, off, count * 2, layout.little, 'DT_VERSYM')
    }
    if (!view) return null
    const n = Math.floor(view.length / 2)
    if (n !== count) warnings.push(`.gnu.version has ${n} entries but .dynsym has ${count} symbols`)
    return { view, count: n }
  } catch (e) {
    if (!(e instanceof ElfError)) throw e
    warnings.push(`.gnu.version unreadable (${e.code}): ${e.message}`)
    return null
  }
}
