import { Budget } from './budget.js'
import { readDynamic, type DynamicInfo } from './dynamic.js'
import { ElfError, errorInfo } from './errors.js'
import { PT_INTERP, SHT_SYMTAB, readLayout, type ElfLayout } from './layout.js'
import { machineName, osabiName, typeName } from './names.js'
import { readNotes } from './notes.js'
import { computeRequires } from './requires.js'
import { readDynamicSymbols } from './symbols.js'
import type { DynamicSymbolTable } from './symbol-table.js'
import type { ByteSource, DynamicSymbol, ElfFacts } from './types.js'
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

/** ElfFacts with every fact empty, for `path` of `size` bytes. */
export function emptyElfFacts(path: string, size: number): ElfFacts {
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
    warnings: [],
  }
}

/** What reading an ELF file leaves for the layer above (src/binary): its facts plus the means to read on. */
export interface ElfReading<T extends ElfFacts> {
  /** The facts, filled in place. */
  file: T
  /** Headers, segments and sections (Go's elf.File), or null when the headers could not be read. */
  layout: ElfLayout | null
  /** False when the work budget ran out: nothing more may be read from the file. */
  complete: boolean
  /** Non-fatal problems so far, uncapped (finishElfFacts caps them). */
  warnings: string[]
  /** Records a problem: the first lands in `file.error`, later ones among the warnings. */
  record(e: unknown): void
}

/**
 * Analyses one ELF file read through `source`. Never throws: a parse error lands in `.error` (code, message, offset)
 * and every fact gathered before or independently of it is kept, with non-fatal problems in `.warnings`.
 */
export function analyseElf(source: ByteSource, path: string, opts: AnalyseOptions = {}): ElfFacts {
  return finishElfFacts(readElfInto(source, emptyElfFacts(path, 0), opts))
}

/** Reads the ELF facts of `source` into `out` (an object with more fields is kept as it is, key order included). */
export function readElfInto<T extends ElfFacts>(source: ByteSource, out: T, opts: AnalyseOptions = {}): ElfReading<T> {
  try {
    out.size = source.size
  } catch {
    out.size = 0
  }
  const reading: ElfReading<T> = {
    file: out,
    layout: null,
    complete: false,
    warnings: [],
    record(e: unknown): void {
      if (out.error === null) out.error = errorInfo(e)
      else reading.warnings.push(`${errorInfo(e).code}: ${errorInfo(e).message}`)
    },
  }
  const budget = new Budget(opts.budget)
  try {
    reading.layout = readLayout(source, budget)
  } catch (e) {
    reading.record(e)
    return reading
  }
  reading.complete = readFacts(reading.layout, budget, out, reading)
  return reading
}

/** The facts of a reading with its warnings capped at MAX_WARNINGS. */
export function finishElfFacts<T extends ElfFacts>(reading: ElfReading<T>): T {
  const { file: out, warnings } = reading
  out.warnings =
    warnings.length > MAX_WARNINGS
      ? [...warnings.slice(0, MAX_WARNINGS), `${warnings.length - MAX_WARNINGS} more warnings`]
      : warnings
  return out
}

/** Fills `out` from a parsed layout; false when the budget ran out. */
function readFacts(layout: ElfLayout, budget: Budget, out: ElfFacts, reading: ElfReading<ElfFacts>): boolean {
  const { warnings, record } = reading
  const fatal = (e: unknown): boolean => {
    record(e)
    return e instanceof ElfError && e.code === 'BUDGET_EXCEEDED'
  }
  try {
    warnings.push(...layout.warnings)
    if (layout.tableError) record(layout.tableError)
    out.elf = {
      class: layout.is64 ? 64 : 32,
      endian: layout.little ? 'little' : 'big',
      type: typeName(layout.type),
      machine: machineName(layout.machine),
      osabi: osabiName(layout.osabi),
    }
    out.stripped = !layout.sections.some((s) => s.type === SHT_SYMTAB)
    out.interpreter = readInterpreter(layout, warnings)

    let dyn: DynamicInfo | null = null
    try {
      dyn = readDynamic(layout, budget, warnings)
    } catch (e) {
      if (fatal(e)) return false
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
      if (fatal(e)) return false
    }
    let table: DynamicSymbolTable | null = null
    try {
      table = readDynamicSymbols(layout, dyn, versions, budget, warnings)
      if (table) attachSymbols(out, table)
    } catch (e) {
      if (fatal(e)) return false
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
      if (fatal(e)) return false
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
  } catch (e) {
    record(e)
  }
  return true
}

const tables = new WeakMap<ElfFacts, DynamicSymbolTable>()

/** The raw dynamic-symbol table behind `file.dynamicSymbols` while it has not been decoded or replaced (fast JSON path). */
export function pendingSymbolTable(file: ElfFacts): DynamicSymbolTable | null {
  const t = tables.get(file)
  return t && !t.materialised ? t : null
}

/** Makes `out.dynamicSymbols` decode on first read (an enumerable getter, so JSON and spreads still see it). */
function attachSymbols(out: ElfFacts, table: DynamicSymbolTable): void {
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
