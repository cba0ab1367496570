import { Ajv, type ValidateFunction } from 'ajv'
import { LineCounter, parseDocument } from 'yaml'
import { ConfigError, type ConfigProblem } from './config-error.js'
import { matrixConfigSchema } from './schema.js'
import { positionOf, schemaProblems } from './schema-errors.js'
import { parseDuration, shellWords } from './shell-words.js'
import { DEFAULT_AXES, defaultMatrixConfig } from './defaults.js'
import { dedupeTargets, presetTargets, targetSpec } from './targets.js'
import type {
  ConfigPosition,
  LibcChoice,
  LinkChoice,
  MatrixAxes,
  MatrixConfig,
  PromiseSpec,
  TargetSpec,
  VariantSpec,
} from './types.js'
import { formatKeyPath, YamlLocator, type KeyPath } from './yaml-locator.js'

let validator: ValidateFunction | null = null
function validate(): ValidateFunction {
  validator ??= new Ajv({
    strict: true,
    allErrors: true,
    verbose: true,
    allowUnionTypes: true,
    validateSchema: false,
  }).compile(matrixConfigSchema)
  return validator
}

/** Variables each variant sets itself; setting them in `env` would silently break the matrix. */
const RESERVED_ENV = ['CGO_ENABLED', 'GOOS', 'GOARCH', 'CC', 'CXX']
/** Go flags that have their own config key (or that abigap sets). */
const RESERVED_FLAGS: Record<string, string> = {
  '-o': 'abigap chooses the output path',
  '-ldflags': "use the 'ldflags' key",
  '-tags': "use the 'tags' key",
}

type Raw = Record<string, unknown>

const cgoBool = (v: unknown): boolean => v === true || v === 'on'
const list = (v: unknown): string[] =>
  v === undefined ? [] : Array.isArray(v) ? v.map(String) : shellWords(String(v)).filter(Boolean)

