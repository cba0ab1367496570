// Typed, realistic MatrixReport fixtures for the report and action tests (shaped like the fixture module's matrix).
import type { AbiGap } from '../../src/abi/types.js'
import type { RunResult } from '../../src/docker/types.js'
import type { BuildRecord, MatrixCell, MatrixReport, TargetSummary, VariantSummary } from '../../src/report/types.js'

const GLIBC = (version: string) => ({
  source: 'image' as const,
  libc: { flavor: 'glibc', version },
  confidence: 'high' as const,
})
const MUSL = { source: 'image' as const, libc: { flavor: 'musl', version: '1.2.3' }, confidence: 'high' as const }
const NOLIBC = { source: 'image' as const, libc: { flavor: 'none', version: null }, confidence: 'high' as const }

/** The targets, declared in .github/abigap.yml lines 6..9. */
export const TARGETS: TargetSummary[] = [
  {
    id: 'abigap-test/bullseye',
    ref: 'abigap-test/bullseye',
    platform: null,
    declaredAt: { file: '.github/abigap.yml', line: 6, column: 5 },
  },
  {
    id: 'abigap-test/bookworm',
    ref: 'abigap-test/bookworm',
    platform: null,
    declaredAt: { file: '.github/abigap.yml', line: 7, column: 5 },
  },
  {
    id: 'abigap-test/musl',
    ref: 'abigap-test/musl',
    platform: null,
    declaredAt: { file: '.github/abigap.yml', line: 8, column: 5 },
  },
  {
    id: 'abigap-test/nolibc',
    ref: 'abigap-test/nolibc',
    platform: null,
    declaredAt: { file: '.github/abigap.yml', line: 9, column: 5 },
  },
]

const PROFILE: Record<string, MatrixCell['profile']> = {
  'abigap-test/bullseye': GLIBC('2.31'),
  'abigap-test/bookworm': GLIBC('2.36'),
  'abigap-test/musl': MUSL,
  'abigap-test/nolibc': NOLIBC,
}

function variant(
  name: string,
  cgo: boolean,
  libc: VariantSummary['libc'],
  link: VariantSummary['link'],
  builder = 'host',
): VariantSummary {
  return { name, cgo, libc, link, arch: 'amd64', builder }
}

/** The variants of the fixture matrix. */
export const VARIANTS: VariantSummary[] = [
  variant('nocgo', false, null, 'static'),
  variant('cgo-glibc', true, 'glibc', 'dynamic', 'abigap-test/builder-trixie'),
  variant('cgo-musl', true, 'musl', 'dynamic'),
  variant('cgo-musl-static', true, 'musl', 'static'),
  variant('cgo-glibc-cxx', true, 'glibc', 'dynamic'),
]

/** A successful run. */
export function okRun(stdout = 'abigap-fixture: native=pure-go cxx=off\nuser: uid=65534\n'): RunResult {
  return { outcome: 'ok', exitCode: 0, signal: null, stdout, stderr: '', durationMs: 180 }
}

function build(name: string, floor: BuildRecord['floor'], extra: Partial<BuildRecord> = {}): BuildRecord {
  return {
    variant: name,
    status: 'ok',
    binary: `bin/${name}/server`,
    durationMs: 2400,
    command: ['go', 'build', '-o', `bin/${name}/server`, './cmd/server'],
    env: { CGO_ENABLED: name === 'nocgo' ? '0' : '1' },
    diagnostics: [],
    gaps: [],
    log: '',
    floor,
    ...extra,
  }
}

/** The GLIBC_2.34 gap of cgo-glibc (built on trixie) on bullseye, located on the cgo preamble and the C.fn call. */
export function glibc234Gap(): AbiGap {
  return {
    kind: 'symbol-version',
    severity: 'error',
    message: 'needs GLIBC_2.34 (libc.so.6) for __libc_start_main, pthread_sigmask; abigap-test/bullseye has glibc 2.31',
    library: 'libc.so.6',
    version: 'GLIBC_2.34',
    symbols: ['__libc_start_main', 'pthread_sigmask'],
    locations: [
      { file: 'cmd/server/native_cgo.go', line: 16, column: 6, reason: 'cgo-preamble' },
      { file: 'cmd/server/native_cgo.go', line: 31, column: 64, reason: 'cgo-call' },
    ],
    fixes: ['build on the oldest glibc you support (e.g. a bullseye builder image)', 'or build with CGO_ENABLED=0'],
  }
}

function missingLoader(target: string, loader: string): AbiGap {
  return {
    kind: 'missing-loader',
    severity: 'error',
    message: `${target} has no ${loader}: exec fails with "no such file or directory"`,
    library: loader,
    fixes: ['ship the nocgo or cgo-musl-static build for this target'],
  }
}

