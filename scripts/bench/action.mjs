#!/usr/bin/env node
// Benchmark of the action's and the report layer's own cost, against `node -e 0` measured in the same run:
//   - `node dist/index.js` failing input validation (bundle load + @actions/core, no Docker code loaded);
//   - `node dist/post.js` with no recorded run (post step overhead);
//   - `node dist/cli.js merge` of 4 shard reports of a large matrix (40 variants × 30 targets, every cell failing)
//     into the grid, annotations, job summary and SARIF (the whole report layer);
// and prints each as a ratio to the bare node start. Needs `npm run build` (bench.sh does it) and hyperfine.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const work = mkdtempSync(path.join(os.tmpdir(), 'abigap-bench-action-'))
const node = process.execPath

/** A large report: V variants × T targets, every cell incompatible with a located symbol-version gap. */
function bigReport(V, T) {
  const variants = Array.from({ length: V }, (_, i) => ({
    name: `v${i}`,
    cgo: true,
    libc: 'glibc',
    link: 'dynamic',
    arch: 'amd64',
    builder: 'host',
  }))
  const targets = Array.from({ length: T }, (_, j) => ({
    ref: `distro-${j}:latest`,
    platform: null,
    declaredAt: { file: 'abigap.yml', line: 5 + j, column: 5 },
  }))
  const builds = variants.map((v) => ({
    variant: v.name,
    status: 'ok',
    binary: `bin/${v.name}/server`,
    durationMs: 2000,
    command: ['go', 'build'],
    env: {},
    diagnostics: [],
    gaps: [],
    log: '',
    floor: { flavor: 'glibc', version: '2.34' },
  }))
  const results = []
  for (const v of variants) {
    for (const t of targets) {
      results.push({
        file: `bin/${v.name}/server`,
        target: t.ref,
        variant: v.name,
        verdict: 'incompatible',
        agreement: 'agree',
        profile: { source: 'embedded', libc: { flavor: 'glibc', version: '2.31' }, confidence: 'high' },
        gaps: [
          {
            kind: 'symbol-version',
            severity: 'error',
            message: 'needs GLIBC_2.34',
            library: 'libc.so.6',
            version: 'GLIBC_2.34',
            symbols: ['__libc_start_main', 'pthread_sigmask'],
            locations: [{ file: `pkg/${v.name}/c.go`, line: 12, reason: 'cgo-call' }],
            fixes: ['build on an older glibc'],
          },
        ],
        run: {
          outcome: 'missing-symbol-version',
          exitCode: 1,
          signal: null,
          stdout: '',
          stderr: "version `GLIBC_2.34' not found\n".repeat(20),
          durationMs: 90,
        },
      })
    }
  }
  return {
    schemaVersion: 1,
    tool: { name: 'abigap', version: '0.1.0' },
    verdict: 'fail',
    variants,
    targets,
    builds,
    results,
    floors: [],
    recommended: targets.map((t) => ({ target: t.ref, variant: null })),
    skipped: [],
    infrastructureErrors: [],
    timings: {},
    shard: null,
    plan: { variants: variants.map((v) => v.name), targets: targets.map((t) => t.ref) },
  }
}

// Split into 4 shards by the report layer's own shardOf (from the built CLI's chunk graph would be private: reuse the
// fnv1a64 definition here, checked by `merge` which rejects a cell in two shards with different verdicts).
const full = bigReport(40, 30)
const shardFiles = [0, 1, 2, 3].map((k) => {
  const p = path.join(work, `shard-${k + 1}.json`)
  const results = full.results.filter((_, i) => i % 4 === k)
  writeFileSync(p, JSON.stringify({ ...full, results, shard: { index: k + 1, count: 4 } }))
  return p
})

const json = path.join(work, 'hyperfine.json')
const q = (s) => `'${s.replace(/'/g, "'\\''")}'`
const cmds = {
  anchor: `${q(node)} -e 0`,
  'action (input error)': `env -i PATH=/usr/bin:/bin GITHUB_WORKSPACE=${q(work)} RUNNER_TEMP=${q(work)} ${q(node)} ${q(path.join(root, 'dist/index.js'))} || true`,
  'post (no run)': `env -i PATH=/usr/bin:/bin ${q(node)} ${q(path.join(root, 'dist/post.js'))}`,
  'merge 4 shards, 1200 cells': `${q(node)} ${q(path.join(root, 'dist/cli.js'))} merge ${shardFiles.map(q).join(' ')} --annotate --sarif ${q(path.join(work, 'm.sarif'))} --summary ${q(path.join(work, 'summary.md'))} --out ${q(path.join(work, 'm.json'))} > /dev/null || true`,
}
execFileSync(
  'hyperfine',
  [
    '--warmup',
    '2',
    '--runs',
    '10',
    '--export-json',
    json,
    '-N',
    ...Object.entries(cmds).flatMap(([n, c]) => ['-n', n, `bash -c ${q(c)}`]),
  ],
  { stdio: ['ignore', 'ignore', 'inherit'] },
)
const results = JSON.parse(readFileSync(json, 'utf8')).results
const anchor = results.find((r) => r.command === 'anchor').median
for (const r of results) {
  console.log(
    `${r.command.padEnd(30)} ${(r.median * 1000).toFixed(1).padStart(8)} ms  ${(r.median / anchor).toFixed(2)}× node -e 0`,
  )
}
const fresh = path.join(work, 'summary-once.md')
spawnSync(node, [path.join(root, 'dist/cli.js'), 'merge', ...shardFiles, '--summary', fresh, '--json'], {
  stdio: 'ignore',
})
const summaryBytes = readFileSync(fresh).length
console.log(`merged summary: ${summaryBytes} bytes (cap 1,000,000)`)
