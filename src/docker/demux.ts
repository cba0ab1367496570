// Demultiplexes Docker's 8-byte-framed stdout/stderr stream (non-TTY attach/exec), robust to chunk splits.
import type { OutputSink } from './runtime.js'

/** Returns a function that feeds raw stream chunks and emits demultiplexed payloads to sink. */
export function createDemuxer(sink: OutputSink): (chunk: Buffer) => void {
  let pending: Buffer = Buffer.alloc(0)
  return (chunk: Buffer) => {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk
    while (pending.length >= 8) {
      const kind = pending[0]
      const size = pending.readUInt32BE(4)
      if (pending.length < 8 + size) break
      const payload = pending.subarray(8, 8 + size)
      pending = pending.subarray(8 + size)
      if (size > 0) sink(kind === 2 ? 'stderr' : 'stdout', Buffer.from(payload))
    }
  }
}
