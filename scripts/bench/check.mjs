#!/usr/bin/env node
// Benchmark of `abigap check` and `abigap profile --rootfs` against anchors measured in the same run:
//   - `node -e 0` (bare start) and `readelf -V -d -W` of the same binary (the ELF facts a human would read);
//   - check of one cgo Go binary against 1 embedded target, and against all ~55 embedded targets (with floors);
//   - profile --rootfs of the real bookworm root (exported from abigap-test/bookworm), against
//     `readelf -V` over every library file in that root (what a shell script would have to do).
// Prints medians and ratios. Needs `npm run build` (bench.sh does it), hyperfine, go, and Docker with the test world.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const work = mkdtempSync(path.join(os.tmpdir(), 'abigap-bench-check-'))
const cli = path.join(root, 'dist/cli.js')
const sh = (cmd, opts = {}) => execFileSync('sh', ['-c', cmd], { stdio: ['ignore', 'pipe', 'inherit'], ...opts }).toString()

try {
  // A cgo Go binary (net + os/user → glibc 2.34 needs).
  const src = path.join(work, 'src')
  mkdirSync(src)
  writeFileSync(path.join(src, 'go.mod'), 'module example.com/b\n\ngo 1.19\n')
  writeFileSync(
    path.join(src, 'main.go'),
    'package main\nimport (\n"fmt"\n"net"\n"os/user"\n)\nfunc main() { u, _ := user.Current(); a, _ := net.LookupHost("localhost"); fmt.Println(u, a) }\n',
  )
  const bin = path.join(work, 'app')
  execFileSync('go', ['build', '-o', bin, '.'], { cwd: src, env: { ...process.env, CGO_ENABLED: '1' } })

  // The bookworm root.
  const rootfs = path.join(work, 'bookworm')
  mkdirSync(rootfs)
  const id = sh('docker create abigap-test/bookworm /bin/true').trim()
  try {
    sh(`docker export ${id} | tar -x -C "${rootfs}" --no-same-owner --exclude=dev`)
  } finally {
    sh(`docker rm -f ${id} >/dev/null`)
  }
  const names = JSON.parse(execFileSync(process.execPath, [cli, 'profile', '--list', '--json']).toString()).map((p) => p.image)
  const all = names.map((n) => `--target '${n}'`).join(' ')

  const cmds = {
    'node -e 0': `${process.execPath} -e 0`,
    'readelf -V -d -W app': `readelf -V -d -W ${bin} >/dev/null`,
    'check, 1 target': `${process.execPath} ${cli} check --offline --target debian:12 ${bin} >/dev/null`,
    [`check, ${names.length} targets`]: `${process.execPath} ${cli} check --offline ${all} ${bin} >/dev/null; true`,
    'profile --rootfs bookworm': `${process.execPath} ${cli} profile --rootfs ${rootfs} --json >/dev/null`,
    'readelf -V every lib in the root': `find ${rootfs}/usr/lib ${rootfs}/lib64 -name '*.so*' -type f -print0 | xargs -0 readelf -V >/dev/null 2>&1; true`,
  }
  const json = path.join(work, 'h.json')
  execFileSync('hyperfine', ['-N', '--warmup', '3', '--min-runs', '15', '--export-json', json, ...Object.values(cmds).map((c) => `sh -c "${c.replace(/"/g, '\\"')}"`)], { stdio: ['ignore', 'ignore', 'inherit'] })
  const res = JSON.parse(readFileSync(json, 'utf8')).results.map((r) => r.median * 1000)
  const label = Object.keys(cmds)
  const ms = Object.fromEntries(label.map((l, i) => [l, res[i]]))
  for (const l of label) console.log(`${l.padEnd(36)} ${ms[l].toFixed(1).padStart(8)} ms`)
  const base = ms['node -e 0']
  console.log(`check, 1 target: ${(ms['check, 1 target'] / base).toFixed(2)}× node start; +${(ms['check, 1 target'] - base).toFixed(1)} ms over it (readelf alone: ${ms['readelf -V -d -W app'].toFixed(1)} ms)`)
  console.log(`check, ${names.length} targets: ${(ms[`check, ${names.length} targets`] / base).toFixed(2)}× node start`)
  console.log(`profile --rootfs: ${(ms['profile --rootfs bookworm'] / ms['readelf -V every lib in the root']).toFixed(2)}× readelf -V over the same libraries`)
} finally {
  rmSync(work, { recursive: true, force: true })
}
