import type { RunResult } from './run-types.js'
import type { AbiGap, CheckResult } from './types.js'

const LOAD_FAILURES = new Set(['missing-loader', 'missing-library', 'missing-symbol-version', 'symbol-lookup-error'])

/** True when the run shows the binary was loaded (whatever it did next); null when the run says nothing (infrastructure). */
export function runLoaded(run: RunResult): boolean | null {
  if (run.outcome === 'infrastructure-error') return null
  return !LOAD_FAILURES.has(run.outcome)
}

/**
 * Compares a static verdict with a real run: 'agree' / 'disagree'; 'not-run' when there is no usable run
 * (infrastructure error) or no prediction to compare (verdict unknown).
 */
export function crossCheck(result: CheckResult, run: RunResult): 'agree' | 'disagree' | 'not-run' {
  const loaded = runLoaded(run)
  if (loaded === null || result.verdict === 'unknown') return 'not-run'
  return (result.verdict === 'compatible') === loaded ? 'agree' : 'disagree'
}

/** The gap that reports a static verdict the real run contradicted (the run wins; the message shows both). */
export function runtimeDisagreementGap(result: CheckResult, run: RunResult): AbiGap {
  const firstLine = (run.stderr || run.error || '').split('\n').find((l) => l.trim()) ?? ''
  const said = result.verdict === 'compatible' ? 'predicted it runs' : 'predicted it does not run'
  const did = runLoaded(run)
    ? `it started (${run.outcome}${run.exitCode !== null ? `, exit ${run.exitCode}` : ''})`
    : `it failed to load (${run.outcome})`
  return {
    kind: 'runtime-disagreement',
    severity: runLoaded(run) ? 'warning' : 'error',
    message: `abigap ${said} on ${result.target}, but in a real container ${did}${firstLine ? `: ${firstLine.slice(0, 300)}` : ''}. Trust the run; the static analysis missed something`,
    ...(run.missingLibraries?.length ? { symbols: run.missingLibraries.slice(0, 20) } : {}),
    ...(run.missingVersions?.length
      ? { version: run.missingVersions[0].version, library: run.missingVersions[0].library }
      : {}),
    fixes: [
      'rerun with a profile probed from the exact image (abigap profile IMAGE --json > target.json; abigap check --profile target.json)',
      'report the binary and image to abigap so the analysis can be fixed',
    ],
  }
}
