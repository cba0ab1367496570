// Crafts small, valid dynamic ELF files (ELF32 or ELF64, either byte order) in memory, so unit tests need no file of
// the host: an executable with an interpreter, DT_NEEDED and version needs, or a shared library with a soname,
// version definitions and exports. GNU readelf reads them as abigap does (elf-builder.test.itg.ts).

/** A dynamic symbol: defined (an export) or undefined (an import), optionally bound to a version node. */
export interface CraftSymbol {
  name: string
  /** A node of `defines` (defined symbols) or of a `needs` entry (undefined symbols). */
  version?: string
  /** Default true: a defined function; false: an undefined reference. */
  defined?: boolean
}

/** What to put in the crafted file; everything is optional. */
export interface CraftSpec {
  class?: 32 | 64
  machine?: 'x86-64' | 'aarch64' | 'i386' | 's390x'
  /** Default little; s390x is big-endian. */
  endian?: 'little' | 'big'
  /** 'exec' (ET_EXEC at 0x400000) or 'dyn' (ET_DYN: a shared library, or a PIE when it has an interpreter). */
  type?: 'exec' | 'dyn'
  interpreter?: string
  soname?: string
  needed?: string[]
  /** Version nodes this file defines (.gnu.version_d); the base node (the soname) is added first. */
  defines?: string[]
  /** Version nodes this file needs, per library (.gnu.version_r). */
  needs?: { file: string; versions: string[] }[]
  symbols?: CraftSymbol[]
  /** Extra bytes in a .rodata section (e.g. glibc's banner, musl's version string). */
  rodata?: string
}

const MACHINES = { 'x86-64': 62, aarch64: 183, i386: 3, s390x: 22 } as const
const SHT = { PROGBITS: 1, STRTAB: 3, HASH: 5, DYNAMIC: 6, DYNSYM: 11, VERDEF: 0x6ffffffd, VERNEED: 0x6ffffffe }
const DT = { NEEDED: 1, HASH: 4, STRTAB: 5, SYMTAB: 6, STRSZ: 10, SYMENT: 11, SONAME: 14 }
const DT_VERSYM = 0x6ffffff0
const [DT_VERDEF, DT_VERDEFNUM, DT_VERNEED, DT_VERNEEDNUM] = [0x6ffffffc, 0x6ffffffd, 0x6ffffffe, 0x6fffffff]
const SHT_VERSYM = 0x6fffffff

/** The SysV ELF hash of a name (vd_hash, vna_hash). */
function elfHash(name: string): number {
  let h = 0
  for (const c of Buffer.from(name)) {
    h = ((h << 4) + c) >>> 0
    const g = h & 0xf0000000
    if (g) h ^= g >>> 24
    h &= ~g >>> 0
  }
  return h >>> 0
}

/** A string table that hands out offsets. */
class Strings {
  private text = '\0'
  private readonly at = new Map<string, number>([['', 0]])
  add(s: string): number {
    let off = this.at.get(s)
    if (off === undefined) {
      off = this.text.length
      this.text += s + '\0'
      this.at.set(s, off)
    }
    return off
  }
  bytes(): Buffer {
    return Buffer.from(this.text, 'latin1')
  }
}

/** A growable writer of words of the file's class and byte order. */
class Out {
  readonly parts: Buffer[] = []
  constructor(
    readonly is64: boolean,
    readonly le: boolean,
  ) {}
  u8(v: number): this {
    return this.push(Buffer.from([v]))
  }
  u16(v: number): this {
    const b = Buffer.alloc(2)
    if (this.le) b.writeUInt16LE(v)
    else b.writeUInt16BE(v)
    return this.push(b)
  }
  u32(v: number): this {
    const b = Buffer.alloc(4)
    if (this.le) b.writeUInt32LE(v >>> 0)
    else b.writeUInt32BE(v >>> 0)
    return this.push(b)
  }
  /** An address, offset or size: 4 or 8 bytes. */
  word(v: number): this {
    if (!this.is64) return this.u32(v)
    const b = Buffer.alloc(8)
    if (this.le) b.writeBigUInt64LE(BigInt(v))
    else b.writeBigUInt64BE(BigInt(v))
    return this.push(b)
  }
  private push(b: Buffer): this {
    this.parts.push(b)
    return this
  }
  bytes(): Buffer {
    return Buffer.concat(this.parts)
  }
}

