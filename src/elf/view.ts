import { ElfError } from './errors.js'
import type { ByteSource } from './types.js'

const TWO32 = 0x1_0000_0000

/**
 * Endian-aware reads over one range read from a ByteSource. 64-bit values come back as numbers when they are
 * exact (< 2^53) and as Infinity otherwise, so a huge offset can never alias a small one; every range check uses
 * negated comparisons so NaN/Infinity always fail.
 */
export class View {
  readonly bytes: Uint8Array
  readonly little: boolean
  /** File offset of bytes[0] (for error offsets). */
  readonly base: number
  private readonly dv: DataView

  constructor(bytes: Uint8Array, little: boolean, base: number) {
    this.bytes = bytes
    this.little = little
    this.base = base
    this.dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  }

  /** Number of bytes in the view. */
  get length(): number {
    return this.bytes.length
  }

  /** Throws TRUNCATED unless [at, at+len) lies inside the view. */
  need(at: number, len: number, what: string): void {
    if (!(at >= 0 && len >= 0 && at + len <= this.bytes.length)) {
      throw new ElfError('TRUNCATED', `${what} at ${this.base + at} runs past the end of its table`, this.base + at)
    }
  }

  /** Unsigned byte. */
  u8(at: number): number {
    return this.dv.getUint8(at)
  }

  /** Unsigned 16-bit in the file's byte order. */
  u16(at: number): number {
    return this.dv.getUint16(at, this.little)
  }

  /** Unsigned 32-bit in the file's byte order. */
  u32(at: number): number {
    return this.dv.getUint32(at, this.little)
  }

  /** Unsigned 64-bit as an exact number, or Infinity when ≥ 2^53. */
  u64(at: number): number {
    const a = this.dv.getUint32(at, this.little)
    const b = this.dv.getUint32(at + 4, this.little)
    const hi = this.little ? b : a
    const lo = this.little ? a : b
    if (hi >= 0x20_0000) return Infinity
    return hi * TWO32 + lo
  }

  /** A word of the file's class: u32 for ELF32, u64 for ELF64. */
  word(at: number, is64: boolean): number {
    return is64 ? this.u64(at) : this.u32(at)
  }
}

/** Reads [offset, offset+length) of the source as a View, failing with TRUNCATED/BAD_OFFSET instead of throwing raw. */
export function readView(src: ByteSource, offset: number, length: number, little: boolean, what: string): View {
  if (!(offset >= 0 && length >= 0 && offset + length <= src.size)) {
    throw new ElfError(
      'TRUNCATED',
      `${what} (${fmt(length)} bytes at offset ${fmt(offset)}) lies outside the ${src.size}-byte file`,
      Number.isFinite(offset) ? offset : null,
    )
  }
  return new View(src.read(offset, length), little, offset)
}

function fmt(n: number): string {
  return Number.isFinite(n) ? String(n) : '>= 2^53'
}
