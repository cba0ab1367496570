// `abigap cleanup` and sweepContainers remove exactly the abigap-labelled objects asked for, nothing else.
import { jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { run } from '../../src/cli/commands/cleanup.js'
import { sweepContainers } from '../../src/docker/cleanup.js'
import { requireDocker } from '../helpers/docker-world.js'

jest.setTimeout(60_000)

const docker = (...args: string[]) => execFileSync('docker', args, { encoding: 'utf8' }).trim()

/** Captures what a command writes to stdout/stderr. */
async function capture(fn: () => Promise<number>): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = []
  const err: string[] = []
  const o = process.stdout.write.bind(process.stdout)
  const e = process.stderr.write.bind(process.stderr)
  process.stdout.write = ((s: string) => (out.push(String(s)), true)) as typeof process.stdout.write
  process.stderr.write = ((s: string) => (err.push(String(s)), true)) as typeof process.stderr.write
  try {
    return { code: await fn(), out: out.join(''), err: err.join('') }
  } finally {
    process.stdout.write = o
    process.stderr.write = e
  }
}

describe('cleanup', () => {
  it('removes the containers and volumes of one run, and leaves other runs and unlabelled ones alone', async () => {
    const a = `itgclean${Date.now().toString(36)}a`
    const b = `itgclean${Date.now().toString(36)}b`
    const mk = (run: string) =>
      docker('create', '--label', 'io.abigap=1', '--label', `io.abigap.run=${run}`, 'abigap-test/musl', 'true')
    const ca = [mk(a), mk(a)]
    const cb = mk(b)
    const va = docker('volume', 'create', '--label', 'io.abigap=1', '--label', `io.abigap.run=${a}`)
    const plain = docker('create', 'abigap-test/musl', 'true')
    try {
      const r = await capture(() => run(['--run', a]))
      expect({ code: r.code, out: r.out }).toEqual({
        code: 0,
        out: `removed 3 abigap object(s) of run or session ${a}\n`,
      })
      expect(r.err).not.toContain('abigap')
      const left = docker('ps', '-aq', '--no-trunc')
      for (const id of ca) expect(left).not.toContain(id)
      expect(left).toContain(cb)
      expect(left).toContain(plain)
      expect(docker('volume', 'ls', '-q')).not.toContain(va)
      const rt = await requireDocker()
      expect(await sweepContainers(rt, b)).toBe(1)
      expect(docker('ps', '-aq', '--no-trunc')).not.toContain(cb)
    } finally {
      execFileSync('sh', ['-c', `docker rm -f ${plain} ${cb} ${ca.join(' ')} >/dev/null 2>&1 || true`])
    }
  })

  it('a session id (ABIGAP_SESSION_ID, e.g. the action step) sweeps every call of that process, and only those', async () => {
    const session = `itgsess${Date.now().toString(36)}`
    const mine = docker(
      'create',
      '--label',
      'io.abigap=1',
      '--label',
      'io.abigap.run=x1',
      '--label',
      `io.abigap.session=${session}`,
      'abigap-test/musl',
      'true',
    )
    const other = docker(
      'create',
      '--label',
      'io.abigap=1',
      '--label',
      'io.abigap.run=x2',
      '--label',
      'io.abigap.session=someone-else',
      'abigap-test/musl',
      'true',
    )
    try {
      const r = await capture(() => run(['--run', session]))
      expect(r.out).toBe(`removed 1 abigap object(s) of run or session ${session}\n`)
      const left = docker('ps', '-aq', '--no-trunc')
      expect(left).not.toContain(mine)
      expect(left).toContain(other)
    } finally {
      execFileSync('sh', ['-c', `docker rm -f ${mine} ${other} >/dev/null 2>&1 || true`])
    }
  })

  it('fails clearly without a daemon (an infrastructure error, exit 3), and on bad usage', async () => {
    const dead = await capture(() => run(['--host', 'unix:///nonexistent/abigap.sock']))
    expect(dead.code).toBe(3)
    expect(dead.err).toContain('no Docker engine answers at unix:///nonexistent/abigap.sock')
    const bad = await capture(() => run(['--bogus']))
    expect(bad.code).toBe(2)
    expect(bad.err).toBe("abigap: error: unknown option '--bogus'\n")
    const extra = await capture(() => run(['stray']))
    expect(extra.code).toBe(2)
  })
})
