import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  Command,
  Option
} from "./chunk-PDI5OQZ3.js";
import {
  ReportFileError,
  parseReportJson
} from "./chunk-XY3JLMZ7.js";
import {
  diffReports
} from "./chunk-BHXANQRF.js";
import {
  evaluateReport,
  stripControl
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

// src/cli/commands/diff.ts
import { readFileSync, writeFileSync } from "node:fs";
var ICON = { error: "\u2718", warning: "\u26A0", notice: "\u2714" };
async function run(argv) {
  const program = new Command("abigap diff").description(
    "what changed between a base report and a head report: floors, newly incompatible/fixed targets, needed libraries, new gaps"
  ).argument("<base>", "the base report (report.json of the base branch)").argument("<head>", "the head report").option("--json", "print the head report with its diff section as JSON").option("-o, --out <file>", "write the head report with its diff section to this file").addOption(
    new Option("--fail-on <mode>", "exit 1 on new gaps (regression) or never").choices(["regression", "never"]).default("regression")
  );
  const ended = parseCommandLine(program, argv);
  if (ended !== null) return ended;
  const [basePath, headPath] = program.args;
  const opts = program.opts();
  let base;
  let head;
  try {
    base = parseReportJson(readText(basePath), basePath);
    head = parseReportJson(readText(headPath), headPath);
  } catch (e) {
    if (e instanceof ReportFileError) return usageError(`diff: ${e.message}`);
    throw e;
  }
  const diff = diffReports(base, head);
  const withDiff = { ...head, diff };
  const evaluation = evaluateReport(withDiff, opts.failOn === "never" ? "never" : "regression", diff);
  withDiff.verdict = evaluation.verdict;
  if (opts.out) writeFileSync(opts.out, JSON.stringify(withDiff, null, 2) + "\n");
  if (opts.json) process.stdout.write(JSON.stringify(withDiff, null, 2) + "\n");
  else {
    if (!diff.length) printOut("no changes between the reports\n");
    for (const d of diff) printOut(`${ICON[d.severity]} ${stripControl(d.message).replace(/\n/g, " ")}
`);
    printOut(`${evaluation.reason}
`);
  }
  if (evaluation.verdict === "error") return ExitCode.profileUnavailable;
  return evaluation.verdict === "fail" ? ExitCode.findings : ExitCode.ok;
}
function readText(file) {
  try {
    return readFileSync(file, "utf8");
  } catch (e) {
    throw new ReportFileError(`cannot read ${file}: ${e.code ?? e.message}`);
  }
}
export {
  run
};
