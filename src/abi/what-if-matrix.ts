// Cites the matrix's real results for the what-if fixes: when a variant realises a fix (CGO_ENABLED=0, netgo tags,
// another builder, a static musl link), its build and its cell on the same target replace the computed guess. Pure.
import type { AbiGap } from './types.js'
import type { FixId, FixOutcome } from './what-if.js'

/** A matrix variant as the cross-reference needs it. */
export interface WhatIfVariant {
  name: string
  cgo: boolean
  libc: 'glibc' | 'musl' | null
  link: 'dynamic' | 'static'
  builder: string
  tags: string[]
}

/** A variant's build result: ok, or failed with its first diagnostic. */
export interface WhatIfBuild {
  variant: string
  status: string
  firstError?: string
}

/** A cell's outcome: its verdict and, when it ran, whether it started and exited as expected. */
export interface WhatIfCell {
  variant: string
  target: string
  verdict: string
  gaps: AbiGap[]
  /** The run's outcome word ('ok', 'exit', 'loader-error', ...) and exit code, when it ran. */
  run: { outcome: string; exitCode: number | null } | null
}

const VERDICT: Record<FixOutcome, (t: string) => string> = {
  runs: (t) => `runs on ${t}`,
  'still-missing': (t) => `still does not run on ${t}`,
  'build-fails': () => 'does not build',
  'no-change': () => 'changes nothing',
  unknown: (t) => `unknown on ${t}`,
}

/** Does variant `v` realise fix `fix` for a cell built as `base`? */
function realises(fix: FixId, v: WhatIfVariant, base: WhatIfVariant): boolean {
  if (v.name === base.name) return false
  switch (fix) {
    case 'cgo-off':
      return !v.cgo
    case 'netgo':
      return v.cgo && v.tags.includes('netgo') && v.tags.includes('osusergo') && v.builder === base.builder
    case 'musl-static':
      return v.cgo && v.libc === 'musl' && v.link === 'static'
    case 'older-builder':
      return (
        v.cgo &&
        v.libc === 'glibc' &&
        v.link === 'dynamic' &&
        v.builder !== base.builder &&
        v.builder !== 'host' &&
        v.tags.join(',') === base.tags.join(',')
      )
  }
}

/** The real result of variant `v` on `target`, with the outcome it proves; null when it did not build or run. */
function resultOf(
  v: WhatIfVariant,
  target: string,
  builds: WhatIfBuild[],
  cells: WhatIfCell[],
): { outcome: FixOutcome; result: string } | null {
  const b = builds.find((x) => x.variant === v.name)
  if (!b || b.status === 'skipped') return null
  if (b.status !== 'ok')
    return { outcome: 'build-fails', result: `did not build${b.firstError ? `: ${b.firstError}` : ''}` }
  const c = cells.find((x) => x.variant === v.name && x.target === target)
  if (!c) return null
  if (c.run?.outcome === 'infrastructure-error') return null
  if (c.run) {
    const ok = c.run.outcome === 'ok'
    const how = ok
      ? 'ran'
      : `failed to run (${c.run.outcome}${c.run.exitCode !== null ? `, exit ${c.run.exitCode}` : ''})`
    return { outcome: ok ? 'runs' : 'still-missing', result: `${how} on ${target}` }
  }
  const missing = c.gaps.some((g) => g.severity === 'error')
  return {
    outcome: c.verdict === 'compatible' ? 'runs' : missing ? 'still-missing' : 'unknown',
    result: `is ${c.verdict} with ${target} (static check, not run)`,
  }
}

/** Fills `matrix` on each what-if a variant realises, sets its outcome from the real result, and re-words the gap. */
export function citeMatrix(
  cells: WhatIfCell[],
  variants: WhatIfVariant[],
  builds: WhatIfBuild[],
  reword: (g: AbiGap) => void,
): void {
  for (const cell of cells) {
    const base = variants.find((v) => v.name === cell.variant)
    if (!base) continue
    for (const gap of cell.gaps) {
      if (!gap.whatIf?.length) continue
      let changed = false
      for (const w of gap.whatIf) {
        for (const v of variants) {
          if (!realises(w.fix, v, base)) continue
          const r = resultOf(v, cell.target, builds, cells)
          if (!r) continue
          w.matrix = { variant: v.name, result: r.result }
          // a real result that contradicts the computed one replaces its sentence (the citation follows it)
          if (r.outcome !== w.outcome) w.effect = `${w.how}: ${VERDICT[r.outcome](cell.target)}`
          w.outcome = r.outcome
          w.offered = r.outcome === 'runs'
          changed = true
          if (r.outcome === 'runs') break
        }
      }
      if (changed) reword(gap)
    }
  }
}
