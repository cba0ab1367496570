// A short fuzz run inside the unit suite (npm run fuzz does ≥ 10,000 cases): mutated fixtures (both byte orders,
// both classes, Go build info) must give typed errors or partial results, never an exception, never an INTERNAL
// error, never a case slower than 1 s.
import { mutate, prng, runCase, targets } from '../../scripts/fuzz/cases.js'
import { fixture, type FixtureName } from '../helpers/elf-fixtures.js'

const SEEDS: FixtureName[] = ['x86_64-dyn', 'x86_64-lib.so', 's390x-libutil.so.1', 'armhf-libdl.so.2', 'go-buildinfo']

test('500 mutated binaries: no exception, no INTERNAL error, no hang', () => {
  const seeds = SEEDS.map((name) => new Uint8Array(fixture(name)))
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
