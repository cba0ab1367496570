#!/usr/bin/env node
// Benchmark of `abigap matrix`: is its wall time dominated by `go build`? Measures, in the same run:
//   - the matrix (fixture module, 5 host variants x 5 local targets), warm and cold Go build cache, with --no-run
//     (runs in containers are measured by the Docker bench) and once with runs;
//   - the anchor: the very same `go build` commands run directly (sequentially, then 2 at a time like the matrix);
// and prints the planning + analysis + report overhead as a share of the total wall time (target: < 5%).
// The whole-process ratios against the anchor include node's start and config parsing and are sensitive to other load
// on the machine (2 cores): the in-process phase timings are the robust figure.
// Needs the test world (scripts/test-world.sh), hyperfine, and esbuild (devDependency).
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const work = mkdtempSync(path.join(os.tmpdir(), 'abigap-bench-matrix-'))
const cacheDir = path.join(root, 'node_modules', '.cache', 'abigap-bench')
mkdirSync(cacheDir, { recursive: true })
const cli = path.join(cacheDir, 'matrix-cli.mjs')
const entry = path.join(cacheDir, 'matrix-entry.ts')
writeFileSync(
  entry,
  `import { run } from '${path.join(root, 'src/cli/commands/matrix.ts')}'\n` +
    'run(process.argv.slice(2)).then((c) => { process.exitCode = c })\n',
)
execFileSync(
  path.join(root, 'node_modules/.bin/esbuild'),
  [
    entry,
    '--bundle',
    '--platform=node',
    '--format=esm',
    `--outfile=${cli}`,
    '--packages=external',
    '--log-level=warning',
  ],
  { stdio: 'inherit' },
)

const fixture = path.join(root, '__tests__/fixtures/gomod')
const config = path.join(work, 'abigap.yml')
writeFileSync(
  config,
  `working-directory: ${fixture}
package: ./cmd/server
axes: {cgo: [off, on], libc: [glibc, musl], link: [dynamic, static]}
targets: [abigap-test/bullseye, abigap-test/bookworm, abigap-test/trixie, abigap-test/musl, abigap-test/nolibc]
docker: {pull: never}
`,
)

/** Runs the matrix CLI; exit 1 (findings) is the expected outcome for this matrix. */
function matrixCli(args) {
  try {
    execFileSync('node', [cli, ...args], { stdio: 'ignore' })
  } catch (e) {
    if (e.status !== 1) throw e
  }
}
const sh = (s) => `'${s.replace(/'/g, `'"'"'`)}'`
const median = (file) => JSON.parse(readFileSync(file, 'utf8')).results.map((r) => r.median)
function hyperfine(name, commands, { runs = 3, prepare = null, env = {} } = {}) {
  const json = path.join(work, `${name}.json`)
  const args = ['--style', 'basic', '--ignore-failure', '--runs', String(runs), '--export-json', json]
  for (const p of [prepare].flat().filter(Boolean)) args.push('--prepare', p)
  execFileSync('hyperfine', [...args, ...commands], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...env },
  })
  return median(json)
}

// One matrix run to learn the exact go build commands (the anchor runs those, nothing else).
const outDir = path.join(work, 'out')
matrixCli(['--config', config, '--no-run', '--out', outDir])
const report = JSON.parse(readFileSync(path.join(outDir, 'report.json'), 'utf8'))
const builds = report.builds.filter((b) => b.status === 'ok')
const anchorDir = path.join(work, 'anchor')
const goCommands = builds.map((b) => {
  const args = [...b.command]
  args[args.indexOf('-o') + 1] = path.join(anchorDir, b.variant, 'server')
  return `cd ${sh(fixture)} && env ${Object.entries(b.env)
    .map(([k, v]) => `${k}=${sh(v)}`)
    .join(' ')} ${args.map(sh).join(' ')}`
})
const sequential = goCommands.join(' && ')
const twoAtATime = `( ${goCommands.filter((_, i) => i % 2 === 0).join(' && ')} ) & ( ${goCommands.filter((_, i) => i % 2 === 1).join(' && ')} ); wait`

/** One matrix run with --out; returns its phase timings. */
function matrixPhases(extra) {
  const dir = path.join(work, `phases-${extra.join('')}`)
  rmSync(dir, { recursive: true, force: true })
  matrixCli(['--config', config, '--out', dir, ...extra])
  return JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')).timings
}

