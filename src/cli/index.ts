#!/usr/bin/env node
// The abigap CLI: dispatches to one command module, loaded lazily so `inspect` never loads Docker or @actions code.
import { exitQuietlyOnClosedPipe, reportError, usageError, type CommandModule } from './command.js'
import { printOut } from './output.js'

const commands: Record<string, () => Promise<CommandModule>> = {
  inspect: () => import('./commands/inspect.js'),
  check: () => import('./commands/check.js'),
  profile: () => import('./commands/profile.js'),
  matrix: () => import('./commands/matrix.js'),
  diff: () => import('./commands/diff.js'),
  merge: () => import('./commands/merge.js'),
  cleanup: () => import('./commands/cleanup.js'),
}

const HELP = `abigap — will your Go binaries run on the Linux distributions you promise?

Usage: abigap <command> [options]

Commands:
  inspect [--json] FILE...                      ELF facts: linkage, loader, needed libraries, symbol versions, Go build info
  check (--target IMAGE | --profile FILE)... FILE...   static verdicts per file x target (add --run to run them in Docker)
  profile (IMAGE | --rootfs DIR) [--json]       the target profile of an image or a root filesystem
  matrix [--config FILE] [--json] [--out DIR]   build every variant, check and run it on every target
  diff BASE.json HEAD.json                      what changed between two reports (regression mode)
  merge REPORT...                               combine shard reports into one
  cleanup                                       remove containers abigap left behind

Exit status: 0 compatible, 1 ABI gaps, 2 a usage or config mistake, 3 an infrastructure error (no verdict), 4 a bug.
Run 'abigap <command> --help' for a command's options.`

/** Runs the CLI with argv (without node and script) and returns the exit status. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    printOut(HELP + '\n')
    return name ? 0 : 2
  }
  if (name === '--version' || name === '-V') {
    process.stdout.write(`${VERSION}\n`)
    return 0
  }
  const load = commands[name]
  if (!load) return usageError(`unknown command '${name}'\n\n${HELP}`)
  const command = await load()
  return command.run(rest)
}

declare const __ABIGAP_VERSION__: string | undefined
const VERSION = typeof __ABIGAP_VERSION__ === 'string' ? __ABIGAP_VERSION__ : '0.1.0'

exitQuietlyOnClosedPipe()
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (err: unknown) => {
    process.exitCode = reportError(err)
  },
)
