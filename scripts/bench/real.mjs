#!/usr/bin/env node
// Real-size benchmark (issue 11), every figure against its anchor measured in the same run, interleaved round by
// round so a drifting load on the shared machine hits all sides alike; medians compared, load printed with each:
//   - `abigap check --run` over B binaries x 4 local targets, cold (empty probe cache) and warm, vs the naive loop of
//     one `docker run --rm --network none -v BIN:/app:ro IMAGE /app` per cell (goal >= 3x) — for Debian's own Go
//     programs (scripts/world/bench.sh, 3-53 MB each) and for as many small static Go binaries;
//   - the runs alone (runInTargets, what `matrix` runs after its builds) at concurrency 1 and 2 (parallel speed-up);
//   - peak RSS of the cold real-size check --run (goal <= 200 MB; payload.mjs measures a 1 GiB payload);
//   - the scaling curve: cold check --run time vs number of binaries, of targets (tagged copies abigap-bench/tNN of the
//     local images, removed at the end) and binary size.
// Needs `npm run build` (bench.sh does it), go, esbuild, Docker with the test world, and the bench world.
// Usage: node scripts/bench/real.mjs [--runs 3] [--no-scaling]
import { execFileSync, spawnSync } from 'node:child_process'
import { linkSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const args = process.argv.slice(2)
const RUNS = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 3
const SCALING = !args.includes('--no-scaling')
const TARGETS = ['abigap-test/bullseye', 'abigap-test/bookworm', 'abigap-test/trixie', 'abigap-test/musl']
const cli = path.join(root, 'dist/cli.js')
const work = mkdtempSync(path.join(os.tmpdir(), 'abigap-bench-real-'))
const tags = []
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const freshCache = () => ({ ...process.env, XDG_CACHE_HOME: mkdtempSync(path.join(work, 'cache-')) })

/** Runs argv, fails loudly unless its exit status is among `ok` (null: any); returns milliseconds. */
function timed(argv, { env = process.env, ok = [0] } = {}) {
  const t = performance.now()
  const r = spawnSync(argv[0], argv.slice(1), { env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 })
  const ms = performance.now() - t
  if (ok && !ok.includes(r.status)) throw new Error(`${argv.join(' ')}: exit ${r.status}: ${r.stderr}`)
  return ms
}
const check = (bins, targets, env) =>
  timed([process.execPath, cli, 'check', '--run', ...targets.flatMap((t) => ['--target', t]), ...bins], {
    env,
    ok: [0, 1], // 1: findings (still a full run); 3, an infrastructure error, fails the benchmark
  })
const naive = (bins, targets) => {
  let ms = 0
  for (const t of targets)
    for (const b of bins)
      ms += timed(['docker', 'run', '--rm', '--network', 'none', '-v', `${b}:/app:ro`, t, '/app'], { ok: null })
  return ms
}

try {
  console.log(`load average before: ${load()} (${os.cpus().length} cores)`)
  const benchBin = execFileSync('bash', [path.join(root, 'scripts/world/bench.sh')], { encoding: 'utf8' }).trim()
  const real = readdirSync(benchBin)
    .sort()
    .map((n) => path.join(benchBin, n))
  const realMB = real.reduce((s, f) => s + statSync(f).size, 0) / 2 ** 20
  // as many small static Go binaries, each different
  const src = path.join(work, 'src')
  mkdirSync(src)
  writeFileSync(path.join(src, 'go.mod'), 'module example.com/real\n\ngo 1.19\n')
  writeFileSync(path.join(src, 'main.go'), 'package main\nimport "fmt"\nvar n = "0"\nfunc main() { fmt.Println("hello", n) }\n')
  const small = real.map((_, i) => {
    const bin = path.join(work, `small${i}`)
    execFileSync('go', ['build', '-ldflags', `-X main.n=${i}`, '-o', bin, '.'], {
      cwd: src,
      env: { ...process.env, CGO_ENABLED: '0' },
    })
    return bin
  })
  const smallMB = small.reduce((s, f) => s + statSync(f).size, 0) / 2 ** 20
  const B = real.length
  const cells = B * TARGETS.length
  console.log(
    `real-size: ${B} Debian Go programs (${realMB.toFixed(0)} MB); small: ${B} static Go binaries ` +
      `(${smallMB.toFixed(0)} MB); x ${TARGETS.length} targets = ${cells} cells each; ${RUNS} interleaved rounds`,
  )

  // ---- check --run cold / warm vs the naive loop ----
  const warmReal = freshCache()
  const warmSmall = freshCache()
  const cases = {
    'real: check --run cold': () => check(real, TARGETS, freshCache()),
    'real: check --run warm': () => check(real, TARGETS, warmReal),
    'real: naive loop': () => naive(real, TARGETS),
    'small: check --run cold': () => check(small, TARGETS, freshCache()),
    'small: check --run warm': () => check(small, TARGETS, warmSmall),
    'small: naive loop': () => naive(small, TARGETS),
  }
  const times = Object.fromEntries(Object.keys(cases).map((k) => [k, []]))
  const loads = []
  for (const f of Object.values(cases)) f() // warm-up round: page cache, dockerd, the warm probe caches
  for (let r = 0; r < RUNS; r++) {
    for (const [k, f] of Object.entries(cases)) times[k].push(f())
    loads.push(load())
  }
  const ms = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]))
  for (const [k, v] of Object.entries(ms)) console.log(`  ${k.padEnd(28)} ${v.toFixed(0).padStart(7)} ms`)
  for (const kind of ['real', 'small'])
    for (const temp of ['cold', 'warm'])
      console.log(
        `  ${kind} check --run ${temp}: ${(ms[`${kind}: naive loop`] / ms[`${kind}: check --run ${temp}`]).toFixed(2)}x ` +
          `faster than the naive loop (goal >= 3x cold)`,
      )
  console.log(`  (load average after each round: ${loads.join(' | ')})`)

  // ---- peak RSS of the cold real-size check --run ----
  const rss = spawnSync(
    '/usr/bin/time',
    ['-f', '%M', process.execPath, cli, 'check', '--run', ...TARGETS.flatMap((t) => ['--target', t]), ...real],
    { env: freshCache(), stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' },
  )
  const kb = Number(rss.stderr.trim().split('\n').pop())
  console.log(`peak RSS, real-size check --run cold: ${(kb / 1024).toFixed(0)} MiB (goal <= 200 MB)  [load ${load()}]`)

  // ---- the runs alone (runInTargets in one process), concurrency 1 vs 2 ----
  const cacheDir = path.join(root, 'node_modules', '.cache', 'abigap-bench')
  mkdirSync(cacheDir, { recursive: true })
  const entry = path.join(cacheDir, 'real-bench-entry.ts')
  const worker = path.join(cacheDir, 'real-bench-worker.mjs')
  writeFileSync(
    entry,
    `import { connectDocker, runInTargets } from '${path.join(root, 'src/docker/index.ts')}'
const [conc, list, ...targets] = process.argv.slice(2)
const rt = await connectDocker()
const binaries = list.split(',').map((p, i) => ({ id: 'b' + i, path: p }))
const t = performance.now()
const cells = await runInTargets(rt, targets.map((image) => ({ image, binaries, args: [], timeoutMs: 30000 })), { concurrency: Number(conc), pull: 'never' })
const bad = cells.filter((c) => c.run.outcome === 'infrastructure-error')
if (bad.length) throw new Error('infrastructure error: ' + JSON.stringify(bad[0]))
process.stdout.write(String(performance.now() - t))
`,
  )
  execFileSync(
    path.join(root, 'node_modules/.bin/esbuild'),
    [entry, '--bundle', '--platform=node', '--format=esm', `--outfile=${worker}`, '--packages=external', '--log-level=warning'],
    { stdio: 'inherit' },
  )
  const runs = (conc, bins) => Number(execFileSync(process.execPath, [worker, String(conc), bins.join(','), ...TARGETS], { encoding: 'utf8' }))
  for (const [kind, bins] of [['real', real], ['small', small]]) {
    runs(2, bins)
    const c1 = []
    const c2 = []
    for (let r = 0; r < RUNS; r++) {
      c1.push(runs(1, bins))
      c2.push(runs(2, bins))
    }
    console.log(
      `  ${kind}: runInTargets (the runs check --run and matrix make) ${median(c1).toFixed(0)} ms at concurrency 1, ` +
        `${median(c2).toFixed(0)} ms at 2: parallel speed-up ${(median(c1) / median(c2)).toFixed(2)}x; ` +
        `${(ms[`${kind}: naive loop`] / median(c2)).toFixed(2)}x the naive loop  [load ${load()}]`,
    )
  }

  // ---- scaling: cold check --run vs binaries, targets, size ----
  if (SCALING) {
    for (let i = 1; i <= 20; i++) {
      const tag = `abigap-bench/t${String(i).padStart(2, '0')}`
      execFileSync('docker', ['tag', TARGETS[(i - 1) % TARGETS.length], tag])
      tags.push(tag)
    }
    const point = (label, bins, targets) => {
      const t = check(bins, targets, freshCache())
      const n = naive(bins.slice(0, 2), targets.slice(0, 2)) / Math.min(4, bins.length * targets.length)
      console.log(
        `  ${label.padEnd(34)} ${t.toFixed(0).padStart(6)} ms cold = ${(t / (bins.length * targets.length)).toFixed(0)} ms/cell ` +
          `(naive ≈ ${n.toFixed(0)} ms/cell)  [load ${load()}]`,
      )
    }
    const ten = small.slice(0, 10)
    console.log('scaling (cold check --run, each point one run; targets are tagged copies of the 4 local images):')
    for (const b of [1, 5, 10]) point(`${b} small binaries x 5 targets`, ten.slice(0, b), tags.slice(0, 5))
    for (const t of [1, 10, 20]) point(`10 small binaries x ${t} targets`, ten, tags.slice(0, t))
    for (const name of ['fzf', 'restic', 'hugo']) {
      const orig = real.find((f) => path.basename(f) === name)
      const copies = Array.from({ length: 10 }, (_, k) => {
        const p = path.join(work, `${name}-${k}`)
        linkSync(orig, p)
        return p
      })
      point(`10 x ${name} (${(statSync(orig).size / 2 ** 20).toFixed(0)} MB) x 5 targets`, copies, tags.slice(0, 5))
    }
  }
  console.log(`load average after: ${load()}`)
} finally {
  if (tags.length) spawnSync('docker', ['rmi', ...tags], { stdio: 'ignore' })
  rmSync(work, { recursive: true, force: true })
}
