// Where each C symbol a Go binary imports comes from: the program's own C, a Go dependency's C, a C library linked
// through #cgo LDFLAGS, the cgo paths of net / os/user, or the cgo runtime's start-up code. Pure.
import type { InspectedFile } from '../binary/types.js'
import { goPackageOf } from './go-packages.js'
import type { IndexedSite, SourceIndex } from './source-index.js'

/** The kinds of place a C symbol comes from. */
export type OriginKind =
  'own-c' | 'go-dependency' | 'c-library' | 'go-net' | 'go-os-user' | 'go-plugin' | 'cgo-runtime' | 'unknown'

/** Where one symbol comes from, with file:line when the source is at hand. */
export interface SymbolOrigin {
  kind: OriginKind
  /** The source file (relative to the source root; for a module-cache dependency `module@version/path`). */
  file?: string
  line?: number
  /** go-dependency: module@version from the binary's build info. */
  module?: string
  /** The Go standard package whose cgo path needs it (net, os/user, plugin, runtime/cgo). */
  goPackage?: string
  /** c-library: the libraries the program links through #cgo LDFLAGS (-lfoo, libfoo.a), when it names them. */
  cLibraries?: string[]
}

/** One undefined dynamic symbol with the library and node it is bound to and where it comes from. */
export interface AttributedSymbol {
  name: string
  library: string | null
  version: string | null
  origin: SymbolOrigin
}

/** The source tree of one Go dependency (module cache or elsewhere), indexed like the main module. */
export interface DependencySource {
  module: string
  version: string
  index: SourceIndex
}

/** What attribution may use besides the binary's facts. */
export interface OriginInput {
  facts: InspectedFile
  /** The main module's source index (a vendor/ directory in it counts as the dependencies' source). */
  source?: SourceIndex | null
  /** Dependencies' sources found elsewhere (e.g. the module cache). */
  dependencies?: DependencySource[]
}

const SITE_KINDS = ['cgoCalls', 'cgoPreamble', 'cSources'] as const

/** The first C site naming `symbol` in `index`, split into own sites and vendor/ sites. */
function cSites(index: SourceIndex, symbol: string): { own?: IndexedSite; vendored?: IndexedSite } {
  const out: { own?: IndexedSite; vendored?: IndexedSite } = {}
  for (const kind of SITE_KINDS) {
    for (const s of index[kind][symbol] ?? []) {
      if (s.file.startsWith('vendor/')) out.vendored ??= s
      else out.own ??= s
    }
  }
  return out
}

/** The build-info module a vendor/ path belongs to (longest module path prefix). */
function vendorModule(facts: InspectedFile, file: string): string | undefined {
  const rest = file.slice('vendor/'.length)
  let best: { path: string; version: string } | undefined
  for (const d of facts.go?.deps ?? []) {
    if ((rest === d.path || rest.startsWith(`${d.path}/`)) && (!best || d.path.length > best.path.length)) best = d
  }
  return best ? `${best.path}@${best.version}` : undefined
}

/** Libraries the program links through #cgo LDFLAGS (its own and vendored preambles) or CGO_LDFLAGS. */
export function linkedCLibraries(input: OriginInput): string[] {
  const out = new Set<string>()
  for (const lib of Object.keys(input.source?.cgoLdflags ?? {})) out.add(lib)
  for (const d of input.dependencies ?? []) for (const lib of Object.keys(d.index.cgoLdflags ?? {})) out.add(lib)
  const env = input.facts.go?.settings.CGO_LDFLAGS ?? ''
  for (const m of env.matchAll(/(?:^|\s)(-l\S+|\S+\.a)(?=\s|$)/g)) out.add(m[1])
  return [...out].sort()
}

/** Where one imported symbol comes from; source sites win over package tables (the program's own C stays). */
export function attributeSymbol(symbol: string, input: OriginInput, libraries = linkedCLibraries(input)): SymbolOrigin {
  const { facts, source } = input
  if (source) {
    const { own, vendored } = cSites(source, symbol)
    if (own) return { kind: 'own-c', file: own.file, line: own.line }
    if (vendored) {
      const module = vendorModule(facts, vendored.file)
      return { kind: 'go-dependency', file: vendored.file, line: vendored.line, ...(module ? { module } : {}) }
    }
  }
  for (const d of input.dependencies ?? []) {
    const { own } = cSites(d.index, symbol)
    if (own)
      return {
        kind: 'go-dependency',
        module: `${d.module}@${d.version}`,
        file: `${d.module}@${d.version}/${own.file}`,
        line: own.line,
      }
  }
  const pkg = goPackageOf(symbol)?.goPackage
  if (pkg === 'net') return { kind: 'go-net', goPackage: 'net' }
  if (pkg === 'os/user') return { kind: 'go-os-user', goPackage: 'os/user' }
  if (pkg === 'plugin') return { kind: 'go-plugin', goPackage: 'plugin' }
  if (pkg === 'runtime/cgo') return { kind: 'cgo-runtime', goPackage: 'runtime/cgo' }
  if (libraries.length) return { kind: 'c-library', cLibraries: libraries }
  return { kind: 'unknown' }
}

/** Every undefined dynamic symbol of the binary with its library, node and origin (one entry per name+library+node). */
export function attributeImports(input: OriginInput): AttributedSymbol[] {
  const libraries = linkedCLibraries(input)
  const seen = new Set<string>()
  const out: AttributedSymbol[] = []
  for (const s of input.facts.dynamicSymbols) {
    if (s.defined || !s.name) continue
    const key = `${s.name}\0${s.library ?? ''}\0${s.version ?? ''}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push({
      name: s.name,
      library: s.library,
      version: s.version,
      origin: attributeSymbol(s.name, input, libraries),
    })
  }
  return out
}

/** True when the origin goes away with the binary's cgo (netgo/osusergo or CGO_ENABLED=0 remove it). */
export function isCgoPlumbing(o: SymbolOrigin): boolean {
  return o.kind === 'cgo-runtime' || o.kind === 'go-net' || o.kind === 'go-os-user'
}

/** Where: "token.go:7", or "" without a file. */
export function siteOf(o: SymbolOrigin): string {
  return o.file ? `${o.file}${o.line ? `:${o.line}` : ''}` : ''
}

/** One phrase saying where a symbol comes from, e.g. "the program's own C (cmd/gateway/token.go:7)". */
export function describeOrigin(o: SymbolOrigin): string {
  const at = siteOf(o)
  switch (o.kind) {
    case 'own-c':
      return `the program's own C (${at})`
    case 'go-dependency':
      return `the C code of Go dependency ${o.module ?? 'in vendor/'}${at ? ` (${at})` : ''}`
    case 'c-library':
      return `C code with no caller in the source at hand (the program links ${(o.cLibraries ?? []).join(', ')} through #cgo LDFLAGS)`
    case 'go-net':
      return 'the cgo DNS resolver of package net'
    case 'go-os-user':
      return 'the cgo user/group lookup of package os/user'
    case 'go-plugin':
      return 'package plugin (dlopen)'
    case 'cgo-runtime':
      return 'the cgo runtime and C start-up code linked into every cgo binary'
    case 'unknown':
      return 'C code abigap could not place (no caller in the source at hand)'
  }
}
