// The action's window on the runner: everything it writes (stdout commands, outputs, summary, state) goes through
// ActionIO, so tests use a fake and only coreIO touches @actions/core.
import * as core from '@actions/core'

/** What the action writes to the runner. */
export interface ActionIO {
  /** Raw stdout (workflow commands are built and escaped by the caller). */
  write(text: string): void
  info(line: string): void
  startGroup(name: string): void
  endGroup(): void
  setOutput(name: string, value: string): void
  appendSummary(markdown: string): Promise<void>
  saveState(name: string, value: string): void
  getState(name: string): string
  /** Fails the step with one `::error::` line. */
  setFailed(message: string, props?: { file?: string; line?: number; column?: number; title?: string }): void
}

/** The real runner, through @actions/core (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_STATE files). */
export function coreIO(): ActionIO {
  return {
    write: (text) => void process.stdout.write(text),
    info: (line) => core.info(line),
    startGroup: (name) => core.startGroup(name),
    endGroup: () => core.endGroup(),
    setOutput: (name, value) => core.setOutput(name, value),
    appendSummary: async (markdown) => {
      if (!process.env.GITHUB_STEP_SUMMARY) {
        core.info('abigap: GITHUB_STEP_SUMMARY is not set (not on a runner): job summary not written')
        return
      }
      await core.summary.addRaw(markdown, true).write()
    },
    saveState: (name, value) => core.saveState(name, value),
    getState: (name) => core.getState(name),
    setFailed: (message, props) => {
      process.exitCode = 1
      core.error(message, {
        ...(props?.title ? { title: props.title } : {}),
        ...(props?.file ? { file: props.file } : {}),
        ...(props?.line ? { startLine: props.line } : {}),
        ...(props?.column ? { startColumn: props.column } : {}),
      })
    },
  }
}
