import { knowledgeData, type KnowledgeData } from './knowledge-data.js'
import { compareVersions, nodeVersion } from './versions.js'

/**
 * When glibc and musl gained each function, from the embedded knowledge base: glibc from the exports of the real
 * Debian 11/12/13 amd64 libcs (union over the roots, hidden/compat versions included), musl from the real 1.2.3 and
 * 1.2.5 libcs and musl's release history (scripts/knowledge/musl-releases.mjs). Pure; data decoded once, lazily.
 */

interface GlibcIndex {
  /** symbol → [library, node] pairs, every GLIBC_x definition (default and hidden). */
  defs: Map<string, Array<{ library: string; node: string }>>
}
const glibcIndexes = new WeakMap<KnowledgeData, GlibcIndex>()
function glibcIndex(k: KnowledgeData): GlibcIndex {
  let idx = glibcIndexes.get(k)
  if (idx) return idx
  const defs = new Map<string, Array<{ library: string; node: string }>>()
  for (const [library, table] of Object.entries(k.exportTables)) {
    for (const [node, names] of Object.entries(table)) {
      if (!/^GLIBC_\d/.test(node)) continue // GLIBC_PRIVATE is not linkable; libgcc_s/libz nodes are not glibc's
      for (const name of names.split(' ')) {
        let list = defs.get(name)
        if (!list) defs.set(name, (list = []))
        list.push({ library, node })
      }
    }
  }
  idx = { defs }
  glibcIndexes.set(k, idx)
  return idx
}

/** Every (library, GLIBC_x node) under which amd64 glibc ≤ the newest real release defines `symbol`, oldest first. */
export function glibcDefinitions(
  symbol: string,
  arch = 'amd64',
  k: KnowledgeData = knowledgeData(),
): Array<{ library: string; node: string }> | undefined {
  if (arch !== 'amd64') return undefined
  const list = glibcIndex(k).defs.get(symbol) ?? []
  return [...list].sort((a, b) => compareVersions(nodeVersion(a.node) ?? '0', nodeVersion(b.node) ?? '0'))
}

/**
 * Earliest GLIBC_x node under which glibc's libraries define `symbol` on `arch` (e.g. 'GLIBC_2.36' for arc4random,
 * 'GLIBC_2.2.5' for pthread_create, whose libpthread node predates its GLIBC_2.34 libc one); null when no glibc read
 * here (≤ the newest real release, 2.41) defines it; undefined when unknown (no real exports for that arch).
 */
export function glibcSince(
  symbol: string,
  arch = 'amd64',
  k: KnowledgeData = knowledgeData(),
): string | null | undefined {
  const defs = glibcDefinitions(symbol, arch, k)
  if (defs === undefined) return undefined
  return defs.length ? defs[0].node : null
}

export {
  MUSL_LFS64_BASES,
  MUSL_LFS64_REMAP_SINCE,
  muslExports,
  muslFloor,
  muslHas,
  muslLfs64Target,
  muslSince,
  type MuslFloor,
} from './musl-history.js'
