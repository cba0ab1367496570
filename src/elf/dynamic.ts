import type { Budget } from './budget.js'
import { ElfError } from './errors.js'
import { PT_DYNAMIC, SHT_DYNAMIC, SHT_STRTAB, sectionBytes, vaddrToOffset, type ElfLayout } from './layout.js'
import { StringTable } from './strings.js'
import { readView, type View } from './view.js'

/** Dynamic tags used by the analysis. */
export const DT = {
  NULL: 0,
  NEEDED: 1,
  HASH: 4,
  STRTAB: 5,
  SYMTAB: 6,
  STRSZ: 10,
  SYMENT: 11,
  SONAME: 14,
  RPATH: 15,
  BIND_NOW: 24,
  RUNPATH: 29,
  FLAGS: 30,
  GNU_HASH: 0x6ffffef5,
  VERSYM: 0x6ffffff0,
  FLAGS_1: 0x6ffffffb,
  VERDEF: 0x6ffffffc,
  VERDEFNUM: 0x6ffffffd,
  VERNEED: 0x6ffffffe,
  VERNEEDNUM: 0x6fffffff,
} as const

/** The dynamic section, decoded: string-valued entries resolved, address-valued ones kept for the fallbacks. */
export interface DynamicInfo {
  needed: string[]
  soname: string | null
  rpath: string | null
  runpath: string | null
  flags: number
  flags1: number
  bindNowTag: boolean
  /** First value of each non-string tag (addresses, counts). */
  values: Map<number, number>
  /** The dynamic string table (.dynstr), when it could be located. */
  strtab: StringTable | null
}

const MAX_DYNAMIC_STRTAB = 256 << 20

/** Finds and decodes the dynamic section (PT_DYNAMIC first, else SHT_DYNAMIC); null when the file has none. */
export function readDynamic(layout: ElfLayout, budget: Budget, warnings: string[]): DynamicInfo | null {
  const entSize = layout.is64 ? 16 : 8
  let view: View | null = null
  const seg = layout.phdrs.find((p) => p.type === PT_DYNAMIC)
  const sec = layout.sections.find((s) => s.type === SHT_DYNAMIC)
  if (seg && seg.filesz > 0) {
    view = readView(layout.src, seg.offset, seg.filesz - (seg.filesz % entSize), layout.little, 'PT_DYNAMIC segment')
  } else if (sec && sec.size > 0) {
    view = sectionBytes(layout, sec)
  }
  if (!view) return null
  if (seg && sec && sec.offset !== seg.offset) {
    warnings.push(
      `PT_DYNAMIC (offset ${seg.offset}) and the .dynamic section (offset ${sec.offset}) disagree; using PT_DYNAMIC`,
    )
  }
  const count = Math.floor(view.length / entSize)
  budget.spend(count, view.base)
  const info: DynamicInfo = {
    needed: [],
    soname: null,
    rpath: null,
    runpath: null,
    flags: 0,
    flags1: 0,
    bindNowTag: false,
    values: new Map(),
    strtab: null,
  }
  const strOffsets: [number, number][] = []
  let terminated = false
  for (let i = 0; i < count; i++) {
    const at = i * entSize
    const tag = layout.is64 ? view.u64(at) : view.u32(at)
    const val = layout.is64 ? view.u64(at + 8) : view.u32(at + 4)
    if (tag === DT.NULL) {
      terminated = true
      break
    }
    switch (tag) {
      case DT.NEEDED:
      case DT.SONAME:
      case DT.RPATH:
      case DT.RUNPATH:
        strOffsets.push([tag, val])
        break
      case DT.FLAGS:
        info.flags = val
        break
      case DT.FLAGS_1:
        info.flags1 = val
        break
      case DT.BIND_NOW:
        info.bindNowTag = true
        break
      default:
        if (!info.values.has(tag)) info.values.set(tag, val)
    }
  }
  if (!terminated) warnings.push('dynamic section has no DT_NULL terminator')
  info.strtab = dynamicStrings(layout, info, sec?.link, warnings)
  for (const [tag, off] of strOffsets) {
    const s = info.strtab ? info.strtab.get(off) : null
    if (s === null) {
      warnings.push(`dynamic entry ${tagName(tag)} points at string offset ${off} outside .dynstr`)
      continue
    }
    if (tag === DT.NEEDED) info.needed.push(s)
    else if (tag === DT.SONAME) info.soname ??= s
    else if (tag === DT.RPATH) info.rpath ??= s
    else info.runpath ??= s
  }
  return info
}

function tagName(tag: number): string {
  return tag === DT.NEEDED
    ? 'DT_NEEDED'
    : tag === DT.SONAME
      ? 'DT_SONAME'
      : tag === DT.RPATH
        ? 'DT_RPATH'
        : 'DT_RUNPATH'
}

/** .dynstr: the section linked from .dynamic when section headers exist, else DT_STRTAB/DT_STRSZ through PT_LOAD. */
function dynamicStrings(
  layout: ElfLayout,
  info: DynamicInfo,
  link: number | undefined,
  warnings: string[],
): StringTable | null {
  if (link !== undefined && link > 0 && link < layout.sections.length) {
    const s = layout.sections[link]
    if (s.type === SHT_STRTAB) {
      try {
        return new StringTable(sectionBytes(layout, s, MAX_DYNAMIC_STRTAB).bytes)
      } catch (e) {
        if (!(e instanceof ElfError)) throw e
        warnings.push(`.dynstr: ${e.message}`)
      }
    }
  }
  return stringsByAddress(layout, info, warnings)
}

/** The dynamic string table located through DT_STRTAB/DT_STRSZ (the sstrip'd-file path). */
export function stringsByAddress(layout: ElfLayout, info: DynamicInfo, warnings: string[]): StringTable | null {
  const addr = info.values.get(DT.STRTAB)
  const size = info.values.get(DT.STRSZ)
  if (addr === undefined || size === undefined) return null
  if (!(size <= MAX_DYNAMIC_STRTAB)) {
    warnings.push(`DT_STRSZ ${size} is implausibly large`)
    return null
  }
  try {
    const off = vaddrToOffset(layout, addr, size, 'DT_STRTAB')
    return new StringTable(readView(layout.src, off, size, layout.little, 'DT_STRTAB').bytes)
  } catch (e) {
    if (!(e instanceof ElfError)) throw e
    warnings.push(`${e.code}: ${e.message}`)
    return null
  }
}
