import type { ByteSource } from '../elf/types.js'

/** What lstat reports for one path inside a root tree (symlinks are not followed). */
export interface TreeEntry {
  type: 'file' | 'dir' | 'symlink' | 'other'
  size: number
}

/**
 * A read-only view of a root filesystem (a directory, an image archive, ...). Paths are absolute inside the root
 * ("/etc/os-release"). Nothing follows symlinks: `lstat`/`readlink` describe the link itself, `open` reads only a
 * regular file (returns null for links, directories and missing paths); following links, confined to the root, is
 * the profiler's job.
 */
export interface RootTree {
  /** The entry at `p` without following a final symlink, or null when missing/unreadable. */
  lstat(p: string): TreeEntry | null
  /** The target of the symlink at `p` (raw, may be relative or absolute), or null when `p` is not a symlink. */
  readlink(p: string): string | null
  /** The names (not paths) in directory `p`, or null when `p` is not a readable directory. */
  list(dir: string): string[] | null
  /** Random-access bytes of the regular file at `p`, or null when it is not a readable regular file. */
  open(p: string): ByteSource | null
}
