// `abigap matrix`: build every variant, check it against every target, run it there, print the grid.
import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { Command, CommanderError, Option } from 'commander'
import { ExitCode, usageError } from '../command.js'
import { ConfigError } from '../../matrix/config-error.js'
import { parseMatrixConfig } from '../../matrix/parse-config.js'
import { parseShard } from '../../matrix/shard.js'
import { formatGrid } from '../../report/grid.js'
import type { MatrixReport } from '../../report/types.js'
import { runMatrix } from '../../pipeline/run-matrix.js'
import { streamSinks } from '../../pipeline/sinks.js'

interface MatrixOptions {
  config: string
  json?: boolean
  out?: string
  run: boolean
  shard?: string
  docker?: 'auto' | 'required' | 'off'
  verbose?: boolean
}

/** The exit status of a finished matrix: 0 pass, 1 findings, 3 infrastructure error (never a verdict). */
export function exitCodeOf(report: MatrixReport): number {
  if (report.verdict === 'error') return ExitCode.profileUnavailable
  return report.verdict === 'fail' ? ExitCode.findings : ExitCode.ok
}

/** Runs `abigap matrix` with argv (after the command name). */
export async function run(argv: string[]): Promise<number> {
  const program = new Command('abigap matrix')
    .description('build every variant, check it against every target, run it there when Docker is available')
    .option('-c, --config <file>', 'matrix config (YAML)', 'abigap.yml')
    .option('--json', 'print the JSON report on stdout (progress goes to stderr)')
    .option('-o, --out <dir>', 'keep binaries (bin/), logs (logs/) and report.json in this directory')
    .option('--no-run', 'static verdicts only: do not run the binaries in target containers')
    .option('--shard <i/n>', 'build and check only shard i of n (1-based) of the variant × target cells')
    .addOption(new Option('--docker <mode>', 'use Docker: auto, required, or off').choices(['auto', 'required', 'off']))
    .option('-v, --verbose', 'stream build and run output')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) })
  try {
    program.parse(argv, { from: 'user' })
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? ExitCode.ok : ExitCode.usage
    throw e
  }
  if (program.args.length) return usageError(`matrix: unexpected argument '${program.args[0]}'`)
  const opts = program.opts<MatrixOptions>()

  let shard: { index: number; count: number } | null = null
  if (opts.shard) {
    const parsed = parseShard(opts.shard)
    if ('error' in parsed) return usageError(`matrix: --shard: ${parsed.error}`)
    shard = parsed
  }
  const configPath = path.resolve(opts.config)
  if (!existsSync(configPath) || !statSync(configPath).isFile()) {
    return usageError(
      `matrix: config file ${opts.config} not found${opts.config === 'abigap.yml' ? ' (create abigap.yml or pass --config FILE)' : ''}`,
    )
  }
  const display = path.relative(process.cwd(), configPath) || opts.config
  let report: MatrixReport
  const controller = new AbortController()
  let uninstall: () => void = () => undefined
  try {
    const config = parseMatrixConfig(readFileSync(configPath, 'utf8'), display)
    const cleanup = await import('../../docker/cleanup.js')
    uninstall = cleanup.installSignalCleanup(controller, { log: (l) => process.stderr.write(`${l}\n`) })
    report = await runMatrix(config, {
      cwd: path.dirname(configPath),
      outDir: opts.out ? path.resolve(opts.out) : undefined,
      sinks: streamSinks((t) => process.stderr.write(t), opts.verbose === true),
      signal: controller.signal,
      docker: opts.docker,
      shard,
      noRun: opts.run === false,
    })
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`abigap: invalid matrix config:\n${e.message}\n`)
      return ExitCode.usage
    }
    if (e instanceof RangeError) return usageError(`matrix: ${e.message}`)
    throw e
  } finally {
    uninstall()
  }
  if (opts.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n')
  else process.stdout.write(formatGrid(report))
  if (opts.out) process.stderr.write(`abigap: binaries, logs and report.json kept in ${opts.out}\n`)
  const code = exitCodeOf(report)
  if (code === ExitCode.profileUnavailable) {
    process.stderr.write(
      `abigap: infrastructure error — no verdict: ${report.infrastructureErrors[0] ?? 'a run failed'}\n`,
    )
  }
  return code
}
