import os from 'node:os'
import type { PlannedVariant } from '../matrix/types.js'
import { mapLimitKeyed } from '../io/pool.js'
import type { Builder, BuildContext, BuildOutcome } from './types.js'

/**
 * Builds every variant, in parallel up to `concurrency` (default: the core count), each with its builder. Variants
 * that compile the same packages (the same builder, architecture, cgo, C compiler and tags: the link mode only changes
 * the link) are built one after another: side by side, on a cold Go cache, both would compile everything.
 */
export async function buildVariants(
  variants: PlannedVariant[],
  ctx: BuildContext,
  builders: { host: Builder; container: Builder },
  concurrency: number | null = null,
): Promise<BuildOutcome[]> {
  const limit = concurrency ?? Math.max(1, os.availableParallelism?.() ?? os.cpus().length)
  return mapLimitKeyed(variants, limit, compileKey, (v) =>
    v.builder === 'host' ? builders.host(v, ctx) : builders.container(v, ctx),
  )
}

/** What a variant's compiled packages depend on (Go's build cache key, less what only the link sees). */
export function compileKey(v: PlannedVariant): string {
  return JSON.stringify([v.builder, v.arch, v.cgo, v.cgo ? v.libc : null, v.cc, [...v.tags].sort()])
}
