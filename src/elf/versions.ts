import type { Budget } from './budget.js'
import { DT, type DynamicInfo } from './dynamic.js'
import { ElfError } from './errors.js'
import {
  mappedExtent,
  SHT_GNU_VERDEF,
  SHT_GNU_VERNEED,
  SHT_STRTAB,
  sectionBytes,
  type ElfLayout,
  type SectionHeader,
} from './layout.js'
import { StringTable } from './strings.js'
import type { VersionDef, VersionNeed } from './types.js'
import { readView, type View } from './view.js'

/** A version definition as the symbol join needs it. */
export interface DefNode {
  ndx: number
  flags: number
  /** vda_name of the first auxiliary entry (a .dynstr offset), -1 when absent. */
  nameOff: number
  name: string | null
}

/** Decoded .gnu.version_r and .gnu.version_d plus the lookup maps used to version symbols. */
export interface VersionTables {
  needs: VersionNeed[]
  defs: VersionDef[]
  /** vna_other → version name (first occurrence in file order, as readelf searches). */
  needByOther: Map<number, string | null>
  /** vna_other → the needed file (vn_file) whose record holds that version (same first occurrence). */
  needFileByOther: Map<number, string>
  /** vd_ndx → definition (first occurrence). */
  defByIndex: Map<number, DefNode>
  hasNeed: boolean
  hasDef: boolean
}

const VER_FLG_BASE = 1
const VER_FLG_WEAK = 2
const MAX_VERSION_TABLE = 16 << 20

/** Reads both version tables (sections when present, else DT_VERNEED/DT_VERDEF through PT_LOAD). Errors throw ElfError. */
export function readVersionTables(
  layout: ElfLayout,
  dyn: DynamicInfo | null,
  budget: Budget,
  warnings: string[],
): VersionTables {
  const t: VersionTables = {
    needs: [],
    defs: [],
    needByOther: new Map(),
    needFileByOther: new Map(),
    defByIndex: new Map(),
    hasNeed: false,
    hasDef: false,
  }
  const needSrc = locate(layout, dyn, SHT_GNU_VERNEED, DT.VERNEED, DT.VERNEEDNUM, warnings)
  const defSrc = locate(layout, dyn, SHT_GNU_VERDEF, DT.VERDEF, DT.VERDEFNUM, warnings)
  let firstError: unknown = null
  if (needSrc) {
    t.hasNeed = true
    try {
      walkNeeds(needSrc, t, budget, warnings)
    } catch (e) {
      firstError = e
    }
  }
  if (defSrc) {
    t.hasDef = true
    try {
      walkDefs(defSrc, t, budget, warnings)
    } catch (e) {
      firstError ??= e
    }
  }
  if (firstError) throw firstError
  return t
}

interface TableSource {
  view: View
  count: number
  strings: StringTable | null
  what: string
}

function locate(
  layout: ElfLayout,
  dyn: DynamicInfo | null,
  shType: number,
  addrTag: number,
  numTag: number,
  warnings: string[],
): TableSource | null {
  const what = shType === SHT_GNU_VERNEED ? '.gnu.version_r' : '.gnu.version_d'
  const sec = layout.sections.find((s) => s.type === shType)
  if (sec) {
    if (!(sec.size > 0)) return null
    return {
      view: sectionBytes(layout, sec, MAX_VERSION_TABLE),
      count: sec.info,
      strings: linkedStrings(layout, sec, dyn, warnings),
      what,
    }
  }
  if (layout.sections.length > 0 || !dyn) return null
  const addr = dyn.values.get(addrTag)
  if (addr === undefined) return null
  const ext = mappedExtent(layout, addr)
  if (!ext)
    throw new ElfError('UNMAPPED_ADDRESS', `${what}: DT address 0x${addr.toString(16)} is not in any PT_LOAD`, null)
  const len = Math.min(ext.length, MAX_VERSION_TABLE)
  return {
    view: readView(layout.src, ext.offset, len, layout.little, what),
    count: dyn.values.get(numTag) ?? 0,
    strings: dyn.strtab,
    what,
  }
}

function linkedStrings(
  layout: ElfLayout,
  sec: SectionHeader,
  dyn: DynamicInfo | null,
  warnings: string[],
): StringTable | null {
  const link = sec.link
  if (link > 0 && link < layout.sections.length && link !== sec.index && layout.sections[link].type === SHT_STRTAB) {
    if (dyn?.strtab && layout.sections.find((s) => s.index === link && s.type === SHT_STRTAB)) {
      // Usually the same table as .dynamic's; reuse the decoded copy when offsets match.
      const s = layout.sections[link]
      if (dyn.strtab.size === s.size) return dyn.strtab
    }
    try {
      return new StringTable(sectionBytes(layout, layout.sections[link], 256 << 20).bytes)
    } catch (e) {
      if (!(e instanceof ElfError)) throw e
      warnings.push(`${sec.name}: linked string table unreadable: ${e.message}`)
    }
  } else {
    warnings.push(`${sec.name || 'version section'}: sh_link ${link} is not a string table; using .dynstr`)
  }
  return dyn?.strtab ?? null
}

