import type { PlannedVariant } from '../matrix/types.js'
import { mergeLdflags } from './ldflags.js'

/** GNU triples of the Debian cross compilers, per GOARCH. */
const CROSS_TRIPLES: Record<string, string> = {
  arm64: 'aarch64-linux-gnu',
  arm: 'arm-linux-gnueabihf',
  '386': 'i686-linux-gnu',
  ppc64le: 'powerpc64le-linux-gnu',
  ppc64: 'powerpc64-linux-gnu',
  s390x: 's390x-linux-gnu',
  riscv64: 'riscv64-linux-gnu',
  mips: 'mips-linux-gnu',
  mips64: 'mips64-linux-gnuabi64',
}

/** What a build of one variant runs: `go build` argv (without the go binary) and the variant's env. */
export interface GoBuildCommand {
  args: string[]
  env: Record<string, string>
  /** The C compiler the variant needs (null for nocgo): checked before building. */
  cc: string | null
}

/** Inputs the go command needs from the config. */
export interface GoBuildSettings {
  package: string
  goFlags: string[]
  tags: string[]
  ldflags: string
  env: Record<string, string>
  /** When false, module downloads are disabled (GOPROXY=off, GOFLAGS=-mod=mod not added). */
  downloadModules: boolean
}

/** The C compiler a variant uses: its explicit cc, musl-gcc for musl, the Debian cross gcc for other arches, else gcc (null for nocgo). */
export function variantCompiler(v: PlannedVariant, hostArch = 'amd64'): string | null {
  if (!v.cgo) return null
  if (v.cc) return v.cc
  if (v.libc === 'musl') return v.arch === hostArch ? 'musl-gcc' : `${CROSS_TRIPLES[v.arch] ?? v.arch}-musl-gcc`
  if (v.arch !== hostArch) return `${CROSS_TRIPLES[v.arch] ?? v.arch + '-linux-gnu'}-gcc`
  return null
}

/** Builds the `go build` argv and env of a variant (output path `out`, relative to the module root or absolute). */
export function goBuildCommand(v: PlannedVariant, s: GoBuildSettings, out: string, hostArch = 'amd64'): GoBuildCommand {
  const cc = variantCompiler(v, hostArch)
  const env: Record<string, string> = {
    ...s.env,
    CGO_ENABLED: v.cgo ? '1' : '0',
    GOOS: 'linux',
    GOARCH: v.arch,
  }
  if (cc) env.CC = cc
  if (!s.downloadModules) env.GOPROXY = 'off'
  const args = ['build', '-o', out, ...s.goFlags]
  if (v.tags.length) args.push('-tags', v.tags.join(','))
  const ldflags = mergeLdflags(s.ldflags, v.cgo && v.link === 'static')
  if (ldflags) args.push('-ldflags', ldflags)
  args.push(s.package)
  return { args, env, cc: cc ?? (v.cgo ? 'gcc' : null) }
}

/** Renders argv as a copy-pasteable shell command (for logs and the report). */
export function shellCommand(argv: string[], env: Record<string, string> = {}): string {
  const q = (w: string) => (/^[A-Za-z0-9_./=:,+@%-]+$/.test(w) ? w : `'${w.replace(/'/g, `'"'"'`)}'`)
  return [...Object.entries(env).map(([k, v]) => `${k}=${q(v)}`), ...argv.map(q)].join(' ')
}
