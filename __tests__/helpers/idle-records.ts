// The idle program's 8-byte record header (src/docker/idle-elf.ts), for the streams the tests make up.

/** The int64 little-endian header the idle program writes before a record or as an answer. */
export function idleHeader(value: bigint): Buffer {
  const b = Buffer.alloc(8)
  b.writeBigInt64LE(value)
  return b
}
