// Regression mode: what a pull request changed between a base report and a head report.
import type { AbiGap } from '../abi/types.js'
import { gapIdentity } from './annotations.js'
import { cellStatus } from './cells.js'
import { collectFindings, type Finding } from './findings.js'
import { gapTitle } from './gap-text.js'
import type { BuildRecord, MatrixReport, ReportDiffEntry } from './types.js'
import { compareVersions } from '../knowledge/versions.js'

/** The identity of a finding across reports: variant, target and the gap's identity (never its wording). */
export function findingIdentity(f: { variant: string; target: string | null; gap: AbiGap }): string {
  return [f.variant, f.target ?? '', gapIdentity(f.gap)].join('\u0000')
}

/** Changes from base to head: floors raised/lowered, newly incompatible/fixed cells, needed libraries, new gaps. */
export function diffReports(base: MatrixReport, fullHead: MatrixReport): ReportDiffEntry[] {
  // A base checked statically (no cell ran, as a base ref is built) is compared with the head's static view:
  // a run's disagreement or a run-flipped verdict is not a change the pull request made.
  const head = base.results.every((c) => c.run === null) ? staticView(fullHead) : fullHead
  const out: ReportDiffEntry[] = []
  const baseBuilds = new Map(base.builds.map((b) => [b.variant, b]))
  const headFindings = collectFindings(head)
  for (const v of head.variants) {
    const hb = head.builds.find((b) => b.variant === v.name)
    const bb = baseBuilds.get(v.name)
    if (hb && bb) {
      out.push(...floorChange(v.name, bb, hb, headFindings))
      out.push(...libraryChanges(v.name, bb, hb, base, head))
    }
    for (const t of head.targets) {
      const name = t.id
      const hs = cellStatus(head, v.name, name)
      const bs =
        base.variants.some((x) => x.name === v.name) && base.targets.some((x) => x.id === name)
          ? cellStatus(base, v.name, name)
          : null
      if (!bs || bs.state === 'none' || hs.state === 'none') continue
      if (hs.state === 'fail' && bs.state !== 'fail') {
        out.push({
          kind: 'newly-incompatible',
          variant: v.name,
          target: name,
          severity: 'error',
          message: `${v.name}: newly incompatible with ${name} (${hs.reason})`,
        })
      } else if (bs.state === 'fail' && hs.state !== 'fail') {
        out.push({
          kind: 'fixed',
          variant: v.name,
          target: name,
          severity: 'notice',
          message: `${v.name}: fixed: now runs on ${name}`,
        })
      }
    }
  }
  const baseIds = new Set(collectFindings(base).map(findingIdentity))
  const seen = new Set<string>()
  for (const f of headFindings) {
    const id = findingIdentity(f)
    if (baseIds.has(id) || seen.has(id)) continue
    // A cell (variant × target) that the base did not have is new scope, not a regression.
    if (f.target && !base.targets.some((t) => t.id === f.target)) continue
    if (!base.variants.some((x) => x.name === f.variant)) continue
    seen.add(id)
    out.push({
      kind: 'new-gap',
      variant: f.variant,
      ...(f.target ? { target: f.target } : {}),
      severity: f.gap.severity,
      message: `${f.variant}${f.target ? ` on ${f.target}` : ''}: new ${f.gap.kind} — ${gapTitle(f)}`,
      ...(f.gap.symbols?.length ? { symbols: f.gap.symbols } : {}),
      gap: f.gap,
    })
  }
  return out
}

const RUNTIME_DISAGREEMENT = 'runtime-disagreement'

/**
 * The report as a static-only check would have written it: no runs, no runtime-disagreement gaps, and each cell's
 * static verdict (a disagreement is the only way a run changes a verdict; static incompatible iff an error gap).
 */
function staticView(report: MatrixReport): MatrixReport {
  return {
    ...report,
    results: report.results.map((c) => {
      const gaps = c.gaps.filter((g) => g.kind !== RUNTIME_DISAGREEMENT)
      const flipped = gaps.length !== c.gaps.length
      const verdict = flipped ? (gaps.some((g) => g.severity === 'error') ? 'incompatible' : 'compatible') : c.verdict
      return { ...c, gaps, verdict, run: null, agreement: 'not-run' as const }
    }),
  }
}