function cell(
  v: string,
  target: string,
  verdict: MatrixCell['verdict'],
  gaps: AbiGap[],
  run: RunResult | null,
): MatrixCell {
  return {
    file: `bin/${v}/server`,
    target,
    verdict,
    gaps,
    profile: PROFILE[target],
    variant: v,
    run,
    agreement: run ? 'agree' : 'not-run',
  }
}

/** The full fixture report: passes, symbol-version, missing-loader, libc-flavor, a failed C++ build, a static-nss warning. */
export function fixtureReport(): MatrixReport {
  const glibcLoader = '/lib64/ld-linux-x86-64.so.2'
  const muslLoader = '/lib/ld-musl-x86_64.so.1'
  const results: MatrixCell[] = []
  for (const t of TARGETS) results.push(cell('nocgo', t.ref, 'compatible', [], okRun()))
  results.push(
    cell('cgo-glibc', 'abigap-test/bullseye', 'incompatible', [glibc234Gap()], {
      outcome: 'missing-symbol-version',
      exitCode: 1,
      signal: null,
      stdout: '',
      stderr:
        "/app/server: /lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.34' not found (required by /app/server)\n",
      durationMs: 95,
      missingVersions: [{ version: 'GLIBC_2.34', library: 'libc.so.6' }],
    }),
    cell(
      'cgo-glibc',
      'abigap-test/bookworm',
      'compatible',
      [],
      okRun('abigap-fixture: native=cgo(sigmask=0,env=unset) cxx=off\n'),
    ),
  )
  for (const t of ['abigap-test/musl', 'abigap-test/nolibc']) {
    const gaps = [missingLoader(t, glibcLoader)]
    if (t === 'abigap-test/musl') {
      gaps.push({
        kind: 'libc-flavor',
        severity: 'error',
        message: 'glibc-linked binary on a musl target',
        fixes: ['use the cgo-musl-static build'],
      })
    }
    results.push(
      cell('cgo-glibc', t, 'incompatible', gaps, {
        outcome: 'missing-loader',
        exitCode: null,
        signal: null,
        stdout: '',
        stderr: 'exec /app/server: no such file or directory',
        durationMs: 40,
      }),
    )
  }
  for (const t of ['abigap-test/bullseye', 'abigap-test/bookworm', 'abigap-test/nolibc']) {
    results.push(
      cell('cgo-musl', t, 'incompatible', [missingLoader(t, muslLoader)], {
        outcome: 'missing-loader',
        exitCode: null,
        signal: null,
        stdout: '',
        stderr: 'exec /app/server: no such file or directory',
        durationMs: 41,
      }),
    )
  }
  results.push(cell('cgo-musl', 'abigap-test/musl', 'compatible', [], okRun()))
  const nss: AbiGap = {
    kind: 'static-nss',
    severity: 'warning',
    message: 'os/user lookups in a static binary fall back to reading /etc/passwd only',
    goPackage: 'os/user',
    locations: [{ file: 'cmd/server/main.go', line: 9, column: 2, reason: 'import' }],
    fixes: ['build with -tags osusergo,netgo'],
  }
  for (const t of TARGETS) results.push(cell('cgo-musl-static', t.ref, 'compatible', [nss], okRun()))
  const builds: BuildRecord[] = [
    build('nocgo', { flavor: 'none', version: null }),
    build(
      'cgo-glibc',
      { flavor: 'glibc', version: '2.34' },
      { floorSymbols: ['__libc_start_main@GLIBC_2.34', 'pthread_sigmask@GLIBC_2.32'], needed: ['libc.so.6'] },
    ),
    build('cgo-musl', { flavor: 'musl', version: null }, { needed: ['libc.musl-x86_64.so.1'] }),
    build('cgo-musl-static', { flavor: 'none', version: null }),
    build('cgo-glibc-cxx', null, {
      status: 'failed',
      binary: null,
      diagnostics: [
        {
          file: 'cmd/server/cxx_part.cpp',
          line: 7,
          column: 10,
          message: "error: 'string_view' in namespace 'std' does not name a type",
        },
        {
          file: 'cmd/server/cxx_on.go',
          line: 9,
          column: null,
          message: 'could not determine kind of name for C.cxx_greeting',
        },
      ],
      gaps: [
        {
          kind: 'build-failed',
          severity: 'error',
          message: 'go build failed for cgo-glibc-cxx (exit 1)',
          fixes: ['build with a C++17 compiler (-std=c++17)'],
        },
      ],
      log: "# example.com/abigap-fixture/cmd/server\ncmd/server/cxx_part.cpp:7:10: error: 'string_view' in namespace 'std' does not name a type\n",
    }),
  ]
  return {
    schemaVersion: 1,
    tool: { name: 'abigap', version: '0.1.0' },
    verdict: 'fail',
    variants: VARIANTS.map((v) => ({ ...v })),
    targets: TARGETS.map((t) => ({ ...t })),
    builds,
    results,
    floors: builds
      .filter((b) => b.binary && b.floor)
      .map((b) => ({ file: b.binary as string, libc: b.floor as NonNullable<BuildRecord['floor']> })),
    recommended: [
      { target: 'abigap-test/bullseye', variant: 'nocgo', candidate: null },
      { target: 'abigap-test/bookworm', variant: 'nocgo', candidate: null },
      { target: 'abigap-test/musl', variant: 'nocgo', candidate: null },
      { target: 'abigap-test/nolibc', variant: 'nocgo', candidate: null },
    ],
    skipped: [],
    infrastructureErrors: [],
    timings: { plan: 12, build: 9800, analyse: 140, run: 3100, report: 20 },
    shard: null,
    diff: null,
  }
}

