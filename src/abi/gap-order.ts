// The order a report shows gaps in: the order the loader fails, so the first gap is what a real run prints.
import type { AbiGap, GapKind } from './types.js'

/** Loader phases in the order the kernel and the dynamic loader go through them; other kinds follow. */
const PHASE: Partial<Record<GapKind, number>> = {
  unanalysable: 0,
  'arch-mismatch': 1,
  'missing-loader': 2,
  'missing-library': 3,
  'symbol-version': 4,
  'missing-symbol': 5,
}
const SEVERITY = { error: 0, warning: 1, notice: 2 } as const

/**
 * Errors first, each group in loader order (loader, libraries in DT_NEEDED order, every missing version node in the
 * order glibc prints them, then symbols), the order found kept within a phase. The verdict does not depend on it.
 */
export function loaderOrder(gaps: AbiGap[]): AbiGap[] {
  return gaps
    .map((gap, i) => ({ gap, i }))
    .sort(
      (a, b) =>
        SEVERITY[a.gap.severity] - SEVERITY[b.gap.severity] ||
        (PHASE[a.gap.kind] ?? 9) - (PHASE[b.gap.kind] ?? 9) ||
        a.i - b.i,
    )
    .map((x) => x.gap)
}
