import type { Command } from 'commander'
import { classifyError, ExitCode, UserError, type UserErrorCode } from '../errors/index.js'
import { printErr } from './output.js'

/** A CLI command: parses its own argv and returns the process exit status. */
export interface CommandModule {
  run(argv: string[]): Promise<number>
}

/** Reports a usage error (a flag or argument) and returns its exit status, 2. */
export function usageError(message: string): number {
  return reportError(new UserError('usage', message))
}

/** What a user error is about, when its message alone does not say it. */
const USER_CONTEXT: Partial<Record<UserErrorCode, string>> = {
  config: 'invalid matrix config:\n',
  baseline: '--baseline-ref: ',
}

/**
 * Reports anything a command threw and returns the exit status (classifyError decides): the user's mistake is one
 * line (exit 2, or 3 for an unreadable profile), an infrastructure fault or a cancellation one line (exit 3), anything
 * else is a bug: exit 4 with its stack.
 */
export function reportError(err: unknown): number {
  const c = classifyError(err)
  if (c.kind === 'user') printErr(`abigap: ${(c.code && USER_CONTEXT[c.code]) ?? ''}${c.message}\n`)
  else if (c.kind === 'infrastructure') printErr(`abigap: infrastructure error: ${c.message}\n`)
  else printErr(`abigap: internal error: ${c.stack ?? c.message}\n`)
  return c.exitCode
}

/** A command's run whose every throw ends as reportError's exit status (so each command is tested as it is run). */
export function reportingErrors(run: (argv: string[]) => Promise<number>): (argv: string[]) => Promise<number> {
  return async (argv) => {
    try {
      return await run(argv)
    } catch (err) {
      return reportError(err)
    }
  }
}

/**
 * Parses argv with a commander Command. Returns null when the command should go on, or the exit status when parsing
 * ended it: 0 after --help, 2 (with the message on stderr) for a usage error.
 */
export function parseCommandLine(cmd: Command, argv: string[]): number | null {
  cmd.exitOverride().configureOutput({
    writeOut: (s) => process.stdout.write(s),
    writeErr: () => undefined,
    outputError: () => undefined,
  })
  try {
    cmd.parse(argv, { from: 'user' })
    return null
  } catch (e) {
    const code = (e as { code?: unknown }).code
    if (typeof code !== 'string' || !code.startsWith('commander.')) throw e
    if (code === 'commander.helpDisplayed' || code === 'commander.help' || code === 'commander.version')
      return ExitCode.ok
    return usageError((e as Error).message.replace(/^error: /, ''))
  }
}

/** Ends the process quietly when the reader of stdout goes away (`abigap inspect --json big | head`). */
export function exitQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err
    process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0)
  })
}
