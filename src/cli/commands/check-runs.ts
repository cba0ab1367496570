// `check --run`: the real runs of every file in every image target, and their reconciliation with the static results.
import { archMismatch } from '../../abi/check-binary.js'
import { reconcileRun } from '../../abi/reconcile.js'
import type { CheckResult } from '../../abi/types.js'
import type { CellResult } from '../../docker/run-targets.js'
import type { RunRequest } from '../../docker/types.js'
import type { ContainerRuntime } from '../../docker/runtime.js'
import type { StartReads } from '../../docker/start-reads.js'
import type { InspectedFile } from '../../binary/types.js'
import { archOf } from '../../knowledge/index.js'
import { InfrastructureError } from '../../errors/index.js'
import { printErr, safeText } from '../output.js'

/** A target of `check` as the runs see it: its name (the id its results carry) and the image to run in, if any. */
export interface RunTarget {
  name: string
  image: string | null
}

/**
 * A target whose runs start before its verdicts: `archesFor` gives, as soon as it can be known, the architectures the
 * static check holds a file of that architecture to on it (its profile's `arch`), so arch-mismatch cells are skipped
 * without waiting for the probe.
 */
export interface EarlyRunTarget extends RunTarget {
  archesFor(fileArch: string | null): Promise<readonly string[]>
}

/** The runs `check --run` does: one request per target and platform, all in one runInTargets call. */
export interface RunPlan {
  requests: RunRequest[]
}

/**
 * Plans the real runs: every file in every image target, on the platform of --platform or of the file's own ELF
 * architecture (linux/arm64, ...). Each result comes back keyed by the target's name and the file's index. Which cells
 * are not run after all (skipsOf) is known only once the static results are.
 */
export function planRuns(
  files: string[],
  facts: InspectedFile[],
  targets: RunTarget[],
  platformArch: string | null,
): RunPlan {
  const requests: RunRequest[] = []
  for (const t of targets) {
    if (!t.image) continue
    const image = t.image
    files.forEach((file, i) => {
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
  return { requests }
}

/** The cells not run, by target name (file indices), and why, one line each. */
export interface RunSkips {
  ids: Map<string, Set<string>>
  lines: string[]
}

/**
 * The cells with an arch-mismatch gap are not run: on this host they would execute natively or under emulation, which
 * proves nothing about the target's machines.
 */
export function skipsOf(files: string[], targets: RunTarget[], results: CheckResult[]): RunSkips {
  const ids = new Map<string, Set<string>>()
  const lines: string[] = []
  const run = new Set(targets.filter((t) => t.image).map((t) => t.name))
  files.forEach((file, i) => {
    for (const r of results) {
      if (r.file !== file || !run.has(r.target) || !r.gaps.some((g) => g.kind === 'arch-mismatch')) continue
      if (!ids.has(r.target)) ids.set(r.target, new Set())
      ids.get(r.target)!.add(String(i))
      lines.push(
        `${file} not run on ${r.target}: the binary's architecture is not the target's (arch-mismatch is a static verdict; a run on this host would execute it natively or under emulation)`,
      )
    }
  })
  return { ids, lines }
}

/** Runs started before the static results are in; `finish` hands them over, `cancel` stops what is left. */
export interface StartedRuns {
  /** Waits for the runs and cross-checks them with the results; the infrastructure errors of the runs. */
  finish(results: CheckResult[]): Promise<string[]>
  /** Aborts runs not finished (a no-op after finish) and waits until their containers are gone. */
  cancel(): Promise<void>
}

/**
 * Starts every file's run in every image target at once, beside the probes: each target's container starts while
 * its profile is still being read, and its binaries run as soon as the target's architecture is known (arch-mismatch
 * cells are not run; `finish` checks that the verdicts say the same). `connect` is the engine connection shared with
 * the probes (no engine: finish throws InfrastructureError).
 */
export function startRuns(
  connect: () => Promise<EngineConnection>,
  files: string[],
  facts: InspectedFile[],
  targets: EarlyRunTarget[],
  platformArch: string | null,
  startReads?: ReadonlyMap<string, StartReads>,
): StartedRuns {
  const abort = new AbortController()
  const plan = planRuns(files, facts, targets, platformArch)
  for (const req of plan.requests) {
    const target = targets.find((t) => t.name === req.targetId)!
    // a target whose architecture cannot be had skips nothing: its runs and its probe report why
    req.skip = archMismatches(req, facts, target, platformArch).catch(() => new Set())
  }
  const cells = (async () => {
    let engine: EngineConnection
    try {
      engine = await connect()
    } catch (e) {
      if (!(e instanceof InfrastructureError)) throw e
      throw new InfrastructureError(`--run needs Docker: ${e.message}`, { cause: e })
    }
    if (!plan.requests.length) return []
    return engine.docker.runInTargets(engine.rt, plan.requests, {
      pull: 'missing',
      signal: abort.signal,
      startReads: (req) => startReads?.get(req.targetId!),
    })
  })()
  // the probes waiting on files the runs read get nothing when the runs cannot be had at all
  cells.finally(() => startReads?.forEach((r) => r.settle(null))).catch(() => undefined)
  cells.catch(() => undefined) // awaited by finish or cancel
  return {
    async finish(results) {
      const skips = skipsOf(files, targets, results)
      const skipped = new Map<string, Set<string>>()
      for (const req of plan.requests) {
        for (const id of (await req.skip) ?? []) {
          if (!skipped.has(req.targetId!)) skipped.set(req.targetId!, new Set())
          skipped.get(req.targetId!)!.add(id)
        }
      }
      if (!sameSkips(skipped, skips.ids)) {
        abort.abort()
        throw new Error('the runs skipped other cells than the verdicts rule out (arch-mismatch): a bug in abigap')
      }
      for (const line of skips.lines) printErr(`abigap: note: ${safeText(line, 600)}\n`)
      const done = await cells
      for (const r of results) r.run = { outcome: 'not-run', exitCode: null, agreement: 'not-run' }
      return applyRuns(files, results, done)
    },
    async cancel() {
      abort.abort()
      await cells.catch(() => undefined)
    },
  }
}

/** The ids of the request's binaries whose architecture the target's profile will not have (arch-mismatch). */
async function archMismatches(
  req: RunRequest,
  facts: InspectedFile[],
  target: EarlyRunTarget,
  platformArch: string | null,
): Promise<ReadonlySet<string>> {
  const ids = await Promise.all(
    req.binaries.map(async (b) => {
      const f = facts[Number(b.id)]!
      const arches = await target.archesFor(platformArch ?? (f.elf ? archOf(f.elf) : null))
      return archMismatch(f, arches) ? b.id : null
    }),
  )
  return new Set(ids.filter((id): id is string => id !== null))
}

function sameSkips(a: ReadonlyMap<string, ReadonlySet<string>>, b: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  const keys = new Set([...a.keys(), ...b.keys()])
  return [...keys].every((k) => {
    const x = a.get(k) ?? new Set()
    const y = b.get(k) ?? new Set()
    return x.size === y.size && [...x].every((id) => y.has(id))
  })
}

/** A connection to the engine, with the docker layer it came from (loaded lazily). */
export interface EngineConnection {
  docker: typeof import('../../docker/index.js')
  rt: ContainerRuntime
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
