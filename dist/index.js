import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  parseMatrixConfig
} from "./chunks/chunk-STGKHULK.js";
import {
  ReportFileError,
  parseReportJson,
  renderSummary,
  targetsFromList,
  toSarif
} from "./chunks/chunk-NV3PWFVW.js";
import {
  diffReports,
  findingIdentity,
  formatDuration,
  newGapIdentities,
  selectAnnotations
} from "./chunks/chunk-ZZS42RWW.js";
import {
  ALL_AXES,
  ConfigError,
  defaultMatrixConfig,
  hostGoArch,
  parseDuration,
  planMatrix,
  shardPlan,
  shellWords
} from "./chunks/chunk-OPAPNX32.js";
import {
  FAIL_ON_VALUES,
  didYouMean,
  evaluateReport,
  infrastructureMessages,
  newStopToken,
  parseShard,
  workflowCommand,
  wrapUntrusted
} from "./chunks/chunk-FOP2SIUH.js";
import "./chunks/chunk-PLQKMIQ7.js";
import "./chunks/chunk-XIJAJIPL.js";
import "./chunks/chunk-MTCQCEN2.js";
import "./chunks/chunk-K7JWVYMN.js";
import "./chunks/chunk-MUPL4P2E.js";
import {
  Inputs,
  Outputs,
  State
} from "./chunks/chunk-AEFVLKM4.js";
import {
  classifyError
} from "./chunks/chunk-7SNLVPQW.js";
import {
  UserError
} from "./chunks/chunk-JQT2NS4W.js";
import {
  endGroup,
  error,
  getState,
  info,
  saveState,
  setOutput,
  startGroup,
  summary
} from "./chunks/chunk-LE7BH7BB.js";
import "./chunks/chunk-IBEVECVS.js";
import "./chunks/chunk-54MS2K6W.js";

// src/action/main.ts
import { randomBytes } from "node:crypto";
import { existsSync as existsSync2, mkdirSync as mkdirSync2, mkdtempSync, readFileSync as readFileSync2, writeFileSync } from "node:fs";
import os from "node:os";
import path4 from "node:path";

// src/action/artifacts.ts
import { copyFileSync, mkdirSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
function artifactNameFor(base, shard, attempt) {
  const parts = [base];
  if (shard) parts.push(`shard-${shard.index}-of-${shard.count}`);
  if (attempt && attempt !== "1") parts.push(`attempt-${attempt}`);
  return parts.join("-");
}
function createArtifactStore(env, runnerTemp) {
  if (env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL) {
    return {
      kind: "github",
      async upload(name, files, root) {
        const { DefaultArtifactClient } = await import("./chunks/artifact-BK47HSXG.js");
        const res = await new DefaultArtifactClient().uploadArtifact(name, files, root, { retentionDays: 14 });
        return `artifact '${name}' (id ${res.id ?? "?"}, ${res.size ?? "?"} bytes)`;
      }
    };
  }
  const dir = path.join(runnerTemp, "abigap-artifacts");
  return {
    kind: "directory",
    async upload(name, files, root) {
      const dest = path.join(dir, name);
      for (const f of files) {
        const to = path.join(dest, path.relative(root, f));
        mkdirSync(path.dirname(to), { recursive: true });
        copyFileSync(f, to);
      }
      return `directory ${dest} (no ACTIONS_RUNTIME_TOKEN: not running under GitHub Actions, artifacts kept locally)`;
    }
  };
}
function listFiles(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(p));
    else if (e.isFile() && statSync(p).size > 0) out.push(p);
  }
  return out.sort();
}

// src/action/config.ts
import { existsSync, readFileSync } from "node:fs";
import path2 from "node:path";

