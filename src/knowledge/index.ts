import { normaliseArch } from './arch.js'
import { editDistance } from './edit-distance.js'
import { profileFromRow } from './embedded.js'
import { ProfileError } from './errors.js'
import { knowledgeData, type ImageRow } from './knowledge-data.js'
import { validateProfile } from './profile-schema.js'
import type { TargetProfile } from './types.js'

export { ProfileError } from './errors.js'
export type { RootTree, TreeEntry } from './tree.js'
export type { TargetProfile, ProfileLibrary, ProfileSource, Confidence } from './types.js'
export { profileFromTree } from './rootfs-profile.js'
export { archOf, archOfMachine, normaliseArch, loaderFlavor, GLIBC_LOADERS, muslLoader } from './arch.js'
export { compareVersions, parseNode, highestOf } from './versions.js'
export { validateProfile } from './profile-schema.js'

const expanded = new Map<string, TargetProfile | null>()

/** One row's profile for one arch, expanded once and shared (treat embedded profiles as read-only). */
function rowProfile(row: ImageRow, arch: string): TargetProfile | null {
  const key = `${row.image}\0${arch}`
  if (!expanded.has(key)) expanded.set(key, profileFromRow(row, arch))
  return expanded.get(key) ?? null
}

/** Every embedded profile for one architecture (default amd64), one per image published for it. Read-only. */
export function embeddedProfiles(arch = 'amd64'): TargetProfile[] {
  const a = normaliseArch(arch)
  return knowledgeData()
    .images.map((row) => rowProfile(row, a))
    .filter((p): p is TargetProfile => p !== null)
}

/** Every name (image + aliases) the embedded knowledge answers to. */
export function knownTargetNames(): string[] {
  return knowledgeData().images.flatMap((r) => [r.image, ...r.aliases])
}

/** Lowercase, registry prefixes and digests removed: "docker.io/library/debian:12@sha256:.." → "debian:12". */
function canonical(name: string): string {
  let n = name.trim().toLowerCase()
  n = n.replace(/@sha256:[0-9a-f]+$/, '')
  n = n.replace(/^(docker\.io|index\.docker\.io|registry-1\.docker\.io)\/(library\/)?/, '')
  if (n.endsWith(':latest') && !/^[^/]*:latest$/.test(n)) n = n.slice(0, -':latest'.length)
  return n
}

/** Candidate spellings of a reference, most specific first (tags trimmed: alpine:3.20.3 → alpine:3.20; debian:12.5-slim → debian:12). */
function candidates(name: string): string[] {
  const n = canonical(name)
  const out = [n]
  const i = n.lastIndexOf(':')
  if (i > n.lastIndexOf('/')) {
    const repo = n.slice(0, i)
    let tag = n.slice(i + 1)
    out.push(repo) // distroless/ubi tags: :nonroot, :debug, :latest
    const m = /^(.*?)-(\d{8}|slim)(?:-slim)?$/.exec(tag)
    if (m) out.push(`${repo}:${m[1]}`, `${repo}:${m[1]}-slim`)
    while (/\.\d+$/.test(tag)) {
      tag = tag.replace(/\.\d+$/, '')
      out.push(`${repo}:${tag}`)
    }
  }
  return out
}

/** The embedded profile for an image reference (aliases, registry prefixes and patch tags understood), or null. Read-only. */
export function findProfile(name: string, arch = 'amd64'): TargetProfile | null {
  const rows = knowledgeData().images
  const a = normaliseArch(arch)
  for (const c of candidates(name)) {
    const row = rows.find((r) => r.image.toLowerCase() === c || r.aliases.some((x) => x.toLowerCase() === c))
    if (row) return rowProfile(row, a)
  }
  return null
}

/** Close matches among the known target names, best first (for "unknown target" messages). */
export function suggestTargets(name: string, max = 6): string[] {
  const n = canonical(name)
  const repo = n.split(':')[0]
  const names = knownTargetNames()
  const scored = names.map((x) => {
    const lx = x.toLowerCase()
    let score = editDistance(n, lx)
    if (lx.split(':')[0] === repo || lx.startsWith(repo)) score = Math.min(score, 2 + editDistance(n, lx) / 10)
    return { x, score }
  })
  const limit = Math.max(3, Math.floor(n.length / 3))
  return scored
    .filter((s) => s.score <= limit)
    .sort((p, q) => p.score - q.score || p.x.localeCompare(q.x))
    .slice(0, max)
    .map((s) => s.x)
}

/** Parses and validates a saved profile JSON (throws ProfileError naming the file and the problems). */
export function parseProfileJson(text: string, file: string): TargetProfile {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (e) {
    throw new ProfileError(`${file}: not valid JSON (${e instanceof Error ? e.message : String(e)})`, file)
  }
  const problems = validateProfile(data)
  if (problems.length)
    throw new ProfileError(`${file}: not a valid abigap target profile: ${problems.join('; ')}`, file)
  return data as TargetProfile
}
