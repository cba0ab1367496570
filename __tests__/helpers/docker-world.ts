// Shared helpers of the Docker integration suites: the real engine (never skipped), test programs built once, and
// label checks that prove nothing was left behind.
import { execFile, execFileSync } from 'node:child_process'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { connectDocker } from '../../src/docker/connect.js'
import type { ContainerRuntime } from '../../src/docker/runtime.js'
import { LABEL_RUN } from '../../src/docker/labels.js'

const run = promisify(execFile)

/** The repository root. */
export const REPO = fileURLToPath(new URL('../..', import.meta.url))
/** The test programs' sources. */
export const PROGRAMS = join(REPO, '__tests__', 'docker', 'programs')

/** The local target images of the test world. */
export const TARGETS = [
  'abigap-test/bullseye',
  'abigap-test/bookworm',
  'abigap-test/trixie',
  'abigap-test/musl',
  'abigap-test/nolibc',
]

/** Connects to the test world's engine or fails loudly (integration tests never skip silently). */
export async function requireDocker(): Promise<ContainerRuntime> {
  try {
    return await connectDocker()
  } catch (err) {
    throw new Error(
      `the Docker integration tests need a running engine (run scripts/test-world.sh): ${err instanceof Error ? err.message : String(err)}`,
    )
  }
}

/** A fresh temporary directory. */
export function tempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `abigap-${prefix}-`))
}

/** Runs a command, returning stdout (throws with stderr on failure). */
export async function sh(cmd: string, args: string[], env: Record<string, string> = {}, cwd?: string): Promise<string> {
  try {
    const r = await run(cmd, args, { env: { ...process.env, ...env }, cwd, maxBuffer: 64 << 20 })
    return r.stdout
  } catch (err) {
    const e = err as { stderr?: string; message: string }
    throw new Error(`${cmd} ${args.join(' ')} failed: ${e.stderr ?? e.message}`)
  }
}

/** Containers + volumes in the engine labelled with this run id (via the docker CLI: an independent oracle). */
export function leftoversOf(runId: string, sock?: string): string[] {
  const filter = `label=${LABEL_RUN}=${runId}`
  const host = sock ? ['-H', `unix://${sock}`] : []
  const c = execFileSync('docker', [...host, 'ps', '-aq', '--filter', filter], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
  const v = execFileSync('docker', [...host, 'volume', 'ls', '-q', '--filter', filter], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
  return [...c, ...v]
}

/** Every container/volume labelled by any abigap run whose id starts with `prefix`. */
export function leftoversWithPrefix(prefix: string): string[] {
  const out = execFileSync(
    'docker',
    ['ps', '-a', '--filter', 'label=io.abigap', '--format', '{{.Label "io.abigap.run"}}'],
    {
      encoding: 'utf8',
    },
  )
  const vols = execFileSync(
    'docker',
    ['volume', 'ls', '--filter', 'label=io.abigap', '--format', '{{.Label "io.abigap.run"}}'],
    {
      encoding: 'utf8',
    },
  )
  return [...out.split('\n'), ...vols.split('\n')].filter((id) => id && id.startsWith(prefix))
}

/** ELF facts from readelf (the oracle): interpreter, needed libraries, GLIBC version nodes required. */
export async function readelfFacts(
  file: string,
): Promise<{ interp: string | null; needed: string[]; glibcVersions: string[] }> {
  const out = await sh('readelf', ['-W', '-l', '-d', '-V', file])
  const interp = /\[Requesting program interpreter: ([^\]]+)\]/.exec(out)?.[1] ?? null
  const needed = [...out.matchAll(/\(NEEDED\)\s+Shared library: \[([^\]]+)\]/g)].map((m) => m[1]!)
  const glibcVersions = [...new Set([...out.matchAll(/Name: (GLIBC_[0-9.]+)/g)].map((m) => m[1]!))]
  return { interp, needed, glibcVersions }
}

/** Compares dotted versions (2.34 > 2.4). */
export function versionGreater(a: string, b: string): boolean {
  const pa = a.split('.').map(Number)
  const pb = b.split('.').map(Number)
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0)
    if (d !== 0) return d > 0
  }
  return false
}

/** What a target image really has, asked of the image itself with `docker run` (the oracle). */
export interface TargetFacts {
  glibc: string | null
  files: Set<string>
}

/** Asks the image whether each path exists and which glibc it carries (one container). */
export async function targetFacts(image: string, paths: string[]): Promise<TargetFacts> {
  const script =
    `for f in ${paths.map((p) => `'${p}'`).join(' ')}; do [ -e "$f" ] && echo "HAVE $f"; done; ` +
    `(ldd --version 2>/dev/null || true) | head -1`
  const out = await sh('docker', ['run', '--rm', '--network', 'none', '--entrypoint', '/bin/sh', image, '-c', script])
  const files = new Set([...out.matchAll(/^HAVE (.+)$/gm)].map((m) => m[1]!))
  const glibc = /(?:GLIBC|GNU libc)[^\n]*?\s(\d+\.\d+)\s*$/m.exec(out)?.[1] ?? null
  return { glibc, files }
}

/** Reads a file as bytes. */
export function bytes(file: string): Promise<Buffer> {
  return readFile(file)
}

/** Unpacks the whole filesystem of `image` into the directory `root` (docker create, docker export | tar). */
export function exportImageRoot(image: string, root: string, label: string): void {
  execFileSync('mkdir', ['-p', root])
  const id = execFileSync('docker', ['create', '--label', label, image, 'true'], { encoding: 'utf8' }).trim()
  try {
    execFileSync('sh', ['-c', `docker export ${id} | tar -C '${root}' -x`])
  } finally {
    execFileSync('docker', ['rm', '-f', id])
  }
}
