// A fake ActionIO (the runner's side of @actions/core) that records everything the action writes.
import type { ActionIO } from '../../src/action/io.js'

/** Everything the action wrote, for assertions. */
export interface FakeRunner extends ActionIO {
  stdout: string[]
  outputs: Record<string, string>
  summary: string[]
  state: Record<string, string>
  failed: { message: string; props?: Record<string, unknown> }[]
  /** The `::error …` lines, as the runner would see them on stdout. */
  errorLines(): string[]
}

/** A fresh fake runner. */
export function fakeRunner(): FakeRunner {
  const r: FakeRunner = {
    stdout: [],
    outputs: {},
    summary: [],
    state: {},
    failed: [],
    write: (text) => void r.stdout.push(text),
    info: (line) => void r.stdout.push(line + '\n'),
    startGroup: (name) => void r.stdout.push(`::group::${name}\n`),
    endGroup: () => void r.stdout.push('::endgroup::\n'),
    setOutput: (name, value) => void (r.outputs[name] = value),
    appendSummary: async (md) => void r.summary.push(md),
    saveState: (name, value) => void (r.state[name] = value),
    getState: (name) => r.state[name] ?? '',
    setFailed: (message, props) => {
      r.failed.push({ message, props })
      r.stdout.push(`::error::${message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`)
    },
    errorLines: () =>
      r.stdout
        .join('')
        .split('\n')
        .filter((l) => l.startsWith('::error')),
  }
  return r
}
