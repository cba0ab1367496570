// The fresh-container strategy: one container per binary (a single binary, an image with no idle program for its
// architecture, or a rerun of a run beside the idle program whose result a fresh container tells precisely).
import type { RunObservation } from './classify.js'
import { errorMessage } from './errors.js'
import { captureOutput } from './output-capture.js'
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
import type { OutputStream } from './runtime.js'
import { boundedWait, supervise, untilStopped } from './supervise.js'
import type { RunResult } from './types.js'

/** Runs each binary of the target in a fresh container, in order; cancelled ones become infrastructure cells. */
export async function runEachFresh(ctx: TargetContext, cells: CellResult[]): Promise<void> {
  for (const bin of await admittedBinaries(ctx)) {
    if (ctx.signal?.aborted) {
      cells.push(cellOf(ctx.req, bin.id, infraResult('cancelled')))
      continue
    }
    cells.push(cellOf(ctx.req, bin.id, await runFresh(ctx, ctx.pathOf.get(bin.path) as string)))
  }
}

/** Runs one binary (its path in the payload) in a fresh container, removed afterwards. */
export async function runFresh(ctx: TargetContext, path: string): Promise<RunResult> {
  let id: string
  try {
    id = await createDelivered(ctx, [path], ctx.req.args)
  } catch (err) {
    return faultResult(ctx, `cannot create the run container: ${errorMessage(err)}`)
  }
  try {
    return await runContainerOnce(ctx, id)
  } finally {
    await ctx.rt.removeContainer(id).catch(() => undefined)
    ctx.containers.delete(id)
  }
}

async function runContainerOnce(ctx: TargetContext, id: string): Promise<RunResult> {
  const { rt, req } = ctx
  let attached: OutputStream | undefined
  const sup = supervise({
    timeoutMs: req.timeoutMs,
    signal: ctx.signal,
    kill: () => rt.kill(id),
    stillRunning: async () => (await rt.inspectContainer(id)).running,
    onKillError: () => attached?.destroy(),
  })
  try {
    const out = captureOutput(ctx.capBytes, () => sup.kill())
    try {
      attached = await rt.attach(id, out.sink)
    } catch (err) {
      return faultResult(ctx, `cannot attach: ${errorMessage(err)}`)
    }
    const waited = rt.wait(id).catch(() => null)
    const started = Date.now()
    let startError = ''
    try {
      await rt.start(id)
    } catch (err) {
      startError = errorMessage(err)
    }
    sup.arm()
    try {
      if (!startError) await boundedWait(Promise.race([waited, attached.done]), req.timeoutMs + 15000)
      const state = await untilStopped(
        () => rt.inspectContainer(id),
        250,
        () => 20,
      )
      await boundedWait(attached.done, 500).catch(() => undefined)
      const durationMs = Date.now() - started
      if (ctx.signal?.aborted) return infraResult('cancelled')
      if (sup.killError !== null) return infraResult(`cannot stop the run: ${sup.killError}`)
      if (state.running) return infraResult('the container did not stop')
      const obs: RunObservation = {
        exitCode: startError && state.exitCode === 0 ? null : state.exitCode,
        oomKilled: state.oomKilled,
        startError: startError || state.error,
        stderr: out.stderr(),
        stdout: out.stdout(),
        timedOut: sup.timedOut,
        outputLimited: out.exceeded,
        okExitCodes: req.okExitCodes,
      }
      return toResult(obs, durationMs)
    } catch (err) {
      return faultResult(ctx, `run lost: ${errorMessage(err)}`)
    } finally {
      attached.destroy()
    }
  } finally {
    sup.stop()
  }
}
