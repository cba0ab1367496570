// One supervision of a running process (a run container, a run beside the idle program, a build): the time limit,
// cancellation and the kill, so each strategy only says how to ask "still running?" and how to kill.

/** What happened to a supervised process, read once it has ended. */
export interface Supervision {
  /** Kills it now (output cap exceeded, ...); the supervision's own timer and abort listener call this too. */
  kill(): void
  /** True when the time limit passed while it still ran (it was then killed). */
  readonly timedOut: boolean
  /** True once anyone asked for a kill. */
  readonly killed: boolean
  /** The kill's failure, when it failed (the process may still run: no verdict then). */
  readonly killError: string | null
  /** Starts the time limit (once the process started: creating and starting it is not its time). */
  arm(): void
  /** Ends the supervision: the timer and the abort listener go. */
  stop(): void
}

/** Options of supervise. */
export interface SuperviseOptions {
  timeoutMs: number
  signal?: AbortSignal
  kill: () => Promise<void>
  /** Asked when the time is up: a process that already ended is neither killed nor timed out. Without it, killed. */
  stillRunning?: () => Promise<boolean>
  /** Told when a kill fails (e.g. to end the output stream, so the wait for the end ends too). */
  onKillError?: (message: string) => void
}

/** Starts supervising: on abort, and timeoutMs after arm() if it still runs, the process is killed. */
export function supervise(opts: SuperviseOptions): Supervision {
  let timedOut = false
  let killed = false
  let killError: string | null = null
  const kill = (): void => {
    killed = true
    void opts.kill().catch((err: unknown) => {
      killError = err instanceof Error ? err.message : String(err)
      opts.onKillError?.(killError)
    })
  }
  const onTimeout = (): void => {
    if (!opts.stillRunning) {
      timedOut = true
      kill()
      return
    }
    void opts.stillRunning().then(
      (running) => {
        if (!running) return
        timedOut = true
        kill()
      },
      () => kill(),
    )
  }
  let timer: NodeJS.Timeout | undefined
  const onAbort = (): void => kill()
  opts.signal?.addEventListener('abort', onAbort, { once: true })
  return {
    kill,
    get timedOut() {
      return timedOut
    },
    get killed() {
      return killed
    },
    get killError() {
      return killError
    },
    arm() {
      timer ??= setTimeout(onTimeout, opts.timeoutMs)
    },
    stop() {
      clearTimeout(timer)
      opts.signal?.removeEventListener('abort', onAbort)
    },
  }
}

/** Waits for p at most ms; undefined when the time ran out first. */
export async function boundedWait<T>(p: Promise<T>, ms: number): Promise<T | undefined> {
  let t: NodeJS.Timeout | undefined
  try {
    return await Promise.race([p, new Promise<undefined>((r) => (t = setTimeout(() => r(undefined), ms)))])
  } finally {
    clearTimeout(t)
  }
}

/**
 * Reads a state until it says the process stopped, at most `tries` times (the engine records an exit a moment after
 * the output ends); returns the last state read.
 */
export async function untilStopped<S extends { running: boolean }>(
  read: () => Promise<S>,
  tries: number,
  delayMs: (attempt: number) => number,
): Promise<S> {
  let state = await read()
  for (let i = 0; state.running && i < tries; i++) {
    await new Promise((r) => setTimeout(r, delayMs(i)))
    state = await read()
  }
  return state
}
