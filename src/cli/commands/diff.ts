// `abigap diff BASE.json HEAD.json`: what a change did to the matrix (regression mode).
import { Command, Option } from 'commander'
import { exitCodeOfVerdict } from '../../errors/index.js'
import { parseCommandLine, reportingErrors } from '../command.js'
import { readReportFile, writeUserFile } from '../files.js'
import { printOut } from '../output.js'
import { diffReports, evaluateReport, stripControl, type MatrixReport } from '../../report/index.js'

const ICON = { error: '✘', warning: '⚠', notice: '✔' } as const

/** Runs `abigap diff BASE.json HEAD.json [--json] [--out FILE] [--fail-on regression|never]`. */
export const run = reportingErrors(diffCommand)

async function diffCommand(argv: string[]): Promise<number> {
  const program = new Command('abigap diff')
    .description(
      'what changed between a base report and a head report: floors, newly incompatible/fixed targets, needed libraries, new gaps',
    )
    .argument('<base>', 'the base report (report.json of the base branch)')
    .argument('<head>', 'the head report')
    .option('--json', 'print the head report with its diff section as JSON')
    .option('-o, --out <file>', 'write the head report with its diff section to this file')
    .addOption(
      new Option('--fail-on <mode>', 'exit 1 on new gaps (regression) or never')
        .choices(['regression', 'never'])
        .default('regression'),
    )
  const ended = parseCommandLine(program, argv)
  if (ended !== null) return ended
  const [basePath, headPath] = program.args
  const opts = program.opts<{ json?: boolean; out?: string; failOn: 'regression' | 'never' }>()
  // a report that cannot be read or is no report: ReportFileError (exit 2)
  const base = readReportFile(basePath)
  const head = readReportFile(headPath)
  const diff = diffReports(base, head)
  const withDiff: MatrixReport = { ...head, diff }
  const evaluation = evaluateReport(withDiff, opts.failOn === 'never' ? 'never' : 'regression', diff)
  withDiff.verdict = evaluation.verdict
  if (opts.out) writeUserFile(opts.out, JSON.stringify(withDiff, null, 2) + '\n')
  if (opts.json) process.stdout.write(JSON.stringify(withDiff, null, 2) + '\n')
  else {
    if (!diff.length) printOut('no changes between the reports\n')
    for (const d of diff) printOut(`${ICON[d.severity]} ${stripControl(d.message).replace(/\n/g, ' ')}\n`)
    printOut(`${evaluation.reason}\n`)
  }
  return exitCodeOfVerdict(evaluation.verdict)
}
