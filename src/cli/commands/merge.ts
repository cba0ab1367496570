// `abigap merge REPORT...`: combines shard reports into one report, grid, summary and SARIF.
import { Command, Option } from 'commander'
import { exitCodeOfVerdict } from '../../errors/index.js'
import { parseCommandLine, reportingErrors } from '../command.js'
import { readReportFile, writeUserFile } from '../files.js'
import { printOut } from '../output.js'
import {
  evaluateReport,
  formatGrid,
  mergeReports,
  renderSummary,
  selectAnnotations,
  toSarif,
  workflowCommand,
  type FailOn,
  type MatrixReport,
} from '../../report/index.js'

interface MergeOptions {
  json?: boolean
  out?: string
  sarif?: string
  summary?: string
  failOn: FailOn
  annotate?: boolean
}

/** Runs `abigap merge REPORT... [--out FILE] [--json] [--sarif FILE] [--summary FILE] [--fail-on ...]`. */
export const run = reportingErrors(mergeCommand)

async function mergeCommand(argv: string[]): Promise<number> {
  const program = new Command('abigap merge')
    .description('combine shard reports (abigap matrix --shard i/n) into one report')
    .argument('<reports...>', 'shard report.json files')
    .option('--json', 'print the merged report as JSON (default: the grid)')
    .option('-o, --out <file>', 'write the merged report to this file')
    .option('--sarif <file>', 'write SARIF 2.1.0 for the merged report')
    .option('--annotate', 'print GitHub annotations (workflow commands) for the merged report')
    .option('--summary <file>', 'write the markdown summary (e.g. "$GITHUB_STEP_SUMMARY")')
    .addOption(
      new Option('--fail-on <level>', 'exit 1 when findings reach this level')
        .choices(['error', 'warning', 'never'])
        .default('error'),
    )
  const ended = parseCommandLine(program, argv)
  if (ended !== null) return ended
  const opts = program.opts<MergeOptions>()
  // a report that cannot be read, is no report (ReportFileError) or does not combine (MergeError): exit 2
  const reports = program.args.map(readReportFile)
  const merged: MatrixReport = mergeReports(reports)
  const evaluation = evaluateReport(merged, opts.failOn)
  merged.verdict = evaluation.verdict
  const json = JSON.stringify(merged, null, 2) + '\n'
  if (opts.out) writeUserFile(opts.out, json)
  if (opts.sarif) writeUserFile(opts.sarif, JSON.stringify(toSarif(merged), null, 2) + '\n')
  if (opts.summary) {
    const overflow = selectAnnotations(merged).overflow
    writeUserFile(opts.summary, renderSummary(merged, { overflow, verdictNote: evaluation.reason }), { append: true })
  }
  if (opts.annotate && evaluation.verdict !== 'error') {
    for (const a of selectAnnotations(merged)) {
      const props = {
        file: a.file,
        line: a.line,
        endLine: a.endLine,
        col: a.column,
        endColumn: a.endColumn,
        title: a.title,
      }
      process.stdout.write(workflowCommand(a.severity, props, a.message) + '\n')
    }
  }
  if (opts.json) process.stdout.write(json)
  else printOut(formatGrid(merged) + `${evaluation.reason}\n`)
  return exitCodeOfVerdict(evaluation.verdict)
}
