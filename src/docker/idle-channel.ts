// Talking to the idle program (idle-elf.ts) after its start reads: each byte 1 on its stdin is answered with one
// 8-byte header on its stdout, the container's process count or -errno; each run request (byte 2) has it run a program
// beside it, whose output comes on the same streams, each closed by a marker holding a nonce only this side knows.
import { randomBytes } from 'node:crypto'
import type { OutputSink } from './runtime.js'

/** How a run the idle program made ended: its four int64 after the nonce (scripts/idle/idle-*.s). */
export interface IdleRunReport {
  /** The child's pid, or -errno when pipe2 or clone failed (nothing ran). */
  pid: number
  /** 0 when the execve succeeded; -errno when it failed; -(4096 + errno) when stdin could not be set up. */
  exec: number
  /** When the execve failed: faccessat(argv[0], F_OK), 0 or -errno (is the file there at all?). */
  access: number
  /** The child's wait4 status, or -errno. */
  wait: number
}

/** The most bytes a run request's nonce and argv may take (the idle program refuses more). */
export const MAX_RUN_REQUEST = 1 << 20

const NONCE_BYTES = 16
const REPORT_BYTES = 32

/** The bytes of a run request for `argv` (nonce first), or null when the idle program cannot take it. */
export function runRequest(nonce: Buffer, argv: string[]): Buffer | null {
  if (!argv.length || argv.some((a) => a.includes('\0'))) return null
  const body = Buffer.concat([nonce, ...argv.map((a) => Buffer.from(`${a}\0`))])
  if (body.length > MAX_RUN_REQUEST) return null
  const head = Buffer.alloc(5)
  head[0] = 2
  head.writeUInt32LE(body.length, 1)
  return Buffer.concat([head, body])
}

/** One stream of a run until its marker: what comes before goes to the sink, the marker itself is held back. */
class MarkedStream {
  private held: Buffer = Buffer.alloc(0)
  /** What followed the nonce, once it was seen. */
  after: Buffer | null = null

  constructor(
    private readonly nonce: Buffer,
    private readonly emit: (chunk: Buffer) => void,
  ) {}

  push(chunk: Buffer): void {
    if (this.after) {
      this.after = Buffer.concat([this.after, chunk])
      return
    }
    const data = this.held.length ? Buffer.concat([this.held, chunk]) : chunk
    const at = data.indexOf(this.nonce)
    if (at >= 0) {
      if (at > 0) this.emit(data.subarray(0, at))
      this.after = data.subarray(at + NONCE_BYTES)
      this.held = Buffer.alloc(0)
      return
    }
    // the last bytes may be the start of the nonce: held until the next chunk tells
    const keep = Math.min(data.length, NONCE_BYTES - 1)
    if (data.length > keep) this.emit(data.subarray(0, data.length - keep))
    this.held = Buffer.from(data.subarray(data.length - keep))
  }

  /** The stream ended without its marker: what was held back was the program's after all. */
  flush(): void {
    if (this.held.length) this.emit(this.held)
    this.held = Buffer.alloc(0)
  }
}

/** A run in flight: its two streams and how it ends. */
interface PendingRun {
  stdout: MarkedStream
  stderr: MarkedStream
  resolve: (report: IdleRunReport | null) => void
}

/**
 * The idle program's answers and runs. Any fault, silence or output nobody asked for breaks the channel for good: every
 * question then gets null ("cannot tell"), and the container is to be replaced.
 */
export class IdleChannel {
  private bytes: Buffer = Buffer.alloc(0)
  private waiting: ((count: number | null) => void) | null = null
  private running: PendingRun | null = null
  private broken = false

  /** `write` sends bytes to the idle program's stdin. */
  constructor(private readonly write: (data: Buffer) => void) {}

  /** The idle program's output after its last start-read record. */
  push(kind: 'stdout' | 'stderr', chunk: Buffer): void {
    if (this.broken || !chunk.length) return
    if (this.running) return this.pushRun(this.running, kind, chunk)
    if (!this.waiting || kind !== 'stdout') return this.fail() // output no question asked for
    this.bytes = Buffer.concat([this.bytes, chunk])
    if (this.bytes.length < 8) return
    if (this.bytes.length > 8) return this.fail()
    const header = this.bytes.readBigInt64LE(0)
    this.bytes = Buffer.alloc(0)
    this.answer(header >= 0n ? Number(header) : null)
  }

  /** The output ended (or cannot be trusted): no more answers. */
  fail(): void {
    if (this.broken) return
    this.broken = true
    this.answer(null)
    this.running?.stdout.flush()
    this.running?.stderr.flush()
    this.finish(null)
  }

  /** True while the channel can still be asked. */
  private get usable(): boolean {
    return !this.broken && !this.waiting && !this.running
  }

  /** The number of processes the idle program sees in its container, or null when it does not say in `timeoutMs`. */
  count(timeoutMs: number): Promise<number | null> {
    if (!this.usable) return Promise.resolve(null)
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.fail(), timeoutMs)
      this.waiting = (count) => {
        clearTimeout(timer)
        resolve(count)
      }
      this.send(Buffer.of(1))
    })
  }

  /**
   * Has the idle program run `argv`; its output goes to `sink` as it comes. Resolves with how it ended, or null when
   * the channel broke first (the container ended, or was killed); undefined when the request is too large to send.
   * It has no time limit of its own: the caller's supervision kills the container.
   */
  run(argv: string[], sink: OutputSink): Promise<IdleRunReport | null> | undefined {
    const nonce = randomBytes(NONCE_BYTES)
    const request = runRequest(nonce, argv)
    if (!request) return undefined
    if (!this.usable) return Promise.resolve(null)
    return new Promise((resolve) => {
      this.running = {
        stdout: new MarkedStream(nonce, (c) => sink('stdout', c)),
        stderr: new MarkedStream(nonce, (c) => sink('stderr', c)),
        resolve,
      }
      this.send(request)
    })
  }

  private pushRun(run: PendingRun, kind: 'stdout' | 'stderr', chunk: Buffer): void {
    run[kind].push(chunk)
    const out = run.stdout.after
    const err = run.stderr.after
    // after the markers only the report: anything else is a process left behind writing
    if ((out && out.length > REPORT_BYTES) || (err && err.length > 0)) return this.fail()
    if (!out || out.length < REPORT_BYTES || !err) return
    const at = (i: number) => Number(out.readBigInt64LE(i * 8))
    this.finish({ pid: at(0), exec: at(1), access: at(2), wait: at(3) })
  }

  private send(data: Buffer): void {
    try {
      this.write(data)
    } catch {
      this.fail()
    }
  }

  private answer(count: number | null): void {
    const waiting = this.waiting
    this.waiting = null
    waiting?.(count)
  }

  private finish(report: IdleRunReport | null): void {
    const running = this.running
    this.running = null
    running?.resolve(report)
  }
}
