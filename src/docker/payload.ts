// Builds the tar delivered into /abigap through the archive API: the binaries (and the idle program), streamed from
// disk so that memory stays bounded whatever the binaries weigh.
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { basename } from 'node:path'
import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { pack } from 'tar-stream'

/** Where the payload volume is mounted inside every run container. */
export const PAYLOAD_DIR = '/abigap'
/** The idle program's path inside the container, per Docker architecture. */
export function idlePath(arch: string): string {
  return `${PAYLOAD_DIR}/.idle-${arch}`
}

/** One file of the payload: its path relative to PAYLOAD_DIR, and its bytes or the host file (read when packed). */
export type PayloadFile = { rel: string; bytes: Uint8Array } | { rel: string; hostPath: string; size: number }

/** A safe in-container file name for a binary (keeps argv[0] readable, never escapes its directory). */
export function safeBaseName(path: string): string {
  const name = basename(path)
    .replace(/[^A-Za-z0-9._+-]/g, '_')
    .replace(/^\.+/, '_')
    .slice(0, 64)
  return name || 'bin'
}

/** Where each host file lands inside the container: one directory per distinct host path (shared by all targets). */
export interface PayloadPlan {
  files: { hostPath: string; rel: string }[]
  /** Host path → absolute path inside the container. */
  pathOf: Map<string, string>
}

/** Plans the payload of a run: each distinct host path once, as f<k>/<safe name>. */
export function planPayload(hostPaths: string[]): PayloadPlan {
  const pathOf = new Map<string, string>()
  const files: PayloadPlan['files'] = []
  for (const hostPath of hostPaths) {
    if (pathOf.has(hostPath)) continue
    const rel = `f${files.length}/${safeBaseName(hostPath)}`
    files.push({ hostPath, rel })
    pathOf.set(hostPath, `${PAYLOAD_DIR}/${rel}`)
  }
  return { files, pathOf }
}

/**
 * Checks the planned host files (each must be a regular file; its size is taken now) and adds the idle programs:
 * the file list packPayload takes. Nothing is read yet.
 */
export async function readPayload(
  plan: PayloadPlan,
  idles: { arch: string; bytes: Uint8Array }[],
): Promise<PayloadFile[]> {
  const files: PayloadFile[] = await Promise.all(
    plan.files.map(async (f) => {
      const st = await stat(f.hostPath)
      if (!st.isFile()) throw new Error(`${f.hostPath} is not a regular file`)
      return { rel: f.rel, hostPath: f.hostPath, size: st.size }
    }),
  )
  for (const idle of idles) files.push({ rel: idlePath(idle.arch).slice(PAYLOAD_DIR.length + 1), bytes: idle.bytes })
  return files
}

/**
 * A tar stream of the files (root-owned, mode 0755, directories 0755) to extract at PAYLOAD_DIR. Host files are
 * streamed from disk one after the other with backpressure; a file that changed size since readPayload makes the
 * stream fail.
 */
export function packPayload(files: PayloadFile[]): Readable {
  const p = pack()
  const dirs = new Set<string>()
  const mtime = new Date(0)
  const fill = async (): Promise<void> => {
    for (const f of files) {
      const dir = f.rel.includes('/') ? f.rel.slice(0, f.rel.lastIndexOf('/')) : ''
      if (dir && !dirs.has(dir)) {
        dirs.add(dir)
        p.entry({ name: `${dir}/`, type: 'directory', mode: 0o755, uid: 0, gid: 0, mtime })
      }
      const header = { name: f.rel, mode: 0o755, uid: 0, gid: 0, mtime }
      if ('bytes' in f || f.size === 0) {
        const bytes = 'bytes' in f ? f.bytes : new Uint8Array(0)
        p.entry({ ...header, size: bytes.length }, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
        continue
      }
      await pipeline(
        createReadStream(f.hostPath, { end: Math.max(0, f.size - 1), highWaterMark: 1 << 20 }),
        p.entry({ ...header, size: f.size }),
      )
    }
    p.finalize()
  }
  fill().catch((err: unknown) => p.destroy(err instanceof Error ? err : new Error(String(err))))
  return p as unknown as Readable
}
