// The matrix's real results cited on the what-if fixes of its cells: one step for the pipeline and for `merge`.
import { rewordAdvice } from '../abi/symbol-advice.js'
import { citeMatrix, type WhatIfVariant } from '../abi/what-if-matrix.js'
import type { BuildRecord, MatrixCell } from './types.js'

/** Cites, on each what-if fix, the real result of the matrix variant that realises it (same target). */
export function citeMatrixResults(variants: WhatIfVariant[], builds: BuildRecord[], cells: MatrixCell[]): void {
  const records = builds.map((b) => {
    // the telling line: an undefined reference or a compiler error, before the linker's generic exit lines
    const d =
      b.diagnostics.find(
        (x) => /undefined reference|undefined:|error:/.test(x.message) && !/collect2|ld returned/.test(x.message),
      ) ?? b.diagnostics[0]
    return { variant: b.variant, status: b.status, ...(d ? { firstError: d.message } : {}) }
  })
  citeMatrix(cells, variants, records, rewordAdvice)
}
