// A root tree read path by path through the archive API: stats (HEAD) to resolve, single-file archives for content
// (or what a run container of the image read at its start).
import { posix } from 'node:path'
import type { ContainerRuntime, PathStat } from './runtime.js'
import { TarTree, type KeepContent } from './tar-tree.js'
import { errorMessage, errorStatus, InfrastructureError } from './errors.js'
import type { ReadFiles } from './start-reads.js'

/** A runtime that can stat paths. */
export type SparseRuntime = ContainerRuntime & Required<Pick<ContainerRuntime, 'statPath'>>

/** Whether `rt` can stat paths (a SparseRoot needs it). */
export function canStat(rt: ContainerRuntime): rt is SparseRuntime {
  return typeof rt.statPath === 'function'
}

/** A path resolved inside the root: its real path (no symlink left in it) and what is there. */
export interface ResolvedPath {
  path: string
  type: PathStat['type']
}

/** Files a run container of the same image read as it started, for `paths` (an image of architecture `arch`). */
export interface StartReadSource {
  arch: string
  paths: ReadonlySet<string>
  files: Promise<ReadFiles | null>
}

/** Symlinks followed before a path counts as missing (the kernel's ELOOP limit). */
const MAX_LINKS = 40

/**
 * A TarTree filled on demand: `resolve` records every directory and symlink on the way to a path (one stat each,
 * remembered), `file` fetches a regular file's content, `wholeDir` a small directory's. Requests go round-robin to
 * `containers` (created, never started): the engine serves one container's archive requests one at a time.
 */
export class SparseRoot {
  readonly tree = new TarTree()
  private readonly stats = new Map<string, Promise<PathStat | null>>()
  private readonly fetched = new Map<string, Promise<void>>()
  private readonly whole = new Map<string, Promise<string | null>>()
  /** Real paths of the directories fetched whole: their tree answers stats. */
  private readonly wholeReal = new Set<string>()
  private turn = 0

  constructor(
    private readonly rt: SparseRuntime,
    private readonly containers: readonly string[],
    private readonly signal?: AbortSignal,
    private readonly startReads?: StartReadSource,
  ) {}

  /** The real path `p` names, every symlink on the way followed and recorded; null when nothing is there. */
  resolve(p: string): Promise<ResolvedPath | null> {
    return this.walk(posix.normalize(posix.join('/', p)), { links: 0 })
  }

  /** Resolves `p` and, when it is a regular file, fetches its content; its real path, or null. */
  async file(p: string): Promise<string | null> {
    await this.wholeFetchesCovering(p)
    const r = await this.resolve(p)
    if (!r || r.type !== 'file') return null
    // a directory fetched whole may hold it; else a run container may have read it
    if (this.tree.lacksContent(r.path) && !(await this.fromStartReads(p, r.path)) && this.tree.lacksContent(r.path))
      await this.fetch(r.path, () => true)
    return r.path
  }

  /** Takes `real`'s content from what a run container read at `p`, if it did (and it matches the stat). */
  private async fromStartReads(p: string, real: string): Promise<boolean> {
    const source = this.startReads
    const path = posix.normalize(posix.join('/', p))
    if (!source?.paths.has(path)) return false
    const files = await source.files
    const data = files?.arch === source.arch ? files.contents.get(path) : null
    return !!data && this.tree.fill(real, data)
  }

  /**
   * Resolves `p` and, when it is a directory, fetches it whole, keeping the contents `keep` accepts (the rest is
   * listed; `file` fetches such a file by itself if asked). Meant for small directories: /etc, /etc/ld.so.conf.d.
   */
  wholeDir(p: string, keep: KeepContent = () => true): Promise<string | null> {
    const path = posix.normalize(posix.join('/', p))
    const known = this.whole.get(path)
    if (known) return known
    const fetched = this.wholeFetchesCovering(path).then(async (covered) => {
      if (covered) return path
      const r = await this.resolve(path)
      if (!r || r.type !== 'dir') return null
      await this.fetch(r.path, keep)
      this.wholeReal.add(r.path)
      return r.path
    })
    this.whole.set(path, fetched)
    return fetched
  }

