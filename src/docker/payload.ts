// Builds the tar delivered into /abigap through the archive API: the binaries (and the idle program).
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { pack } from 'tar-stream'

/** Where the payload volume is mounted inside every run container. */
export const PAYLOAD_DIR = '/abigap'
/** The idle program's path inside the container. */
export const IDLE_PATH = `${PAYLOAD_DIR}/.idle`

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

/** The in-container path of the i-th binary. */
export function binaryPathInContainer(index: number, hostPath: string): string {
  return `${PAYLOAD_DIR}/b${index}/${safeBaseName(hostPath)}`
}

/** Reads host files for the payload (rel paths as binaryPathInContainer makes them). */
export async function readBinaries(paths: string[]): Promise<PayloadFile[]> {
  return Promise.all(
    paths.map(async (p, i) => ({
      rel: binaryPathInContainer(i, p).slice(PAYLOAD_DIR.length + 1),
      bytes: await readFile(p),
    })),
  )
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
