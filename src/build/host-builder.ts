import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { PlannedVariant } from '../matrix/types.js'
import { hostBuildEnv } from './build-env.js'
import { parseBuildDiagnostics, undefinedReferences } from './diagnostics.js'
import { indexSource } from '../io/source-index.js'
import { failureDiagnostics, type ToolchainLibc } from './failure-diagnostics.js'
import { goBuildCommand, shellCommand } from './go-command.js'
import { binaryName, builtBinary, failedBuild, isElfExecutable } from './outcome.js'
import { runProcess, which } from './process.js'
import type { BuildContext, BuildOutcome } from './types.js'

const LOG_TAIL = 16 * 1024

/** A precise message for a missing C compiler. */
function missingCompilerMessage(cc: string, variant: PlannedVariant): string {
  if (cc === 'musl-gcc') return 'musl-gcc not found: install musl-tools or use a builder image'
  const cross = /^([a-z0-9_]+)-linux-gnu[a-z0-9]*-gcc$/.exec(cc)
  if (cross)
    return `${cc} not found: install gcc-${cc.replace(/-gcc$/, '')} (cross C compiler for ${variant.arch}) or use a builder image`
  return `${cc} not found: install a C compiler (${cc}) or set cc for ${variant.name}, or use a builder image`
}

/** The libc a host cgo build links: musl-gcc's musl, or the host's own glibc (its version known for native builds). */
function hostToolchainLibc(variant: PlannedVariant, hostArch: string): ToolchainLibc | null {
  if (!variant.cgo) return null
  if (variant.libc === 'musl') return { flavor: 'musl', version: null, where: 'musl-gcc' }
  if (variant.arch !== hostArch) return { flavor: 'glibc', version: null, where: `the ${variant.arch} cross libc` }
  const header = (process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined)?.header
  return { flavor: 'glibc', version: header?.glibcVersionRuntime ?? null, where: 'the host' }
}

/** Builds a variant with the Go and C toolchains on the host's PATH. */
export async function buildOnHost(variant: PlannedVariant, ctx: BuildContext): Promise<BuildOutcome> {
  const started = Date.now()
  const dir = path.join(ctx.outDir, variant.name)
  mkdirSync(dir, { recursive: true })
  const out = path.join(dir, binaryName(ctx.settings.package, ctx.moduleRoot))
  // Module downloads are restricted only inside builder containers; on the host, go uses the user's own GOPROXY/GOFLAGS.
  const cmd = goBuildCommand(variant, { ...ctx.settings, downloadModules: true }, out, ctx.hostArch)
  const command = ['go', ...cmd.args]
  const fail = (message: string, log = message): BuildOutcome =>
    failedBuild(variant, {
      command,
      env: cmd.env,
      durationMs: Date.now() - started,
      log,
      diagnostics: [{ file: null, line: null, column: null, message }],
    })

  const pathEnv = ctx.settings.env.PATH ?? process.env.PATH ?? ''
  if (!which('go', pathEnv)) return fail('go not found on PATH: install Go (https://go.dev/dl) or use a builder image')
  if (cmd.cc && !which(cmd.cc.split(/\s+/)[0], pathEnv)) return fail(missingCompilerMessage(cmd.cc, variant))

  ctx.onOutput?.(variant.name, `$ ${shellCommand(command, cmd.env)}`)
  const env = hostBuildEnv(process.env, cmd.env)
  if (!variant.cgo) delete env.CC
  const res = await runProcess('go', cmd.args, {
    cwd: ctx.moduleRoot,
    env,
    timeoutMs: ctx.timeoutMs,
    signal: ctx.signal,
    onLine: ctx.onOutput ? (l) => ctx.onOutput?.(variant.name, l) : undefined,
  })
  const durationMs = Date.now() - started
  const log = res.output.slice(-LOG_TAIL)
  if (res.cancelled) {
    return { ...fail('build cancelled'), infrastructureError: `${variant.name}: build cancelled` }
  }
  if (res.spawnError) return fail(`could not start go: ${res.spawnError}`)
  if (res.timedOut) return fail(`go build timed out after ${Math.round(ctx.timeoutMs / 1000)} s`, log)
  if (res.exitCode !== 0) {
    const source = undefinedReferences(res.output).length ? await indexSource(ctx.moduleRoot).catch(() => null) : null
    const diagnostics = failureDiagnostics(res.output, {
      source,
      libc: hostToolchainLibc(variant, ctx.hostArch),
      variant,
      cc: cmd.cc,
      hostArch: ctx.hostArch,
      roots: [ctx.moduleRoot],
      modulesMissing: 'modules are missing: run go mod download (or go mod vendor) first',
      exitMessage: `go build exited with status ${res.exitCode ?? res.signal}`,
    })
    return failedBuild(variant, { command, env: cmd.env, durationMs, log, diagnostics })
  }
  if (!isElfExecutable(out)) {
    return fail(
      `go build produced no binary: ${ctx.settings.package} is not a main package (package main with func main)`,
      log,
    )
  }
  const diagnostics = parseBuildDiagnostics(res.output, [ctx.moduleRoot])
  return builtBinary(variant, out, { command, env: cmd.env, durationMs, log, diagnostics })
}
