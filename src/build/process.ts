import { spawn } from 'node:child_process'
import { accessSync, constants } from 'node:fs'
import path from 'node:path'

/** The outcome of a finished child process. */
export interface ProcessResult {
  exitCode: number | null
  signal: string | null
  /** stdout and stderr interleaved, capped (the tail is kept). */
  output: string
  timedOut: boolean
  cancelled: boolean
  /** Set when the process could not be started at all. */
  spawnError: string | null
}

/** Options of runProcess. */
export interface ProcessOptions {
  cwd: string
  env: Record<string, string | undefined>
  timeoutMs: number
  signal?: AbortSignal
  onLine?: (line: string) => void
  maxOutput?: number
}

/** Finds an executable on PATH (or checks an explicit path); null when absent. */
export function which(cmd: string, pathEnv = process.env.PATH ?? ''): string | null {
  const candidates = cmd.includes('/')
    ? [cmd]
    : pathEnv
        .split(path.delimiter)
        .filter(Boolean)
        .map((d) => path.join(d, cmd))
  for (const c of candidates) {
    try {
      accessSync(c, constants.X_OK)
      return c
    } catch {
      // next
    }
  }
  return null
}

/** Runs a process without a shell, streaming lines, with a wall-clock timeout (SIGKILL) and cancellation. */
export function runProcess(cmd: string, args: string[], opts: ProcessOptions): Promise<ProcessResult> {
  const max = opts.maxOutput ?? 256 * 1024
  return new Promise((resolve) => {
    let output = ''
    let pending = ''
    let timedOut = false
    let cancelled = false
    // its own process group, so a timeout or a cancel also stops go's compilers and linkers
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
    const killTree = (): void => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL')
      } catch {
        child.kill('SIGKILL')
      }
    }
    const onData = (chunk: Buffer): void => {
      const text = chunk.toString('utf8')
      output += text
      if (output.length > max * 2) output = output.slice(-max)
      if (opts.onLine) {
        pending += text
        const lines = pending.split('\n')
        pending = lines.pop() ?? ''
        for (const l of lines) opts.onLine(l)
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    const timer = setTimeout(() => {
      timedOut = true
      killTree()
    }, opts.timeoutMs)
    const abort = (): void => {
      cancelled = true
      killTree()
    }
    opts.signal?.addEventListener('abort', abort, { once: true })
    let spawnError: string | null = null
    child.on('error', (e) => {
      spawnError = e.message
    })
    child.on('close', (code, sig) => {
      clearTimeout(timer)
      opts.signal?.removeEventListener('abort', abort)
      if (pending && opts.onLine) opts.onLine(pending)
      resolve({
        exitCode: code,
        signal: sig,
        output: output.length > max ? output.slice(-max) : output,
        timedOut,
        cancelled,
        spawnError,
      })
    })
  })
}
