import { knowledgeData, type KnowledgeData } from './knowledge-data.js'
import { compareVersions, nodeVersion } from './versions.js'

/**
 * When glibc and musl gained each function, from the embedded knowledge base: glibc from the exports of the real
 * Debian 11/12/13 amd64 libcs (union over the roots, hidden/compat versions included), musl from the real 1.2.3 and
 * 1.2.5 libcs and musl's release history (scripts/knowledge/musl-releases.mjs). Pure; data decoded once, lazily.
 */

/**
 * The names musl ≥ 1.2.4's dynamic linker still resolves after dropping the LFS64 aliases: `NAME64` → `NAME`
 * (lfs64_list in ldso/dynlink.c, musl commit 246f1c81), plus `readdir64_r` → `readdir_r`.
 */
export const MUSL_LFS64_BASES: ReadonlySet<string> = new Set(
  (
    'aio_cancel aio_error aio_fsync aio_read aio_return aio_suspend aio_write alphasort creat fallocate fgetpos fopen ' +
    'freopen fseeko fsetpos fstat fstatat fstatfs fstatvfs ftello ftruncate ftw getdents getrlimit glob globfree ' +
    'lio_listio lockf lseek lstat mkostemp mkostemps mkstemp mkstemps mmap nftw open openat posix_fadvise ' +
    'posix_fallocate pread preadv prlimit pwrite pwritev readdir scandir sendfile setrlimit stat statfs statvfs ' +
    'tmpfile truncate versionsort __fxstat __fxstatat __lxstat __xstat'
  ).split(' '),
)

/** The first musl release where the LFS64 aliases are gone from libc.so and remapped by the loader instead. */
export const MUSL_LFS64_REMAP_SINCE = '1.2.4'

/** The musl name a ≥ 1.2.4 loader binds `symbol` to when libc.so lacks it (stat64 → stat), or null. */
export function muslLfs64Target(symbol: string): string | null {
  if (symbol === 'readdir64_r') return 'readdir_r'
  if (symbol.length < 3 || symbol.length > 16 || !symbol.endsWith('64')) return null
  const base = symbol.slice(0, -2)
  return MUSL_LFS64_BASES.has(base) ? base : null
}

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

interface MuslIndex {
  since: Map<string, string>
  removed: Map<string, string>
}
const muslIndexes = new WeakMap<KnowledgeData, MuslIndex>()
function muslIndex(k: KnowledgeData): MuslIndex {
  let idx = muslIndexes.get(k)
  if (idx) return idx
  const since = new Map<string, string>()
  const removed = new Map<string, string>()
  for (const v of k.musl.releases) {
    for (const n of (k.musl.since[v] ?? '').split(' ').filter(Boolean)) if (!since.has(n)) since.set(n, v)
    for (const n of (k.musl.removed[v] ?? '').split(' ').filter(Boolean)) removed.set(n, v)
  }
  idx = { since, removed }
  muslIndexes.set(k, idx)
  return idx
}

/** True when musl release `version`'s libc.so exports `symbol` itself (no LFS64 remapping); undefined if unknown. */
function muslExportsName(symbol: string, version: string, k: KnowledgeData): boolean | undefined {
  const rel = k.musl.releases
  if (compareVersions(version, rel[0]) < 0) return undefined
  const idx = muslIndex(k)
  const s = idx.since.get(symbol)
  if (!s || compareVersions(s, version) > 0) return false
  const r = idx.removed.get(symbol)
  return !(r && compareVersions(r, version) <= 0)
}

/**
 * Whether a binary's undefined `symbol` binds on musl `version` (≥ 1.2.4: LFS64 names bind through the loader's
 * remapping, e.g. stat64 → stat); undefined for releases older than 1.1.24 (not known here). Newer than 1.2.5: as 1.2.5.
 */
export function muslHas(symbol: string, version: string, k: KnowledgeData = knowledgeData()): boolean | undefined {
  const direct = muslExportsName(symbol, version, k)
  if (direct !== false) return direct
  const target = muslLfs64Target(symbol)
  return (
    target !== null && compareVersions(version, MUSL_LFS64_REMAP_SINCE) >= 0 && !!muslExportsName(target, version, k)
  )
}

/**
 * Earliest musl release (1.1.24 … 1.2.5) on which `symbol` binds ('1.1.24' also means "or earlier": nothing older is
 * known); null when no release here exports it (arc4random, close_range); LFS64 names stay bound from 1.1.24 on.
 */
export function muslSince(symbol: string, k: KnowledgeData = knowledgeData()): string | null {
  for (const v of k.musl.releases) if (muslHas(symbol, v, k)) return v
  return null
}

/** What a musl binary's undefined symbols need: the lowest release binding all of them and the symbols that set it. */
export interface MuslFloor {
  /** Lowest musl release (of 1.1.24 … 1.2.5) that binds every known symbol; '1.1.24' = that or earlier. */
  version: string
  /** The symbols that need exactly `version` (empty when version is the oldest known). */
  symbols: string[]
  /** Symbols no musl release here exports (the binary fails on every musl, or needs another library). */
  missing: string[]
}

/** The musl floor of a list of undefined (non-weak) symbol names: muslFloor(['statx', 'printf']) → 1.2.5 (statx). */
export function muslFloor(undefinedSymbols: Iterable<string>, k: KnowledgeData = knowledgeData()): MuslFloor {
  const oldest = k.musl.releases[0]
  let version = oldest
  let symbols: string[] = []
  const missing: string[] = []
  for (const s of new Set(undefinedSymbols)) {
    const v = muslSince(s, k)
    if (v === null) missing.push(s)
    else if (compareVersions(v, version) > 0) {
      version = v
      symbols = [s]
    } else if (v === version && v !== oldest) symbols.push(s)
  }
  return { version, symbols: symbols.sort(), missing: missing.sort() }
}

const muslReleaseSets = new WeakMap<KnowledgeData, Map<string, string[]>>()
/** The names musl release `version`'s libc.so exports (amd64; no LFS64 names from 1.2.4 on), or null if unknown. */
export function muslExports(version: string, k: KnowledgeData = knowledgeData()): string[] | null {
  const rel = k.musl.releases
  if (compareVersions(version, rel[0]) < 0) return null
  let sets = muslReleaseSets.get(k)
  if (!sets) {
    sets = new Map()
    const cur = new Set<string>()
    for (const v of rel) {
      for (const n of (k.musl.since[v] ?? '').split(' ').filter(Boolean)) cur.add(n)
      for (const n of (k.musl.removed[v] ?? '').split(' ').filter(Boolean)) cur.delete(n)
      sets.set(v, [...cur].sort())
    }
    muslReleaseSets.set(k, sets)
  }
  let best = rel[0]
  for (const v of rel) if (compareVersions(v, version) <= 0) best = v
  return sets.get(best) ?? null
}
