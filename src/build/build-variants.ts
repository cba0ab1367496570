import os from 'node:os'
import type { PlannedVariant } from '../matrix/types.js'
import type { Builder, BuildContext, BuildOutcome } from './types.js'

/** Runs `fn` over `items` with at most `limit` in flight; results keep the input order. */
export async function mapLimit<T, R>(
  items: T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++
      results[i] = await fn(items[i], i)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker))
  return results
}

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
