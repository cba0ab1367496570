// The status of one grid cell (variant × target), shared by the terminal grid and the markdown summary.
import { SEVERITY_RANK } from './findings.js'
import { gapReason } from './gap-text.js'
import type { MatrixCell, MatrixReport, ReportPromises } from './types.js'

/** What a grid cell shows: pass ✅, fail ❌, warn ⚠️ (warnings, unknown, runtime infra problems), none (not run). */
export interface CellStatus {
  state: 'pass' | 'fail' | 'warn' | 'none'
  /** One short reason ('' for a clean pass). */
  reason: string
  cell: MatrixCell | null
  /** False when the config's promises leave this cell out: what it shows is information, not the verdict. */
  promised: boolean
}

/** True when the cell variant × target is a promise (no promises in the report: every cell is). */
function isPromised(report: MatrixReport, variant: string, target: string): boolean {
  const p = report.promises
  if (!p) return true
  return p.variants?.[variant]?.includes(target) ?? false
}

/** Status of the cell for variant × target. */
export function cellStatus(report: MatrixReport, variant: string, target: string): CellStatus {
  return { ...rawStatus(report, variant, target), promised: isPromised(report, variant, target) }
}

function rawStatus(report: MatrixReport, variant: string, target: string): Omit<CellStatus, 'promised'> {
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

/** The every-target promise of one target as a grid cell: the clean artifact, the warned candidate, or none. */
export function promiseStatus(
  report: MatrixReport,
  target: string,
): { state: 'pass' | 'fail' | 'warn'; reason: string } {
  const rec = report.recommended.find((r) => r.target === target)
  if (rec?.variant) return { state: 'pass', reason: rec.variant }
  if (rec?.candidate) return { state: 'warn', reason: `only ${rec.candidate.variant}, with a warning` }
  return { state: 'fail', reason: 'no build runs' }
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

/** What the config promises, as one sentence for the summary and the grid. */
export function promisesSentence(p: ReportPromises): string {
  const parts: string[] = []
  if (p.everyTarget) parts.push('every target gets at least one artifact that runs there with no error and no warning')
  for (const [variant, targets] of Object.entries(p.variants ?? {}))
    parts.push(`${variant} ships to ${targets.length ? targets.join(', ') : 'no target of this run'}`)
  return `Promises: ${parts.join('; ')}. Only these decide the verdict; every other cell is information.`
}
