import { Command } from 'commander'
import { checkBinary, computeFloor } from '../../abi/index.js'
import type { SourceIndex } from '../../abi/source-index.js'
import type { AbiGap, CheckReport, CheckResult, Floor } from '../../abi/types.js'
import type { InspectedFile } from '../../binary/types.js'
import { muslToolchainRelease } from '../../build/musl-toolchain.js'
import { inspectFile } from '../../io/inspect-file.js'
import { staticNssSymbolsOf } from '../../io/static-nss.js'
import { isUnknownImage } from '../../docker/errors.js'
import { StartReads } from '../../docker/start-reads.js'
import { loadProfileFile } from '../../io/load-profile.js'
import { indexSource } from '../../io/source-index.js'
import { archOf, embeddedProfiles, findProfile, normaliseArch, suggestTargets } from '../../knowledge/index.js'
import type { TargetProfile } from '../../knowledge/types.js'
import { ExitCode, InfrastructureError, UserError } from '../../errors/index.js'
import { parseCommandLine, reportingErrors, usageError } from '../command.js'
import { describeFloor } from '../../abi/floor.js'
import { startRuns, type EngineConnection, type StartedRuns } from './check-runs.js'
import { printErr, printOut, safeText } from '../output.js'

const WIDTH = 100

/** A target as the user named it, with how to get its profile for a given architecture. */
interface Target {
  name: string
  kind: 'embedded' | 'file' | 'image'
  profileFor(arch: string | null): TargetProfile
  /** Image reference to run in with --run (embedded names and probed images). */
  image: string | null
}

interface Options {
  json?: boolean
  target: string[]
  profile: string[]
  source?: string
  run?: boolean
  platform?: string
  offline?: boolean
  floor?: boolean
}

const collect = (v: string, prev: string[]) => [...prev, v]

/** `abigap check`: static verdicts for every file × target (+ real runs with --run); exit 0/1/2/3. */
export const run = reportingErrors(checkCommand)

async function checkCommand(argv: string[]): Promise<number> {
  const cmd = new Command('abigap check')
    .description('static verdicts for every file × target: will these binaries run there, and if not, why')
    .option(
      '--target <image>',
      'target image (embedded name like debian:12, or a local image to probe); repeatable',
      collect,
      [],
    )
    .option('--profile <file>', 'target profile JSON (from abigap profile --json); repeatable', collect, [])
    .option('--source <dir>', 'Go source tree, to point at the lines that need each symbol')
    .option('--platform <os/arch>', "architecture of embedded targets (default: each binary's own)")
    .option('--run', 'also run each binary in each target image (Docker) and cross-check the verdicts')
    .option('--offline', 'never use Docker: embedded targets and profile files only')
    .option('--json', 'print one JSON document (schemaVersion 1)')
    .argument('<file...>', 'binaries to check')
    .addHelpText(
      'after',
      '\nTargets: embedded names (abigap profile --list) work offline; other names are probed through Docker.\n' +
        'Exit status: 0 every file runs on every target, 1 some does not (or could not be analysed),\n' +
        '2 usage error (unknown target: close names are listed), 3 a target profile could not be obtained\n' +
        '(infrastructure error: no engine, a probe or run that failed), 4 a bug in abigap.',
    )
  const ended = parseCommandLine(cmd, argv)
  if (ended !== null) return ended
  const opts = cmd.opts<Options>()
  const files = cmd.processedArgs[0] as string[]
  if (!opts.target.length && !opts.profile.length)
    return usageError('check needs at least one --target IMAGE or --profile FILE')
  if (opts.run && opts.offline) return usageError('--run needs Docker; it cannot be combined with --offline')
  const platformArch = opts.platform ? normaliseArch(opts.platform) : null

  // Source index first: a bad --source is a usage error (SourceIndexError) before any slow work.
  const source: SourceIndex | undefined = opts.source ? await indexSource(opts.source) : undefined

  const facts = files.map((f) => inspectFile(f))
  // probes read the exports of only the libraries these binaries need (and theirs, libc, the loaders)
  const exportsFor = [...new Set(facts.flatMap((f) => f.needed))]
  // the static-musl what-if names the release of this machine's musl-gcc (only dynamic binaries get that advice);
  // asked while the targets resolve: a probe takes far longer than its ~40 ms link
  const muslReady = facts.some((f) => f.needed.length) ? muslToolchainRelease() : Promise.resolve(null)
  muslReady.catch(() => undefined) // awaited below; a failed target resolution must not leave it unhandled
  const engine = engineOnce()
  // with --run the runs start now, beside the probes; a target's binaries run once its architecture is known, and
  // its first container reads the files its probe needs as it starts (no archive request for them)
  const startReads = opts.run
    ? new Map(opts.target.filter((n) => !findProfile(n)).map((n) => [n, new StartReads(exportsFor)]))
    : undefined
  const runs = opts.run
    ? startRuns(
        engine,
        files,
        facts,
        opts.target.map((name) => ({ name, image: name, archesFor: targetArches(name, engine) })),
        platformArch,
        startReads,
      )
    : null
  try {
    return await verdicts({ opts, facts, exportsFor, source, muslReady, engine, runs, platformArch, startReads })
  } finally {
    await runs?.cancel() // a no-op once the runs are finished; after an error, no container is left behind
  }
}

