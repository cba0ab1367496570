// The config's promises resolved against the planned matrix: per variant, the target names it ships to (pure).
import { ConfigError, type ConfigProblem } from './config-error.js'
import { didYouMean } from './did-you-mean.js'
import { TARGET_PRESETS, presetNames } from './presets.js'
import type { MatrixConfig, MatrixPlan, ReportPromises, TargetSpec } from './types.js'

/**
 * Resolves `config.promises` against the whole (unsharded) plan: variant names must be planned variants, targets
 * `all`, a target of the matrix (its ref or its name), or `preset:NAME` (the matrix's targets of that preset).
 * Null when the config promises nothing (every cell is a promise). Throws ConfigError with every problem.
 */
export function resolvePromises(
  config: MatrixConfig,
  plan: Pick<MatrixPlan, 'variants' | 'targets' | 'dropped'>,
): ReportPromises | null {
  const spec = config.promises
  if (!spec) return null
  const problems: ConfigProblem[] = []
  const variantNames = plan.variants.map((v) => v.name)
  const variants: Record<string, string[]> | null = spec.variants ? {} : null
  for (const p of spec.variants ?? []) {
    const at = p.declaredAt ?? spec.declaredAt ?? { file: config.file, line: 1, column: 1 }
    const problem = (message: string) =>
      problems.push({
        file: config.file,
        key: `promises.variants.${p.variant}`,
        line: at.line,
        column: at.column,
        message,
      })
    if (!variantNames.includes(p.variant)) {
      const dropped = plan.dropped.find((d) => d.combo === p.variant)
      const guess = didYouMean(p.variant, variantNames)
      problem(
        dropped
          ? `variant '${p.variant}' is not built (${dropped.reason}): it cannot be promised`
          : `no variant named '${p.variant}'${guess ? ` (did you mean '${guess}'?)` : ''}; variants: ${variantNames.join(', ')}`,
      )
      continue
    }
    const names = new Set<string>()
    for (const entry of p.targets === 'all' ? ['all'] : p.targets) {
      const matched = matchTargets(entry, plan.targets)
      if (typeof matched === 'string') problem(matched)
      else for (const t of matched) names.add(t.id)
    }
    if (variants) variants[p.variant] = plan.targets.map((t) => t.id).filter((n) => names.has(n))
  }
  if (problems.length) throw new ConfigError(problems)
  return { everyTarget: spec.everyTarget, variants }
}

/** The matrix targets a promise entry names, or why it names none. */
function matchTargets(entry: string, targets: TargetSpec[]): TargetSpec[] | string {
  if (entry === 'all') return targets
  if (entry.startsWith('preset:')) {
    const name = entry.slice('preset:'.length)
    const images = TARGET_PRESETS[name]
    if (!images) {
      const guess = didYouMean(name, presetNames())
      return `unknown preset '${name}'${guess ? ` (did you mean '${guess}'?)` : ''}; presets: ${presetNames().join(', ')}`
    }
    const hit = targets.filter((t) => t.preset === name || images.includes(t.ref))
    return hit.length ? hit : `no target of preset ${name} is in this matrix (add it to targets or presets)`
  }
  const hit = targets.filter((t) => t.ref === entry || t.id === entry)
  if (hit.length) return hit
  const guess = didYouMean(
    entry,
    targets.map((t) => t.id),
  )
  return `'${entry}' is not a target of this matrix${guess ? ` (did you mean '${guess}'?)` : ''}; name a target, preset:NAME or all`
}
