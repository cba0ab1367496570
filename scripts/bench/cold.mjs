#!/usr/bin/env node
// Cold benchmark (issue 11's cold goals), every figure against its anchor measured in the same run, interleaved round
// by round (A, B, C, A, B, C, ...) so a drifting load on the shared machine hits all sides alike; medians compared:
//   - cold probe of abigap-test/bookworm (`abigap profile IMAGE --json`, empty probe cache) vs one
//     `docker run --rm --network none IMAGE true` (goal <= 1.5x) and vs `docker cp` of the image's /usr/lib;
//   - the probe a check makes for one cgo binary (exports of what it needs only): `abigap check --target IMAGE BIN`
//     with an empty cache minus the same with the probe cached, vs the same `docker run --rm`;
//   - `abigap check --run` cold (empty probe cache) over B small binaries x 4 local targets vs the naive loop of one
//     `docker run --rm -v BIN:/app:ro IMAGE /app` per cell (goal >= 3x): static ones (the probe reads the release file
//     and the loader) and cgo ones (it reads libc too).
// Prints the load average before and after. Needs `npm run build` (bench.sh does it), go, Docker with the test world.
// Usage: node scripts/bench/cold.mjs [--binaries 5] [--runs 5]
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const args = process.argv.slice(2)
const opt = (name, dflt) => {
  const i = args.indexOf(name)
  return i >= 0 ? Number(args[i + 1]) : dflt
}
const B = opt('--binaries', 5)
const RUNS = opt('--runs', 5)
const IMAGE = 'abigap-test/bookworm'
const TARGETS = ['abigap-test/bullseye', 'abigap-test/bookworm', 'abigap-test/trixie', 'abigap-test/musl']
const cli = path.join(root, 'dist/cli.js')
const work = mkdtempSync(path.join(os.tmpdir(), 'abigap-bench-cold-'))
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')

