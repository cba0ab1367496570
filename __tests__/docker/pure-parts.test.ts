import { mkdtempSync, writeFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { pack } from 'tar-stream'
import { inspectBinary } from '../../src/binary/inspect.js'
import { bufferSource } from '../../src/elf/index.js'
import { createDemuxer } from '../../src/docker/demux.js'
import { captureOutput } from '../../src/docker/output-capture.js'
import { idleElf } from '../../src/docker/idle-elf.js'
import { parseDockerHost } from '../../src/docker/connect.js'
import { DockerUnavailableError, isTransient } from '../../src/docker/errors.js'
import { idlePath, packPayload, planPayload, readPayload, safeBaseName } from '../../src/docker/payload.js'
import { TarTree } from '../../src/docker/tar-tree.js'
import { keepProfileContent } from '../../src/docker/probe-paths.js'
import { platformMatches, digestOf } from '../../src/docker/image.js'
import { labelsFor, setSessionId } from '../../src/docker/labels.js'
import { readTar } from '../helpers/tar.js'

function frame(kind: number, text: string): Buffer {
  const payload = Buffer.from(text)
  const h = Buffer.alloc(8)
  h[0] = kind
  h.writeUInt32BE(payload.length, 4)
  return Buffer.concat([h, payload])
}

describe('demuxer', () => {
  it('splits frames across arbitrary chunk boundaries', () => {
    const got: string[] = []
    const feed = createDemuxer((s, c) => got.push(`${s}:${c.toString()}`))
    const all = Buffer.concat([frame(1, 'out1'), frame(2, 'err1'), frame(1, ''), frame(1, 'out2')])
    for (let i = 0; i < all.length; i += 3) feed(all.subarray(i, i + 3))
    expect(got).toEqual(['stdout:out1', 'stderr:err1', 'stdout:out2'])
  })
})

describe('output capture', () => {
  it('keeps at most the cap per stream and reports once', () => {
    let calls = 0
    const cap = captureOutput(10, () => calls++)
    cap.sink('stdout', Buffer.from('0123456'))
    cap.sink('stderr', Buffer.from('abc'))
    expect(cap.exceeded).toBe(false)
    cap.sink('stdout', Buffer.from('789xyz'))
    cap.sink('stdout', Buffer.from('more'))
    expect(cap.stdout()).toBe('0123456789')
    expect(cap.stderr()).toBe('abc')
    expect(cap.exceeded).toBe(true)
    expect(calls).toBe(1)
  })
})

describe('idle ELF', () => {
  // GNU readelf agrees (idle-elf.test.itg.ts), and the program really idles there.
  it("is a static executable for amd64 and arm64, per abigap's own ELF parser", () => {
    for (const [arch, machine] of [
      ['amd64', 'Advanced Micro Devices X86-64'],
      ['arm64', 'AArch64'],
    ] as const) {
      const bytes = idleElf(arch)!
      const facts = inspectBinary(bufferSource(bytes), arch)
      expect(facts.error).toBeNull()
      expect(facts.warnings).toEqual([])
      expect(facts.elf).toEqual({ class: 64, endian: 'little', type: 'EXEC', machine, osabi: 'UNIX - System V', arch })
      expect([facts.linkage, facts.interpreter, facts.needed]).toEqual(['static', null, []])
      // one PT_LOAD maps the whole file at 0x400000 and the entry point lies inside it, past the headers
      const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
      const ph = Number(v.getBigUint64(32, true))
      expect([v.getUint16(56, true), v.getUint32(ph, true)]).toEqual([1, 1])
      expect([v.getBigUint64(ph + 8, true), v.getBigUint64(ph + 16, true)]).toEqual([0n, 0x400000n])
      expect(v.getBigUint64(ph + 32, true)).toBe(BigInt(bytes.length))
      const entry = v.getBigUint64(24, true) - 0x400000n
      expect(entry >= 64n + 56n && entry < BigInt(bytes.length)).toBe(true)
    }
    expect(idleElf('s390x')).toBeNull()
  })
})

describe('parseDockerHost', () => {
  it('parses unix, tcp, http(s) and ssh endpoints', () => {
    expect(parseDockerHost(undefined).options).toEqual({ socketPath: '/var/run/docker.sock' })
    expect(parseDockerHost('unix:///run/user/1/docker.sock').options).toEqual({ socketPath: '/run/user/1/docker.sock' })
    expect(parseDockerHost('tcp://10.0.0.2:2375').options).toEqual({ host: '10.0.0.2', port: 2375, protocol: 'http' })
    expect(parseDockerHost('https://docker.example:2376').options).toEqual({
      host: 'docker.example',
      port: 2376,
      protocol: 'https',
    })
    expect(parseDockerHost('ssh://me@host').options).toEqual({
      host: 'host',
      port: 22,
      protocol: 'ssh',
      username: 'me',
    })
    expect(parseDockerHost('tcp://[::1]:2375').options).toEqual({ host: '::1', port: 2375, protocol: 'http' })
  })
  it('rejects malformed values with a typed error', () => {
    expect(() => parseDockerHost('unix://relative.sock')).toThrow(DockerUnavailableError)
    expect(() => parseDockerHost('ftp://x')).toThrow(/DOCKER_HOST 'ftp:\/\/x'/)
  })
})

describe('transient faults', () => {
  it('retries rate limits, resets and 5xx, not refusals or not-found', () => {
    expect(isTransient(Object.assign(new Error('x'), { code: 'ECONNRESET' }))).toBe(true)
    expect(isTransient(new Error('toomanyrequests: You have reached your pull rate limit'))).toBe(true)
    expect(isTransient(Object.assign(new Error('x'), { statusCode: 503 }))).toBe(true)
    expect(isTransient(Object.assign(new Error('x'), { code: 'ECONNREFUSED' }))).toBe(false)
    expect(isTransient(new Error('pull access denied for nope, repository does not exist'))).toBe(false)
    expect(isTransient(new Error('no matching manifest for linux/s390x in the manifest list entries'))).toBe(false)
  })
})

describe('image helpers', () => {
  const info = { id: 'sha256:1', repoDigests: ['debian@sha256:abc'], arch: 'arm64', os: 'linux', variant: 'v8' }
  it('matches platforms', () => {
    expect(platformMatches(info, undefined)).toBe(true)
    expect(platformMatches(info, 'linux/arm64')).toBe(true)
    expect(platformMatches(info, 'linux/arm64/v8')).toBe(true)
    expect(platformMatches(info, 'linux/amd64')).toBe(false)
  })
  it('records the repo digest, null for local-only images', () => {
    expect(digestOf(info)).toBe('sha256:abc')
    expect(digestOf({ ...info, repoDigests: [] })).toBeNull()
  })
})

describe('payload', () => {
  it('never lets a binary name escape its directory', () => {
    expect(safeBaseName('/x/../../etc/passwd')).toBe('passwd')
    expect(safeBaseName('/x/..')).toBe('_')
    expect(safeBaseName('/x/a b;rm')).toBe('a_b_rm')
  })
  it('a binary that shrank after it was planned fails the stream instead of delivering a short file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'abigap-payload-'))
    try {
      writeFileSync(join(dir, 'app'), Buffer.alloc(100000, 1))
      const files = await readPayload(planPayload([join(dir, 'app')]), [])
      writeFileSync(join(dir, 'app'), Buffer.alloc(10, 1))
      const drain = async (): Promise<void> => {
        for await (const c of packPayload(files)) void c
      }
      await expect(drain()).rejects.toThrow()
      await expect(readPayload(planPayload([dir]), [])).rejects.toThrow(/not a regular file/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
  it('plans each distinct host file once, shared by every target', () => {
    const plan = planPayload(['/tmp/x/app', '/tmp/y/app', '/tmp/x/app'])
    expect(plan.files).toEqual([
      { hostPath: '/tmp/x/app', rel: 'f0/app' },
      { hostPath: '/tmp/y/app', rel: 'f1/app' },
    ])
    expect(plan.pathOf.get('/tmp/y/app')).toBe('/abigap/f1/app')
    expect(idlePath('arm64')).toBe('/abigap/.idle-arm64')
  })
  it('packs root-owned executables under numbered directories, host files streamed from disk', async () => {
    // GNU tar lists and extracts the same archive (payload.test.itg.ts).
    const dir = mkdtempSync(join(tmpdir(), 'abigap-payload-'))
    try {
      const big = Buffer.alloc(3 << 20, 7)
      big.write('tail', big.length - 4)
      writeFileSync(join(dir, 'big'), big)
      writeFileSync(join(dir, 'empty'), '')
      const plan = planPayload([join(dir, 'big'), join(dir, 'empty')])
      const files = await readPayload(plan, [{ arch: 'amd64', bytes: new Uint8Array([1, 2, 3]) }])
      const chunks: Buffer[] = []
      for await (const c of packPayload(files)) chunks.push(c as Buffer)
      const members = await readTar(Buffer.concat(chunks))
      const shape = members.map(({ name, type, mode, uid, gid, size }) => ({
        name: name.replace(/\/$/, ''),
        type,
        mode,
        uid,
        gid,
        size,
      }))
      const root = { mode: 0o755, uid: 0, gid: 0 }
      expect(shape.sort((a, b) => a.name.localeCompare(b.name))).toEqual([
        { name: '.idle-amd64', type: 'file', ...root, size: 3 },
        { name: 'f0', type: 'directory', ...root, size: 0 },
        { name: 'f0/big', type: 'file', ...root, size: big.length },
        { name: 'f1', type: 'directory', ...root, size: 0 },
        { name: 'f1/empty', type: 'file', ...root, size: 0 },
      ])
      expect(members.find((m) => m.name === 'f0/big')?.body.equals(big)).toBe(true)
      expect([...(members.find((m) => m.name === '.idle-amd64')?.body ?? [])]).toEqual([1, 2, 3])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

async function tarOf(
  entries: { name: string; type?: 'file' | 'symlink' | 'directory' | 'link'; body?: string; linkname?: string }[],
) {
  const p = pack()
  for (const e of entries) {
    if (e.type === 'file' || !e.type) p.entry({ name: e.name }, e.body ?? '')
    else p.entry({ name: e.name, type: e.type, linkname: e.linkname })
  }
  p.finalize()
  return Readable.from(p as unknown as AsyncIterable<Buffer>)
}

describe('TarTree', () => {
  it('places archive members under their parent, keeps links unfollowed and only wanted content', async () => {
    const tree = new TarTree()
    await tree.addArchive(await tarOf([{ name: 'lib', type: 'symlink', linkname: 'usr/lib' }]), '/', () => true)
    await tree.addArchive(
      await tarOf([
        { name: 'lib/', type: 'directory' },
        { name: 'lib/x86_64-linux-gnu/libc.so.6', body: '\x7fELFxx' },
        { name: 'lib/x86_64-linux-gnu/README', body: 'not kept' },
        { name: 'lib/x86_64-linux-gnu/libc-hard.so', type: 'link', linkname: 'lib/x86_64-linux-gnu/libc.so.6' },
        { name: 'lib/../../../escape.so', body: 'confined' },
      ]),
      '/usr',
      keepProfileContent,
    )
    expect(tree.list('/')).toEqual(['escape.so', 'lib', 'usr'])
    expect(tree.lstat('/lib')).toEqual({ type: 'symlink', size: 7 })
    expect(tree.readlink('/lib')).toBe('usr/lib')
    expect(tree.open('/lib')).toBeNull()
    expect(tree.list('/usr/lib/x86_64-linux-gnu')).toEqual(['README', 'libc-hard.so', 'libc.so.6'])
    expect(tree.open('/usr/lib/x86_64-linux-gnu/libc.so.6')?.size).toBe(6)
    expect(tree.open('/usr/lib/x86_64-linux-gnu/libc-hard.so')?.size).toBe(6)
    expect(tree.lstat('/usr/lib/x86_64-linux-gnu/README')).toEqual({ type: 'file', size: 8 })
    expect(tree.open('/usr/lib/x86_64-linux-gnu/README')).toBeNull()
    expect(tree.lstat('/usr/lib/')).toEqual({ type: 'dir', size: 0 })
    expect(tree.lstat('/nope')).toBeNull()
    expect(tree.list('/usr/lib/x86_64-linux-gnu/libc.so.6')).toBeNull()
  })
  it("resolves hard links like member names: relative to the requested path's parent, as the archive API writes them", async () => {
    // GET /containers/{id}/archive?path=/usr/lib names members lib/... and hard-link targets lib/... too
    // (observed on Docker 20.10: `bin/perl5.36.0 link to bin/perl` in the archive of /usr/bin)
    const tree = new TarTree()
    await tree.addArchive(
      await tarOf([
        { name: 'lib/', type: 'directory' },
        { name: 'lib/x86_64-linux-gnu/libssl.so.3', body: '\x7fELFssl' },
        { name: 'lib/x86_64-linux-gnu/libssl-hard.so.3', type: 'link', linkname: 'lib/x86_64-linux-gnu/libssl.so.3' },
        { name: 'lib/dangling.so', type: 'link', linkname: 'lib/none.so' },
      ]),
      '/usr',
      keepProfileContent,
    )
    expect(tree.lstat('/usr/lib/x86_64-linux-gnu/libssl-hard.so.3')).toEqual({ type: 'file', size: 7 })
    expect(tree.open('/usr/lib/x86_64-linux-gnu/libssl-hard.so.3')?.size).toBe(7)
    expect(tree.lstat('/usr/lib/dangling.so')).toEqual({ type: 'other', size: 0 })
  })
  it('bounds memory: files over the limits are listed but not kept', async () => {
    const tree = new TarTree({ maxFileBytes: 4, maxTotalBytes: 6 })
    await tree.addArchive(
      await tarOf([
        { name: 'l/a.so', body: '1234' },
        { name: 'l/b.so', body: '12345' },
        { name: 'l/c.so', body: '123' },
      ]),
      '/',
      () => true,
    )
    expect(tree.open('/l/a.so')?.size).toBe(4)
    expect(tree.open('/l/b.so')).toBeNull()
    expect(tree.open('/l/c.so')).toBeNull()
    expect(tree.lstat('/l/c.so')).toEqual({ type: 'file', size: 3 })
    expect(tree.keptBytes).toBe(4)
  })
  it('keeps release files and libraries, not documentation', () => {
    expect(keepProfileContent('/etc/os-release', 1)).toBe(true)
    expect(keepProfileContent('/etc/ld.so.conf.d/x.conf', 1)).toBe(true)
    expect(keepProfileContent('/etc/shadow', 1)).toBe(false)
    expect(keepProfileContent('/usr/lib/x86_64-linux-gnu/libstdc++.so.6.0.30', 1)).toBe(true)
    expect(keepProfileContent('/lib/ld-musl-x86_64.so.1', 1)).toBe(true)
    expect(keepProfileContent('/usr/lib/go-1.19/src/x.go', 1)).toBe(false)
  })
})

describe('labels', () => {
  afterEach(() => {
    setSessionId(null)
    delete process.env.ABIGAP_SESSION_ID
  })
  it('label every object with the tool, run and role, plus the session when one is set', () => {
    expect(labelsFor('r1', 'run')).toEqual({ 'io.abigap': '1', 'io.abigap.run': 'r1', 'io.abigap.role': 'run' })
    process.env.ABIGAP_SESSION_ID = 'gh123-abcd'
    expect(labelsFor('r1', 'build')['io.abigap.session']).toBe('gh123-abcd')
    setSessionId('explicit')
    expect(labelsFor('r1', 'probe')['io.abigap.session']).toBe('explicit')
    process.env.ABIGAP_SESSION_ID = 'bad id; rm -rf'
    setSessionId(null)
    expect(labelsFor('r1', 'run')['io.abigap.session']).toBeUndefined()
    expect(() => setSessionId('../x')).toThrow(/invalid session id/)
  })
})
