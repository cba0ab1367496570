// Source changes for C functions no build choice can provide on an older target: a small, cited table.
import type { TargetProfile } from '../knowledge/types.js'
import { compareVersions, parseNode } from '../knowledge/versions.js'
import type { SymbolHistory } from './what-if.js'

/** One replacement: what to call instead, and the manual page that documents it. */
interface Replacement {
  call: string
  replacement: string
  manual: string
}

/**
 * Verified by reading the real libraries (readelf --dyn-syms): glibc node in libc.so.6 of debian:11 (glibc 2.31),
 * bookworm (2.36) and trixie (2.41); musl: exported by the musl 1.2.3 of the test world's alpine image.
 */
const VERIFIED: Record<string, { glibc: string; musl?: string }> = {
  getrandom: { glibc: '2.25', musl: '1.2.3' },
  sched_getcpu: { glibc: '2.6', musl: '1.2.3' },
  snprintf: { glibc: '2.2.5', musl: '1.2.3' },
}

const TABLE: Record<string, Replacement> = {
  arc4random: { call: 'getrandom(&v, sizeof v, 0)', replacement: 'getrandom', manual: 'getrandom(2)' },
  arc4random_buf: { call: 'getrandom(buf, n, 0)', replacement: 'getrandom', manual: 'getrandom(2)' },
  arc4random_uniform: {
    call: 'getrandom(2) with rejection sampling',
    replacement: 'getrandom',
    manual: 'getrandom(2)',
  },
  getcpu: { call: 'sched_getcpu()', replacement: 'sched_getcpu', manual: 'sched_getcpu(3)' },
  strlcpy: { call: 'snprintf(dst, size, "%s", src)', replacement: 'snprintf', manual: 'snprintf(3)' },
  strlcat: {
    call: 'snprintf(dst + len, size - len, "%s", src)',
    replacement: 'snprintf',
    manual: 'snprintf(3)',
  },
}

/** The function the table replaces `symbol` with, or null. */
export function replacementName(symbol: string): string | null {
  return TABLE[symbol]?.replacement ?? null
}

function release(v: string | null | undefined): string | null | undefined {
  if (!v) return v
  const p = parseNode(v)
  return p.numbers ? p.numbers.join('.') : v
}

/**
 * "arc4random → getrandom(&v, sizeof v, 0) (getrandom(2), glibc ≥ 2.25: debian:11 has 2.31)", or null when the
 * table has no replacement that the target provides.
 */
export function replacementFor(
  symbol: string,
  profile: TargetProfile,
  history: SymbolHistory | undefined,
  arch: string,
  target = profile.image,
): string | null {
  const r = TABLE[symbol]
  if (!r) return null
  if (profile.libc.flavor === 'glibc') {
    const since = release(history?.glibcSince(r.replacement, arch)) ?? VERIFIED[r.replacement]?.glibc
    if (!since || !profile.libc.version || compareVersions(since, profile.libc.version) > 0) return null
    return `${symbol} → ${r.call} (${r.manual}, glibc ≥ ${since}: ${target} has ${profile.libc.version})`
  }
  if (profile.libc.flavor === 'musl') {
    const since = release(history?.muslSince(r.replacement))
    if (since) {
      if (profile.libc.version && compareVersions(since, profile.libc.version) > 0) return null
      return `${symbol} → ${r.call} (${r.manual}, musl ≥ ${since})`
    }
    const seen = VERIFIED[r.replacement]?.musl
    if (!seen || !profile.libc.version || compareVersions(seen, profile.libc.version) > 0) return null
    return `${symbol} → ${r.call} (${r.manual}; musl ${seen} has it)`
  }
  return null
}
