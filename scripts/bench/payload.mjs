#!/usr/bin/env node
// Benchmark of the run payload's memory: packs N links to a large binary (about 1 GiB together) the way a run
// delivers them (src/docker/payload.ts: files streamed from disk into the tar the engine reads) and drains the tar,
// in a child process each, reporting peak RSS against the anchor of the same run: `node -e 0`'s peak RSS and reading
// the same files whole (what the payload used to do); then runs them through the engine in two local targets
// (runInTargets) against the naive docker run loop on the same cells. Goal: peak RSS ≤ 200 MB whatever the payload.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, linkSync, mkdtempSync, rmSync, statSync, symlinkSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const work = mkdtempSync(path.join(os.tmpdir(), 'abigap-bench-payload-'))
const big = process.env.ABIGAP_BENCH_BIG ?? ['/usr/sbin/dockerd', '/usr/bin/docker', '/usr/bin/node'].find((f) => existsSync(f))
try {
  await build({
    stdin: { contents: `export * from './src/docker/payload.ts'\n`, resolveDir: root, loader: 'ts' },
    outfile: path.join(work, 'payload.mjs'),
    bundle: true,
    format: 'esm',
    platform: 'node',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url)" },
    logLevel: 'warning',
  })
  const size = statSync(big).size
  const n = Math.max(1, Math.ceil(2 ** 30 / size))
  const files = []
  for (let k = 0; k < n; k++) {
    const p = path.join(work, `bin${k}`)
    try {
      linkSync(big, p)
    } catch {
      symlinkSync(big, p)
    }
    files.push(p)
  }
  const lib = path.join(work, 'payload.mjs')
  const script = (whole) => `
    const { planPayload, readPayload, packPayload } = await import(${JSON.stringify(lib)})
    const { readFile } = await import('node:fs/promises')
    const files = ${JSON.stringify(files)}
    const t = performance.now()
    let bytes = 0
    if (${whole}) {
      const all = await Promise.all(files.map((f) => readFile(f)))
      bytes = all.reduce((a, b) => a + b.length, 0)
    } else {
      for await (const c of packPayload(await readPayload(planPayload(files), []))) bytes += c.length
    }
    console.log(JSON.stringify({ bytes, ms: performance.now() - t, rss: process.resourceUsage().maxRSS * 1024 }))`
  const run = (code) => JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', code], { stdio: ['ignore', 'pipe', 'inherit'] }).toString())
  const bare = process.resourceUsage && JSON.parse(execFileSync(process.execPath, ['-e', 'console.log(JSON.stringify({ rss: process.resourceUsage().maxRSS * 1024 }))']).toString())
  const streamed = run(script(false))
  const whole = run(script(true))
  const mb = (b) => (b / 2 ** 20).toFixed(0) + ' MiB'
  console.log(`payload: ${n} × ${path.basename(big)} = ${mb(streamed.bytes)} of tar`)
  console.log(`  node -e 0 peak RSS          ${mb(bare.rss).padStart(9)}`)
  console.log(`  streamed tar (abigap)       ${mb(streamed.rss).padStart(9)}  ${streamed.ms.toFixed(0)} ms  (goal ≤ 200 MiB)`)
  console.log(`  files read whole (old way)  ${mb(whole.rss).padStart(9)}  ${whole.ms.toFixed(0)} ms`)

  // Through the engine: the same binaries run in two local targets by runInTargets (payload streamed into the
  // volume), against the naive `docker run --rm -v BIN:/app IMAGE /app` loop over the same cells, same run.
  const images = (process.env.ABIGAP_BENCH_IMAGES ?? 'abigap-test/bookworm,abigap-test/bullseye').split(',')
  await build({
    stdin: { contents: `export { runInTargets, connectDocker } from './src/docker/index.ts'\n`, resolveDir: root, loader: 'ts' },
    outfile: path.join(work, 'docker.mjs'),
    bundle: true,
    format: 'esm',
    platform: 'node',
    external: ['cpu-features', '*.node'],
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url); const __filename = new URL(import.meta.url).pathname; const __dirname = __filename.replace(/\\/[^/]*$/, '')",
    },
    logLevel: 'warning',
  })
  const engine = run(`
    const { runInTargets, connectDocker } = await import(${JSON.stringify(path.join(work, 'docker.mjs'))})
    const bins = ${JSON.stringify(files)}.map((p, k) => ({ id: 'b' + k, path: p }))
    const rt = await connectDocker()
    const t = performance.now()
    const res = await runInTargets(rt, ${JSON.stringify(images)}.map((image) => ({ image, binaries: bins, args: ['--version'], timeoutMs: 120000 })))
    const infra = res.filter((r) => r.run.outcome === 'infra-error').length
    console.log(JSON.stringify({ cells: res.length, infra, ms: performance.now() - t, rss: process.resourceUsage().maxRSS * 1024 }))`)
  const t0 = performance.now()
  for (const image of images)
    for (const f of files)
      spawnSync('docker', ['run', '--rm', '--network', 'none', '-v', `${f}:/app:ro`, image, '/app', '--version'], { stdio: 'ignore' })
  const naive = performance.now() - t0
  console.log(`engine: ${engine.cells} cells (${files.length} binaries × ${images.length} targets), ${engine.infra} infrastructure errors`)
  console.log(`  runInTargets (abigap)       ${mb(engine.rss).padStart(9)}  ${(engine.ms / 1000).toFixed(1)} s  (goal ≤ 200 MiB)`)
  console.log(`  naive docker run --rm loop                ${(naive / 1000).toFixed(1)} s  → abigap ${(naive / engine.ms).toFixed(2)}× faster (warm images)`)
  console.log(`machine load: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`)
} finally {
  rmSync(work, { recursive: true, force: true })
}
