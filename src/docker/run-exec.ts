// The exec strategy: one idle container per target, each binary started in it through the exec API; a container a
// run may have damaged (a kill, leftover processes) is replaced before the next binary.
import type { RunObservation } from './classify.js'
import { errorMessage } from './errors.js'
import { RUN_ENV, RUN_USER } from './hardening.js'
import { captureOutput } from './output-capture.js'
import { IDLE_MAX_FILES } from './idle-elf.js'
import { idlePath } from './payload.js'
import { startReadPaths } from './probe-needs.js'
import {
  admittedBinaries,
  cellOf,
  createDelivered,
  faultResult,
  infraResult,
  toResult,
  type CellResult,
  type TargetContext,
} from './run-context.js'
import { runFresh } from './run-fresh.js'
import type { ContainerRuntime, ExecHandle, OutputStream } from './runtime.js'
import { RecordParser, type ReadFiles, type StartReads } from './start-reads.js'
import { boundedWait, supervise, untilStopped } from './supervise.js'
import type { RunResult } from './types.js'

/** Runs each binary of the target through exec in one idle container, replaced whenever a run may have damaged it. */
export async function runWithExec(ctx: TargetContext, cells: CellResult[]): Promise<void> {
  const { rt } = ctx
  const idle = idlePath(ctx.image.arch)
  // the first container reads the files its image's probe asked for as it starts (start-reads.ts)
  const reads = ctx.reads?.pending ? startReadPaths(ctx.image.arch, ctx.reads.wanted).slice(0, IDLE_MAX_FILES) : []
  let main = await createDelivered(ctx, [idle], reads)
  if (reads.length) await attachReads(ctx, main, ctx.reads!, reads)
  await rt.start(main)
  const binaries = await admittedBinaries(ctx)
  for (const [index, bin] of binaries.entries()) {
    if (ctx.signal?.aborted) {
      cells.push(cellOf(ctx.req, bin.id, infraResult('cancelled')))
      continue
    }
    const path = ctx.pathOf.get(bin.path) as string
    let r = await execOne(ctx, main, path)
    if (r.needsFreshContainer && !ctx.signal?.aborted) {
      // exec cannot tell an OOM kill from another SIGKILL, nor survive a dead container: rerun in a fresh one
      r = { run: await runFresh(ctx, path), needsFreshContainer: false, containerDamaged: r.containerDamaged }
    }
    cells.push(cellOf(ctx.req, bin.id, r.run))
    if (index === binaries.length - 1 || ctx.signal?.aborted) continue
    if (r.containerDamaged || (await leftovers(rt, main))) {
      ctx.removals.push(rt.removeContainer(main).catch(() => undefined))
      ctx.containers.delete(main)
      main = await createDelivered(ctx, [idle], [])
      await rt.start(main)
    }
  }
}

/** Most bytes a container's start reads may come to (the idle program sends no file over 32 MiB). */
const MAX_START_READ_BYTES = 128 << 20

/** Hands what the idle program of `container` reads of `paths` to `reads` as it arrives (null on any fault). */
async function attachReads(ctx: TargetContext, container: string, reads: StartReads, paths: string[]): Promise<void> {
  const parser = new RecordParser(paths, MAX_START_READ_BYTES)
  let stream: OutputStream | undefined
  let done = false
  const finish = (files: ReadFiles | null): void => {
    done = true
    reads.settle(files)
    stream?.destroy()
  }
  try {
    stream = await ctx.rt.attach(container, (kind, chunk) => {
      if (done || kind !== 'stdout') return
      try {
        const contents = parser.push(chunk)
        if (contents) finish({ arch: ctx.image.arch, contents })
      } catch {
        finish(null)
      }
    })
  } catch {
    finish(null)
    return
  }
  if (done) stream.destroy()
  void stream.done.then(() => finish(null)) // the stream ended (the container did) before the last record
}

/** True when processes other than docker-init and the idle program are left in the container (or it cannot tell). */
async function leftovers(rt: ContainerRuntime, id: string): Promise<boolean> {
  try {
    return (await rt.top(id)) > 2
  } catch {
    return true
  }
}

/** One exec's result, and what it means for the container it ran in. */
export interface ExecRun {
  run: RunResult
  /** Only a fresh container can tell this result precisely (an unexplained SIGKILL, a lost exec). */
  needsFreshContainer: boolean
  /** The container may not be clean for the next binary. */
  containerDamaged: boolean
}

const damaged = (run: RunResult, needsFreshContainer: boolean): ExecRun => ({
  run,
  needsFreshContainer,
  containerDamaged: true,
})

async function execOne(ctx: TargetContext, container: string, path: string): Promise<ExecRun> {
  const { rt, req } = ctx
  const started = Date.now()
  let handle: ExecHandle | undefined
  const sup = supervise({
    timeoutMs: req.timeoutMs,
    signal: ctx.signal,
    kill: () => rt.kill(container),
    stillRunning: async () => (handle ? (await handle.inspect()).running : true),
    onKillError: () => handle?.output.destroy(),
  })
  try {
    const out = captureOutput(ctx.capBytes, () => sup.kill())
    try {
      handle = await rt.exec(container, { cmd: [path, ...req.args], user: RUN_USER, env: RUN_ENV }, out.sink)
    } catch (err) {
      return damaged(faultResult(ctx, `exec failed: ${errorMessage(err)}`), true)
    }
    const live = handle
    sup.arm()
    let exitCode: number | null = null
    try {
      await boundedWait(live.output.done, req.timeoutMs + 15000)
      // the stream ends as the process exits; the engine records the exit a moment later
      const state = await untilStopped(
        () => live.inspect(),
        199,
        (i) => (i < 10 ? 2 : 20),
      )
      if (!state.running) exitCode = state.exitCode
    } catch (err) {
      return damaged(faultResult(ctx, `exec lost: ${errorMessage(err)}`), !sup.killed)
    } finally {
      live.output.destroy()
    }
    const durationMs = Date.now() - started
    if (ctx.signal?.aborted) return damaged(infraResult('cancelled'), false)
    if (sup.killError !== null) return damaged(infraResult(`cannot stop the run: ${sup.killError}`), false)
    const stderr = out.stderr()
    if (stderr.includes(`stat ${path}: no such file or directory`)) {
      return {
        run: infraResult(`binary not delivered: ${stderr.slice(0, 300)}`),
        needsFreshContainer: false,
        containerDamaged: false,
      }
    }
    if (exitCode === null && !sup.timedOut && !out.exceeded) {
      return damaged(infraResult('exec ended without an exit status'), true)
    }
    // A SIGKILL nobody here sent may be the OOM killer: only a fresh container reports OOMKilled precisely.
    const unexplainedKill = exitCode === 137 && !sup.killed
    const obs: RunObservation = {
      exitCode,
      oomKilled: false,
      startError: '',
      stderr,
      stdout: out.stdout(),
      timedOut: sup.timedOut,
      outputLimited: out.exceeded,
      okExitCodes: req.okExitCodes,
    }
    return {
      run: toResult(obs, durationMs),
      needsFreshContainer: unexplainedKill,
      containerDamaged: sup.killed || unexplainedKill,
    }
  } finally {
    sup.stop()
  }
}