// src/action/inputs.ts
var InputError = class extends UserError {
  constructor(input, message) {
    super("input", `input '${input}': ${message}`);
    this.input = input;
  }
  input;
  name = "InputError";
};
function inputEnvName(name) {
  return `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
}
function getInputs(env = process.env) {
  const raw = (name) => (env[inputEnvName(name)] ?? "").trim();
  const optional = (name) => raw(name) || null;
  const bool = (name, dflt) => {
    const v = raw(name);
    if (!v) return dflt;
    if (/^(true|yes|on|1)$/i.test(v)) return true;
    if (/^(false|no|off|0)$/i.test(v)) return false;
    throw new InputError(name, `expected true or false, got '${v}'`);
  };
  const list = (name) => raw(name).split(/[\n,]/).map((s) => s.replace(/^\s*-\s+/, "").trim()).filter((s) => s && !s.startsWith("#"));
  const oneOf = (name, values, dflt) => {
    const v = raw(name) || dflt;
    if (!values.includes(v)) {
      throw new InputError(name, `expected one of ${values.join(", ")}, got '${v}'`);
    }
    return v;
  };
  const config = optional(Inputs.config);
  const configYaml = optional(Inputs.configYaml);
  if (config && configYaml)
    throw new InputError(Inputs.configYaml, `give either 'config' (a file) or 'config-yaml', not both`);
  const targets = list(Inputs.targets);
  if (!config && !configYaml && targets.length === 0) {
    throw new InputError(
      Inputs.targets,
      `no targets: set 'targets' (images, e.g. debian:11, alpine:3.19) or 'config' (a matrix file)`
    );
  }
  for (const t of targets) {
    if (/\s/.test(t))
      throw new InputError(
        Inputs.targets,
        `'${t}' is not an image reference (no spaces; one per line or comma-separated)`
      );
  }
  const runTimeout = optional(Inputs.runTimeout);
  if (runTimeout && !/^\d+(\.\d+)?\s*(ms|s|m|h)?$/.test(runTimeout)) {
    throw new InputError(Inputs.runTimeout, `expected a duration like 10s, 2m or 500ms, got '${runTimeout}'`);
  }
  const shardText = optional(Inputs.shard);
  let shard = null;
  if (shardText) {
    const parsed = parseShard(shardText);
    if ("error" in parsed) throw new InputError(Inputs.shard, parsed.error);
    shard = parsed.count > 1 ? parsed : null;
  }
  const failOn = oneOf(Inputs.failOn, FAIL_ON_VALUES, "error");
  const baseline = optional(Inputs.baseline);
  const baselineRef = optional(Inputs.baselineRef);
  if (baseline && baselineRef) {
    throw new InputError(
      Inputs.baselineRef,
      `give either 'baseline' (a report) or 'baseline-ref' (a git ref), not both`
    );
  }
  if (baselineRef && (baselineRef.startsWith("-") || /\s/.test(baselineRef))) {
    throw new InputError(Inputs.baselineRef, `'${baselineRef}' is not a git ref`);
  }
  if (failOn === "regression" && !baseline && !baselineRef) {
    throw new InputError(
      Inputs.failOn,
      `'regression' compares against a base report: set 'baseline' (its path) or 'baseline-ref' (a git ref, e.g. the pull request's base SHA)`
    );
  }
  const artifactName = raw(Inputs.artifactName) || "abigap";
  if (/[":<>|*?\\/\r\n]/.test(artifactName)) {
    throw new InputError(
      Inputs.artifactName,
      `'${artifactName}' contains characters artifact names cannot have (" : < > | * ? \\ /)`
    );
  }
  const workingDirectory = raw(Inputs.workingDirectory) || ".";
  if (workingDirectory.split(/[\\/]/).includes("..") || workingDirectory.startsWith("/")) {
    throw new InputError(Inputs.workingDirectory, `must be a path inside the repository, got '${workingDirectory}'`);
  }
  return {
    config,
    configYaml,
    targets,
    variants: list(Inputs.variants),
    package: optional(Inputs.package),
    workingDirectory,
    builder: optional(Inputs.builder),
    runArgs: optional(Inputs.runArgs),
    runTimeout,
    failOn,
    annotations: bool(Inputs.annotations, true),
    uploadArtifacts: bool(Inputs.uploadArtifacts, true),
    artifactName,
    sarifFile: optional(Inputs.sarifFile),
    baseline,
    baselineRef,
    shard,
    docker: raw(Inputs.docker) ? oneOf(Inputs.docker, ["auto", "required", "off"], "required") : null,
    dockerHost: optional(Inputs.dockerHost)
  };
}

