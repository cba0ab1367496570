// Builds the tar delivered into /abigap through the archive API: the binaries (and the idle program).
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { pack } from 'tar-stream'

/** Where the payload volume is mounted inside every run container. */
export const PAYLOAD_DIR = '/abigap'
/** The idle program's path inside the container, per Docker architecture. */
export function idlePath(arch: string): string {
  return `${PAYLOAD_DIR}/.idle-${arch}`
}

/** One file of the payload: its path relative to PAYLOAD_DIR and its bytes. */
export interface PayloadFile {
  rel: string
  bytes: Uint8Array
}

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

/** Reads the planned host files and adds the idle programs: the file list packPayload takes. */
export async function readPayload(
  plan: PayloadPlan,
  idles: { arch: string; bytes: Uint8Array }[],
): Promise<PayloadFile[]> {
  const files: PayloadFile[] = await Promise.all(
    plan.files.map(async (f) => ({ rel: f.rel, bytes: await readFile(f.hostPath) })),
  )
  for (const idle of idles) files.push({ rel: idlePath(idle.arch).slice(PAYLOAD_DIR.length + 1), bytes: idle.bytes })
  return files
}

/** A tar of the files (root-owned, mode 0755, directories 0755) to extract at PAYLOAD_DIR. */
export async function packPayload(files: PayloadFile[]): Promise<Buffer> {
  const p = pack()
  const chunks: Buffer[] = []
  p.on('data', (c: unknown) => {
    chunks.push(c as Buffer)
  })
  const ended = new Promise<void>((resolve, reject) => {
    p.on('end', () => resolve())
    p.on('error', reject)
  })
  const dirs = new Set<string>()
  const mtime = new Date(0)
  for (const f of files) {
    const dir = f.rel.includes('/') ? f.rel.slice(0, f.rel.lastIndexOf('/')) : ''
    if (dir && !dirs.has(dir)) {
      dirs.add(dir)
      p.entry({ name: `${dir}/`, type: 'directory', mode: 0o755, uid: 0, gid: 0, mtime })
    }
    p.entry(
      { name: f.rel, mode: 0o755, uid: 0, gid: 0, mtime, size: f.bytes.length },
      Buffer.from(f.bytes.buffer, f.bytes.byteOffset, f.bytes.byteLength),
    )
  }
  p.finalize()
  await ended
  return Buffer.concat(chunks)
}
