import os from 'node:os'
import type { PlannedVariant } from '../matrix/types.js'
import { mapLimit } from '../io/pool.js'
import type { Builder, BuildContext, BuildOutcome } from './types.js'

/** Builds every variant, in parallel up to `concurrency` (default: the core count), each with its builder. */
export async function buildVariants(
  variants: PlannedVariant[],
  ctx: BuildContext,
  builders: { host: Builder; container: Builder },
  concurrency: number | null = null,
): Promise<BuildOutcome[]> {
  const limit = concurrency ?? Math.max(1, os.availableParallelism?.() ?? os.cpus().length)
  return mapLimit(variants, limit, (v) => (v.builder === 'host' ? builders.host(v, ctx) : builders.container(v, ctx)))
}
