import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  readReportFile,
  writeUserFile
} from "./chunk-EJN7BIZP.js";
import {
  Command,
  Option
} from "./chunk-PDI5OQZ3.js";
import {
  formatGrid,
  mergeReports,
  renderSummary,
  toSarif
} from "./chunk-NV3PWFVW.js";
import {
  selectAnnotations
} from "./chunk-ZZS42RWW.js";
import {
  evaluateReport,
  workflowCommand
} from "./chunk-FOP2SIUH.js";
import "./chunk-PLQKMIQ7.js";
import "./chunk-XIJAJIPL.js";
import "./chunk-MTCQCEN2.js";
import "./chunk-K7JWVYMN.js";
import "./chunk-MUPL4P2E.js";
import {
  parseCommandLine,
  printOut,
  reportingErrors
} from "./chunk-L37ITCKO.js";
import {
  exitCodeOfVerdict
} from "./chunk-7SNLVPQW.js";
import "./chunk-JQT2NS4W.js";
import "./chunk-IBEVECVS.js";
import "./chunk-54MS2K6W.js";

// src/cli/commands/merge.ts
var run = reportingErrors(mergeCommand);
async function mergeCommand(argv) {
  const program = new Command("abigap merge").description("combine shard reports (abigap matrix --shard i/n) into one report").argument("<reports...>", "shard report.json files").option("--json", "print the merged report as JSON (default: the grid)").option("-o, --out <file>", "write the merged report to this file").option("--sarif <file>", "write SARIF 2.1.0 for the merged report").option("--annotate", "print GitHub annotations (workflow commands) for the merged report").option("--summary <file>", 'write the markdown summary (e.g. "$GITHUB_STEP_SUMMARY")').addOption(
    new Option("--fail-on <level>", "exit 1 when findings reach this level").choices(["error", "warning", "never"]).default("error")
  );
  const ended = parseCommandLine(program, argv);
  if (ended !== null) return ended;
  const opts = program.opts();
  const reports = program.args.map(readReportFile);
  const merged = mergeReports(reports);
  const evaluation = evaluateReport(merged, opts.failOn);
  merged.verdict = evaluation.verdict;
  const json = JSON.stringify(merged, null, 2) + "\n";
  if (opts.out) writeUserFile(opts.out, json);
  if (opts.sarif) writeUserFile(opts.sarif, JSON.stringify(toSarif(merged), null, 2) + "\n");
  if (opts.summary) {
    const overflow = selectAnnotations(merged).overflow;
    writeUserFile(opts.summary, renderSummary(merged, { overflow, verdictNote: evaluation.reason }), { append: true });
  }
  if (opts.annotate && evaluation.verdict !== "error") {
    for (const a of selectAnnotations(merged)) {
      const props = {
        file: a.file,
        line: a.line,
        endLine: a.endLine,
        col: a.column,
        endColumn: a.endColumn,
        title: a.title
      };
      process.stdout.write(workflowCommand(a.severity, props, a.message) + "\n");
    }
  }
  if (opts.json) process.stdout.write(json);
  else printOut(formatGrid(merged) + `${evaluation.reason}
`);
  return exitCodeOfVerdict(evaluation.verdict);
}
export {
  run
};
