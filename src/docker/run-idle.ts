// The idle strategy: one idle container per target, each binary started in it by its idle program (a fork and an
// execve inside the container, the engine not involved); a container a run may have damaged (a kill, leftover
// processes) is replaced before the next binary.
import type { RunObservation } from './classify.js'
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
import { IdleChannel } from './idle-channel.js'
import { idleOutcome } from './idle-outcome.js'
import type { AttachedStream } from './runtime.js'
import { RecordParser, type ReadFiles } from './start-reads.js'
import { boundedWait, supervise } from './supervise.js'
import type { RunResult } from './types.js'

/** Runs each binary of the target in one idle container, replaced whenever a run may have damaged it. */
export async function runInIdleContainer(ctx: TargetContext, cells: CellResult[]): Promise<void> {
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
    let r = await runBeside(ctx, main, path)
    if (r.needsFreshContainer && !ctx.signal?.aborted) {
      // the idle program cannot tell an OOM kill from another SIGKILL, nor survive a dead container: rerun in a fresh one
      r = { run: await runFresh(ctx, path), needsFreshContainer: false, containerDamaged: r.containerDamaged }
    }
    cells.push(cellOf(ctx.req, bin.id, r.run))
    if (index === binaries.length - 1 || ctx.signal?.aborted) continue
    if (r.containerDamaged || (await leftovers(main.channel))) {
      main.close()
      ctx.removals.push(rt.removeContainer(main.id).catch(() => undefined))
      ctx.containers.delete(main.id)
      main = await startIdle(ctx, [])
    }
  }
  main.close()
}

/** A started idle container, and the channel to its idle program. */
interface IdleContainer {
  id: string
  channel: IdleChannel
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
 * reads as it arrives (null on any fault), what it writes after that is the channel's (counts, runs).
 */
async function attachIdle(ctx: TargetContext, container: string, paths: string[]): Promise<IdleContainer> {
  const reads = paths.length ? ctx.reads! : null
  const parser = reads ? new RecordParser(paths, MAX_START_READ_BYTES) : null
  let stream: AttachedStream | undefined
  const channel = new IdleChannel((data) => stream!.write(data))
  let readsDone = !parser
  const settle = (files: ReadFiles | null): void => {
    readsDone = true
    reads?.settle(files)
  }
  const sink = (kind: 'stdout' | 'stderr', chunk: Buffer): void => {
    // the records are on stdout only: stderr (a run's, its marker) may come before their end, the streams being apart
    if (readsDone || kind === 'stderr') return channel.push(kind, chunk)
    try {
      const contents = parser!.push(chunk)
      if (!contents) return
      settle({ arch: ctx.image.arch, contents })
      channel.push('stdout', parser!.rest())
    } catch {
      settle(null)
      channel.fail() // the records are out of step: so would the answers be
    }
  }
  try {
    stream = await ctx.rt.attach(container, sink, true)
  } catch {
    settle(null)
    channel.fail()
    return { id: container, channel, close: () => undefined }
  }
  // the stream ended (the container did): no last record, no more answers
  void stream.done.then(() => {
    if (!readsDone) settle(null)
    channel.fail()
  })
  return { id: container, channel, close: () => stream!.destroy() }
}

/** How long an idle program may take to count its container's processes. */
const COUNT_TIMEOUT_MS = 5000

/**
 * True when a process other than the idle program, the container's init, is left in it (or it cannot tell); orphans
 * become the idle program's, which reaps none: even a zombie left behind counts.
 */
async function leftovers(channel: IdleChannel): Promise<boolean> {
  const count = await channel.count(COUNT_TIMEOUT_MS)
  return count === null || count > 1
}

/** One run's result, and what it means for the container it ran in. */
export interface IdleRun {
  run: RunResult
  /** Only a fresh container can tell this result precisely (an unexplained SIGKILL, a lost run). */
  needsFreshContainer: boolean
  /** The container may not be clean for the next binary. */
  containerDamaged: boolean
}

const damaged = (run: RunResult, needsFreshContainer: boolean): IdleRun => ({
  run,
  needsFreshContainer,
  containerDamaged: true,
})

/** Has the idle program of `idle` run the binary at `path`, under the request's time limit and output cap. */
async function runBeside(ctx: TargetContext, idle: IdleContainer, path: string): Promise<IdleRun> {
  const { rt, req } = ctx
  const started = Date.now()
  let reported = false
  const sup = supervise({
    timeoutMs: req.timeoutMs,
    signal: ctx.signal,
    kill: () => rt.kill(idle.id),
    stillRunning: async () => !reported,
    onKillError: () => idle.channel.fail(),
  })
  try {
    const out = captureOutput(ctx.capBytes, () => sup.kill())
    const pending = idle.channel.run([path, ...req.args], out.sink)
    // arguments the idle program cannot take (over 1 MiB, or with a NUL): a container of its own takes them
    if (!pending) {
      const run = faultResult(ctx, 'the arguments are too large for the idle program')
      return { run, needsFreshContainer: true, containerDamaged: false }
    }
    sup.arm()
    const report = await boundedWait(pending, req.timeoutMs + 15000)
    reported = true
    const durationMs = Date.now() - started
    if (ctx.signal?.aborted) return damaged(infraResult('cancelled'), false)
    if (sup.killError !== null) return damaged(infraResult(`cannot stop the run: ${sup.killError}`), false)
    const obs: RunObservation = {
      exitCode: null,
      oomKilled: false,
      startError: '',
      stderr: out.stderr(),
      stdout: out.stdout(),
      timedOut: sup.timedOut,
      outputLimited: out.exceeded,
      okExitCodes: req.okExitCodes,
    }
    if (!report) {
      // killed for its time or its output: that is its outcome; else the container ended under it
      if (sup.timedOut || out.exceeded) return damaged(toResult(obs, durationMs), false)
      return damaged(faultResult(ctx, 'the run container ended during the run'), true)
    }
    const outcome = idleOutcome(path, report)
    if (outcome.kind === 'absent') {
      return { run: infraResult(outcome.message), needsFreshContainer: false, containerDamaged: false }
    }
    if (outcome.kind === 'fault') return damaged(infraResult(outcome.message), true)
    // A SIGKILL nobody here sent may be the OOM killer: only a fresh container reports OOMKilled precisely.
    const unexplainedKill = outcome.exitCode === 137 && !sup.killed
    return {
      run: toResult({ ...obs, exitCode: outcome.exitCode, startError: outcome.startError }, durationMs),
      needsFreshContainer: unexplainedKill,
      containerDamaged: sup.killed || unexplainedKill,
    }
  } finally {
    sup.stop()
  }
}
