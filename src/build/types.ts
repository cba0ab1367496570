import type { BuildRecord } from '../matrix/types.js'
import type { PlannedVariant } from '../matrix/types.js'
import type { GoBuildSettings } from './go-command.js'

/** What every builder needs to know about a build. */
export interface BuildContext {
  /** Absolute directory of the Go module (the config's working-directory). */
  moduleRoot: string
  settings: GoBuildSettings
  /** Absolute directory where binaries go (one subdirectory per variant). */
  outDir: string
  /** GOARCH of the machine that builds (the host, or the Docker engine running builder images): see hostGoArch(). */
  hostArch: string
  timeoutMs: number
  signal?: AbortSignal
  /** One line of build output (prefixed by the caller). */
  onOutput?: (variant: string, line: string) => void
}

/** A finished build: the report record plus the absolute path of the binary (null when none was produced). */
export interface BuildOutcome {
  record: BuildRecord
  binaryPath: string | null
  /** Set when the build could not run for infrastructure reasons (no daemon, cancelled): never an ABI verdict. */
  infrastructureError: string | null
}

/** Builds one variant. */
export type Builder = (variant: PlannedVariant, ctx: BuildContext) => Promise<BuildOutcome>
