import { compareVersions } from '../elf/requires.js'

/** A version node split into its family and numbers: GLIBC_2.3.4 → { family: 'GLIBC', numbers: [2, 3, 4] }. */
export interface ParsedNode {
  family: string
  numbers: number[] | null
}

/** Splits a version node name (GLIBC_2.34, GLIBCXX_3.4.29, CXXABI_1.3.13, GCC_7.0.0); numbers null when unnumbered. */
export function parseNode(name: string): ParsedNode {
  const m = /^([A-Za-z_]+?)_(\d+(?:\.\d+)*)$/.exec(name)
  if (!m) return { family: name, numbers: null }
  return { family: m[1], numbers: m[2].split('.').map(Number) }
}

/** Compares dotted numeric versions: the ELF module's one comparator, used by the knowledge and its callers. */
export { compareVersions }

/** The numeric part of a node as a string ("GLIBC_2.34" → "2.34"), or null. */
export function nodeVersion(name: string): string | null {
  const p = parseNode(name)
  return p.numbers ? p.numbers.join('.') : null
}

/** Sorts version nodes by family, then numerically. */
export function sortNodes(nodes: Iterable<string>): string[] {
  return [...new Set(nodes)].sort((a, b) => {
    const x = parseNode(a)
    const y = parseNode(b)
    if (x.family !== y.family) return x.family < y.family ? -1 : 1
    if (!x.numbers || !y.numbers) return x.numbers ? -1 : y.numbers ? 1 : a < b ? -1 : 1
    return compareVersions(x.numbers, y.numbers)
  })
}

/** The highest numbered node of one family in a list ("GLIBC" in [...] → "2.36"), or null. */
export function highestOf(nodes: Iterable<string>, family: string): string | null {
  let best: number[] | null = null
  for (const n of nodes) {
    const p = parseNode(n)
    if (p.family === family && p.numbers && (!best || compareVersions(p.numbers, best) > 0)) best = p.numbers
  }
  return best ? best.join('.') : null
}
