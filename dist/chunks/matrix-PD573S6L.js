import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  writeUserFile
} from "./chunk-EJN7BIZP.js";
import {
  attachBaselineDiff,
  resolveBaselineRef
} from "./chunk-MQPOIY7F.js";
import {
  runMatrix
} from "./chunk-3BBBSPCC.js";
import "./chunk-LKIEOEYU.js";
import "./chunk-FL3LMZPF.js";
import "./chunk-BWXTYJ3K.js";
import {
  Command,
  Option
} from "./chunk-PDI5OQZ3.js";
import "./chunk-PZNQ4IVZ.js";
import {
  parseMatrixConfig
} from "./chunk-STGKHULK.js";
import {
  formatGrid
} from "./chunk-NV3PWFVW.js";
import "./chunk-ZZS42RWW.js";
import "./chunk-OPAPNX32.js";
import {
  FAIL_ON_VALUES,
  evaluateReport,
  parseShard,
  stripControl
} from "./chunk-FOP2SIUH.js";
import "./chunk-PLQKMIQ7.js";
import "./chunk-XIJAJIPL.js";
import "./chunk-MTCQCEN2.js";
import "./chunk-K7JWVYMN.js";
import "./chunk-MUPL4P2E.js";
import {
  parseCommandLine,
  printErr,
  printOut,
  reportingErrors,
  usageError
} from "./chunk-L37ITCKO.js";
import {
  ExitCode,
  exitCodeOfVerdict
} from "./chunk-7SNLVPQW.js";
import "./chunk-JQT2NS4W.js";
import "./chunk-ODQOTO54.js";
import "./chunk-IBEVECVS.js";
import "./chunk-54MS2K6W.js";

// src/cli/commands/matrix.ts
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

// src/pipeline/sinks.ts
function streamSinks(write, verbose = false) {
  return {
    log: (line) => write(`${line}
`),
    async group(name, fn) {
      const started = Date.now();
      write(`\u25B8 ${name}
`);
      try {
        return await fn();
      } finally {
        write(`  ${name}: ${((Date.now() - started) / 1e3).toFixed(1)} s
`);
      }
    },
    progress: verbose ? (line) => write(`  ${line}
`) : void 0
  };
}

// src/cli/commands/matrix.ts
var ICON = { error: "\u2718", warning: "\u26A0", notice: "\u2714" };
var run = reportingErrors(matrixCommand);
async function matrixCommand(argv) {
  const program = new Command("abigap matrix").description("build every variant, check it against every target, run it there when Docker is available").option("-c, --config <file>", "matrix config (YAML)", "abigap.yml").option("--json", "print the JSON report on stdout (progress goes to stderr)").option("-o, --out <dir>", "keep binaries (bin/), logs (logs/) and report.json in this directory").option("--no-run", "static verdicts only: do not run the binaries in target containers").option("--shard <i/n>", "build and check only shard i of n (1-based) of the variant \xD7 target cells").addOption(new Option("--docker <mode>", "use Docker: auto, required, or off").choices(["auto", "required", "off"])).option(
    "--baseline-ref <ref>",
    "regression mode: also build the same matrix at this git ref (a temporary worktree; static verdicts) and add a diff section"
  ).addOption(
    new Option(
      "--fail-on <mode>",
      "exit 1 on: error findings, warning (or error) findings, regression (new gaps only), never"
    ).choices([...FAIL_ON_VALUES]).default("error")
  ).option("-v, --verbose", "stream build and run output");
  const ended = parseCommandLine(program, argv);
  if (ended !== null) return ended;
  if (program.args.length) return usageError(`matrix: unexpected argument '${program.args[0]}'`);
  const opts = program.opts();
  let shard = null;
  if (opts.shard) {
    const parsed = parseShard(opts.shard);
    if ("error" in parsed) return usageError(`matrix: --shard: ${parsed.error}`);
    shard = parsed;
  }
  if (opts.failOn === "regression" && !opts.baselineRef) {
    return usageError(`matrix: --fail-on regression compares against a base: give --baseline-ref REF`);
  }
  const configPath = path.resolve(opts.config);
  if (!existsSync(configPath) || !statSync(configPath).isFile()) {
    return usageError(
      `matrix: config file ${opts.config} not found${opts.config === "abigap.yml" ? " (create abigap.yml or pass --config FILE)" : ""}`
    );
  }
  const display = path.relative(process.cwd(), configPath) || opts.config;
  let report;
  const controller = new AbortController();
  let uninstall = () => void 0;
  try {
    const config = parseMatrixConfig(readFileSync(configPath, "utf8"), display);
    const cleanup = await import("./cleanup-KKYZBZJH.js");
    uninstall = cleanup.installSignalCleanup(controller, { log: (l) => printErr(`${l}
`) });
    const sinks = streamSinks((t) => printErr(t), opts.verbose === true);
    const common = {
      cwd: path.dirname(configPath),
      sinks,
      signal: controller.signal,
      docker: opts.docker,
      shard,
      // the face hands the environment in (GITHUB_REPOSITORY/GITHUB_REF scope the build caches)
      deps: { env: process.env }
    };
    if (opts.baselineRef) await resolveBaselineRef(config, opts.baselineRef, common.cwd);
    report = await runMatrix(config, {
      ...common,
      outDir: opts.out ? path.resolve(opts.out) : void 0,
      noRun: opts.run === false
    });
    if (opts.baselineRef) await attachBaselineDiff(report, config, opts.baselineRef, common);
    report.verdict = evaluateReport(report, opts.failOn).verdict;
    if (opts.out)
      writeUserFile(path.join(path.resolve(opts.out), "report.json"), JSON.stringify(report, null, 2) + "\n");
  } finally {
    uninstall();
  }
  if (opts.json) process.stdout.write(JSON.stringify(report, null, 2) + "\n");
  else {
    printOut(formatGrid(report));
    if (report.diff) {
      printOut(`
changes against ${opts.baselineRef}:
`);
      if (!report.diff.length) printOut("  none\n");
      for (const d of report.diff) printOut(`  ${ICON[d.severity]} ${stripControl(d.message).replace(/\n/g, " ")}
`);
    }
  }
  if (opts.out) printErr(`abigap: binaries, logs and report.json kept in ${opts.out}
`);
  const code = exitCodeOfVerdict(report.verdict);
  if (code === ExitCode.infrastructure) {
    printErr(`abigap: infrastructure error \u2014 no verdict: ${report.infrastructureErrors[0] ?? "a run failed"}
`);
  }
  return code;
}
export {
  run
};
