import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  Command,
  Option
} from "./chunk-PDI5OQZ3.js";
import {
  MergeError,
  ReportFileError,
  formatGrid,
  mergeReports,
  parseReportJson,
  renderSummary,
  toSarif
} from "./chunk-XY3JLMZ7.js";
import {
  selectAnnotations
} from "./chunk-BHXANQRF.js";
import {
  evaluateReport,
  workflowCommand
} from "./chunk-SBEVR3T3.js";
import "./chunk-FV7PBXKF.js";
import "./chunk-ATM5LSGZ.js";
import "./chunk-MBVKVKXZ.js";
import "./chunk-MVP2Y5DM.js";
import "./chunk-B5ZWGRIF.js";
import {
  ExitCode,
  parseCommandLine,
  printOut,
  usageError
} from "./chunk-RUKFS4NN.js";
import "./chunk-54MS2K6W.js";

// src/cli/commands/merge.ts
import { readFileSync, writeFileSync } from "node:fs";
async function run(argv) {
  const program = new Command("abigap merge").description("combine shard reports (abigap matrix --shard i/n) into one report").argument("<reports...>", "shard report.json files").option("--json", "print the merged report as JSON (default: the grid)").option("-o, --out <file>", "write the merged report to this file").option("--sarif <file>", "write SARIF 2.1.0 for the merged report").option("--annotate", "print GitHub annotations (workflow commands) for the merged report").option("--summary <file>", 'write the markdown summary (e.g. "$GITHUB_STEP_SUMMARY")').addOption(
    new Option("--fail-on <level>", "exit 1 when findings reach this level").choices(["error", "warning", "never"]).default("error")
  );
  const ended = parseCommandLine(program, argv);
  if (ended !== null) return ended;
  const opts = program.opts();
  let merged;
  try {
    const reports = program.args.map((file) => {
      let text;
      try {
        text = readFileSync(file, "utf8");
      } catch (e) {
        throw new ReportFileError(`cannot read ${file}: ${e.code ?? e.message}`);
      }
      return parseReportJson(text, file);
    });
    merged = mergeReports(reports);
  } catch (e) {
    if (e instanceof ReportFileError || e instanceof MergeError) return usageError(`merge: ${e.message}`);
    throw e;
  }
  const evaluation = evaluateReport(merged, opts.failOn);
  merged.verdict = evaluation.verdict;
  const json = JSON.stringify(merged, null, 2) + "\n";
  if (opts.out) writeFileSync(opts.out, json);
  if (opts.sarif) writeFileSync(opts.sarif, JSON.stringify(toSarif(merged), null, 2) + "\n");
  if (opts.summary) {
    const overflow = selectAnnotations(merged).overflow;
    writeFileSync(opts.summary, renderSummary(merged, { overflow, verdictNote: evaluation.reason }), { flag: "a" });
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
  if (evaluation.verdict === "error") return ExitCode.profileUnavailable;
  return evaluation.verdict === "fail" ? ExitCode.findings : ExitCode.ok;
}
export {
  run
};
