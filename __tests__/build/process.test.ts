import { runProcess, which } from '../../src/build/process.js'

// Only node and a shell are taken from the host (the unit suite runs with nothing else on PATH): node stands in for
// sleep as the long-running child.
const NODE = process.execPath
const SLEEP_30 = ['-e', 'setTimeout(() => {}, 30_000)']

test('a timeout kills the whole process group, children included', async () => {
  const started = Date.now()
  const res = await runProcess('sh', ['-c', '"$0" "$1" "$2" & "$0" "$1" "$2"; echo never', NODE, ...SLEEP_30], {
    cwd: process.cwd(),
    env: process.env,
    timeoutMs: 300,
  })
  expect(res.timedOut).toBe(true)
  expect(res.output).not.toMatch(/never/)
  expect(Date.now() - started).toBeLessThan(5000)
})

test('cancel, streamed lines, exit status, spawn errors', async () => {
  const lines: string[] = []
  const ok = await runProcess('sh', ['-c', 'echo one; echo two >&2; exit 3'], {
    cwd: process.cwd(),
    env: process.env,
    timeoutMs: 5000,
    onLine: (l) => lines.push(l),
  })
  expect(ok.exitCode).toBe(3)
  expect(lines.sort()).toEqual(['one', 'two'])
  const ac = new AbortController()
  setTimeout(() => ac.abort(), 100)
  const cancelled = await runProcess(NODE, SLEEP_30, {
    cwd: process.cwd(),
    env: process.env,
    timeoutMs: 10_000,
    signal: ac.signal,
  })
  expect(cancelled.cancelled).toBe(true)
  const missing = await runProcess('/nonexistent/tool', [], { cwd: process.cwd(), env: process.env, timeoutMs: 1000 })
  expect(missing.spawnError).toMatch(/ENOENT/)
  expect(which('sh')).toMatch(/\/sh$/)
  expect(which('no-such-tool-abigap')).toBeNull()
})
