// runInTargets: runs each binary in each target image, one hardened container per target (exec for each binary,
// run-exec.ts) or one per binary (run-fresh.ts), targets in parallel; every per-cell fault becomes an
// infrastructure-error cell, never an exception.
import { cpus } from 'node:os'
import type { Readable } from 'node:stream'
import { mapLimit } from '../io/pool.js'
import type { ContainerMount, ContainerRuntime } from './runtime.js'
import type { RunRequest } from './types.js'
import { ensureImage, type ImageIdentity, type PullPolicy } from './image.js'
import { hardenedLimits, DEFAULT_OUTPUT_CAP, type RunLimits } from './hardening.js'
import { labelsFor, newRunId, objectName } from './labels.js'
import { idleElf } from './idle-elf.js'
import { PAYLOAD_DIR, packPayload, planPayload, readPayload, type PayloadFile } from './payload.js'
import { payloadBind, preparePayloadDir, type PayloadDir } from './payload-dir.js'
import { trackRun, untrackRun, sweepContainers } from './cleanup.js'
import { errorMessage } from './errors.js'
import {
  admittedBinaries,
  cellOf,
  infraCells,
  infraResult,
  type CellResult,
  type TargetContext,
} from './run-context.js'
import { runInIdleContainer } from './run-idle.js'
import { runEachFresh } from './run-fresh.js'
import type { StartReads } from './start-reads.js'

export type { CellResult } from './run-context.js'

/** Options of runInTargets. */
export interface RunTargetsOptions {
  /** Targets run at once (default: number of cores). */
  concurrency?: number
  signal?: AbortSignal
  onProgress?: (line: string) => void
  /** Pull policy for target images (default 'missing'). */
  pull?: PullPolicy
  limits?: RunLimits
  /** 'auto' (default): one container per target, its idle program runs each binary; 'container': one per binary. */
  mode?: 'auto' | 'container'
  /** Labels objects with this run id (default: a fresh one). */
  runId?: string
  /**
   * How binaries reach the containers: 'auto' (default) bind-mounts a host directory of them read-only when the
   * engine is local and sees it, else copies; 'copy' always copies through the archive API. ABIGAP_DELIVERY=copy too.
   */
  delivery?: 'auto' | 'copy'
  /**
   * The files a request's image probe wants read (start-reads.ts): the target's first container reads them as it
   * starts when the request runs on the image's own architecture with the idle strategy; settled in every case.
   */
  startReads?: (req: RunRequest) => StartReads | undefined
}

/** Runs every request's binaries in its image; throws only when the runtime itself is unusable. */
export async function runInTargets(
  rt: ContainerRuntime,
  requests: RunRequest[],
  opts: RunTargetsOptions = {},
): Promise<CellResult[]> {
  try {
    return await runRequests(rt, requests, opts)
  } finally {
    for (const req of requests) opts.startReads?.(req)?.settle(null) // a probe never waits on runs that are over
  }
}

