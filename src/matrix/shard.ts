// Deterministic sharding of the variant × target cells across jobs (`shard: i/n`, i counted from 1).
import { fnv1a64 } from './hash.js'

/** A shard: index in 1..count. */
export interface ShardSpec {
  index: number
  count: number
}

/** The key of a cell for sharding. */
export function cellKey(variant: string, target: string): string {
  return `${variant}\u0000${target}`
}

/** The shard (1..n) a cell key belongs to: a stable hash, identical on every machine. */
export function shardOf(key: string, n: number): number {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`shard count must be a positive integer, got ${n}`)
  return Number(fnv1a64(key) % BigInt(n)) + 1
}

/** True when the cell variant × target is this shard's work (always true without sharding). */
export function cellInShard(variant: string, target: string, shard: ShardSpec | null | undefined): boolean {
  return !shard || shard.count <= 1 || shardOf(cellKey(variant, target), shard.count) === shard.index
}

/** Parses "i/n" (1 ≤ i ≤ n); returns an error message instead of throwing. */
export function parseShard(text: string): ShardSpec | { error: string } {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text)
  if (!m) return { error: `shard must look like i/n (e.g. 1/3), got '${text}'` }
  const index = Number(m[1])
  const count = Number(m[2])
  if (count < 1 || index < 1 || index > count)
    return { error: `shard ${index}/${count} is out of range: i must be 1..n` }
  return { index, count }
}