/** What `check` has gathered before its verdicts: the command line, the files' facts, and what is under way. */
interface CheckInputs {
  opts: Options
  facts: InspectedFile[]
  /** The sonames the files need (what a probe looks up). */
  exportsFor: readonly string[]
  source: SourceIndex | undefined
  /** The release of this machine's musl-gcc, being asked. */
  muslReady: Promise<string | null>
  engine: () => Promise<EngineConnection>
  /** With --run: the runs, started. */
  runs: StartedRuns | null
  platformArch: string | null
  /** With --run: by image target, the files its first run container reads for its probe. */
  startReads: ReadonlyMap<string, StartReads> | undefined
}

/** The static verdicts (and with --run the runs' cross-check), printed; the exit status. */
async function verdicts(inputs: CheckInputs): Promise<number> {
  const { opts, facts, exportsFor, source, muslReady, engine, runs, platformArch, startReads } = inputs
  const targets = await resolveTargets(opts, exportsFor, engine, startReads)
  const muslToolchain = await muslReady
  const results: CheckResult[] = []
  const floors: Floor[] = []
  for (const f of facts) {
    const binArch = f.elf ? archOf(f.elf) : null
    const nss = staticNssSymbolsOf(f.path, f)
    for (const t of targets) {
      const profile = t.profileFor(platformArch ?? binArch)
      results.push(
        checkBinary(f, profile, {
          targetName: t.name,
          ...(source ? { source } : {}),
          staticNssSymbols: nss,
          muslToolchain,
        }),
      )
    }
    floors.push(computeFloor(f, embeddedProfiles(platformArch ?? binArch ?? 'amd64')))
  }

  const infraErrors = runs ? await runs.finish(results) : []

  const report: CheckReport = { schemaVersion: 1, results, floors }
  if (opts.json) process.stdout.write(JSON.stringify(report) + '\n')
  else printOut(renderHuman(report, targets, facts) + '\n')
  // a run that could not be done is no verdict: never success, never an ABI finding
  for (const line of infraErrors) printErr(`abigap: infrastructure error: ${line}\n`)
  if (infraErrors.length) return ExitCode.infrastructure
  const failed = results.some((r) => r.verdict === 'incompatible' || r.gaps.some((g) => g.severity === 'error'))
  return failed ? ExitCode.findings : ExitCode.ok
}

/**
 * Embedded names first; profile files (a bad one throws ProfileError); then local images probed through Docker. An
 * unknown name is a UserError; an engine or registry fault an InfrastructureError (the image may well exist).
 */
async function resolveTargets(
  opts: Options,
  exportsFor: readonly string[],
  engine: () => Promise<EngineConnection>,
  startReads?: ReadonlyMap<string, StartReads>,
): Promise<Target[]> {
  const out: Target[] = []
  for (const file of opts.profile) {
    const p = loadProfileFile(file)
    out.push({ name: p.image, kind: 'file', image: null, profileFor: () => p })
  }
  const hint = (n: string) => {
    const s = suggestTargets(n)
    return s.length ? `; did you mean: ${s.join(', ')}?` : '; run abigap profile --list for the embedded names'
  }
  let docker: EngineConnection['docker'] | null = null
  let rt: EngineConnection['rt'] | null = null
  let probes: Promise<Map<string, { profile: TargetProfile } | { error: unknown }>> | null = null
  for (const name of opts.target) {
    const profileFor = embeddedProfileFor(name)
    if (profileFor) {
      out.push({ name, kind: 'embedded', image: name, profileFor })
      continue
    }
    if (opts.offline) throw new UserError('target', `unknown target '${name}'${hint(name)}`)
    if (!docker || !rt) {
      try {
        ;({ docker, rt } = await engine())
      } catch (e) {
        if (!(e instanceof InfrastructureError)) throw e
        throw new InfrastructureError(
          `cannot probe target '${name}': not in abigap's embedded knowledge, and Docker is not available to probe it (${e.message})${hint(name)}`,
          { cause: e },
        )
      }
    }
    if (!probes) {
      // the image targets' probes all at once (each holds only the few libraries these binaries load; side by side,
      // one container each: 4 probes on 2 cores took 0.83-0.96 s that way, 1.04-1.23 s with 3 each); reported in
      // order below
      const d = docker
      const r = rt
      const names = opts.target.filter((n) => !findProfile(n))
      const settled = Promise.all(
        names.map((n) =>
          d
            .probeImage(r, n, {
              pull: 'missing',
              exportsFor,
              containers: names.length > 1 ? 1 : 3,
              ...(startReads?.has(n) ? { startReads: startReads.get(n)! } : {}),
            })
            .then(
              (profile) => ({ profile }),
              (error: unknown) => ({ error }),
            ),
        ),
      )
      probes = settled.then((all) => new Map(names.map((n, i) => [n, all[i]!])))
    }
    let p: TargetProfile
    try {
      const probed = (await probes).get(name)!
      if ('error' in probed) throw probed.error
      p = probed.profile
    } catch (e) {
      if (!(e instanceof InfrastructureError)) throw e
      const why = e.message
      if (e instanceof docker.ImageUnavailableError && isUnknownImage(why))
        throw new UserError('target', `unknown target '${name}': ${why}${hint(name)}`, { cause: e })
      // a registry/network/engine fault: the image may well exist, so this is no usage error
      throw new InfrastructureError(`could not probe image '${name}': ${why}${hint(name)}`, { cause: e })
    }
    out.push({ name, kind: 'image', image: name, profileFor: () => p })
  }
  return out
}