async function runRequests(
  rt: ContainerRuntime,
  requests: RunRequest[],
  opts: RunTargetsOptions,
): Promise<CellResult[]> {
  await rt.ping(5000) // unusable runtime → throw (DockerUnavailable-style) before any cell
  const runId = opts.runId ?? newRunId()
  trackRun(rt, runId)
  const results: CellResult[][] = requests.map(() => [])
  const volume = objectName(runId, 'vol')
  const removals: Promise<unknown>[] = []
  let payloadDir: PayloadDir | null = null
  try {
    const images = await resolveImages(rt, requests, opts)
    const runnable = requests.map((_, i) => i).filter((i) => !('error' in images[i]!))
    requests.forEach((req, i) => {
      const img = images[i]!
      if ('error' in img) results[i] = infraCells(req, img.error)
    })
    if (runnable.length === 0) return results.flat()
    const plan = planPayload(runnable.flatMap((i) => requests[i]!.binaries.map((b) => b.path)))
    const arches = [...new Set(runnable.map((i) => (images[i] as ImageIdentity).arch))]
    const idles = arches.flatMap((arch) => {
      const bytes = idleElf(arch)
      return bytes ? [{ arch, bytes }] : []
    })
    let payload: PayloadFile[]
    try {
      payload = await readPayload(plan, idles)
    } catch (err) {
      for (const i of runnable) results[i] = infraCells(requests[i]!, `cannot prepare the run: ${errorMessage(err)}`)
      return results.flat()
    }
    // A local engine bind-mounts a directory holding just the binaries, read-only (no copy through the engine); a
    // remote one (or a local one that cannot see the directory) gets them through the archive API into a volume.
    let payloadMount: ContainerMount = { volume, target: PAYLOAD_DIR, readOnly: true }
    let deliver: (() => Readable) | null = () => packPayload(payload)
    const first = runnable[0]!
    const bound = await bindPayload(rt, runId, payload, images[first] as ImageIdentity, requests[first]!.platform, opts)
    if (bound) {
      payloadDir = bound
      payloadMount = payloadBind(bound.dir)
      deliver = null
    } else {
      // Several targets share one payload volume, filled once through a never-started container; a single target
      // gets the payload through its own run container (one container less). The tar is streamed from the files on
      // disk as the engine takes it (never whole in memory).
      try {
        await rt.createVolume(volume, labelsFor(runId, 'run'))
      } catch (err) {
        for (const i of runnable) results[i] = infraCells(requests[i]!, `cannot prepare the run: ${errorMessage(err)}`)
        return results.flat()
      }
      try {
        if (runnable.length > 1) {
          await fillVolume(rt, runId, volume, images[first] as ImageIdentity, requests[first]!.platform, deliver())
          deliver = null
        }
      } catch (err) {
        for (const i of runnable)
          results[i] = infraCells(requests[i]!, `cannot deliver the binaries: ${errorMessage(err)}`)
        return results.flat()
      }
    }
    const concurrency = Math.max(1, opts.concurrency ?? cpus().length)
    await mapLimit(runnable, concurrency, async (i) => {
      const ctx: TargetContext = {
        rt,
        req: requests[i]!,
        runId,
        ...(opts.signal ? { signal: opts.signal } : {}),
        ...(opts.limits ? { limits: opts.limits } : {}),
        image: images[i] as ImageIdentity,
        payloadMount,
        deliver,
        pathOf: plan.pathOf,
        containers: new Set(),
        removals,
        capBytes: opts.limits?.outputCapBytes ?? DEFAULT_OUTPUT_CAP,
      }
      const reads = opts.startReads?.(requests[i]!)
      if (reads?.pending && platformArch(requests[i]!, ctx.image) === ctx.image.arch) ctx.reads = reads
      results[i] = await runTarget(ctx, opts)
    })
  } finally {
    await Promise.allSettled(removals)
    await rt.removeVolume(volume).catch(() => undefined)
    await payloadDir?.remove().catch(() => undefined)
    await sweepContainers(rt, runId).catch(() => 0)
    untrackRun(runId)
  }
  return results.flat()
}

/** Ensures each distinct (image, platform) once; a failure becomes that request's error. */
async function resolveImages(
  rt: ContainerRuntime,
  requests: RunRequest[],
  opts: RunTargetsOptions,
): Promise<(ImageIdentity | { error: string })[]> {
  const byKey = new Map<string, Promise<ImageIdentity | { error: string }>>()
  return Promise.all(
    requests.map((req) => {
      const key = `${req.image}\u0000${req.platform ?? ''}`
      let p = byKey.get(key)
      if (!p) {
        p = opts.signal?.aborted
          ? Promise.resolve({ error: 'cancelled' })
          : ensureImage(rt, req.image, {
              pull: opts.pull ?? 'missing',
              ...(req.platform ? { platform: req.platform } : {}),
              ...(opts.signal ? { signal: opts.signal } : {}),
              ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
            }).catch((err: unknown) => ({ error: errorMessage(err) }))
        byKey.set(key, p)
      }
      return p
    }),
  )
}

