import { Ajv } from 'ajv'
import raw from './data/knowledge.json' with { type: 'json' }
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
  libstdcxx: { glibcxx: string; cxxabi: string; from: string } | null
  base: string
  kernel: string | null
  x86IsaBaseline: number | null
  eol: string | null
  confidence: Confidence
  provenance: string
  caveats: string[]
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
  baseLibraries: Record<string, string[]>
  images: ImageRow[]
}

const strings = { type: 'array', items: { type: 'string' } } as const
const runtimeTable = {
  type: 'object',
  additionalProperties: {
    type: 'object',
    required: ['realUpTo', 'source', 'nodes'],
    properties: { realUpTo: { type: 'string' }, source: { type: 'string' }, nodes: strings },
  },
} as const

/** JSON schema of the generated knowledge file. */
export const KNOWLEDGE_SCHEMA = {
  type: 'object',
  required: ['knowledgeVersion', 'nodeSince', 'lateNodes', 'glibc', 'libstdcxx', 'libgcc', 'baseLibraries', 'images'],
  properties: {
    knowledgeVersion: { const: 1 },
    nodeSince: { type: 'object', additionalProperties: { type: 'string' } },
    lateNodes: { type: 'object', additionalProperties: { type: 'object', additionalProperties: { type: 'string' } } },
    glibc: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        required: ['realUpTo', 'source', 'libs'],
        properties: {
          realUpTo: { type: ['string', 'null'] },
          source: { type: 'string' },
          libs: { type: 'object', required: ['libc.so.6'], additionalProperties: strings },
        },
      },
    },
    libstdcxx: runtimeTable,
    libgcc: runtimeTable,
    baseLibraries: { type: 'object', additionalProperties: strings },
    images: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['image', 'aliases', 'distro', 'libc', 'arch', 'base', 'confidence', 'provenance', 'caveats'],
        properties: {
          image: { type: 'string', minLength: 1 },
          aliases: strings,
          arch: { ...strings, minItems: 1 },
          libc: {
            type: 'object',
            required: ['flavor', 'version'],
            properties: { flavor: { enum: ['glibc', 'musl', 'none'] }, version: { type: ['string', 'null'] } },
          },
          gccRuntime: { type: ['string', 'null'] },
          base: { type: 'string' },
          kernel: { type: ['string', 'null'] },
          x86IsaBaseline: { type: ['integer', 'null'] },
          confidence: { enum: ['high', 'medium', 'low'] },
        },
      },
    },
  },
} as const

let loaded: KnowledgeData | null = null

/** The embedded knowledge base, validated against KNOWLEDGE_SCHEMA on first use (throws when the data is corrupt). */
export function knowledgeData(): KnowledgeData {
  if (loaded) return loaded
  const data = checkKnowledge(raw)
  loaded = data
  return data
}

/** Validates a knowledge object (exported for tests); throws an Error listing the problems. */
export function checkKnowledge(data: unknown): KnowledgeData {
  const validate = new Ajv({ allErrors: true, strict: false }).compile(KNOWLEDGE_SCHEMA)
  if (!validate(data)) {
    const why = (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath} ${e.message}`)
    throw new Error(`embedded knowledge base is invalid: ${why.join('; ')}`)
  }
  const k = data as KnowledgeData
  for (const row of k.images) {
    if (!k.baseLibraries[row.base])
      throw new Error(`embedded knowledge base: ${row.image} names unknown base ${row.base}`)
    if (row.libc.flavor === 'glibc' && !row.libc.version)
      throw new Error(`embedded knowledge base: ${row.image} lacks a glibc version`)
  }
  return k
}