/** The profile of an embedded target for a file's architecture (its own variant when known), or null if not embedded. */
function embeddedProfileFor(name: string): ((arch: string | null) => TargetProfile) | null {
  const base = findProfile(name)
  return base ? (arch) => (arch ? (findProfile(name, arch) ?? base) : base) : null
}

/**
 * The architectures a target's profile has for a file of a given architecture, as soon as they can be known: an
 * embedded target's at once; an image's from its inspection (a probe profiles the image's own platform, meta.arch),
 * long before its probe ends.
 */
function targetArches(
  name: string,
  engine: () => Promise<EngineConnection>,
): (arch: string | null) => Promise<readonly string[]> {
  const profileFor = embeddedProfileFor(name)
  if (profileFor) return async (arch) => profileFor(arch).arch
  let image: Promise<readonly string[]> | null = null
  return () =>
    (image ??= engine().then(async ({ docker, rt }) => [
      (await docker.ensureImage(rt, name, { pull: 'missing' })).arch,
    ]))
}

/** Connects to Docker on first call (loading the docker layer then), the same connection for every later call. */
function engineOnce(): () => Promise<EngineConnection> {
  let connected: Promise<EngineConnection> | null = null
  return () => {
    connected ??= import('../../docker/index.js').then(async (docker) => ({ docker, rt: await docker.connectDocker() }))
    return connected
  }
}

// ---- human output ------------------------------------------------------------------------------------------------

const MARK = { compatible: '✓', incompatible: '✗', unknown: '?' } as const

function wrap(text: string, indent: string, width = WIDTH): string[] {
  // a token longer than a line (a C++ mangled name) is cut into line-sized pieces
  const room = Math.max(20, width - indent.length - 1)
  const words = text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w) => (w.length <= room ? [w] : (w.match(new RegExp(`.{1,${room}}`, 'gu')) ?? [w])))
  const lines: string[] = []
  let cur = indent
  for (const w of words) {
    if (cur.length + w.length + 1 > width && cur.trim()) {
      lines.push(cur.trimEnd())
      cur = indent
    }
    cur += (cur.trim() ? ' ' : '') + w
  }
  if (cur.trim()) lines.push(cur.trimEnd())
  return lines
}

function short(s: string, n: number): string {
  return s.length <= n ? s : s.slice(0, n - 1) + '…'
}

