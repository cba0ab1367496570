// What the what-if computation asks of one imported symbol: is it on the target, is it weak, how to name it. Pure.
import type { InspectedFile } from '../binary/types.js'
import type { TargetProfile } from '../knowledge/types.js'
import { compareVersions, parseNode } from '../knowledge/versions.js'
import { describeOrigin, isCgoPlumbing, siteOf, type AttributedSymbol } from './origins.js'
import type { SourceIndex } from './source-index.js'
import type { FixBlocker, SymbolHistory } from './what-if-types.js'

/** "GLIBC_2.25" or "2.25" → "2.25"; null/undefined pass through. */
export function release(v: string | null | undefined): string | null | undefined {
  if (v === null || v === undefined) return v
  const p = parseNode(v)
  return p.numbers ? p.numbers.join('.') : v
}

/** True when the target's copy of the symbol's library defines the node the symbol is bound to. */
export function nodeOnTarget(s: AttributedSymbol, profile: TargetProfile): boolean | undefined {
  if (!s.version || !s.library) return true
  const p = parseNode(s.version)
  if (p.family === 'GLIBC' && p.numbers && profile.libc.flavor === 'glibc' && profile.libc.version)
    if (compareVersions(p.numbers.join('.'), profile.libc.version) <= 0) return true
  const lib = profile.libraries.find((l) => l.soname === s.library)
  if (!lib) return undefined
  if (lib.versions.includes(s.version)) return true
  return lib.versions.length ? false : undefined
}

/**
 * Whether the target defines `s` as the binary needs it: glibc by version node (nodeOnTarget), musl by name from the
 * release it entered musl; undefined when not known.
 */
export function onTarget(
  s: AttributedSymbol,
  profile: TargetProfile,
  history: SymbolHistory | undefined,
): boolean | undefined {
  if (profile.libc.flavor !== 'musl') return nodeOnTarget(s, profile)
  const since = history?.muslSince(muslName(s.name))
  if (since === undefined) return undefined
  if (since === null) return false
  return profile.libc.version ? compareVersions(since, profile.libc.version) <= 0 : undefined
}

/** The symbol as a blocker of a fix: why it blocks (default: where it comes from). */
export function blocker(s: AttributedSymbol, why?: string): FixBlocker {
  return { name: s.name, ...(s.version ? { version: s.version } : {}), why: why ?? describeOrigin(s.origin) }
}

/** "arc4random (GLIBC_2.36, token.go:7)" for the first few, grouping the cgo runtime's. */
export function listBlockers(list: AttributedSymbol[]): string {
  const own = list.filter((s) => s.origin.kind !== 'cgo-runtime')
  const runtime = list.filter((s) => s.origin.kind === 'cgo-runtime')
  const parts = own.slice(0, 4).map((s) => {
    const at = siteOf(s.origin)
    const inner = [s.version, at].filter(Boolean).join(', ')
    return inner ? `${s.name} (${inner})` : s.name
  })
  if (own.length > 4) parts.push(`${own.length - 4} more`)
  if (runtime.length) {
    const nodes = [...new Set(runtime.map((s) => s.version).filter(Boolean))].join(', ')
    parts.push(`${runtime.length} symbol(s) of the cgo runtime${nodes ? ` (${nodes})` : ''}`)
  }
  return parts.join(' and ')
}

/** True when the symbol needs cgo (it is not just the cgo runtime's plumbing). */
export const needsCgo = (s: AttributedSymbol): boolean => !isCgoPlumbing(s.origin)

const weakSets = new WeakMap<InspectedFile, Set<string>>()

/** True when the binary's reference to `name` is weak (a missing definition never fails its link or load). */
export function weak(facts: InspectedFile, name: string): boolean {
  let set = weakSets.get(facts)
  if (!set) {
    set = new Set(facts.dynamicSymbols.filter((d) => !d.defined && d.binding === 'WEAK').map((d) => d.name))
    weakSets.set(facts, set)
  }
  return set.has(name)
}

/** The program or a dependency imports "C" itself (so cgo stays even without new C symbols); null = unknown. */
export function importsC(source: SourceIndex | null | undefined): boolean | null {
  if (!source) return null
  return (source.imports.C ?? []).length > 0
}

/** glibc's header-generated names and their musl equivalents (fortify, C99 scanf). */
export function muslName(name: string): string {
  return name.replace(/^__(\w+)_chk$/, '$1').replace(/^__isoc(?:99|23)_(\w+)$/, '$1')
}
