// What the run strategies (run-exec.ts, run-fresh.ts) share: one target's context, its container spec, and the
// shaping of observations into cell results.
import type { Readable } from 'node:stream'
import { classifyRun, type RunObservation } from './classify.js'
import { hardenedLimits, RUN_ENV, type RunLimits } from './hardening.js'
import type { ImageIdentity } from './image.js'
import { labelsFor, objectName } from './labels.js'
import { PAYLOAD_DIR } from './payload.js'
import type { ContainerMount, ContainerRuntime, ContainerSpec } from './runtime.js'
import type { StartReads } from './start-reads.js'
import type { RunRequest, RunResult } from './types.js'

/** One cell: a binary run in a target image, keyed by the request's target id and the binary's id. */
export interface CellResult {
  targetId: string
  image: string
  binaryId: string
  run: RunResult
}

/** Everything one target's runs need. */
export interface TargetContext {
  rt: ContainerRuntime
  req: RunRequest
  runId: string
  signal?: AbortSignal
  limits?: RunLimits
  image: ImageIdentity
  /** The payload's mount: the run's volume (read-write only while a delivery goes through it) or a read-only bind. */
  payloadMount: ContainerMount
  /** The payload (a fresh tar stream per call) still to deliver through this target's first container, or null. */
  deliver: (() => Readable) | null
  /** Where each binary (by its host path) is inside the payload directory. */
  pathOf: Map<string, string>
  /** Containers of this target still to remove. */
  containers: Set<string>
  /** Container removals in flight (awaited before the run ends, off each target's critical path). */
  removals: Promise<unknown>[]
  capBytes: number
  /** Files to read for the image's probe as the first container starts (idle strategy only; settled by the run). */
  reads?: StartReads
  /** The binaries to run once the request's `skip` is known. */
  admitted?: RunRequest['binaries']
}

/** The request's binaries less those its `skip` names (awaited), remembered on the context. */
export async function admittedBinaries(ctx: TargetContext): Promise<RunRequest['binaries']> {
  if (!ctx.admitted) {
    const skip = await ctx.req.skip
    ctx.admitted = skip ? ctx.req.binaries.filter((b) => !skip.has(b.id)) : ctx.req.binaries
  }
  return ctx.admitted
}

/** The key a request's results carry: its target id, else its image. */
export function targetOf(req: RunRequest): string {
  return req.targetId ?? req.image
}

/** The cell of one binary of a request. */
export function cellOf(req: RunRequest, binaryId: string, run: RunResult): CellResult {
  return { targetId: targetOf(req), image: req.image, binaryId, run }
}

/** A result that is no verdict: the run could not be done. */
export function infraResult(message: string, image?: RunResult['image']): RunResult {
  return {
    outcome: 'infrastructure-error',
    exitCode: null,
    signal: null,
    stdout: '',
    stderr: '',
    durationMs: 0,
    error: message,
    ...(image ? { image } : {}),
  }
}

/**
 * The result of a fault met during a run: 'cancelled' when the run is being cancelled (the cancellation kills the
 * containers, so an attach refused or a run cut short then is its doing), else the fault itself. Both are
 * infrastructure errors.
 */
export function faultResult(ctx: Pick<TargetContext, 'signal'>, message: string): RunResult {
  return infraResult(ctx.signal?.aborted ? 'cancelled' : message)
}

/** Every binary of a request as an infrastructure-error cell. */
export function infraCells(req: RunRequest, message: string, image?: RunResult['image']): CellResult[] {
  return req.binaries.map((b) => cellOf(req, b.id, infraResult(message, image)))
}

/** A hardened run container of this target, the payload mounted (read-only unless a delivery goes through it). */
export function runSpec(
  ctx: TargetContext,
  entrypoint: string[],
  cmd: string[],
  volumeReadOnly: boolean,
): ContainerSpec {
  return {
    name: objectName(ctx.runId, 'run'),
    image: ctx.image.id,
    ...(ctx.req.platform ? { platform: ctx.req.platform } : {}),
    entrypoint,
    cmd,
    env: RUN_ENV,
    labels: labelsFor(ctx.runId, 'run'),
    limits: hardenedLimits(ctx.limits),
    mounts: ['volume' in ctx.payloadMount ? { ...ctx.payloadMount, readOnly: volumeReadOnly } : ctx.payloadMount],
    // the output is attached to; a log would be a second copy of it (the start reads' files, too) on the engine's disk
    logs: false,
  }
}

/**
 * Creates a container and, the first time in a single-target run, delivers the payload through it. An `idle`
 * container's idle program is its init, with its stdin open: it alone holds its stdin (the binaries it runs get
 * /dev/null; idle-elf.ts), and the kernel keeps the signals they send from it.
 */
export async function createDelivered(
  ctx: TargetContext,
  entrypoint: string[],
  cmd: string[],
  idle = false,
): Promise<string> {
  const tar = ctx.deliver
  const spec = runSpec(ctx, entrypoint, cmd, tar === null)
  const id = await ctx.rt.createContainer(
    idle ? { ...spec, stdin: true, limits: { ...spec.limits, init: false } } : spec,
  )
  ctx.containers.add(id)
  if (tar) {
    await ctx.rt.putArchive(id, PAYLOAD_DIR, tar())
    ctx.deliver = null
  }
  return id
}

const EXCERPT = 16 * 1024

/** Classifies an observation into the run result a cell carries. */
export function toResult(obs: RunObservation, durationMs: number): RunResult {
  const c = classifyRun(obs)
  return {
    outcome: c.outcome,
    exitCode: obs.exitCode,
    signal: c.signal,
    stdout: obs.stdout.slice(0, EXCERPT),
    stderr: (obs.startError ? `${obs.startError}\n` : '') + obs.stderr.slice(0, EXCERPT),
    durationMs,
    ...(c.missingVersions ? { missingVersions: c.missingVersions } : {}),
    ...(c.missingLibraries ? { missingLibraries: c.missingLibraries } : {}),
    ...(c.started ? { started: true } : {}),
    ...(c.outcome === 'infrastructure-error' ? { error: obs.infraError ?? 'no exit status' } : {}),
  }
}
