import type { AbiGap, Floor } from '../abi/types.js'

/** Where something was written in a config file. */
export interface ConfigPosition {
  file: string
  line: number
  column: number
}

/** The libc a cgo variant links against. */
export type LibcChoice = 'glibc' | 'musl'

/** How a cgo variant is linked. */
export type LinkChoice = 'dynamic' | 'static'

/** One variant as written in the config (explicit list or one combination of the axes). */
export interface VariantSpec {
  name: string | null
  cgo: boolean
  libc: LibcChoice | null
  link: LinkChoice | null
  /** GOARCH; null = not written: the planner uses its hostArch (the architecture abigap runs on). */
  arch: string | null
  /** "host" or a builder image; null = the config's default builder. */
  builder: string | null
  /** Extra build tags for this variant (added to the config's tags). */
  tags: string[]
  /** C compiler override for this variant. */
  cc: string | null
  declaredAt: ConfigPosition | null
}

/** The variant axes (each list is the values to combine). */
export interface MatrixAxes {
  cgo: boolean[]
  libc: LibcChoice[]
  link: LinkChoice[]
  /** GOARCH values; null = not written: the planner uses its hostArch. */
  arch: string[] | null
}

/** A target image to check and run against. */
export interface TargetSpec {
  /** The target's id (src/matrix/targets.ts): its name in cells, runs and the report. */
  id: string
  ref: string
  platform: string | null
  /** The preset it came from, when expanded from one. */
  preset: string | null
  declaredAt: ConfigPosition | null
}

/** Settings for running each binary in each target. */
export interface RunSettings {
  args: string[]
  timeoutMs: number
  successExitCodes: number[]
}

/** The validated matrix configuration (`abigap.yml` or the action's inline input). */
export interface MatrixConfig {
  /** The file name used in messages (e.g. "abigap.yml" or "<inline>"). */
  file: string
  package: string
  workingDirectory: string
  goFlags: string[]
  tags: string[]
  ldflags: string
  env: Record<string, string>
  /** Explicit variants; null when axes are used. */
  variants: VariantSpec[] | null
  axes: MatrixAxes | null
  /** Default builder: "host" or an image. */
  builder: string
  /** Builder overrides per variant name. */
  builders: Record<string, string>
  /** Cross C compilers per GOARCH for host cgo builds (e.g. { arm64: 'aarch64-linux-gnu-gcc' }). */
  cc: Record<string, string>
  targets: TargetSpec[]
  run: RunSettings
  docker: { pull: 'always' | 'missing' | 'never'; mode: 'auto' | 'required' | 'off' }
  modules: { download: boolean }
  build: { timeoutMs: number; concurrency: number | null }
  /** What ships where; null (no `promises` key): every variant × target cell is a promise. */
  promises?: PromiseSpec | null
  /** Positions of top-level keys (for annotations on config problems). */
  positions: Record<string, ConfigPosition>
}

/** One variant's promise as written: the targets it ships to ('all', refs, `preset:NAME`). */
export interface VariantPromise {
  variant: string
  targets: 'all' | string[]
  declaredAt: ConfigPosition | null
}

/** The config's `promises`: which cells decide the verdict; the others are information. */
export interface PromiseSpec {
  /** Each target needs at least one artifact that builds and runs there with no error and no warning. */
  everyTarget: boolean
  /** Per variant, the targets it is promised to; null when only every-target is asked. */
  variants: VariantPromise[] | null
  declaredAt: ConfigPosition | null
}

/** A variant ready to build: the report's summary plus what the builder needs. */
export interface PlannedVariant extends VariantSummary {
  tags: string[]
  cc: string | null
  declaredAt: ConfigPosition | null
}

/** A combination the planner did not build, and why. */
export interface DroppedCombo {
  combo: string
  reason: string
}

/** One variant × target cell of the plan. */
export interface PlannedCell {
  variant: string
  /** The target's id. */
  target: string
  /** Stable key used for sharding: "variant@target". */
  key: string
}

/** The expanded matrix: what to build, where to check it, and what was dropped. */
export interface MatrixPlan {
  variants: PlannedVariant[]
  dropped: DroppedCombo[]
  targets: TargetSpec[]
  cells: PlannedCell[]
  shard: { index: number; count: number } | null
  /** The whole (unsharded) plan's variant names and target ids, in order (a shard report keeps it for `merge`). */
  order: { variants: string[]; targets: string[] }
  /** The whole plan this shard was cut from (promises are resolved against it); absent on a whole plan. */
  unsharded?: MatrixPlan
}

/** One planned build variant (see src/matrix). */
export interface VariantSummary {
  /** Readable name: nocgo, cgo-glibc, cgo-musl-static, cgo-glibc-arm64, ... */
  name: string
  cgo: boolean
  libc: 'glibc' | 'musl' | null
  link: 'dynamic' | 'static'
  arch: string
  /** "host" or a builder image reference. */
  builder: string
  /** Extra build tags of this variant (absent when none), e.g. netgo, osusergo. */
  tags?: string[]
}

/** A compiler/linker message with its position in the user's tree. */
export interface BuildDiagnostic {
  file: string | null
  line: number | null
  column: number | null
  message: string
}

/** The outcome of building one variant. */
export interface BuildRecord {
  variant: string
  status: 'ok' | 'failed' | 'toolchain-mismatch' | 'skipped'
  /** Path of the built binary (relative to the report's directory when saved with --out). */
  binary: string | null
  durationMs: number
  command: string[]
  env: Record<string, string>
  diagnostics: BuildDiagnostic[]
  /** toolchain-mismatch / build-failed gaps. */
  gaps: AbiGap[]
  /** Tail of the build log. */
  log: string
  floor: Floor['libc'] | null
  /** Symbols whose version sets the floor (e.g. __libc_start_main@GLIBC_2.34), when known (regression messages). */
  floorSymbols?: string[]
  /** DT_NEEDED libraries of the built binary, when known (regression mode: new needed libraries). */
  needed?: string[]
}

/** The promises a report's verdict follows; cells outside them are information. */
export interface ReportPromises {
  /** Each target needs at least one artifact that builds and runs there with no error and no warning. */
  everyTarget: boolean
  /** Per variant, the target names (as in results[].target) it is promised to; null when only every-target is asked. */
  variants: Record<string, string[]> | null
}
