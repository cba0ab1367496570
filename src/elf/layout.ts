import type { Budget } from './budget.js'
import { ElfError } from './errors.js'
import { StringTable } from './strings.js'
import type { ByteSource } from './types.js'
import { readView, View } from './view.js'

/** One program header. */
export interface ProgramHeader {
  type: number
  flags: number
  offset: number
  vaddr: number
  filesz: number
  memsz: number
  align: number
}

/** One section header (name resolved through .shstrtab when possible). */
export interface SectionHeader {
  index: number
  name: string
  /** Offset of the name in .shstrtab. */
  nameOff: number
  type: number
  flags: number
  addr: number
  offset: number
  size: number
  link: number
  info: number
  entsize: number
}

/** The file's header fields plus its program and section header tables. */
export interface ElfLayout {
  src: ByteSource
  is64: boolean
  little: boolean
  osabi: number
  type: number
  machine: number
  entry: number
  phdrs: ProgramHeader[]
  sections: SectionHeader[]
  /** Non-fatal problems met while reading the tables. */
  warnings: string[]
  /** A table error that stopped part of the parse (the first one), kept for InspectedFile.error. */
  tableError: ElfError | null
}

/** Program header types. */
export const PT_LOAD = 1
export const PT_DYNAMIC = 2
export const PT_INTERP = 3
export const PT_NOTE = 4
/** Section header types. */
export const SHT_SYMTAB = 2
export const SHT_STRTAB = 3
export const SHT_DYNAMIC = 6
export const SHT_NOTE = 7
export const SHT_NOBITS = 8
export const SHT_DYNSYM = 11
export const SHT_GNU_VERDEF = 0x6ffffffd
export const SHT_GNU_VERNEED = 0x6ffffffe
export const SHT_GNU_VERSYM = 0x6fffffff

const MAX_SHSTRTAB = 1 << 20

/** Parses the ELF header (fatal errors throw ElfError) and then both header tables (errors recorded, not thrown). */
export function readLayout(src: ByteSource, budget: Budget): ElfLayout {
  if (src.size < 16) throw new ElfError('NOT_ELF', `not an ELF file (${src.size} bytes, too short)`, 0)
  const ident = src.read(0, 16)
  if (ident[0] !== 0x7f || ident[1] !== 0x45 || ident[2] !== 0x4c || ident[3] !== 0x46) {
    throw new ElfError('NOT_ELF', 'not an ELF file (bad magic)', 0)
  }
  const cls = ident[4]
  if (cls !== 1 && cls !== 2) throw new ElfError('BAD_CLASS', `invalid ELF class ${cls}`, 4)
  const data = ident[5]
  if (data !== 1 && data !== 2) throw new ElfError('BAD_DATA', `invalid ELF data encoding ${data}`, 5)
  if (ident[6] !== 1) throw new ElfError('BAD_VERSION', `unsupported ELF ident version ${ident[6]}`, 6)
  const is64 = cls === 2
  const little = data === 1
  const ehsize = is64 ? 64 : 52
  if (src.size < ehsize) {
    throw new ElfError('TRUNCATED', `file of ${src.size} bytes is shorter than the ${ehsize}-byte ELF header`, 0)
  }
  const h = readView(src, 0, ehsize, little, 'ELF header')
  const type = h.u16(16)
  const machine = h.u16(18)
  const version = h.u32(20)
  if (version !== 1) throw new ElfError('BAD_VERSION', `unsupported e_version ${version}`, 20)
  const entry = h.word(24, is64)
  const phoff = is64 ? h.u64(32) : h.u32(28)
  const shoff = is64 ? h.u64(40) : h.u32(32)
  const o = is64 ? 52 : 40
  const phentsize = h.u16(o + 2)
  let phnum = h.u16(o + 4)
  const shentsize = h.u16(o + 6)
  let shnum = h.u16(o + 8)
  let shstrndx = h.u16(o + 10)

  const layout: ElfLayout = {
    src,
    is64,
    little,
    osabi: ident[7],
    type,
    machine,
    entry,
    phdrs: [],
    sections: [],
    warnings: [],
    tableError: null,
  }
  const fail = (e: unknown): void => {
    if (!(e instanceof ElfError)) throw e
    if (layout.tableError === null) layout.tableError = e
    else layout.warnings.push(`${e.code}: ${e.message}`)
  }

  // Section 0 carries the extended counts (e_shnum = 0, e_shstrndx = SHN_XINDEX, e_phnum = PN_XNUM).
  const shdrSize = is64 ? 64 : 40
  let sec0: SectionHeader | null = null
  if (shoff !== 0) {
    try {
      if (shentsize < shdrSize) {
        throw new ElfError(
          'BAD_HEADER',
          `e_shentsize ${shentsize} is smaller than a section header (${shdrSize})`,
          o + 6,
        )
      }
      sec0 = parseSection(readView(src, shoff, shdrSize, little, 'section header 0'), 0, is64)
      if (shnum === 0) shnum = sec0.size
      if (shstrndx === 0xffff) shstrndx = sec0.link
      if (phnum === 0xffff) phnum = sec0.info
    } catch (e) {
      fail(e)
      shnum = 0
    }
  } else if (shnum !== 0) {
    layout.warnings.push(`e_shoff is 0 but e_shnum is ${shnum}: ignoring section headers`)
    shnum = 0
  }

  if (phnum > 0) {
    try {
      const phdrSize = is64 ? 56 : 32
      if (phentsize < phdrSize) {
        throw new ElfError(
          'BAD_HEADER',
          `e_phentsize ${phentsize} is smaller than a program header (${phdrSize})`,
          o + 2,
        )
      }
      const v = readTable(src, phoff, phnum, phentsize, little, 'program header table')
      budget.spend(phnum, phoff)
      for (let i = 0; i < phnum; i++) layout.phdrs.push(parseProgram(v, i * phentsize, is64))
    } catch (e) {
      fail(e)
    }
  }

  if (shnum > 0 && sec0 !== null) {
    try {
      const v = readTable(src, shoff, shnum, shentsize, little, 'section header table')
      budget.spend(shnum, shoff)
      const secs: SectionHeader[] = []
      for (let i = 0; i < shnum; i++) secs.push(parseSection(v, i * shentsize, is64, i))
      layout.sections = secs
      nameSections(layout, shstrndx)
    } catch (e) {
      fail(e)
    }
  }
  return layout
}