const med = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]
const results = []
for (const mode of ['warm', 'cold']) {
  const gocache = path.join(work, `gocache-${mode}`)
  const phasesDir = path.join(work, `phases-${mode}`)
  const clear = (dir) => `rm -rf ${mode === 'cold' ? sh(gocache) : ''} ${sh(dir)}`
  // one preparation per command: the matrix's --out survives the anchors' runs
  const prepare = [clear(phasesDir), clear(anchorDir), clear(anchorDir)]
  const env = { GOCACHE: gocache }
  if (mode === 'warm') execFileSync('bash', ['-c', sequential], { env: { ...process.env, ...env }, stdio: 'ignore' })
  // interleaved rounds (matrix, then the anchors, back to back) so other load on the machine hits both alike
  const rounds = mode === 'cold' ? 3 : 5
  const per = { matrix: [], seq: [], par: [], overhead: [], share: [] }
  let t = null
  for (let i = 0; i < rounds; i++) {
    const [matrix, seq, par] = hyperfine(
      `${mode}-${i}`,
      [
        `node ${sh(cli)} --config ${sh(config)} --no-run --out ${sh(phasesDir)}`,
        `bash -c ${sh(sequential)}`,
        `bash -c ${sh(twoAtATime)}`,
      ],
      { runs: 1, prepare, env },
    )
    t = JSON.parse(readFileSync(path.join(phasesDir, 'report.json'), 'utf8')).timings
    // planning + analysis work (ELF facts, intent, floors, verdicts: it overlaps the builds) + what the analysis
    // adds after the last build + report + any untimed gap between phases
    const untimed = Math.max(0, t.total - t.plan - t.build - t.analyse - t.report)
    const overhead = t.plan + (t.analysisWork ?? 0) + t.analyse + t.report + untimed
    per.matrix.push(matrix)
    per.seq.push(seq)
    per.par.push(par)
    per.overhead.push(overhead)
    per.share.push(overhead / t.total)
  }
  results.push({
    mode,
    rounds,
    matrix: med(per.matrix),
    seq: med(per.seq),
    par: med(per.par),
    ratioPar: med(per.matrix.map((m, i) => m / per.par[i])),
    ratioSeq: med(per.matrix.map((m, i) => m / per.seq[i])),
    overhead: med(per.overhead),
    share: med(per.share),
    t,
  })
}
const withRuns = matrixPhases([])

const f = (s) => `${s.toFixed(2)} s`
console.log('\nabigap matrix benchmark (fixture: 5 variants × 5 targets, host builder, 2 builds at a time)')
for (const r of results) {
  console.log(`\n[${r.mode} Go build cache, medians of ${r.rounds} interleaved rounds]`)
  console.log(`  matrix --no-run (whole process)      ${f(r.matrix)}`)
  console.log(`  anchor: same go builds, sequential   ${f(r.seq)}   ratio matrix/anchor ${r.ratioSeq.toFixed(2)}`)
  console.log(`  anchor: same go builds, 2 at a time  ${f(r.par)}   ratio matrix/anchor ${r.ratioPar.toFixed(2)}`)
  console.log(
    `  last round's phases: plan ${r.t.plan} ms, build ${r.t.build} ms (Docker connect ${r.t.connect ?? 0} ms and analysis work ${r.t.analysisWork ?? 0} ms overlap it), analyse after the builds ${r.t.analyse} ms, report ${r.t.report} ms, total ${r.t.total} ms`,
  )
  console.log(
    `  planning + analysis + report: ${r.overhead} ms = ${(100 * r.share).toFixed(1)}% of the matrix wall time (target < 5%)`,
  )
}
console.log(
  `\n[with runs, warm cache] build ${withRuns.build} ms, analyse ${withRuns.analyse} ms, run ${withRuns.run} ms (25 cells, one container per target), total ${withRuns.total} ms`,
)

// Cold with runs (issue 11's goal: >= 3x the naive loop on the same cells): the matrix with an empty probe cache
// against the naive loop a team would write (the same go builds one after another, then one
// `docker run --rm --network none -v BIN:/app:ro IMAGE /app` per cell), interleaved round by round; with a warm and
// with a cold Go build cache (wiped before each side).
const cellRuns = builds.flatMap((b) =>
  report.targets.map(
    (t) =>
      `docker run --rm --network none -v ${sh(path.join(anchorDir, b.variant, 'server'))}:/app:ro ${sh(t.ref)} /app >/dev/null 2>&1 || true`,
  ),
)
const naiveLoop = `${sequential} && ${cellRuns.join(' && ')}`
const timedMs = (fn) => {
  const t = performance.now()
  fn()
  return performance.now() - t
}
console.log(`\n[cold probe cache, with runs: ${cellRuns.length} cells; medians of 3 interleaved rounds]`)
for (const goCache of ['warm', 'cold']) {
  const gocache = path.join(work, `gocache-naive-${goCache}`)
  const env = { ...process.env, GOCACHE: gocache }
  execFileSync('bash', ['-c', sequential], { env, stdio: 'ignore' })
  const m = []
  const n = []
  for (let i = 0; i < 3; i++) {
    if (goCache === 'cold') rmSync(gocache, { recursive: true, force: true })
    const probeCache = mkdtempSync(path.join(work, 'probes-'))
    const dir = path.join(work, `cold-runs-${goCache}-${i}`)
    m.push(
      timedMs(() => {
        try {
          execFileSync('node', [cli, '--config', config, '--out', dir], {
            env: { ...env, XDG_CACHE_HOME: probeCache },
            stdio: 'ignore',
          })
        } catch (e) {
          if (e.status !== 1) throw e
        }
      }),
    )
    if (goCache === 'cold') rmSync(gocache, { recursive: true, force: true })
    rmSync(anchorDir, { recursive: true, force: true })
    n.push(timedMs(() => execFileSync('bash', ['-c', naiveLoop], { env, stdio: 'ignore' })))
  }
  console.log(
    `  ${goCache} Go cache: matrix ${f(med(m) / 1000)}, naive loop ${f(med(n) / 1000)}: ${(med(n) / med(m)).toFixed(2)}x faster (goal >= 3x)  [load ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}]`,
  )
}
rmSync(work, { recursive: true, force: true })
