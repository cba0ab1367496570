// Collects one run's stdout/stderr with a per-stream byte cap; reports when the cap was exceeded.
import type { OutputSink } from './runtime.js'

/** Captured output of one run. */
export interface OutputCapture {
  sink: OutputSink
  stdout(): string
  stderr(): string
  /** True once either stream exceeded the cap. */
  readonly exceeded: boolean
}

/** A capture that keeps at most capBytes per stream and calls onExceeded once when a stream goes over. */
export function captureOutput(capBytes: number, onExceeded: () => void): OutputCapture {
  const chunks = { stdout: [] as Buffer[], stderr: [] as Buffer[] }
  const sizes = { stdout: 0, stderr: 0 }
  let exceeded = false
  return {
    sink: (stream, chunk) => {
      const room = capBytes - sizes[stream]
      if (room > 0) chunks[stream].push(chunk.length > room ? chunk.subarray(0, room) : chunk)
      sizes[stream] += chunk.length
      if (sizes[stream] > capBytes && !exceeded) {
        exceeded = true
        onExceeded()
      }
    },
    stdout: () => Buffer.concat(chunks.stdout).toString('utf8'),
    stderr: () => Buffer.concat(chunks.stderr).toString('utf8'),
    get exceeded() {
      return exceeded
    },
  }
}
