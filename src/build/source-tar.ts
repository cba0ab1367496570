import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs'
import path from 'node:path'
import tar from 'tar-stream'

/** Directory names never sent to a builder. */
const DEFAULT_IGNORES = ['.git', '.hg', '.svn', 'node_modules', '.abigap', '.idea', '.vscode']
const MAX_FILE = 64 * 1024 * 1024
const MAX_TOTAL = 512 * 1024 * 1024

/** Options of packSourceTree. */
export interface PackOptions {
  /** Extra absolute paths to leave out (e.g. the output directory when it lies inside the tree). */
  exclude?: string[]
  /** Prefix of every entry inside the archive (e.g. "src"). */
  prefix?: string
}

/**
 * Packs a source tree into a tar (for the archive API): regular files, directories, and symlinks that stay inside the
 * tree; VCS and editor directories, sockets, FIFOs, devices and huge files are left out. Throws when the tree is too big.
 */
export async function packSourceTree(
  root: string,
  opts: PackOptions = {},
): Promise<{ tar: Buffer; files: number; bytes: number }> {
  const pack = tar.pack()
  const chunks: Buffer[] = []
  pack.on('data', (c: unknown) => chunks.push(c as Buffer))
  const done = new Promise<void>((resolve, reject) => {
    pack.on('end', () => resolve())
    pack.on('error', reject)
  })
  const exclude = new Set((opts.exclude ?? []).map((p) => path.resolve(p)))
  const prefix = (opts.prefix ?? '').replace(/^\/+|\/+$/g, '')
  let files = 0
  let bytes = 0
  const entryName = (rel: string) => (prefix ? (rel ? `${prefix}/${rel}` : prefix) : rel)
  const add = (header: Partial<tar.Header> & { name: string }, body?: Buffer): Promise<void> =>
    new Promise((resolve, reject) => {
      const cb = (err?: Error | null) => (err ? reject(err) : resolve())
      if (body) pack.entry(header, body, cb)
      else pack.entry(header, cb)
    })

  const walk = async (abs: string, rel: string): Promise<void> => {
    for (const name of readdirSync(abs).sort()) {
      const childAbs = path.join(abs, name)
      const childRel = rel ? `${rel}/${name}` : name
      if (exclude.has(childAbs)) continue
      const st = lstatSync(childAbs)
      if (st.isDirectory()) {
        if (DEFAULT_IGNORES.includes(name)) continue
        await add({ name: entryName(childRel), type: 'directory', mode: 0o755, mtime: st.mtime })
        await walk(childAbs, childRel)
      } else if (st.isFile()) {
        if (st.size > MAX_FILE) continue
        bytes += st.size
        if (bytes > MAX_TOTAL) throw new Error(`source tree ${root} is larger than ${MAX_TOTAL >> 20} MiB`)
        files++
        await add(
          { name: entryName(childRel), type: 'file', mode: st.mode & 0o777, mtime: st.mtime },
          readFileSync(childAbs),
        )
      } else if (st.isSymbolicLink()) {
        const target = readlinkSync(childAbs)
        const resolved = path.resolve(path.dirname(childAbs), target)
        if (path.isAbsolute(target) || !(resolved === root || resolved.startsWith(root + path.sep))) continue
        await add({ name: entryName(childRel), type: 'symlink', linkname: target, mode: 0o777, mtime: st.mtime })
      }
    }
  }
  if (prefix) await add({ name: prefix, type: 'directory', mode: 0o755 })
  await walk(path.resolve(root), '')
  pack.finalize()
  await done
  return { tar: Buffer.concat(chunks), files, bytes }
}
