// Turns the action inputs into a validated MatrixConfig: a config file or inline YAML/targets, with input overrides,
// the variant selection, and target lines located in the workflow file for annotations.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { stringify } from 'yaml'
import { didYouMean } from '../matrix/did-you-mean.js'
import {
  parseMatrixConfig,
  planMatrix,
  parseDuration,
  presetNames,
  shellWords,
  TARGET_PRESETS,
} from '../matrix/index.js'
import { hostGoArch } from '../build/host-arch.js'
import type { MatrixConfig, TargetSpec, VariantSpec } from '../matrix/types.js'
import { Inputs } from './constants.js'
import { InputError, type ActionInputs } from './inputs.js'

/** The config plus where its files are, for mapping report paths to repository paths. */
export interface ResolvedConfig {
  config: MatrixConfig
  /** Directory runMatrix runs in (workspace + working-directory). */
  cwd: string
  /** The module directory source locations are relative to. */
  moduleRoot: string
  /** Workspace-relative names that are files themselves (config file, workflow file) rather than module paths. */
  ownFiles: Set<string>
}

/** Builds the matrix config from the inputs. Throws InputError or the matrix's ConfigError (both user mistakes). */
export function resolveConfig(
  inputs: ActionInputs,
  workspace: string,
  env: Record<string, string | undefined>,
): ResolvedConfig {
  const cwd = path.resolve(workspace, inputs.workingDirectory)
  if (!existsSync(cwd)) throw new InputError(Inputs.workingDirectory, `no such directory: ${inputs.workingDirectory}`)
  const ownFiles = new Set<string>()
  const workflow = workflowFile(workspace, env)
  let config: MatrixConfig
  if (inputs.config) {
    // Relative to the repository root; a path relative to working-directory is accepted too.
    const inRoot = path.resolve(workspace, inputs.config)
    const inCwd = path.resolve(cwd, inputs.config)
    const abs = existsSync(inRoot) ? inRoot : inCwd
    const rel = toPosix(path.relative(workspace, abs))
    if (!existsSync(abs)) throw new InputError(Inputs.config, `no such file: ${inputs.config}`)
    config = parseMatrixConfig(readFileSync(abs, 'utf8'), rel)
    ownFiles.add(rel)
  } else if (inputs.configYaml) {
    config = parseMatrixConfig(inputs.configYaml, `${Inputs.configYaml} input`)
    locateInWorkflow(config, workspace, workflow)
  } else {
    const doc: Record<string, unknown> = { package: inputs.package ?? '.' }
    const presets = inputs.targets.filter((t) => t.startsWith('preset:')).map((t) => t.slice(7))
    const images = inputs.targets.filter((t) => !t.startsWith('preset:'))
    if (images.length) doc.targets = images
    if (presets.length) doc.presets = presets
    // Variant names select from every combination (nocgo, cgo-glibc, cgo-glibc-static, cgo-musl, cgo-musl-static).
    if (inputs.variants.length) doc.axes = { cgo: [false, true], libc: ['glibc', 'musl'], link: ['dynamic', 'static'] }
    config = parseMatrixConfig(stringify(doc), `${Inputs.targets} input`)
    locateInWorkflow(config, workspace, workflow)
  }
  if (workflow) ownFiles.add(workflow)

  if (inputs.package && (inputs.config || inputs.configYaml)) config.package = inputs.package
  if (inputs.builder) config.builder = inputs.builder
  if (inputs.runArgs) config.run.args = shellWords(inputs.runArgs)
  if (inputs.runTimeout) {
    try {
      config.run.timeoutMs = parseDuration(inputs.runTimeout)
    } catch (e) {
      throw new InputError(Inputs.runTimeout, (e as Error).message)
    }
  }
  if (inputs.targets.length && (inputs.config || inputs.configYaml)) {
    config.targets = inputs.targets.flatMap((t): TargetSpec[] => {
      if (!t.startsWith('preset:')) return [{ ref: t, platform: null, preset: null, declaredAt: null }]
      const name = t.slice('preset:'.length)
      const refs = TARGET_PRESETS[name]
      if (!refs) throw new InputError(Inputs.targets, `unknown preset '${name}'; presets: ${presetNames().join(', ')}`)
      return refs.map((ref) => ({ ref, platform: null, preset: name, declaredAt: null }))
    })
    locateInWorkflow(config, workspace, workflow)
  }
  config.docker.mode = inputs.docker ?? (inputs.config || inputs.configYaml ? config.docker.mode : 'required')
  if (inputs.variants.length) selectVariants(config, inputs.variants)
  const moduleRoot = path.resolve(cwd, config.workingDirectory)
  return { config, cwd, moduleRoot, ownFiles }
}

