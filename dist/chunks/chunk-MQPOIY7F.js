import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  resolveModule,
  runMatrix
} from "./chunk-3BBBSPCC.js";
import {
  diffReports
} from "./chunk-ZZS42RWW.js";
import {
  ConfigError
} from "./chunk-OPAPNX32.js";
import {
  UserError
} from "./chunk-JQT2NS4W.js";

// src/pipeline/baseline-ref.ts
import { execFile, spawnSync } from "node:child_process";
import { mkdtempSync, realpathSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

// src/pipeline/baseline-error.ts
var BaselineRefError = class extends UserError {
  name = "BaselineRefError";
  constructor(message, options) {
    super("baseline", message, options);
  }
};

// src/pipeline/baseline-ref.ts
var execFileAsync = promisify(execFile);
async function git(cwd, args) {
  try {
    const { stdout } = await execFileAsync("git", ["-C", cwd, ...args], { maxBuffer: 16 << 20 });
    return stdout.trim();
  } catch (e) {
    const err = e;
    if (err.code === "ENOENT") throw new BaselineRefError("git is not installed: regression mode from a ref needs it");
    throw new BaselineRefError(`git ${args.join(" ")}: ${(err.stderr ?? err.message).trim().slice(0, 500)}`);
  }
}
function baselineSinks(inner, ref) {
  return {
    log: (line) => inner.log(`[baseline ${ref}] ${line}`),
    group: (name, fn) => inner.group(`baseline ${ref}: ${name}`, fn),
    ...inner.progress ? { progress: (line) => inner.progress?.(`[baseline ${ref}] ${line}`) } : {}
  };
}
async function resolveBaselineRef(config, ref, cwd) {
  if (!ref || ref.startsWith("-") || /[\s\0]/.test(ref)) throw new BaselineRefError(`'${ref}' is not a git ref`);
  const moduleRoot = realpathSync(resolveModule(config, cwd).moduleRoot);
  const top = realpathSync(await git(moduleRoot, ["rev-parse", "--show-toplevel"]));
  try {
    return { top, moduleRoot, commit: await git(top, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]) };
  } catch {
    throw new BaselineRefError(
      `'${ref}' is not a commit of the repository at ${top} (a shallow checkout lacks the base: fetch it, e.g. actions/checkout with fetch-depth: 0)`
    );
  }
}
async function matrixAtRef(config, ref, opts) {
  const { top, moduleRoot, commit } = await resolveBaselineRef(config, ref, opts.cwd);
  const tmp = mkdtempSync(path.join(os.tmpdir(), "abigap-baseline-"));
  const tree = path.join(tmp, "tree");
  let added = false;
  const onExit = () => {
    if (added) spawnSync("git", ["-C", top, "worktree", "remove", "--force", tree], { stdio: "ignore" });
    rmSync(tmp, { recursive: true, force: true });
    if (added) spawnSync("git", ["-C", top, "worktree", "prune"], { stdio: "ignore" });
  };
  process.once("exit", onExit);
  try {
    await git(top, ["worktree", "add", "--detach", "--quiet", tree, commit]);
    added = true;
    const baseConfig = {
      ...config,
      workingDirectory: path.join(tree, path.relative(top, moduleRoot))
    };
    const sinks = baselineSinks(opts.sinks, ref);
    sinks.log(`building the same matrix at ${ref} (${commit.slice(0, 12)}) in a temporary worktree`);
    try {
      return await runMatrix(baseConfig, { ...opts, cwd: tree, sinks, noRun: true });
    } catch (e) {
      if (e instanceof ConfigError)
        throw new BaselineRefError(`the matrix does not fit ${ref}: ${e.message}`, { cause: e });
      throw e;
    }
  } finally {
    process.removeListener("exit", onExit);
    if (added) await git(top, ["worktree", "remove", "--force", tree]).catch(() => void 0);
    rmSync(tmp, { recursive: true, force: true });
    if (added) await git(top, ["worktree", "prune"]).catch(() => void 0);
  }
}
async function attachBaselineDiff(head, config, ref, opts) {
  const base = await matrixAtRef(config, ref, opts);
  for (const e of base.infrastructureErrors) head.infrastructureErrors.push(`baseline ${ref}: ${e}`);
  head.diff = diffReports(base, head);
  return head;
}

export {
  BaselineRefError,
  resolveBaselineRef,
  matrixAtRef,
  attachBaselineDiff
};
