// A RootTree backed by tar archives from the archive API, keeping only the file contents a profiler needs.
import { extract } from 'tar-stream'
import { posix } from 'node:path'
import type { RootTree, TreeEntry } from '../knowledge/tree.js'
import type { ByteSource } from '../elf/types.js'
import { bufferSource } from '../elf/byte-source.js'

interface Node {
  type: TreeEntry['type']
  size: number
  link?: string
  data?: Uint8Array
  children?: Set<string>
}

/** Limits that keep a probe's memory bounded. */
export interface TarTreeLimits {
  /** Largest single file kept (bytes); larger files are listed but cannot be opened. */
  maxFileBytes: number
  /** Total bytes kept across all files. */
  maxTotalBytes: number
}

/** Decides whether the content of the regular file at absolute `path` is worth keeping. */
export type KeepContent = (path: string, size: number) => boolean

/** Default limits: 128 MiB per file, 1 GiB in all. */
export const DEFAULT_TAR_TREE_LIMITS: TarTreeLimits = { maxFileBytes: 128 << 20, maxTotalBytes: 1 << 30 }

/** A root tree assembled from one or more archives, each extracted at its place inside the root. */
export class TarTree implements RootTree {
  private readonly nodes = new Map<string, Node>([['/', { type: 'dir', size: 0, children: new Set() }]])
  private kept = 0

  constructor(private readonly limits: TarTreeLimits = DEFAULT_TAR_TREE_LIMITS) {}

  /** Bytes of file content held in memory. */
  get keptBytes(): number {
    return this.kept
  }

  /**
   * Reads a tar stream whose member names are relative to directory `parent` inside the root (the archive API names
   * members after the basename of the requested path, so `parent` is the requested path's dirname).
   */
  async addArchive(stream: NodeJS.ReadableStream, parent: string, keep: KeepContent): Promise<void> {
    const ex = extract()
    const done = new Promise<void>((resolve, reject) => {
      ex.on('finish', () => resolve())
      ex.on('error', reject)
      stream.on('error', reject)
    })
    ex.on('entry', (header, body, next) => {
      const path = normalize(posix.join(parent, header.name))
      const size = header.size ?? 0
      if (path === null) {
        body.resume()
        body.on('end', () => next())
        return
      }
      if (header.type === 'file' || header.type === 'contiguous-file') {
        const wanted =
          size <= this.limits.maxFileBytes && this.kept + size <= this.limits.maxTotalBytes && keep(path, size)
        if (!wanted) {
          this.put(path, { type: 'file', size })
          body.resume()
          body.on('end', () => next())
          return
        }
        const chunks: Buffer[] = []
        body.on('data', (c: unknown) => {
          chunks.push(c as Buffer)
        })
        body.on('end', () => {
          const data = Buffer.concat(chunks)
          this.kept += data.length
          this.put(path, { type: 'file', size, data })
          next()
        })
        return
      }
      if (header.type === 'directory')
        this.put(path, { type: 'dir', size: 0, children: this.nodes.get(path)?.children ?? new Set() })
      else if (header.type === 'symlink')
        this.put(path, { type: 'symlink', size: (header.linkname ?? '').length, link: header.linkname ?? '' })
      else if (header.type === 'link') {
        // hard link: share the target's content when we kept it; the archive API names the target like a member
        // (relative to `parent`: `bin/perl5.36.0 link to bin/perl` in an archive of /usr/bin)
        const target = normalize(posix.join(parent, header.linkname ?? ''))
        const t = target ? this.nodes.get(target) : undefined
        this.put(
          path,
          t && t.type === 'file'
            ? { type: 'file', size: t.size, ...(t.data ? { data: t.data } : {}) }
            : { type: 'other', size: 0 },
        )
      } else this.put(path, { type: 'other', size })
      body.resume()
      body.on('end', () => next())
    })
    stream.pipe(ex as unknown as NodeJS.WritableStream)
    await done
  }

  /** Adds a directory at absolute `path` (known from a stat, without an archive). */
  addDir(path: string): void {
    const p = normalize(path)
    if (p !== null) this.ensureDir(p)
  }

  /** Adds a regular file of `size` bytes at absolute `path` whose content is not (yet) kept. */
  addFile(path: string, size: number): void {
    const p = normalize(path)
    if (p !== null && this.nodes.get(p)?.type !== 'file') this.put(p, { type: 'file', size })
  }

  /** Adds a symlink at absolute `path` (known from a stat, without an archive). */
  addSymlink(path: string, target: string): void {
    const p = normalize(path)
    if (p !== null) this.put(p, { type: 'symlink', size: target.length, link: target })
  }

  private put(path: string, node: Node): void {
    if (path === '/') return
    this.ensureDir(posix.dirname(path)).children!.add(posix.basename(path))
    const existing = this.nodes.get(path)
    if (existing?.type === 'dir' && node.type === 'dir') return
    this.nodes.set(path, node)
  }

  private ensureDir(dir: string): Node {
    const existing = this.nodes.get(dir)
    if (existing && existing.type === 'dir') return existing
    const node: Node = { type: 'dir', size: 0, children: new Set() }
    if (dir !== '/') this.ensureDir(posix.dirname(dir)).children!.add(posix.basename(dir))
    this.nodes.set(dir, node)
    return node
  }

  /**
   * Gives regular file `path`, known without content, the content `data` read elsewhere: only when it has exactly the
   * size the file's stat reported and fits the limits. Whether the content was taken.
   */
  fill(path: string, data: Uint8Array): boolean {
    const p = normalize(path)
    const n = p === null ? undefined : this.nodes.get(p)
    if (!n || n.type !== 'file' || n.data || n.size !== data.length) return false
    if (data.length > this.limits.maxFileBytes || this.kept + data.length > this.limits.maxTotalBytes) return false
    n.data = data
    this.kept += data.length
    return true
  }

  /** True when `p` is a non-empty regular file whose content was not kept. */
  lacksContent(p: string): boolean {
    const n = this.lookup(p)
    return !!n && n.type === 'file' && !n.data && n.size > 0
  }

  /** This tree, with every path open() is asked for (normalised) added to `opened`. */
  recordingOpens(opened: Set<string>): RootTree {
    return {
      lstat: (p) => this.lstat(p),
      readlink: (p) => this.readlink(p),
      list: (d) => this.list(d),
      open: (p) => {
        const n = normalize(p)
        if (n !== null) opened.add(n)
        return this.open(p)
      },
    }
  }

  lstat(p: string): TreeEntry | null {
    const n = this.lookup(p)
    return n ? { type: n.type, size: n.size } : null
  }

  readlink(p: string): string | null {
    const n = this.lookup(p)
    return n && n.type === 'symlink' ? (n.link ?? '') : null
  }

  list(dir: string): string[] | null {
    const n = this.lookup(dir)
    return n && n.type === 'dir' ? [...(n.children ?? [])].sort() : null
  }

  open(p: string): ByteSource | null {
    const n = this.lookup(p)
    return n && n.type === 'file' && n.data ? bufferSource(n.data) : null
  }

  private lookup(p: string): Node | undefined {
    const path = normalize(p)
    return path === null ? undefined : this.nodes.get(path)
  }
}

/** An absolute, normalised path inside the root, or null when it would leave it. */
function normalize(p: string): string | null {
  if (p.includes('\0')) return null
  const abs = posix.normalize(posix.join('/', p))
  const trimmed = abs.length > 1 && abs.endsWith('/') ? abs.slice(0, -1) : abs
  return trimmed.startsWith('/') ? trimmed : null
}
