// Which artifact to ship per target (pure): the most portable variant that builds and runs there with no error and
// no warning; otherwise no recommendation, and the best candidate with its caveat.
import type { AbiGap } from '../abi/types.js'
import type { BuildRecord, MatrixCell, Recommendation, VariantSummary } from './types.js'

/** Rank of a variant for shipping: a pure-Go binary first, then static cgo, then dynamic. */
function preference(v: VariantSummary): number {
  if (!v.cgo) return 0
  return v.link === 'static' ? 1 : 2
}

/** Run outcomes that show the binary loaded and ran (its own exit status or a server still running is no ABI fault). */
const RAN = new Set(['ok', 'exit-nonzero', 'timeout', 'output-limit'])

/** True when the cell says the variant runs on the target: compatible statically, and the run (if any) got going. */
export function runsThere(cell: MatrixCell): boolean {
  if (cell.verdict !== 'compatible') return false
  if (cell.run && !RAN.has(cell.run.outcome)) return false
  return !cell.gaps.some((g) => g.severity === 'error')
}

/** The warnings that stand between a variant and a clean run on a target: its build's and its cell's. */
function cellWarnings(build: BuildRecord, cell: MatrixCell): AbiGap[] {
  return [...build.gaps, ...cell.gaps].filter((g) => g.severity === 'warning' || g.severity === 'error')
}

/** The caveat of a candidate: its warnings' first lines, deduplicated. */
function caveatOf(warnings: AbiGap[]): string {
  const lines = [...new Set(warnings.map((g) => `${g.kind}: ${(g.message.split('\n')[0] ?? '').trim()}`))]
  return lines.slice(0, 3).join('; ') + (lines.length > 3 ? `; and ${lines.length - 3} more` : '')
}

/**
 * The recommended artifact per target: the most portable variant that builds with no warning and runs there with no
 * error and no warning. When none does, `variant` is null and `candidate` names the variant that runs there with the
 * fewest warnings, with them as its caveat (null when nothing runs there at all).
 */
export function recommendArtifacts(
  targets: string[],
  variants: VariantSummary[],
  builds: BuildRecord[],
  cells: MatrixCell[],
): Recommendation[] {
  const okBuild = new Map(builds.filter((b) => b.status === 'ok').map((b) => [b.variant, b]))
  const ordered = variants
    .map((v, i) => ({ v, i }))
    .filter(({ v }) => okBuild.has(v.name))
    .sort((a, b) => preference(a.v) - preference(b.v) || a.i - b.i)
  return targets.map((target) => {
    const running = ordered.flatMap(({ v }) => {
      const cell = cells.find((c) => c.variant === v.name && c.target === target)
      if (!cell || !runsThere(cell)) return []
      return [{ variant: v.name, warnings: cellWarnings(okBuild.get(v.name) as BuildRecord, cell) }]
    })
    const clean = running.find((r) => r.warnings.length === 0)
    if (clean) return { target, variant: clean.variant, candidate: null }
    // stable sort: among equally warned candidates the most portable one stays first
    const best = [...running].sort((a, b) => a.warnings.length - b.warnings.length)[0]
    return {
      target,
      variant: null,
      candidate: best ? { variant: best.variant, caveat: caveatOf(best.warnings) } : null,
    }
  })
}

/** The recommendation as one sentence ("nocgo", "no build runs cleanly on T; best candidate X: caveat", ...). */
export function recommendationText(r: Recommendation): string {
  if (r.variant) return r.variant
  if (r.candidate)
    return `no build runs cleanly on ${r.target}; best candidate ${r.candidate.variant}: ${r.candidate.caveat}`
  return `no build runs on ${r.target}`
}
