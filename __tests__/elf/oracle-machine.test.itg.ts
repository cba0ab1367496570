// Differential test: abigap's ELF facts must equal GNU readelf's (and `go version -m`'s) on every ELF file of this
// machine's /usr/bin and /usr/lib, and on real libc.so.6 files of other architectures (big-endian included). The
// facts compared are the ones `inspect --json` prints (its streamed document, parsed back), and that document must be
// byte for byte JSON.stringify of the decoded facts.
import { existsSync } from 'node:fs'
import { inspectDocument } from '../../src/elf/json.js'
import type { InspectedFile } from '../../src/binary/types.js'
import { inspectFile } from '../../src/io/inspect-file.js'
import { diffGo, diffReadelf, findElfFiles, goVersionM, pool, readelf } from '../helpers/elf-oracle.js'

const CROSS = [
  '/usr/aarch64-linux-gnu/lib/libc.so.6',
  '/usr/s390x-linux-gnu/lib/libc.so.6',
  '/usr/powerpc64-linux-gnu/lib/libc.so.6',
  '/usr/arm-linux-gnueabihf/lib/libc.so.6',
  '/usr/mips-linux-gnu/lib/libc.so.6',
  '/usr/lib32/libc.so.6',
]

async function compareAll(files: string[], withGo: boolean): Promise<string[]> {
  const problems = await pool(files, 3, async (file) => {
    const streamed = Buffer.concat(inspectDocument([inspectFile(file)]))
    const ours = inspectFile(file)
    const d: string[] = []
    if (!streamed.equals(Buffer.from(JSON.stringify({ schemaVersion: 1, files: [ours] }) + '\n')))
      d.push('inspect --json differs from JSON.stringify of the facts')
    const printed = (JSON.parse(streamed.toString('utf8')) as { files: InspectedFile[] }).files[0]
    d.push(...diffReadelf(printed, await readelf(file)))
    if (withGo && ours.go) d.push(...diffGo(ours, await goVersionM(file)))
    return d.length ? `${file}:\n    ${d.join('\n    ')}` : null
  })
  return problems.filter((p): p is string => p !== null)
}

describe('abigap agrees with readelf -W on real files', () => {
  test('every cross-architecture libc.so.6 (LE and BE, 32 and 64 bit)', async () => {
    const missing = CROSS.filter((f) => !existsSync(f))
    expect(missing).toEqual([])
    const mismatches = await compareAll(CROSS, false)
    expect(mismatches).toEqual([])
    const endians = CROSS.map((f) => inspectFile(f).elf?.endian)
    expect(endians).toContain('big')
  }, 120_000)

  test('every ELF file under /usr/bin and /usr/lib', async () => {
    const files = findElfFiles(['/usr/bin', '/usr/lib'])
    expect(files.length).toBeGreaterThan(200)
    const mismatches = await compareAll(files, true)
    if (mismatches.length)
      console.error(`${mismatches.length} of ${files.length} files disagree:\n${mismatches.slice(0, 40).join('\n')}`)
    expect(mismatches).toEqual([])
  }, 600_000)
})
