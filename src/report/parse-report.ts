// Reading a saved matrix report (JSON text) with clear errors: baselines for `diff`, shard reports for `merge`.
import { targetId } from '../matrix/targets.js'
import type { MatrixReport, TargetSummary } from './types.js'
import { UserError } from '../errors/user-error.js'

/** A report file that is not JSON or not an abigap matrix report. */
export class ReportFileError extends UserError {
  override name = 'ReportFileError'
  constructor(message: string) {
    super('report', message)
  }
}

/** Parses report JSON; `file` names it in messages. Throws ReportFileError. */
export function parseReportJson(text: string, file: string): MatrixReport {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (e) {
    throw new ReportFileError(`${file} is not JSON: ${(e as Error).message}`)
  }
  const r = data as Partial<MatrixReport> | null
  if (!r || typeof r !== 'object' || r.schemaVersion !== 1 || !Array.isArray(r.results) || !Array.isArray(r.builds)) {
    throw new ReportFileError(`${file} is not an abigap matrix report (schemaVersion 1 with builds and results)`)
  }
  for (const key of ['variants', 'targets', 'floors', 'recommended', 'skipped', 'infrastructureErrors'] as const) {
    if (!Array.isArray(r[key])) throw new ReportFileError(`${file}: '${key}' is missing or not a list`)
  }
  // reports saved before targets carried their id get it here, from the one definition
  for (const t of r.targets as Partial<TargetSummary>[]) {
    if (!t || typeof t.ref !== 'string') throw new ReportFileError(`${file}: a target has no 'ref'`)
    t.id ??= targetId(t.ref, t.platform ?? null)
  }
  return r as MatrixReport
}
