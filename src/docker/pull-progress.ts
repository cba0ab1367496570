// Pull progress for the log: the engine's per-layer events folded into one throttled line per image
// ("pull IMG: 2/3 layers, 4.1/8.0 MB") and a closing line, so a long pull is never minutes of silence. Podman's
// compat API reports no sizes, ends a layer at "Download complete" (no "Pull complete") and lists the image's config
// blob among the layers (its id is the image id): those are folded in too, without inventing byte counts.
import type { PullEvent } from './runtime.js'

interface Layer {
  current: number
  total: number
  done: boolean
  /** Fetched from the registry (not "Already exists"). */
  fetched: boolean
}

/** Formats bytes as MB with one decimal (the unit `docker pull` shows). */
export function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`
}

/** Folds pull events into progress lines; `emit` sees at most one line per `intervalMs` (plus the final one). */
export class PullProgress {
  private readonly layers = new Map<string, Layer>()
  private lastEmit = 0
  private lastLine = ''
  private readonly startedAt: number

  constructor(
    private readonly ref: string,
    private readonly emit: (line: string) => void,
    private readonly intervalMs = 2000,
    private readonly now: () => number = Date.now,
  ) {
    this.startedAt = now()
    this.lastEmit = this.startedAt
  }

  /** Takes one event of the engine's pull stream. */
  event(e: PullEvent): void {
    const status = e.status ?? ''
    if (e.id && /^[0-9a-f]{12,}$/.test(e.id)) {
      const layer = this.layers.get(e.id) ?? { current: 0, total: 0, done: false, fetched: false }
      this.layers.set(e.id, layer)
      const detail = e.progressDetail
      if (/^(Downloading|Extracting)/.test(status) && detail && typeof detail.total === 'number' && detail.total > 0) {
        layer.total = Math.max(layer.total, detail.total)
        if (status.startsWith('Downloading') && typeof detail.current === 'number') layer.current = detail.current
      }
      if (/^(Pulling fs layer|Waiting|Downloading|Verifying Checksum|Download complete)/.test(status))
        layer.fetched = true
      if (/^(Download complete|Verifying Checksum)/.test(status)) layer.current = layer.total
      // Docker reports a size (Downloading) before "Download complete" and ends with "Pull complete"; Podman reports
      // neither, and "Download complete" is its last word on a layer
      if (/^Download complete/.test(status) && layer.total === 0) layer.done = true
      if (/^(Pull complete|Already exists)/.test(status)) {
        layer.done = true
        layer.current = layer.total
      }
      if (/^Retrying in/.test(status)) this.emitNow(`pull ${this.ref}: layer ${e.id}: ${status}`)
    }
    if (this.layers.size > 0 && this.now() - this.lastEmit >= this.intervalMs) this.emitNow(this.line())
  }

  /** True once the engine announced any layer (the pull got past the manifest). */
  get started(): boolean {
    return this.layers.size > 0
  }

  /** The current state as one line. */
  line(): string {
    const all = [...this.layers.values()]
    const done = all.filter((l) => l.done).length
    const total = all.reduce((s, l) => s + l.total, 0)
    const current = all.reduce((s, l) => s + Math.min(l.current, l.total), 0)
    const bytes = total > 0 ? `, ${megabytes(current)}/${megabytes(total)}` : ''
    return `pull ${this.ref}: ${done}/${all.length} layers${bytes}`
  }

  /**
   * The closing line: layers, bytes downloaded (when the engine reported sizes), time, and the digest the image was
   * pinned to. `imageId` (sha256:…) drops the config blob Podman lists as a layer.
   */
  finish(digest: string | null, imageId?: string): string {
    const config = imageId?.replace(/^sha256:/, '')
    const all = [...this.layers.entries()].filter(([id]) => !config?.startsWith(id)).map(([, l]) => l)
    const fresh = all.filter((l) => l.fetched || l.total > 0)
    const sized = fresh.every((l) => l.total > 0)
    const bytes = sized ? megabytes(fresh.reduce((s, l) => s + l.total, 0)) : 'sizes not reported by the engine'
    const secs = ((this.now() - this.startedAt) / 1000).toFixed(1)
    return (
      `pulled ${this.ref}: ${all.length} layer(s), ${fresh.length} downloaded (${bytes}) in ${secs} s` +
      (digest ? `, ${digest}` : '')
    )
  }

  private emitNow(line: string): void {
    this.lastEmit = this.now()
    if (line === this.lastLine) return
    this.lastLine = line
    this.emit(line)
  }
}
