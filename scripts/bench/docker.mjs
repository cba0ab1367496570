#!/usr/bin/env node
// Benchmark of the Docker runtime: B binaries x T targets through runInTargets (one container per target, its idle
// program running each binary) against the naive loop of one hardened `docker run --rm` per cell, all measured in the
// same run:
//   - matrix speed-up: naive loop / runInTargets (target >= 3x)            [whole processes, hyperfine]
//   - parallel speed-up: runInTargets concurrency 1 / concurrency 2 (>= 1.7x on 2 cores)
//   - per-target overhead: one target x one binary through runInTargets (in a warm process) / one `docker run --rm`
//     (target <= 1.1x); the whole-process figure (node start + loading dockerode) is printed too.
// The machine may be shared (2 cores): every compared pair is measured interleaved, round by round (A, B, C, A, B,
// C, ...), and medians are compared, so a load that drifts during the run hits all sides alike.
// Needs the test world (scripts/test-world.sh), hyperfine (node start anchor), go and esbuild (devDependency).
// Usage: node scripts/bench/docker.mjs [--binaries 5] [--runs 5]
import { execFileSync, spawnSync } from 'node:child_process'
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
  // in-process: warm up once, then alternate one runInTargets (1 binary x 1 target) and one \`docker run --rm\`
  // of the same binary (argv in DOCKER_RUN_ARGV); print both medians in ms
  const { spawnSync } = await import('node:child_process')
  const argv = JSON.parse(process.env.DOCKER_RUN_ARGV)
  await once()
  const ours = []
  const theirs = []
  for (let i = 0; i < Number(mode); i++) {
    let t0 = performance.now()
    await once()
    ours.push(performance.now() - t0)
    t0 = performance.now()
    spawnSync(argv[0], argv.slice(1), { stdio: 'ignore' })
    theirs.push(performance.now() - t0)
  }
  const med = (a) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)]
  process.stdout.write(JSON.stringify([med(ours), med(theirs)]))
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

/** Times whole commands interleaved round by round; returns each command's median wall time in ms. */
function interleaved(commands, rounds) {
  const times = commands.map(() => [])
  for (const argv of commands) spawnSync(argv[0], argv.slice(1), { stdio: 'ignore' }) // warm-up
  for (let r = 0; r < rounds; r++) {
    commands.forEach((argv, i) => {
      const t0 = performance.now()
      const res = spawnSync(argv[0], argv.slice(1), { stdio: ['ignore', 'ignore', 'pipe'] })
      times[i].push(performance.now() - t0)
      if (res.status !== 0) throw new Error(`${argv.join(' ')} failed: ${res.stderr}`)
    })
  }
  return times.map((t) => t.sort((a, b) => a - b)[Math.floor(t.length / 2)])
}

const cellsArgv = (conc, n, targets) => ['node', worker, 'once', String(conc), work, String(n), ...targets]

console.log(`docker bench: ${B} binaries x ${TARGETS.length} targets, ${os.cpus().length} cores, ${RUNS} interleaved rounds (medians)`)
const [naive, conc2, conc1] = interleaved([['sh', naiveScript], cellsArgv(2, B, TARGETS), cellsArgv(1, B, TARGETS)], RUNS)
// the machine's own parallel headroom right now: 8 plain docker runs one at a time vs two at a time
const eight = dockerRun(TARGETS[1], 0).join(' ')
writeFileSync(path.join(work, 'seq8.sh'), `#!/bin/sh\nfor i in 1 2 3 4 5 6 7 8; do ${eight} >/dev/null; done\n`)
writeFileSync(path.join(work, 'par8.sh'), `#!/bin/sh\nseq 8 | xargs -P2 -I{} ${eight} >/dev/null\n`)
const [seq8, par8] = interleaved([['sh', path.join(work, 'seq8.sh')], ['sh', path.join(work, 'par8.sh')]], RUNS)
const [oneProc, oneRun] = interleaved([cellsArgv(1, 1, [TARGETS[1]]), dockerRun(TARGETS[1], 0)], RUNS * 2)
const [inProc, oneRunInProc] = JSON.parse(
  execFileSync('node', [worker, String(RUNS * 3), '1', work, '1', TARGETS[1]], {
    encoding: 'utf8',
    env: { ...process.env, DOCKER_RUN_ARGV: JSON.stringify(dockerRun(TARGETS[1], 0)) },
  }),
)
const nodeStart = hyperfine([`node -e 0`], RUNS)[0]

const fmt = (ms) => `${ms.toFixed(0)} ms`
const ratio = (a, b) => (a / b).toFixed(2)
const rows = [
  [`naive loop, ${B * TARGETS.length} x docker run --rm`, fmt(naive), ''],
  ['runInTargets, concurrency 2 (process)', fmt(conc2), `speed-up vs naive ${ratio(naive, conc2)}x (target >= 3x)`],
  ['runInTargets, concurrency 1 (process)', fmt(conc1), `parallel speed-up ${ratio(conc1, conc2)}x (target >= 1.7x)`],
  ['anchor: 8 docker runs, one at a time / two at a time', `${fmt(seq8)} / ${fmt(par8)}`, `the machine's parallel headroom now: ${ratio(seq8, par8)}x`],
  ['one docker run --rm (anchor, beside the in-process runs)', fmt(oneRunInProc), ''],
  ['1 binary x 1 target, in a warm process', fmt(inProc), `per-target overhead ${ratio(inProc, oneRunInProc)}x one docker run (target <= 1.1x)`],
  ['one docker run --rm (anchor, beside the process runs)', fmt(oneRun), ''],
  ['1 binary x 1 target, whole process', fmt(oneProc), `${ratio(oneProc, oneRun)}x one docker run (node start alone: ${fmt(nodeStart)})`],
]
for (const [what, t, note] of rows) console.log(`  ${what.padEnd(56)} ${t.padStart(8)}  ${note}`)
console.log(`  (load average at the end: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')})`)
