/** Where the pipeline reports progress: the CLI maps it to stderr, the action to core.info/core.group. */
export interface PipelineSinks {
  log(line: string): void
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
  progress?(line: string): void
}

/** Sinks that drop everything (tests, library use). */
export const silentSinks: PipelineSinks = {
  log: () => undefined,
  group: (_name, fn) => fn(),
}

/** Sinks writing plain lines to a stream (the CLI uses stderr so --json stdout stays clean). */
export function streamSinks(write: (text: string) => void, verbose = false): PipelineSinks {
  return {
    log: (line) => write(`${line}\n`),
    async group(name, fn) {
      const started = Date.now()
      write(`▸ ${name}\n`)
      try {
        return await fn()
      } finally {
        write(`  ${name}: ${((Date.now() - started) / 1000).toFixed(1)} s\n`)
      }
    },
    progress: verbose ? (line) => write(`  ${line}\n`) : undefined,
  }
}
