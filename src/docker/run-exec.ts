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
import { ProcessQueries } from './idle-queries.js'
import type { AttachedStream, ExecHandle } from './runtime.js'
import { RecordParser, type ReadFiles } from './start-reads.js'
import { boundedWait, supervise, untilStopped } from './supervise.js'
import type { RunResult } from './types.js'

/** Runs each binary of the target through exec in one idle container, replaced whenever a run may have damaged it. */
export async function runWithExec(ctx: TargetContext, cells: CellResult[]): Promise<void> {
  const { rt } = ctx
  // the first container reads the files its image's probe asked for as it starts (start-reads.ts)
  const reads = ctx.reads?.pending ? startReadPaths(ctx.image.arch, ctx.reads.wanted).slice(0, IDLE_MAX_FILES) : []
  let main = await startIdle(ctx, reads)
  const binaries = await admittedBinaries(ctx)
  for (const [index, bin] of binaries.entries()) {
    if (ctx.signal?.aborted) {
      cells.push(cellOf(ctx.req, bin.id, infraResult('cancelled')))
      continue
    }
    const path = ctx.pathOf.get(bin.path) as string
    let r = await execOne(ctx, main.id, path)
    if (r.needsFreshContainer && !ctx.signal?.aborted) {
      // exec cannot tell an OOM kill from another SIGKILL, nor survive a dead container: rerun in a fresh one
      r = { run: await runFresh(ctx, path), needsFreshContainer: false, containerDamaged: r.containerDamaged }
    }
    cells.push(cellOf(ctx.req, bin.id, r.run))
    if (index === binaries.length - 1 || ctx.signal?.aborted) continue
    if (r.containerDamaged || (await leftovers(main.queries))) {
      main.close()
      ctx.removals.push(rt.removeContainer(main.id).catch(() => undefined))
      ctx.containers.delete(main.id)
      main = await startIdle(ctx, [])
    }
  }
  main.close()
}

/** A started idle container, and its idle program's answers to process queries. */
interface IdleContainer {
  id: string
  queries: ProcessQueries
  close(): void
}

/** Creates and starts an idle container that first reads `reads` for the target's start reads. */
async function startIdle(ctx: TargetContext, reads: string[]): Promise<IdleContainer> {
  const id = await createDelivered(ctx, [idlePath(ctx.image.arch)], reads, true)
  const idle = await attachIdle(ctx, id, reads)
  await ctx.rt.start(id)
  return idle
}

/** Most bytes a container's start reads may come to (the idle program sends no file over 32 MiB). */
const MAX_START_READ_BYTES = 128 << 20

/**
 * Attaches to the idle program of `container` before it starts: what it reads of `paths` goes to the target's start
 * reads as it arrives (null on any fault), what it writes after that answers process queries.
 */
async function attachIdle(ctx: TargetContext, container: string, paths: string[]): Promise<IdleContainer> {
  const reads = paths.length ? ctx.reads! : null
  const parser = reads ? new RecordParser(paths, MAX_START_READ_BYTES) : null
  let stream: AttachedStream | undefined
  const queries = new ProcessQueries((data) => stream!.write(data))
  let readsDone = !parser
  const settle = (files: ReadFiles | null): void => {
    readsDone = true
    reads?.settle(files)
  }
  const sink = (kind: 'stdout' | 'stderr', chunk: Buffer): void => {
    if (kind !== 'stdout') return
    if (readsDone) return queries.push(chunk)
    try {
      const contents = parser!.push(chunk)
      if (!contents) return
      settle({ arch: ctx.image.arch, contents })
      queries.push(parser!.rest())
    } catch {
      settle(null)
      queries.fail() // the records are out of step: so would the answers be
    }
  }
  try {
    stream = await ctx.rt.attach(container, sink, true)
  } catch {
    settle(null)
    queries.fail()
    return { id: container, queries, close: () => undefined }
  }
  // the stream ended (the container did): no last record, no more answers
  void stream.done.then(() => {
    if (!readsDone) settle(null)
    queries.fail()
  })
  return { id: container, queries, close: () => stream!.destroy() }
}

/** How long an idle program may take to count its container's processes. */
const COUNT_TIMEOUT_MS = 5000

/**
 * True when a process other than the idle program, the container's init, is left in it (or it cannot tell); orphans
 * become the idle program's, which reaps none: even a zombie left behind counts.
 */
async function leftovers(queries: ProcessQueries): Promise<boolean> {
  const count = await queries.count(COUNT_TIMEOUT_MS)
  return count === null || count > 1
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
