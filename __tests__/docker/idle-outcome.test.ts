// The idle program's report read as an engine's run: wait statuses as `docker run` exit codes, a failed execve as
// runc words it (so classify.ts sees what a fresh container would give), a missing file as no verdict at all.
import { classifyRun } from '../../src/docker/classify.js'
import { errnoText, exitCodeOfStatus, idleOutcome } from '../../src/docker/idle-outcome.js'

const P = '/abigap/bin/app'
const ran = (wait: number) => idleOutcome(P, { pid: 7, exec: 0, access: 0, wait })

test('wait statuses: the exit code, or 128 + the signal (a core dump changes nothing)', () => {
  expect([0, 3 << 8, 255 << 8, 9, 11, 11 | 0x80].map(exitCodeOfStatus)).toEqual([0, 3, 255, 137, 139, 139])
  expect(ran(2 << 8)).toEqual({ kind: 'ran', exitCode: 2, startError: '' })
})

test('a failed execve of a file that is there is the program’s outcome, in runc’s words', () => {
  const noLoader = idleOutcome(P, { pid: 7, exec: -2, access: 0, wait: 127 << 8 })
  expect(noLoader).toEqual({ kind: 'ran', exitCode: 127, startError: `exec ${P}: no such file or directory` })
  const obs = { oomKilled: false, stderr: '', stdout: '', timedOut: false, outputLimited: false }
  if (noLoader.kind !== 'ran') throw new Error('unreachable')
  expect(classifyRun({ ...obs, ...noLoader }).outcome).toBe('missing-loader')
  const format = idleOutcome(P, { pid: 7, exec: -8, access: 0, wait: 127 << 8 })
  expect(format).toEqual({ kind: 'ran', exitCode: 126, startError: `exec ${P}: exec format error` })
  if (format.kind !== 'ran') throw new Error('unreachable')
  expect(classifyRun({ ...obs, ...format }).outcome).toBe('exit-nonzero')
})

test('a file that is not there, a child never made, stdin or the wait failing: no verdict', () => {
  expect(idleOutcome(P, { pid: 7, exec: -2, access: -2, wait: 127 << 8 })).toEqual({
    kind: 'absent',
    message: `binary not delivered: ${P}: no such file or directory`,
  })
  expect(idleOutcome(P, { pid: -11, exec: 0, access: 0, wait: 0 })).toEqual({
    kind: 'fault',
    message: `cannot start ${P}: resource temporarily unavailable`,
  })
  expect(idleOutcome(P, { pid: 7, exec: -(4096 + 24), access: 0, wait: 127 << 8 }).kind).toBe('fault')
  expect(idleOutcome(P, { pid: 7, exec: 0, access: 0, wait: -10 }).kind).toBe('fault')
  expect(errnoText(99)).toBe('errno 99')
})
