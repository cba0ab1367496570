// The idle ELF against the oracles: its code is what GNU as makes of scripts/idle/*.s, GNU readelf reads it as
// abigap's parser does (pure-parts.test.ts), and run (natively and, for arm64, through QEMU) it writes each file it is
// given as start-reads.ts parses them, then answers process queries (counted in a PID namespace of its own, where
// the count is known) and runs the programs run requests name (idle-channel.ts), then idles until killed. Needs binutils, binutils-aarch64-linux-gnu and
// qemu-user-static (scripts/test-world.sh installs them).
import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { IDLE_MAX_FILES, idleElf } from '../../src/docker/idle-elf.js'
import { IdleChannel } from '../../src/docker/idle-channel.js'
import { idleOutcome } from '../../src/docker/idle-outcome.js'
import { RecordParser } from '../../src/docker/start-reads.js'
import { REPO } from '../helpers/docker-world.js'

const HOST_ARCH = process.arch === 'arm64' ? 'arm64' : 'amd64'
let dir: string
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'abigap-idle-'))))
afterEach(() => rmSync(dir, { recursive: true, force: true }))

it('is a valid static executable for amd64 and arm64, per readelf', () => {
  for (const [arch, machine] of [
    ['amd64', 'Advanced Micro Devices X86-64'],
    ['arm64', 'AArch64'],
  ] as const) {
    const file = join(dir, arch)
    writeFileSync(file, idleElf(arch)!, { mode: 0o755 })
    const out = execFileSync('readelf', ['-h', '-l', '-W', file], { encoding: 'utf8' })
    expect(out).toContain(machine)
    expect(out).toContain('EXEC (Executable file)')
    expect(out).toMatch(/LOAD\s+0x0+ 0x0+400000/)
    expect(out).not.toContain('INTERP')
  }
})

it(`stays alive until killed (${HOST_ARCH}, on this host)`, async () => {
  const file = join(dir, 'idle')
  writeFileSync(file, idleElf(HOST_ARCH)!, { mode: 0o755 })
  const child = spawn(file)
  const exited = new Promise<NodeJS.Signals | null>((r) => child.on('exit', (_c, s) => r(s)))
  await new Promise((r) => setTimeout(r, 300))
  expect(child.exitCode).toBeNull()
  child.kill('SIGTERM')
  expect(await exited).toBe('SIGTERM')
})

it('is the machine code GNU as makes of its sources', () => {
  const out = execFileSync('bash', [join(REPO, 'scripts/idle/assemble.sh')], { encoding: 'utf8' })
  for (const line of out.trim().split('\n')) {
    const [arch, hex] = line.split(' ') as [string, string]
    const elf = idleElf(arch)!
    expect([arch, Buffer.from(elf.subarray(64 + 56)).toString('hex')]).toEqual([arch, hex])
  }
})