/** Runs argv, fails loudly unless its exit status is among `ok`; returns milliseconds. */
function timed(argv, { env = process.env, ok = [0] } = {}) {
  const t = performance.now()
  const r = spawnSync(argv[0], argv.slice(1), { env, stdio: ['ignore', 'ignore', 'pipe'] })
  const ms = performance.now() - t
  if (!ok.includes(r.status)) throw new Error(`${argv.join(' ')}: exit ${r.status}: ${r.stderr}`)
  return ms
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const freshCache = () => {
  const dir = mkdtempSync(path.join(work, 'cache-'))
  return { ...process.env, XDG_CACHE_HOME: dir }
}

let cpContainer = null
try {
  console.log(`load average before: ${load()} (${os.cpus().length} cores)`)
  // B small static Go binaries, each different (so nothing is shared by content).
  const src = path.join(work, 'src')
  mkdirSync(src)
  writeFileSync(path.join(src, 'go.mod'), 'module example.com/cold\n\ngo 1.19\n')
  writeFileSync(
    path.join(src, 'main.go'),
    'package main\nimport "fmt"\nvar n = "0"\nfunc main() { fmt.Println("hello", n) }\n',
  )
  /** B binaries of the current main.go, each different (-X main.n=i), built with cgo on or off. */
  const buildEach = (prefix, cgoEnabled) =>
    Array.from({ length: B }, (_, i) => {
      const bin = path.join(work, `${prefix}${i}`)
      execFileSync('go', ['build', '-ldflags', `-X main.n=${i}`, '-o', bin, '.'], {
        cwd: src,
        env: { ...process.env, CGO_ENABLED: cgoEnabled },
      })
      return bin
    })
  const bins = buildEach('app', '0')
  // cgo binaries (each needs libc.so.6, so each target's probe reads libc and its loader): one for the probe figure,
  // B for check --run
  const cgo = path.join(work, 'cgo')
  writeFileSync(
    path.join(src, 'main.go'),
    'package main\nimport ("fmt"; "os/user")\nvar n = "0"\nfunc main() { u, _ := user.Current(); fmt.Println(u, n) }\n',
  )
  execFileSync('go', ['build', '-o', cgo, '.'], { cwd: src, env: { ...process.env, CGO_ENABLED: '1' } })
  const cgoBins = buildEach('cgo', '1')
  cpContainer = execFileSync('docker', ['create', '--label', 'abigap-bench=cold', IMAGE, 'true']).toString().trim()
  const cpOut = path.join(work, 'cp-usr-lib')

  const cases = {
    'probe cold (abigap profile)': () =>
      timed([process.execPath, cli, 'profile', IMAGE, '--json'], { env: freshCache() }),
    'check 1 cgo bin, probe cold': () =>
      timed([process.execPath, cli, 'check', '--target', IMAGE, cgo], { env: freshCache(), ok: [0, 1] }),
    'check 1 cgo bin, probe cached': () =>
      timed([process.execPath, cli, 'check', '--target', IMAGE, cgo], { env: warm, ok: [0, 1] }),
    'docker run --rm true': () => timed(['docker', 'run', '--rm', '--network', 'none', IMAGE, 'true']),
    'docker cp /usr/lib': () => {
      rmSync(cpOut, { recursive: true, force: true })
      return timed(['docker', 'cp', `${cpContainer}:/usr/lib`, cpOut])
    },
    [`check --run cold, ${B}x${TARGETS.length}`]: () =>
      timed([process.execPath, cli, 'check', '--run', ...TARGETS.flatMap((t) => ['--target', t]), ...bins], {
        env: freshCache(),
        ok: [0, 1], // 1: findings (still a full run); 3, an infrastructure error, fails the benchmark
      }),
    [`naive loop, ${B * TARGETS.length} docker runs`]: () => naive(bins),
    [`check --run cold, ${B}x${TARGETS.length} cgo`]: () =>
      timed([process.execPath, cli, 'check', '--run', ...TARGETS.flatMap((t) => ['--target', t]), ...cgoBins], {
        env: freshCache(),
        ok: [0, 1],
      }),
    [`naive loop, ${B * TARGETS.length} cgo docker runs`]: () => naive(cgoBins),
  }
  function naive(list) {
    let ms = 0
    for (const t of TARGETS)
      for (const b of list)
        // a glibc binary newer than the target's glibc fails to load there (1, 127): still one run each; 125 (the engine's
        // own failure) fails the benchmark
        ms += timed(['docker', 'run', '--rm', '--network', 'none', '-v', `${b}:/app:ro`, t, '/app'], {
          ok: [0, 1, 126, 127],
        })
    return ms
  }
  const warm = freshCache()
  const times = Object.fromEntries(Object.keys(cases).map((k) => [k, []]))
  for (const f of Object.values(cases)) f() // one warm-up round: page cache, dockerd, node's compile cache
  for (let r = 0; r < RUNS; r++) for (const [k, f] of Object.entries(cases)) times[k].push(f())
  const ms = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]))
  for (const [k, v] of Object.entries(ms))
    console.log(`${k.padEnd(36)} ${v.toFixed(0).padStart(7)} ms (median of ${RUNS})`)
  const probe = ms['probe cold (abigap profile)']
  console.log(
    `cold probe: ${(probe / ms['docker run --rm true']).toFixed(2)}x one docker run --rm (goal <= 1.5x); ` +
      `${(probe / ms['docker cp /usr/lib']).toFixed(2)}x docker cp of /usr/lib  [whole process, node start included]`,
  )
  const probeFor = ms['check 1 cgo bin, probe cold'] - ms['check 1 cgo bin, probe cached']
  console.log(
    `cold probe for one binary's needs (check cold - check cached): ${probeFor.toFixed(0)} ms = ` +
      `${(probeFor / ms['docker run --rm true']).toFixed(2)}x one docker run --rm (goal <= 1.5x)`,
  )
  for (const [kind, label] of [
    ['static', ''],
    ['cgo', ' cgo'],
  ]) {
    const check = ms[`check --run cold, ${B}x${TARGETS.length}${label}`]
    const loop = ms[`naive loop, ${B * TARGETS.length}${label} docker runs`]
    console.log(`check --run cold, ${kind}: ${(loop / check).toFixed(2)}x faster than the naive loop (goal >= 3x)`)
  }
  console.log(`load average after: ${load()}`)
} finally {
  if (cpContainer) spawnSync('docker', ['rm', '-f', cpContainer], { stdio: 'ignore' })
  rmSync(work, { recursive: true, force: true })
}
