// Every gap of a report in one flat list, with the variant/target it belongs to (cells, builds, runtime).
import type { AbiGap, Severity } from '../abi/types.js'
import { gapReason } from './gap-text.js'
import type { BuildRecord, MatrixCell, MatrixReport } from './types.js'

/** One gap in context: a cell's gap (target set) or a build's gap (target null). */
export interface Finding {
  /** The variant; '' for a target's every-target promise (no-clean-artifact). */
  variant: string
  target: string | null
  gap: AbiGap
  cell: MatrixCell | null
  build: BuildRecord | null
  /**
   * False for a cell or build outside the config's promises: information only, its gap carried as a notice (the
   * severity it would have is in `unpromisedSeverity`). Undefined or true: it counts.
   */
  promised?: boolean
  unpromisedSeverity?: Severity
}

/** Severity order, worst first. */
export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 }

/** Gap kinds that concern the target as a whole (annotated on the target's line in the config). */
export const TARGET_LEVEL_KINDS = new Set([
  'missing-loader',
  'libc-flavor',
  'arch-mismatch',
  'kernel-floor',
  'isa-level',
  'no-clean-artifact',
])

/**
 * Collects the gaps of every build and cell, synthesising a build-failed gap for a failed build that has none. With
 * promises (report.promises), a gap outside them becomes information (a notice, `promised: false`), and each target
 * promised a clean artifact that has none gets a no-clean-artifact finding.
 */
export function collectFindings(report: MatrixReport): Finding[] {
  const out: Finding[] = []
  const promises = report.promises ?? null
  const push = (f: Finding, promised: boolean): void => {
    if (promised) out.push(f)
    else
      out.push({
        ...f,
        gap: { ...f.gap, severity: 'notice' },
        promised: false,
        unpromisedSeverity: f.gap.severity,
      })
  }
  for (const build of report.builds) {
    const gaps = [...build.gaps]
    if (build.status === 'failed' && !gaps.some((g) => g.kind === 'build-failed')) {
      const first = build.diagnostics[0]?.message ?? lastLine(build.log) ?? 'the build failed'
      gaps.push({ kind: 'build-failed', severity: 'error', message: `build of ${build.variant} failed: ${first}` })
    }
    const promised = !promises || (promises.variants?.[build.variant]?.length ?? 0) > 0
    for (const gap of gaps) push({ variant: build.variant, target: null, gap, cell: null, build }, promised)
  }
  const builds = new Map(report.builds.map((b) => [b.variant, b]))
  for (const cell of report.results) {
    const promised = !promises || (promises.variants?.[cell.variant]?.includes(cell.target) ?? false)
    for (const gap of cell.gaps) {
      push({ variant: cell.variant, target: cell.target, gap, cell, build: builds.get(cell.variant) ?? null }, promised)
    }
  }
  // a shard sees only its own cells: the every-target promise is decided when the shards are merged
  if (promises?.everyTarget && !report.shard) out.push(...everyTargetFindings(report))
  return out
}

/** One no-clean-artifact finding per target without a recommended (clean) artifact. */
function everyTargetFindings(report: MatrixReport): Finding[] {
  const out: Finding[] = []
  for (const rec of report.recommended) {
    if (rec.variant) continue
    const target = rec.target
    const cells = report.results.filter((c) => c.target === target)
    const why = report.variants.map((v) => {
      const b = report.builds.find((x) => x.variant === v.name)
      const c = cells.find((x) => x.variant === v.name)
      if (b && b.status !== 'ok') return `${v.name}: ${b.status === 'failed' ? 'build failed' : b.status}`
      if (!c) return `${v.name}: not checked`
      const worst = [...c.gaps].sort((x, y) => SEVERITY_RANK[x.severity] - SEVERITY_RANK[y.severity])[0]
      return `${v.name}: ${c.verdict}${worst ? ` (${gapReason(worst)})` : ''}`
    })
    const unknown = cells.some((c) => c.verdict === 'unknown' || c.run?.outcome === 'infrastructure-error')
    const gap: AbiGap = rec.candidate
      ? {
          kind: 'no-clean-artifact',
          severity: 'warning',
          message: `no build runs cleanly on ${target}, promised a clean artifact (promises: every-target); best candidate ${rec.candidate.variant}: ${rec.candidate.caveat}`,
        }
      : {
          kind: 'no-clean-artifact',
          severity: unknown ? 'warning' : 'error',
          message: `${unknown ? 'no build is known to run' : 'no build runs'} on ${target}, promised a clean artifact (promises: every-target): ${why.join('; ')}`,
        }
    out.push({ variant: '', target, gap, cell: null, build: null })
  }
  return out
}

/** True when the report has infrastructure errors (report-level or in a cell's run): no ABI verdict may be claimed. */
export function hasInfrastructureError(report: MatrixReport): boolean {
  return report.infrastructureErrors.length > 0 || report.results.some((c) => c.run?.outcome === 'infrastructure-error')
}

/** Infrastructure error messages of the report, report-level first, then per cell (deduplicated). */
export function infrastructureMessages(report: MatrixReport): string[] {
  const out = [...report.infrastructureErrors]
  for (const c of report.results) {
    if (c.run?.outcome === 'infrastructure-error')
      out.push(`${c.variant} on ${c.target}: ${c.run.error ?? 'run failed'}`)
  }
  return [...new Set(out)]
}

function lastLine(text: string): string | null {
  const lines = text.split('\n').filter((l) => l.trim())
  return lines.length ? lines[lines.length - 1].trim() : null
}