// src/action/config.ts
var INPUT_ORIGIN = { configYaml: `${Inputs.configYaml} input`, targets: `${Inputs.targets} input` };
function resolveConfig(inputs, workspace, env) {
  const cwd = path2.resolve(workspace, inputs.workingDirectory);
  if (!existsSync(cwd)) throw new InputError(Inputs.workingDirectory, `no such directory: ${inputs.workingDirectory}`);
  const ownFiles = /* @__PURE__ */ new Set();
  const workflow = workflowFile(workspace, env);
  let config;
  if (inputs.config) {
    const inRoot = path2.resolve(workspace, inputs.config);
    const inCwd = path2.resolve(cwd, inputs.config);
    const abs = existsSync(inRoot) ? inRoot : inCwd;
    const rel = toPosix(path2.relative(workspace, abs));
    if (!existsSync(abs)) throw new InputError(Inputs.config, `no such file: ${inputs.config}`);
    config = parseMatrixConfig(readFileSync(abs, "utf8"), rel);
    ownFiles.add(rel);
  } else if (inputs.configYaml) {
    config = parseMatrixConfig(inputs.configYaml, INPUT_ORIGIN.configYaml);
    locateInWorkflow(config.targets, workspace, workflow);
  } else {
    const axes = inputs.variants.length ? ALL_AXES : void 0;
    config = defaultMatrixConfig(INPUT_ORIGIN.targets, inputs.package ?? ".", inputTargets(inputs.targets), axes);
    locateInWorkflow(config.targets, workspace, workflow);
  }
  if (workflow) ownFiles.add(workflow);
  if (inputs.package && (inputs.config || inputs.configYaml)) config.package = inputs.package;
  if (inputs.builder) config.builder = inputs.builder;
  if (inputs.runArgs) config.run.args = shellWords(inputs.runArgs);
  if (inputs.runTimeout) {
    try {
      config.run.timeoutMs = parseDuration(inputs.runTimeout);
    } catch (e) {
      throw new InputError(Inputs.runTimeout, e.message);
    }
  }
  if (inputs.targets.length && (inputs.config || inputs.configYaml)) {
    config.targets = inputTargets(inputs.targets);
    locateInWorkflow(config.targets, workspace, workflow);
  }
  config.docker.mode = inputs.docker ?? (inputs.config || inputs.configYaml ? config.docker.mode : "required");
  let plan = planMatrix(config, { hostArch: hostGoArch() });
  if (inputs.variants.length) plan = selectVariants(config, plan, inputs.variants);
  plan = shardPlan(plan, inputs.shard);
  const moduleRoot = path2.resolve(cwd, config.workingDirectory);
  return { config, plan, cwd, moduleRoot, ownFiles };
}
function inputTargets(items) {
  const targets = targetsFromList(items);
  if ("error" in targets) throw new InputError(Inputs.targets, targets.error);
  return targets;
}
function selectVariants(config, plan, names) {
  const builder = config.builder;
  const known = plan.variants.map((v) => v.name);
  for (const n of names) {
    if (!known.includes(n)) {
      const guess = didYouMean(n, known);
      throw new InputError(
        Inputs.variants,
        `unknown variant '${n}'${guess ? ` (did you mean '${guess}'?)` : ""}; variants: ${known.join(", ")}`
      );
    }
  }
  const specs = plan.variants.filter((v) => names.includes(v.name)).map((v) => ({
    name: v.name,
    cgo: v.cgo,
    libc: v.libc,
    link: v.link,
    arch: v.arch,
    builder: v.builder === builder ? null : v.builder,
    tags: v.tags.filter((t) => !config.tags.includes(t)),
    cc: v.cc,
    declaredAt: v.declaredAt
  }));
  config.variants = specs;
  config.axes = null;
  config.builders = {};
  const promised = config.promises?.variants;
  if (config.promises && promised) {
    const kept = promised.filter((p) => names.includes(p.variant));
    config.promises = kept.length || config.promises.everyTarget ? { ...config.promises, variants: kept } : null;
  }
  const variants = plan.variants.filter((v) => names.includes(v.name));
  return {
    ...plan,
    variants,
    dropped: [],
    cells: plan.cells.filter((c) => names.includes(c.variant)),
    order: { ...plan.order, variants: variants.map((v) => v.name) }
  };
}
function workflowFile(workspace, env) {
  const ref = env.GITHUB_WORKFLOW_REF ?? "";
  const repo = env.GITHUB_REPOSITORY ?? "";
  const m = /^[^/]+\/[^/]+\/(.+?)@/.exec(ref);
  const rel = m ? m[1] : repo && ref.startsWith(`${repo}/`) ? ref.slice(repo.length + 1).replace(/@.*$/, "") : null;
  if (!rel || rel.includes("..")) return null;
  return existsSync(path2.join(workspace, rel)) ? rel : null;
}
function locateInWorkflow(targets, workspace, workflow) {
  let lines = [];
  try {
    if (workflow) lines = readFileSync(path2.join(workspace, workflow), "utf8").split("\n");
  } catch {
  }
  for (const t of targets) {
    const i = lines.findIndex((l) => new RegExp(`(^|[\\s,'"\\[-])${escapeRegExp(t.ref)}($|[\\s,'"\\]])`).test(l));
    t.declaredAt = workflow && i >= 0 ? { file: workflow, line: i + 1, column: lines[i].indexOf(t.ref) + 1 } : null;
  }
}
function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function toPosix(p) {
  return p.split(path2.sep).join("/");
}

