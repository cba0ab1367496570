// The CLI's exit statuses as users meet them, through the one mapping (src/errors): a bad YAML or flag is 2, a
// malformed binary 1 (a finding about that file), a missing engine 3, a bug 4 with its stack. No engine is needed:
// "missing" is a socket that does not exist.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { reportingErrors } from '../../src/cli/command.js'
import { run as check } from '../../src/cli/commands/check.js'
import { run as cleanup } from '../../src/cli/commands/cleanup.js'
import { run as inspect } from '../../src/cli/commands/inspect.js'
import { run as matrix } from '../../src/cli/commands/matrix.js'
import { ExitCode, InfrastructureError } from '../../src/errors/index.js'
import { captured } from '../helpers/captured.js'

const fixture = path.resolve(import.meta.dirname, '../fixtures/gomod')
let dir = ''
let savedHost: string | undefined
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'abigap-exit-'))
  savedHost = process.env.DOCKER_HOST
  process.env.DOCKER_HOST = `unix://${path.join(dir, 'no-engine.sock')}`
})
afterAll(() => {
  if (savedHost === undefined) delete process.env.DOCKER_HOST
  else process.env.DOCKER_HOST = savedHost
  rmSync(dir, { recursive: true, force: true })
})

const file = (name: string, content: string | Buffer): string => {
  const p = path.join(dir, name)
  writeFileSync(p, content)
  return p
}
/** An ELF identification and then nothing: the header is cut off. */
const truncatedElf = () => Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(12)])
const noStack = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at /)

describe('a user mistake: exit 2, one clear message, no stack', () => {
  test('matrix: a YAML syntax error names the file, line and column', async () => {
    const cfg = file('broken.yml', 'package: ./cmd/server\naxes: {cgo: [off, on]\ntargets: [debian:12]\n')
    const r = await captured(() => matrix(['--config', cfg, '--docker', 'off']))
    expect(r.code).toBe(ExitCode.usage)
    expect(r.stderr).toMatch(/^abigap: invalid matrix config:\n.*broken\.yml:\d+:\d+: /)
    expect(r.stdout).toBe('')
    noStack(r.stderr)
  })

  test('matrix: a config that is YAML but not a matrix lists the key', async () => {
    const cfg = file('wrong.yml', 'package: ./cmd/server\naxes: {cgo: [maybe]}\ntargets: [debian:12]\n')
    const r = await captured(() => matrix(['--config', cfg, '--docker', 'off']))
    expect(r.code).toBe(ExitCode.usage)
    expect(r.stderr).toMatch(/wrong\.yml:2:\d+: axes\.cgo/)
    noStack(r.stderr)
  })

  test('matrix: no config file, a bad flag value', async () => {
    const missing = await captured(() => matrix(['--config', path.join(dir, 'nope.yml')]))
    expect(missing.code).toBe(ExitCode.usage)
    expect(missing.stderr).toMatch(/config file .*nope\.yml not found/)
    const shard = await captured(() => matrix(['--shard', '3/2']))
    expect(shard.code).toBe(ExitCode.usage)
  })
})

describe('a malformed binary: a finding about that file (exit 1), never a crash', () => {
  test('inspect: an error entry with its code and offset, exit 1', async () => {
    const bin = file('truncated', truncatedElf())
    const r = await captured(() => inspect(['--json', bin]))
    expect(r.code).toBe(ExitCode.findings)
    const doc = JSON.parse(r.stdout) as { files: { error: { code: string } | null }[] }
    expect(doc.files[0].error?.code).toMatch(/^[A-Z_]+$/)
    noStack(r.stderr)
  })

  test('check: unknown with an error gap on every target, exit 1', async () => {
    const bin = file('truncated2', truncatedElf())
    const r = await captured(() => check(['--json', '--offline', '--target', 'debian:12', bin]))
    expect(r.code).toBe(ExitCode.findings)
    const rep = JSON.parse(r.stdout) as { results: { verdict: string; gaps: { severity: string }[] }[] }
    expect(rep.results.map((x) => x.verdict)).toEqual(['unknown'])
    expect(rep.results[0].gaps.some((g) => g.severity === 'error')).toBe(true)
  })
})

describe('a missing engine: an infrastructure error, exit 3, never a verdict or a pass', () => {
  test('check --run', async () => {
    const bin = file('truncated3', truncatedElf())
    const r = await captured(() => check(['--run', '--target', 'debian:12', bin]))
    expect(r.code).toBe(ExitCode.infrastructure)
    expect(r.stderr).toMatch(/^abigap: infrastructure error: --run needs Docker: .*no-engine\.sock/m)
    expect(r.stdout).toBe('')
    noStack(r.stderr)
  })

  test('check of an image that is not embedded: nothing to probe it with', async () => {
    const bin = file('truncated4', truncatedElf())
    const r = await captured(() => check(['--target', 'example.com/vendor/os:7', bin]))
    expect(r.code).toBe(ExitCode.infrastructure)
    expect(r.stderr).toMatch(/infrastructure error: cannot probe target 'example\.com\/vendor\/os:7'/)
  })

  test('matrix --docker required: the verdict is error, exit 3', async () => {
    const cfg = file(
      'builder.yml',
      `working-directory: ${path.relative(dir, fixture)}\npackage: ./cmd/server\naxes: {cgo: [on]}\n` +
        `builder: golang:1.22\ntargets: [debian:12]\n`,
    )
    const r = await captured(() => matrix(['--config', cfg, '--docker', 'required', '--json']))
    expect(r.code).toBe(ExitCode.infrastructure)
    expect(JSON.parse(r.stdout).verdict).toBe('error')
    expect(r.stderr).toMatch(/infrastructure error — no verdict: Docker is required but unavailable/)
    expect(r.stderr).not.toMatch(/internal error/)
  })

  test('cleanup', async () => {
    const r = await captured(() => cleanup([]))
    expect(r.code).toBe(ExitCode.infrastructure)
    expect(r.stderr).toMatch(/^abigap: infrastructure error: .*no-engine\.sock/)
  })
})

describe('reportingErrors: what no command handles', () => {
  test('a bug is exit 4 with its stack', async () => {
    const r = await captured(() =>
      reportingErrors(async () => {
        throw new TypeError("Cannot read properties of undefined (reading 'verdict')")
      })([]),
    )
    expect(r.code).toBe(ExitCode.internal)
    expect(r.stderr).toMatch(/^abigap: internal error: TypeError: Cannot read properties/)
    expect(r.stderr).toMatch(/\n\s+at /)
  })

  test('a cancellation, however wrapped, is exit 3 in one line', async () => {
    const controller = new AbortController()
    controller.abort()
    const r = await captured(() =>
      reportingErrors(async () => {
        try {
          controller.signal.throwIfAborted()
        } catch (e) {
          throw new Error('the run phase stopped', { cause: e })
        }
        return 0
      })([]),
    )
    expect(r.code).toBe(ExitCode.infrastructure)
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^abigap: infrastructure error: the run phase stopped: .*abort/i),
    ])
  })

  test('an infrastructure error is one line even when its message is not', async () => {
    const r = await captured(() =>
      reportingErrors(async () => {
        throw new InfrastructureError('engine said:\n  500 Internal Server Error')
      })([]),
    )
    expect(r.stderr).toBe('abigap: infrastructure error: engine said: 500 Internal Server Error\n')
  })
})
