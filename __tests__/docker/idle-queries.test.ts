// The process queries to the idle program: one 8-byte answer per byte written; anything else leaves the count
// unknown from then on, so the run layer replaces the container rather than trust it.
import { jest } from '@jest/globals'
import { ProcessQueries } from '../../src/docker/idle-queries.js'
import { idleHeader as header } from '../helpers/idle-records.js'

/** Queries whose idle program answers each byte with `answer()` (split in two chunks), or not at all. */
function queries(answer: (() => Buffer) | null): { q: ProcessQueries; written: number[] } {
  const written: number[] = []
  const q: ProcessQueries = new ProcessQueries((data) => {
    written.push(...data)
    if (!answer) return
    const a = answer()
    queueMicrotask(() => {
      q.push(a.subarray(0, 3))
      q.push(a.subarray(3))
    })
  })
  return { q, written }
}

test('each query writes one byte and takes one answer, even split across chunks', async () => {
  let n = 2n
  const { q, written } = queries(() => header(n++))
  expect(await q.count(1000)).toBe(2)
  expect(await q.count(1000)).toBe(3)
  expect(written).toEqual([1, 1])
})

test('an errno answer is an unknown count, the next query still answered', async () => {
  const answers = [header(-2n), header(2n)]
  const { q } = queries(() => answers.shift()!)
  expect(await q.count(1000)).toBeNull()
  expect(await q.count(1000)).toBe(2)
})

test('output no query asked for, or more than one answer: unknown from then on', async () => {
  const unasked = queries(() => header(2n))
  unasked.q.push(header(2n))
  expect(await unasked.q.count(1000)).toBeNull()
  const twice = queries(() => Buffer.concat([header(2n), header(2n)]))
  expect(await twice.q.count(1000)).toBeNull()
  expect(await twice.q.count(1000)).toBeNull()
  expect(twice.written).toEqual([1]) // a broken channel is not asked again
})

test('silence past the timeout, a failed write or an ended stream: unknown, for good', async () => {
  jest.useFakeTimers()
  try {
    const silent = queries(null)
    const pending = silent.q.count(5000)
    jest.advanceTimersByTime(5000)
    expect(await pending).toBeNull()
    // a late answer changes nothing
    silent.q.push(header(2n))
    expect(await silent.q.count(5000)).toBeNull()
  } finally {
    jest.useRealTimers()
  }
  const failing = new ProcessQueries(() => {
    throw new Error('EPIPE')
  })
  expect(await failing.count(1000)).toBeNull()
  const ended = queries(null)
  const waiting = ended.q.count(1000)
  ended.q.fail()
  expect(await waiting).toBeNull()
})
