// Where a target is born: every TargetSpec (config file, inline config, the action's `targets` input, a preset) is
// made here, with its id, so the id the plan, the runs and the report carry is built in one place.
import { didYouMean } from './did-you-mean.js'
import { presetNames, TARGET_PRESETS } from './presets.js'
import type { ConfigPosition, TargetSpec } from './types.js'

/**
 * The id of a target: its image ref, plus the platform when one is given ("debian:12", "debian:12 (linux/arm64)").
 * Built here only: by targetSpec below, and for a report saved before targets carried ids by src/report/parse-report.ts.
 */
export function targetId(ref: string, platform: string | null): string {
  return platform ? `${ref} (${platform})` : ref
}

/** A target of the matrix, with its id. */
export function targetSpec(
  ref: string,
  platform: string | null = null,
  declaredAt: ConfigPosition | null = null,
  preset: string | null = null,
): TargetSpec {
  const r = ref.trim()
  return { id: targetId(r, platform), ref: r, platform, preset, declaredAt }
}

/** The targets of a preset, or an error message naming the presets (and the closest one) when it is unknown. */
export function presetTargets(
  name: string,
  declaredAt: ConfigPosition | null = null,
): TargetSpec[] | { error: string } {
  const refs = TARGET_PRESETS[name]
  if (!refs) {
    const guess = didYouMean(name, presetNames())
    return {
      error: `unknown preset '${name}'${guess ? ` (did you mean '${guess}'?)` : ''}; presets: ${presetNames().join(', ')}`,
    }
  }
  return refs.map((ref) => targetSpec(ref, null, declaredAt, name))
}

/** Targets from a list of image refs where `preset:NAME` expands a preset (the action's `targets` input), deduplicated. */
export function targetsFromList(items: string[]): TargetSpec[] | { error: string } {
  const out: TargetSpec[] = []
  for (const item of items) {
    if (!item.startsWith('preset:')) {
      out.push(targetSpec(item))
      continue
    }
    const expanded = presetTargets(item.slice('preset:'.length))
    if ('error' in expanded) return expanded
    out.push(...expanded)
  }
  return dedupeTargets(out)
}

/** The targets without repeats (same id), first occurrence kept. */
export function dedupeTargets(targets: TargetSpec[]): TargetSpec[] {
  const seen = new Set<string>()
  return targets.filter((t) => !seen.has(t.id) && seen.add(t.id))
}
