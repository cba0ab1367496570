import type { Confidence, ProfileSource } from '../knowledge/types.js'
import type { SymbolOrigin } from './origins.js'
import type { CodeChange, WhatIf } from './what-if.js'

/** How bad a gap is. */
export type Severity = 'error' | 'warning' | 'notice'

/** The kinds of ABI gap abigap reports. */
export type GapKind =
  | 'missing-loader'
  | 'missing-library'
  | 'symbol-version'
  | 'missing-symbol'
  | 'libc-flavor'
  | 'static-nss'
  | 'kernel-floor'
  | 'isa-level'
  | 'arch-mismatch'
  | 'toolchain-mismatch'
  | 'build-failed'
  | 'runtime-disagreement'
  | 'unanalysable'
  /** A promised target (promises: every-target) with no artifact that runs there with no error and no warning. */
  | 'no-clean-artifact'

/** A place in the user's source tree (paths relative to the source root). */
export interface SourceLocation {
  file: string
  line: number
  column?: number
  endLine?: number
  endColumn?: number
  /** Why this line: e.g. 'cgo-call', 'cgo-preamble', 'c-source', 'import', 'go.mod', 'config', 'compiler'. */
  reason: string
}

/** One reason a binary will not (or may not) run on a target. */
export interface AbiGap {
  kind: GapKind
  severity: Severity
  message: string
  /** The library the gap is about (symbol-version: the vn_file the node is required from; missing-symbol: the one expected to define it). */
  library?: string
  /** symbol-version: the one missing node; missing-symbol: the node the symbol is required under, when versioned. */
  version?: string
  /**
   * Every symbol the gap is about, complete and exact: for symbol-version the undefined symbols bound to exactly
   * `library` + `version`; for missing-symbol the one symbol. Renderers shorten lists; this field never is.
   */
  symbols?: string[]
  /** missing-symbol: the release of the expected library that added the symbol ("musl 1.2.5"), when known. */
  addedIn?: string
  /** Go standard package that pulls the symbols in (net, os/user, ...), when known. */
  goPackage?: string
  locations?: SourceLocation[]
  /** symbol-version: each symbol of the gap with its library, node and where it comes from (src/abi/origins.ts). */
  origins?: { name: string; library: string | null; version: string | null; origin: SymbolOrigin }[]
  /** Each build choice with its computed effect here; `fixes` holds the offered ones' texts (src/abi/what-if.ts). */
  whatIf?: WhatIf[]
  /** When no build choice works: what the code must change, and with what. */
  codeChanges?: CodeChange[]
  fixes?: string[]
}

/** Verdict of one binary on one target. */
export type Verdict = 'compatible' | 'incompatible' | 'unknown'

/** One file × target cell of `abigap check`. */
export interface CheckResult {
  file: string
  target: string
  verdict: Verdict
  gaps: AbiGap[]
  profile: { source: ProfileSource; libc: { flavor: string; version: string | null }; confidence: Confidence }
  /** With `check --run`: how the real run ended and whether it agreed with the static verdict. */
  run?: { outcome: string; exitCode: number | null; agreement: 'agree' | 'disagree' | 'not-run' }
}

/** The lowest libc a binary needs. */
export interface Floor {
  file: string
  libc: { flavor: string; version: string | null }
  /** musl binaries: the release their imports need and the symbols that set it (src/knowledge/symbol-history.ts). */
  musl?: { version: string; symbols: string[]; missing: string[] }
  /** Known images it runs on / does not run on (embedded knowledge). */
  runsOn?: string[]
  notOn?: string[]
}

/** `abigap check --json` (schemaVersion 1). */
export interface CheckReport {
  schemaVersion: 1
  results: CheckResult[]
  floors: Floor[]
}
