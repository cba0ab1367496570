// runMatrix: plan → (connect, pull, profiles, source index) → build + analyse → run → report, each phase a log group
// with its time; every dependency outside (builders, inspector, Docker, host, environment, clock) comes from deps.ts.
import { StartReads } from '../docker/start-reads.js'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Floor } from '../abi/types.js'
import { checkBuildIntent } from '../build/intent.js'
import type { BuildOutcome } from '../build/types.js'
import type { InspectedFile } from '../binary/types.js'
import { planMatrix } from '../matrix/plan.js'
import { resolvePromises } from '../matrix/promises.js'
import type { MatrixConfig, MatrixPlan, PlannedVariant } from '../matrix/types.js'
import type { MatrixCell, MatrixReport } from '../report/types.js'
import { analyseCells, floorOf, loadDependencySources } from './analysis.js'
import { buildAll, describeVariant } from './build-phase.js'
import { pipelineDeps, type PipelineDeps } from './deps.js'
import { pulledImage, type DockerSession } from './docker-session.js'
import { resolveModule } from './preflight.js'
import { resolveProfiles } from './profiles.js'
import { assembleReport } from './report-phase.js'
import { finishCellRuns, startCellRuns, type StartedCellRuns } from './run-phase.js'
import type { PipelineSinks } from './sinks.js'

/** Options of runMatrix. */
export interface RunMatrixOptions {
  /** Directory the config's working-directory is relative to. */
  cwd: string
  /** Keep binaries (bin/) and logs (logs/) here; without it they go to a temp dir removed at the end. */
  outDir?: string
  sinks: PipelineSinks
  signal?: AbortSignal
  /** auto: use Docker when it answers; required: fail (verdict error) without it; off: static analysis only. */
  docker?: 'auto' | 'required' | 'off'
  /** Shard i (1-based) of n (ignored with `plan`). */
  shard?: { index: number; count: number } | null
  /** The plan of this config, when the caller made it already (the action); else runMatrix plans. */
  plan?: MatrixPlan
  /** Skip runs in target containers (static verdicts only). */
  noRun?: boolean
  /** Docker endpoint (default: DOCKER_HOST or the local socket). */
  dockerHost?: string
  /**
   * The session: this whole abigap invocation (the action's step). Labels every container and volume it creates
   * (io.abigap.session), so a later step (the action's post) can sweep them all.
   */
  sessionId?: string
  /** Builders, inspector, Docker, host, environment and clock (default: the real ones; see deps.ts). */
  deps?: Partial<PipelineDeps>
}

