import { readGoBuildInfo, type ExeData } from '../gobuildinfo/read.js'
import { Budget } from './budget.js'
import { readDynamic, type DynamicInfo } from './dynamic.js'
import { ElfError, errorInfo } from './errors.js'
import { PT_INTERP, PT_LOAD, SHT_SYMTAB, readLayout, type ElfLayout } from './layout.js'
import { inferLibc } from './libc.js'
import { goArch, machineName, osabiName, typeName } from './names.js'
import { readNotes } from './notes.js'
import { computeRequires } from './requires.js'
import { readDynamicSymbols } from './symbols.js'
import type { DynamicSymbolTable } from './symbol-table.js'
import type { ByteSource, DynamicSymbol, InspectedFile } from './types.js'
import { readVersionTables, type VersionTables } from './versions.js'

const DF_BIND_NOW = 0x8
const DF_1_NOW = 0x1
const DF_1_PIE = 0x08000000
const MAX_INTERP = 4096
const MAX_WARNINGS = 100

/** Options for analyseElf (tests and the fuzzer shrink the budget). */
export interface AnalyseOptions {
  /** Total work units before BUDGET_EXCEEDED. */
  budget?: number
}

/** An InspectedFile with every fact empty, for `path` of `size` bytes. */
export function emptyInspectedFile(path: string, size: number): InspectedFile {
  return {
    path,
    size,
    error: null,
    elf: null,
    linkage: null,
    interpreter: null,
    soname: null,
    needed: [],
    rpath: [],
    runpath: [],
    versionNeeds: [],
    versionDefs: [],
    dynamicSymbols: [],
    requires: {},
    requiredBy: {},
    abiTag: null,
    buildId: null,
    x86IsaLevel: null,
    pie: false,
    bindNow: false,
    stripped: false,
    libc: 'unknown',
    go: null,
    warnings: [],
  }
}

/**
 * Analyses one ELF file read through `source`. Never throws: a parse error lands in `.error` (code, message, offset)
 * and every fact gathered before or independently of it is kept, with non-fatal problems in `.warnings`.
 */
export function analyseElf(source: ByteSource, path: string, opts: AnalyseOptions = {}): InspectedFile {
  let size = 0
  try {
    size = source.size
  } catch {
    size = 0
  }
  const out = emptyInspectedFile(path, size)
  const warnings: string[] = []
  const record = (e: unknown): void => {
    if (out.error === null) out.error = errorInfo(e)
    else warnings.push(`${errorInfo(e).code}: ${errorInfo(e).message}`)
  }
  const budget = new Budget(opts.budget)
  let layout: ElfLayout
  try {
    layout = readLayout(source, budget)
  } catch (e) {
    record(e)
    return finish(out, warnings)
  }
  const fatal = (e: unknown): boolean => {
    record(e)
    return e instanceof ElfError && e.code === 'BUDGET_EXCEEDED'
  }
  try {
    warnings.push(...layout.warnings)
    if (layout.tableError) record(layout.tableError)
    const arch = goArch(layout.machine, layout.is64, layout.little)
    out.elf = {
      class: layout.is64 ? 64 : 32,
      endian: layout.little ? 'little' : 'big',
      type: typeName(layout.type),
      machine: machineName(layout.machine),
      osabi: osabiName(layout.osabi),
      ...(arch ? { arch } : {}),
    }
    out.stripped = !layout.sections.some((s) => s.type === SHT_SYMTAB)
    out.interpreter = readInterpreter(layout, warnings)

    let dyn: DynamicInfo | null = null
    try {
      dyn = readDynamic(layout, budget, warnings)
    } catch (e) {
      if (fatal(e)) return finish(out, warnings)
    }
    if (dyn) {
      out.needed = dyn.needed
      out.soname = dyn.soname
      out.rpath = dyn.rpath !== null ? dyn.rpath.split(':') : []
      out.runpath = dyn.runpath !== null ? dyn.runpath.split(':') : []
      out.bindNow = (dyn.flags & DF_BIND_NOW) !== 0 || (dyn.flags1 & DF_1_NOW) !== 0 || dyn.bindNowTag
    }

    let versions: VersionTables | null = null
    try {
      versions = readVersionTables(layout, dyn, budget, warnings)
      out.versionNeeds = versions.needs
      out.versionDefs = versions.defs
    } catch (e) {
      if (fatal(e)) return finish(out, warnings)
    }
    let table: DynamicSymbolTable | null = null
    try {
      table = readDynamicSymbols(layout, dyn, versions, budget, warnings)
      if (table) attachSymbols(out, table)
    } catch (e) {
      if (fatal(e)) return finish(out, warnings)
    }
    const req = computeRequires(out.versionNeeds, (nodes) => (table ? table.undefinedWithVersion(nodes) : new Map()))
    out.requires = req.requires
    out.requiredBy = req.requiredBy

    try {
      const notes = readNotes(layout, budget, warnings)
      out.abiTag = notes.abiTag
      out.buildId = notes.buildId
      out.x86IsaLevel = notes.x86IsaLevel
    } catch (e) {
      if (fatal(e)) return finish(out, warnings)
    }
    try {
      out.go = readGoBuildInfo(elfExeData(layout), warnings)
    } catch (e) {
      if (fatal(e)) return finish(out, warnings)
    }

    const isDyn = layout.type === 3
    const pieFlag = dyn !== null && (dyn.flags1 & DF_1_PIE) !== 0
    if (out.interpreter !== null) out.linkage = 'dynamic'
    else if (layout.type === 2) out.linkage = 'static'
    else if (isDyn) {
      const looksStaticPie = out.needed.length === 0 && out.soname === null && layout.entry !== 0
      out.linkage = pieFlag || looksStaticPie ? 'static-pie' : 'dynamic'
    }
    out.pie = isDyn && (pieFlag || out.interpreter !== null || out.linkage === 'static-pie')
    out.libc = inferLibc({
      interpreter: out.interpreter,
      needed: out.needed,
      soname: out.soname,
      needNames: out.versionNeeds.flatMap((n) => n.versions.map((v) => v.name)),
      defNames: out.versionDefs.map((d) => d.name),
      abiTag: out.abiTag,
      go: out.go,
      linkage: out.linkage,
      sectionNames: new Set(layout.sections.map((s) => s.name)),
    })
  } catch (e) {
    record(e)
  }
  return finish(out, warnings)
}

