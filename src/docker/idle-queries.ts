// Asking the idle program (idle-elf.ts) how many processes its container holds: each byte 1 written to its stdin is
// answered with one 8-byte header on its stdout (after the records of its start reads), the count or -errno.

/** A container's process count through its idle program; any fault or silence leaves it unknown (null) for good. */
export class ProcessQueries {
  private bytes: Buffer = Buffer.alloc(0)
  private waiting: ((count: number | null) => void) | null = null
  private broken = false

  /** `write` sends bytes to the idle program's stdin. */
  constructor(private readonly write: (data: Buffer) => void) {}

  /** The idle program's stdout after its last start-read record. */
  push(chunk: Buffer): void {
    if (this.broken || !chunk.length) return
    if (!this.waiting) return this.fail() // output no query asked for
    this.bytes = Buffer.concat([this.bytes, chunk])
    if (this.bytes.length < 8) return
    if (this.bytes.length > 8) return this.fail()
    const header = this.bytes.readBigInt64LE(0)
    this.bytes = Buffer.alloc(0)
    this.answer(header >= 0n ? Number(header) : null)
  }

  /** The output ended (or cannot be trusted): no more answers. */
  fail(): void {
    this.broken = true
    this.answer(null)
  }

  /** The number of processes the idle program sees in its container, or null when it does not say in `timeoutMs`. */
  count(timeoutMs: number): Promise<number | null> {
    if (this.broken || this.waiting) return Promise.resolve(null)
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.fail(), timeoutMs)
      this.waiting = (count) => {
        clearTimeout(timer)
        resolve(count)
      }
      try {
        this.write(Buffer.of(1))
      } catch {
        this.fail()
      }
    })
  }

  private answer(count: number | null): void {
    const waiting = this.waiting
    this.waiting = null
    waiting?.(count)
  }
}
