#!/usr/bin/env node
/* global performance */
// Benchmark of `abigap inspect` against anchors measured in the same run (hyperfine medians):
//   `node -e 0`, `readelf -V -d -W`, `eu-readelf -V`, `go version -m` on an ordinary large Go binary and on dockerd
//   (~171k dynamic symbols), plus in-process timing loops of inspectFile() alone and with the whole --json document
//   (writeInspectDocument to a sink that drops the bytes). Prints ratios.
// Measures the installed command, dist/cli.cjs (run `npm run build` first; `npm run bench` does).
// Also checks that inspect never loads dockerode or @actions/*.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build } from 'esbuild'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const work = mkdtempSync(path.join(os.tmpdir(), 'abigap-bench-inspect-'))
const node = process.execPath
const pick = (list) => list.find((f) => existsSync(f))
const goBin = process.env.ABIGAP_BENCH_GO ?? pick(['/usr/bin/docker', '/usr/lib/google-cloud-sdk/bin/kubectl', '/usr/bin/containerd-shim-runc-v2'])
const dockerd = process.env.ABIGAP_BENCH_DOCKERD ?? pick(['/usr/sbin/dockerd', '/usr/bin/dockerd'])

try {
  // The installed command (package.json bin): dist/cli.cjs, built by `npm run build` (bench.sh builds first).
  const cli = path.join(root, 'dist', 'cli.cjs')
  if (!existsSync(cli)) throw new Error('dist/cli.cjs is missing: run npm run build first')
  // In-process: the pure analysis through the fd-backed source, bundled the same way.
  await build({
    stdin: {
      contents: `export { inspectFile } from './src/io/inspect-file.ts'\nexport { writeInspectDocument } from './src/elf/json.ts'\n`,
      resolveDir: root,
      loader: 'ts',
    },
    outfile: path.join(work, 'lib.mjs'),
    bundle: true,
    format: 'esm',
    platform: 'node',
    logLevel: 'warning',
  })
  const { inspectFile, writeInspectDocument } = await import(pathToFileURL(path.join(work, 'lib.mjs')).href)
  // Analysis alone, and analysis plus the whole --json document (written to a sink that only counts bytes).
  const inProcess = (file, withJson) => {
    const once = () => {
      const f = inspectFile(file)
      if (withJson) writeInspectDocument([f], () => undefined)
    }
    const first = performance.now()
    once()
    const firstMs = performance.now() - first
    const t = []
    for (let i = 0; i < 30; i++) {
      const s = performance.now()
      once()
      t.push(performance.now() - s)
    }
    t.sort((a, b) => a - b)
    return { first: firstMs, median: t[15] }
  }

  // Which files does `inspect` load? Node's module hooks see ESM loads, the CommonJS wrapper sees require()s;
  // none may be dockerode or @actions code.
  const hook = path.join(work, 'hook.mjs')
  writeFileSync(hook, `export async function load(url, ctx, next) { process.stderr.write('LOAD ' + url + '\\n'); return next(url, ctx) }\n`)
  const reg = path.join(work, 'reg.cjs')
  writeFileSync(
    reg,
    `const M = require('node:module'); const { pathToFileURL } = require('node:url'); M.register(${JSON.stringify(pathToFileURL(hook).href)});` +
      `const orig = M.prototype._compile; M.prototype._compile = function (c, f) { process.stderr.write('LOAD ' + pathToFileURL(f).href + '\\n'); return orig.call(this, c, f) }\n`,
  )
  const trace = spawnSync(node, ['--require', reg, cli, 'inspect', '--json', goBin], { stdio: ['ignore', 'ignore', 'pipe'] }).stderr.toString()
  const loaded = [...new Set(trace.split('\n').filter((l) => l.startsWith('LOAD file:')).map((l) => fileURLToPath(l.slice(5))))]
  const offenders = loaded.filter((f) => /dockerode|docker-modem|@actions/.test(f) || /docker-modem|@actions\/core|ssh2/.test(readFileSync(f, 'utf8')))
  console.log(`inspect loads ${loaded.length} module file(s); dockerode/@actions among them: ${offenders.length ? offenders.join(', ') : 'none'}`)

  const cases = []
  for (const [label, file] of [['Go binary', goBin], ['dockerd', dockerd]]) {
    if (!file) {
      console.log(`(no ${label} found; skipped)`)
      continue
    }
    const size = Number(execFileSync('stat', ['-c', '%s', file]).toString())
    const syms = execFileSync('sh', ['-c', `readelf -W --dyn-syms '${file}' | grep -c ': '`]).toString().trim()
    const cmds = {
      'node -e 0': `${node} -e 0`,
      'abigap inspect --json': `${node} ${cli} inspect --json ${file}`,
      'readelf -V -d -W': `readelf -V -d -W ${file}`,
      'eu-readelf -V': `eu-readelf -V ${file}`,
      'go version -m': `go version -m ${file}`,
    }
    const json = path.join(work, `h-${cases.length}.json`)
    execFileSync('hyperfine', ['-N', '--warmup', '3', '--min-runs', '20', '--export-json', json, ...Object.values(cmds)], { stdio: ['ignore', 'ignore', 'inherit'] })
    const med = JSON.parse(readFileSync(json, 'utf8')).results.map((r) => r.median * 1000)
    const ms = Object.fromEntries(Object.keys(cmds).map((k, i) => [k, med[i]]))
    const ip = inProcess(file, false)
    const ipJson = inProcess(file, true)
    const load = os.loadavg().map((l) => l.toFixed(1)).join(' ')
    console.log(`\n== ${label}: ${file} (${(size / 2 ** 20).toFixed(0)} MiB, ${syms} dynamic symbols; load ${load})`)
    for (const [k, v] of Object.entries(ms)) console.log(`  ${k.padEnd(24)} ${v.toFixed(1).padStart(8)} ms   ${(v / ms['node -e 0']).toFixed(2)}× node -e 0`)
    console.log(`  in-process inspectFile  ${ip.median.toFixed(2).padStart(8)} ms median (first call ${ip.first.toFixed(1)} ms)`)
    console.log(`  in-process + --json doc ${ipJson.median.toFixed(2).padStart(8)} ms median (first call ${ipJson.first.toFixed(1)} ms)`)
    const goal = label === 'dockerd' ? 2 : 1.25
    const inGoal = label === 'dockerd' ? 25 : 2
    console.log(`  whole process: ${(ms['abigap inspect --json'] / ms['node -e 0']).toFixed(2)}× node -e 0 (goal ≤ ${goal}×); vs readelf -V -d -W ${(ms['abigap inspect --json'] / ms['readelf -V -d -W']).toFixed(1)}×, eu-readelf -V ${(ms['abigap inspect --json'] / ms['eu-readelf -V']).toFixed(1)}×, go version -m ${(ms['abigap inspect --json'] / ms['go version -m']).toFixed(1)}×`)
    console.log(`  in-process: ${ip.median.toFixed(2)} ms (goal ≤ ${inGoal} ms) = ${(ip.median / ms['readelf -V -d -W']).toFixed(2)}× readelf -V -d -W's whole run`)
    cases.push(label)
  }
  console.log(`\nmachine load while measuring: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} (ratios are only meaningful on an idle machine)`)
} finally {
  rmSync(work, { recursive: true, force: true })
}
