// A short fuzz run inside the unit suite (npm run fuzz does ≥ 10,000 cases): mutated real binaries must give
// typed errors or partial results, never an exception, never an INTERNAL error, never a case slower than 1 s.
import { readFileSync } from 'node:fs'
import { mutate, prng, runCase, targets } from '../../scripts/fuzz/cases.js'
import { sampleBinary } from './helpers/craft.js'

test('500 mutated binaries: no exception, no INTERNAL error, no hang', () => {
  const seeds = [new Uint8Array(sampleBinary())]
  for (const f of ['/usr/s390x-linux-gnu/lib/libc.so.6', '/usr/arm-linux-gnueabihf/lib/libc.so.6']) {
    try {
      seeds.push(new Uint8Array(readFileSync(f)))
    } catch {
      // optional extra seeds (big-endian, 32-bit) when the cross libcs are installed
    }
  }
  const corpus = seeds.map((bytes) => ({ bytes, aims: targets(bytes) }))
  const rnd = prng(20260101)
  const bad: string[] = []
  let typed = 0
  for (let i = 0; i < 500; i++) {
    const s = corpus[i % corpus.length]
    const { bytes, mutation } = mutate(s.bytes, s.aims, rnd)
    const r = runCase(bytes, mutation)
    if (r.code) typed++
    if (r.thrown || r.code === 'INTERNAL' || r.ms > 1000)
      bad.push(`${mutation}: ${r.thrown ?? r.code} (${r.ms.toFixed(0)} ms)`)
  }
  expect(bad).toEqual([])
  expect(typed).toBeGreaterThan(0) // the mutations do reach the parser's error paths
}, 60_000)
