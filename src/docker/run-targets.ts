// runInTargets: runs each binary in each target image, one hardened container per target (exec for each binary),
// targets in parallel; every per-cell fault becomes an infrastructure-error cell, never an exception.
import { cpus } from 'node:os'
import type { ContainerRuntime, ContainerSpec } from './runtime.js'
import type { RunRequest, RunResult } from './types.js'
import { classifyRun, type RunObservation } from './classify.js'
import { captureOutput } from './output-capture.js'
import { ensureImage, type ImageIdentity, type PullPolicy } from './image.js'
import { hardenedLimits, RUN_ENV, RUN_USER, DEFAULT_OUTPUT_CAP, type RunLimits } from './hardening.js'
import { labelsFor, newRunId, objectName } from './labels.js'
import { idleElf } from './idle-elf.js'
import { PAYLOAD_DIR, idlePath, packPayload, planPayload, readPayload } from './payload.js'
import { trackRun, untrackRun, sweepContainers } from './cleanup.js'
import { errorMessage } from './errors.js'

/** Options of runInTargets. */
export interface RunTargetsOptions {
  /** Targets run at once (default: number of cores). */
  concurrency?: number
  signal?: AbortSignal
  onProgress?: (line: string) => void
  /** Pull policy for target images (default 'missing'). */
  pull?: PullPolicy
  limits?: RunLimits
  /** 'auto' (default): one container per target, exec per binary; 'container': a fresh container per binary. */
  mode?: 'auto' | 'container'
  /** Labels objects with this run id (default: a fresh one). */
  runId?: string
}

/** One cell: a binary run in a target image, keyed by the request's target id and the binary's id. */
export interface CellResult {
  targetId: string
  image: string
  binaryId: string
  run: RunResult
}

