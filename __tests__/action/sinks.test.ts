import { actionSinks, resumeCommands } from '../../src/action/sinks.js'
import { fakeRunner } from '../helpers/core.js'

const HOSTILE = '::error::pwned\n::add-mask::x'

describe('actionSinks', () => {
  it('puts each phase in a group with stop-commands around everything the pipeline prints, then its time', async () => {
    const io = fakeRunner()
    const sinks = actionSinks(io)
    const value = await sinks.group('build', async () => {
      sinks.log(HOSTILE)
      sinks.progress?.('[cgo] ::warning::x')
      // a nested group (GitHub cannot nest) just runs inside the open one
      return sinks.group('inner', async () => 42)
    })
    expect(value).toBe(42)
    const out = io.stdout.join('')
    const m =
      /^::group::abigap: build\n::stop-commands::([0-9a-f]{32})\n::error::pwned\n::add-mask::x\n\[cgo\] ::warning::x\n::\1::\n::endgroup::\nabigap: build took \d+ ms\n$/.exec(
        out,
      )
    expect(m).not.toBeNull()
    expect(sinks.timings.build).toBeGreaterThanOrEqual(0)
  })
  it('wraps a log line outside any group on its own', () => {
    const io = fakeRunner()
    actionSinks(io).log(HOSTILE)
    expect(io.stdout.join('')).toMatch(/^::stop-commands::([0-9a-f]{32})\n::error::pwned\n::add-mask::x\n::\1::\n$/)
  })
  it('closes the group and resumes commands when the phase throws', async () => {
    const io = fakeRunner()
    const sinks = actionSinks(io)
    await expect(sinks.group('run', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom')
    expect(io.stdout.join('')).toMatch(/::stop-commands::([0-9a-f]{32})\n::\1::\n::endgroup::\n/)
  })
  it('resumeCommands ends an open block (a crash message must be interpreted)', async () => {
    const io = fakeRunner()
    const sinks = actionSinks(io)
    let resumed = ''
    await sinks.group('build', async () => {
      resumeCommands(io)
      resumed = io.stdout.join('')
    })
    expect(resumed).toMatch(/::stop-commands::([0-9a-f]{32})\n\n::\1::\n$/)
    expect(io.stdout.join('').match(/::[0-9a-f]{32}::/g)).toHaveLength(1)
  })
})