function readTable(src: ByteSource, off: number, num: number, entsize: number, little: boolean, what: string): View {
  const total = num * entsize
  if (!(off >= 0 && off < src.size && total <= src.size - off)) {
    throw new ElfError(
      'TRUNCATED',
      `${what} (${num} × ${entsize} bytes at offset ${Number.isFinite(off) ? off : '>= 2^53'}) lies outside the ${src.size}-byte file`,
      Number.isFinite(off) ? off : null,
    )
  }
  return readView(src, off, total, little, what)
}

function parseProgram(v: View, at: number, is64: boolean): ProgramHeader {
  if (is64) {
    return {
      type: v.u32(at),
      flags: v.u32(at + 4),
      offset: v.u64(at + 8),
      vaddr: v.u64(at + 16),
      filesz: v.u64(at + 32),
      memsz: v.u64(at + 40),
      align: v.u64(at + 48),
    }
  }
  return {
    type: v.u32(at),
    offset: v.u32(at + 4),
    vaddr: v.u32(at + 8),
    filesz: v.u32(at + 16),
    memsz: v.u32(at + 20),
    flags: v.u32(at + 24),
    align: v.u32(at + 28),
  }
}

function parseSection(v: View, at: number, is64: boolean, index = 0): SectionHeader {
  if (is64) {
    return {
      index,
      name: '',
      nameOff: v.u32(at),
      type: v.u32(at + 4),
      flags: v.u64(at + 8),
      addr: v.u64(at + 16),
      offset: v.u64(at + 24),
      size: v.u64(at + 32),
      link: v.u32(at + 40),
      info: v.u32(at + 44),
      entsize: v.u64(at + 56),
    }
  }
  return {
    index,
    name: '',
    nameOff: v.u32(at),
    type: v.u32(at + 4),
    flags: v.u32(at + 8),
    addr: v.u32(at + 12),
    offset: v.u32(at + 16),
    size: v.u32(at + 20),
    link: v.u32(at + 24),
    info: v.u32(at + 28),
    entsize: v.u32(at + 36),
  }
}

function nameSections(layout: ElfLayout, shstrndx: number): void {
  const secs = layout.sections
  if (shstrndx === 0) return
  if (shstrndx >= secs.length) {
    layout.warnings.push(`e_shstrndx ${shstrndx} is not below the section count ${secs.length}: sections have no names`)
    return
  }
  const s = secs[shstrndx]
  if (s.type !== SHT_STRTAB) {
    layout.warnings.push(`section ${shstrndx} named by e_shstrndx is not a string table: sections have no names`)
    return
  }
  const table = new StringTable(sectionBytes(layout, s, MAX_SHSTRTAB).bytes)
  for (const sec of secs) {
    const off = sec.nameOff
    const name = table.get(off)
    if (name === null) layout.warnings.push(`section ${sec.index} has a name offset ${off} past .shstrtab`)
    sec.name = name ?? ''
  }
}

/** Reads a section's bytes (never NOBITS; sizes over `cap` are refused) as a View. */
export function sectionBytes(layout: ElfLayout, s: SectionHeader, cap = Infinity): View {
  if (s.type === SHT_NOBITS) return new View(new Uint8Array(0), layout.little, 0)
  if (!(s.size <= cap)) {
    throw new ElfError('BAD_TABLE', `section ${s.index} (${s.name}) is larger than ${cap} bytes`, s.offset)
  }
  return readView(layout.src, s.offset, s.size, layout.little, `section ${s.index} (${s.name || 'unnamed'})`)
}

/** Maps a virtual address range onto a file offset through PT_LOAD segments; throws UNMAPPED_ADDRESS otherwise. */
export function vaddrToOffset(layout: ElfLayout, addr: number, len: number, what: string): number {
  for (const p of layout.phdrs) {
    if (p.type !== PT_LOAD || !(p.filesz > 0)) continue
    if (addr >= p.vaddr && addr - p.vaddr < p.filesz && len <= p.filesz - (addr - p.vaddr)) {
      return p.offset + (addr - p.vaddr)
    }
  }
  throw new ElfError(
    'UNMAPPED_ADDRESS',
    `${what}: address 0x${Number.isFinite(addr) ? addr.toString(16) : '?'} (+${len}) is not inside any PT_LOAD segment's file data`,
    null,
  )
}

/** Longest run of file data mapped at `addr` (0 when unmapped), and its file offset. */
export function mappedExtent(layout: ElfLayout, addr: number): { offset: number; length: number } | null {
  for (const p of layout.phdrs) {
    if (p.type !== PT_LOAD || !(p.filesz > 0)) continue
    if (addr >= p.vaddr && addr - p.vaddr < p.filesz) {
      return { offset: p.offset + (addr - p.vaddr), length: p.filesz - (addr - p.vaddr) }
    }
  }
  return null
}
