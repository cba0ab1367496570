/** A CLI command: parses its own argv and returns the process exit status. */
export interface CommandModule {
  run(argv: string[]): Promise<number>
}

/** Exit statuses shared by every command. */
export const ExitCode = {
  ok: 0,
  findings: 1,
  usage: 2,
  profileUnavailable: 3,
  internal: 4,
} as const

/** Prints a usage error to stderr and returns exit status 2. */
export function usageError(message: string): number {
  process.stderr.write(`abigap: ${message}\n`)
  return ExitCode.usage
}
