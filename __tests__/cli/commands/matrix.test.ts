import { jest } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { run } from '../../../src/cli/commands/matrix.js'

let dir: string
let stderr: string
let stdout: string
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'abigap-cli-'))
  stderr = ''
  stdout = ''
  jest.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => {
    stderr += String(s)
    return true
  })
  jest.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => {
    stdout += String(s)
    return true
  })
})
afterEach(() => {
  jest.restoreAllMocks()
  rmSync(dir, { recursive: true, force: true })
})

describe('abigap matrix: usage and config errors (exit 2, one clear message)', () => {
  test('a missing config file', async () => {
    expect(await run(['--config', path.join(dir, 'nope.yml')])).toBe(2)
    expect(stderr).toMatch(/config file .*nope.yml not found/)
  })
  test('an invalid config prints every problem with file:line:col', async () => {
    const file = path.join(dir, 'abigap.yml')
    writeFileSync(file, 'package: .\ntargets: [x]\naxes:\n  libc: [glibc, mussl]\nbuidler: host\n')
    expect(await run(['--config', file])).toBe(2)
    expect(stderr).toMatch(/abigap.yml:4:17: axes.libc\[1\]: must be one of glibc, musl .*did you mean 'musl'/)
    expect(stderr).toMatch(/abigap.yml:5:1: buidler: unknown key \(did you mean 'builder'\?\)/)
    expect(stderr).not.toMatch(/\n\s+at /) // never a stack trace
    expect(stdout).toBe('')
  })
  test('a bad --shard, an unknown option, an unknown --docker mode', async () => {
    expect(await run(['--shard', '3/2'])).toBe(2)
    expect(stderr).toMatch(/--shard: shard 3\/2 is out of range/)
    expect(await run(['--frobnicate'])).toBe(2)
    expect(await run(['--docker', 'sometimes'])).toBe(2)
  })
  test('--help exits 0', async () => {
    expect(await run(['--help'])).toBe(0)
    expect(stdout).toMatch(/--no-run/)
  })
})
