import { statSync } from 'node:fs'
import { emptyInspectedFile, inspectBinary } from '../binary/inspect.js'
import { errorInfo } from '../elf/errors.js'
import type { InspectedFile } from '../binary/types.js'
import { openFileSource } from './file-source.js'

/** Files above this size are refused before anything is read. */
export const MAX_INSPECT_SIZE = 8 * 1024 ** 3

/**
 * Analyses one file on disk. Checks it first (missing, directory, FIFO, device, huge → an error entry), then reads
 * only the ranges the ELF analysis asks for through an fd-backed source. Never throws.
 */
export function inspectFile(path: string): InspectedFile {
  let st
  try {
    st = statSync(path)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    const out = emptyInspectedFile(path, 0)
    out.error =
      code === 'ENOENT' || code === 'ENOTDIR'
        ? { code: 'NOT_FOUND', message: 'no such file', offset: null }
        : { code: 'IO_ERROR', message: `cannot stat: ${code ?? String(e)}`, offset: null }
    return out
  }
  if (!st.isFile()) {
    const out = emptyInspectedFile(path, 0)
    const kind = st.isDirectory()
      ? 'a directory'
      : st.isFIFO()
        ? 'a FIFO'
        : st.isSocket()
          ? 'a socket'
          : 'not a regular file'
    out.error = { code: 'NOT_REGULAR', message: `${kind}, not an ELF file`, offset: null }
    return out
  }
  if (st.size > MAX_INSPECT_SIZE) {
    const out = emptyInspectedFile(path, st.size)
    out.error = {
      code: 'TOO_LARGE',
      message: `${st.size} bytes is above the ${MAX_INSPECT_SIZE}-byte limit`,
      offset: null,
    }
    return out
  }
  let src
  try {
    src = openFileSource(path)
  } catch (e) {
    const out = emptyInspectedFile(path, st.size)
    const code = (e as NodeJS.ErrnoException).code
    out.error = code ? { code: 'IO_ERROR', message: `cannot open: ${code}`, offset: null } : errorInfo(e)
    return out
  }
  try {
    return inspectBinary(src, path)
  } finally {
    src.close()
  }
}
