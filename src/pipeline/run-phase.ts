// The run phase of runMatrix: each cell's binary in its target container, the results (keyed by target id and
// variant) reconciled with the static verdicts; a run layer that fails as a whole makes every cell an infrastructure error.
import { reconcileRun } from '../abi/reconcile.js'
import type { BuildOutcome } from '../build/types.js'
import type { CellResult } from '../docker/run-targets.js'
import type { RunRequest, RunResult } from '../docker/types.js'
import type { MatrixConfig, MatrixPlan, TargetSpec } from '../matrix/types.js'
import type { MatrixCell } from '../report/types.js'
import type { DockerSession } from './docker-session.js'
import type { ResolvedProfile } from './profiles.js'
import type { PipelineSinks } from './sinks.js'

/** Runs every built binary in the targets it was analysed for (one runInTargets call) and reconciles each cell. */
export async function runCells(
  config: MatrixConfig,
  plan: MatrixPlan,
  outcomes: BuildOutcome[],
  cells: MatrixCell[],
  profiles: Map<string, ResolvedProfile>,
  docker: DockerSession,
  opts: { sinks: PipelineSinks; signal?: AbortSignal; concurrency: number },
  skipped: string[],
): Promise<void> {
  const requests = new Map<string, RunRequest>()
  for (const c of cells) {
    const o = outcomes.find((x) => x.record.variant === c.variant)
    if (!o?.binaryPath) continue
    if (profiles.get(c.target)?.imageUnavailable) continue
    // a binary of another architecture than the image would run natively on a host of its own architecture (or
    // through the host's QEMU binfmt): a run there proves nothing about the target's machines, so it is not run
    if (c.gaps.some((g) => g.kind === 'arch-mismatch')) {
      skipped.push(
        `${c.variant} not run on ${c.target}: the binary's architecture is not the image's (arch-mismatch is a static verdict; a run on this host would execute it natively or under emulation)`,
      )
      continue
    }
    const target = plan.targets.find((t) => t.id === c.target) as TargetSpec
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
  if (!requests.size) return
  const cellOf = new Map(cells.map((c) => [`${c.target}\0${c.variant}`, c]))
  let results: CellResult[]
  try {
    results = await docker.runInTargets([...requests.values()], {
      concurrency: opts.concurrency,
      signal: opts.signal,
      pull: config.docker.pull,
      onProgress: (l) => opts.sinks.progress?.(l),
    })
  } catch (e) {
    const message = `runs failed: ${(e as Error).message}`
    results = [...requests.values()].flatMap((r) =>
      r.binaries.map((b) => ({
        targetId: r.targetId as string,
        image: r.image,
        binaryId: b.id,
        run: infraRun(message),
      })),
    )
  }
  for (const r of results) {
    const cell = cellOf.get(`${r.targetId}\0${r.binaryId}`)
    if (!cell) continue
    cell.run = r.run
    cell.agreement = reconcileRun(cell, r.run)
  }
  for (const c of cells) {
    if (c.run)
      opts.sinks.log(
        `  ${c.variant} on ${c.target}: ${c.run.outcome}${c.run.exitCode !== null ? ` (exit ${c.run.exitCode})` : ''}`,
      )
  }
}

function infraRun(error: string): RunResult {
  return { outcome: 'infrastructure-error', exitCode: null, signal: null, stdout: '', stderr: '', durationMs: 0, error }
}
