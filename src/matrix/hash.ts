// A small pure hash (FNV-1a, 64-bit) for stable fingerprints and deterministic sharding.

const OFFSET = 0xcbf29ce484222325n
const PRIME = 0x100000001b3n
const MASK = 0xffffffffffffffffn

/** FNV-1a 64-bit hash of the UTF-8 bytes of text, as a bigint. */
export function fnv1a64(text: string): bigint {
  let h = OFFSET
  for (const b of new TextEncoder().encode(text)) {
    h ^= BigInt(b)
    h = (h * PRIME) & MASK
  }
  return h
}
