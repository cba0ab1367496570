// The installed `abigap` command (dist/cli.cjs). `inspect`, the hot path, runs from this one CommonJS file with no
// module graph to load; every other command loads the full ESM CLI (dist/cli.js), which reads the same argv.
import { run as inspect } from './commands/inspect.js'

const [name, ...rest] = process.argv.slice(2)
if (name === 'inspect') {
  inspect(rest).then(
    (code) => {
      process.exitCode = code
    },
    (err: unknown) => {
      process.stderr.write(
        `abigap: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
      )
      process.exitCode = 4
    },
  )
} else {
  void import('./index.js')
}
