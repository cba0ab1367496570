// The fuzz cases behind `npm run fuzz` (scripts/fuzz.mjs) and the short run in the unit suite: mutations aimed at
// the ELF tables and the Go build-info blob, run through the whole binary inspection (src/binary).
import { inspectBinary } from '../../src/binary/inspect.js'
import { bufferSource } from '../../src/elf/byte-source.js'
import { inspectDocument } from '../../src/elf/json.js'
import type { ByteSource } from '../../src/elf/types.js'

/** One fuzz outcome. */
export interface FuzzCase {
  mutation: string
  ms: number
  /** Error code returned (null when none); INTERNAL means a bug. */
  code: string | null
  /** Set when inspectBinary threw (it must never do so). */
  thrown: string | null
}

/** A small deterministic PRNG (mulberry32) so fuzz runs are reproducible from a seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Byte ranges worth aiming at: headers, tables, dynamic, version chains and the Go build-info blob. */
export function targets(bytes: Uint8Array): [number, number][] {
  const out: [number, number][] = [[0, Math.min(bytes.length, 64)]]
  const r = inspectBinary(bufferSource(bytes), 'seed')
  if (r.elf === null) return out
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const little = r.elf.endian === 'little'
  const is64 = r.elf.class === 64
  const word = (at: number): number => (is64 ? Number(dv.getBigUint64(at, little)) : dv.getUint32(at, little))
  const phoff = word(is64 ? 32 : 28)
  const shoff = word(is64 ? 40 : 32)
  const phn = dv.getUint16(is64 ? 56 : 44, little)
  const shn = dv.getUint16(is64 ? 60 : 48, little)
  const phs = is64 ? 56 : 32
  const shs = is64 ? 64 : 40
  out.push([phoff, phn * phs], [shoff, shn * shs])
  for (let i = 0; i < shn; i++) {
    const at = shoff + i * shs
    if (at + shs > bytes.length) break
    const type = dv.getUint32(at + 4, little)
    const off = word(at + (is64 ? 24 : 16))
    const size = word(at + (is64 ? 32 : 20))
    // .dynamic, versym/verneed/verdef, and progbits that may hold .go.buildinfo
    if ([6, 0x6ffffffd, 0x6ffffffe, 0x6fffffff, 7].includes(type) && off + size <= bytes.length)
      out.push([off, Math.min(size, 4096)])
  }
  const magic = findMagic(bytes)
  if (magic >= 0) out.push([magic, 64])
  return out.filter(([o, n]) => n > 0 && o + n <= bytes.length)
}

function findMagic(b: Uint8Array): number {
  const m = [0xff, 0x20, 0x47, 0x6f, 0x20, 0x62, 0x75, 0x69, 0x6c, 0x64]
  outer: for (let i = 0; i + 16 <= b.length; i += 16) {
    for (let j = 0; j < m.length; j++) if (b[i + j] !== m[j]) continue outer
    return i
  }
  return -1
}

/** Applies one random mutation to a copy of `seed` (truncation, bit flips, aimed field overwrites). */
export function mutate(
  seed: Uint8Array,
  aims: [number, number][],
  rnd: () => number,
): { bytes: Uint8Array; mutation: string } {
  const pick = (n: number): number => Math.floor(rnd() * n)
  const kind = pick(5)
  if (kind === 0) {
    const len = pick(seed.length)
    return { bytes: seed.slice(0, len), mutation: `truncate ${len}` }
  }
  const b = seed.slice()
  const [start, size] = aims[pick(aims.length)]
  const at = start + pick(size)
  if (kind === 1) {
    const n = 1 + pick(8)
    for (let i = 0; i < n; i++) {
      const p = start + pick(size)
      b[p] ^= 1 << pick(8)
    }
    return { bytes: b, mutation: `flip ${n} bits near ${start}` }
  }
  const interesting = [0, 1, 0x7f, 0x80, 0xff, 0xffff, 0x7fffffff, 0xffffffff, 16, 20, 24, seed.length, seed.length - 1]
  const v = kind === 2 ? interesting[pick(interesting.length)] : Math.floor(rnd() * 0x1_0000_0000)
  const width = [1, 2, 4, 8][pick(4)]
  for (let i = 0; i < width && at + i < b.length; i++)
    b[at + i] = width === 8 && i >= 4 ? (kind === 4 ? 0xff : 0) : (v >>> (8 * (i % 4))) & 0xff
  return { bytes: b, mutation: `write ${width}B ${v} at ${at}` }
}

/** Runs inspectBinary on one mutated input, timing it and catching anything it throws. */
export function runCase(bytes: Uint8Array, mutation: string, budget?: number): FuzzCase {
  const src: ByteSource = bufferSource(bytes)
  const t = performance.now()
  try {
    const r = inspectBinary(src, 'fuzz', { budget })
    // Touch everything like consumers do: the streamed JSON writer first (raw tables), then full materialisation.
    inspectDocument([r])
    JSON.stringify(r)
    return { mutation, ms: performance.now() - t, code: r.error?.code ?? null, thrown: null }
  } catch (e) {
    return {
      mutation,
      ms: performance.now() - t,
      code: null,
      thrown: e instanceof Error ? (e.stack ?? e.message) : String(e),
    }
  }
}