const tables = new WeakMap<InspectedFile, DynamicSymbolTable>()

/** The raw dynamic-symbol table behind `file.dynamicSymbols` while it has not been decoded or replaced (fast JSON path). */
export function pendingSymbolTable(file: InspectedFile): DynamicSymbolTable | null {
  const t = tables.get(file)
  return t && !t.materialised ? t : null
}

/** Makes `out.dynamicSymbols` decode on first read (an enumerable getter, so JSON and spreads still see it). */
function attachSymbols(out: InspectedFile, table: DynamicSymbolTable): void {
  tables.set(out, table)
  Object.defineProperty(out, 'dynamicSymbols', {
    enumerable: true,
    configurable: true,
    get(): DynamicSymbol[] {
      return table.toArray()
    },
    set(value: DynamicSymbol[]): void {
      tables.delete(out)
      Object.defineProperty(out, 'dynamicSymbols', { value, writable: true, enumerable: true, configurable: true })
    },
  })
}

function finish(out: InspectedFile, warnings: string[]): InspectedFile {
  out.warnings =
    warnings.length > MAX_WARNINGS
      ? [...warnings.slice(0, MAX_WARNINGS), `${warnings.length - MAX_WARNINGS} more warnings`]
      : warnings
  return out
}

function readInterpreter(layout: ElfLayout, warnings: string[]): string | null {
  const p = layout.phdrs.find((ph) => ph.type === PT_INTERP)
  if (!p) return null
  if (!(p.filesz > 0 && p.offset <= layout.src.size && p.filesz <= layout.src.size - p.offset)) {
    warnings.push('PT_INTERP lies outside the file')
    return null
  }
  const bytes = layout.src.read(p.offset, Math.min(p.filesz, MAX_INTERP))
  let end = bytes.indexOf(0)
  if (end < 0) end = bytes.length
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, end))
}

/** Go's debug/buildinfo view of an ELF file: .go.buildinfo (or the first writable segment) read through PT_LOAD. */
function elfExeData(layout: ElfLayout): ExeData {
  return {
    dataStart(): number | null {
      const sec = layout.sections.find((s) => s.name === '.go.buildinfo')
      if (sec) return sec.addr
      const seg = layout.phdrs.find((p) => p.type === PT_LOAD && (p.flags & 3) === 2)
      return seg ? seg.vaddr : null
    },
    readData(addr: number, size: number): Uint8Array | null {
      for (const p of layout.phdrs) {
        if (p.type !== PT_LOAD || !(p.filesz > 0)) continue
        if (addr >= p.vaddr && addr - p.vaddr < p.filesz) {
          const n = Math.min(size, p.filesz - (addr - p.vaddr))
          const off = p.offset + (addr - p.vaddr)
          if (!(off >= 0 && off + n <= layout.src.size)) return null
          return layout.src.read(off, n)
        }
      }
      return null
    },
  }
}