/** Runs every request's binaries in its image; throws only when the runtime itself is unusable. */
export async function runInTargets(
  rt: ContainerRuntime,
  requests: RunRequest[],
  opts: RunTargetsOptions = {},
): Promise<CellResult[]> {
  await rt.ping(5000) // unusable runtime → throw (DockerUnavailable-style) before any cell
  const runId = opts.runId ?? newRunId()
  trackRun(rt, runId)
  const results: CellResult[][] = requests.map(() => [])
  const volume = objectName(runId, 'vol')
  const removals: Promise<unknown>[] = []
  try {
    const images = await resolveImages(rt, requests, opts)
    const runnable = requests.map((_, i) => i).filter((i) => !('error' in images[i]!))
    requests.forEach((req, i) => {
      const img = images[i]!
      if ('error' in img)
        results[i] = req.binaries.map((b) => ({
          targetId: targetOf(req),
          image: req.image,
          binaryId: b.id,
          run: infraResult(img.error),
        }))
    })
    if (runnable.length === 0) return results.flat()
    const plan = planPayload(runnable.flatMap((i) => requests[i]!.binaries.map((b) => b.path)))
    const arches = [...new Set(runnable.map((i) => (images[i] as ImageIdentity).arch))]
    const idles = arches.flatMap((arch) => {
      const bytes = idleElf(arch)
      return bytes ? [{ arch, bytes }] : []
    })
    let tar: Buffer
    try {
      await rt.createVolume(volume, labelsFor(runId, 'run'))
      tar = await packPayload(await readPayload(plan, idles))
    } catch (err) {
      for (const i of runnable) results[i] = infraCells(requests[i]!, `cannot prepare the run: ${errorMessage(err)}`)
      return results.flat()
    }
    // Several targets share one payload volume, filled once through a never-started container; a single target
    // gets the payload through its own run container (one container less).
    let deliver: Buffer | null = tar
    if (runnable.length > 1) {
      const first = runnable[0]!
      try {
        await fillVolume(rt, runId, volume, images[first] as ImageIdentity, requests[first]!.platform, tar)
        deliver = null
      } catch (err) {
        for (const i of runnable)
          results[i] = infraCells(requests[i]!, `cannot deliver the binaries: ${errorMessage(err)}`)
        return results.flat()
      }
    }
    const concurrency = Math.max(1, opts.concurrency ?? cpus().length)
    let next = 0
    const worker = async () => {
      while (next < runnable.length) {
        const i = runnable[next++]!
        const ctx: TargetContext = {
          rt,
          req: requests[i]!,
          runId,
          opts,
          image: images[i] as ImageIdentity,
          volume,
          deliver,
          pathOf: plan.pathOf,
          containers: new Set(),
          removals,
          capBytes: opts.limits?.outputCapBytes ?? DEFAULT_OUTPUT_CAP,
        }
        results[i] = await runTarget(ctx)
      }
    }
    await Promise.all(Array.from({ length: Math.min(concurrency, runnable.length) }, worker))
  } finally {
    await Promise.allSettled(removals)
    await rt.removeVolume(volume).catch(() => undefined)
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

/** Extracts the payload into the volume through a created-never-started container of one target image. */
async function fillVolume(
  rt: ContainerRuntime,
  runId: string,
  volume: string,
  image: ImageIdentity,
  platform: string | undefined,
  tar: Buffer,
): Promise<void> {
  const id = await rt.createContainer({
    name: objectName(runId, 'fill'),
    image: image.id,
    ...(platform ? { platform } : {}),
    entrypoint: ['/abigap-never-started'],
    cmd: [],
    env: [],
    labels: labelsFor(runId, 'run'),
    limits: hardenedLimits(),
    mounts: [{ volume, target: PAYLOAD_DIR, readOnly: false }],
  })
  try {
    await rt.putArchive(id, PAYLOAD_DIR, tar)
  } finally {
    await rt.removeContainer(id).catch(() => undefined)
  }
}

interface TargetContext {
  rt: ContainerRuntime
  req: RunRequest
  runId: string
  opts: RunTargetsOptions
  image: ImageIdentity
  volume: string
  /** The payload still to deliver through this target's first container, or null when the volume holds it. */
  deliver: Buffer | null
  pathOf: Map<string, string>
  containers: Set<string>
  /** Container removals in flight (awaited before the run ends, off each target's critical path). */
  removals: Promise<unknown>[]
  capBytes: number
}

/** The key a request's results carry: its target id, else its image. */
function targetOf(req: RunRequest): string {
  return req.targetId ?? req.image
}

function infraCells(req: RunRequest, message: string, image?: RunResult['image']): CellResult[] {
  return req.binaries.map((b) => ({
    targetId: targetOf(req),
    image: req.image,
    binaryId: b.id,
    run: infraResult(message, image),
  }))
}

async function runTarget(ctx: TargetContext): Promise<CellResult[]> {
  const { rt, req, opts, image } = ctx
  const imageRef = { ref: req.image, id: image.id, digest: image.digest }
  if (opts.signal?.aborted) return infraCells(req, 'cancelled', imageRef)
  const cells: CellResult[] = []
  const started = Date.now()
  const exec = opts.mode !== 'container' && req.binaries.length > 1 && idleElf(image.arch) !== null
  try {
    if (exec) await runWithExec(ctx, cells)
    else await runEachFresh(ctx, cells)
  } catch (err) {
    const message = opts.signal?.aborted ? 'cancelled' : errorMessage(err)
    for (const b of req.binaries.slice(cells.length))
      cells.push({ targetId: targetOf(req), image: req.image, binaryId: b.id, run: infraResult(message) })
  } finally {
    for (const id of ctx.containers) ctx.removals.push(rt.removeContainer(id).catch(() => undefined))
  }
  for (const c of cells) c.run.image = imageRef
  const mode = exec ? 'one container, exec per binary' : 'one container per binary'
  opts.onProgress?.(`${req.image}: ${cells.length} run(s) in ${Date.now() - started} ms (${mode})`)
  return cells
}

function infraResult(message: string, image?: RunResult['image']): RunResult {
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

function baseSpec(ctx: TargetContext, entrypoint: string[], cmd: string[], volumeReadOnly: boolean): ContainerSpec {
  return {
    name: objectName(ctx.runId, 'run'),
    image: ctx.image.id,
    ...(ctx.req.platform ? { platform: ctx.req.platform } : {}),
    entrypoint,
    cmd,
    env: RUN_ENV,
    labels: labelsFor(ctx.runId, 'run'),
    limits: hardenedLimits(ctx.opts.limits),
    mounts: [{ volume: ctx.volume, target: PAYLOAD_DIR, readOnly: volumeReadOnly }],
  }
}

/** Creates a container and, the first time in a single-target run, delivers the payload through it. */
async function createDelivered(ctx: TargetContext, entrypoint: string[], cmd: string[]): Promise<string> {
  const tar = ctx.deliver
  const id = await ctx.rt.createContainer(baseSpec(ctx, entrypoint, cmd, tar === null))
  ctx.containers.add(id)
  if (tar) {
    await ctx.rt.putArchive(id, PAYLOAD_DIR, tar)
    ctx.deliver = null
  }
  return id
}

// ---------- one container per target; each binary through the exec API ----------

async function runWithExec(ctx: TargetContext, cells: CellResult[]): Promise<void> {
  const { rt } = ctx
  const idle = idlePath(ctx.image.arch)
  let main = await createDelivered(ctx, [idle], [])
  await rt.start(main)
  for (const [index, bin] of ctx.req.binaries.entries()) {
    if (ctx.opts.signal?.aborted) {
      cells.push({ targetId: targetOf(ctx.req), image: ctx.req.image, binaryId: bin.id, run: infraResult('cancelled') })
      continue
    }
    const path = ctx.pathOf.get(bin.path)!
    let r = await execOne(ctx, main, path)
    if (r.needsFreshContainer && !ctx.opts.signal?.aborted) {
      // exec cannot tell an OOM kill from another SIGKILL, nor survive a dead container: rerun in a fresh one
      r = { ...(await runFresh(ctx, path)), needsFreshContainer: false, containerDamaged: r.containerDamaged }
    }
    cells.push({ targetId: targetOf(ctx.req), image: ctx.req.image, binaryId: bin.id, run: r.run })
    if (index === ctx.req.binaries.length - 1 || ctx.opts.signal?.aborted) continue
    if (r.containerDamaged || (await leftovers(rt, main))) {
      ctx.removals.push(rt.removeContainer(main).catch(() => undefined))
      ctx.containers.delete(main)
      main = await createDelivered(ctx, [idle], [])
      await rt.start(main)
    }
  }
}

async function leftovers(rt: ContainerRuntime, id: string): Promise<boolean> {
  try {
    return (await rt.top(id)) > 2 // docker-init + idle
  } catch {
    return true
  }
}

interface OneRun {
  run: RunResult
  needsFreshContainer: boolean
  containerDamaged: boolean
}

async function execOne(ctx: TargetContext, container: string, path: string): Promise<OneRun> {
  const { rt, req } = ctx
  const started = Date.now()
  let killed = false
  let killError: string | null = null
  const killContainer = () => {
    killed = true
    void rt.kill(container).catch((err: unknown) => {
      killError = errorMessage(err)
      handle?.output.destroy()
    })
  }
  const out = captureOutput(ctx.capBytes, killContainer)
  let timedOut = false
  let handle: Awaited<ReturnType<ContainerRuntime['exec']>> | undefined
  try {
    handle = await rt.exec(container, { cmd: [path, ...req.args], user: RUN_USER, env: RUN_ENV }, out.sink)
  } catch (err) {
    return { run: infraResult(`exec failed: ${errorMessage(err)}`), needsFreshContainer: true, containerDamaged: true }
  }
  const onAbort = () => killContainer()
  ctx.opts.signal?.addEventListener('abort', onAbort, { once: true })
  const live = handle
  const timer = setTimeout(() => {
    void live.inspect().then(
      (s) => {
        if (s.running) {
          timedOut = true
          killContainer()
        }
      },
      () => killContainer(),
    )
  }, req.timeoutMs)
  let exitCode: number | null = null
  try {
    await boundedWait(live.output.done, req.timeoutMs + 15000)
    // the stream ends as the process exits; the engine records the exit a moment later
    for (let i = 0; i < 200; i++) {
      const s = await live.inspect()
      if (!s.running) {
        exitCode = s.exitCode
        break
      }
      await sleep(i < 10 ? 2 : 20)
    }
  } catch (err) {
    return { run: infraResult(`exec lost: ${errorMessage(err)}`), needsFreshContainer: !killed, containerDamaged: true }
  } finally {
    clearTimeout(timer)
    ctx.opts.signal?.removeEventListener('abort', onAbort)
    handle.output.destroy()
  }
  const durationMs = Date.now() - started
  if (ctx.opts.signal?.aborted)
    return { run: infraResult('cancelled'), needsFreshContainer: false, containerDamaged: true }
  if (killError !== null) {
    return { run: infraResult(`cannot stop the run: ${killError}`), needsFreshContainer: false, containerDamaged: true }
  }
  const stderr = out.stderr()
  if (stderr.includes(`stat ${path}: no such file or directory`)) {
    return {
      run: infraResult(`binary not delivered: ${stderr.slice(0, 300)}`),
      needsFreshContainer: false,
      containerDamaged: false,
    }
  }
  if (exitCode === null && !timedOut && !out.exceeded) {
    return { run: infraResult('exec ended without an exit status'), needsFreshContainer: true, containerDamaged: true }
  }
  // A SIGKILL nobody here sent may be the OOM killer: only a fresh container reports OOMKilled precisely.
  const unexplainedKill = exitCode === 137 && !killed
  const obs: RunObservation = {
    exitCode,
    oomKilled: false,
    startError: '',
    stderr,
    stdout: out.stdout(),
    timedOut,
    outputLimited: out.exceeded,
    okExitCodes: req.okExitCodes,
  }
  return {
    run: toResult(obs, durationMs),
    needsFreshContainer: unexplainedKill,
    containerDamaged: killed || unexplainedKill,
  }
}

// ---------- a fresh container per binary (single binary, unknown arch, or a rerun) ----------

async function runEachFresh(ctx: TargetContext, cells: CellResult[]): Promise<void> {
  for (const bin of ctx.req.binaries) {
    if (ctx.opts.signal?.aborted) {
      cells.push({ targetId: targetOf(ctx.req), image: ctx.req.image, binaryId: bin.id, run: infraResult('cancelled') })
      continue
    }
    const r = await runFresh(ctx, ctx.pathOf.get(bin.path)!)
    cells.push({ targetId: targetOf(ctx.req), image: ctx.req.image, binaryId: bin.id, run: r.run })
  }
}

async function runFresh(ctx: TargetContext, path: string): Promise<{ run: RunResult }> {
  const { rt, req } = ctx
  let id: string
  try {
    id = await createDelivered(ctx, [path], req.args)
  } catch (err) {
    return { run: infraResult(`cannot create the run container: ${errorMessage(err)}`) }
  }
  try {
    return { run: await runContainerOnce(ctx, id) }
  } finally {
    await rt.removeContainer(id).catch(() => undefined)
    ctx.containers.delete(id)
  }
}

async function runContainerOnce(ctx: TargetContext, id: string): Promise<RunResult> {
  const { rt, req } = ctx
  let killError: string | null = null
  let attached: Awaited<ReturnType<ContainerRuntime['attach']>> | undefined
  const kill = () => {
    void rt.kill(id).catch((err: unknown) => {
      killError = errorMessage(err)
      attached?.destroy()
    })
  }
  const out = captureOutput(ctx.capBytes, kill)
  try {
    attached = await rt.attach(id, out.sink)
  } catch (err) {
    return infraResult(`cannot attach: ${errorMessage(err)}`)
  }
  const waited = rt.wait(id).catch(() => null)
  const started = Date.now()
  let startError = ''
  try {
    await rt.start(id)
  } catch (err) {
    startError = errorMessage(err)
  }
  let timedOut = false
  const timer = setTimeout(() => {
    void rt.inspectContainer(id).then(
      (s) => {
        if (s.running) {
          timedOut = true
          kill()
        }
      },
      () => kill(),
    )
  }, req.timeoutMs)
  const onAbort = () => kill()
  ctx.opts.signal?.addEventListener('abort', onAbort, { once: true })
  try {
    if (!startError) await boundedWait(Promise.race([waited, attached.done]), req.timeoutMs + 15000)
    let state = await rt.inspectContainer(id)
    for (let i = 0; state.running && i < 250; i++) {
      await sleep(20)
      state = await rt.inspectContainer(id)
    }
    await boundedWait(attached.done, 500).catch(() => undefined)
    const durationMs = Date.now() - started
    if (ctx.opts.signal?.aborted) return infraResult('cancelled')
    if (killError !== null) return infraResult(`cannot stop the run: ${killError}`)
    if (state.running) return infraResult('the container did not stop')
    const obs: RunObservation = {
      exitCode: startError && state.exitCode === 0 ? null : state.exitCode,
      oomKilled: state.oomKilled,
      startError: startError || state.error,
      stderr: out.stderr(),
      stdout: out.stdout(),
      timedOut,
      outputLimited: out.exceeded,
      okExitCodes: req.okExitCodes,
    }
    return toResult(obs, durationMs)
  } catch (err) {
    return infraResult(`run lost: ${errorMessage(err)}`)
  } finally {
    clearTimeout(timer)
    ctx.opts.signal?.removeEventListener('abort', onAbort)
    attached.destroy()
  }
}

const EXCERPT = 16 * 1024

function toResult(obs: RunObservation, durationMs: number): RunResult {
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

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms))
}

async function boundedWait<T>(p: Promise<T>, ms: number): Promise<T | undefined> {
  let t: NodeJS.Timeout | undefined
  try {
    return await Promise.race([p, new Promise<undefined>((r) => (t = setTimeout(() => r(undefined), ms)))])
  } finally {
    clearTimeout(t)
  }
}
