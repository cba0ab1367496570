// Turns the action inputs into a validated MatrixConfig: a config file or inline YAML/targets, with input overrides,
// the variant selection, and target lines located in the workflow file for annotations.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { didYouMean } from '../matrix/did-you-mean.js'
import { ALL_AXES, defaultMatrixConfig } from '../matrix/defaults.js'
import {
  parseMatrixConfig,
  planMatrix,
  parseDuration,
  shardPlan,
  shellWords,
  targetsFromList,
} from '../matrix/index.js'
import { hostGoArch } from '../build/host-arch.js'
import type { MatrixConfig, MatrixPlan, TargetSpec, VariantSpec } from '../matrix/types.js'
import { Inputs } from './constants.js'
import { InputError, type ActionInputs } from './inputs.js'

/** The config, its plan (made once, here, and handed on), and where its files are, for mapping report paths. */
export interface ResolvedConfig {
  config: MatrixConfig
  /** The plan of this job (its shard, the selected variants); runMatrix and the preflight use it as is. */
  plan: MatrixPlan
  /** Directory runMatrix runs in (workspace + working-directory). */
  cwd: string
  /** The module directory source locations are relative to. */
  moduleRoot: string
  /** Workspace-relative names that are files themselves (config file, workflow file) rather than module paths. */
  ownFiles: Set<string>
}

/**
 * The file name a config made from an input carries in its ConfigProblems (no file of the repository: no annotation
 * at a line of it). The one statement of it, read by main.ts's failure line.
 */
export const INPUT_ORIGIN = { configYaml: `${Inputs.configYaml} input`, targets: `${Inputs.targets} input` } as const

/** Builds the matrix config and plan from the inputs. Throws InputError or the matrix's ConfigError (user mistakes). */
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
    config = parseMatrixConfig(inputs.configYaml, INPUT_ORIGIN.configYaml)
    // positions in the inline YAML mean nothing in the repository: the targets are found in the workflow instead
    locateInWorkflow(config.targets, workspace, workflow)
  } else {
    // Variant names select from every combination (nocgo, cgo-glibc, cgo-glibc-static, cgo-musl, cgo-musl-static).
    const axes = inputs.variants.length ? ALL_AXES : undefined
    config = defaultMatrixConfig(INPUT_ORIGIN.targets, inputs.package ?? '.', inputTargets(inputs.targets), axes)
    locateInWorkflow(config.targets, workspace, workflow)
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
    config.targets = inputTargets(inputs.targets)
    locateInWorkflow(config.targets, workspace, workflow)
  }
  config.docker.mode = inputs.docker ?? (inputs.config || inputs.configYaml ? config.docker.mode : 'required')
  let plan = planMatrix(config, { hostArch: hostGoArch() })
  if (inputs.variants.length) plan = selectVariants(config, plan, inputs.variants)
  plan = shardPlan(plan, inputs.shard)
  const moduleRoot = path.resolve(cwd, config.workingDirectory)
  return { config, plan, cwd, moduleRoot, ownFiles }
}

/** The `targets` input as targets (`preset:NAME` expanded); an unknown preset is an InputError. */
function inputTargets(items: string[]): TargetSpec[] {
  const targets = targetsFromList(items)
  if ('error' in targets) throw new InputError(Inputs.targets, targets.error)
  return targets
}

/**
 * Keeps only the named variants (unknown names are an InputError with a suggestion): the config lists them
 * explicitly (so a baseline build at another ref builds the same ones) and the plan keeps only their cells.
 */
function selectVariants(config: MatrixConfig, plan: MatrixPlan, names: string[]): MatrixPlan {
  const builder = config.builder
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
  const variants = plan.variants.filter((v) => names.includes(v.name))
  // the combinations the axes dropped are not the user's concern once they named the variants to build
  return {
    ...plan,
    variants,
    dropped: [],
    cells: plan.cells.filter((c) => names.includes(c.variant)),
    order: { ...plan.order, variants: variants.map((v) => v.name) },
  }
}

/** The workflow file of this run, workspace-relative (from GITHUB_WORKFLOW_REF), when it exists in the checkout. */
function workflowFile(workspace: string, env: Record<string, string | undefined>): string | null {
  const ref = env.GITHUB_WORKFLOW_REF ?? ''
  const repo = env.GITHUB_REPOSITORY ?? ''
  const m = /^[^/]+\/[^/]+\/(.+?)@/.exec(ref)
  const rel = m ? m[1] : repo && ref.startsWith(`${repo}/`) ? ref.slice(repo.length + 1).replace(/@.*$/, '') : null
  if (!rel || rel.includes('..')) return null
  return existsSync(path.join(workspace, rel)) ? rel : null
}

/** Points targets typed in an input at their line in the workflow file (where the user typed them), else at none. */
function locateInWorkflow(targets: TargetSpec[], workspace: string, workflow: string | null): void {
  let lines: string[] = []
  try {
    if (workflow) lines = readFileSync(path.join(workspace, workflow), 'utf8').split('\n')
  } catch {
    // no workflow to point at
  }
  for (const t of targets) {
    const i = lines.findIndex((l) => new RegExp(`(^|[\\s,'"\\[-])${escapeRegExp(t.ref)}($|[\\s,'"\\]])`).test(l))
    t.declaredAt = workflow && i >= 0 ? { file: workflow, line: i + 1, column: lines[i].indexOf(t.ref) + 1 } : null
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/')
}
