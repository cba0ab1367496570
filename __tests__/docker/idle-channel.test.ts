// The channel to the idle program: one 8-byte answer per process query; a run's output up to the markers that close
// each stream, then its report; anything else leaves the channel broken from then on (every question answered null),
// so the run layer replaces the container rather than trust it.
import { jest } from '@jest/globals'
import { IdleChannel, MAX_RUN_REQUEST, runRequest, type IdleRunReport } from '../../src/docker/idle-channel.js'
import { idleHeader as header } from '../helpers/idle-records.js'

/** A channel whose idle program answers each write with `answer(bytes)` (each chunk split in two), or not at all. */
function channel(answer: ((data: Buffer) => [kind: 'stdout' | 'stderr', chunk: Buffer][]) | null): {
  c: IdleChannel
  written: Buffer[]
} {
  const written: Buffer[] = []
  const c: IdleChannel = new IdleChannel((data) => {
    written.push(Buffer.from(data))
    if (!answer) return
    const out = answer(data)
    queueMicrotask(() => {
      for (const [kind, chunk] of out) {
        c.push(kind, chunk.subarray(0, 3))
        c.push(kind, chunk.subarray(3))
      }
    })
  })
  return { c, written }
}

const counts = (next: () => Buffer) => channel(() => [['stdout', next()]])

/** The report's 32 bytes after the nonce. */
function reportBytes(r: IdleRunReport): Buffer {
  const b = Buffer.alloc(32)
  ;[r.pid, r.exec, r.access, r.wait].forEach((v, i) => b.writeBigInt64LE(BigInt(v), i * 8))
  return b
}

/** The nonce of a run request's bytes. */
const nonceOf = (request: Buffer) => request.subarray(5, 21)

/** An idle program that "runs" each request: writes `out` and `err`, then the markers and `report`. */
function runner(out: Buffer, err: Buffer, report: IdleRunReport, extra: Buffer = Buffer.alloc(0)) {
  return channel((data) => {
    const nonce = nonceOf(data)
    return [
      ['stderr', err],
      ['stdout', Buffer.concat([out, nonce, reportBytes(report), extra])],
      ['stderr', nonce],
    ]
  })
}

const exited = (code: number): IdleRunReport => ({ pid: 42, exec: 0, access: 0, wait: code << 8 })

describe('process counts', () => {
  test('each query writes one byte and takes one answer, even split across chunks', async () => {
    let n = 2n
    const { c, written } = counts(() => header(n++))
    expect(await c.count(1000)).toBe(2)
    expect(await c.count(1000)).toBe(3)
    expect(written.map((w) => [...w])).toEqual([[1], [1]])
  })

  test('an errno answer is an unknown count, the next query still answered', async () => {
    const answers = [header(-2n), header(2n)]
    const { c } = counts(() => answers.shift()!)
    expect(await c.count(1000)).toBeNull()
    expect(await c.count(1000)).toBe(2)
  })

  test('output no query asked for, on either stream, or more than one answer: unknown from then on', async () => {
    const unasked = counts(() => header(2n))
    unasked.c.push('stdout', header(2n))
    expect(await unasked.c.count(1000)).toBeNull()
    const onStderr = counts(() => header(2n))
    onStderr.c.push('stderr', Buffer.from('x'))
    expect(await onStderr.c.count(1000)).toBeNull()
    const twice = counts(() => Buffer.concat([header(2n), header(2n)]))
    expect(await twice.c.count(1000)).toBeNull()
    expect(await twice.c.count(1000)).toBeNull()
    expect(twice.written).toHaveLength(1) // a broken channel is not asked again
  })

  test('silence past the timeout, a failed write or an ended stream: unknown, for good', async () => {
    jest.useFakeTimers()
    try {
      const silent = channel(null)
      const pending = silent.c.count(5000)
      jest.advanceTimersByTime(5000)
      expect(await pending).toBeNull()
      silent.c.push('stdout', header(2n)) // a late answer changes nothing
      expect(await silent.c.count(5000)).toBeNull()
    } finally {
      jest.useRealTimers()
    }
    const failing = new IdleChannel(() => {
      throw new Error('EPIPE')
    })
    expect(await failing.count(1000)).toBeNull()
    const ended = channel(null)
    const waiting = ended.c.count(1000)
    ended.c.fail()
    expect(await waiting).toBeNull()
  })
})