/** Plans, builds, analyses and runs the matrix, and returns the full report (never throws for build or run faults). */
export async function runMatrix(config: MatrixConfig, opts: RunMatrixOptions): Promise<MatrixReport> {
  const { sinks } = opts
  const timings: Record<string, number> = {}
  const deps = pipelineDeps(opts.deps)
  const startedAll = deps.now()
  const timed = async <T>(phase: string, fn: () => Promise<T>): Promise<T> => {
    const t = deps.now()
    try {
      return await sinks.group(phase, fn)
    } finally {
      timings[phase] = (timings[phase] ?? 0) + (deps.now() - t)
    }
  }
  const skipped: string[] = []
  const infrastructureErrors: string[] = []

  // plan (a ConfigError here is the user's mistake: it propagates)
  const { plan, moduleRoot, promises } = await timed('plan', async () => {
    const plan = opts.plan ?? planMatrix(config, { shard: opts.shard ?? null, hostArch: deps.hostArch })
    const { moduleRoot } = resolveModule(config, opts.cwd)
    // promises name variants and targets of the whole matrix, whichever shard this is
    const promises = resolvePromises(config, plan.unsharded ?? plan)
    sinks.log(
      `${plan.variants.length} variant(s) × ${plan.targets.length} target(s) = ${plan.cells.length} cell(s)` +
        (plan.shard ? ` (shard ${plan.shard.index}/${plan.shard.count})` : ''),
    )
    for (const v of plan.variants) sinks.log(`  ${v.name}: ${describeVariant(v)}`)
    for (const d of plan.dropped) sinks.log(`  dropped ${d.combo}: ${d.reason}`)
    return { plan, moduleRoot, promises }
  })

  const keepDir = opts.outDir ? path.resolve(opts.cwd, opts.outDir) : null
  const workDir = keepDir ?? mkdtempSync(path.join(os.tmpdir(), 'abigap-matrix-'))
  const binDir = path.join(workDir, 'bin')
  mkdirSync(binDir, { recursive: true })

  const dockerMode = opts.docker ?? config.docker.mode
  const needsDockerForBuilds = plan.variants.some((v) => v.builder !== 'host')
  const wantRuns = !opts.noRun && dockerMode !== 'off'
  if (dockerMode === 'off') skipped.push('runs in target containers skipped: docker: off')
  if (opts.noRun && dockerMode !== 'off') skipped.push('runs in target containers skipped: --no-run')

  // Docker, target profiles and the source index are prepared while the builds run.
  const dockerReady: Promise<DockerSession | null> =
    dockerMode !== 'off' && (wantRuns || needsDockerForBuilds || plan.targets.length > 0)
      ? (async () => {
          const connectStarted = deps.now()
          const res = await deps.openDocker(opts.dockerHost, opts.sessionId)
          timings.connect = deps.now() - connectStarted
          if (res.ok) return res.session
          if (dockerMode === 'required') infrastructureErrors.push(`Docker is required but unavailable: ${res.error}`)
          else
            skipped.push(
              `Docker unavailable (${res.error}): runs in target containers and builder-image builds skipped; verdicts are static only`,
            )
          return null
        })()
      : Promise.resolve(null)
  // pull: each target image once, in its own log group, before the probes, builds and runs use it
  // pull: each target image once, in its own log group, before the probes, builds and runs use it; with
  // `pull: never` nothing is downloaded, so the images are resolved quietly alongside the builds instead
  const noPulls = config.docker.pull === 'never'
  const imagesReady = dockerReady.then((docker) => {
    if (!docker || plan.targets.length === 0) return undefined
    // builder images too (as the builds use them: pull when missing), so their download is not silent either
    const builders = plan.variants
      .filter((v) => v.builder !== 'host')
      .map((v) => ({ ref: v.builder, pull: 'missing' as const }))
    const pull = (images: Parameters<DockerSession['pullImages']>[0], log: (l: string) => void) =>
      docker.pullImages(images, { pull: config.docker.pull, log, signal: opts.signal })
    return noPulls
      ? pull(plan.targets, () => undefined)
      : timed('pull', () => pull([...plan.targets, ...builders], (l) => sinks.log(l)))
  })
  // the probes read what the built binaries load (their DT_NEEDED, known once every build is done), not whole images:
  // a whole-image probe streams /usr/lib (~0.75 s of CPU each), and beside the builds it slowed them down
  let buildsDone: (needed: readonly string[]) => void = () => undefined
  const builtNeeds = new Promise<readonly string[]>((resolve) => (buildsDone = resolve))
  // with runs, each target's first run container reads the files its probe needs as it starts (start-reads.ts); every
  // one is settled once the runs are over, or at the end when they never start
  const startReads = wantRuns
    ? builtNeeds.then((needs) => new Map(plan.targets.map((t) => [t.id, new StartReads(needs)])))
    : Promise.resolve(null)
  const profilesReady = Promise.all([imagesReady, builtNeeds, startReads])
    .then(async ([, exportsFor, reads]) => ({ docker: await dockerReady, exportsFor, reads }))
    .then(({ docker, exportsFor, reads }) =>
      resolveProfiles(plan.targets, {
        docker: docker?.rt ?? null,
        session: docker,
        hostArch: deps.hostArch,
        pull: config.docker.pull,
        signal: opts.signal,
        log: (l) => sinks.log(l),
        exportsFor,
        startReads: reads,
      }),
    )
  const sourceReady = deps.loadSourceIndex(moduleRoot)
  const muslReady = plan.variants.some((v) => v.cgo) ? deps.muslToolchain() : Promise.resolve(null)
  // keep rejections from surfacing before they are awaited
  profilesReady.catch(() => undefined)
  muslReady.catch(() => undefined)

  const facts = new Map<string, InspectedFile>()
  const floors = new Map<string, Floor>()
  const cellsByVariant = new Map<string, MatrixCell[]>()
  /** Milliseconds of analysis work (it overlaps the builds, so the 'analyse' phase shows only what is left after them). */
  let analysisWork = 0
  /** Intent check, floor, and static verdicts of one finished build (overlaps the builds still running). */
  const analyseBuild = async (o: BuildOutcome): Promise<void> => {
    if (!o.binaryPath) return
    let work = performance.now()
    const v = plan.variants.find((x) => x.name === o.record.variant) as PlannedVariant
    const f = deps.inspect(o.binaryPath)
    facts.set(v.name, f)
    const gaps = checkBuildIntent(v, f)
    o.record.gaps.push(...gaps)
    if (gaps.some((g) => g.kind === 'toolchain-mismatch' && g.severity === 'error')) {
      o.record.status = 'toolchain-mismatch'
      for (const g of gaps) sinks.log(`  ${v.name}: toolchain-mismatch: ${g.message}`)
    }
    o.record.needed = [...f.needed]
    const floor = floorOf(f, v.arch)
    if (floor) floors.set(v.name, floor)
    o.record.floor = floor?.libc ?? null
    const glibc = f.requires.GLIBC
    if (glibc) o.record.floorSymbols = (f.requiredBy.GLIBC ?? []).slice(0, 20).map((sym) => `${sym}@GLIBC_${glibc}`)
    analysisWork += performance.now() - work
    const [profiles, source, muslToolchain] = await Promise.all([profilesReady, sourceReady, muslReady])
    const dependencies = await loadDependencySources(f, source, deps.dependencySources)
    work = performance.now()
    const staticNssSymbols = deps.staticNss(o.binaryPath, f)
    cellsByVariant.set(
      v.name,
      analyseCells(plan, o, f, profiles, { source, staticNssSymbols, dependencies, muslToolchain }),
    )
    analysisWork += performance.now() - work
  }

  // the runs start before the analysis: an error after that stops them and waits for their containers to go
  const stopRuns = new AbortController()
  const forward = () => stopRuns.abort()
  opts.signal?.addEventListener('abort', forward, { once: true })
  if (opts.signal?.aborted) stopRuns.abort()
  let runs: StartedCellRuns | null = null
  try {
    if (!noPulls) await imagesReady // its log group closes before the build group opens
    // build (each finished build is analysed right away)
    const analyses: Promise<void>[] = []
    const outcomes = await timed('build', () =>
      buildAll(config, plan, {
        moduleRoot,
        binDir,
        dockerReady,
        dockerMode,
        sinks,
        ...(opts.signal ? { signal: opts.signal } : {}),
        deps,
        infrastructureErrors,
        onBuilt: (o) => analyses.push(analyseBuild(o)),
      }),
    ).finally(() => buildsDone([...new Set([...facts.values()].flatMap((f) => f.needed))]))
    const docker = await dockerReady
    // the runs start now, beside the probes (a target's binaries run once its image's architecture is known)
    runs =
      wantRuns && docker
        ? startCellRuns(
            config,
            plan,
            outcomes,
            facts,
            docker,
            async (id) => {
              const t = plan.targets.find((x) => x.id === id)!
              const img = pulledImage(await imagesReady, t)
              return img && !('error' in img) ? img.arch : null
            },
            { sinks, signal: stopRuns.signal, concurrency: deps.runConcurrency, startReads: await startReads },
          )
        : null
    if (!runs) settleAll(await startReads)
    runs?.results.catch(() => undefined) // awaited below; a failed analysis must not leave it unhandled

    // analyse: what is left of it once the last build is done
    const analysed = await timed('analyse', async () => {
      await Promise.all(analyses)
      const profiles = await profilesReady
      for (const p of profiles.values()) if (p.note) skipped.push(p.note)
      for (const p of profiles.values()) if (p.infrastructureError) infrastructureErrors.push(p.infrastructureError)
      const cells = plan.variants.flatMap((v) => cellsByVariant.get(v.name) ?? [])
      timings.analysisWork = Math.round(analysisWork)
      return { facts, cells, profiles, floors }
    })

    // run: what is left of the runs once the verdicts are in
    const started = runs
    if (started) {
      await timed('run', () => finishCellRuns(started, analysed.cells, analysed.profiles, sinks, skipped))
    } else if (wantRuns && !docker && dockerMode === 'required') {
      skipped.push('runs in target containers skipped: Docker unavailable')
    }

    // report
    const report = await timed('report', async () =>
      assembleReport(plan, outcomes, analysed, {
        pulled: await imagesReady,
        promises,
        skipped,
        infrastructureErrors,
        timings,
      }),
    )
    timings.total = deps.now() - startedAll
    if (keepDir) writeLogs(keepDir, report)
    return report
  } catch (err) {
    stopRuns.abort()
    await runs?.results
    throw err
  } finally {
    void startReads.then(settleAll)
    opts.signal?.removeEventListener('abort', forward)
    if (!keepDir) rmSync(workDir, { recursive: true, force: true })
  }
}

/** Settles start reads nobody will deliver (a probe waiting on them gets nothing, and reads through the archive API). */
function settleAll(reads: ReadonlyMap<string, StartReads> | null): void {
  reads?.forEach((r) => r.settle(null))
}

/** Saves one build log per variant next to the binaries (report.json is the faces' to write, once, when final). */
function writeLogs(dir: string, report: MatrixReport): void {
  mkdirSync(path.join(dir, 'logs'), { recursive: true })
  for (const b of report.builds) {
    writeFileSync(path.join(dir, 'logs', `${b.variant}.build.log`), `$ ${b.command.join(' ')}\n${b.log}`)
  }
}
