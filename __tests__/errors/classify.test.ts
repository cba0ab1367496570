// The one mapping of anything thrown to an exit status and a kind of message, as the CLI and the action use it.
import { classifyError, ExitCode, exitCodeOfVerdict, InfrastructureError, UserError } from '../../src/errors/index.js'
import { CancelledError, DockerUnavailableError, ImageUnavailableError } from '../../src/docker/errors.js'
import { ConfigError } from '../../src/matrix/config-error.js'
import { ProfileError } from '../../src/knowledge/errors.js'
import { MergeError, ReportFileError } from '../../src/report/index.js'
import { BaselineRefError } from '../../src/pipeline/baseline-error.js'
import { SourceIndexError } from '../../src/io/source-index.js'
import { InputError } from '../../src/action/inputs.js'
import { ToolMissingError } from '../../src/action/preflight.js'

describe('classifyError: each class', () => {
  test('every user-error class is a UserError with its code, exit 2 (3 for a profile file), no stack', () => {
    const cases: [Error, string, number][] = [
      [new UserError('usage', 'unknown option --x'), 'usage', 2],
      [new InputError('shard', 'expected i/n'), 'input', 2],
      [new ConfigError([{ file: 'abigap.yml', key: 'axes', line: 3, column: 1, message: 'bad' }]), 'config', 2],
      [new ProfileError('p.json: not valid JSON', 'p.json'), 'profile', 3],
      [new UserError('target', "unknown target 'debain:12'"), 'target', 2],
      [new ReportFileError('base.json is not JSON'), 'report', 2],
      [new MergeError('shard 1 given twice'), 'report', 2],
      [new BaselineRefError("'main~' is not a git ref"), 'baseline', 2],
      [new SourceIndexError('source x is not a directory'), 'source', 2],
      [new ToolMissingError('Go is not on PATH'), 'tool', 2],
    ]
    for (const [err, code, exit] of cases) {
      expect(err).toBeInstanceOf(UserError)
      const c = classifyError(err)
      expect({ kind: c.kind, code: c.code, exitCode: c.exitCode, stack: c.stack }).toEqual({
        kind: 'user',
        code,
        exitCode: exit,
        stack: null,
      })
      expect(c.message).toBe(err.message)
      expect(c.error).toBe(err)
    }
  })

  test('each class keeps its own name (messages and logs say which one)', () => {
    expect(new ConfigError([{ file: 'f', key: '', line: 1, column: 1, message: 'm' }]).name).toBe('ConfigError')
    expect(new InputError('x', 'y').name).toBe('InputError')
    expect(new UserError('usage', 'm').name).toBe('UserError')
    expect(new DockerUnavailableError('m').name).toBe('DockerUnavailableError')
  })

  test('infrastructure errors, whichever kind: exit 3, one line, no stack', () => {
    for (const err of [
      new InfrastructureError('daemon went away\n  mid-run'),
      new DockerUnavailableError('no Docker engine answers at unix:///x.sock'),
      new ImageUnavailableError("image 'x' is not present locally and the pull policy is 'never'"),
      new CancelledError('cancelled by SIGTERM'),
    ]) {
      const c = classifyError(err)
      expect(c.kind).toBe('infrastructure')
      expect(c.exitCode).toBe(ExitCode.infrastructure)
      expect(c.message).not.toMatch(/\n/)
      expect(c.stack).toBeNull()
      expect(c.error).toBe(err)
    }
    expect(classifyError(new InfrastructureError('daemon went away\n  mid-run')).message).toBe(
      'daemon went away mid-run',
    )
  })

  test('anything else is a bug: exit 4 with the stack', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'x')")
    const c = classifyError(bug)
    expect(c).toMatchObject({ kind: 'internal', exitCode: ExitCode.internal, code: null, error: bug })
    expect(c.message).toBe(bug.message)
    expect(c.stack).toContain('TypeError: Cannot read properties')
    expect(c.stack).toMatch(/\n\s+at /)
  })
})

