// Pure: how a run ended (exit code, OOM flag, start error, loader messages) → a precise RunOutcome.
import type { RunOutcome } from './types.js'

/** Everything observed about one finished run. */
export interface RunObservation {
  exitCode: number | null
  oomKilled: boolean
  /** Why the process could not be started (State.Error, or the failed execve as runc words it), empty when none. */
  startError: string
  stderr: string
  stdout: string
  timedOut: boolean
  outputLimited: boolean
  /** An infrastructure fault (daemon gone, create failed, ...), when one happened. */
  infraError?: string
  okExitCodes?: number[]
}

/** The classification of one run. */
export interface Classification {
  outcome: RunOutcome
  signal: string | null
  missingVersions?: { version: string; library: string }[]
  missingLibraries?: string[]
  started?: boolean
}

const SIGNALS: Record<number, string> = {
  1: 'SIGHUP',
  2: 'SIGINT',
  3: 'SIGQUIT',
  4: 'SIGILL',
  5: 'SIGTRAP',
  6: 'SIGABRT',
  7: 'SIGBUS',
  8: 'SIGFPE',
  9: 'SIGKILL',
  10: 'SIGUSR1',
  11: 'SIGSEGV',
  12: 'SIGUSR2',
  13: 'SIGPIPE',
  14: 'SIGALRM',
  15: 'SIGTERM',
  16: 'SIGSTKFLT',
  17: 'SIGCHLD',
  18: 'SIGCONT',
  19: 'SIGSTOP',
  20: 'SIGTSTP',
  21: 'SIGTTIN',
  22: 'SIGTTOU',
  23: 'SIGURG',
  24: 'SIGXCPU',
  25: 'SIGXFSZ',
  26: 'SIGVTALRM',
  27: 'SIGPROF',
  28: 'SIGWINCH',
  29: 'SIGIO',
  30: 'SIGPWR',
  31: 'SIGSYS',
}

/** The Linux name of signal number n (SIGRTMIN+k for real-time signals). */
export function signalName(n: number): string {
  return SIGNALS[n] ?? (n >= 34 && n <= 64 ? `SIGRTMIN+${n - 34}` : `SIG${n}`)
}

// runc 1.1 (docker run and docker exec alike, exit 1) writes exactly one line when execve fails with ENOENT — for an
// ELF binary whose loader is missing: "exec /abigap/x: no such file or directory". A program's own error (Go's
// "fork/exec /usr/bin/helper: no such file or directory") must not match, so in stderr the line must be all of it.
const RUNC_NOENT_ONLY = /^exec \/[^\n]*: no such file or directory$/
// tini: "[FATAL tini (8)] exec /x failed: No such file or directory", at the start of a line.
const TINI_NOENT = /^\[FATAL tini \(\d+\)\] exec [^\n]* failed: No such file or directory$/m
// The engine's start/exec error (never the program's output) may wrap runc's line: "OCI runtime create failed: ...".
const ENGINE_NOENT = /(?:^|[\s:"])exec [^\n]*?: no such file or directory/i
// glibc: "error while loading shared libraries: libsqlite3.so.0: cannot open shared object file: No such file..."
const GLIBC_MISSING_LIB = /error while loading shared libraries: ([^\s:]+): cannot open shared object file/g
// musl: "Error loading shared library libsqlite3.so.0: No such file or directory (needed by /x)"
const MUSL_MISSING_LIB = /Error loading shared library ([^\s:]+): No such file or directory/g
// glibc: "/lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.34' not found (required by /x)"
const VERSION_NOT_FOUND = /(?:^|\s)([^\s:]*): version `([^'`\s]+)' not found \(required by [^)]*\)/gm
// glibc: "symbol lookup error: /x: undefined symbol: foo"; musl: "Error relocating /x: foo: symbol not found"
const SYMBOL_LOOKUP = /symbol lookup error: .*undefined symbol|Error relocating [^\n]*: symbol not found/

/** The libraries a loader could not open, from its messages (glibc and musl wording), deduplicated. */
export function parseMissingLibraries(stderr: string): string[] {
  const out = new Set<string>()
  for (const re of [GLIBC_MISSING_LIB, MUSL_MISSING_LIB]) {
    for (const m of stderr.matchAll(re)) out.add(m[1]!)
  }
  return [...out]
}

/** Every "version `X' not found" the glibc loader printed, with the library that lacked it. */
export function parseMissingVersions(stderr: string): { version: string; library: string }[] {
  const seen = new Set<string>()
  const out: { version: string; library: string }[] = []
  for (const m of stderr.matchAll(VERSION_NOT_FOUND)) {
    const library = m[1]!.split('/').pop() ?? m[1]!
    const key = `${m[2]}\u0000${library}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push({ version: m[2]!, library })
  }
  return out
}

/**
 * True when the engine's start/exec error says the program could not even be executed because its loader (ELF
 * interpreter) is missing. "exec format error" is not a missing loader (another architecture, or not an executable).
 */
export function isMissingLoader(message: string): boolean {
  return ENGINE_NOENT.test(message) || TINI_NOENT.test(message)
}

/** True when a run's stderr is the runc or tini report of a failed execve (ENOENT) and nothing the program wrote. */
function isLoaderFailureOutput(stderr: string): boolean {
  const text = stderr.slice(0, 4096).trim()
  return RUNC_NOENT_ONLY.test(text) || TINI_NOENT.test(text)
}

/** Classifies one run. Order: infrastructure, timeout, output-limit, oom, loader faults, signals, exit status. */
export function classifyRun(o: RunObservation): Classification {
  if (o.infraError) return { outcome: 'infrastructure-error', signal: null }
  if (o.timedOut) return { outcome: 'timeout', signal: null, started: true }
  if (o.outputLimited) return { outcome: 'output-limit', signal: null }
  if (o.oomKilled) return { outcome: 'oom', signal: o.exitCode === 137 ? 'SIGKILL' : null }
  const loaderText = `${o.startError}\n${o.stderr.slice(0, 64 * 1024)}`
  const loaderExit = o.exitCode === null || o.exitCode === 127 || o.exitCode === 126 || o.exitCode === 1
  if (o.startError && isMissingLoader(o.startError)) return { outcome: 'missing-loader', signal: null }
  if (loaderExit && o.stdout.length === 0 && isLoaderFailureOutput(o.stderr)) {
    return { outcome: 'missing-loader', signal: null }
  }
  if (loaderExit) {
    const libs = parseMissingLibraries(loaderText)
    if (libs.length) return { outcome: 'missing-library', signal: null, missingLibraries: libs }
    const versions = parseMissingVersions(loaderText)
    if (versions.length) return { outcome: 'missing-symbol-version', signal: null, missingVersions: versions }
    if (SYMBOL_LOOKUP.test(loaderText)) return { outcome: 'symbol-lookup-error', signal: null }
  }
  // the engine could not execute it (e.g. "exec format error": another architecture): the program's fault, not ours
  if (o.exitCode === null && /exec format error/i.test(o.startError)) return { outcome: 'exit-nonzero', signal: null }
  if (o.exitCode === null) return { outcome: 'infrastructure-error', signal: null }
  if ((o.okExitCodes ?? [0]).includes(o.exitCode)) return { outcome: 'ok', signal: null }
  if (o.exitCode > 128 && o.exitCode <= 128 + 64) {
    return { outcome: 'signal', signal: signalName(o.exitCode - 128) }
  }
  return { outcome: 'exit-nonzero', signal: null }
}