/** Parses and validates a matrix config (YAML text; `file` names it in messages). Throws ConfigError. */
export function parseMatrixConfig(text: string, file: string): MatrixConfig {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true })
  const loc = new YamlLocator(doc, lines, file)
  const problems: ConfigProblem[] = []
  const problem = (path: KeyPath, message: string, at?: ConfigPosition): void => {
    const pos = at ?? { ...positionOf(loc, path) }
    problems.push({ file, key: formatKeyPath(path), line: pos.line, column: pos.column, message })
  }

  for (const err of doc.errors) {
    const pos = loc.at(err.pos[0])
    problems.push({ file, key: '', line: pos.line, column: pos.column, message: `YAML: ${firstLine(err.message)}` })
  }
  if (problems.length) throw new ConfigError(problems)

  const root: unknown = doc.toJS({ maxAliasCount: 100 })
  if (root === null || root === undefined) {
    throw new ConfigError([{ file, key: '', line: 1, column: 1, message: 'the config is empty: package is required' }])
  }
  if (typeof root !== 'object' || Array.isArray(root)) {
    throw new ConfigError([{ file, key: '', line: 1, column: 1, message: 'the config must be a mapping of keys' }])
  }
  const v = validate()
  if (!v(root)) throw new ConfigError(schemaProblems(v.errors ?? [], root, loc))
  const raw = root as Raw

  const topPositions: Record<string, ConfigPosition> = {}
  for (const k of Object.keys(raw)) topPositions[k] = { ...loc.key([], k) }

  // go-flags / run.args strings
  const words = (path: KeyPath, value: unknown): string[] => {
    try {
      return list(value)
    } catch (e) {
      problem(path, (e as Error).message)
      return []
    }
  }
  const goFlags = words(['go-flags'], raw['go-flags'])
  goFlags.forEach((flag) => {
    const name = flag.replace(/^--/, '-').split('=')[0]
    if (RESERVED_FLAGS[name]) problem(['go-flags'], `${name} is not allowed here: ${RESERVED_FLAGS[name]}`)
  })

  const env: Record<string, string> = {}
  for (const [k, val] of Object.entries((raw.env ?? {}) as Raw)) {
    if (RESERVED_ENV.includes(k)) problem(['env', k], `${k} is set by each variant; use variants or axes instead`)
    env[k] = String(val)
  }

  // variants / axes
  let variants: VariantSpec[] | null = null
  let axes: MatrixAxes | null = null
  if (raw.variants !== undefined && raw.axes !== undefined) {
    problem(['axes'], 'use either variants (an explicit list) or axes, not both')
  }
  if (raw.variants !== undefined) {
    const items = raw.variants as Raw[]
    if (items.length === 0) problem(['variants'], 'empty matrix: the variants list has nothing to build')
    variants = items.map((it, i) => ({
      name: (it.name as string | undefined) ?? null,
      cgo: cgoBool(it.cgo),
      libc: (it.libc as LibcChoice | undefined) ?? null,
      link: (it.link as LinkChoice | undefined) ?? null,
      arch: (it.arch as string | undefined) ?? null,
      builder: (it.builder as string | undefined) ?? null,
      tags: words(['variants', i, 'tags'], it.tags),
      cc: (it.cc as string | undefined) ?? null,
      declaredAt: { ...loc.item(['variants'], i) },
    }))
    const names = new Map<string, number>()
    items.forEach((it, i) => {
      if (typeof it.name !== 'string') return
      if (names.has(it.name)) problem(['variants', i, 'name'], `duplicate variant name '${it.name}'`)
      names.set(it.name, i)
    })
    items.forEach((it, i) => {
      if (!cgoBool(it.cgo) && (it.libc !== undefined || it.link === 'dynamic')) {
        problem(
          ['variants', i, it.libc !== undefined ? 'libc' : 'link'],
          'cgo is off: a pure-Go binary has no libc and is always static; remove this key or turn cgo on',
        )
      }
    })
  } else {
    const a = (raw.axes ?? {}) as Raw
    axes = {
      cgo: unique(((a.cgo as unknown[] | undefined) ?? DEFAULT_AXES.cgo).map(cgoBool)),
      libc: unique((a.libc as LibcChoice[] | undefined) ?? DEFAULT_AXES.libc),
      link: unique((a.link as LinkChoice[] | undefined) ?? DEFAULT_AXES.link),
      arch: a.arch === undefined ? null : unique(a.arch as string[]),
    }
    for (const k of ['cgo', 'libc', 'link', 'arch'] as const) {
      if (Array.isArray(a[k]) && (a[k] as unknown[]).length === 0) {
        problem(['axes', k], `empty matrix: axes.${k} lists no values`)
      }
    }
  }

  // targets and presets
  const targets: TargetSpec[] = []
  ;((raw.targets ?? []) as unknown[]).forEach((t, i) => {
    const declaredAt = { ...loc.item(['targets'], i) }
    if (typeof t === 'string') targets.push(targetSpec(t, null, declaredAt))
    else {
      const o = t as Raw
      targets.push(targetSpec(String(o.image), (o.platform as string) ?? null, declaredAt))
    }
  })
  ;((raw.presets ?? []) as string[]).forEach((name, i) => {
    const expanded = presetTargets(name, { ...loc.item(['presets'], i) })
    if ('error' in expanded) problem(['presets', i], expanded.error)
    else targets.push(...expanded)
  })
  if (targets.length === 0 && !problems.some((p) => p.key.startsWith('presets'))) {
    problem(raw.targets !== undefined ? ['targets'] : [], 'empty matrix: no targets (add targets or presets)')
  }
  const deduped = dedupeTargets(targets)

  // run / docker / modules / build
  const runRaw = (raw.run ?? {}) as Raw
  const buildRaw = (raw.build ?? {}) as Raw
  const dockerRaw = (raw.docker ?? {}) as Raw
  const duration = (path: KeyPath, value: unknown, dflt: number): number => {
    if (value === undefined) return dflt
    const ms = parseDuration(value as string | number)
    if (ms <= 0) problem(path, 'must be longer than 0')
    return ms
  }
  const successExitCodes = (runRaw['success-exit-codes'] as number[] | undefined) ?? [0]
  if (successExitCodes.length === 0) problem(['run', 'success-exit-codes'], 'must list at least one exit code')

  const builders: Record<string, string> = {}
  for (const [k, b] of Object.entries((raw.builders ?? {}) as Raw)) {
    builders[k] = String(b)
    topPositions[`builders.${k}`] = { ...loc.key(['builders'], k) }
  }
  const promises = parsePromises(raw.promises, loc, problem)
  const cc: Record<string, string> = {}
  for (const [k, c] of Object.entries((raw.cc ?? {}) as Raw)) cc[k] = String(c)

  if (problems.length) throw new ConfigError(problems)
  const d = defaultMatrixConfig(file, '', [])
  return {
    file,
    package: String(raw.package).trim(),
    workingDirectory: (raw['working-directory'] as string | undefined) ?? '.',
    goFlags,
    tags: list(raw.tags)
      .flatMap((t) => t.split(','))
      .filter(Boolean),
    ldflags: (raw.ldflags as string | undefined) ?? '',
    env,
    variants,
    axes,
    builder: (raw.builder as string | undefined) ?? d.builder,
    builders,
    cc,
    targets: deduped,
    run: {
      args: words(['run', 'args'], runRaw.args),
      timeoutMs: duration(['run', 'timeout'], runRaw.timeout, d.run.timeoutMs),
      successExitCodes,
    },
    docker: {
      pull: (dockerRaw.pull as 'always' | 'missing' | 'never' | undefined) ?? d.docker.pull,
      mode: (dockerRaw.mode as 'auto' | 'required' | 'off' | undefined) ?? d.docker.mode,
    },
    modules: { download: ((raw.modules ?? {}) as Raw).download === true },
    build: {
      timeoutMs: duration(['build', 'timeout'], buildRaw.timeout, d.build.timeoutMs),
      concurrency: (buildRaw.concurrency as number | undefined) ?? null,
    },
    promises,
    positions: topPositions,
  }
}

/** The `promises` key: 'every-target', or { every-target, variants: { NAME: all | [targets] } }. */
function parsePromises(
  value: unknown,
  loc: YamlLocator,
  problem: (path: KeyPath, message: string) => void,
): PromiseSpec | null {
  if (value === undefined) return null
  const declaredAt = { ...loc.key([], 'promises') }
  if (value === 'every-target') return { everyTarget: true, variants: null, declaredAt }
  const o = value as Raw
  const variants = o.variants
    ? Object.entries(o.variants as Raw).map(([variant, targets]) => ({
        variant,
        targets: targets === 'all' ? ('all' as const) : (targets as string[]).map((t) => t.trim()),
        declaredAt: { ...loc.key(['promises', 'variants'], variant) },
      }))
    : null
  if (o['every-target'] !== true && !variants)
    problem(['promises'], 'promises nothing: set every-target: true, or list variants and the targets they ship to')
  return { everyTarget: o['every-target'] === true, variants, declaredAt }
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)]
}

function firstLine(s: string): string {
  return s.split('\n')[0]
}