// src/action/io.ts
function coreIO() {
  return {
    write: (text) => void process.stdout.write(text),
    info: (line) => info(line),
    startGroup: (name) => startGroup(name),
    endGroup: () => endGroup(),
    setOutput: (name, value) => setOutput(name, value),
    appendSummary: async (markdown) => {
      if (!process.env.GITHUB_STEP_SUMMARY) {
        info("abigap: GITHUB_STEP_SUMMARY is not set (not on a runner): job summary not written");
        return;
      }
      await summary.addRaw(markdown, true).write();
    },
    saveState: (name, value) => saveState(name, value),
    getState: (name) => getState(name),
    setFailed: (message, props) => {
      process.exitCode = 1;
      error(message, {
        ...props?.title ? { title: props.title } : {},
        ...props?.file ? { file: props.file } : {},
        ...props?.line ? { startLine: props.line } : {},
        ...props?.column ? { startColumn: props.column } : {}
      });
    }
  };
}

// src/action/preflight.ts
import { accessSync, constants, statSync as statSync2 } from "node:fs";
import path3 from "node:path";
var ToolMissingError = class extends UserError {
  name = "ToolMissingError";
  constructor(message) {
    super("tool", message);
  }
};
function findOnPath(name, envPath) {
  for (const dir of (envPath ?? "").split(path3.delimiter)) {
    if (!dir) continue;
    const candidate = path3.join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      if (statSync2(candidate).isFile()) return candidate;
    } catch {
    }
  }
  return null;
}
function checkGoForHostBuilds(plan, envPath) {
  const hostVariants = plan.variants.filter((v) => v.builder === "host");
  if (!hostVariants.length || findOnPath("go", envPath)) return;
  throw new ToolMissingError(
    `Go is not on PATH, and variant(s) ${hostVariants.map((v) => v.name).join(", ")} build on the host: add actions/setup-go before this step, or set 'builder' to a Go builder image`
  );
}

// src/action/sinks.ts
var openToken = null;
function resumeCommands(io) {
  if (openToken) io.write(`
::${openToken}::
`);
  openToken = null;
}
function actionSinks(io, verbose = true) {
  let token = null;
  const timings = {};
  const line = (text) => {
    const clean = text.replace(/\r/g, "");
    if (token) io.write(clean.endsWith("\n") ? clean : clean + "\n");
    else io.write(wrapUntrusted(clean));
  };
  return {
    timings,
    log: line,
    progress: verbose ? line : void 0,
    async group(name, fn) {
      if (token) return fn();
      const started = Date.now();
      io.startGroup(`abigap: ${name}`);
      token = newStopToken();
      openToken = token;
      io.write(`::stop-commands::${token}
`);
      try {
        return await fn();
      } finally {
        if (openToken === token) io.write(`::${token}::
`);
        token = null;
        openToken = null;
        const ms = Date.now() - started;
        timings[name] = ms;
        io.endGroup();
        io.info(`abigap: ${name} took ${formatDuration(ms)}`);
      }
    }
  };
}

