import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'
import { ElfError } from '../elf/errors.js'
import type { ByteSource } from '../elf/types.js'
import { WasmArena } from '../elf/wasm-arena.js'

const BLOCK = 64 * 1024
const MAX_BLOCKS = 8
/** Reads from this size on (large symbol and string tables) land in a WebAssembly arena the ELF kernels use as is. */
const ARENA_MIN = 1 << 20

/** A ByteSource that can be closed. */
export type ClosableByteSource = ByteSource & { close(): void }

/**
 * Opens a regular file as a ByteSource backed by its file descriptor: small reads are served from a few cached
 * 64 KiB blocks, large ones are read directly (from 1 MiB on into a WebAssembly arena sized from the file, whose
 * untouched pages cost nothing); nothing reads the whole file.
 */
export function openFileSource(path: string): ClosableByteSource {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
  let size: number
  try {
    const st = fstatSync(fd)
    if (!st.isFile()) throw new ElfError('NOT_REGULAR', `${path} is not a regular file`, null)
    size = st.size
  } catch (e) {
    closeSync(fd)
    throw e
  }
  return fdSource(fd, size)
}

/** A ByteSource over an already-open descriptor of a file of `size` bytes. */
export function fdSource(fd: number, size: number): ClosableByteSource {
  const blocks = new Map<number, Uint8Array>()
  let closed = false
  let arena: WasmArena | null | undefined

  const allocate = (length: number): Uint8Array => {
    if (length >= ARENA_MIN) {
      // Dynamic tables are a fraction of a file; the kernels' output buffer needs about one string table more. A
      // table that does not fit is read into ordinary memory (the kernel then copies it). Kept well under what V8
      // counts as external memory pressure (a full garbage collection costs milliseconds).
      if (arena === undefined) arena = WasmArena.create(Math.floor(size / 4) + (8 << 20))
      const buf = arena?.alloc(length)
      if (buf) return buf
    }
    return new Uint8Array(length)
  }

  const readExact = (offset: number, length: number): Uint8Array => {
    const buf = allocate(length)
    let done = 0
    while (done < length) {
      const n = readSync(fd, buf, done, length - done, offset + done)
      if (n <= 0)
        throw new ElfError(
          'TRUNCATED',
          `file ended at ${offset + done} while reading ${length} bytes at ${offset}`,
          offset + done,
        )
      done += n
    }
    return buf
  }

  const block = (index: number): Uint8Array => {
    let b = blocks.get(index)
    if (b) {
      blocks.delete(index)
      blocks.set(index, b)
      return b
    }
    const start = index * BLOCK
    b = readExact(start, Math.min(BLOCK, size - start))
    blocks.set(index, b)
    if (blocks.size > MAX_BLOCKS) blocks.delete(blocks.keys().next().value as number)
    return b
  }

  return {
    size,
    read(offset: number, length: number): Uint8Array {
      if (closed) throw new ElfError('IO_ERROR', 'read from a closed file', offset)
      if (!(offset >= 0 && length >= 0 && offset + length <= size)) {
        throw new ElfError(
          'TRUNCATED',
          `read of ${length} bytes at ${offset} leaves the ${size}-byte file`,
          Number.isFinite(offset) ? offset : null,
        )
      }
      if (length === 0) return new Uint8Array(0)
      const first = Math.floor(offset / BLOCK)
      const last = Math.floor((offset + length - 1) / BLOCK)
      if (first === last && length <= BLOCK / 4) {
        const b = block(first)
        const at = offset - first * BLOCK
        return b.subarray(at, at + length)
      }
      return readExact(offset, length)
    },
    close(): void {
      if (!closed) {
        closed = true
        closeSync(fd)
      }
    },
  }
}