describe.each(['amd64', 'arm64'])('on %s', (arch) => {
  it('writes each file it is given as a record, then idles', async () => {
    const prog = join(dir, 'idle')
    writeFileSync(prog, idleElf(arch)!, { mode: 0o755 })
    writeFileSync(join(dir, 'small'), 'ID=test\n')
    writeFileSync(join(dir, 'empty'), '')
    writeFileSync(join(dir, 'big'), '')
    truncateSync(join(dir, 'big'), 33 << 20) // over the 32 MiB it sends
    symlinkSync('small', join(dir, 'link'))
    execFileSync('mkfifo', [join(dir, 'fifo')])
    const files = ['small', 'missing', 'empty', 'link', '.', 'fifo', 'big', 'idle'].map((f) => join(dir, f))
    const wanted = [...files, ...Array.from({ length: IDLE_MAX_FILES }, () => join(dir, 'small'))]
    const argv = arch === HOST_ARCH ? [prog, ...wanted] : ['qemu-aarch64-static', prog, ...wanted]
    const child = spawn(argv[0]!, argv.slice(1), { stdio: ['ignore', 'pipe', 'inherit'] })
    // the program reads no more than IDLE_MAX_FILES: the ones after are never answered
    const parser = new RecordParser(wanted.slice(0, IDLE_MAX_FILES), 1 << 24)
    const contents = await new Promise<Map<string, Uint8Array | null>>((resolve, reject) => {
      child.stdout!.on('data', (c: Buffer) => {
        try {
          const done = parser.push(c)
          if (done) resolve(done)
        } catch (err) {
          reject(err as Error)
        }
      })
      child.on('exit', (code) => reject(new Error(`exited ${code}`)))
    })
    const text = (p: string) => {
      const c = contents.get(join(dir, p))
      return c ? Buffer.from(c).toString() : c
    }
    expect(text('small')).toBe('ID=test\n')
    expect(text('link')).toBe('ID=test\n') // the same file: sent once, named again
    expect(text('empty')).toBe('')
    for (const none of ['missing', '.', 'fifo', 'big'])
      expect([none, contents.get(join(dir, none))]).toEqual([none, null])
    expect(Buffer.from(contents.get(prog)!).equals(await readFile(prog))).toBe(true)
    await new Promise((r) => setTimeout(r, 300))
    expect(child.exitCode).toBeNull()
    child.kill('SIGKILL')
  })

  it('answers each byte 1 on its stdin with the process count of its PID namespace, ignoring other bytes', async () => {
    const prog = join(dir, 'idle')
    writeFileSync(prog, idleElf(arch)!, { mode: 0o755 })
    const run = arch === HOST_ARCH ? [prog] : ['qemu-aarch64-static', prog]
    // in a PID namespace of its own: the program (the namespace's init, through exec) and two sleeps
    const child = spawn(
      'unshare',
      ['-pf', '--kill-child', '--mount-proc', 'sh', '-c', 'sleep 60 & sleep 60 & exec "$@"', 'sh', ...run],
      {
        stdio: ['pipe', 'pipe', 'inherit'],
      },
    )
    const queries = new IdleChannel((data) => child.stdin!.write(data))
    child.stdout!.on('data', (c: Buffer) => queries.push('stdout', c))
    try {
      child.stdin!.write('{"stream":true}') // what Podman passes on from an attach request's body: no query
      expect(await queries.count(10_000)).toBe(3)
      expect(await queries.count(10_000)).toBe(3)
    } finally {
      child.kill('SIGKILL')
    }
  })

  it('runs what each run request names, in its environment with stdin /dev/null, and reports how it ended', async () => {
    const prog = join(dir, 'idle')
    writeFileSync(prog, idleElf(arch)!, { mode: 0o755 })
    writeFileSync(join(dir, 'noloader'), '#!/nonexistent/loader\n', { mode: 0o755 }) // execve: ENOENT, the file there
    writeFileSync(join(dir, 'plain'), 'data\n', { mode: 0o644 })
    const run = arch === HOST_ARCH ? [prog] : ['qemu-aarch64-static', prog]
    const child = spawn(run[0]!, run.slice(1), { stdio: ['pipe', 'pipe', 'pipe'], env: { ABIGAP_T: 'v' } })
    const channel = new IdleChannel((data) => child.stdin!.write(data))
    child.stdout!.on('data', (c: Buffer) => channel.push('stdout', c))
    child.stderr!.on('data', (c: Buffer) => channel.push('stderr', c))
    const ran = async (argv: string[]) => {
      const out = { stdout: '', stderr: '' }
      const report = await channel.run(argv, (kind, chunk) => (out[kind] += chunk.toString()))
      return { ...out, report, outcome: report && idleOutcome(argv[0]!, report) }
    }
    try {
      const sh = await ran([
        '/bin/sh',
        '-c',
        'echo out $ABIGAP_T "$1"; echo err >&2; read x || echo eof; exit 3',
        'sh',
        'a b',
      ])
      expect(sh).toMatchObject({ stdout: 'out v a b\neof\n', stderr: 'err\n', outcome: { kind: 'ran', exitCode: 3 } })
      expect(sh.report).toMatchObject({ exec: 0, access: 0, wait: 3 << 8 })
      expect(sh.report!.pid).toBeGreaterThan(0)
      expect((await ran(['/bin/sh', '-c', 'kill -SEGV $$'])).outcome).toEqual({
        kind: 'ran',
        exitCode: 139,
        startError: '',
      })
      expect((await ran([join(dir, 'noloader')])).outcome).toEqual({
        kind: 'ran',
        exitCode: 127,
        startError: `exec ${join(dir, 'noloader')}: no such file or directory`,
      })
      expect((await ran([join(dir, 'plain')])).outcome).toMatchObject({ kind: 'ran', exitCode: 126 })
      expect((await ran([join(dir, 'missing')])).outcome).toEqual({
        kind: 'absent',
        message: `binary not delivered: ${join(dir, 'missing')}: no such file or directory`,
      })
      expect(await channel.count(10_000)).toBeGreaterThan(0) // it answers queries between runs as before
      expect((await ran(['/bin/true'])).outcome).toEqual({ kind: 'ran', exitCode: 0, startError: '' })
    } finally {
      child.kill('SIGKILL')
    }
  })
})
