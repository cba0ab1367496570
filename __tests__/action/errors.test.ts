// The action's end for anything thrown, through the one mapping (src/errors): exactly one `::error::` line, the
// verdict output `error`, nothing claimed — a user mistake as such, an infrastructure fault never as a finding or a
// pass, a bug as an internal error with its stack in the log.
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { run, type RunMatrixFn } from '../../src/action/main.js'
import { DockerUnavailableError } from '../../src/docker/errors.js'
import { InfrastructureError } from '../../src/errors/index.js'
import { BaselineRefError } from '../../src/pipeline/baseline-error.js'
import { fakeRunner, type FakeRunner } from '../helpers/core.js'

const fixtureModule = new URL('../fixtures/gomod', import.meta.url).pathname
const created: string[] = []
afterAll(() => created.forEach((d) => rmSync(d, { recursive: true, force: true })))

/** Runs the action on the fixture module (builder-image builds: no Go needed on PATH) with a runMatrix that throws. */
async function runThrowing(thrown: unknown): Promise<FakeRunner> {
  const ws = mkdtempSync(path.join(os.tmpdir(), 'abigap-action-errors-'))
  created.push(ws)
  cpSync(fixtureModule, ws, { recursive: true })
  const io = fakeRunner()
  const runMatrix: RunMatrixFn = async () => {
    throw thrown
  }
  await run({
    env: {
      GITHUB_WORKSPACE: ws,
      RUNNER_TEMP: path.join(ws, '.runner-temp'),
      PATH: '/nonexistent',
      'INPUT_CONFIG-YAML': 'package: ./cmd/server\nbuilder: golang:1.22\ntargets: [debian:12]\n',
    },
    io,
    runMatrix,
    artifacts: { kind: 'directory', upload: async () => 'unused' },
  })
  expect(io.errorLines()).toHaveLength(1)
  expect(io.outputs.verdict).toBe('error')
  expect(io.summary).toEqual([])
  expect(io.stdout.join('')).not.toMatch(/^::(warning|notice)/m)
  return io
}

describe('the action, for anything thrown: one ::error:: line', () => {
  test('an infrastructure fault outside the report: no ABI verdict, never an internal error', async () => {
    const io = await runThrowing(new DockerUnavailableError('no Docker engine answers at unix:///x.sock'))
    expect(io.errorLines()).toEqual([
      '::error::abigap: infrastructure error, no ABI verdict: no Docker engine answers at unix:///x.sock',
    ])
  })

  test('a wrapped one, and a multi-line message, still one line', async () => {
    const cause = new InfrastructureError('engine said:\n500 Internal Server Error')
    const io = await runThrowing(new Error('pull phase', { cause }))
    expect(io.errorLines()).toEqual([
      '::error::abigap: infrastructure error, no ABI verdict: pull phase: engine said: 500 Internal Server Error',
    ])
  })

  test('a cancellation (AbortError) is an infrastructure error', async () => {
    const controller = new AbortController()
    controller.abort()
    const io = await runThrowing(controller.signal.reason)
    expect(io.errorLines()[0]).toMatch(/^::error::abigap: infrastructure error, no ABI verdict: .*abort/i)
  })

  test("the user's mistake says what and where", async () => {
    const io = await runThrowing(new BaselineRefError("'v9' is not a commit of this repository"))
    expect(io.errorLines()).toEqual(["::error::abigap: baseline-ref: 'v9' is not a commit of this repository"])
  })

  test('a bug: an internal error to report, its stack in the log (not in the error line)', async () => {
    const io = await runThrowing(new TypeError("Cannot read properties of undefined (reading 'cells')"))
    expect(io.errorLines()).toEqual([
      "::error::abigap: internal error: Cannot read properties of undefined (reading 'cells') (please report this)",
    ])
    expect(io.stdout.join('')).toMatch(/TypeError: Cannot read properties[^\n]*\n\s+at /)
  })

  test('a thrown string is a bug too', async () => {
    const io = await runThrowing('boom')
    expect(io.errorLines()).toEqual(['::error::abigap: internal error: boom (please report this)'])
  })
})
