// Which artifact to ship per target (pure): the most portable variant that builds and runs there.
import type { BuildRecord, MatrixCell, VariantSummary } from './types.js'

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

/** The recommended artifact per target: the most portable variant that builds cleanly and runs there. */
export function recommendArtifacts(
  targets: string[],
  variants: VariantSummary[],
  builds: BuildRecord[],
  cells: MatrixCell[],
): { target: string; variant: string | null }[] {
  const okBuild = new Set(builds.filter((b) => b.status === 'ok').map((b) => b.variant))
  const ordered = variants
    .map((v, i) => ({ v, i }))
    .filter(({ v }) => okBuild.has(v.name))
    .sort((a, b) => preference(a.v) - preference(b.v) || a.i - b.i)
  return targets.map((target) => {
    const pick = ordered.find(({ v }) => {
      const cell = cells.find((c) => c.variant === v.name && c.target === target)
      return cell ? runsThere(cell) : false
    })
    return { target, variant: pick?.v.name ?? null }
  })
}
