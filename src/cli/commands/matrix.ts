// `abigap matrix`: build every variant, check it against every target, run it there, print the grid.
import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { Command, Option } from 'commander'
import { ExitCode, exitCodeOfVerdict } from '../../errors/index.js'
import { parseCommandLine, reportingErrors, usageError } from '../command.js'
import { writeUserFile } from '../files.js'
import { printErr, printOut } from '../output.js'
import { parseMatrixConfig } from '../../matrix/parse-config.js'
import { parseShard } from '../../matrix/shard.js'
import { formatGrid } from '../../report/grid.js'
import type { MatrixReport } from '../../report/types.js'
import { evaluateReport, FAIL_ON_VALUES, type FailOn } from '../../report/verdict.js'
import { stripControl } from '../../report/index.js'
import { attachBaselineDiff, resolveBaselineRef } from '../../pipeline/baseline-ref.js'
import { runMatrix } from '../../pipeline/run-matrix.js'
import { streamSinks } from '../../pipeline/sinks.js'

const ICON = { error: '✘', warning: '⚠', notice: '✔' } as const

interface MatrixOptions {
  config: string
  json?: boolean
  out?: string
  run: boolean
  shard?: string
  docker?: 'auto' | 'required' | 'off'
  verbose?: boolean
  baselineRef?: string
  failOn: FailOn
}

/** Runs `abigap matrix` with argv (after the command name). */
export const run = reportingErrors(matrixCommand)

async function matrixCommand(argv: string[]): Promise<number> {
  const program = new Command('abigap matrix')
    .description('build every variant, check it against every target, run it there when Docker is available')
    .option('-c, --config <file>', 'matrix config (YAML)', 'abigap.yml')
    .option('--json', 'print the JSON report on stdout (progress goes to stderr)')
    .option('-o, --out <dir>', 'keep binaries (bin/), logs (logs/) and report.json in this directory')
    .option('--no-run', 'static verdicts only: do not run the binaries in target containers')
    .option('--shard <i/n>', 'build and check only shard i of n (1-based) of the variant × target cells')
    .addOption(new Option('--docker <mode>', 'use Docker: auto, required, or off').choices(['auto', 'required', 'off']))
    .option(
      '--baseline-ref <ref>',
      'regression mode: also build the same matrix at this git ref (a temporary worktree; static verdicts) and add a diff section',
    )
    .addOption(
      new Option(
        '--fail-on <mode>',
        'exit 1 on: error findings, warning (or error) findings, regression (new gaps only), never',
      )
        .choices([...FAIL_ON_VALUES])
        .default('error'),
    )
    .option('-v, --verbose', 'stream build and run output')
  const ended = parseCommandLine(program, argv)
  if (ended !== null) return ended
  if (program.args.length) return usageError(`matrix: unexpected argument '${program.args[0]}'`)
  const opts = program.opts<MatrixOptions>()

  let shard: { index: number; count: number } | null = null
  if (opts.shard) {
    const parsed = parseShard(opts.shard)
    if ('error' in parsed) return usageError(`matrix: --shard: ${parsed.error}`)
    shard = parsed
  }
  if (opts.failOn === 'regression' && !opts.baselineRef) {
    return usageError(`matrix: --fail-on regression compares against a base: give --baseline-ref REF`)
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
  // the config's mistakes (ConfigError) and a wrong --baseline-ref (BaselineRefError) propagate: exit 2
  try {
    const config = parseMatrixConfig(readFileSync(configPath, 'utf8'), display)
    const cleanup = await import('../../docker/cleanup.js')
    uninstall = cleanup.installSignalCleanup(controller, { log: (l) => printErr(`${l}\n`) })
    const sinks = streamSinks((t) => printErr(t), opts.verbose === true)
    const common = {
      cwd: path.dirname(configPath),
      sinks,
      signal: controller.signal,
      docker: opts.docker,
      shard,
      // the face hands the environment in (GITHUB_REPOSITORY/GITHUB_REF scope the build caches)
      deps: { env: process.env },
    }
    // a wrong ref is a usage error before anything is built
    if (opts.baselineRef) await resolveBaselineRef(config, opts.baselineRef, common.cwd)
    report = await runMatrix(config, {
      ...common,
      outDir: opts.out ? path.resolve(opts.out) : undefined,
      noRun: opts.run === false,
    })
    if (opts.baselineRef) await attachBaselineDiff(report, config, opts.baselineRef, common)
    report.verdict = evaluateReport(report, opts.failOn).verdict
    if (opts.out)
      writeUserFile(path.join(path.resolve(opts.out), 'report.json'), JSON.stringify(report, null, 2) + '\n')
  } finally {
    uninstall()
  }
  if (opts.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n')
  else {
    printOut(formatGrid(report))
    if (report.diff) {
      printOut(`\nchanges against ${opts.baselineRef}:\n`)
      if (!report.diff.length) printOut('  none\n')
      for (const d of report.diff) printOut(`  ${ICON[d.severity]} ${stripControl(d.message).replace(/\n/g, ' ')}\n`)
    }
  }
  if (opts.out) printErr(`abigap: binaries, logs and report.json kept in ${opts.out}\n`)
  const code = exitCodeOfVerdict(report.verdict)
  if (code === ExitCode.infrastructure) {
    printErr(`abigap: infrastructure error — no verdict: ${report.infrastructureErrors[0] ?? 'a run failed'}\n`)
  }
  return code
}
