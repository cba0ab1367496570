import type { ByteSource } from '../elf/types.js'
import type { RootTree, TreeEntry } from './tree.js'

/** Joins and normalises an absolute path inside a root ("..", "." and duplicate slashes removed, never above /). */
export function normalisePath(p: string): string {
  const out: string[] = []
  for (const part of p.split('/')) {
    if (!part || part === '.') continue
    if (part === '..') out.pop()
    else out.push(part)
  }
  return '/' + out.join('/')
}

/** Resolves every symlink in `p` inside the tree, confined to its root and loop-safe; null when missing or looping. */
export function resolveInTree(tree: RootTree, p: string, maxLinks = 40): { path: string; entry: TreeEntry } | null {
  let pending = normalisePath(p).split('/').filter(Boolean)
  let done: string[] = []
  let links = 0
  while (pending.length) {
    const name = pending.shift() as string
    if (name === '..') {
      done.pop()
      continue
    }
    if (name === '.') continue
    const cur = '/' + [...done, name].join('/')
    const entry = tree.lstat(cur)
    if (!entry) return null
    if (entry.type === 'symlink') {
      if (++links > maxLinks) return null
      const target = tree.readlink(cur)
      if (target === null || target === '') return null
      const parts = target.split('/').filter((x) => x !== '')
      if (target.startsWith('/')) done = []
      pending = [...parts, ...pending]
      continue
    }
    if (pending.length && entry.type !== 'dir') return null
    done.push(name)
  }
  const path = '/' + done.join('/')
  const entry = tree.lstat(path)
  return entry ? { path, entry } : null
}

/** Reads a small text file through symlinks (null when missing, not a file, or larger than `max` bytes). */
export function readTextFile(tree: RootTree, p: string, max = 256 * 1024): string | null {
  const r = resolveInTree(tree, p)
  if (!r || r.entry.type !== 'file' || r.entry.size > max) return null
  const src = tree.open(r.path)
  if (!src) return null
  try {
    return new TextDecoder('utf-8').decode(src.read(0, src.size))
  } catch {
    return null
  }
}

const latin1 = new TextDecoder('latin1')

/** Finds the first match of `re` (latin1 text) in a source, scanning in overlapping chunks. */
export function scanSource(src: ByteSource, re: RegExp, chunk = 1 << 20): RegExpExecArray | null {
  const overlap = 256
  for (let off = 0; off < src.size; off += chunk - overlap) {
    const len = Math.min(chunk, src.size - off)
    let text: string
    try {
      text = latin1.decode(src.read(off, len))
    } catch {
      return null
    }
    const m = re.exec(text)
    if (m) return m
    if (off + len >= src.size) break
  }
  return null
}
