// The report phase of runMatrix: the plan, the builds, the analysed (and run) cells and the notes as one MatrixReport.
import type { Floor } from '../abi/types.js'
import type { BuildOutcome } from '../build/types.js'
import type { InspectedFile } from '../binary/types.js'
import type { MatrixPlan } from '../matrix/types.js'
import type { BuildRecord, MatrixCell, MatrixReport, TargetSummary, VariantSummary } from '../report/types.js'
import { evaluateReport } from '../report/verdict.js'
import { citeMatrixResults } from '../report/cite-matrix.js'
import { recommendArtifacts } from './recommend.js'
import { pulledImage, type PulledImages } from './docker-session.js'

declare const __ABIGAP_VERSION__: string | undefined
const VERSION = typeof __ABIGAP_VERSION__ === 'string' ? __ABIGAP_VERSION__ : '0.1.0'

/** What the analyse phase produced. */
export interface Analysed {
  facts: Map<string, InspectedFile>
  cells: MatrixCell[]
  floors: Map<string, Floor>
}

/** The notes and the rest the report carries besides the plan, builds and cells. */
export interface ReportInputs {
  /** The images the pull phase made available, by "ref\0platform". */
  pulled: PulledImages | undefined
  promises: MatrixReport['promises']
  skipped: string[]
  infrastructureErrors: string[]
  timings: Record<string, number>
}

/** Assembles the report (verdict at the default threshold, error; the faces re-evaluate with theirs). */
export function assembleReport(
  plan: MatrixPlan,
  outcomes: BuildOutcome[],
  analysed: Analysed,
  { pulled, promises, skipped, infrastructureErrors, timings }: ReportInputs,
): MatrixReport {
  const variants: VariantSummary[] = plan.variants.map((v) => ({
    name: v.name,
    cgo: v.cgo,
    libc: v.libc,
    link: v.link,
    arch: v.arch,
    builder: v.builder,
    ...(v.tags.length ? { tags: v.tags } : {}),
  }))
  const builds: BuildRecord[] = outcomes.map((o) => o.record)
  for (const o of outcomes) if (o.infrastructureError) infrastructureErrors.push(o.infrastructureError)
  const targets: TargetSummary[] = plan.targets.map((t) => {
    const img = pulledImage(pulled, t)
    const image = img && !('error' in img) ? { id: img.id, digest: img.digest } : null
    return { id: t.id, ref: t.ref, platform: t.platform, declaredAt: t.declaredAt, ...(image ? { image } : {}) }
  })
  const floors = outcomes
    .filter((o) => o.binaryPath && analysed.facts.has(o.record.variant))
    .map((o) => {
      const f = analysed.floors.get(o.record.variant)
      return { ...(f ?? { libc: { flavor: 'unknown', version: null } }), file: o.record.binary as string }
    })
  citeMatrixResults(plan.variants, builds, analysed.cells)
  const recommended = recommendArtifacts(
    plan.targets.map((t) => t.id),
    variants,
    builds,
    analysed.cells,
  )
  if (plan.dropped.length) {
    skipped.push(...plan.dropped.map((d) => `variant ${d.combo} not built: ${d.reason}`))
  }
  const report: MatrixReport = {
    schemaVersion: 1,
    tool: { name: 'abigap', version: VERSION },
    verdict: 'pass',
    variants,
    targets,
    builds,
    results: analysed.cells,
    floors,
    recommended,
    skipped: [...new Set(skipped)],
    infrastructureErrors: [...new Set(infrastructureErrors)],
    timings,
    shard: plan.shard,
    // a shard keeps the whole plan's order so `abigap merge` restores the unsharded report
    plan: plan.shard ? plan.order : null,
    promises,
  }
  report.verdict = evaluateReport(report, 'error').verdict
  return report
}