describe('runs', () => {
  test('the request: byte 2, its length, a fresh nonce, argv each ending in NUL', async () => {
    const { c, written } = runner(Buffer.alloc(0), Buffer.alloc(0), exited(0))
    await c.run(['/abigap/bin/a', '--version', ''], () => undefined)
    await c.run(['/abigap/bin/a'], () => undefined)
    const [first, second] = written as [Buffer, Buffer]
    expect(first[0]).toBe(2)
    expect(first.readUInt32LE(1)).toBe(first.length - 5)
    expect(first.subarray(21).toString()).toBe('/abigap/bin/a\0--version\0\0')
    expect(nonceOf(first).equals(nonceOf(second))).toBe(false)
  })

  test('output up to each marker is the program’s, the report after it how it ended; then it answers again', async () => {
    const got: string[] = []
    let n = 0
    const { c } = channel((data) => {
      if (data[0] === 1) return [['stdout', header(1n)]]
      const nonce = nonceOf(data)
      n++
      return [
        ['stdout', Buffer.from(`out${n} `)],
        ['stderr', Buffer.from(`err${n}`)],
        // the nonce's first bytes at the end of a chunk are held until the next tells
        ['stdout', Buffer.concat([Buffer.from('more'), nonce.subarray(0, 10)])],
        ['stdout', Buffer.concat([nonce.subarray(10), reportBytes(exited(3))])],
        ['stderr', nonce],
      ]
    })
    const sink = (kind: string, chunk: Buffer) => got.push(`${kind}:${chunk.toString()}`)
    expect(await c.run(['/x'], sink)).toEqual(exited(3))
    expect(
      got
        .filter((g) => g.startsWith('stdout'))
        .map((g) => g.slice(7))
        .join(''),
    ).toBe('out1 more')
    expect(
      got
        .filter((g) => g.startsWith('stderr'))
        .map((g) => g.slice(7))
        .join(''),
    ).toBe('err1')
    expect(await c.count(1000)).toBe(1)
    expect(await c.run(['/x'], () => undefined)).toEqual(exited(3))
  })

  test('a program that prints a nonce of its own guessing does not end its run', async () => {
    const got: Buffer[] = []
    const forged = Buffer.concat([Buffer.alloc(16, 7), reportBytes(exited(0))])
    const { c } = runner(forged, Buffer.alloc(0), exited(5))
    expect(await c.run(['/x'], (_k, chunk) => got.push(chunk))).toEqual(exited(5))
    expect(Buffer.concat(got).equals(forged)).toBe(true)
  })

  test('bytes after a marker (a process left behind writing) break the channel', async () => {
    const afterOut = runner(Buffer.alloc(0), Buffer.alloc(0), exited(0), Buffer.from('late'))
    expect(await afterOut.c.run(['/x'], () => undefined)).toBeNull()
    expect(await afterOut.c.count(1000)).toBeNull()
    const afterErr = channel((data) => {
      const nonce = nonceOf(data)
      return [
        ['stdout', Buffer.concat([nonce, reportBytes(exited(0))])],
        ['stderr', Buffer.concat([nonce, Buffer.from('late')])],
      ]
    })
    expect(await afterErr.c.run(['/x'], () => undefined)).toBeNull()
  })

  test('the stream ending before both markers: null, the output so far delivered', async () => {
    const got: string[] = []
    const { c } = channel(() => [['stdout', Buffer.from('partial')]])
    const pending = c.run(['/x'], (_k, chunk) => got.push(chunk.toString()))!
    await new Promise((r) => setTimeout(r, 10))
    c.fail()
    expect(await pending).toBeNull()
    expect(got.join('')).toBe('partial') // held back as a nonce's possible start, delivered when the stream ends
  })

  test('arguments the idle program cannot take are not sent', () => {
    const { c, written } = channel(null)
    expect(c.run(['/x', 'a\0b'], () => undefined)).toBeUndefined()
    expect(c.run(['/x', 'a'.repeat(MAX_RUN_REQUEST)], () => undefined)).toBeUndefined()
    expect(c.run([], () => undefined)).toBeUndefined()
    expect(written).toEqual([])
    expect(runRequest(Buffer.alloc(16), ['/x', 'a'.repeat(MAX_RUN_REQUEST - 16 - 4)])).not.toBeNull()
  })
})
