import { mkdirSync, writeFileSync, chmodSync } from 'node:fs'
import path from 'node:path'
import type { BuildContainerOptions, BuildContainerResult } from '../docker/build-container.js'
import type { PlannedVariant } from '../matrix/types.js'
import { parseBuildDiagnostics } from './diagnostics.js'
import { goBuildCommand, shellCommand } from './go-command.js'
import { failureDiagnostics } from './failure-diagnostics.js'
import { undefinedReferences } from './diagnostics.js'
import { indexSource } from '../io/source-index.js'
import { binaryName, builtBinary, failedBuild, infrastructureFailure, isElfExecutable } from './outcome.js'
import { packSourceTree } from './source-tar.js'
import type { BuildContext, BuildOutcome } from './types.js'

/** The Docker helper's runBuildContainer, bound to a runtime (src/docker/build-container.ts). */
export type RunBuildContainer = (opts: BuildContainerOptions) => Promise<BuildContainerResult>

/** The line a builder prints about the C library it links ("abigap: builder C library: glibc 2.31"). */
const LIBC_LINE = 'abigap: builder C library:'
/** Prints the native glibc's release (getconf) as LIBC_LINE; nothing when getconf does not know it. */
const SAY_GLIBC = `v=$(getconf GNU_LIBC_VERSION 2>/dev/null) && echo "${LIBC_LINE} $v" >&2`
/** Prints a musl-based image's musl release (musl's loader, run bare, prints "Version 1.2.5"). */
const SAY_MUSL = `v=$(for l in /lib/ld-musl-*.so.1; do "$l"; done 2>&1 | sed -n 's/^Version //p') && [ -n "$v" ] && echo "${LIBC_LINE} musl $v" >&2`

/** The C library a builder said it links ("glibc 2.31" → { flavor, version }); null when it did not say. */
export function builderLibc(output: string): { flavor: 'glibc' | 'musl'; version: string } | null {
  const m = new RegExp(`^${LIBC_LINE} (glibc|musl) (\\d+\\.\\d+(?:\\.\\d+)?)\\s*$`, 'm').exec(output)
  return m ? { flavor: m[1] as 'glibc' | 'musl', version: m[2] } : null
}

/** Quotes a string for sh. */
const shq = (s: string): string => `'${s.replace(/'/g, `'"'"'`)}'`

/**
 * The shell preamble of a container build: checks `go` and the variant's C toolchain inside the builder image and
 * fails with a precise message (exit 127) instead of a confusing compiler error; then execs `go build`.
 */
export function builderPreamble(v: PlannedVariant, image: string, hostArch: string): string {
  const fail = (msg: string) => `{ echo ${shq(`abigap: ${msg}`)} >&2; exit 127; }`
  const lines = [
    `mkdir -p ${CONTAINER_OUT}`,
    `command -v go >/dev/null 2>&1 || ${fail(`go not found in builder image ${image}: use an image with Go (e.g. golang:<version>)`)}`,
    `is_musl() { [ -e /etc/alpine-release ] || { ldd --version 2>&1 | grep -qi musl && ! ldd --version 2>&1 | grep -qiE 'glibc|gnu libc'; }; }`,
  ]
  if (v.cgo && v.libc === 'musl' && !v.cc && v.arch === hostArch) {
    lines.push(
      `if command -v musl-gcc >/dev/null 2>&1; then export CC=musl-gcc; elif is_musl; then export CC=\${CC:-gcc}; ${SAY_MUSL}; else ${fail(
        `musl-gcc not found in builder image ${image} and its libc is not musl: install musl-tools there or use an Alpine-based builder (golang:alpine)`,
      )}; fi`,
    )
  } else if (v.cgo && v.libc === 'glibc') {
    lines.push(
      `if is_musl; then ${fail(`builder image ${image} is musl-based: a glibc variant cannot be built there (use a Debian/RHEL-based builder)`)}; fi`,
      SAY_GLIBC,
    )
  }
  if (v.cgo) {
    lines.push(
      `cc_bin=\${CC:-$(go env CC 2>/dev/null)}; command -v "\${cc_bin%% *}" >/dev/null 2>&1 || ${fail(
        `C compiler not found in builder image ${image}: install gcc (and musl-tools for musl variants) there`,
      )}`,
    )
  }
  lines.push('exec "$@"')
  return lines.join('\n')
}

/** Where the source tree lands inside a builder container. */
const CONTAINER_SRC = '/src'
const CONTAINER_OUT = '/tmp/abigap-out'

/** Options of the container builder. */
export interface ContainerBuilderOptions {
  run: RunBuildContainer
  /** Named volume holding GOCACHE/GOMODCACHE between builds (a function: per builder image, see cacheVolumeName). */
  cacheVolume?: string | ((image: string) => string)
  /** The packed source tree, shared by every variant. */
  source?: Promise<Buffer>
}

