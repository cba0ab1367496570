/** Random-access bytes: the ELF module reads only the ranges it needs, never the whole file. */
export interface ByteSource {
  /** Total size in bytes. */
  readonly size: number
  /** Reads `length` bytes at `offset`; throws ElfError('TRUNCATED') when the range leaves the source. */
  read(offset: number, length: number): Uint8Array
}

/** ELF header facts, as `readelf -h` names them. */
export interface ElfHeaderFacts {
  class: 32 | 64
  endian: 'little' | 'big'
  /** EXEC, DYN, REL, CORE or NONE (readelf's short names). */
  type: string
  /** Machine name exactly as readelf -h prints it, e.g. "Advanced Micro Devices X86-64", "AArch64", "IBM S/390". */
  machine: string
  /** OS/ABI, e.g. "UNIX - System V", "UNIX - GNU". */
  osabi: string
}

/** A version node one needed library must define, from `.gnu.version_r`. */
export interface VersionNeedEntry {
  name: string
  weak: boolean
}

/** The version nodes required from one needed file. */
export interface VersionNeed {
  file: string
  versions: VersionNeedEntry[]
}

/** A version node this file defines, from `.gnu.version_d`. */
export interface VersionDef {
  name: string
  /** True for the base definition (the file's own soname). */
  base: boolean
}

/** One dynamic symbol joined with its version. */
export interface DynamicSymbol {
  name: string
  /** The name readelf prints after `@`/`@@`; null when unversioned (local/global index). */
  version: string | null
  /** True for `@` (hidden, non-default) versions. */
  hidden: boolean
  /**
   * The needed library (vn_file of .gnu.version_r) the version binds this symbol to, like Go's
   * `ImportedSymbol.Library`; null when the version comes from .gnu.version_d or the symbol is unversioned.
   */
  library: string | null
  defined: boolean
  /** LOCAL, GLOBAL, WEAK, UNIQUE, or a number. */
  binding: string
  /** NOTYPE, OBJECT, FUNC, SECTION, FILE, COMMON, TLS, IFUNC, or a number. */
  type: string
}

/** A parse error with its code and the byte offset where it happened. */
export interface ElfErrorInfo {
  code: string
  message: string
  offset: number | null
}

/**
 * What the ELF file itself says, like Go's debug/elf: header, linkage, dynamic section, versions, symbols, notes.
 * src/binary adds the Go build info and the libc flavor to make an InspectedFile.
 */
export interface ElfFacts {
  path: string
  size: number
  error: ElfErrorInfo | null
  elf: ElfHeaderFacts | null
  linkage: 'static' | 'static-pie' | 'dynamic' | null
  interpreter: string | null
  soname: string | null
  needed: string[]
  rpath: string[]
  runpath: string[]
  versionNeeds: VersionNeed[]
  versionDefs: VersionDef[]
  dynamicSymbols: DynamicSymbol[]
  /** Highest version required per family: { GLIBC: "2.34", GLIBCXX: "3.4.29", ... }. */
  requires: Record<string, string>
  /** Per family, the symbols that need the highest version. */
  requiredBy: Record<string, string[]>
  abiTag: { os: string; kernel: string } | null
  buildId: string | null
  /** x86 ISA level needed (1..4) from the GNU property note, when present. */
  x86IsaLevel: number | null
  pie: boolean
  bindNow: boolean
  stripped: boolean
  /** Non-fatal problems found while parsing (partial results). */
  warnings: string[]
}
