// StringTable: the whole-table fast path must return exactly what decoding each string on its own returns.
import { StringTable } from '../../src/elf/strings.js'

const enc = new TextEncoder()
const dec = new TextDecoder()

function table(parts: string[]): { bytes: Uint8Array; offsets: number[] } {
  const chunks: Uint8Array[] = []
  const offsets: number[] = []
  let at = 0
  for (const p of parts) {
    const b = enc.encode(p + '\0')
    offsets.push(at)
    chunks.push(b)
    at += b.length
  }
  const bytes = new Uint8Array(at)
  let o = 0
  for (const c of chunks) {
    bytes.set(c, o)
    o += c.length
  }
  return { bytes, offsets }
}

test.each([
  ['ASCII', (i: number) => `sym_${i}`],
  ['2/3/4-byte UTF-8', (i: number) => `runtime·f${i}€${i % 3 ? '𝄞' : ''}é`],
])('%s: whole-table path equals per-string decoding, including suffix offsets', (_n, make) => {
  const { bytes, offsets } = table(Array.from({ length: 600 }, (_, i) => make(i)))
  const t = new StringTable(bytes)
  const all = offsets.flatMap((o) => [o, o + 1, o + 3])
  for (const o of all) {
    let end = bytes.indexOf(0, o)
    if (end < 0) end = bytes.length
    expect(t.get(o)).toBe(dec.decode(bytes.subarray(o, end)))
  }
  expect(t.get(bytes.length)).toBeNull()
  expect(t.get(-1)).toBeNull()
})

test('invalid UTF-8 and unterminated strings decode non-fatally', () => {
  const bytes = Uint8Array.from([0x41, 0xff, 0x42, 0, 0x43, 0x44])
  const t = new StringTable(bytes)
  for (let i = 0; i < 300; i++) t.get(0)
  expect(t.get(0)).toBe('A\uFFFDB')
  expect(t.get(4)).toBe('CD')
  expect(t.jsonSafe()).toBe(false)
})
