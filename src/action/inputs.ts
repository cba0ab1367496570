// Reads and validates every action input in one place (the runner does not enforce `required` or value sets).
import { FAIL_ON_VALUES, parseShard, type FailOn, type ShardSpec } from '../report/index.js'
import { Inputs } from './constants.js'
import { UserError } from '../errors/user-error.js'

/** A user's mistake in the workflow's `with:` block: one clear message, never a stack trace. */
export class InputError extends UserError {
  override name = 'InputError'
  constructor(
    readonly input: string,
    message: string,
  ) {
    super('input', `input '${input}': ${message}`)
  }
}

/** The validated inputs. */
export interface ActionInputs {
  /** Path of the matrix config (relative to the workspace), or null. */
  config: string | null
  /** Inline matrix config YAML, or null. */
  configYaml: string | null
  targets: string[]
  /** Variant names to keep (empty = all). */
  variants: string[]
  package: string | null
  /** Relative to the workspace ('.' by default). */
  workingDirectory: string
  builder: string | null
  /** Raw run-args text (shell words), or null. */
  runArgs: string | null
  /** Raw run-timeout text (e.g. "10s"), or null. */
  runTimeout: string | null
  failOn: FailOn
  annotations: boolean
  uploadArtifacts: boolean
  artifactName: string
  /** Where to write SARIF (relative to the workspace), or null. */
  sarifFile: string | null
  /** Path of a base report for regression mode, or null. */
  baseline: string | null
  /** A git ref to build the same matrix at (a temporary worktree) for regression mode, or null. */
  baselineRef: string | null
  shard: ShardSpec | null
  /** null when not given: the config's docker.mode, or 'required' without a config. */
  docker: 'auto' | 'required' | 'off' | null
  dockerHost: string | null
}

/** The environment variable the runner uses for an input: INPUT_ + name upper-cased, spaces → _, hyphens kept. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

/** Reads and validates all inputs from env (process.env in the action). Throws InputError. */
export function getInputs(env: Record<string, string | undefined> = process.env): ActionInputs {
  const raw = (name: string): string => (env[inputEnvName(name)] ?? '').trim()
  const optional = (name: string): string | null => raw(name) || null
  const bool = (name: string, dflt: boolean): boolean => {
    const v = raw(name)
    if (!v) return dflt
    if (/^(true|yes|on|1)$/i.test(v)) return true
    if (/^(false|no|off|0)$/i.test(v)) return false
    throw new InputError(name, `expected true or false, got '${v}'`)
  }
  const list = (name: string): string[] =>
    raw(name)
      .split(/[\n,]/)
      .map((s) => s.replace(/^\s*-\s+/, '').trim())
      .filter((s) => s && !s.startsWith('#'))
  const oneOf = <T extends string>(name: string, values: readonly T[], dflt: T): T => {
    const v = raw(name) || dflt
    if (!(values as readonly string[]).includes(v)) {
      throw new InputError(name, `expected one of ${values.join(', ')}, got '${v}'`)
    }
    return v as T
  }

  const config = optional(Inputs.config)
  const configYaml = optional(Inputs.configYaml)
  if (config && configYaml)
    throw new InputError(Inputs.configYaml, `give either 'config' (a file) or 'config-yaml', not both`)
  const targets = list(Inputs.targets)
  if (!config && !configYaml && targets.length === 0) {
    throw new InputError(
      Inputs.targets,
      `no targets: set 'targets' (images, e.g. debian:11, alpine:3.19) or 'config' (a matrix file)`,
    )
  }
  for (const t of targets) {
    if (/\s/.test(t))
      throw new InputError(
        Inputs.targets,
        `'${t}' is not an image reference (no spaces; one per line or comma-separated)`,
      )
  }
  const runTimeout = optional(Inputs.runTimeout)
  if (runTimeout && !/^\d+(\.\d+)?\s*(ms|s|m|h)?$/.test(runTimeout)) {
    throw new InputError(Inputs.runTimeout, `expected a duration like 10s, 2m or 500ms, got '${runTimeout}'`)
  }
  const shardText = optional(Inputs.shard)
  let shard: ShardSpec | null = null
  if (shardText) {
    const parsed = parseShard(shardText)
    if ('error' in parsed) throw new InputError(Inputs.shard, parsed.error)
    shard = parsed.count > 1 ? parsed : null
  }
  const failOn = oneOf(Inputs.failOn, FAIL_ON_VALUES, 'error')
  const baseline = optional(Inputs.baseline)
  const baselineRef = optional(Inputs.baselineRef)
  if (baseline && baselineRef) {
    throw new InputError(
      Inputs.baselineRef,
      `give either 'baseline' (a report) or 'baseline-ref' (a git ref), not both`,
    )
  }
  if (baselineRef && (baselineRef.startsWith('-') || /\s/.test(baselineRef))) {
    throw new InputError(Inputs.baselineRef, `'${baselineRef}' is not a git ref`)
  }
  if (failOn === 'regression' && !baseline && !baselineRef) {
    throw new InputError(
      Inputs.failOn,
      `'regression' compares against a base report: set 'baseline' (its path) or 'baseline-ref' (a git ref, e.g. the pull request's base SHA)`,
    )
  }
  const artifactName = raw(Inputs.artifactName) || 'abigap'
  if (/[":<>|*?\\/\r\n]/.test(artifactName)) {
    throw new InputError(
      Inputs.artifactName,
      `'${artifactName}' contains characters artifact names cannot have (" : < > | * ? \\ /)`,
    )
  }
  const workingDirectory = raw(Inputs.workingDirectory) || '.'
  if (workingDirectory.split(/[\\/]/).includes('..') || workingDirectory.startsWith('/')) {
    throw new InputError(Inputs.workingDirectory, `must be a path inside the repository, got '${workingDirectory}'`)
  }
  return {
    config,
    configYaml,
    targets,
    variants: list(Inputs.variants),
    package: optional(Inputs.package),
    workingDirectory,
    builder: optional(Inputs.builder),
    runArgs: optional(Inputs.runArgs),
    runTimeout,
    failOn,
    annotations: bool(Inputs.annotations, true),
    uploadArtifacts: bool(Inputs.uploadArtifacts, true),
    artifactName,
    sarifFile: optional(Inputs.sarifFile),
    baseline,
    baselineRef,
    shard,
    docker: raw(Inputs.docker) ? oneOf(Inputs.docker, ['auto', 'required', 'off'] as const, 'required') : null,
    dockerHost: optional(Inputs.dockerHost),
  }
}
