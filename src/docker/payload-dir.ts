// The bind-mount delivery of a run's payload on a local engine: a fresh host directory holding only hard links (or
// copies) of the binaries and the idle programs, mounted read-only at PAYLOAD_DIR — nothing goes through the engine.
import { chmod, copyFile, link, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { PAYLOAD_DIR, type PayloadFile } from './payload.js'

/** A payload laid out in a host directory; remove() deletes it (never the originals). */
export interface PayloadDir {
  dir: string
  remove(): Promise<void>
}

/**
 * Lays the payload out under a new directory of `parent` (default the system temp dir): each host file hard-linked
 * when it is a regular file others may read and execute (the run user is nobody), else copied and made 0755; the
 * idle programs written 0755. Returns null when the directory sits on a noexec mount (nothing there could run).
 */
export async function preparePayloadDir(files: PayloadFile[], parent = tmpdir()): Promise<PayloadDir | null> {
  const dir = await mkdtemp(join(parent, 'abigap-payload-'))
  const remove = () => rm(dir, { recursive: true, force: true })
  try {
    await chmod(dir, 0o755)
    if (await onNoexecMount(dir)) {
      await remove()
      return null
    }
    for (const f of files) {
      const dest = join(dir, f.rel)
      await mkdir(dirname(dest), { recursive: true, mode: 0o755 })
      if ('bytes' in f) {
        await writeFile(dest, f.bytes, { mode: 0o755 })
        await chmod(dest, 0o755)
        continue
      }
      const st = await stat(f.hostPath)
      if (!st.isFile() || st.size !== f.size) throw new Error(`${f.hostPath} changed since the run was planned`)
      if ((st.mode & 0o005) !== 0o005 || !(await tryLink(f.hostPath, dest))) {
        await copyFile(f.hostPath, dest)
        await chmod(dest, 0o755)
      }
    }
    return { dir, remove }
  } catch (err) {
    await remove()
    throw err
  }
}

async function tryLink(from: string, to: string): Promise<boolean> {
  try {
    await link(from, to)
    return true
  } catch {
    return false // another filesystem, or links not allowed: a copy does
  }
}

/** True when the longest mount point containing `path` (per /proc/self/mountinfo) is mounted noexec. */
export async function onNoexecMount(path: string): Promise<boolean> {
  let text: string
  try {
    text = await readFile('/proc/self/mountinfo', 'utf8')
  } catch {
    return false
  }
  const abs = resolve(path)
  let best = ''
  let noexec = false
  for (const line of text.split('\n')) {
    const f = line.split(' ')
    if (f.length < 6) continue
    const point = f[4]!.replace(/\\040/g, ' ')
    const inside = point === '/' || abs === point || abs.startsWith(`${point}/`)
    if (inside && point.length >= best.length) {
      best = point
      noexec = f[5]!.split(',').includes('noexec')
    }
  }
  return noexec
}

/** The read-only bind mount of a payload directory at PAYLOAD_DIR. */
export function payloadBind(dir: string): { bind: string; target: string; readOnly: boolean } {
  return { bind: dir, target: PAYLOAD_DIR, readOnly: true }
}
