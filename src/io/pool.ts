// The one concurrency pool: builds, target runs and image probes all go through it.

/** Runs `fn` over `items` with at most `limit` in flight; results keep the input order. */
export function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  return mapLimitKeyed(items, limit, (_, index) => String(index), fn)
}

/**
 * mapLimit that never runs two items of the same key at once: each worker takes the first waiting item whose key is
 * free (so an item waits only for the one of its key in flight, never for the items behind it). Results keep the
 * input order.
 */
export async function mapLimitKeyed<T, R>(
  items: readonly T[],
  limit: number,
  keyOf: (item: T, index: number) => string,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length)
  const waiting = items.map((_, i) => i)
  const busy = new Set<string>()
  let wakers: (() => void)[] = []
  const worker = async (): Promise<void> => {
    while (waiting.length) {
      const at = waiting.findIndex((i) => !busy.has(keyOf(items[i] as T, i)))
      if (at < 0) {
        await new Promise<void>((wake) => wakers.push(wake)) // every waiting key is in flight: wait for one to end
        continue
      }
      const i = waiting.splice(at, 1)[0]!
      const key = keyOf(items[i] as T, i)
      busy.add(key)
      try {
        results[i] = await fn(items[i] as T, i)
      } finally {
        busy.delete(key)
        const woken = wakers
        wakers = []
        for (const wake of woken) wake()
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker))
  return results
}
