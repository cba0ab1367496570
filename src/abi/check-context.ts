// What every part of checkBinary shares: the facts, the profile, the gaps found so far, and small text helpers.
import type { InspectedFile } from '../binary/types.js'
import type { ProfileLibrary, TargetProfile } from '../knowledge/types.js'
import type { DependencySource } from './origins.js'
import { locateSymbols, type SourceIndex } from './source-index.js'
import type { AbiGap } from './types.js'
import type { SymbolHistory } from './what-if.js'

/** Options of checkBinary. */
export interface CheckOptions {
  source?: SourceIndex
  targetName?: string
  /**
   * NSS entry points found in a static binary's own symbol table / strings by the caller (the ELF facts carry only
   * dynamic symbols). Used for the static-nss gap.
   */
  staticNssSymbols?: string[]
  /**
   * When a symbol entered a library ("musl 1.2.5", "glibc 2.36"), for missing-symbol messages; null when unknown.
   * The knowledge base answers this; without it the messages say nothing about the version that added a symbol.
   */
  symbolAddedIn?: (library: string, symbol: string, flavor: 'glibc' | 'musl' | 'other') => string | null
  /** When symbols entered glibc and musl, for the what-if fixes (default: src/knowledge/symbol-history.ts). */
  history?: SymbolHistory
  /** Sources of the binary's Go dependencies (module cache), for the origins of their C symbols. */
  dependencies?: DependencySource[]
  /** The musl release of the host's musl-gcc (src/build/musl-toolchain.ts), for the static-musl what-if. */
  muslToolchain?: string | null
  /** Gaps and verdict only, no fixes worded (a floor checks a binary against every embedded profile). */
  verdictOnly?: boolean
}

/** Where the source index puts a list of symbols (undefined without an index). */
export type Locate = (symbols: string[], goPackage?: string | string[]) => AbiGap['locations']

/** Which loader semantics apply on the target: glibc's (versions checked) or musl's (names only). */
export type LoaderKind = 'glibc' | 'musl'

/** One check run: inputs, the gaps found so far and whether the answer depends on facts the profile lacks. */
export interface CheckContext {
  facts: InspectedFile
  profile: TargetProfile
  target: string
  /** The binary's base name, capped. */
  name: string
  opts: CheckOptions
  gaps: AbiGap[]
  uncertain: boolean
  locate: Locate
}

const MAX_NAME = 200

/** Strings from binaries are attacker-controlled: capped before they enter messages (the faces escape them). */
export function cap(s: string): string {
  return s.length > MAX_NAME ? `${s.slice(0, MAX_NAME)}…` : s
}

/** The last path component. */
export function baseName(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1)
}

/** A new context for one binary × profile. */
export function newContext(facts: InspectedFile, profile: TargetProfile, opts: CheckOptions): CheckContext {
  return {
    facts,
    profile,
    target: opts.targetName ?? profile.image,
    name: cap(baseName(facts.path) || facts.path),
    opts,
    gaps: [],
    uncertain: false,
    locate: (symbols, goPackage) => (opts.source ? locateSymbols(opts.source, symbols, goPackage) : undefined),
  }
}

/** Finds a library in a profile by the name a DT_NEEDED entry uses. */
export function findLibrary(profile: TargetProfile, soname: string): ProfileLibrary | undefined {
  return profile.libraries.find((l) => l.soname === soname)
}

/**
 * True when the profile lists every copy of `soname` the target has, so its absence is a fact: a complete listing
 * (an image or root read), not narrowed to other sonames by `librariesFor`.
 */
export function listsEvery(profile: TargetProfile, soname: string): boolean {
  return profile.librariesComplete && (!profile.librariesFor || profile.librariesFor.includes(soname))
}

/** "glibc 2.36", "musl 1.2.3", "no C library". */
export function libcLabel(p: TargetProfile): string {
  if (p.libc.flavor === 'none') return 'no C library'
  return `${p.libc.flavor}${p.libc.version ? ` ${p.libc.version}` : ''}`
}

/** `{ locations }` when there are any, else nothing (keeps gaps free of empty fields). */
export function withLocations(locs: AbiGap['locations']): { locations?: AbiGap['locations'] } {
  return locs && locs.length ? { locations: locs } : {}
}

/** True for a Go binary built with cgo. */
export function isGoCgo(facts: InspectedFile): boolean {
  return facts.go?.settings.CGO_ENABLED === '1'
}

/** Names a musl loader answers itself (libc, libpthread, libm, ... are all musl's one libc). */
export const MUSL_BUILTIN = /^lib(c|pthread|rt|m|dl|util|xnet)\./

/** "a, b and 3 more" for messages. */
export function listSome(items: string[], max: number): string {
  const shown = items.slice(0, max).map(cap)
  return `${shown.join(', ')}${items.length > max ? ` and ${items.length - max} more` : ''}`
}
