import { locateSymbols, type SourceIndex } from '../abi/source-index.js'
import type { BuildDiagnostic, PlannedVariant } from '../matrix/types.js'
import { parseBuildDiagnostics, undefinedReferences } from './diagnostics.js'

/** The C library a build links against, as far as abigap knows it (flavor from the variant, version when known). */
export interface ToolchainLibc {
  flavor: 'glibc' | 'musl'
  /** e.g. "2.36" (the host's glibc, for a native host build); null when not known (musl-gcc; a builder image that did not say). */
  version: string | null
  /** Whose libc it is, for messages: "the host", "musl-gcc", "builder abigap-test/builder-bullseye". */
  where: string
}

/** Functions musl has never had (musl-symbols.md: musl's exports per release, none of these to this day). */
const NEVER_IN_MUSL = new Set([
  'arc4random',
  'arc4random_buf',
  'arc4random_uniform',
  'close_range',
  'pidfd_open',
  '__cxa_thread_atexit_impl',
])

/** What the linker's "undefined reference to SYM" says about the toolchain's libc, without claiming more. */
export function missingSymbolText(sym: string, libc: ToolchainLibc | null): string {
  if (libc?.flavor === 'musl' && NEVER_IN_MUSL.has(sym)) return `musl has no ${sym} (${libc.where}'s libc)`
  if (!libc) return `undefined reference to \`${sym}': no linked library defines it`
  const name = libc.version ? `${libc.flavor} ${libc.version}` : libc.flavor
  return `undefined reference to \`${sym}': the linked C library (${name}, ${libc.where}) does not define it, nor does any library in #cgo LDFLAGS`
}

/** Debian's cross libc dev package per GOARCH (headers and crt files for a cross C compiler). */
const CROSS_LIBC_DEV: Record<string, string> = {
  arm64: 'libc6-dev-arm64-cross',
  arm: 'libc6-dev-armhf-cross',
  '386': 'libc6-dev-i386-cross',
  ppc64le: 'libc6-dev-ppc64el-cross',
  ppc64: 'libc6-dev-ppc64-cross',
  s390x: 'libc6-dev-s390x-cross',
  riscv64: 'libc6-dev-riscv64-cross',
}

/** A hint for toolchain failures whose compiler message does not say what to install. */
function toolchainHint(variant: PlannedVariant, cc: string | null, output: string, hostArch: string): string | null {
  if (!variant.cgo || !cc) return null
  if (variant.arch !== hostArch && /bits\/[\w-]+\.h: No such file|cannot find crt1\.o|cannot find -lc\b/.test(output)) {
    const pkg = CROSS_LIBC_DEV[variant.arch]
    return `${cc} has no ${variant.arch} C library to build against${pkg ? `: install ${pkg}` : ''}, or use a builder image`
  }
  if (variant.libc === 'musl' && /cannot find -l(stdc\+\+|gcc_s)/.test(output)) {
    return 'musl-gcc cannot link C++ (no musl libstdc++): build this variant in an Alpine builder image'
  }
  // the C libraries' own dependencies are missing only when the undefined reference comes from an archive (lib*.a)
  if (
    variant.link === 'static' &&
    /\/lib[^/\s]+\.a\([^)]*\):.*undefined reference to|\/lib[^/\s]+\.a\([^)]*\): in function/.test(output)
  ) {
    return 'static linking needs the C libraries’ own dependencies: add them to #cgo LDFLAGS (e.g. -lm -ldl -lpthread), or link this variant dynamically'
  }
  if (variant.libc === 'musl' && /\.h: No such file or directory|cannot find -l/.test(output)) {
    return 'musl-gcc sees only musl’s own headers and libraries: build the C dependencies for musl, or use an Alpine-based builder image with their -dev packages'
  }
  return null
}

const MODULES_MISSING = /GOPROXY=off|module lookup disabled|missing go\.sum entry/

const note = (message: string): BuildDiagnostic => ({ file: null, line: null, column: null, message })

/**
 * The diagnostics of a failed `go build` (host or builder image): the compiler's file:line messages, then what to do
 * about missing modules, a toolchain hint, and — when nothing else explains it — the exit status.
 */
export function failureDiagnostics(
  output: string,
  opts: {
    variant: PlannedVariant
    cc: string | null
    hostArch: string
    /** Directories the compiler's paths are relative to in the report. */
    roots: string[]
    /** What to do when modules are missing (differs between the host and a builder image). */
    modulesMissing: string
    /** The last resort: which command exited with which status. */
    exitMessage: string
    /** The module's source index: each undefined symbol is located on the lines that use it. */
    source?: SourceIndex | null
    /** The C library the build linked against, when known. */
    libc?: ToolchainLibc | null
  },
): BuildDiagnostic[] {
  const located: BuildDiagnostic[] = []
  for (const sym of undefinedReferences(output)) {
    const sites = opts.source
      ? locateSymbols(opts.source, [sym]).filter((l) => l.reason !== 'go.mod' && l.reason !== 'import')
      : []
    for (const l of sites)
      located.push({
        file: l.file,
        line: l.line,
        column: l.column ?? null,
        message: missingSymbolText(sym, opts.libc ?? null),
      })
  }
  const diagnostics = [...located, ...parseBuildDiagnostics(output, opts.roots)]
  if (MODULES_MISSING.test(output)) diagnostics.push(note(opts.modulesMissing))
  const hint = toolchainHint(opts.variant, opts.cc, output, opts.hostArch)
  if (hint) diagnostics.push(note(hint))
  if (diagnostics.length === 0) diagnostics.push(note(opts.exitMessage))
  return diagnostics
}
