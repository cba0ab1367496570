// The run phase of runMatrix: each cell's binary in its target container, started as soon as the builds are done
// (beside the probes: a target's binaries run once its image's architecture is known), the results (keyed by target
// id and variant) reconciled with the static verdicts; a run layer that fails as a whole makes every cell an
// infrastructure error.
import type { StartReads } from '../docker/start-reads.js'
import { archMismatch } from '../abi/check-binary.js'
import { reconcileRun } from '../abi/reconcile.js'
import type { InspectedFile } from '../binary/types.js'
import type { BuildOutcome } from '../build/types.js'
import type { CellResult } from '../docker/run-targets.js'
import type { RunRequest, RunResult } from '../docker/types.js'
import type { MatrixConfig, MatrixPlan } from '../matrix/types.js'
import type { MatrixCell } from '../report/types.js'
import type { DockerSession } from './docker-session.js'
import type { ResolvedProfile } from './profiles.js'
import type { PipelineSinks } from './sinks.js'

/** Runs under way: each target's request (its `skip`: the variants not run there) and the results to come. */
export interface StartedCellRuns {
  requests: RunRequest[]
  results: Promise<CellResult[]>
}

/**
 * Starts every planned cell's run (one runInTargets call, one request per target). A target's arch-mismatch cells
 * are skipped as soon as `archOf` gives its image's architecture (the one its profile will have): a binary of another
 * architecture would run natively or under emulation here, which proves nothing about the target's machines.
 */
export function startCellRuns(
  config: MatrixConfig,
  plan: MatrixPlan,
  outcomes: BuildOutcome[],
  facts: ReadonlyMap<string, InspectedFile>,
  docker: DockerSession,
  archOf: (targetId: string) => Promise<string | null>,
  opts: {
    sinks: PipelineSinks
    signal?: AbortSignal
    concurrency: number
    /** By target id, the files its probe wants its first container to read; all settled once the runs are over. */
    startReads?: ReadonlyMap<string, StartReads> | null
  },
): StartedCellRuns {
  const requests = new Map<string, RunRequest>()
  for (const c of plan.cells) {
    const o = outcomes.find((x) => x.record.variant === c.variant)
    if (!o?.binaryPath) continue
    const target = plan.targets.find((t) => t.id === c.target)!
    let req = requests.get(target.id)
    if (!req) {
      req = {
        targetId: target.id,
        image: target.ref,
        ...(target.platform ? { platform: target.platform } : {}),
        binaries: [],
        args: config.run.args,
        timeoutMs: config.run.timeoutMs,
        okExitCodes: config.run.successExitCodes,
      }
      requests.set(target.id, req)
    }
    req.binaries.push({ id: c.variant, path: o.binaryPath })
  }
  for (const req of requests.values()) {
    const skip = archOf(req.targetId!).then((arch) => {
      const f = (variant: string) => facts.get(variant)
      return new Set(req.binaries.filter((b) => arch && f(b.id) && archMismatch(f(b.id)!, [arch])).map((b) => b.id))
    })
    // an image whose architecture cannot be had skips nothing: its runs report why
    req.skip = skip.catch(() => new Set())
  }
  const list = [...requests.values()]
  const results = list.length
    ? docker
        .runInTargets(list, {
          concurrency: opts.concurrency,
          signal: opts.signal,
          pull: config.docker.pull,
          onProgress: (l) => opts.sinks.progress?.(l),
          startReads: (req) => opts.startReads?.get(req.targetId!),
        })
        .catch((e: unknown) => {
          const message = `runs failed: ${(e as Error).message}`
          return list.flatMap((r) =>
            r.binaries.map((b) => ({ targetId: r.targetId!, image: r.image, binaryId: b.id, run: infraRun(message) })),
          )
        })
    : Promise.resolve([])
  // a target with no binary to run has no request: its probe must not wait on it
  void results.finally(() => opts.startReads?.forEach((r) => r.settle(null)))
  return { requests: list, results }
}

/**
 * Hands the runs to their cells once the verdicts are in: the arch-mismatch cells (which must be exactly the cells the
 * runs skipped) are noted as not run, a target whose image is unavailable keeps no run, every other cell gets its run
 * and the agreement with its verdict.
 */
export async function finishCellRuns(
  started: StartedCellRuns,
  cells: MatrixCell[],
  profiles: Map<string, ResolvedProfile>,
  sinks: PipelineSinks,
  skipped: string[],
): Promise<void> {
  const mismatched = cells.filter((c) => c.gaps.some((g) => g.kind === 'arch-mismatch'))
  for (const req of started.requests) {
    if (profiles.get(req.targetId!)?.imageUnavailable) continue
    const ran = (await req.skip) ?? new Set<string>()
    const ruled = new Set(mismatched.filter((c) => c.target === req.targetId).map((c) => c.variant))
    if (ran.size !== ruled.size || [...ran].some((v) => !ruled.has(v))) {
      await started.results // its containers gone before the error surfaces
      throw new Error(`the runs in ${req.targetId} skipped other cells than the verdicts rule out: a bug in abigap`)
    }
  }
  for (const c of mismatched)
    skipped.push(
      `${c.variant} not run on ${c.target}: the binary's architecture is not the image's (arch-mismatch is a static verdict; a run on this host would execute it natively or under emulation)`,
    )
  const cellOf = new Map(cells.map((c) => [`${c.target}\0${c.variant}`, c]))
  for (const r of await started.results) {
    if (profiles.get(r.targetId)?.imageUnavailable) continue
    const cell = cellOf.get(`${r.targetId}\0${r.binaryId}`)
    if (!cell || mismatched.includes(cell)) continue
    cell.run = r.run
    cell.agreement = reconcileRun(cell, r.run)
  }
  for (const c of cells) {
    if (c.run)
      sinks.log(
        `  ${c.variant} on ${c.target}: ${c.run.outcome}${c.run.exitCode !== null ? ` (exit ${c.run.exitCode})` : ''}`,
      )
  }
}

function infraRun(error: string): RunResult {
  return { outcome: 'infrastructure-error', exitCode: null, signal: null, stdout: '', stderr: '', durationMs: 0, error }
}
