import type { SourceLocation } from './types.js'

/** One place in the source tree that names a C symbol or imports a package. */
export interface IndexedSite {
  file: string
  line: number
  column: number
}

/**
 * What abigap knows about a Go source tree (built by src/io/source-index.ts; lookups here are pure): Go imports,
 * cgo `C.fn` calls, identifiers on cgo preamble lines, identifiers called in .c/.cc/.cpp/.h files, and go.mod.
 */
export interface SourceIndex {
  /** The directory as the user named it (for messages only). */
  root: string
  /** Go imports by package path ("net" → where it is imported). */
  imports: Record<string, IndexedSite[]>
  /** `C.fn` uses by fn. */
  cgoCalls: Record<string, IndexedSite[]>
  /** Identifiers on cgo preamble lines (the comment block before `import "C"`). */
  cgoPreamble: Record<string, IndexedSite[]>
  /** Identifiers followed by `(` in C/C++ sources. */
  cSources: Record<string, IndexedSite[]>
  /** Libraries named on `#cgo LDFLAGS:` preamble lines (-lfoo, libfoo.a) by name; absent in older indexes. */
  cgoLdflags?: Record<string, IndexedSite[]>
  /** Each Go file's `//go:build` expression, by file; absent in older indexes. */
  buildConstraints?: Record<string, string>
  /** go.mod's module line, when there is a go.mod. */
  goMod: { file: string; line: number; module: string } | null
  /** Files that could not be read (reported, not fatal). */
  skipped: string[]
}

/** An empty index (for tests and for callers without a source tree). */
export function emptySourceIndex(root = '.'): SourceIndex {
  return { root, imports: {}, cgoCalls: {}, cgoPreamble: {}, cSources: {}, cgoLdflags: {}, goMod: null, skipped: [] }
}

const MAX_LOCATIONS = 10

/**
 * The source lines responsible for needing `symbols`: cgo calls first, then cgo preamble and C/C++ lines naming a
 * symbol, then the imports of `goPackage` (runtime/cgo = `import "C"`); falls back to go.mod's module line. Capped at 10 locations.
 */
export function locateSymbols(index: SourceIndex, symbols: string[], goPackage?: string | string[]): SourceLocation[] {
  const pkgs = goPackage === undefined ? [] : Array.isArray(goPackage) ? goPackage : [goPackage]
  const out: SourceLocation[] = []
  const seen = new Set<string>()
  const add = (s: IndexedSite, reason: string) => {
    const key = `${s.file}:${s.line}`
    if (seen.has(key) || out.length >= MAX_LOCATIONS) return
    seen.add(key)
    out.push({ file: s.file, line: s.line, column: s.column, reason })
  }
  for (const sym of symbols) for (const s of index.cgoCalls[sym] ?? []) add(s, 'cgo-call')
  for (const sym of symbols) for (const s of index.cgoPreamble[sym] ?? []) add(s, 'cgo-preamble')
  for (const sym of symbols) for (const s of index.cSources[sym] ?? []) add(s, 'c-source')
  if (!out.length)
    for (const p of pkgs) for (const s of index.imports[p === 'runtime/cgo' ? 'C' : p] ?? []) add(s, 'import')
  if (!out.length && index.goMod) add({ file: index.goMod.file, line: index.goMod.line, column: 1 }, 'go.mod')
  return out
}
