// Faults of the machinery abigap drives (the container engine, registries, images, cancellation), not of the binary
// under test and not of the user: never ABI findings, never success.

/** Any fault of the container engine or its images (not of the binary under test). */
export class InfrastructureError extends Error {
  override name = 'InfrastructureError'
  /** True when retrying may help (connection reset, 5xx, timeouts). */
  readonly transient: boolean
  constructor(message: string, opts: { transient?: boolean; cause?: unknown } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause })
    this.transient = opts.transient ?? false
  }
}
