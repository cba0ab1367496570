#!/usr/bin/env node
// Benchmark of the Docker runtime: B binaries x T targets through runInTargets (one container per target, exec per
// binary) against the naive loop of one hardened `docker run --rm` per cell, all measured in the same run:
//   - matrix speed-up: naive loop / runInTargets (target >= 3x)            [whole processes, hyperfine]
//   - parallel speed-up: runInTargets concurrency 1 / concurrency 2 (>= 1.7x on 2 cores)
//   - per-target overhead: one target x one binary through runInTargets (in a warm process) / one `docker run --rm`
//     (target <= 1.1x); the whole-process figure (node start + loading dockerode) is printed too.
// Needs the test world (scripts/test-world.sh), hyperfine, go and esbuild (devDependency).
// Usage: node scripts/bench/docker.mjs [--binaries 5] [--runs 5]
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const args = process.argv.slice(2)
const opt = (name, dflt) => {
  const i = args.indexOf(name)
  return i >= 0 ? Number(args[i + 1]) : dflt
}
const B = opt('--binaries', 5)
const RUNS = opt('--runs', 5)
const TARGETS = ['abigap-test/bullseye', 'abigap-test/bookworm', 'abigap-test/trixie', 'abigap-test/musl']

const cacheDir = path.join(root, 'node_modules', '.cache', 'abigap-bench')
mkdirSync(cacheDir, { recursive: true })
const work = mkdtempSync(path.join(os.tmpdir(), 'abigap-bench-docker-'))
process.on('exit', () => rmSync(work, { recursive: true, force: true }))

// ---------- the worker: a process that runs B x T cells through runInTargets ----------
const entry = path.join(cacheDir, 'docker-bench-entry.ts')
const worker = path.join(cacheDir, 'docker-bench-worker.mjs')
writeFileSync(
  entry,
  `import { connectDocker, runInTargets } from '${path.join(root, 'src/docker/index.ts')}'
const [mode, conc, dir, n, ...targets] = process.argv.slice(2)
const rt = await connectDocker()
const binaries = Array.from({ length: Number(n) }, (_, i) => ({ id: 'b' + i, path: dir + '/app' + i }))
const requests = targets.map((image) => ({ image, binaries, args: [], timeoutMs: 30000 }))
const once = async () => {
  const cells = await runInTargets(rt, requests, { concurrency: Number(conc), pull: 'never' })
  const bad = cells.filter((c) => c.run.outcome !== 'ok' && !(c.image.endsWith('/musl') && c.run.outcome === 'missing-loader'))
  if (bad.length) throw new Error('unexpected outcome: ' + JSON.stringify(bad[0]))
}
if (mode === 'once') await once()
else {
  // in-process timings: warm up once, then print the median of N runs in ms
  await once()
  const times = []
  for (let i = 0; i < Number(mode); i++) {
    const t0 = performance.now()
    await once()
    times.push(performance.now() - t0)
  }
  times.sort((a, b) => a - b)
  process.stdout.write(String(times[Math.floor(times.length / 2)]))
}
`,
)
execFileSync(
  path.join(root, 'node_modules/.bin/esbuild'),
  [entry, '--bundle', '--platform=node', '--format=esm', `--outfile=${worker}`, '--packages=external', '--log-level=warning'],
  { stdio: 'inherit' },
)
// the worker lives under node_modules/.cache, so its bare imports (dockerode, tar-stream) resolve from the repo

// ---------- the binaries: B distinct copies of a static Go program ----------
const src = path.join(work, 'src')
mkdirSync(src)
writeFileSync(path.join(src, 'main.go'), 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("abigap-ok") }\n')
writeFileSync(path.join(src, 'go.mod'), 'module example.com/bench\n\ngo 1.15\n')
execFileSync('go', ['build', '-o', path.join(work, 'app0'), '.'], { cwd: src, env: { ...process.env, CGO_ENABLED: '0' } })
for (let i = 1; i < B; i++) copyFileSync(path.join(work, 'app0'), path.join(work, `app${i}`))

// ---------- the naive loop: one hardened docker run --rm per cell ----------
const HARDENED = [
  '--rm', '--network', 'none', '--read-only', '--user', '65534:65534', '--cap-drop', 'ALL',
  '--security-opt', 'no-new-privileges', '--pids-limit', '128', '--memory', '256m', '--memory-swap', '256m',
  '--cpus', '1', '--ulimit', 'nofile=1024:1024', '--ulimit', 'nproc=256:256', '--ulimit', 'core=0:0',
  '--tmpfs', '/tmp:rw,noexec,nosuid,nodev,size=16m', '--init', '-e', 'LD_BIND_NOW=1',
]
const dockerRun = (image, i) => ['docker', 'run', ...HARDENED, '-v', `${work}/app${i}:/app:ro`, image, '/app']
const naiveScript = path.join(work, 'naive.sh')
writeFileSync(
  naiveScript,
  '#!/bin/sh\n' +
    TARGETS.flatMap((t) => Array.from({ length: B }, (_, i) => `${dockerRun(t, i).join(' ')} >/dev/null || true`)).join('\n') +
    '\n',
)

function hyperfine(commands, runs = RUNS) {
  const out = path.join(work, 'hf.json')
  execFileSync('hyperfine', ['--style', 'none', '--warmup', '1', '--runs', String(runs), '--export-json', out, ...commands], {
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  return JSON.parse(readFileSync(out, 'utf8')).results.map((r) => r.median * 1000)
}

const q = (a) => a.map((s) => `'${s}'`).join(' ')
const cellsCmd = (conc, n, targets) => `node ${worker} once ${conc} ${work} ${n} ${targets.join(' ')}`

console.log(`docker bench: ${B} binaries x ${TARGETS.length} targets, ${os.cpus().length} cores, ${RUNS} runs each (medians)`)
const [naive, conc2, conc1] = hyperfine([`sh ${naiveScript}`, cellsCmd(2, B, TARGETS), cellsCmd(1, B, TARGETS)], Math.max(3, Math.ceil(RUNS / 2)))
const [oneRun, oneProc] = hyperfine([q(dockerRun(TARGETS[1], 0)), cellsCmd(1, 1, [TARGETS[1]])], RUNS * 2)
const inProc = Number(execFileSync('node', [worker, String(RUNS * 2), '1', work, '1', TARGETS[1]], { encoding: 'utf8' }))
const nodeStart = hyperfine([`node -e 0`], RUNS)[0]

const fmt = (ms) => `${ms.toFixed(0)} ms`
const ratio = (a, b) => (a / b).toFixed(2)
const rows = [
  [`naive loop, ${B * TARGETS.length} x docker run --rm`, fmt(naive), ''],
  ['runInTargets, concurrency 2 (process)', fmt(conc2), `speed-up vs naive ${ratio(naive, conc2)}x (target >= 3x)`],
  ['runInTargets, concurrency 1 (process)', fmt(conc1), `parallel speed-up ${ratio(conc1, conc2)}x (target >= 1.7x)`],
  ['one docker run --rm (anchor)', fmt(oneRun), ''],
  ['1 binary x 1 target, in a warm process', fmt(inProc), `per-target overhead ${ratio(inProc, oneRun)}x one docker run (target <= 1.1x)`],
  ['1 binary x 1 target, whole process', fmt(oneProc), `${ratio(oneProc, oneRun)}x one docker run (node start alone: ${fmt(nodeStart)})`],
]
for (const [what, t, note] of rows) console.log(`  ${what.padEnd(44)} ${t.padStart(8)}  ${note}`)
