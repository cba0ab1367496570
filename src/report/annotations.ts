// Annotations: one per distinct gap location, ranked, capped as GitHub shows them (10 errors + 10 warnings per step,
// 50 per job); what is cut is returned as overflow for the job summary.
import type { GapKind, Severity } from '../abi/types.js'
import { collectFindings, SEVERITY_RANK, type Finding } from './findings.js'
import { gapMessage, gapTitle } from './gap-text.js'
import { locateFinding, normalisePath, type PathMapper } from './locate.js'
import type { MatrixReport } from './types.js'
import { truncate } from './escape.js'

/** One annotation, ready for `::error file=…,line=…,title=…::message` (raw text; escaped when written). */
export interface Annotation {
  severity: Severity
  file: string | null
  line: number | null
  endLine?: number
  column?: number
  endColumn?: number
  title: string
  message: string
  kind: GapKind
  /** Deduplication key: file, line, kind and the gap's identity (library/version/package). */
  key: string
  /** Every variant × target this location stands for. */
  occurrences: { variant: string; target: string | null }[]
}

/** Options for selectAnnotations. */
export interface AnnotationOptions {
  /** Maps report paths to repository paths (e.g. prefixes the working directory). */
  mapPath?: PathMapper
  maxErrors?: number
  maxWarnings?: number
  /** All annotations of the job (GitHub keeps 50). */
  maxTotal?: number
  /** Only findings for which this returns true (regression mode: the new gaps). */
  include?: (f: Finding) => boolean
}

/** Ranked annotations GitHub will show, plus `overflow`: the ones cut by the caps (listed in the summary). */
export type AnnotationSelection = Annotation[] & { overflow: Annotation[] }

const KIND_RANK: GapKind[] = [
  'no-clean-artifact',
  'build-failed',
  'missing-loader',
  'libc-flavor',
  'arch-mismatch',
  'missing-library',
  'symbol-version',
  'missing-symbol',
  'runtime-disagreement',
  'toolchain-mismatch',
  'static-nss',
  'kernel-floor',
  'isa-level',
  'unanalysable',
]

/** The identity of a gap independent of its wording (counts and target names change; this does not). */
export function gapIdentity(gap: {
  kind: string
  library?: string
  version?: string
  goPackage?: string
  symbols?: string[]
}): string {
  const id = [gap.kind, gap.library ?? '', gap.version ?? '', gap.goPackage ?? '']
  // one missing-symbol gap per symbol: the symbol is its identity
  if (gap.kind === 'missing-symbol') id.push((gap.symbols ?? []).join(','))
  return id.join('|')
}

/** Builds every annotation (uncapped), deduplicated by location and ranked worst first. */
export function allAnnotations(report: MatrixReport, opts: AnnotationOptions = {}): Annotation[] {
  const mapPath = opts.mapPath ?? normalisePath
  const variantOrder = new Map(report.variants.map((v, i) => [v.name, i]))
  const targetOrder = new Map(report.targets.map((t, i) => [t.id, i]))
  const findings = collectFindings(report).filter((f) => !opts.include || opts.include(f))
  findings.sort(
    (a, b) =>
      SEVERITY_RANK[a.gap.severity] - SEVERITY_RANK[b.gap.severity] ||
      (variantOrder.get(a.variant) ?? 1e9) - (variantOrder.get(b.variant) ?? 1e9) ||
      (a.target === null ? -1 : (targetOrder.get(a.target) ?? 1e9)) -
        (b.target === null ? -1 : (targetOrder.get(b.target) ?? 1e9)),
  )
  const byKey = new Map<string, { ann: Annotation; first: Finding; diagnostic: string | null }>()
  for (const f of findings) {
    const locs = locateFinding(f, report, mapPath)
    const places = locs.length ? locs : [null]
    for (const loc of places) {
      const diagnostic =
        loc?.reason === 'compiler' && f.build
          ? (f.build.diagnostics.find((d) => d.line === loc.line && d.file && mapPath(d.file) === loc.file)?.message ??
            null)
          : null
      const key = [loc?.file ?? '', loc?.line ?? '', gapIdentity(f.gap), diagnostic ?? ''].join('\u0000')
      const existing = byKey.get(key)
      const occ = { variant: f.variant, target: f.target }
      if (existing) {
        if (!existing.ann.occurrences.some((o) => o.variant === occ.variant && o.target === occ.target)) {
          existing.ann.occurrences.push(occ)
        }
        if (SEVERITY_RANK[f.gap.severity] < SEVERITY_RANK[existing.ann.severity]) existing.ann.severity = f.gap.severity
        continue
      }
      byKey.set(key, {
        first: f,
        diagnostic,
        ann: {
          severity: f.gap.severity,
          file: loc?.file ?? null,
          line: loc?.line ?? null,
          endLine: loc?.endLine,
          column: loc?.column,
          endColumn: loc?.endColumn,
          title: '',
          message: '',
          kind: f.gap.kind,
          key,
          occurrences: [occ],
        },
      })
    }
  }
  const out: Annotation[] = []
  for (const { ann, first, diagnostic } of byKey.values()) {
    const more = ann.occurrences.length - 1
    ann.title = gapTitle(first) + (more > 0 ? ` (+${more} more)` : '')
    const affected = ann.occurrences.map((o) => (o.target ? `${o.variant} on ${o.target}` : o.variant))
    ann.message = diagnostic
      ? truncate([diagnostic, ...(first.gap.fixes ?? []).slice(0, 3).map((x) => `Fix: ${x}`)].join('\n'), 4000)
      : gapMessage(first, more > 0 ? affected : [])
    out.push(ann)
  }
  return out.sort(compareAnnotations)
}

/** Ranked and capped annotations (10 errors, 10 warnings, 50 in all by default) with the cut ones as `overflow`. */
export function selectAnnotations(report: MatrixReport, opts: AnnotationOptions = {}): AnnotationSelection {
  const maxErrors = opts.maxErrors ?? 10
  const maxWarnings = opts.maxWarnings ?? 10
  const maxTotal = opts.maxTotal ?? 50
  const shown: Annotation[] = []
  const overflow: Annotation[] = []
  const count = { error: 0, warning: 0, notice: 0 }
  for (const ann of allAnnotations(report, opts)) {
    const cap = ann.severity === 'error' ? maxErrors : ann.severity === 'warning' ? maxWarnings : Infinity
    if (count[ann.severity] < cap && shown.length < maxTotal) {
      count[ann.severity]++
      shown.push(ann)
    } else overflow.push(ann)
  }
  return Object.assign(shown, { overflow })
}

function compareAnnotations(a: Annotation, b: Annotation): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    b.occurrences.length - a.occurrences.length ||
    KIND_RANK.indexOf(a.kind) - KIND_RANK.indexOf(b.kind) ||
    cmp(a.file ?? '', b.file ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    cmp(a.key, b.key)
  )
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
