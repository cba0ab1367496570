import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { CheckResult, Floor } from '../abi/types.js'
import { buildVariants } from '../build/build-variants.js'
import { cacheVolumeName } from '../build/cache-volume.js'
import { containerBuilder } from '../build/container-builder.js'
import { hostGoArch } from '../build/host-arch.js'
import { buildOnHost } from '../build/host-builder.js'
import { checkBuildIntent } from '../build/intent.js'
import type { Builder, BuildOutcome } from '../build/types.js'
import type { CellResult } from '../docker/run-targets.js'
import type { RunRequest, RunResult } from '../docker/types.js'
import type { InspectedFile } from '../elf/types.js'
import { inspectFile } from '../io/inspect-file.js'
import { staticNssSymbolsOf } from '../io/static-nss.js'
import { planMatrix } from '../matrix/plan.js'
import { resolvePromises } from '../matrix/promises.js'
import type { MatrixConfig, MatrixPlan, PlannedVariant, TargetSpec } from '../matrix/types.js'
import { evaluateReport } from '../report/verdict.js'
import type { BuildRecord, MatrixCell, MatrixReport, TargetSummary, VariantSummary } from '../report/types.js'
import { reconcileRun } from '../abi/reconcile.js'
import { analyseCell, floorOf, loadSourceIndex, type SourceIndexLike } from './analysis.js'
import { openDocker, type DockerSession } from './docker-session.js'
import { resolveModule } from './preflight.js'
import { recommendArtifacts } from './recommend.js'
import type { PipelineSinks } from './sinks.js'
import { resolveProfiles, type ResolvedProfile } from './profiles.js'

declare const __ABIGAP_VERSION__: string | undefined
const VERSION = typeof __ABIGAP_VERSION__ === 'string' ? __ABIGAP_VERSION__ : '0.1.0'

/** Options of runMatrix. */
export interface RunMatrixOptions {
  /** Directory the config's working-directory is relative to. */
  cwd: string
  /** Keep binaries (bin/), logs (logs/) and report.json here; without it they go to a temp dir removed at the end. */
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
  /** Labels every container and volume of this run, so a later step (the action's post) can sweep them. */
  runId?: string
}