/** Build errors that are the build's own fault (a failed cell), not the infrastructure's. */
const BUILD_FAULTS = /timed out|output exceeded|out of memory/

/** A builder that runs `go build` inside the variant's builder image, the source delivered by the archive API. */
export function containerBuilder(opts: ContainerBuilderOptions) {
  let source = opts.source ?? null
  return async function buildInContainer(variant: PlannedVariant, ctx: BuildContext): Promise<BuildOutcome> {
    const started = Date.now()
    const name = binaryName(ctx.settings.package, ctx.moduleRoot)
    const outInside = `${CONTAINER_OUT}/${name}`
    const cmd = goBuildCommand(variant, ctx.settings, outInside, ctx.hostArch)
    const command = ['go', ...cmd.args]
    const env: Record<string, string> = { HOME: '/tmp', ...cmd.env }
    // musl variants: the preamble picks musl-gcc, or the native gcc of a musl-based (Alpine) builder
    if (!variant.cgo || (variant.libc === 'musl' && !variant.cc && variant.arch === ctx.hostArch)) delete env.CC
    source ??= packSourceTree(ctx.moduleRoot, { exclude: [ctx.outDir], prefix: CONTAINER_SRC.slice(1) }).then(
      (p) => p.tar,
    )
    const tar = await source
    ctx.onOutput?.(variant.name, `$ (in ${variant.builder}) ${shellCommand(command, cmd.env)}`)
    let res: Awaited<ReturnType<RunBuildContainer>>
    try {
      res = await opts.run({
        image: variant.builder,
        input: { tar, at: '/' },
        workdir: CONTAINER_SRC,
        cmd: ['sh', '-c', builderPreamble(variant, variant.builder, ctx.hostArch), 'abigap-build', ...command],
        env,
        network: ctx.settings.downloadModules,
        cacheVolume: typeof opts.cacheVolume === 'function' ? opts.cacheVolume(variant.builder) : opts.cacheVolume,
        timeoutMs: ctx.timeoutMs,
        fetch: [outInside],
        signal: ctx.signal,
        onOutput: ctx.onOutput ? (l) => ctx.onOutput?.(variant.name, l) : undefined,
      })
    } catch (e) {
      const message = `builder ${variant.builder}: ${(e as Error).message}`
      return infrastructureFailure(variant, { command, env, durationMs: Date.now() - started, log: message }, message)
    }
    const durationMs = Date.now() - started
    const log = `${res.stdout}${res.stderr}`.slice(-16 * 1024)
    if (res.error) {
      const message = `builder ${variant.builder}: ${res.error}`
      const fields = { command, env, durationMs, log: log || message }
      const diagnostics = [{ file: null, line: null, column: null, message }]
      return BUILD_FAULTS.test(res.error)
        ? failedBuild(variant, { ...fields, diagnostics })
        : infrastructureFailure(variant, fields, message)
    }
    const roots = [CONTAINER_SRC, ctx.moduleRoot]
    if (res.exitCode !== 0 || !res.fetched[outInside]) {
      const output = `${res.stdout}\n${res.stderr}`
      const source = undefinedReferences(output).length ? await indexSource(ctx.moduleRoot).catch(() => null) : null
      const said = builderLibc(output)
      const flavor = variant.libc ?? 'glibc'
      const diagnostics = failureDiagnostics(output, {
        source,
        libc: variant.cgo
          ? { flavor, version: said?.flavor === flavor ? said.version : null, where: `builder ${variant.builder}` }
          : null,
        variant,
        cc: cmd.cc,
        hostArch: ctx.hostArch,
        roots,
        modulesMissing:
          'modules are missing in the builder: set modules: {download: true} or vendor them (go mod vendor)',
        exitMessage: `go build in ${variant.builder} exited with status ${res.exitCode}`,
      })
      return failedBuild(variant, { command, env, durationMs, log, diagnostics })
    }
    const dir = path.join(ctx.outDir, variant.name)
    mkdirSync(dir, { recursive: true })
    const out = path.join(dir, name)
    writeFileSync(out, res.fetched[outInside])
    chmodSync(out, 0o755)
    if (!isElfExecutable(out)) {
      const message = `go build produced no binary: ${ctx.settings.package} is not a main package (package main with func main)`
      return failedBuild(variant, {
        command,
        env,
        durationMs,
        log,
        diagnostics: [{ file: null, line: null, column: null, message }],
      })
    }
    const diagnostics = parseBuildDiagnostics(`${res.stdout}\n${res.stderr}`, roots)
    return builtBinary(variant, out, { command, env, durationMs, log, diagnostics })
  }
}
