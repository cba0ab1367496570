// Reads a tar archive in memory with tar-stream (the library abigap itself uses), so unit tests need no tar binary.
import { extract } from 'tar-stream'

/** One member of a tar archive: the header fields tests check and the bytes of a regular file. */
export interface TarMember {
  name: string
  type: string
  mode: number
  uid: number
  gid: number
  size: number
  body: Buffer
}

/** Every member of the archive `tar`, in archive order. */
export async function readTar(tar: Uint8Array): Promise<TarMember[]> {
  const ex = extract()
  const members: TarMember[] = []
  const done = (async () => {
    for await (const entry of ex) {
      const chunks: Buffer[] = []
      for await (const chunk of entry) chunks.push(chunk as Buffer)
      const h = entry.header
      members.push({
        name: h.name,
        type: h.type ?? 'file',
        mode: h.mode ?? 0,
        uid: h.uid ?? 0,
        gid: h.gid ?? 0,
        size: h.size ?? 0,
        body: Buffer.concat(chunks),
      })
    }
  })()
  ex.end(Buffer.from(tar.buffer, tar.byteOffset, tar.byteLength))
  await done
  return members
}
