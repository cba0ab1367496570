import raw from './data/knowledge.json' with { type: 'json' }
import schema from './data/knowledge.schema.json' with { type: 'json' }
import { validateKnowledge } from './data/validators.js'
import { runValidator } from './profile-schema.js'
import type { Confidence } from './types.js'

/** One glibc-family node table of one architecture, as read from real files. */
export interface GlibcTable {
  /** Highest glibc whose real files were read for this arch; null when the table is derived from a sibling arch. */
  realUpTo: string | null
  source: string
  libs: Record<string, string[]>
}

/** A node table of libstdc++ or libgcc_s for one arch. */
export interface RuntimeTable {
  realUpTo: string
  source: string
  nodes: string[]
}

/** One image row of the embedded knowledge base (expanded into TargetProfiles by embedded.ts). */
export interface ImageRow {
  image: string
  aliases: string[]
  distro: { id: string; name: string; version: string }
  libc: { flavor: 'glibc' | 'musl' | 'none'; version: string | null }
  arch: string[]
  gccRuntime: string | null
  /** zlib release of the image's libz.so.1, when known. */
  zlib?: string | null
  libstdcxx: { glibcxx: string; cxxabi: string; from: string } | null
  base: string
  kernel: string | null
  x86IsaBaseline: number | null
  eol: string | null
  confidence: Confidence
  provenance: string
  caveats: string[]
  /** The real root (KnowledgeData.roots) this image's amd64 libraries were read from, when there is one. */
  root?: string
}

/** One release read from a real root: its libraries (soname → version nodes) and the export-table entries it lacks. */
export interface RootClaims {
  source: string
  glibc: string | null
  libraries: Record<string, string[]>
  /** Per core library: space-separated `name`/`name@NODE` entries of exportTables[soname] this root does not define. */
  absent: Record<string, string>
}

/** musl's exported names per release: a name is in R when listed in since[S ≤ R] and in no removed[V ≤ R]. */
export interface MuslHistory {
  releases: string[]
  since: Record<string, string>
  removed: Record<string, string>
  sources: Record<string, string>
}

/** The generated knowledge file (src/knowledge/data/knowledge.json, made by scripts/gen-knowledge.mjs). */
export interface KnowledgeData {
  knowledgeVersion: 1
  generatedBy: string
  nodeSince: Record<string, string>
  /** Per library, numbered nodes it gained after their number (libpthread symbols merged into libc in 2.34). */
  lateNodes: Record<string, Record<string, string>>
  glibc: Record<string, GlibcTable>
  libstdcxx: Record<string, RuntimeTable>
  libgcc: Record<string, RuntimeTable>
  zlib: Record<string, RuntimeTable>
  /** Libraries a cited source says every image of a base carries (releases without a real root). */
  baseLibraries: Record<string, string[]>
  /** The citation of each baseLibraries list. */
  baseProvenance: Record<string, string>
  roots: Record<string, RootClaims>
  /** Per core library, the union of the roots' exports: version node ('' = unversioned) → space-separated names. */
  exportTables: Record<string, Record<string, string>>
  images: ImageRow[]
}

/** JSON schema of the generated knowledge file (src/knowledge/data/knowledge.schema.json). */
export const KNOWLEDGE_SCHEMA: object = schema

let loaded: KnowledgeData | null = null

/** The embedded knowledge base, validated against KNOWLEDGE_SCHEMA on first use (throws when the data is corrupt). */
export function knowledgeData(): KnowledgeData {
  if (loaded) return loaded
  const data = checkKnowledge(raw)
  loaded = data
  return data
}

/** Validates a knowledge object with the precompiled schema validator (exported for tests); throws listing the problems. */
export function checkKnowledge(data: unknown): KnowledgeData {
  const why = runValidator(validateKnowledge, data, 5)
  if (why.length) throw new Error(`embedded knowledge base is invalid: ${why.join('; ')}`)
  const k = data as KnowledgeData
  for (const row of k.images) {
    if (!k.baseLibraries[row.base])
      throw new Error(`embedded knowledge base: ${row.image} names unknown base ${row.base}`)
    if (row.root && !k.roots[row.root])
      throw new Error(`embedded knowledge base: ${row.image} names unknown root ${row.root}`)
    if (row.libc.flavor === 'glibc' && !row.libc.version)
      throw new Error(`embedded knowledge base: ${row.image} lacks a glibc version`)
  }
  return k
}
