import { mapLimit, mapLimitKeyed } from '../../src/io/pool.js'

/** Runs items (each a key and a duration) through the pool, recording what was in flight whenever one started. */
async function trace(items: [string, number][], limit: number) {
  const inFlight = new Set<number>()
  const seen: { started: number; with: number[] }[] = []
  const order: number[] = []
  const results = await mapLimitKeyed(
    items,
    limit,
    ([key]) => key,
    async ([, ms], i) => {
      seen.push({ started: i, with: [...inFlight] })
      inFlight.add(i)
      order.push(i)
      await new Promise((r) => setTimeout(r, ms))
      inFlight.delete(i)
      return `r${i}`
    },
  )
  return { results, seen, order }
}

describe('mapLimitKeyed', () => {
  test('never two items of one key at once; items behind a busy key go ahead; results in input order', async () => {
    const items: [string, number][] = [
      ['a', 30],
      ['a', 5],
      ['b', 5],
      ['c', 5],
      ['a', 5],
    ]
    const { results, seen, order } = await trace(items, 2)
    expect(results).toEqual(['r0', 'r1', 'r2', 'r3', 'r4'])
    for (const s of seen) {
      expect(s.with.length).toBeLessThan(2) // the limit
      for (const other of s.with) expect(items[other]![0]).not.toBe(items[s.started]![0])
    }
    // the second 'a' waits for the first; 'b' and 'c' do not wait for it
    expect(order.indexOf(2)).toBeLessThan(order.indexOf(1))
    expect(order.indexOf(3)).toBeLessThan(order.indexOf(1))
  })

  test('a failing item rejects the whole; mapLimit is the keyed pool with every item its own key', async () => {
    await expect(
      mapLimitKeyed(
        [1, 2],
        2,
        () => 'k',
        async (n) => {
          if (n === 2) throw new Error('boom')
          return n
        },
      ),
    ).rejects.toThrow('boom')
    const running: number[] = []
    let peak = 0
    const out = await mapLimit([10, 1, 1, 1], 3, async (ms, i) => {
      running.push(i)
      peak = Math.max(peak, running.length)
      await new Promise((r) => setTimeout(r, ms))
      running.splice(running.indexOf(i), 1)
      return i
    })
    expect(out).toEqual([0, 1, 2, 3])
    expect(peak).toBe(3)
  })
})
