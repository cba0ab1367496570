import { ElfError } from './errors.js'
import type { ByteSource } from './types.js'

/** A ByteSource over bytes already in memory (tests, fuzzing, archive members). */
export function bufferSource(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.length,
    read(offset: number, length: number): Uint8Array {
      if (!(offset >= 0 && length >= 0 && offset + length <= bytes.length)) {
        throw new ElfError(
          'TRUNCATED',
          `read of ${length} bytes at ${offset} leaves the ${bytes.length}-byte file`,
          offset,
        )
      }
      return bytes.subarray(offset, offset + length)
    },
  }
}