/** Keeps only the named variants (unknown names are an InputError with a suggestion). */
function selectVariants(config: MatrixConfig, names: string[]): void {
  const builder = config.builder
  const plan = planMatrix(config, { hostArch: hostGoArch() })
  const known = plan.variants.map((v) => v.name)
  for (const n of names) {
    if (!known.includes(n)) {
      const guess = didYouMean(n, known)
      throw new InputError(
        Inputs.variants,
        `unknown variant '${n}'${guess ? ` (did you mean '${guess}'?)` : ''}; variants: ${known.join(', ')}`,
      )
    }
  }
  const specs: VariantSpec[] = plan.variants
    .filter((v) => names.includes(v.name))
    .map((v) => ({
      name: v.name,
      cgo: v.cgo,
      libc: v.libc,
      link: v.link,
      arch: v.arch,
      builder: v.builder === builder ? null : v.builder,
      tags: v.tags.filter((t) => !config.tags.includes(t)),
      cc: v.cc,
      declaredAt: v.declaredAt,
    }))
  config.variants = specs
  config.axes = null
  config.builders = {}
  // promises of the variants not selected do not apply to this run
  const promised = config.promises?.variants
  if (config.promises && promised) {
    const kept = promised.filter((p) => names.includes(p.variant))
    config.promises = kept.length || config.promises.everyTarget ? { ...config.promises, variants: kept } : null
  }
}

/** The workflow file of this run, workspace-relative (from GITHUB_WORKFLOW_REF), when it exists in the checkout. */
export function workflowFile(workspace: string, env: Record<string, string | undefined>): string | null {
  const ref = env.GITHUB_WORKFLOW_REF ?? ''
  const repo = env.GITHUB_REPOSITORY ?? ''
  const m = /^[^/]+\/[^/]+\/(.+?)@/.exec(ref)
  const rel = m ? m[1] : repo && ref.startsWith(`${repo}/`) ? ref.slice(repo.length + 1).replace(/@.*$/, '') : null
  if (!rel || rel.includes('..')) return null
  return existsSync(path.join(workspace, rel)) ? rel : null
}

/** Points each target without a position at its line in the workflow file (where the user typed it). */
function locateInWorkflow(config: MatrixConfig, workspace: string, workflow: string | null): void {
  if (!workflow) {
    for (const t of config.targets)
      if (t.declaredAt && !t.declaredAt.file.includes('/') && t.declaredAt.file.endsWith(' input')) t.declaredAt = null
    return
  }
  let lines: string[]
  try {
    lines = readFileSync(path.join(workspace, workflow), 'utf8').split('\n')
  } catch {
    return
  }
  for (const t of config.targets) {
    if (t.declaredAt && !t.declaredAt.file.endsWith(' input')) continue
    const i = lines.findIndex((l) => new RegExp(`(^|[\\s,'"\\[-])${escapeRegExp(t.ref)}($|[\\s,'"\\]])`).test(l))
    t.declaredAt = i >= 0 ? { file: workflow, line: i + 1, column: lines[i].indexOf(t.ref) + 1 } : null
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/')
}