/**
 * The payload laid out in a host directory the engine can bind-mount, or null (remote engine, 'copy' asked, noexec
 * temp dir, or an engine that does not see this host's directory: a never-started container with the bind tells).
 */
async function bindPayload(
  rt: ContainerRuntime,
  runId: string,
  payload: PayloadFile[],
  image: ImageIdentity,
  platform: string | undefined,
  opts: RunTargetsOptions,
): Promise<PayloadDir | null> {
  const delivery = opts.delivery ?? (process.env.ABIGAP_DELIVERY === 'copy' ? 'copy' : 'auto')
  if (!rt.local || delivery === 'copy') return null
  let dir: PayloadDir | null = null
  try {
    dir = await preparePayloadDir(payload)
    if (!dir) return null
    const id = await createNeverStarted(rt, runId, 'bind', image, platform, [payloadBind(dir.dir)])
    await rt.removeContainer(id).catch(() => undefined)
    return dir
  } catch {
    await dir?.remove().catch(() => undefined)
    return null
  }
}

/** Extracts the payload into the volume through a created-never-started container of one target image. */
async function fillVolume(
  rt: ContainerRuntime,
  runId: string,
  volume: string,
  image: ImageIdentity,
  platform: string | undefined,
  tar: Readable,
): Promise<void> {
  const mount = { volume, target: PAYLOAD_DIR, readOnly: false }
  const id = await createNeverStarted(rt, runId, 'fill', image, platform, [mount])
  try {
    await rt.putArchive(id, PAYLOAD_DIR, tar)
  } finally {
    await rt.removeContainer(id).catch(() => undefined)
  }
}

/** Runs one target's binaries with the strategy that fits (one idle container, or a fresh one per binary). */
async function runTarget(ctx: TargetContext, opts: RunTargetsOptions): Promise<CellResult[]> {
  const { rt, req, image } = ctx
  const imageRef = { ref: req.image, id: image.id, digest: image.digest }
  if (opts.signal?.aborted) return infraCells(req, 'cancelled', imageRef)
  const cells: CellResult[] = []
  const started = Date.now()
  const idle = opts.mode !== 'container' && req.binaries.length > 1 && idleElf(image.arch) !== null
  if (!idle) ctx.reads?.settle(null) // only the idle strategy's idle program reads files
  try {
    if (idle) await runInIdleContainer(ctx, cells)
    else await runEachFresh(ctx, cells)
  } catch (err) {
    const message = opts.signal?.aborted ? 'cancelled' : errorMessage(err)
    const todo = await admittedBinaries(ctx).catch(() => req.binaries)
    for (const b of todo.slice(cells.length)) cells.push(cellOf(req, b.id, infraResult(message)))
  } finally {
    ctx.reads?.settle(null)
    for (const id of ctx.containers) ctx.removals.push(rt.removeContainer(id).catch(() => undefined))
  }
  for (const c of cells) c.run.image = imageRef
  const mode = idle ? 'one container, its idle program runs each binary' : 'one container per binary'
  opts.onProgress?.(`${req.image}: ${cells.length} run(s) in ${Date.now() - started} ms (${mode})`)
  return cells
}

/** The architecture a request runs its binaries on: its platform's, else the image's. */
function platformArch(req: RunRequest, image: ImageIdentity): string {
  return req.platform?.split('/')[1] ?? image.arch
}

/** A hardened container of a target image that is never started, only created to reach its mounts. */
function createNeverStarted(
  rt: ContainerRuntime,
  runId: string,
  role: string,
  image: ImageIdentity,
  platform: string | undefined,
  mounts: ContainerMount[],
): Promise<string> {
  return rt.createContainer({
    name: objectName(runId, role),
    image: image.id,
    ...(platform ? { platform } : {}),
    entrypoint: ['/abigap-never-started'],
    cmd: [],
    env: [],
    labels: labelsFor(runId, 'run'),
    limits: hardenedLimits(),
    mounts,
  })
}
