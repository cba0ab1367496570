import type { AbiGap, CheckResult, Floor, Severity } from '../abi/types.js'
import type { RunResult } from '../abi/run-types.js'
import type { BuildDiagnostic, BuildRecord, ReportPromises, VariantSummary } from '../matrix/types.js'

// The build-side types are the matrix's (src/build produces them and must not import report); the report re-exports them.
export type { BuildDiagnostic, BuildRecord, ReportPromises, VariantSummary }

/** A target of the matrix, with where it was declared (for annotations). */
export interface TargetSummary {
  /** The target's id (src/matrix/targets.ts): what the cells' `target` and `recommended[].target` name. */
  id: string
  ref: string
  platform: string | null
  /** Where the target is written in the config file, when known. */
  declaredAt: { file: string; line: number; column: number } | null
  /** The image every verdict of this target was made against: local ID and registry digest (null when local-only). */
  image?: { id: string; digest: string | null } | null
}

/** One variant × target cell: the static verdict plus, when Docker ran it, the runtime outcome. */
export interface MatrixCell extends Omit<CheckResult, 'run'> {
  variant: string
  run: RunResult | null
  /** Static verdict vs runtime outcome: 'agree', 'disagree' (reported as a gap), or 'not-run'. */
  agreement: 'agree' | 'disagree' | 'not-run'
}

/** The artifact to ship on one target. */
export interface Recommendation {
  target: string
  /** The most portable variant that builds and runs there with no error and no warning; null when none does. */
  variant: string | null
  /**
   * When no variant runs cleanly: the one that runs there with the fewest warnings, and those warnings as its caveat;
   * null when none runs there at all (absent in reports of older versions).
   */
  candidate?: { variant: string; caveat: string } | null
}

/** A change between a base and a head report (regression mode). */
export interface ReportDiffEntry {
  kind:
    'floor-raised' | 'floor-lowered' | 'newly-incompatible' | 'fixed' | 'new-library' | 'removed-library' | 'new-gap'
  variant: string
  target?: string
  message: string
  severity: Severity
  symbols?: string[]
  gap?: AbiGap
}

/** The full matrix report (`abigap matrix --json`, the action's `report` output): the check schema plus variants and builds. */
export interface MatrixReport {
  schemaVersion: 1
  tool: { name: 'abigap'; version: string }
  /** Overall verdict: pass when no finding reaches the failure threshold; error on infrastructure failure. */
  verdict: 'pass' | 'fail' | 'error'
  variants: VariantSummary[]
  targets: TargetSummary[]
  builds: BuildRecord[]
  results: MatrixCell[]
  floors: Floor[]
  /** The artifact to ship per target: a variant that runs there with no error and no warning, or the best candidate. */
  recommended: Recommendation[]
  /** Parts that did not run and why (e.g. "runs skipped: Docker unavailable: ..."). */
  skipped: string[]
  /** Infrastructure errors (never ABI verdicts). */
  infrastructureErrors: string[]
  timings: Record<string, number>
  shard?: { index: number; count: number } | null
  /** The full plan's variant and target names in order; shard reports keep it so `merge` restores the unsharded order. */
  plan?: { variants: string[]; targets: string[] } | null
  diff?: ReportDiffEntry[] | null
  /** What ships where (the config's `promises`); absent or null: every cell is a promise. */
  promises?: ReportPromises | null
}
