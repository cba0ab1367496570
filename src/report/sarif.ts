// SARIF 2.1.0: one rule per gap kind, one result per finding with the annotation's physical location and a stable
// partial fingerprint (variant, target, kind, library, version, location — never the wording).
import type { GapKind, Severity } from '../abi/types.js'
import { truncate } from './escape.js'
import { collectFindings, infrastructureMessages, SEVERITY_RANK } from './findings.js'
import { fingerprint } from './fingerprint.js'
import { gapTitle } from './gap-text.js'
import { locateFinding, normalisePath, type PathMapper } from './locate.js'
import type { MatrixReport } from './types.js'

/** Options for toSarif. */
export interface SarifOptions {
  mapPath?: PathMapper
  informationUri?: string
}

/** Help text per gap kind: what it means and what fixes it. */
export const RULES: Record<
  GapKind,
  { name: string; short: string; help: string; level: 'error' | 'warning' | 'note' }
> = {
  'missing-loader': {
    name: 'MissingLoader',
    short: 'The target has no program interpreter (dynamic loader) the binary asks for',
    help: 'The binary names a loader (PT_INTERP) the target image does not contain, so exec fails with "no such file or directory". Build with CGO_ENABLED=0, link statically, or build against the target libc (musl for Alpine).',
    level: 'error',
  },
  'missing-library': {
    name: 'MissingLibrary',
    short: 'A needed shared library is not present in the target',
    help: 'A DT_NEEDED library is missing on the target, so the loader stops with "error while loading shared libraries". Install the library in the image, link it statically, or drop the dependency.',
    level: 'error',
  },
  'symbol-version': {
    name: 'SymbolVersion',
    short: 'The binary needs a symbol version node a library of the target does not define',
    help: 'One result per missing (library, version node), listing exactly the symbols bound to it: the binary was linked against a newer library than the target has (e.g. needs GLIBC_2.34 from libc.so.6, target has glibc 2.31), and the loader stops with "version `GLIBC_2.34\' not found". Build on (or with a sysroot of) the oldest distribution you support, use CGO_ENABLED=0, or link against musl statically.',
    level: 'error',
  },
  'missing-symbol': {
    name: 'MissingSymbol',
    short: 'A symbol the binary needs is defined by no library the loader loads on the target',
    help: 'Every non-weak undefined symbol must be defined (under its version, on glibc) by a library the loader loads. musl reports "Error relocating …: X: symbol not found" at start; glibc "symbol lookup error: …: undefined symbol: X" at start or at the first call. Build against the library (or musl) of the oldest target, install a newer library in the image, or stop using the function.',
    level: 'error',
  },
  'libc-flavor': {
    name: 'LibcFlavor',
    short: 'The binary is built for another C library (glibc vs musl)',
    help: 'A glibc-linked binary does not run on musl (Alpine) and vice versa. Ship a musl build for Alpine, a static build, or a CGO_ENABLED=0 build.',
    level: 'error',
  },
  'static-nss': {
    name: 'StaticNss',
    short: 'A statically linked glibc binary uses NSS (user/host lookups)',
    help: 'Static glibc binaries that call getpwuid/getaddrinfo load NSS modules at run time from the target glibc and can crash or fail. Use the netgo/osusergo build tags, or musl static linking.',
    level: 'warning',
  },
  'kernel-floor': {
    name: 'KernelFloor',
    short: 'The binary needs a newer kernel than the target distribution ships',
    help: 'The Go runtime or the binary requires a minimum kernel version (ELF note ABI tag or Go release policy) above the distribution default kernel. Use an older Go toolchain or a newer target.',
    level: 'warning',
  },
  'isa-level': {
    name: 'IsaLevel',
    short: 'The binary needs a newer x86-64 ISA level than the target guarantees',
    help: 'Built with GOAMD64=v2/v3/v4 (or -march) while the distribution supports older CPUs. Build with GOAMD64=v1 for wide compatibility.',
    level: 'warning',
  },
  'arch-mismatch': {
    name: 'ArchMismatch',
    short: 'The binary is built for another CPU architecture than the target',
    help: 'The ELF machine does not match the target platform. Build with the right GOARCH or set the target platform (e.g. linux/arm64).',
    level: 'error',
  },
  'toolchain-mismatch': {
    name: 'ToolchainMismatch',
    short: 'The build toolchain does not match the requested variant',
    help: 'The compiler/linker found does not produce the requested variant (e.g. no musl-gcc for a musl build, Go too old for the module). Install the toolchain or use a builder image.',
    level: 'error',
  },
  'build-failed': {
    name: 'BuildFailed',
    short: 'The variant failed to build',
    help: 'go build failed for this variant; see the compiler diagnostics at the annotated lines.',
    level: 'error',
  },
  'runtime-disagreement': {
    name: 'RuntimeDisagreement',
    short: 'Running the binary in the target contradicts the static verdict',
    help: 'The static analysis said one thing and the real run in the target container another. The run is authoritative; please report the case.',
    level: 'warning',
  },
  'no-clean-artifact': {
    name: 'NoCleanArtifact',
    short: 'A promised target has no build that runs there with no error and no warning',
    help: 'The config promises every target at least one clean artifact (promises: every-target), and no variant of the matrix builds and runs on this target without an error or a warning. Add a variant that does (CGO_ENABLED=0, a static musl build, an older builder), or fix the code the gaps point at.',
    level: 'error',
  },
  unanalysable: {
    name: 'Unanalysable',
    short: 'The binary could not be analysed',
    help: 'The ELF file is malformed or not a Linux executable, so no verdict is possible.',
    level: 'warning',
  },
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', notice: 'note' }

/** The report as a SARIF 2.1.0 log (a plain object; JSON.stringify it). */
export function toSarif(report: MatrixReport, opts: SarifOptions = {}): Record<string, unknown> {
  const mapPath = opts.mapPath ?? normalisePath
  const kinds = Object.keys(RULES) as GapKind[]
  const rules = kinds.map((kind) => {
    const r = RULES[kind]
    return {
      id: kind,
      name: r.name,
      shortDescription: { text: r.short },
      fullDescription: { text: r.help },
      help: { text: r.help, markdown: `**${r.short}.** ${r.help}` },
      defaultConfiguration: { level: r.level },
      properties: { tags: ['abi', 'portability'], precision: 'high' },
    }
  })
  const variantOrder = new Map(report.variants.map((v, i) => [v.name, i]))
  const targetOrder = new Map(report.targets.map((t, i) => [t.id, i]))
  const findings = collectFindings(report).sort(
    (a, b) =>
      (variantOrder.get(a.variant) ?? 1e9) - (variantOrder.get(b.variant) ?? 1e9) ||
      (a.target === null ? -1 : (targetOrder.get(a.target) ?? 1e9)) -
        (b.target === null ? -1 : (targetOrder.get(b.target) ?? 1e9)) ||
      SEVERITY_RANK[a.gap.severity] - SEVERITY_RANK[b.gap.severity],
  )
  const seen = new Set<string>()
  const results = []
  for (const f of findings) {
    const locs = locateFinding(f, report, mapPath)
    const primary = locs[0]
    const fp = fingerprint([
      f.variant,
      f.target,
      f.gap.kind,
      f.gap.library,
      f.gap.version,
      f.gap.goPackage,
      primary?.file,
      primary?.line,
      ...(f.gap.kind === 'missing-symbol' ? [f.gap.symbols?.join(',')] : []),
    ])
    if (seen.has(fp)) continue
    seen.add(fp)
    const phys = (l: (typeof locs)[number]) => ({
      physicalLocation: {
        artifactLocation: { uri: encodeUri(l.file), uriBaseId: '%SRCROOT%' },
        region: {
          startLine: l.line,
          ...(l.column ? { startColumn: l.column } : {}),
          ...(l.endLine ? { endLine: l.endLine } : {}),
          ...(l.endColumn ? { endColumn: l.endColumn } : {}),
        },
      },
    })
    results.push({
      ruleId: f.gap.kind,
      ruleIndex: kinds.indexOf(f.gap.kind),
      level: LEVEL[f.gap.severity],
      message: {
        text: truncate(`${gapTitle(f)}: ${f.gap.message}${f.gap.fixes?.length ? ` Fix: ${f.gap.fixes[0]}` : ''}`, 2000),
      },
      locations: primary ? [phys(primary)] : [],
      ...(locs.length > 1 ? { relatedLocations: locs.slice(1).map((l, i) => ({ id: i + 1, ...phys(l) })) } : {}),
      partialFingerprints: { 'abigapGap/v1': fp },
      properties: {
        variant: f.variant,
        target: f.target,
        ...(f.gap.library ? { library: f.gap.library } : {}),
        ...(f.gap.version ? { version: f.gap.version } : {}),
        ...(f.gap.symbols?.length ? { symbols: f.gap.symbols.slice(0, 50) } : {}),
      },
    })
  }
  const infra = infrastructureMessages(report)
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'abigap',
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: opts.informationUri ?? 'https://github.com/abigap/abigap',
            rules,
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
        invocations: [
          {
            executionSuccessful: infra.length === 0,
            ...(infra.length
              ? {
                  toolExecutionNotifications: infra
                    .slice(0, 100)
                    .map((m) => ({ level: 'error', message: { text: truncate(m, 2000) } })),
                }
              : {}),
          },
        ],
        columnKind: 'utf16CodeUnits',
        results,
        ...(report.shard ? { properties: { shard: report.shard } } : {}),
      },
    ],
  }
}

function encodeUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/')
}