// src/action/main.ts
async function run(deps = {}) {
  const env = deps.env ?? process.env;
  const io = deps.io ?? coreIO();
  if (!deps.io) installCrashHandlers(io);
  let inputs;
  try {
    inputs = getInputs(env);
  } catch (e) {
    return fail(io, e, process.cwd());
  }
  const workspace = path4.resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const runnerTemp = env.RUNNER_TEMP ?? os.tmpdir();
  const controller = new AbortController();
  let removeSignalHandlers = () => void 0;
  try {
    const resolved = resolveConfig(inputs, workspace, env);
    checkGoForHostBuilds(resolved.plan, env.PATH);
    let baseline = null;
    if (inputs.baseline) baseline = readReport(path4.resolve(workspace, inputs.baseline), "baseline");
    if (inputs.baselineRef) {
      const { resolveBaselineRef } = await import("./chunks/baseline-ref-6X42C27Q.js");
      await resolveBaselineRef(resolved.config, inputs.baselineRef, resolved.cwd);
    }
    const sessionId = `gh${env.GITHUB_RUN_ID ?? "local"}-${randomBytes(4).toString("hex")}`;
    io.saveState(State.sessionId, sessionId);
    if (inputs.dockerHost) io.saveState(State.dockerHost, inputs.dockerHost);
    const { installSignalCleanup } = await import("./chunks/cleanup-KKYZBZJH.js");
    removeSignalHandlers = installSignalCleanup(controller, { log: (l) => io.info(l) });
    mkdirSync2(runnerTemp, { recursive: true });
    const outDir = mkdtempSync(path4.join(runnerTemp, "abigap-"));
    const sinks = actionSinks(io);
    const runMatrix = deps.runMatrix ?? (await import("./chunks/run-matrix-2FINT6VJ.js")).runMatrix;
    const session = {
      cwd: resolved.cwd,
      sinks,
      signal: controller.signal,
      docker: resolved.config.docker.mode,
      plan: resolved.plan,
      ...inputs.dockerHost ? { dockerHost: inputs.dockerHost } : {},
      sessionId,
      deps: { env }
    };
    const report = await runMatrix(resolved.config, { ...session, outDir });
    if (inputs.baselineRef && !controller.signal.aborted) {
      const { attachBaselineDiff } = await import("./chunks/baseline-ref-6X42C27Q.js");
      await attachBaselineDiff(report, resolved.config, inputs.baselineRef, session);
    }
    if (controller.signal.aborted) report.infrastructureErrors.push("cancelled");
    const mapPath = pathMapper(workspace, resolved.moduleRoot, resolved.ownFiles);
    const publishStarted = Date.now();
    io.startGroup("abigap: annotations, summary, artifacts");
    if (baseline) report.diff = diffReports(baseline, report);
    const evaluation = evaluateReport(report, inputs.failOn, report.diff ?? null);
    report.verdict = evaluation.verdict;
    const reportPath = path4.join(outDir, "report.json");
    writeFileSync(reportPath, JSON.stringify(report, null, 2) + "\n");
    let overflow = [];
    if (evaluation.verdict !== "error" && inputs.annotations) {
      const only = inputs.failOn === "regression" && report.diff ? newGapIdentities(report.diff) : null;
      const selection = selectAnnotations(report, {
        mapPath,
        ...only ? { include: (f) => only.has(findingIdentity(f)) } : {}
      });
      overflow = selection.overflow;
      for (const a of selection) {
        io.write(
          workflowCommand(
            a.severity,
            { file: a.file, line: a.line, endLine: a.endLine, col: a.column, endColumn: a.endColumn, title: a.title },
            a.message
          ) + "\n"
        );
      }
      io.info(
        `abigap: ${selection.length} annotation(s)${overflow.length ? `, ${overflow.length} more listed in the job summary` : ""}`
      );
    }
    const summary2 = renderSummary(report, { overflow, verdict: evaluation.verdict, verdictNote: evaluation.reason });
    writeFileSync(path4.join(outDir, "summary.md"), summary2);
    await io.appendSummary(summary2);
    let sarifPath = "";
    if (inputs.sarifFile) {
      sarifPath = path4.resolve(workspace, inputs.sarifFile);
      const sarif = JSON.stringify(toSarif(report, { mapPath }), null, 2) + "\n";
      writeSarifFile(sarifPath, sarif);
      writeFileSync(path4.join(outDir, "report.sarif"), sarif);
    }
    io.setOutput(Outputs.verdict, evaluation.verdict);
    io.setOutput(Outputs.report, reportPath);
    io.setOutput(Outputs.floor, JSON.stringify(floorOutput(report)));
    io.setOutput(Outputs.sarif, sarifPath);
    io.setOutput(Outputs.summary, evaluation.reason);
    if (inputs.uploadArtifacts) {
      const store = deps.artifacts ?? createArtifactStore(env, runnerTemp);
      const name = artifactNameFor(inputs.artifactName, inputs.shard, env.GITHUB_RUN_ATTEMPT);
      try {
        io.info(`abigap: artifacts \u2192 ${await store.upload(name, listFiles(outDir), outDir)}`);
      } catch (e) {
        io.write(workflowCommand("warning", { title: "abigap: artifact upload failed" }, e.message) + "\n");
      }
    }
    io.endGroup();
    io.info(`abigap: publishing took ${Date.now() - publishStarted} ms`);
    if (evaluation.verdict === "error") {
      const infra = infrastructureMessages(report);
      io.setFailed(`abigap: infrastructure error, no ABI verdict: ${infra.join("; ") || evaluation.reason}`);
    } else if (evaluation.verdict === "fail") {
      io.setFailed(`abigap: ${evaluation.reason}`);
    } else {
      io.info(`abigap: ${evaluation.reason}`);
    }
  } catch (e) {
    return fail(io, e, workspace);
  } finally {
    removeSignalHandlers();
  }
}
var USER_CONTEXT = { baseline: "baseline-ref: " };
function fail(io, e, workspace) {
  io.setOutput(Outputs.verdict, "error");
  const c = classifyError(e);
  if (c.error instanceof ConfigError) {
    failOnConfig(io, c.error, workspace);
    return;
  }
  io.setFailed(failureLine(io, c));
}
function failureLine(io, c) {
  if (c.kind === "user") return `abigap: ${(c.code && USER_CONTEXT[c.code]) ?? ""}${c.message}`;
  if (c.kind === "infrastructure") return `abigap: infrastructure error, no ABI verdict: ${c.message}`;
  if (c.stack) io.info(c.stack);
  return `abigap: internal error: ${c.message} (please report this)`;
}
function failOnConfig(io, e, workspace) {
  const fromInput = e.file === INPUT_ORIGIN.configYaml || e.file === INPUT_ORIGIN.targets;
  const real = e.file && !fromInput && existsSync2(path4.resolve(workspace, e.file)) ? e.file : void 0;
  const text = e.problems.map(
    (p) => p.file === INPUT_ORIGIN.targets && p.key ? `'${p.key}': ${p.message}` : `${p.file}:${p.line}:${p.column}: ${p.key ? `${p.key}: ` : ""}${p.message}`
  ).join("\n");
  io.setFailed(`abigap: invalid matrix config: ${text}`, {
    title: "abigap: invalid matrix config",
    ...real ? { file: real, line: e.line, column: e.column } : {}
  });
}
function writeSarifFile(file, text) {
  try {
    mkdirSync2(path4.dirname(file), { recursive: true });
    writeFileSync(file, text);
  } catch (e) {
    const why = e.code ?? e.message;
    throw new InputError(Inputs.sarifFile, `cannot write ${file}: ${why}`);
  }
}
function readReport(file, what) {
  if (!existsSync2(file)) throw new ReportFileError(`${what}: no such file: ${file}`);
  try {
    return parseReportJson(readFileSync2(file, "utf8"), file);
  } catch (e) {
    throw new ReportFileError(`${what}: ${e.message}`);
  }
}
function pathMapper(workspace, moduleRoot, ownFiles) {
  return (file) => {
    if (ownFiles.has(file)) return file;
    const abs = path4.isAbsolute(file) ? file : path4.resolve(moduleRoot, file);
    const rel = path4.relative(workspace, abs);
    if (!rel || rel.startsWith("..") || path4.isAbsolute(rel)) return null;
    return rel.split(path4.sep).join("/");
  };
}
function floorOutput(report) {
  const out = {};
  for (const v of report.variants) out[v.name] = report.builds.find((b) => b.variant === v.name)?.floor ?? null;
  return out;
}
var crashed = false;
function installCrashHandlers(io) {
  const handler = (e) => {
    if (crashed) return;
    crashed = true;
    resumeCommands(io);
    io.setFailed(failureLine(io, classifyError(e)));
    process.exit(1);
  };
  process.on("uncaughtException", handler);
  process.on("unhandledRejection", handler);
}

// src/action/index.ts
await run();
