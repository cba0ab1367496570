// Cleanup: removes abigap-labelled containers/volumes; tracks live runs; sweeps on SIGINT/SIGTERM.
import { CancelledError } from './errors.js'
import type { ContainerRuntime } from './runtime.js'
import { LABEL_RUN, LABEL_SESSION, LABEL_TOOL } from './labels.js'

const liveRuns = new Map<string, ContainerRuntime>()

/** Records that run `runId` may own objects in `rt` until untrackRun (the signal handler sweeps these). */
export function trackRun(rt: ContainerRuntime, runId: string): void {
  liveRuns.set(runId, rt)
}

/** Forgets a finished run. */
export function untrackRun(runId: string): void {
  liveRuns.delete(runId)
}

/** Removes abigap containers (then volumes) of one run or session id, or of every run; returns how many went. */
export async function sweepContainers(rt: ContainerRuntime, id?: string): Promise<number> {
  // an id matches the run label of one call, or the session label of a whole invocation (setSessionId)
  const labels = id ? [`${LABEL_RUN}=${id}`, `${LABEL_SESSION}=${id}`] : [LABEL_TOOL]
  let removed = 0
  for (const label of labels) {
    const containers = await rt.listContainers(label)
    const results = await Promise.allSettled(containers.map((c) => rt.removeContainer(c.id)))
    removed += results.filter((r) => r.status === 'fulfilled').length
  }
  for (const label of labels) {
    const volumes = await rt.listVolumes(label)
    const vres = await Promise.allSettled(volumes.map((v) => rt.removeVolume(v.name)))
    removed += vres.filter((r) => r.status === 'fulfilled').length
  }
  return removed
}

/** Sweeps every run this process still tracks (used on SIGINT/SIGTERM and at exit). */
export async function sweepLiveRuns(): Promise<number> {
  let total = 0
  for (const [runId, rt] of [...liveRuns]) {
    try {
      total += await sweepContainers(rt, runId)
    } catch {
      // the engine may be gone: nothing more can be removed from here
    }
    liveRuns.delete(runId)
  }
  return total
}

let installed = false

/**
 * Installs SIGINT/SIGTERM handlers that abort `controller` (so runs stop), sweep this process's containers and exit
 * with 128+signal. Idempotent; returns a function that removes the handlers.
 */
export function installSignalCleanup(
  controller?: AbortController,
  opts: { exit?: (code: number) => void; log?: (line: string) => void } = {},
): () => void {
  if (installed) return () => undefined
  installed = true
  let sweeping = false
  const handler = (sig: NodeJS.Signals) => {
    controller?.abort(new CancelledError(`received ${sig}`))
    if (sweeping) return
    sweeping = true
    opts.log?.(`abigap: ${sig}: removing containers`)
    const code = 128 + (sig === 'SIGINT' ? 2 : 15)
    // sweep twice: a create already in flight when the first sweep listed the containers lands a moment later
    const settle = () => new Promise((r) => setTimeout(r, 300))
    const runs = [...liveRuns]
    void sweepLiveRuns()
      .then(settle)
      .then(async () => {
        for (const [runId, rt] of runs) await sweepContainers(rt, runId).catch(() => 0)
      })
      .finally(() => (opts.exit ?? ((c: number) => process.exit(c)))(code))
  }
  process.on('SIGINT', handler)
  process.on('SIGTERM', handler)
  return () => {
    process.off('SIGINT', handler)
    process.off('SIGTERM', handler)
    installed = false
  }
}

/** Removes build-cache volumes (label io.abigap.cache); returns how many went. */
export async function sweepCaches(rt: ContainerRuntime): Promise<number> {
  const volumes = await rt.listVolumes('io.abigap.cache')
  const res = await Promise.allSettled(volumes.map((v) => rt.removeVolume(v.name)))
  return res.filter((r) => r.status === 'fulfilled').length
}
