#!/usr/bin/env node
/* global performance, URL */
// Fuzzes the ELF + Go build-info parsers: mutates real binaries (truncation, bit flips, field overwrites aimed at
// headers, tables, dynamic, version chains, buildinfo) and fails on any thrown exception, INTERNAL error, or a case
// slower than 1 s. Usage: npm run fuzz -- [--cases N] [--seed S] [FILE...]
import { build } from 'esbuild'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const args = process.argv.slice(2)
let cases = 10_000
let seed = Date.now() % 1e9
const files = []
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--cases') cases = Number(args[++i])
  else if (args[i] === '--seed') seed = Number(args[++i])
  else files.push(args[i])
}
if (!(cases > 0)) {
  console.error('fuzz: --cases must be a positive number')
  process.exit(2)
}
// The committed fixtures (every machine has them: both byte orders, both classes, Go build info), then real
// binaries of this machine when present.
const fixtureDir = new URL('../__tests__/fixtures/elf/', import.meta.url).pathname
const defaults = [
  ...['x86_64-dyn', 'aarch64-dyn', 'x86_64-lib.so', 's390x-libutil.so.1', 'armhf-libdl.so.2', 'go-buildinfo'].map((f) => fixtureDir + f),
  '/bin/true',
  '/usr/bin/true',
  '/usr/lib/x86_64-linux-gnu/libc.so.6',
  '/usr/s390x-linux-gnu/lib/libc.so.6',
  '/usr/arm-linux-gnueabihf/lib/libc.so.6',
  '/usr/lib/x86_64-linux-gnu/libstdc++.so.6',
  '/usr/bin/go',
  '/usr/lib/go/bin/go',
]
const seeds = (files.length ? files : defaults).filter((f) => existsSync(f))
if (!seeds.length) {
  console.error('fuzz: no seed binaries found; pass some ELF files')
  process.exit(2)
}

const dir = mkdtempSync(join(tmpdir(), 'abigap-fuzz-'))
const out = join(dir, 'fuzz.mjs')
await build({ entryPoints: [new URL('./fuzz/cases.ts', import.meta.url).pathname], bundle: true, format: 'esm', platform: 'neutral', outfile: out, logLevel: 'warning' })
const { prng, targets, mutate, runCase } = await import(pathToFileURL(out).href)
rmSync(dir, { recursive: true, force: true })

const rnd = prng(seed)
// Big seeds (the go tool) are cut to their first 4 MiB plus the tables' own ranges stay intact enough to be useful.
const corpus = seeds.map((f) => {
  const bytes = new Uint8Array(readFileSync(f))
  return { f, bytes, aims: targets(bytes) }
})
let worst = { ms: 0, mutation: '' }
const failures = []
let errors = 0
let maxRss = process.memoryUsage().rss
const started = performance.now()
for (let i = 0; i < cases; i++) {
  const s = corpus[i % corpus.length]
  const { bytes, mutation } = mutate(s.bytes, s.aims, rnd)
  const r = runCase(bytes, `${s.f}: ${mutation}`)
  if (r.code) errors++
  if (r.ms > worst.ms) worst = r
  if (r.thrown || r.code === 'INTERNAL' || r.ms > 1000) {
    failures.push(r)
    const file = join(tmpdir(), `abigap-fuzz-crash-${seed}-${i}.bin`)
    writeFileSync(file, bytes)
    console.error(`FAIL case ${i} (${r.mutation}) ${r.ms.toFixed(1)} ms: ${r.thrown ?? r.code} → saved ${file}`)
  }
  if (i % 500 === 0) maxRss = Math.max(maxRss, process.memoryUsage().rss)
}
const secs = (performance.now() - started) / 1000
console.log(
  `fuzz: ${cases} cases from ${corpus.length} seeds (seed ${seed}) in ${secs.toFixed(1)} s; ${errors} returned typed errors; ` +
    `${failures.length} failures; slowest ${worst.ms.toFixed(1)} ms (${worst.mutation}); max RSS ${(maxRss / 2 ** 20).toFixed(0)} MiB`,
)
process.exit(failures.length ? 1 : 0)
