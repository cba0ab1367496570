// The idle ELF against the oracles: GNU readelf reads it as abigap's parser does (pure-parts.test.ts), and on this
// host's architecture it really idles until killed. Needs binutils (scripts/test-world.sh installs it).
import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { idleElf } from '../../src/docker/idle-elf.js'

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
