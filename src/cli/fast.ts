// The installed `abigap` command (dist/cli.cjs). `inspect`, the hot path, runs from this one CommonJS file with no
// module graph to load; every other command loads the full ESM CLI (dist/cli.js), which reads the same argv.
import { exitQuietlyOnClosedPipe, reportError } from './command.js'
import { run as inspect } from './commands/inspect.js'

const [name, ...rest] = process.argv.slice(2)
if (name === 'inspect') {
  exitQuietlyOnClosedPipe()
  inspect(rest).then(
    (code) => {
      process.exitCode = code
    },
    (err: unknown) => {
      process.exitCode = reportError(err)
    },
  )
} else {
  void import('./index.js')
}