/** Plans, builds, analyses and runs the matrix, and returns the full report (never throws for build or run faults). */
export async function runMatrix(config: MatrixConfig, opts: RunMatrixOptions): Promise<MatrixReport> {
  const { sinks } = opts
  const timings: Record<string, number> = {}
  const startedAll = Date.now()
  const timed = async <T>(phase: string, fn: () => Promise<T>): Promise<T> => {
    const t = Date.now()
    try {
      return await sinks.group(phase, fn)
    } finally {
      timings[phase] = (timings[phase] ?? 0) + (Date.now() - t)
    }
  }
  const skipped: string[] = []
  const infrastructureErrors: string[] = []

  // plan (a ConfigError here is the user's mistake: it propagates)
  const { plan, moduleRoot, promises } = await timed('plan', async () => {
    const plan = opts.plan ?? planMatrix(config, { shard: opts.shard ?? null, hostArch: hostGoArch() })
    const { moduleRoot } = resolveModule(config, opts.cwd)
    // promises name variants and targets of the whole matrix, whichever shard this is
    const promises = resolvePromises(
      config,
      plan.shard ? planMatrix(config, { shard: null, hostArch: hostGoArch() }) : plan,
    )
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
          const connectStarted = Date.now()
          const res = await openDocker(opts.dockerHost, opts.runId)
          timings.connect = Date.now() - connectStarted
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
  const profilesReady = imagesReady
    .then(() => dockerReady)
    .then((docker) =>
      resolveProfiles(plan.targets, {
        docker: docker?.rt ?? null,
        session: docker,
        hostArch: hostGoArch(),
        pull: config.docker.pull,
        signal: opts.signal,
        log: (l) => sinks.log(l),
      }),
    )
  const sourceReady = loadSourceIndex(moduleRoot)
  // keep rejections from surfacing before they are awaited
  profilesReady.catch(() => undefined)

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
    const f = inspectFile(o.binaryPath)
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
    const [profiles, source] = await Promise.all([profilesReady, sourceReady])
    work = performance.now()
    cellsByVariant.set(v.name, analyseCells(plan, o, f, profiles, source, staticNssSymbolsOf(o.binaryPath, f)))
    analysisWork += performance.now() - work
  }

  try {
    if (!noPulls) await imagesReady // its log group closes before the build group opens
    // build (each finished build is analysed right away)
    const analyses: Promise<void>[] = []
    const outcomes = await timed('build', () =>
      buildAll(config, plan, moduleRoot, binDir, dockerReady, opts, infrastructureErrors, (o) => {
        analyses.push(analyseBuild(o))
      }),
    )
    const docker = await dockerReady

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

    // run
    if (wantRuns && docker) {
      await timed('run', () =>
        runCells(config, plan, outcomes, analysed.cells, analysed.profiles, docker as DockerSession, opts, skipped),
      )
    } else if (wantRuns && !docker && dockerMode === 'required') {
      skipped.push('runs in target containers skipped: Docker unavailable')
    }

    // report
    const report = await timed('report', async () => {
      const variants: VariantSummary[] = plan.variants.map((v) => ({
        name: v.name,
        cgo: v.cgo,
        libc: v.libc,
        link: v.link,
        arch: v.arch,
        builder: v.builder,
      }))
      const builds: BuildRecord[] = outcomes.map((o) => o.record)
      for (const o of outcomes) if (o.infrastructureError) infrastructureErrors.push(o.infrastructureError)
      const pulled = await imagesReady
      const targets: TargetSummary[] = plan.targets.map((t) => {
        const img = pulled?.get(`${t.ref}\u0000${t.platform ?? ''}`)
        const image = img && !('error' in img) ? { id: img.id, digest: img.digest } : null
        return { id: t.id, ref: t.ref, platform: t.platform, declaredAt: t.declaredAt, ...(image ? { image } : {}) }
      })
      const floors = outcomes
        .filter((o) => o.binaryPath && analysed.facts.has(o.record.variant))
        .map((o) => {
          const f = analysed.floors.get(o.record.variant)
          return { ...(f ?? { libc: { flavor: 'unknown', version: null } }), file: o.record.binary as string }
        })
      const recommended = recommendArtifacts(
        plan.targets.map((t) => t.id),
        variants,
        builds,
        analysed.cells,
      )
      if (plan.dropped.length) {
        skipped.push(...plan.dropped.map((d) => `variant ${d.combo} not built: ${d.reason}`))
      }
      const report: MatrixReport = {
        schemaVersion: 1,
        tool: { name: 'abigap', version: VERSION },
        verdict: 'pass',
        variants,
        targets,
        builds,
        results: analysed.cells,
        floors,
        recommended,
        skipped: [...new Set(skipped)],
        infrastructureErrors: [...new Set(infrastructureErrors)],
        timings,
        shard: plan.shard,
        // a shard keeps the whole plan's order so `abigap merge` restores the unsharded report
        plan: plan.shard ? plan.order : null,
        promises,
      }
      report.verdict = evaluateReport(report, 'error').verdict
      return report
    })
    timings.total = Date.now() - startedAll
    if (keepDir) writeOutDir(keepDir, report)
    return report
  } finally {
    if (!keepDir) rmSync(workDir, { recursive: true, force: true })
  }
}

/** Saves report.json and one build log per variant next to the binaries. */
function writeOutDir(dir: string, report: MatrixReport): void {
  writeFileSync(path.join(dir, 'report.json'), JSON.stringify(report, null, 2) + '\n')
  mkdirSync(path.join(dir, 'logs'), { recursive: true })
  for (const b of report.builds) {
    writeFileSync(path.join(dir, 'logs', `${b.variant}.build.log`), `$ ${b.command.join(' ')}\n${b.log}`)
  }
}

function describeVariant(v: PlannedVariant): string {
  const parts = [v.cgo ? `cgo ${v.libc} ${v.link}` : 'no cgo (static)', v.arch, `builder ${v.builder}`]
  if (v.tags.length) parts.push(`tags ${v.tags.join(',')}`)
  return parts.join(', ')
}

async function buildAll(
  config: MatrixConfig,
  plan: MatrixPlan,
  moduleRoot: string,
  binDir: string,
  dockerReady: Promise<DockerSession | null>,
  opts: RunMatrixOptions,
  infrastructureErrors: string[],
  onBuilt: (o: BuildOutcome) => void,
): Promise<BuildOutcome[]> {
  const ctx = {
    moduleRoot,
    settings: {
      package: config.package,
      goFlags: config.goFlags,
      tags: config.tags,
      ldflags: config.ldflags,
      env: config.env,
      downloadModules: config.modules.download,
    },
    outDir: binDir,
    hostArch: hostGoArch(),
    timeoutMs: config.build.timeoutMs,
    signal: opts.signal,
    onOutput: (variant: string, line: string) => opts.sinks.progress?.(`[${variant}] ${line}`),
  }
  const unavailable = (v: PlannedVariant): BuildOutcome => {
    const why = (opts.docker ?? config.docker.mode) === 'off' ? 'Docker is off (docker: off)' : 'Docker is unavailable'
    const message = `builder image ${v.builder} needs Docker: ${why}`
    infrastructureErrors.push(`${v.name}: ${message}`)
    return {
      record: {
        variant: v.name,
        status: 'skipped',
        binary: null,
        durationMs: 0,
        command: [],
        env: {},
        diagnostics: [],
        gaps: [],
        log: message,
        floor: null,
      },
      binaryPath: null,
      infrastructureError: null,
    }
  }
  let inContainer: Builder | null = null
  const container: Builder = async (v, c) => {
    const docker = await dockerReady
    if (!docker) return unavailable(v)
    // one cache volume per repository + ref + module + builder image: a PR's build cannot poison a trusted build's cache
    inContainer ??= containerBuilder({
      run: docker.runBuild,
      cacheVolume: (image) =>
        cacheVolumeName({
          moduleRoot,
          image,
          repository: process.env.GITHUB_REPOSITORY ?? null,
          ref: process.env.GITHUB_REF ?? null,
        }),
    })
    return inContainer(v, c)
  }
  const finish = (o: BuildOutcome): BuildOutcome => {
    // paths in the report are relative to the report's directory
    if (o.binaryPath) o.record.binary = path.relative(path.dirname(binDir), o.binaryPath)
    o.record.command = o.record.command.map((a) =>
      a.startsWith(binDir + path.sep) ? path.relative(path.dirname(binDir), a) : a,
    )
    const status = o.record.status === 'ok' ? `ok in ${(o.record.durationMs / 1000).toFixed(1)} s` : o.record.status
    opts.sinks.log(`  ${o.record.variant}: ${status}`)
    if (o.record.status === 'failed') {
      for (const d of o.record.diagnostics.slice(0, 5)) opts.sinks.log(`    ${formatDiag(d)}`)
    }
    onBuilt(o)
    return o
  }
  return buildVariants(
    plan.variants,
    ctx,
    { host: async (v, c) => finish(await buildOnHost(v, c)), container: async (v, c) => finish(await container(v, c)) },
    config.build.concurrency,
  )
}

function formatDiag(d: { file: string | null; line: number | null; column: number | null; message: string }): string {
  return d.file ? `${d.file}:${d.line ?? '?'}${d.column ? `:${d.column}` : ''}: ${d.message}` : d.message
}

function analyseCells(
  plan: MatrixPlan,
  o: BuildOutcome,
  f: InspectedFile,
  profiles: Map<string, ResolvedProfile>,
  source: SourceIndexLike | null,
  staticNssSymbols: string[],
): MatrixCell[] {
  return plan.cells
    .filter((c) => c.variant === o.record.variant)
    .map((c) => {
      const resolved = profiles.get(c.target)
      const result: CheckResult = analyseCell(
        f,
        resolved?.profile ?? null,
        c.target,
        resolved?.reason ?? null,
        source,
        staticNssSymbols,
      )
      return {
        ...result,
        file: o.record.binary as string,
        target: c.target,
        variant: c.variant,
        run: null,
        agreement: 'not-run' as const,
      }
    })
}

async function runCells(
  config: MatrixConfig,
  plan: MatrixPlan,
  outcomes: BuildOutcome[],
  cells: MatrixCell[],
  profiles: Map<string, ResolvedProfile>,
  docker: DockerSession,
  opts: RunMatrixOptions,
  skipped: string[],
): Promise<void> {
  const requests = new Map<string, RunRequest>()
  for (const c of cells) {
    const o = outcomes.find((x) => x.record.variant === c.variant)
    if (!o?.binaryPath) continue
    if (profiles.get(c.target)?.imageUnavailable) continue
    // a binary of another architecture than the image would run natively on a host of its own architecture (or
    // through the host's QEMU binfmt): a run there proves nothing about the target's machines, so it is not run
    if (c.gaps.some((g) => g.kind === 'arch-mismatch')) {
      skipped.push(
        `${c.variant} not run on ${c.target}: the binary's architecture is not the image's (arch-mismatch is a static verdict; a run on this host would execute it natively or under emulation)`,
      )
      continue
    }
    const target = plan.targets.find((t) => t.id === c.target) as TargetSpec
    let req = requests.get(target.id)
    if (!req) {
      req = {
        targetId: target.id,
        image: target.ref,
        ...(target.platform ? { platform: target.platform } : {}),
        binaries: [],
        args: config.run.args,
        timeoutMs: config.run.timeoutMs,
        okExitCodes: config.run.successExitCodes,
      }
      requests.set(target.id, req)
    }
    req.binaries.push({ id: c.variant, path: o.binaryPath })
  }
  if (!requests.size) return
  const cellOf = new Map(cells.map((c) => [`${c.target}\0${c.variant}`, c]))
  let results: CellResult[]
  try {
    results = await docker.runInTargets([...requests.values()], {
      concurrency: Math.max(1, Math.min(2, os.cpus().length)),
      signal: opts.signal,
      pull: config.docker.pull,
      onProgress: (l) => opts.sinks.progress?.(l),
    })
  } catch (e) {
    const message = `runs failed: ${(e as Error).message}`
    results = [...requests.values()].flatMap((r) =>
      r.binaries.map((b) => ({
        targetId: r.targetId as string,
        image: r.image,
        binaryId: b.id,
        run: infraRun(message),
      })),
    )
  }
  for (const r of results) {
    const cell = cellOf.get(`${r.targetId}\0${r.binaryId}`)
    if (!cell) continue
    cell.run = r.run
    cell.agreement = reconcileRun(cell, r.run)
  }
  for (const c of cells) {
    if (c.run)
      opts.sinks.log(
        `  ${c.variant} on ${c.target}: ${c.run.outcome}${c.run.exitCode !== null ? ` (exit ${c.run.exitCode})` : ''}`,
      )
  }
}

function infraRun(error: string): RunResult {
  return { outcome: 'infrastructure-error', exitCode: null, signal: null, stdout: '', stderr: '', durationMs: 0, error }
}
