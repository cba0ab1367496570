// The user's mistakes: a bad flag, input, config, file or name. One clear message, never a stack trace.

/** What the user got wrong; stable across releases (a wrapper script may branch on it). */
export type UserErrorCode =
  /** a command-line flag or argument */
  | 'usage'
  /** an input of the action (`with:`) */
  | 'input'
  /** the matrix config (abigap.yml, config-yaml, targets) */
  | 'config'
  /** a target profile file (`--profile`) that cannot be read or is invalid */
  | 'profile'
  /** a target name that is neither embedded nor an existing image */
  | 'target'
  /** a saved report (baseline, diff, merge) that cannot be read or combined */
  | 'report'
  /** the base of regression mode (`--baseline-ref`): not a git checkout, an unknown ref */
  | 'baseline'
  /** the Go source tree (`--source`) */
  | 'source'
  /** a tool the run needs and the machine lacks (Go on PATH) */
  | 'tool'

/** A mistake of the user, with a stable `code`; every face reports it as one line and exit status 2 (3 for 'profile'). */
export class UserError extends Error {
  override name = 'UserError'
  /** What the user got wrong. */
  readonly code: UserErrorCode

  constructor(code: UserErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause })
    this.code = code
  }
}
