// The records of the idle program (idle-elf.ts) as start-reads.ts parses them, against hand-made streams in every
// chunking; the program's own output is parsed in idle-elf.test.itg.ts and start-reads.test.itg.ts.
import { RecordParser, StartReads } from '../../src/docker/start-reads.js'
import { idleHeader as header } from '../helpers/idle-records.js'
const STREAM = Buffer.concat([
  header(3n),
  Buffer.from('abc'),
  header(-2n), // ENOENT
  header(0n),
  header(-4096n), // the file of argument 0
  header(-22n), // no regular file
  header(5n),
  Buffer.from('hello'),
])
const PATHS = ['/a', '/missing', '/empty', '/a-again', '/dir', '/b']
const text = (m: Map<string, Uint8Array | null> | null) =>
  m && Object.fromEntries([...m].map(([k, v]) => [k, v && Buffer.from(v).toString()]))

test.each([1, 2, 3, 7, 8, 9, STREAM.length])('parses the records in chunks of %i bytes', (size) => {
  const parser = new RecordParser(PATHS, 1 << 20)
  let out: Map<string, Uint8Array | null> | null = null
  for (let i = 0; i < STREAM.length; i += size) {
    expect(out).toBeNull()
    out = parser.push(STREAM.subarray(i, i + size))
  }
  expect(text(out)).toEqual({
    '/a': 'abc',
    '/missing': null,
    '/empty': '',
    '/a-again': 'abc',
    '/dir': null,
    '/b': 'hello',
  })
})

test('refuses what the program cannot have written', () => {
  expect(() => new RecordParser(['/a'], 1 << 20).push(header(-4096n))).toThrow(/later file/)
  expect(() => new RecordParser(['/a'], 10).push(Buffer.concat([header(3n), Buffer.from('abc')]))).toThrow(
    /exceed 10 bytes/,
  )
})

test('start reads settle once, and say whether they still wait', async () => {
  const reads = new StartReads(['libc.so.6'])
  expect(reads.pending).toBe(true)
  reads.settle({ arch: 'amd64', contents: new Map() })
  reads.settle(null)
  expect(reads.pending).toBe(false)
  expect(await reads.files).toEqual({ arch: 'amd64', contents: new Map() })
})

test('leaves what follows the last record to the queries after it', () => {
  const parser = new RecordParser(['/a'], 1 << 20)
  expect(parser.push(Buffer.concat([header(1n), Buffer.from('xy')]))).toEqual(new Map([['/a', Buffer.from('x')]]))
  expect(parser.rest().toString()).toBe('y')
  expect(parser.rest()).toHaveLength(0)
})

test('counts records, not distinct paths (a path given twice is read twice)', () => {
  const parser = new RecordParser(['/a', '/a'], 1 << 20)
  expect(parser.push(Buffer.concat([header(1n), Buffer.from('x')]))).toBeNull()
  expect(text(parser.push(header(-4096n)))).toEqual({ '/a': 'x' })
})
