/** The stable key of a variant × target cell. */
export function cellKey(variant: string, target: string): string {
  return `${variant}@${target}`
}

/** FNV-1a (32-bit) of a string's UTF-8 bytes: stable across processes, machines and Node versions. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h >>> 0
}

/** Which of `count` shards a cell belongs to (0-based). */
export function shardOf(key: string, count: number): number {
  return count <= 1 ? 0 : fnv1a(key) % count
}

/** Parses "i/n" (1-based i, as users write it) into a 0-based shard; throws RangeError on nonsense. */
export function parseShard(text: string): { index: number; count: number } {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text)
  if (!m) throw new RangeError(`shard must look like i/n (e.g. 1/3), got '${text}'`)
  const i = Number(m[1])
  const n = Number(m[2])
  if (n < 1 || i < 1 || i > n) throw new RangeError(`shard ${i}/${n} is out of range: i must be 1..n`)
  return { index: i - 1, count: n }
}