interface Section {
  name: string
  type: number
  body: Buffer
  link?: string
  info?: number
  entsize?: number
  align?: number
}

/** Builds the file described by `spec`. */
export function craftElf(spec: CraftSpec = {}): Buffer {
  const is64 = (spec.class ?? 64) === 64
  const le = (spec.endian ?? 'little') === 'little'
  const base = spec.type === 'exec' ? 0x400000 : 0
  const ehSize = is64 ? 64 : 52
  const phSize = is64 ? 56 : 32
  const shSize = is64 ? 64 : 40
  const symSize = is64 ? 24 : 16
  const dynSize = is64 ? 16 : 8
  const dynstr = new Strings()
  const symbols = spec.symbols ?? []
  const defines = spec.defines?.length ? [spec.soname ?? 'lib.so', ...spec.defines] : []
  const needs = spec.needs ?? []

  // version indexes: 1 = global; defined nodes 1.. (base = 1), needed nodes after them
  const defIndex = new Map(defines.map((d, i) => [d, i + 1]))
  let nextIndex = Math.max(defines.length + 1, 2)
  const needIndex = new Map<string, number>()
  for (const n of needs) for (const v of n.versions) needIndex.set(`${n.file}\0${v}`, nextIndex++)

  const sections: Section[] = []
  if (spec.interpreter)
    sections.push({ name: '.interp', type: SHT.PROGBITS, body: Buffer.from(spec.interpreter + '\0') })
  const rodataIndex = () => sections.findIndex((s) => s.name === '.rodata') + 1
  sections.push({ name: '.rodata', type: SHT.PROGBITS, body: Buffer.from(`\0${spec.rodata ?? ''}\0`, 'latin1') })

  const sym = new Out(is64, le)
  const versym = new Out(is64, le)
  sym.parts.push(Buffer.alloc(symSize))
  versym.u16(0)
  for (const s of symbols) {
    const defined = s.defined ?? true
    const name = dynstr.add(s.name)
    const info = (1 << 4) | 2 // STB_GLOBAL, STT_FUNC
    const shndx = defined ? rodataIndex() : 0
    const value = defined ? base + 0x10 : 0
    if (is64)
      sym
        .u32(name)
        .u8(info)
        .u8(0)
        .u16(shndx)
        .word(value)
        .word(defined ? 8 : 0)
    else
      sym
        .u32(name)
        .word(value)
        .word(defined ? 8 : 0)
        .u8(info)
        .u8(0)
        .u16(shndx)
    const need = defined ? undefined : needs.find((n) => s.version && n.versions.includes(s.version))
    const index = !s.version
      ? 1
      : defined
        ? defIndex.get(s.version)
        : need && needIndex.get(`${need.file}\0${s.version}`)
    if (index === undefined) throw new Error(`craftElf: version ${s.version} of ${s.name} is not declared`)
    versym.u16(index)
  }

  const verdef = new Out(is64, le)
  defines.forEach((d, i) => {
    const last = i === defines.length - 1
    verdef
      .u16(1)
      .u16(i === 0 ? 1 : 0)
      .u16(i + 1)
      .u16(1)
      .u32(elfHash(d))
      .u32(20)
      .u32(last ? 0 : 28)
    verdef.u32(dynstr.add(d)).u32(0)
  })
  const verneed = new Out(is64, le)
  needs.forEach((n, i) => {
    const last = i === needs.length - 1
    verneed
      .u16(1)
      .u16(n.versions.length)
      .u32(dynstr.add(n.file))
      .u32(16)
      .u32(last ? 0 : 16 + 16 * n.versions.length)
    n.versions.forEach((v, j) => {
      verneed
        .u32(elfHash(v))
        .u16(0)
        .u16(needIndex.get(`${n.file}\0${v}`) as number)
      verneed.u32(dynstr.add(v)).u32(j === n.versions.length - 1 ? 0 : 16)
    })
  })
  const needed = [...(spec.needed ?? []), ...needs.map((n) => n.file).filter((f) => !spec.needed?.includes(f))]
  const neededAt = needed.map((n) => dynstr.add(n))
  const sonameAt = spec.soname !== undefined ? dynstr.add(spec.soname) : null

  const nsyms = symbols.length + 1
  const hash = new Out(is64, le)
    .u32(1)
    .u32(nsyms)
    .u32(nsyms > 1 ? 1 : 0)
  for (let i = 0; i < nsyms; i++) hash.u32(i > 0 && i + 1 < nsyms ? i + 1 : 0)
  sections.push(
    { name: '.hash', type: SHT.HASH, body: hash.bytes(), link: '.dynsym', entsize: 4, align: 4 },
    { name: '.dynsym', type: SHT.DYNSYM, body: sym.bytes(), link: '.dynstr', info: 1, entsize: symSize, align: 8 },
    { name: '.dynstr', type: SHT.STRTAB, body: Buffer.alloc(0) },
    { name: '.gnu.version', type: SHT_VERSYM, body: versym.bytes(), link: '.dynsym', entsize: 2, align: 2 },
  )
  if (defines.length) {
    const body = verdef.bytes()
    sections.push({ name: '.gnu.version_d', type: SHT.VERDEF, body, link: '.dynstr', info: defines.length, align: 4 })
  }
  if (needs.length) {
    const body = verneed.bytes()
    sections.push({ name: '.gnu.version_r', type: SHT.VERNEED, body, link: '.dynstr', info: needs.length, align: 4 })
  }
  sections.push({ name: '.dynamic', type: SHT.DYNAMIC, body: Buffer.alloc(0), link: '.dynstr', entsize: dynSize })

  // layout: headers, then each section aligned; .dynstr and .dynamic are filled once every offset is known
  const phnum = 2 + (spec.interpreter ? 1 : 0)
  const dynEntries = needed.length + (sonameAt !== null ? 1 : 0) + 7 + (defines.length ? 2 : 0) + (needs.length ? 2 : 0)
  const sizeOf = (s: Section): number =>
    s.name === '.dynstr' ? dynstr.bytes().length : s.name === '.dynamic' ? dynEntries * dynSize : s.body.length
  const offsets = new Map<string, number>()
  let at = ehSize + phnum * phSize
  for (const s of sections) {
    const align = s.align ?? (s.name === '.dynamic' ? (is64 ? 8 : 4) : 1)
    at = Math.ceil(at / align) * align
    offsets.set(s.name, at)
    at += sizeOf(s)
  }
  const addr = (name: string): number => base + (offsets.get(name) as number)
  sections.find((s) => s.name === '.dynstr')!.body = dynstr.bytes()
  const dyn = new Out(is64, le)
  const tag = (t: number, v: number) => dyn.word(t).word(v)
  neededAt.forEach((n) => tag(DT.NEEDED, n))
  if (sonameAt !== null) tag(DT.SONAME, sonameAt)
  tag(DT.HASH, addr('.hash'))
  tag(DT.STRTAB, addr('.dynstr'))
  tag(DT.SYMTAB, addr('.dynsym'))
  tag(DT.STRSZ, dynstr.bytes().length)
  tag(DT.SYMENT, symSize)
  tag(DT_VERSYM, addr('.gnu.version'))
  if (defines.length) tag(DT_VERDEF, addr('.gnu.version_d')).word(DT_VERDEFNUM).word(defines.length)
  if (needs.length) tag(DT_VERNEED, addr('.gnu.version_r')).word(DT_VERNEEDNUM).word(needs.length)
  tag(0, 0)
  sections.find((s) => s.name === '.dynamic')!.body = dyn.bytes()

  const shstr = new Strings()
  const shstrtab: Section = { name: '.shstrtab', type: SHT.STRTAB, body: Buffer.alloc(0) }
  for (const s of [...sections, shstrtab]) shstr.add(s.name)
  shstrtab.body = shstr.bytes()
  offsets.set('.shstrtab', at)
  at += shstrtab.body.length
  const shoff = Math.ceil(at / 8) * 8
  const all = [...sections, shstrtab]
  const fileSize = shoff + (all.length + 1) * shSize

  const out = new Out(is64, le)
  out.parts.push(Buffer.from([0x7f, 0x45, 0x4c, 0x46, is64 ? 2 : 1, le ? 1 : 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]))
  out
    .u16(spec.type === 'exec' ? 2 : 3)
    .u16(MACHINES[spec.machine ?? 'x86-64'])
    .u32(1)
  out
    .word(spec.interpreter ? addr('.rodata') : 0)
    .word(ehSize)
    .word(shoff)
  out
    .u32(0)
    .u16(ehSize)
    .u16(phSize)
    .u16(phnum)
    .u16(shSize)
    .u16(all.length + 1)
    .u16(all.length)
  const phdr = (type: number, flags: number, off: number, size: number, align: number) => {
    if (is64)
      out
        .u32(type)
        .u32(flags)
        .word(off)
        .word(base + off)
        .word(base + off)
        .word(size)
        .word(size)
        .word(align)
    else
      out
        .u32(type)
        .word(off)
        .word(base + off)
        .word(base + off)
        .word(size)
        .word(size)
        .u32(flags)
        .word(align)
  }
  if (spec.interpreter) phdr(3, 4, offsets.get('.interp') as number, spec.interpreter.length + 1, 1)
  phdr(1, 5, 0, fileSize, 0x1000)
  phdr(2, 6, offsets.get('.dynamic') as number, dyn.bytes().length, is64 ? 8 : 4)

  const file = Buffer.alloc(fileSize)
  out.bytes().copy(file, 0)
  for (const s of all) s.body.copy(file, offsets.get(s.name) as number)
  const sh = new Out(is64, le)
  sh.parts.push(Buffer.alloc(shSize))
  const indexOf = (name: string | undefined): number => (name ? all.findIndex((s) => s.name === name) + 1 : 0)
  for (const s of all) {
    const alloc = s.name === '.shstrtab' ? 0 : 2
    sh.u32(shstr.add(s.name))
      .u32(s.type)
      .word(alloc)
      .word(alloc ? addr(s.name) : 0)
    sh.word(offsets.get(s.name) as number)
      .word(s.body.length)
      .u32(indexOf(s.link))
      .u32(s.info ?? 0)
    sh.word(s.align ?? 1).word(s.entsize ?? 0)
  }
  sh.bytes().copy(file, shoff)
  return file
}

