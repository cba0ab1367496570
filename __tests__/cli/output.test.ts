import { jest } from '@jest/globals'
import { neutraliseWorkflowCommands } from '../../src/cli/output.js'
import { reportError } from '../../src/cli/command.js'
import { ExitCode } from '../../src/errors/index.js'
import { DockerUnavailableError, ImageUnavailableError, InfrastructureError } from '../../src/docker/errors.js'

const COMMAND_LINE = /^\s*::/m

describe('neutraliseWorkflowCommands', () => {
  test('no line of the result starts a workflow command, whatever whitespace or line breaks precede it', () => {
    const hostile = [
      '::error::x',
      'gap message\n::error file=a::pwned',
      'a\r\n  \t::add-mask::secret\n::stop-commands::tok',
      `    ::warning::${'A'.repeat(300)}`,
      '\u00a0::notice::nbsp',
      '::::',
    ]
    for (const text of hostile) {
      const out = neutraliseWorkflowCommands(text)
      expect(out).not.toMatch(COMMAND_LINE)
      // nothing else changes: removing the zero-width spaces gives the text back
      expect(out.replace(/\u200b/g, '')).toBe(text)
    }
  })
  test('text without line-leading :: is untouched', () => {
    const text = 'TARGET  LIBC\ndebian:12 glibc 2.36 ✓\nsee a::b and std::string'
    expect(neutraliseWorkflowCommands(text)).toBe(text)
  })
})

describe('reportError', () => {
  async function stderrOf(fn: () => number): Promise<{ code: number; stderr: string }> {
    let stderr = ''
    const e = jest
      .spyOn(process.stderr, 'write')
      .mockImplementation((s: string | Uint8Array) => ((stderr += String(s)), true))
    try {
      return { code: fn(), stderr }
    } finally {
      e.mockRestore()
    }
  }
  test('infrastructure errors: exit 3, one line, no stack trace', async () => {
    for (const err of [
      new DockerUnavailableError('cannot connect to the Docker daemon at unix:///var/run/docker.sock: ENOENT'),
      new ImageUnavailableError("cannot pull 'x': no such host"),
      new InfrastructureError('daemon went away\nmid-run'),
    ]) {
      const r = await stderrOf(() => reportError(err))
      expect(r.code).toBe(ExitCode.infrastructure)
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1)
      expect(r.stderr).toMatch(/^abigap: infrastructure error: /)
      expect(r.stderr).not.toContain('    at ')
    }
  })
  test('anything else is a bug: exit 4 with the stack', async () => {
    const r = await stderrOf(() => reportError(new TypeError('x is undefined')))
    expect(r.code).toBe(ExitCode.internal)
    expect(r.stderr).toContain('internal error: TypeError: x is undefined')
    expect(r.stderr).toContain('    at ')
  })
})

describe('human output of inspect and profile', () => {
  async function capturedOut(fn: () => Promise<number>): Promise<string> {
    let out = ''
    const o = jest
      .spyOn(process.stdout, 'write')
      .mockImplementation((s: string | Uint8Array) => ((out += String(s)), true))
    const e = jest
      .spyOn(process.stderr, 'write')
      .mockImplementation((s: string | Uint8Array) => ((out += String(s)), true))
    try {
      await fn()
      return out
    } finally {
      o.mockRestore()
      e.mockRestore()
    }
  }
  test('file and root names starting with :: never start a line with ::', async () => {
    const { mkdtemp, writeFile, mkdir, rm } = await import('node:fs/promises')
    const { glibcExecutable } = await import('../helpers/elf-builder.js')
    const { tmpdir } = await import('node:os')
    const { join } = await import('node:path')
    const { run: inspect } = await import('../../src/cli/commands/inspect.js')
    const { run: profile } = await import('../../src/cli/commands/profile.js')
    const dir = await mkdtemp(join(tmpdir(), 'abigap-output-'))
    try {
      // relative names: the path itself starts the line
      const cwd = process.cwd()
      process.chdir(dir)
      try {
        await writeFile('::error::x', glibcExecutable())
        await mkdir(join('::warning::root', 'etc'), { recursive: true })
        const text =
          (await capturedOut(() => inspect(['::error::x', '::notice::missing']))) +
          (await capturedOut(() => profile(['--rootfs', '::warning::root'])))
        expect(text).toContain('error::x')
        for (const line of text.split(/\r?\n/)) expect(line).not.toMatch(/^\s*::/)
      } finally {
        process.chdir(cwd)
      }
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
