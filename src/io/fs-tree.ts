import { closeSync, fstatSync, lstatSync, openSync, readdirSync, readlinkSync, readSync, type Stats } from 'node:fs'
import { join } from 'node:path'
import type { ByteSource } from '../elf/types.js'
import type { RootTree, TreeEntry } from '../knowledge/tree.js'
import { normalisePath } from '../knowledge/tree-paths.js'

function entryOf(st: Stats): TreeEntry {
  const type = st.isSymbolicLink() ? 'symlink' : st.isFile() ? 'file' : st.isDirectory() ? 'dir' : 'other'
  return { type, size: st.size }
}

/** A ByteSource that reads ranges of a file with pread; the fd is opened per read (no leaked descriptors). */
function fileSource(abs: string, size: number): ByteSource {
  return {
    size,
    read(offset: number, length: number): Uint8Array {
      if (!(offset >= 0 && length >= 0 && offset + length <= size)) {
        throw Object.assign(new Error(`read of ${length} bytes at ${offset} leaves the ${size}-byte file`), {
          code: 'TRUNCATED',
          offset,
        })
      }
      const buf = new Uint8Array(length)
      const fd = openSync(abs, 'r')
      try {
        let got = 0
        while (got < length) {
          const n = readSync(fd, buf, got, length - got, offset + got)
          if (n <= 0) break
          got += n
        }
        if (got < length) throw Object.assign(new Error(`short read at ${offset}`), { code: 'TRUNCATED', offset })
      } finally {
        closeSync(fd)
      }
      return buf
    },
  }
}

/**
 * A RootTree over a real directory. Tree paths are normalised and joined under `rootDir`, so ".." cannot climb out;
 * a symlink in an *intermediate* directory is still followed by the OS, so callers pass paths whose parents were
 * already resolved inside the tree (the profiler's resolveInTree does exactly that).
 */
export function fsTree(rootDir: string): RootTree {
  const abs = (p: string) => join(rootDir, normalisePath(p))
  return {
    lstat(p) {
      try {
        return entryOf(lstatSync(abs(p)))
      } catch {
        return null
      }
    },
    readlink(p) {
      try {
        return readlinkSync(abs(p))
      } catch {
        return null
      }
    },
    list(dir) {
      try {
        if (!lstatSync(abs(dir)).isDirectory()) return null
        return readdirSync(abs(dir))
      } catch {
        return null
      }
    },
    open(p) {
      const a = abs(p)
      try {
        if (!lstatSync(a).isFile()) return null
        const fd = openSync(a, 'r')
        try {
          const st = fstatSync(fd)
          return st.isFile() ? fileSource(a, st.size) : null
        } finally {
          closeSync(fd)
        }
      } catch {
        return null
      }
    },
  }
}