  /** Waits for the whole-directory fetches asked for an ancestor of `p`; whether one covered it. */
  private async wholeFetchesCovering(p: string): Promise<boolean> {
    const path = posix.normalize(posix.join('/', p))
    const covering = [...this.whole].filter(([d]) => d !== path && (d === '/' || path.startsWith(`${d}/`)))
    const done = await Promise.all(covering.map(([, f]) => f))
    return done.some((real) => real !== null)
  }

  private async walk(p: string, budget: { links: number }): Promise<ResolvedPath | null> {
    if (p === '/') return { path: '/', type: 'dir' }
    const parent = await this.walk(posix.dirname(p), budget)
    if (!parent || parent.type !== 'dir') return null
    const real = posix.join(parent.path, posix.basename(p))
    const stat = await this.stat(real)
    if (!stat) return null
    if (stat.type !== 'symlink') return { path: real, type: stat.type }
    if (!stat.linkTarget || ++budget.links > MAX_LINKS) return null
    return this.walk(posix.resolve(parent.path, stat.linkTarget), budget)
  }

  /** The stat of real path `path` (asked once, or read from a directory fetched whole), recorded in the tree. */
  private stat(path: string): Promise<PathStat | null> {
    let s = this.stats.get(path)
    if (!s) {
      s = [...this.wholeReal].some((d) => path.startsWith(`${d}/`))
        ? Promise.resolve(this.fromTree(path))
        : this.askStat(path)
      this.stats.set(path, s)
    }
    return s
  }

  private fromTree(path: string): PathStat | null {
    const e = this.tree.lstat(path)
    if (!e) return null
    return { type: e.type, size: e.type === 'file' ? e.size : 0, linkTarget: this.tree.readlink(path) ?? '' }
  }

  private async askStat(path: string): Promise<PathStat | null> {
    if (this.signal?.aborted) throw new InfrastructureError('probe cancelled')
    let stat: PathStat | null
    try {
      stat = await this.rt.statPath(this.nextContainer(), path)
    } catch (err) {
      if (errorStatus(err) !== 500 || !(await this.isLinkLoop(path))) throw err
      return null // as for the loader: a symlink loop (ELOOP) opens nothing
    }
    if (stat?.type === 'dir') this.tree.addDir(path)
    else if (stat?.type === 'file') this.tree.addFile(path, stat.size)
    else if (stat?.type === 'symlink' && stat.linkTarget) this.tree.addSymlink(path, stat.linkTarget)
    return stat
  }

  /**
   * Whether a failed stat was a symlink loop: Docker and Podman answer such a HEAD with a bare 500, and the same
   * path's archive with the reason (Docker 20.10 "evalSymlinksInScope: too many links", Podman 4.3 "too many levels
   * of symbolic links"; both seen here).
   */
  private async isLinkLoop(path: string): Promise<boolean> {
    try {
      const stream = await this.rt.getArchive(this.nextContainer(), path)
      ;(stream as Partial<NodeJS.ReadableStream & { destroy(): void }>).destroy?.()
      return false
    } catch (err) {
      return /too many (levels of symbolic )?links/i.test(errorMessage(err))
    }
  }

  private fetch(real: string, keep: KeepContent): Promise<void> {
    let f = this.fetched.get(real)
    if (!f) {
      f = this.download(real, keep)
      this.fetched.set(real, f)
    }
    return f
  }

  private async download(real: string, keep: KeepContent): Promise<void> {
    if (this.signal?.aborted) throw new InfrastructureError('probe cancelled')
    let stream: NodeJS.ReadableStream
    try {
      stream = await this.rt.getArchive(this.nextContainer(), real)
    } catch (err) {
      if (errorStatus(err) === 404) return // gone between stat and fetch: an image does not change, a fault would
      throw err
    }
    await this.tree.addArchive(stream, posix.dirname(real), keep)
  }

  private nextContainer(): string {
    const id = this.containers[this.turn % this.containers.length]!
    this.turn++
    return id
  }
}
