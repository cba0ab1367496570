// The shapes of the what-if computation: its input, the symbol history it reads, and the advice it gives. Pure.
import type { InspectedFile } from '../binary/types.js'
import type { TargetProfile } from '../knowledge/types.js'
import type { AttributedSymbol } from './origins.js'
import type { SourceIndex } from './source-index.js'

/** When symbols entered glibc and musl (src/knowledge/symbol-history.ts): null = never, undefined = unknown. */
export interface SymbolHistory {
  /** Earliest glibc node ("GLIBC_2.25") or release ("2.25") defining `symbol` on `arch`. */
  glibcSince(symbol: string, arch: string): string | null | undefined
  /** Earliest musl release ("1.1.20") defining `symbol`. */
  muslSince(symbol: string): string | null | undefined
  /** The oldest musl release the history knows (a muslSince of it means "that or earlier"). */
  muslOldest?: string
}

/** The build choices abigap computes the effect of. */
export type FixId = 'netgo' | 'cgo-off' | 'older-builder' | 'musl-static'

/** What a fix does: runs there, leaves a symbol the target lacks, fails to build/link, changes nothing, unknown. */
export type FixOutcome = 'runs' | 'still-missing' | 'build-fails' | 'no-change' | 'unknown'

/** One symbol that keeps a fix from working, with its origin. */
export interface FixBlocker {
  name: string
  version?: string
  why: string
}

/** One build choice with its computed effect on this binary and target. */
export interface WhatIf {
  fix: FixId
  /** The command or setting, e.g. "go build -tags netgo,osusergo". */
  how: string
  outcome: FixOutcome
  /** Offered as a fix: it runs there (or its effect is unknown and nothing speaks against it). */
  offered: boolean
  /** The whole sentence, e.g. "-tags netgo,osusergo: no cgo package left → static, runs on debian:11". */
  effect: string
  blockers?: FixBlocker[]
  /** Filled by the pipeline when the matrix has a variant that realises this fix: its real result there. */
  matrix?: { variant: string; result: string }
}

/** A source change that would let the program run where no build choice can. */
export interface CodeChange {
  symbol: string
  /** file:line of the use, when known. */
  at?: string
  text: string
}

/** What-if fixes plus, when none works, the code changes. */
export interface WhatIfAdvice {
  whatIf: WhatIf[]
  codeChanges: CodeChange[]
}

/** Everything the what-if computation reads. */
export interface WhatIfInput {
  facts: InspectedFile
  /** Every undefined dynamic symbol with its origin (attributeImports). */
  imports: AttributedSymbol[]
  profile: TargetProfile
  target: string
  arch: string
  history?: SymbolHistory
  source?: SourceIndex | null
  /** The musl release of the static-musl toolchain (the host's musl-gcc), when known (e.g. "1.2.3"). */
  muslToolchain?: string | null
}
