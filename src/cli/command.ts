import type { Command } from 'commander'
import { printErr } from './output.js'

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
  printErr(`abigap: ${message}\n`)
  return ExitCode.usage
}

// src/docker/errors.ts's classes, by name: the CLI entry never loads the Docker code just to recognise them
const INFRASTRUCTURE_ERRORS = new Set([
  'InfrastructureError',
  'DockerUnavailableError',
  'ImageUnavailableError',
  'CancelledError',
])

/**
 * Reports an error no command handled and returns the exit status: an infrastructure fault (no daemon, pull failed,
 * cancelled) is exit 3 with one line; anything else is a bug: exit 4 with its stack.
 */
export function reportUncaught(err: unknown): number {
  if (err instanceof Error && INFRASTRUCTURE_ERRORS.has(err.name)) {
    printErr(`abigap: infrastructure error: ${err.message.replace(/\s+/g, ' ').trim()}\n`)
    return ExitCode.profileUnavailable
  }
  printErr(`abigap: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
  return ExitCode.internal
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
