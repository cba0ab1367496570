// abigap's exit statuses, the same for every command (README "Exit statuses").

/** The exit statuses of every abigap command. */
export const ExitCode = {
  /** Every binary runs on every target (or every file was analysed). */
  ok: 0,
  /** ABI gaps: some binary does not run on some target (findings reach fail-on), or a file could not be analysed. */
  findings: 1,
  /** The user's mistake: a flag, an input, the config, a name, a file. */
  usage: 2,
  /** An infrastructure error (engine, registry, image, cancellation) or no target profile: no verdict at all. */
  infrastructure: 3,
  /** A bug in abigap (reported with its stack). */
  internal: 4,
} as const

/** One of the exit statuses. */
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode]

/** The exit status of a finished report's verdict: pass 0, fail 1, error (infrastructure, no verdict) 3. */
export function exitCodeOfVerdict(verdict: 'pass' | 'fail' | 'error'): ExitCode {
  if (verdict === 'error') return ExitCode.infrastructure
  return verdict === 'fail' ? ExitCode.findings : ExitCode.ok
}
