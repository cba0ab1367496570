// `check --run`: the real runs of every file in every image target, and their reconciliation with the static results.
import { reconcileRun } from '../../abi/reconcile.js'
import type { CheckResult } from '../../abi/types.js'
import type { CellResult } from '../../docker/run-targets.js'
import type { RunRequest } from '../../docker/types.js'
import type { InspectedFile } from '../../binary/types.js'
import { archOf } from '../../knowledge/index.js'
import { InfrastructureError } from '../../errors/index.js'
import { printErr, safeText } from '../output.js'

/** A target of `check` as the runs see it: its name (the id its results carry) and the image to run in, if any. */
export interface RunTarget {
  name: string
  image: string | null
}

/** The runs `check --run` does (one request per target and platform, all in one runInTargets call), and the cells it does not run (with why). */
export interface RunPlan {
  requests: RunRequest[]
  skipped: string[]
}

/**
 * Plans the real runs: every file in every image target, on the platform of --platform or of the file's own ELF
 * architecture (linux/arm64, ...). A cell with an arch-mismatch gap is not run: on this host it would execute natively
 * or under emulation, which proves nothing about the target's machines. Each result comes back keyed by the target's
 * name and the file's index.
 */
export function planRuns(
  files: string[],
  facts: InspectedFile[],
  targets: RunTarget[],
  results: CheckResult[],
  platformArch: string | null,
): RunPlan {
  const skipped: string[] = []
  const requests: RunRequest[] = []
  for (const t of targets) {
    if (!t.image) continue
    const image = t.image
    files.forEach((file, i) => {
      const r = results.find((x) => x.file === file && x.target === t.name)
      if (r?.gaps.some((g) => g.kind === 'arch-mismatch')) {
        skipped.push(
          `${file} not run on ${t.name}: the binary's architecture is not the target's (arch-mismatch is a static verdict; a run on this host would execute it natively or under emulation)`,
        )
        return
      }
      const f = facts[i]
      const arch = platformArch ?? (f?.elf ? archOf(f.elf) : null)
      const platform = arch ? `linux/${arch}` : undefined
      let req = requests.find((q) => q.targetId === t.name && q.platform === platform)
      if (!req) {
        req = { targetId: t.name, image, ...(platform ? { platform } : {}), binaries: [], args: [], timeoutMs: 10_000 }
        requests.push(req)
      }
      req.binaries.push({ id: String(i), path: file })
    })
  }
  return { requests, skipped }
}

/** Runs every binary in every image target and cross-checks; returns the infrastructure errors of the runs (no engine: throws InfrastructureError). */
export async function runAndCrossCheck(
  files: string[],
  facts: InspectedFile[],
  targets: RunTarget[],
  results: CheckResult[],
  platformArch: string | null,
): Promise<string[]> {
  const docker = await import('../../docker/index.js')
  let rt
  try {
    rt = await docker.connectDocker()
  } catch (e) {
    if (!(e instanceof InfrastructureError)) throw e
    throw new InfrastructureError(`--run needs Docker: ${e.message}`, { cause: e })
  }
  const plan = planRuns(files, facts, targets, results, platformArch)
  for (const line of plan.skipped) printErr(`abigap: note: ${safeText(line, 600)}\n`)
  const cells = plan.requests.length ? await docker.runInTargets(rt, plan.requests, { pull: 'missing' }) : []
  for (const r of results) r.run = { outcome: 'not-run', exitCode: null, agreement: 'not-run' }
  return applyRuns(files, results, cells)
}

/**
 * Cross-checks the static results with real runs (cells keyed by target name and file index). Returns one line per
 * cell whose run failed for infrastructure reasons: such a cell is no verdict, and the command must not report success.
 */
export function applyRuns(
  files: string[],
  results: CheckResult[],
  cells: Pick<CellResult, 'targetId' | 'binaryId' | 'run'>[],
): string[] {
  const infraErrors: string[] = []
  for (const cell of cells) {
    const file = files[Number(cell.binaryId)]
    const r = results.find((x) => x.file === file && x.target === cell.targetId)
    if (!r) continue
    const agreement = reconcileRun(r, cell.run)
    r.run = { outcome: cell.run.outcome, exitCode: cell.run.exitCode, agreement }
    if (cell.run.outcome === 'infrastructure-error') {
      const why = (cell.run.error ?? cell.run.stderr).replace(/\s+/g, ' ').trim() || 'the run failed'
      infraErrors.push(safeText(`${file} on ${r.target}: ${why}`, 600))
    }
  }
  return infraErrors
}
