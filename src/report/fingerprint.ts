// Stable fingerprints (SARIF partialFingerprints) from the same FNV-1a hash the shard planner uses.
import { fnv1a64 } from '../matrix/hash.js'

/** Hex fingerprint (16 hex digits) of the parts, joined unambiguously. */
export function fingerprint(parts: (string | number | null | undefined)[]): string {
  return fnv1a64(parts.map((p) => `${p ?? ''}`.length + ':' + (p ?? '')).join('|'))
    .toString(16)
    .padStart(16, '0')
}