/** A report with no findings at all. */
export function cleanReport(): MatrixReport {
  const r = fixtureReport()
  r.variants = r.variants.filter((v) => v.name === 'nocgo')
  r.builds = r.builds.filter((b) => b.variant === 'nocgo')
  r.results = r.results.filter((c) => c.variant === 'nocgo')
  r.floors = r.floors.filter((f) => f.file === 'bin/nocgo/server')
  r.verdict = 'pass'
  return r
}

/** The fixture report where the run of one cell hit an infrastructure fault (daemon died). */
export function infraReport(): MatrixReport {
  const r = fixtureReport()
  const c = r.results.find((x) => x.variant === 'nocgo' && x.target === 'abigap-test/bookworm') as MatrixCell
  c.run = {
    outcome: 'infrastructure-error',
    exitCode: null,
    signal: null,
    stdout: '',
    stderr: '',
    durationMs: 0,
    error: 'connect ENOENT /var/run/docker.sock',
  }
  c.agreement = 'not-run'
  r.verdict = 'error'
  return r
}

/** Strings an attacker controls (binary names, container output) with workflow-command injections. */
export const HOSTILE =
  '::error::pwned\n::stop-commands::x\r\n%0A::add-mask::y <img src=x onerror=alert(1)> | `x` [l](http://e)'

/** The fixture report with hostile strings in library names, stderr, messages and symbols. */
export function hostileReport(): MatrixReport {
  const r = fixtureReport()
  const c = r.results.find((x) => x.variant === 'cgo-glibc' && x.target === 'abigap-test/bullseye') as MatrixCell
  c.gaps[0].library = HOSTILE
  c.gaps[0].message = HOSTILE
  c.gaps[0].symbols = [HOSTILE]
  c.gaps[0].version = 'GLIBC_2.34' + HOSTILE
  if (c.run) c.run.stderr = HOSTILE
  r.builds[4].diagnostics[0].message = HOSTILE
  r.builds[4].log = HOSTILE
  return r
}

/** A huge report: n variants × m targets, every cell failing with long stderr (for the summary size cap). */
export function hugeReport(n = 60, m = 40): MatrixReport {
  const r = fixtureReport()
  r.variants = Array.from({ length: n }, (_, i) => variant(`v${i}-cgo-glibc`, true, 'glibc', 'dynamic'))
  r.targets = Array.from({ length: m }, (_, j) => ({
    id: `registry.example/distro-${j}:latest`,
    ref: `registry.example/distro-${j}:latest`,
    platform: null,
    declaredAt: { file: 'abigap.yml', line: 10 + j, column: 5 },
  }))
  r.builds = r.variants.map((v) => build(v.name, { flavor: 'glibc', version: '2.34' }))
  r.results = []
  for (const v of r.variants) {
    for (const t of r.targets) {
      const g = glibc234Gap()
      g.locations = [{ file: `pkg/${v.name}/c.go`, line: 3, reason: 'cgo-call' }]
      r.results.push({
        ...cell(v.name, 'abigap-test/bullseye', 'incompatible', [g], {
          ...okRun(),
          outcome: 'missing-symbol-version',
          exitCode: 1,
          stderr: 'x'.repeat(5000),
        }),
        target: t.ref,
      })
    }
  }
  r.recommended = r.targets.map((t) => ({ target: t.ref, variant: null, candidate: null }))
  return r
}