/** A dynamically linked x86-64 glibc PIE needing libc.so.6 up to GLIBC_2.34 (in place of a host binary). */
export function glibcExecutable(over: CraftSpec = {}): Buffer {
  return craftElf({
    interpreter: '/lib64/ld-linux-x86-64.so.2',
    needs: [{ file: 'libc.so.6', versions: ['GLIBC_2.2.5', 'GLIBC_2.34'] }],
    symbols: [
      { name: 'puts', version: 'GLIBC_2.2.5', defined: false },
      { name: '__libc_start_main', version: 'GLIBC_2.34', defined: false },
    ],
    ...over,
  })
}

/** The GLIBC_ nodes of glibc on x86-64 up to `release` (2.2.5, 2.3, ..., `release`), as libc.so.6 defines them. */
export function glibcNodes(release: string): string[] {
  const minor = Number(release.split('.')[1])
  return ['GLIBC_2.2.5', ...Array.from({ length: minor - 2 }, (_, i) => `GLIBC_2.${i + 3}`)]
}

/** A glibc libc.so.6 of `release` for `machine`: its version nodes, banner and a few exports. */
export function glibcLibc(release: string, over: CraftSpec = {}): Buffer {
  return craftElf({
    soname: 'libc.so.6',
    needed: ['ld-linux-x86-64.so.2'],
    defines: glibcNodes(release),
    rodata: `GNU C Library (Debian GLIBC ${release}-9) stable release version ${release}.`,
    symbols: [
      { name: 'malloc', version: 'GLIBC_2.2.5' },
      { name: 'puts', version: 'GLIBC_2.2.5' },
      { name: '__libc_start_main', version: 'GLIBC_2.34' },
      { name: 'arc4random', version: 'GLIBC_2.36' },
    ].filter((s) => glibcNodes(release).includes(s.version)),
    ...over,
  })
}
