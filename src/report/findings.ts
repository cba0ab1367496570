// Every gap of a report in one flat list, with the variant/target it belongs to (cells, builds, runtime).
import type { AbiGap, Severity } from '../abi/types.js'
import type { BuildRecord, MatrixCell, MatrixReport } from './types.js'

/** One gap in context: a cell's gap (target set) or a build's gap (target null). */
export interface Finding {
  variant: string
  target: string | null
  gap: AbiGap
  cell: MatrixCell | null
  build: BuildRecord | null
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
])

/** Collects the gaps of every build and cell, synthesising a build-failed gap for a failed build that has none. */
export function collectFindings(report: MatrixReport): Finding[] {
  const out: Finding[] = []
  for (const build of report.builds) {
    const gaps = [...build.gaps]
    if (build.status === 'failed' && !gaps.some((g) => g.kind === 'build-failed')) {
      const first = build.diagnostics[0]?.message ?? lastLine(build.log) ?? 'the build failed'
      gaps.push({ kind: 'build-failed', severity: 'error', message: `build of ${build.variant} failed: ${first}` })
    }
    for (const gap of gaps) out.push({ variant: build.variant, target: null, gap, cell: null, build })
  }
  const builds = new Map(report.builds.map((b) => [b.variant, b]))
  for (const cell of report.results) {
    for (const gap of cell.gaps) {
      out.push({ variant: cell.variant, target: cell.target, gap, cell, build: builds.get(cell.variant) ?? null })
    }
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
