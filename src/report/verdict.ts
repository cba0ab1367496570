// The pass/fail decision: findings against the fail-on threshold; infrastructure errors are never a verdict.
import { collectFindings, hasInfrastructureError, infrastructureMessages } from './findings.js'
import type { MatrixReport, ReportDiffEntry } from './types.js'

/** When the step fails: on error findings, on warnings too, never, or only on gaps new against a baseline. */
export type FailOn = 'error' | 'warning' | 'never' | 'regression'

/** The accepted fail-on values. */
export const FAIL_ON_VALUES: readonly FailOn[] = ['error', 'warning', 'never', 'regression']

/** The decision and the counts behind it. */
export interface Evaluation {
  verdict: 'pass' | 'fail' | 'error'
  /** One sentence: why. */
  reason: string
  counts: { error: number; warning: number; notice: number; newGaps: number; infrastructure: number }
}

/**
 * Decides the verdict of a report for a fail-on threshold (regression mode needs the diff against the baseline); with
 * promises only the promised findings count, and the reason says so.
 */
export function evaluateReport(
  report: MatrixReport,
  failOn: FailOn,
  diff: ReportDiffEntry[] | null = report.diff ?? null,
): Evaluation {
  const e = evaluateAll(report, failOn, diff)
  if (!report.promises || e.verdict === 'error') return e
  const what = [
    report.promises.everyTarget ? 'a clean artifact on every target' : '',
    report.promises.variants ? 'the promised variant × target cells' : '',
  ]
    .filter(Boolean)
    .join(' and ')
  const outside = collectFindings(report).filter(
    (f) => f.promised === false && f.unpromisedSeverity !== 'notice',
  ).length
  return {
    verdict: e.verdict,
    reason: `${e.reason}; promises: ${what}${outside ? ` (${outside} finding${outside === 1 ? '' : 's'} outside them shown as information)` : ''}`,
    counts: e.counts,
  }
}

function evaluateAll(report: MatrixReport, failOn: FailOn, diff: ReportDiffEntry[] | null): Evaluation {
  const counts = { error: 0, warning: 0, notice: 0, newGaps: 0, infrastructure: 0 }
  for (const f of collectFindings(report)) counts[f.gap.severity]++
  const newGaps = (diff ?? []).filter((d) => d.kind === 'new-gap' && d.severity !== 'notice')
  counts.newGaps = newGaps.length
  const infra = infrastructureMessages(report)
  counts.infrastructure = infra.length
  if (hasInfrastructureError(report)) {
    return { verdict: 'error', reason: `infrastructure error: ${infra[0] ?? 'unknown'}`, counts }
  }
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`
  switch (failOn) {
    case 'never':
      return {
        verdict: 'pass',
        reason: `fail-on: never (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')})`,
        counts,
      }
    case 'regression':
      if (diff === null) return { verdict: 'error', reason: 'fail-on: regression needs a baseline report', counts }
      return newGaps.length
        ? {
            verdict: 'fail',
            reason: `fail-on: regression — ${plural(newGaps.length, 'new gap')} against the baseline`,
            counts,
          }
        : { verdict: 'pass', reason: 'fail-on: regression — no new gaps against the baseline', counts }
    case 'warning':
      return counts.error + counts.warning
        ? {
            verdict: 'fail',
            reason: `fail-on: warning — ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}`,
            counts,
          }
        : { verdict: 'pass', reason: 'fail-on: warning — no errors or warnings', counts }
    case 'error':
    default:
      return counts.error
        ? { verdict: 'fail', reason: `fail-on: error — ${plural(counts.error, 'error')}`, counts }
        : {
            verdict: 'pass',
            reason: `fail-on: error — no errors${counts.warning ? ` (${plural(counts.warning, 'warning')})` : ''}`,
            counts,
          }
  }
}
