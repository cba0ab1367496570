// Which musl release the host's musl-gcc links: asked of the toolchain itself, for the static-musl what-if fix.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runProcess, which } from './process.js'

const TIMEOUT_MS = 20_000

/** "musl libc (x86_64)\nVersion 1.2.3\n…" (what musl's libc.so prints when run as a program) → "1.2.3"; else null. */
export function parseMuslBanner(text: string): string | null {
  if (!/^musl libc\b/m.test(text)) return null
  return /^Version (\d+\.\d+\.\d+)\s*$/m.exec(text)?.[1] ?? null
}

/** The libc.so a `-Wl,-t` link trace names ("/usr/lib/x86_64-linux-musl/libc.so"); null when none. */
export function tracedLibc(trace: string): string | null {
  for (const line of trace.split('\n')) {
    const p = line.trim().replace(/^\(|\)$/g, '')
    if (path.isAbsolute(p) && path.basename(p) === 'libc.so') return p
  }
  return null
}

/**
 * The musl release `cc` (default musl-gcc) links against, or null when there is no such compiler or it does not say:
 * links an empty program with the linker's trace on, then runs the libc.so the trace names (musl's libc is its loader
 * and prints its version).
 */
export async function muslToolchainRelease(
  cc = 'musl-gcc',
  env: Record<string, string | undefined> = process.env,
): Promise<string | null> {
  if (!which(cc, env.PATH ?? '')) return null
  const dir = mkdtempSync(path.join(os.tmpdir(), 'abigap-musl-'))
  try {
    const src = path.join(dir, 'empty.c')
    writeFileSync(src, 'int main(void) { return 0; }\n')
    const link = await runProcess(cc, [src, '-o', path.join(dir, 'empty'), '-Wl,-t'], {
      cwd: dir,
      env,
      timeoutMs: TIMEOUT_MS,
    })
    const libc = link.exitCode === 0 ? tracedLibc(link.output) : null
    if (!libc) return null
    const banner = await runProcess(libc, [], { cwd: dir, env, timeoutMs: TIMEOUT_MS })
    return parseMuslBanner(banner.output)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
