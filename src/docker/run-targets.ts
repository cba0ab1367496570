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
import { IDLE_PATH, PAYLOAD_DIR, binaryPathInContainer, packPayload, readBinaries } from './payload.js'
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

/** One cell: a binary run in a target image. */
export interface CellResult {
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
  const results: CellResult[][] = new Array(requests.length)
  const concurrency = Math.max(1, opts.concurrency ?? cpus().length)
  let next = 0
  const worker = async () => {
    while (next < requests.length) {
      const i = next++
      results[i] = await runTarget(rt, requests[i]!, runId, opts)
    }
  }
  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, requests.length) }, worker))
  } finally {
    await sweepContainers(rt, runId).catch(() => 0)
    untrackRun(runId)
  }
  return results.flat()
}

interface TargetContext {
  rt: ContainerRuntime
  req: RunRequest
  runId: string
  opts: RunTargetsOptions
  image: ImageIdentity
  volume: string
  containers: Set<string>
  capBytes: number
}

async function runTarget(
  rt: ContainerRuntime,
  req: RunRequest,
  runId: string,
  opts: RunTargetsOptions,
): Promise<CellResult[]> {
  const cells: CellResult[] = []
  const infraAll = (message: string, image?: RunResult['image']) =>
    req.binaries
      .filter((b) => !cells.some((c) => c.binaryId === b.id))
      .forEach((b) => cells.push({ image: req.image, binaryId: b.id, run: infraResult(message, image) }))
  if (opts.signal?.aborted) {
    infraAll('cancelled')
    return cells
  }
  let image: ImageIdentity
  try {
    image = await ensureImage(rt, req.image, {
      pull: opts.pull ?? 'missing',
      platform: req.platform,
      signal: opts.signal,
      onProgress: opts.onProgress,
    })
  } catch (err) {
    infraAll(errorMessage(err))
    return cells
  }
  const imageRef = { ref: req.image, id: image.id, digest: image.digest }
  const ctx: TargetContext = {
    rt,
    req,
    runId,
    opts,
    image,
    volume: objectName(runId, 'vol'),
    containers: new Set(),
    capBytes: opts.limits?.outputCapBytes ?? DEFAULT_OUTPUT_CAP,
  }
  const started = Date.now()
  let mode = ''
  try {
    await rt.createVolume(ctx.volume, labelsFor(runId, 'run'))
    const files = await readBinaries(req.binaries.map((b) => b.path))
    const idle = opts.mode === 'container' || req.binaries.length < 2 ? null : idleElf(image.arch)
    if (idle) files.push({ rel: IDLE_PATH.slice(PAYLOAD_DIR.length + 1), bytes: idle })
    const tar = await packPayload(files)
    mode = idle ? 'one container, exec per binary' : 'one container per binary'
    if (idle) await runWithExec(ctx, tar, cells)
    else await runEachFresh(ctx, tar, cells)
  } catch (err) {
    infraAll(opts.signal?.aborted ? 'cancelled' : errorMessage(err), imageRef)
  } finally {
    await Promise.allSettled([...ctx.containers].map((id) => rt.removeContainer(id)))
    await rt.removeVolume(ctx.volume).catch(() => undefined)
  }
  for (const c of cells) c.run.image = imageRef
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

// ---------- one container per target; each binary through the exec API ----------

async function runWithExec(ctx: TargetContext, tar: Buffer, cells: CellResult[]): Promise<void> {
  const { rt } = ctx
  const createIdle = async () => {
    const id = await rt.createContainer(baseSpec(ctx, [IDLE_PATH], [], false))
    ctx.containers.add(id)
    return id
  }
  let main = await createIdle()
  await rt.putArchive(main, PAYLOAD_DIR, tar)
  await rt.start(main)
  for (const [index, bin] of ctx.req.binaries.entries()) {
    if (ctx.opts.signal?.aborted) {
      cells.push({ image: ctx.req.image, binaryId: bin.id, run: infraResult('cancelled') })
      continue
    }
    const path = binaryPathInContainer(index, bin.path)
    let r = await execOne(ctx, main, path)
    if (r.needsFreshContainer && !ctx.opts.signal?.aborted) {
      // exec cannot tell an OOM kill from another SIGKILL, nor survive a dead container: rerun in a fresh one
      r = { ...(await runFresh(ctx, path, null)), needsFreshContainer: false, containerDamaged: r.containerDamaged }
    }
    cells.push({ image: ctx.req.image, binaryId: bin.id, run: r.run })
    if (index === ctx.req.binaries.length - 1 || ctx.opts.signal?.aborted) continue
    if (r.containerDamaged || (await leftovers(rt, main))) {
      await rt.removeContainer(main).catch(() => undefined)
      ctx.containers.delete(main)
      main = await createIdle()
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
    for (let i = 0; i < 100; i++) {
      const s = await live.inspect()
      if (!s.running) {
        exitCode = s.exitCode
        break
      }
      await sleep(20)
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

async function runEachFresh(ctx: TargetContext, tar: Buffer, cells: CellResult[]): Promise<void> {
  let delivered = false
  for (const [index, bin] of ctx.req.binaries.entries()) {
    if (ctx.opts.signal?.aborted) {
      cells.push({ image: ctx.req.image, binaryId: bin.id, run: infraResult('cancelled') })
      continue
    }
    const r = await runFresh(ctx, binaryPathInContainer(index, bin.path), delivered ? null : tar)
    delivered = delivered || r.delivered
    cells.push({ image: ctx.req.image, binaryId: bin.id, run: r.run })
  }
}

async function runFresh(
  ctx: TargetContext,
  path: string,
  tar: Buffer | null,
): Promise<{ run: RunResult; delivered: boolean }> {
  const { rt, req } = ctx
  let id: string
  try {
    id = await rt.createContainer(baseSpec(ctx, [path], req.args, tar === null))
    ctx.containers.add(id)
    if (tar) await rt.putArchive(id, PAYLOAD_DIR, tar)
  } catch (err) {
    return { run: infraResult(`cannot create the run container: ${errorMessage(err)}`), delivered: false }
  }
  try {
    const run = await runContainerOnce(ctx, id)
    return { run, delivered: true }
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
