import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  readReportFile,
  writeUserFile
} from "./chunk-EJN7BIZP.js";
import {
  Command,
  Option
} from "./chunk-PDI5OQZ3.js";
import "./chunk-NV3PWFVW.js";
import {
  diffReports
} from "./chunk-ZZS42RWW.js";
import {
  evaluateReport,
  stripControl
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

// src/cli/commands/diff.ts
var ICON = { error: "\u2718", warning: "\u26A0", notice: "\u2714" };
var run = reportingErrors(diffCommand);
async function diffCommand(argv) {
  const program = new Command("abigap diff").description(
    "what changed between a base report and a head report: floors, newly incompatible/fixed targets, needed libraries, new gaps"
  ).argument("<base>", "the base report (report.json of the base branch)").argument("<head>", "the head report").option("--json", "print the head report with its diff section as JSON").option("-o, --out <file>", "write the head report with its diff section to this file").addOption(
    new Option("--fail-on <mode>", "exit 1 on new gaps (regression) or never").choices(["regression", "never"]).default("regression")
  );
  const ended = parseCommandLine(program, argv);
  if (ended !== null) return ended;
  const [basePath, headPath] = program.args;
  const opts = program.opts();
  const base = readReportFile(basePath);
  const head = readReportFile(headPath);
  const diff = diffReports(base, head);
  const withDiff = { ...head, diff };
  const evaluation = evaluateReport(withDiff, opts.failOn === "never" ? "never" : "regression", diff);
  withDiff.verdict = evaluation.verdict;
  if (opts.out) writeUserFile(opts.out, JSON.stringify(withDiff, null, 2) + "\n");
  if (opts.json) process.stdout.write(JSON.stringify(withDiff, null, 2) + "\n");
  else {
    if (!diff.length) printOut("no changes between the reports\n");
    for (const d of diff) printOut(`${ICON[d.severity]} ${stripControl(d.message).replace(/\n/g, " ")}
`);
    printOut(`${evaluation.reason}
`);
  }
  return exitCodeOfVerdict(evaluation.verdict);
}
export {
  run
};