/** The identities of the new gaps in a diff (for regression-mode annotations). */
export function newGapIdentities(diff: ReportDiffEntry[]): Set<string> {
  return new Set(
    diff
      .filter((d) => d.kind === 'new-gap' && d.gap)
      .map((d) => findingIdentity({ variant: d.variant, target: d.target ?? null, gap: d.gap as AbiGap })),
  )
}

function floorChange(
  variant: string,
  base: BuildRecord,
  head: BuildRecord,
  headFindings: Finding[],
): ReportDiffEntry[] {
  const b = base.floor
  const h = head.floor
  if (!b || !h) return []
  const fmt = (f: NonNullable<BuildRecord['floor']>) =>
    f.flavor === 'none' ? 'none (static)' : `${f.flavor} ${f.version ?? '?'}`
  if (b.flavor !== h.flavor) {
    const raised = b.flavor === 'none'
    return [
      {
        kind: raised ? 'floor-raised' : 'floor-lowered',
        variant,
        severity: raised ? 'warning' : 'notice',
        message: `${variant}: libc floor changed ${fmt(b)} → ${fmt(h)}`,
      },
    ]
  }
  if (!b.version || !h.version) return []
  const c = compareVersions(h.version, b.version)
  if (c === 0) return []
  if (c < 0) {
    return [
      {
        kind: 'floor-lowered',
        variant,
        severity: 'notice',
        message: `${variant}: ${h.flavor} floor lowered ${b.version} → ${h.version}`,
      },
    ]
  }
  const symbols = floorSymbols(variant, head, headFindings)
  return [
    {
      kind: 'floor-raised',
      variant,
      severity: 'warning',
      message: `${variant}: ${h.flavor} floor raised ${b.version} → ${h.version}${symbols.length ? ` by ${symbols.slice(0, 6).join(', ')}${symbols.length > 6 ? ', …' : ''}` : ''}`,
      ...(symbols.length ? { symbols } : {}),
    },
  ]
}

/** Symbols that set the floor: the build's floorSymbols, else the symbols of gaps needing exactly the floor version. */
function floorSymbols(variant: string, head: BuildRecord, findings: Finding[]): string[] {
  const strip = (s: string) => s.replace(/@.*$/, '')
  if (head.floorSymbols?.length) return [...new Set(head.floorSymbols.map(strip))]
  const v = head.floor?.version
  if (!v) return []
  const out = new Set<string>()
  for (const f of findings) {
    if (f.variant !== variant || f.gap.kind !== 'symbol-version' || !f.gap.version) continue
    if (f.gap.version.replace(/^[A-Z]+_/, '') === v) for (const s of f.gap.symbols ?? []) out.add(strip(s))
  }
  return [...out]
}

function libraryChanges(
  variant: string,
  bb: BuildRecord,
  hb: BuildRecord,
  base: MatrixReport,
  head: MatrixReport,
): ReportDiffEntry[] {
  const out: ReportDiffEntry[] = []
  const missingLibs = (r: MatrixReport) =>
    new Set(
      r.results
        .filter((c) => c.variant === variant)
        .flatMap((c) =>
          c.gaps.filter((g) => g.kind === 'missing-library' && g.library).map((g) => g.library as string),
        ),
    )
  const before = bb.needed ? new Set(bb.needed) : missingLibs(base)
  const after = hb.needed ? new Set(hb.needed) : missingLibs(head)
  const exact = Boolean(bb.needed && hb.needed)
  for (const lib of after) {
    if (!before.has(lib))
      out.push({ kind: 'new-library', variant, severity: 'warning', message: `${variant}: new needed library ${lib}` })
  }
  if (exact) {
    for (const lib of before) {
      if (!after.has(lib))
        out.push({
          kind: 'removed-library',
          variant,
          severity: 'notice',
          message: `${variant}: no longer needs ${lib}`,
        })
    }
  }
  return out
}
