import type { VersionNeed } from './types.js'

const FAMILY = /^(.+)_(\d+(?:\.\d+)*)$/

/** Splits a version node name like GLIBC_2.34 into family and numeric version, or null (GLIBC_PRIVATE, Base). */
export function splitVersion(name: string): { family: string; version: string } | null {
  const m = FAMILY.exec(name)
  return m ? { family: m[1], version: m[2] } : null
}

/**
 * Compares dotted numeric versions ("2.9" < "2.17", "2.3.4" vs "2.31"), as strings or number lists; missing
 * components count as 0; -1, 0 or 1. The one version comparator (src/knowledge/versions.ts re-exports it).
 */
export function compareVersions(a: string | readonly number[], b: string | readonly number[]): number {
  const x = typeof a === 'string' ? a.split('.').map((n) => Number.parseInt(n, 10) || 0) : a
  const y = typeof b === 'string' ? b.split('.').map((n) => Number.parseInt(n, 10) || 0) : b
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0)
    if (d) return d < 0 ? -1 : 1
  }
  return 0
}

/**
 * Per version family, the highest version the file requires (non-weak version needs) and the undefined symbols
 * bound to that exact version node (`boundTo` maps node names to symbol names).
 */
export function computeRequires(
  needs: VersionNeed[],
  boundTo: (nodes: Set<string>) => Map<string, string[]>,
): { requires: Record<string, string>; requiredBy: Record<string, string[]> } {
  const best = new Map<string, string>()
  for (const need of needs) {
    for (const v of need.versions) {
      if (v.weak) continue
      const sv = splitVersion(v.name)
      if (!sv) continue
      const cur = best.get(sv.family)
      if (cur === undefined || compareVersions(sv.version, cur) > 0) best.set(sv.family, sv.version)
    }
  }
  const requires: Record<string, string> = {}
  const requiredBy: Record<string, string[]> = {}
  const nodes = new Set<string>()
  for (const [family, version] of best) {
    requires[family] = version
    nodes.add(`${family}_${version}`)
  }
  const bound = boundTo(nodes)
  for (const [family, version] of best) requiredBy[family] = bound.get(`${family}_${version}`) ?? []
  return { requires, requiredBy }
}
