// Pure: what the idle program's report of a run (idle-channel.ts) says happened, in the terms of an engine's run: an
// exit code as `docker run` gives it, and runc's wording for a program that could not be executed.
import type { IdleRunReport } from './idle-channel.js'

/** What one report says. */
export type IdleOutcome =
  /** The program ran (or the kernel refused to execute it: startError says why, as runc would). */
  | { kind: 'ran'; exitCode: number; startError: string }
  /** The binary is not in the container at all: no verdict on it. */
  | { kind: 'absent'; message: string }
  /** The idle program could not start the child or wait for it (no verdict; a fresh container may tell). */
  | { kind: 'fault'; message: string }

// Go's texts for the errors execve and its setup may meet (syscall.Errno.Error(), what runc prints)
const ERRNO_TEXT: Record<number, string> = {
  1: 'operation not permitted',
  2: 'no such file or directory',
  5: 'input/output error',
  7: 'argument list too long',
  8: 'exec format error',
  11: 'resource temporarily unavailable',
  12: 'cannot allocate memory',
  13: 'permission denied',
  14: 'bad address',
  20: 'not a directory',
  21: 'is a directory',
  22: 'invalid argument',
  23: 'too many open files in system',
  24: 'too many open files',
  26: 'text file busy',
  36: 'file name too long',
  40: 'too many levels of symbolic links',
  80: 'accessing a corrupted shared library',
}

/** The text of an errno as Go (and so runc) prints it; "errno N" for one not listed. */
export function errnoText(errno: number): string {
  return ERRNO_TEXT[errno] ?? `errno ${errno}`
}

/** The exit code `docker run` reports for a wait4 status: the code, or 128 + the signal that ended it. */
export function exitCodeOfStatus(status: number): number {
  const signal = status & 0x7f
  return signal === 0 ? (status >> 8) & 0xff : 128 + signal
}

/**
 * Reads a report of running `path`. A failed execve is the program's own outcome when the file is there (ENOENT then
 * means its loader is missing), with runc's line and the shell's exit codes: 127 for ENOENT, 126 for the others.
 */
export function idleOutcome(path: string, r: IdleRunReport): IdleOutcome {
  if (r.pid < 0) return { kind: 'fault', message: `cannot start ${path}: ${errnoText(-r.pid)}` }
  if (r.exec <= -4096) {
    return { kind: 'fault', message: `cannot give ${path} /dev/null as stdin: ${errnoText(-r.exec - 4096)}` }
  }
  if (r.exec < 0) {
    if (r.access < 0) return { kind: 'absent', message: `binary not delivered: ${path}: ${errnoText(-r.access)}` }
    const errno = -r.exec
    return { kind: 'ran', exitCode: errno === 2 ? 127 : 126, startError: `exec ${path}: ${errnoText(errno)}` }
  }
  if (r.wait < 0) return { kind: 'fault', message: `cannot wait for ${path}: ${errnoText(-r.wait)}` }
  return { kind: 'ran', exitCode: exitCodeOfStatus(r.wait), startError: '' }
}
