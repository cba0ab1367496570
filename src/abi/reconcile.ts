// One reconciliation of a static verdict with a real run, for the matrix cells and for `check --run` alike.
import { crossCheck, runLoaded, runtimeDisagreementGap } from './cross-check.js'
import type { RunResult } from './run-types.js'
import type { CheckResult } from './types.js'

/** The parts of a static result a run can change (a CheckResult, or a matrix cell). */
export type Reconcilable = Omit<CheckResult, 'run'>

/**
 * Cross-checks a static result with its run and returns the agreement. Without a static prediction (verdict unknown,
 * no error gap) a run that says whether the binary loaded decides, with a notice or error saying so; a disagreement
 * becomes a runtime-disagreement gap, and the run wins when the binary failed to load (the static errors stay beside
 * the warning when it loaded). An infrastructure-error run changes nothing ('not-run').
 */
export function reconcileRun(result: Reconcilable, run: RunResult): 'agree' | 'disagree' | 'not-run' {
  const agreement = crossCheck(result, run)
  const loaded = runLoaded(run)
  if (result.verdict === 'unknown' && loaded !== null && !result.gaps.some((g) => g.severity === 'error')) {
    result.verdict = loaded ? 'compatible' : 'incompatible'
    result.gaps.push({
      kind: 'runtime-disagreement',
      severity: loaded ? 'notice' : 'error',
      message: `abigap could not decide statically; a real run in ${result.target} ${loaded ? 'loaded it' : `failed to load it (${run.outcome})`}`,
      fixes: ['probe the exact image for a static answer next time: abigap profile IMAGE --json > target.json'],
    })
  }
  if (agreement === 'disagree') {
    result.gaps.push(runtimeDisagreementGap(result, run))
    if (loaded === false) result.verdict = 'incompatible'
  }
  return agreement
}
