// The status of one grid cell (variant × target), shared by the terminal grid and the markdown summary.
import { SEVERITY_RANK } from './findings.js'
import { gapReason } from './gap-text.js'
import type { MatrixCell, MatrixReport } from './types.js'

/** What a grid cell shows: pass ✅, fail ❌, warn ⚠️ (warnings, unknown, runtime infra problems), none (not run). */
export interface CellStatus {
  state: 'pass' | 'fail' | 'warn' | 'none'
  /** One short reason ('' for a clean pass). */
  reason: string
  cell: MatrixCell | null
}

/** Status of the cell for variant × target. */
export function cellStatus(report: MatrixReport, variant: string, target: string): CellStatus {
  const build = report.builds.find((b) => b.variant === variant)
  const cell = report.results.find((c) => c.variant === variant && c.target === target) ?? null
  if (build && build.status !== 'ok' && !cell) {
    if (build.status === 'skipped') return { state: 'none', reason: 'skipped', cell }
    return { state: 'fail', reason: build.status === 'failed' ? 'build-failed' : 'toolchain', cell }
  }
  if (!cell) return { state: 'none', reason: 'not-run', cell }
  const worst = [...cell.gaps].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])[0]
  if (cell.verdict === 'incompatible') {
    const err = cell.gaps.find((g) => g.severity === 'error') ?? worst
    return { state: 'fail', reason: err ? gapReason(err) : 'incompatible', cell }
  }
  if (cell.run?.outcome === 'infrastructure-error') return { state: 'warn', reason: 'infra-error', cell }
  if (cell.verdict === 'unknown') return { state: 'warn', reason: worst ? gapReason(worst) : 'unknown', cell }
  if (worst && worst.severity !== 'notice') return { state: 'warn', reason: gapReason(worst), cell }
  return { state: 'pass', reason: cell.run?.outcome === 'ok' ? 'ran' : '', cell }
}

/** The variant's libc floor as text: "glibc ≥ 2.34", "musl", "static (no libc)", or "?" when unknown. */
export function floorText(report: MatrixReport, variant: string): string {
  const build = report.builds.find((b) => b.variant === variant)
  let libc = build?.floor ?? null
  if (!libc && build?.binary) libc = report.floors.find((f) => f.file === build.binary)?.libc ?? null
  if (!libc) return build && build.status !== 'ok' ? '—' : '?'
  if (libc.flavor === 'none') return 'static (no libc)'
  return libc.version ? `${libc.flavor} ≥ ${libc.version}` : libc.flavor
}

/** Milliseconds as "1.2 s" / "850 ms". */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return '?'
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`
}
