// How a real run of a binary in a target container ended (pure data shared by the ABI, report and Docker layers).
/** How a run of a binary inside a target container ended. */
export type RunOutcome =
  | 'ok'
  | 'missing-loader'
  | 'missing-library'
  | 'missing-symbol-version'
  | 'symbol-lookup-error'
  | 'signal'
  | 'oom'
  | 'timeout'
  | 'exit-nonzero'
  | 'output-limit'
  | 'infrastructure-error'

/** The `run` object of a report cell. */
export interface RunResult {
  outcome: RunOutcome
  exitCode: number | null
  signal: string | null
  stdout: string
  stderr: string
  durationMs: number
  /** For missing-symbol-version: the versions the loader said were not found. */
  missingVersions?: { version: string; library: string }[]
  /** For missing-library: the sonames the loader could not open. */
  missingLibraries?: string[]
  /** True when the process was still running at the timeout (a daemon that started). */
  started?: boolean
  /** Infrastructure error message, when outcome is infrastructure-error. */
  error?: string
  image?: { ref: string; id: string; digest: string | null }
}

/** What to run: the binaries bound for one target. */
export interface RunRequest {
  /** The target this request runs for (default: the image): its results carry it, with each binary's id. */
  targetId?: string
  image: string
  platform?: string
  binaries: { id: string; path: string }[]
  args: string[]
  timeoutMs: number
  /** Exit codes that count as ok (default [0]). */
  okExitCodes?: number[]
  /**
   * Ids of binaries not to run after all, known later (a caller's static check still under way): awaited once the
   * target's first container has started, so that start overlaps the wait. Skipped binaries get no cell.
   */
  skip?: Promise<ReadonlySet<string>>
}
