// The build phase of runMatrix: every variant built on the host or in its builder image, paths made relative to
// the report, progress logged; builder images need Docker (without it the variant is skipped, an infrastructure error).
import path from 'node:path'
import { buildVariants } from '../build/build-variants.js'
import { cacheVolumeName } from '../build/cache-volume.js'
import type { Builder, BuildOutcome } from '../build/types.js'
import type { MatrixConfig, MatrixPlan, PlannedVariant } from '../matrix/types.js'
import type { PipelineDeps } from './deps.js'
import type { DockerSession } from './docker-session.js'
import type { PipelineSinks } from './sinks.js'

/** What the build phase needs besides the config and the plan. */
export interface BuildPhase {
  moduleRoot: string
  binDir: string
  dockerReady: Promise<DockerSession | null>
  dockerMode: 'auto' | 'required' | 'off'
  sinks: PipelineSinks
  signal?: AbortSignal
  deps: PipelineDeps
  infrastructureErrors: string[]
  onBuilt: (o: BuildOutcome) => void
}

/** Builds every variant (host or builder image); each finished build goes to onBuilt at once. */
export async function buildAll(config: MatrixConfig, plan: MatrixPlan, phase: BuildPhase): Promise<BuildOutcome[]> {
  const { moduleRoot, binDir, dockerReady, sinks, deps, infrastructureErrors, onBuilt } = phase
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
    hostArch: deps.hostArch,
    timeoutMs: config.build.timeoutMs,
    signal: phase.signal,
    onOutput: (variant: string, line: string) => sinks.progress?.(`[${variant}] ${line}`),
  }
  const unavailable = (v: PlannedVariant): BuildOutcome => {
    const why = phase.dockerMode === 'off' ? 'Docker is off (docker: off)' : 'Docker is unavailable'
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
    inContainer ??= deps.containerBuilder({
      run: docker.runBuild,
      cacheVolume: (image) =>
        cacheVolumeName({
          moduleRoot,
          image,
          repository: deps.env.GITHUB_REPOSITORY ?? null,
          ref: deps.env.GITHUB_REF ?? null,
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
    sinks.log(`  ${o.record.variant}: ${status}`)
    if (o.record.status === 'failed') {
      for (const d of o.record.diagnostics.slice(0, 5)) sinks.log(`    ${formatDiag(d)}`)
    }
    onBuilt(o)
    return o
  }
  return buildVariants(
    plan.variants,
    ctx,
    {
      host: async (v, c) => finish(await deps.buildOnHost(v, c)),
      container: async (v, c) => finish(await container(v, c)),
    },
    config.build.concurrency,
  )
}

function formatDiag(d: { file: string | null; line: number | null; column: number | null; message: string }): string {
  return d.file ? `${d.file}:${d.line ?? '?'}${d.column ? `:${d.column}` : ''}: ${d.message}` : d.message
}

/** One line describing a planned variant (the plan phase's log). */
export function describeVariant(v: PlannedVariant): string {
  const parts = [v.cgo ? `cgo ${v.libc} ${v.link}` : 'no cgo (static)', v.arch, `builder ${v.builder}`]
  if (v.tags.length) parts.push(`tags ${v.tags.join(',')}`)
  return parts.join(', ')
}
