// Files a target's run container reads as it starts: the idle program (idle-elf.ts) writes each file it is given as
// a record on its stdout, and the image's probe takes them instead of archive requests (each of which costs Docker a
// process of its own). The records are checked against the probe's own stats before any is used.

/** What the run container read: the content of each path it was given (null: absent or no regular file). */
export interface ReadFiles {
  /** The Docker architecture of the image the container ran. */
  arch: string
  contents: ReadonlyMap<string, Uint8Array | null>
}

/**
 * A probe's request for start reads, and their delivery: the runs settle it once (null when they read nothing for
 * it: no container with the idle program, another platform, a failure), the probe waits on `files`.
 */
export class StartReads {
  readonly files: Promise<ReadFiles | null>
  private deliver!: (files: ReadFiles | null) => void
  private settled = false

  /** `wanted`: the sonames the probe looks up (the files to read follow from them, startReadPaths in probe-needs.ts). */
  constructor(readonly wanted: readonly string[]) {
    this.files = new Promise((resolve) => (this.deliver = resolve))
  }

  /** Whether nothing was handed over yet (a probe that found its profile cached settles with null at once). */
  get pending(): boolean {
    return !this.settled
  }

  /** Hands over what was read; only the first call counts. */
  settle(files: ReadFiles | null): void {
    if (this.settled) return
    this.settled = true
    this.deliver(files)
  }
}

/** Header values of the idle program's records below 0: -errno, or -(SAME_FILE_BASE + j) for argument j's file. */
const SAME_FILE_BASE = 4096n

/**
 * Parses the idle program's records for `paths` from its stdout chunks. `push` returns the contents once every record
 * is in, null while some are missing; it throws on records that cannot be the program's (a framing error) or when
 * they exceed `maxBytes` in all. What follows the last record (the program's answers to queries) is left in `rest`.
 */
export class RecordParser {
  /** Each record's content so far, in the order of `paths`. */
  private readonly records: (Uint8Array | null)[] = []
  private readonly pending: Buffer[] = []
  private pendingBytes = 0
  private header: bigint | null = null
  private bytes = 0

  constructor(
    private readonly paths: readonly string[],
    private readonly maxBytes: number,
  ) {}

  push(chunk: Buffer): Map<string, Uint8Array | null> | null {
    this.bytes += chunk.length
    if (this.bytes > this.maxBytes) throw new Error(`the files read exceed ${this.maxBytes} bytes`)
    this.pending.push(chunk)
    this.pendingBytes += chunk.length
    const records = this.records
    while (records.length < this.paths.length) {
      if (this.header === null) {
        if (this.pendingBytes < 8) break
        this.header = this.take(8).readBigInt64LE(0)
      }
      if (this.header >= 0n) {
        if (this.pendingBytes < Number(this.header)) break
        records.push(this.take(Number(this.header)))
      } else if (this.header <= -SAME_FILE_BASE) {
        const index = Number(-this.header - SAME_FILE_BASE)
        if (index >= records.length) throw new Error(`record ${records.length} names a later file (${index})`)
        records.push(records[index]!)
      } else records.push(null)
      this.header = null
    }
    if (records.length < this.paths.length) return null
    return new Map(this.paths.map((p, i) => [p, records[i]!]))
  }

  /** The bytes pushed after the last record (taken: a second call returns none). */
  rest(): Buffer {
    return this.take(this.pendingBytes)
  }

  /** The next `n` bytes of what was pushed (copied together only when they span chunks). */
  private take(n: number): Buffer {
    const all = this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending)
    this.pending.length = 0
    const rest = all.subarray(n)
    if (rest.length) this.pending.push(rest)
    this.pendingBytes = rest.length
    return all.subarray(0, n)
  }
}
