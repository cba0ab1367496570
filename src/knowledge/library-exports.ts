// What a library offers the loader: its exported dynamic symbols, as profiles record them (profileVersion 2).
import { isMuslLibc } from '../binary/libc-names.js'
import type { InspectedFile } from '../binary/types.js'

const EXPORT_BINDINGS = new Set(['GLOBAL', 'WEAK', 'UNIQUE'])
const NOT_EXPORTS = new Set(['SECTION', 'FILE'])
/** A library with more exports than this is recorded with the first ones only and flagged by the caller. */
export const MAX_EXPORTS = 200000

/**
 * The defined global/weak/unique dynamic symbols of a library: `name@NODE` for a symbol defined under a version
 * node (default or hidden), `name` for an unversioned one; sorted, each once.
 */
export function exportsOf(facts: InspectedFile): string[] {
  const out = new Set<string>()
  for (const s of facts.dynamicSymbols) {
    if (!s.defined || !s.name || !EXPORT_BINDINGS.has(s.binding) || NOT_EXPORTS.has(s.type)) continue
    out.add(s.version ? `${s.name}@${s.version}` : s.name)
    if (out.size >= MAX_EXPORTS) break
  }
  return [...out].sort()
}

/** True for the libraries every dynamic binary's loader scope holds: libc, the loader, musl's libc names. */
export function alwaysExported(soname: string): boolean {
  return /^(libc\.so\.6|ld-linux.*\.so\.\d)$/.test(soname) || isMuslLibc(soname)
}