/** The grid (targets × files) and the reasons, fitting 100 columns. */
export function renderHuman(report: CheckReport, targets: { name: string }[], facts: InspectedFile[]): string {
  const out: string[] = []
  const fileNames = facts.map((f) => safeText(f.path.slice(f.path.lastIndexOf('/') + 1) || f.path, 60))
  const targetNames = targets.map((t) => safeText(t.name, 200))
  const tw = Math.min(34, Math.max(6, ...targetNames.map((n) => n.length)))
  const lw = 12
  const room = WIDTH - tw - lw - 2
  const cw = Math.max(4, Math.min(16, Math.floor(room / Math.max(1, fileNames.length)) - 1))
  const perRow = Math.max(1, Math.floor(room / (cw + 1)))
  const legend = fileNames.length > perRow || fileNames.some((n) => n.length > cw)
  for (let start = 0; start < fileNames.length; start += perRow) {
    const cols = fileNames.slice(start, start + perRow)
    const head = cols.map((n, i) => (legend ? `[${start + i + 1}]` : n).padEnd(cw)).join(' ')
    out.push(`${'TARGET'.padEnd(tw)} ${'LIBC'.padEnd(lw)} ${head}`.trimEnd())
    targets.forEach((t, ti) => {
      const first = report.results.find((r) => r.target === t.name)
      const libc = first
        ? `${first.profile.libc.flavor}${first.profile.libc.version ? ' ' + first.profile.libc.version : ''}`
        : ''
      const cells = cols.map((_, i) => {
        const r = report.results.find((x) => x.target === t.name && x.file === facts[start + i].path)
        // a run that failed for infrastructure reasons is no verdict: never ✓
        if (r?.run?.outcome === 'infrastructure-error') return 'E'.padEnd(cw)
        const ran = r?.run && r.run.agreement !== 'not-run' ? (r.run.agreement === 'agree' ? ' ran' : ' !!') : ''
        return ((r ? MARK[r.verdict] : ' ') + ran).padEnd(cw)
      })
      out.push(`${short(targetNames[ti], tw).padEnd(tw)} ${short(libc, lw).padEnd(lw)} ${cells.join(' ')}`.trimEnd())
    })
  }
  if (legend) fileNames.forEach((n, i) => out.push(...wrap(`[${i + 1}] ${n}`, '')))
  if (report.results.some((r) => r.run && r.run.agreement !== 'not-run'))
    out.push('✓ runs, ✗ does not, ? unknown; "ran" = a real run in the image agreed, "!!" = it disagreed (see below)')
  if (report.results.some((r) => r.run?.outcome === 'infrastructure-error'))
    out.push('E = the run could not be done (infrastructure error, see stderr): no verdict for that cell')
  out.push('')
  const reasons = report.results.filter((r) => r.gaps.length)
  const seen = new Map<string, string[]>()
  for (const r of reasons) {
    for (const g of r.gaps) {
      const key = gapKey(r, g)
      const list = seen.get(key)
      if (list) list.push(r.target)
      else seen.set(key, [r.target])
    }
  }
  for (const r of reasons) {
    for (const g of r.gaps) {
      const key = gapKey(r, g)
      const list = seen.get(key)
      if (!list || list[0] !== r.target) continue
      seen.delete(key)
      out.push(...gapLines(r, g, list))
    }
  }
  if (!reasons.length) out.push('No gaps: every binary runs on every target checked.')
  out.push('')
  for (const f of report.floors) {
    const n = safeText(f.file.slice(f.file.lastIndexOf('/') + 1), 60)
    out.push(...wrap(`${n}: ${describeFloor(f)}`, ''))
  }
  const doubtful = new Map<string, string>()
  for (const r of report.results) if (r.profile.confidence !== 'high') doubtful.set(r.target, r.profile.confidence)
  for (const [t, c] of doubtful)
    out.push(
      ...wrap(
        `note: ${safeText(t, 120)}: ${c}-confidence ${report.results.find((r) => r.target === t)?.profile.source} profile (some facts unverified or inferred; abigap profile --embedded ${safeText(t, 120)} lists them)`,
        '',
      ),
    )
  const unknown = report.results.filter((r) => r.verdict === 'unknown')
  if (unknown.length)
    out.push(
      '',
      ...wrap(
        `? = unknown: abigap cannot decide from the facts it has (see the warnings); probe the real image with Docker for an exact answer.`,
        '',
      ),
    )
  return out.join('\n')
}

/** Gaps with the same cause (file, kind, severity, library, version, Go package) are shown once for all targets. */
function gapKey(r: CheckResult, g: AbiGap): string {
  if (g.kind === 'runtime-disagreement' || g.kind === 'unanalysable') return `${r.file}\0${r.target}\0${g.message}`
  return [
    r.file,
    g.kind,
    g.severity,
    g.library ?? '',
    g.version ?? '',
    g.goPackage ?? '',
    g.kind === 'missing-loader' ? r.profile.libc.flavor : '',
    g.kind === 'missing-symbol' ? (g.symbols ?? []).join(',') : '',
  ].join('\0')
}

function gapLines(r: CheckResult, g: AbiGap, targets: string[]): string[] {
  const mark = g.severity === 'error' ? '✗' : g.severity === 'warning' ? '!' : 'i'
  const file = safeText(r.file.slice(r.file.lastIndexOf('/') + 1), 60)
  const on = targets.length > 3 ? `${targets.slice(0, 3).join(', ')} +${targets.length - 3}` : targets.join(', ')
  const lines = [...wrap(`${mark} ${file} on ${safeText(on, 120)} — ${g.kind}`, '')]
  lines.push(...wrap(safeText(g.message, 1500), '    '))
  for (const loc of (g.locations ?? []).slice(0, 3))
    lines.push(...wrap(`at ${safeText(loc.file, 200)}:${loc.line} (${loc.reason})`, '    '))
  for (const fix of (g.fixes ?? []).slice(0, 3)) lines.push(...wrap(`fix: ${fix}`, '    '))
  return lines
}

export { isUnknownImage }