describe('classifyError: nested causes', () => {
  test('a plain wrapper of a typed error takes the typed error’s kind, and says both messages once', () => {
    const infra = new DockerUnavailableError('connect ENOENT /var/run/docker.sock')
    const c = classifyError(new Error('run phase failed', { cause: infra }))
    expect(c).toMatchObject({ kind: 'infrastructure', exitCode: 3, error: infra })
    expect(c.message).toBe('run phase failed: connect ENOENT /var/run/docker.sock')

    const user = new SourceIndexError('source ./x is not a directory')
    const middle = new Error('reading the tree', { cause: user })
    const u = classifyError(new Error(`indexing failed: ${user.message}`, { cause: middle }))
    expect(u).toMatchObject({ kind: 'user', code: 'source', exitCode: 2, error: user })
    expect(u.message).toBe('indexing failed: source ./x is not a directory: reading the tree')
  })

  test('the outermost typed error decides: a user error caused by an engine fault is the user’s', () => {
    const c = classifyError(new UserError('target', "unknown target 'x'", { cause: new InfrastructureError('404') }))
    expect(c).toMatchObject({ kind: 'user', code: 'target', exitCode: 2, message: "unknown target 'x'" })
    const i = classifyError(new InfrastructureError('probe failed', { cause: new UserError('usage', 'u') }))
    expect(i).toMatchObject({ kind: 'infrastructure', exitCode: 3, message: 'probe failed' })
  })

  test('a typed error causing a bug report is still found; causes of a bug alone stay a bug', () => {
    const bug = classifyError(new RangeError('bad index', { cause: new TypeError('deeper') }))
    expect(bug).toMatchObject({ kind: 'internal', exitCode: 4, message: 'bad index' })
  })

  test('a cycle of causes ends the walk', () => {
    const a = new Error('a')
    const b = new Error('b', { cause: a })
    Object.defineProperty(a, 'cause', { value: b })
    expect(classifyError(a)).toMatchObject({ kind: 'internal', exitCode: 4, message: 'a' })
    const typed = new InfrastructureError('engine')
    const w = new Error('w', { cause: typed })
    Object.defineProperty(typed, 'cause', { value: w })
    expect(classifyError(w)).toMatchObject({ kind: 'infrastructure', message: 'w: engine' })
  })
})

describe('classifyError: unknown throwables', () => {
  test.each([
    ['a string', 'boom', 'boom'],
    ['undefined', undefined, 'undefined'],
    ['null', null, 'null'],
    ['a number', 42, 'number: 42'],
    ['an object', { reason: 'x' }, 'object: {"reason":"x"}'],
  ])('%s is a bug (exit 4), described in words', (_what, thrown, text) => {
    const c = classifyError(thrown)
    expect(c).toEqual({ kind: 'internal', exitCode: 4, code: null, message: text, stack: text, error: null })
  })

  test('an object that cannot be serialised is still described', () => {
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    expect(classifyError(cyclic).message).toBe('[object Object]')
  })

  test('an object that only looks like a UserError (a name, a code) is not one', () => {
    const fake = Object.assign(new Error('fake'), { name: 'UserError', code: 'config' })
    expect(classifyError(fake).kind).toBe('internal')
    const fakeInfra = Object.assign(new Error('fake'), { name: 'InfrastructureError' })
    expect(classifyError(fakeInfra).kind).toBe('internal')
  })
})

describe('classifyError: cancellation', () => {
  test('an AbortSignal abort (DOMException AbortError) is infrastructure: exit 3, said to be a cancellation', async () => {
    const controller = new AbortController()
    controller.abort()
    let thrown: unknown
    try {
      controller.signal.throwIfAborted()
    } catch (e) {
      thrown = e
    }
    expect((thrown as Error).name).toBe('AbortError')
    const c = classifyError(thrown)
    expect(c).toMatchObject({ kind: 'infrastructure', exitCode: ExitCode.infrastructure, stack: null })
    expect(c.message).toMatch(/abort/i)
  })

  test("Node's AbortError (timers/promises with a signal) is the same, however it is wrapped", async () => {
    const { setTimeout: sleep } = await import('node:timers/promises')
    const controller = new AbortController()
    const pending = sleep(60_000, undefined, { signal: controller.signal })
    controller.abort()
    const thrown = await pending.then(
      () => null,
      (e: unknown) => e,
    )
    expect((thrown as { code?: string }).code).toBe('ABORT_ERR')
    expect(classifyError(thrown)).toMatchObject({ kind: 'infrastructure', exitCode: 3 })
    const wrapped = classifyError(new Error('pull of debian:12 stopped', { cause: thrown }))
    expect(wrapped).toMatchObject({ kind: 'infrastructure', exitCode: 3 })
    expect(wrapped.message).toMatch(/^pull of debian:12 stopped: /)
  })

  test('an object that is no error is no cancellation either, and does not break the mapping', () => {
    expect(classifyError({ name: 'AbortError' })).toMatchObject({ kind: 'internal', exitCode: 4 })
    expect(classifyError({ code: 'ABORT_ERR' })).toMatchObject({ kind: 'internal', exitCode: 4 })
  })

  test('an abort whose message does not say so is named a cancellation', () => {
    const e = Object.assign(new Error('stopped'), { name: 'AbortError' })
    expect(classifyError(e).message).toBe('cancelled (stopped)')
  })
})

describe('exitCodeOfVerdict', () => {
  test('pass 0, fail 1 (gaps), error 3 (infrastructure: never a verdict)', () => {
    expect(exitCodeOfVerdict('pass')).toBe(ExitCode.ok)
    expect(exitCodeOfVerdict('fail')).toBe(ExitCode.findings)
    expect(exitCodeOfVerdict('error')).toBe(ExitCode.infrastructure)
  })

  test('the exit statuses are the documented ones', () => {
    expect(ExitCode).toEqual({ ok: 0, findings: 1, usage: 2, infrastructure: 3, internal: 4 })
  })
})