function str(src: TableSource, off: number, warnings: string[]): string | null {
  const s = src.strings ? src.strings.get(off) : null
  if (s === null) warnings.push(`${src.what}: name offset ${off} is outside the string table`)
  return s
}

/** Walks Elf_Verneed records and their Elf_Vernaux chains. Offsets only move forward, so no cycle is possible. */
function walkNeeds(src: TableSource, t: VersionTables, budget: Budget, warnings: string[]): void {
  const v = src.view
  const maxRecords = Math.floor(v.length / 16)
  const count = Math.min(src.count, maxRecords)
  if (src.count > maxRecords) warnings.push(`${src.what}: count ${src.count} exceeds what the table can hold`)
  let off = 0
  for (let i = 0; i < count; i++) {
    budget.spend(1, v.base + off)
    v.need(off, 16, `${src.what} entry ${i}`)
    const version = v.u16(off)
    const cnt = v.u16(off + 2)
    const file = str(src, v.u32(off + 4), warnings) ?? ''
    const aux = v.u32(off + 8)
    const next = v.u32(off + 12)
    if (version !== 1) warnings.push(`${src.what}: entry ${i} has vn_version ${version}`)
    const need: VersionNeed = { file, versions: [] }
    t.needs.push(need)
    let a = off + aux
    for (let j = 0; j < cnt; j++) {
      budget.spend(1, v.base + a)
      if (!(a + 16 <= v.length)) {
        throw new ElfError(
          'BAD_VERSION_CHAIN',
          `${src.what}: auxiliary entry ${j} of ${file} lies outside the section`,
          v.base + a,
        )
      }
      const flags = v.u16(a + 4)
      const other = v.u16(a + 6)
      const name = str(src, v.u32(a + 8), warnings)
      const anext = v.u32(a + 12)
      need.versions.push({ name: name ?? '', weak: (flags & VER_FLG_WEAK) !== 0 })
      if (!t.needByOther.has(other)) {
        t.needByOther.set(other, name)
        t.needFileByOther.set(other, file)
      }
      if (anext === 0) {
        if (j < cnt - 1) warnings.push(`${src.what}: aux chain of ${file} ends after ${j + 1} of ${cnt} entries`)
        break
      }
      if (anext < 16)
        throw new ElfError(
          'BAD_VERSION_CHAIN',
          `${src.what}: vna_next ${anext} is smaller than an entry`,
          v.base + a + 12,
        )
      a += anext
    }
    if (next === 0) {
      if (i < count - 1) warnings.push(`${src.what}: chain ends after ${i + 1} of ${count} entries`)
      break
    }
    if (next < 16)
      throw new ElfError(
        'BAD_VERSION_CHAIN',
        `${src.what}: vn_next ${next} is smaller than an entry`,
        v.base + off + 12,
      )
    off += next
  }
}

/** Walks Elf_Verdef records; the first auxiliary entry names the version. */
function walkDefs(src: TableSource, t: VersionTables, budget: Budget, warnings: string[]): void {
  const v = src.view
  const maxRecords = Math.floor(v.length / 20)
  const count = Math.min(src.count, maxRecords)
  if (src.count > maxRecords) warnings.push(`${src.what}: count ${src.count} exceeds what the table can hold`)
  let off = 0
  for (let i = 0; i < count; i++) {
    budget.spend(1, v.base + off)
    v.need(off, 20, `${src.what} entry ${i}`)
    const version = v.u16(off)
    const flags = v.u16(off + 2)
    const ndx = v.u16(off + 4)
    const cnt = v.u16(off + 6)
    const aux = v.u32(off + 12)
    const next = v.u32(off + 16)
    if (version !== 1) warnings.push(`${src.what}: entry ${i} has vd_version ${version}`)
    let nameOff = -1
    let name: string | null = null
    if (cnt > 0) {
      const a = off + aux
      if (!(a + 8 <= v.length)) {
        throw new ElfError(
          'BAD_VERSION_CHAIN',
          `${src.what}: auxiliary entry of definition ${ndx} lies outside the section`,
          v.base + a,
        )
      }
      nameOff = v.u32(a)
      name = str(src, nameOff, warnings)
    } else {
      warnings.push(`${src.what}: definition ${ndx} has vd_cnt 0`)
    }
    t.defs.push({ name: name ?? '', base: (flags & VER_FLG_BASE) !== 0 })
    if (!t.defByIndex.has(ndx)) t.defByIndex.set(ndx, { ndx, flags, nameOff, name })
    if (next === 0) {
      if (i < count - 1) warnings.push(`${src.what}: chain ends after ${i + 1} of ${count} entries`)
      break
    }
    if (next < 20)
      throw new ElfError(
        'BAD_VERSION_CHAIN',
        `${src.what}: vd_next ${next} is smaller than an entry`,
        v.base + off + 16,
      )
    off += next
  }
}
