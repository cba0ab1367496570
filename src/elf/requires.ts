import type { VersionNeed } from './types.js'

const FAMILY = /^(.+)_(\d+(?:\.\d+)*)$/

/** Splits a version node name like GLIBC_2.34 into family and numeric version, or null (GLIBC_PRIVATE, Base). */
export function splitVersion(name: string): { family: string; version: string } | null {
  const m = FAMILY.exec(name)
  return m ? { family: m[1], version: m[2] } : null
}

/** Compares dotted numeric versions ("2.9" < "2.17"); negative, zero or positive. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.')
  const pb = b.split('.')
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = Number(pa[i] ?? 0)
    const y = Number(pb[i] ?? 0)
    if (x !== y) return x < y ? -1 : 1
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
