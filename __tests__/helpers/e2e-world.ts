// Shared helpers of the end-to-end suites: the bundled CLI (built when stale, once across parallel suites), run
// as users run it, and the test world's engine checks (never skipped).
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root. */
export const REPO = fileURLToPath(new URL('../..', import.meta.url))
/** The fixture Go module. */
export const FIXTURE = path.join(REPO, '__tests__', 'fixtures', 'gomod')
const DIST = path.join(REPO, 'dist')

function newestMtime(dir: string): number {
  let newest = 0
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name)
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs)
  }
  return newest
}

/** Builds dist/ (npm run build) when dist/cli.js is missing or older than src/; one suite builds, the others wait. */
export async function ensureDist(): Promise<string> {
  const cli = path.join(DIST, 'cli.js')
  const fresh = (): boolean => existsSync(cli) && statSync(cli).mtimeMs >= newestMtime(path.join(REPO, 'src'))
  const lock = path.join(os.tmpdir(), 'abigap-e2e-build.lock')
  const deadline = Date.now() + 300_000
  while (!fresh()) {
    try {
      mkdirSync(lock)
    } catch {
      // another suite is building: stale locks (a killed run) expire after five minutes
      if (Date.now() - statSync(lock, { throwIfNoEntry: false })!.mtimeMs > 300_000) rmSync(lock, { recursive: true })
      if (Date.now() > deadline) throw new Error('timed out waiting for another suite to build dist/')
      await new Promise((r) => setTimeout(r, 500))
      continue
    }
    try {
      if (fresh()) break
      const r = spawnSync('npm', ['run', 'build'], { cwd: REPO, encoding: 'utf8' })
      if (r.status !== 0) throw new Error(`npm run build failed, cannot test dist/cli.js:\n${r.stdout}\n${r.stderr}`)
    } finally {
      rmSync(lock, { recursive: true, force: true })
    }
  }
  return cli
}

/** Runs `node dist/cli.js ARGS` in cwd with extra env; returns status, stdout and stderr (never throws). */
export function abigap(
  args: string[],
  opts: { cwd?: string; env?: Record<string, string | undefined> } = {},
): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [path.join(DIST, 'cli.js'), ...args], {
    cwd: opts.cwd ?? REPO,
    env: { ...process.env, ...opts.env },
    encoding: 'utf8',
    maxBuffer: 256 << 20,
    timeout: 600_000,
  })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

/** `docker ARGS` via the CLI (an oracle independent of abigap's Docker client). */
export function docker(args: string[], host?: string): string {
  return execFileSync('docker', [...(host ? ['-H', host] : []), ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 << 20,
  }).trim()
}

/** Fails loudly (never skips) when the engine or a test-world image is missing. */
export function requireImages(images: string[]): void {
  try {
    docker(['version', '-f', '{{.Server.Version}}'])
  } catch (e) {
    throw new Error(`the e2e tests need a running Docker engine (run scripts/test-world.sh): ${(e as Error).message}`)
  }
  for (const image of images) {
    try {
      docker(['image', 'inspect', '-f', '{{.Id}}', image])
    } catch {
      throw new Error(`image ${image} is missing: run scripts/test-world.sh`)
    }
  }
}

/** GLIBC_x.y version nodes a file requires (readelf -V, the oracle), sorted by version. */
export function requiredGlibc(file: string): string[] {
  const out = execFileSync('readelf', ['-W', '-V', file], { encoding: 'utf8' })
  const needs = out.slice(out.indexOf('.gnu.version_r'))
  return sortVersions([...new Set([...needs.matchAll(/Name: (GLIBC_\d[\d.]*)/g)].map((m) => m[1]!))])
}

/** GLIBC_x.y version nodes a library defines (readelf -V, the oracle), sorted by version. */
export function definedGlibc(file: string): string[] {
  const out = execFileSync('readelf', ['-W', '-V', file], { encoding: 'utf8' })
  const defs = out.slice(
    out.indexOf('.gnu.version_d'),
    out.indexOf('.gnu.version_r') >= 0 ? out.indexOf('.gnu.version_r') : undefined,
  )
  return sortVersions([...new Set([...defs.matchAll(/Name: (GLIBC_\d[\d.]*)/g)].map((m) => m[1]!))])
}

/** Compares dotted versions numerically (2.34 > 2.4). */
export function compareVersions(a: string, b: string): number {
  const pa = a
    .replace(/^GLIBC_/, '')
    .split('.')
    .map(Number)
  const pb = b
    .replace(/^GLIBC_/, '')
    .split('.')
    .map(Number)
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0)
    if (d !== 0) return d
  }
  return 0
}

function sortVersions(v: string[]): string[] {
  return [...v].sort(compareVersions)
}
