// PipelineSinks for the runner: one collapsible group per phase with its time; everything the pipeline prints
// (compiler and container output included) is wrapped in stop-commands so it can never act as a workflow command.
import type { PipelineSinks } from '../pipeline/sinks.js'
import { formatDuration, newStopToken, wrapUntrusted } from '../report/index.js'
import type { ActionIO } from './io.js'

let openToken: string | null = null

/** Ends an open stop-commands block (before a crash message, which must be interpreted). */
export function resumeCommands(io: ActionIO): void {
  if (openToken) io.write(`\n::${openToken}::\n`)
  openToken = null
}

/** Sinks writing to the runner log: groups per phase with timings, untrusted text made inert. */
export function actionSinks(io: ActionIO, verbose = true): PipelineSinks & { timings: Record<string, number> } {
  let token: string | null = null
  const timings: Record<string, number> = {}
  const line = (text: string) => {
    const clean = text.replace(/\r/g, '')
    if (token) io.write(clean.endsWith('\n') ? clean : clean + '\n')
    else io.write(wrapUntrusted(clean))
  }
  return {
    timings,
    log: line,
    progress: verbose ? line : undefined,
    async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
      if (token) return fn() // GitHub does not nest groups
      const started = Date.now()
      io.startGroup(`abigap: ${name}`)
      token = newStopToken()
      openToken = token
      io.write(`::stop-commands::${token}\n`)
      try {
        return await fn()
      } finally {
        if (openToken === token) io.write(`::${token}::\n`)
        token = null
        openToken = null
        const ms = Date.now() - started
        timings[name] = ms
        io.endGroup()
        io.info(`abigap: ${name} took ${formatDuration(ms)}`)
      }
    },
  }
}
