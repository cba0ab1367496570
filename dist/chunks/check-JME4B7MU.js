import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  archMismatch,
  checkBinary,
  computeFloor,
  describeFloor,
  indexSource,
  muslToolchainRelease,
  reconcileRun,
  staticNssSymbolsOf
} from "./chunk-LKIEOEYU.js";
import {
  StartReads
} from "./chunk-FL3LMZPF.js";
import {
  Command
} from "./chunk-PDI5OQZ3.js";
import {
  inspectFile
} from "./chunk-PZNQ4IVZ.js";
import "./chunk-PLQKMIQ7.js";
import {
  ProfileError,
  embeddedProfiles,
  findProfile,
  parseProfileJson,
  suggestTargets
} from "./chunk-XIJAJIPL.js";
import {
  archOf,
  normaliseArch
} from "./chunk-MTCQCEN2.js";
import "./chunk-K7JWVYMN.js";
import "./chunk-MUPL4P2E.js";
import {
  parseCommandLine,
  printErr,
  printOut,
  reportingErrors,
  safeText,
  usageError
} from "./chunk-L37ITCKO.js";
import {
  ExitCode
} from "./chunk-7SNLVPQW.js";
import {
  UserError
} from "./chunk-JQT2NS4W.js";
import {
  isUnknownImage
} from "./chunk-VV4NPO4R.js";
import {
  InfrastructureError
} from "./chunk-IBEVECVS.js";
import "./chunk-54MS2K6W.js";

// src/io/load-profile.ts
import { readFileSync, statSync } from "node:fs";
var MAX_PROFILE_BYTES = 64 * 1024 * 1024;
function loadProfileFile(path) {
  let text;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new ProfileError(`${path}: not a regular file`, path);
    if (st.size > MAX_PROFILE_BYTES)
      throw new ProfileError(`${path}: ${st.size} bytes is too large for a profile`, path);
    text = readFileSync(path, "utf8");
  } catch (e) {
    if (e instanceof ProfileError) throw e;
    const code = e.code;
    throw new ProfileError(
      `cannot read profile ${path}: ${code === "ENOENT" ? "no such file" : code ?? String(e)}`,
      path
    );
  }
  const p = parseProfileJson(text, path);
  const caveats = [...p.caveats ?? []];
  if (p.profileVersion === 1)
    caveats.push(
      "profile format 1 records no exported symbols: whether each symbol a binary needs is defined stays unknown (re-create it with abigap profile)"
    );
  return {
    ...p,
    source: "file",
    provenance: `${path} (saved ${p.source} profile: ${p.provenance})`,
    ...caveats.length ? { caveats } : {}
  };
}

// src/cli/commands/check-runs.ts
function planRuns(files, facts, targets, platformArch) {
  const requests = [];
  for (const t of targets) {
    if (!t.image) continue;
    const image = t.image;
    files.forEach((file, i) => {
      const f = facts[i];
      const arch = platformArch ?? (f?.elf ? archOf(f.elf) : null);
      const platform = arch ? `linux/${arch}` : void 0;
      let req = requests.find((q) => q.targetId === t.name && q.platform === platform);
      if (!req) {
        req = { targetId: t.name, image, ...platform ? { platform } : {}, binaries: [], args: [], timeoutMs: 1e4 };
        requests.push(req);
      }
      req.binaries.push({ id: String(i), path: file });
    });
  }
  return { requests };
}
function skipsOf(files, targets, results) {
  const ids = /* @__PURE__ */ new Map();
  const lines = [];
  const run2 = new Set(targets.filter((t) => t.image).map((t) => t.name));
  files.forEach((file, i) => {
    for (const r of results) {
      if (r.file !== file || !run2.has(r.target) || !r.gaps.some((g) => g.kind === "arch-mismatch")) continue;
      if (!ids.has(r.target)) ids.set(r.target, /* @__PURE__ */ new Set());
      ids.get(r.target).add(String(i));
      lines.push(
        `${file} not run on ${r.target}: the binary's architecture is not the target's (arch-mismatch is a static verdict; a run on this host would execute it natively or under emulation)`
      );
    }
  });
  return { ids, lines };
}
function startRuns(connect, files, facts, targets, platformArch, startReads) {
  const abort = new AbortController();
  const plan = planRuns(files, facts, targets, platformArch);
  for (const req of plan.requests) {
    const target = targets.find((t) => t.name === req.targetId);
    req.skip = archMismatches(req, facts, target, platformArch).catch(() => /* @__PURE__ */ new Set());
  }
  const cells = (async () => {
    let engine;
    try {
      engine = await connect();
    } catch (e) {
      if (!(e instanceof InfrastructureError)) throw e;
      throw new InfrastructureError(`--run needs Docker: ${e.message}`, { cause: e });
    }
    if (!plan.requests.length) return [];
    return engine.docker.runInTargets(engine.rt, plan.requests, {
      pull: "missing",
      signal: abort.signal,
      startReads: (req) => startReads?.get(req.targetId)
    });
  })();
  cells.finally(() => startReads?.forEach((r) => r.settle(null))).catch(() => void 0);
  cells.catch(() => void 0);
  return {
    async finish(results) {
      const skips = skipsOf(files, targets, results);
      const skipped = /* @__PURE__ */ new Map();
      for (const req of plan.requests) {
        for (const id of await req.skip ?? []) {
          if (!skipped.has(req.targetId)) skipped.set(req.targetId, /* @__PURE__ */ new Set());
          skipped.get(req.targetId).add(id);
        }
      }
      if (!sameSkips(skipped, skips.ids)) {
        abort.abort();
        throw new Error("the runs skipped other cells than the verdicts rule out (arch-mismatch): a bug in abigap");
      }
      for (const line of skips.lines) printErr(`abigap: note: ${safeText(line, 600)}
`);
      const done = await cells;
      for (const r of results) r.run = { outcome: "not-run", exitCode: null, agreement: "not-run" };
      return applyRuns(files, results, done);
    },
    async cancel() {
      abort.abort();
      await cells.catch(() => void 0);
    }
  };
}
async function archMismatches(req, facts, target, platformArch) {
  const ids = await Promise.all(
    req.binaries.map(async (b) => {
      const f = facts[Number(b.id)];
      const arches = await target.archesFor(platformArch ?? (f.elf ? archOf(f.elf) : null));
      return archMismatch(f, arches) ? b.id : null;
    })
  );
  return new Set(ids.filter((id) => id !== null));
}
function sameSkips(a, b) {
  const keys = /* @__PURE__ */ new Set([...a.keys(), ...b.keys()]);
  return [...keys].every((k) => {
    const x = a.get(k) ?? /* @__PURE__ */ new Set();
    const y = b.get(k) ?? /* @__PURE__ */ new Set();
    return x.size === y.size && [...x].every((id) => y.has(id));
  });
}
function applyRuns(files, results, cells) {
  const infraErrors = [];
  for (const cell of cells) {
    const file = files[Number(cell.binaryId)];
    const r = results.find((x) => x.file === file && x.target === cell.targetId);
    if (!r) continue;
    const agreement = reconcileRun(r, cell.run);
    r.run = { outcome: cell.run.outcome, exitCode: cell.run.exitCode, agreement };
    if (cell.run.outcome === "infrastructure-error") {
      const why = (cell.run.error ?? cell.run.stderr).replace(/\s+/g, " ").trim() || "the run failed";
      infraErrors.push(safeText(`${file} on ${r.target}: ${why}`, 600));
    }
  }
  return infraErrors;
}

// src/cli/commands/check.ts
var WIDTH = 100;
var collect = (v, prev) => [...prev, v];
var run = reportingErrors(checkCommand);
async function checkCommand(argv) {
  const cmd = new Command("abigap check").description("static verdicts for every file \xD7 target: will these binaries run there, and if not, why").option(
    "--target <image>",
    "target image (embedded name like debian:12, or a local image to probe); repeatable",
    collect,
    []
  ).option("--profile <file>", "target profile JSON (from abigap profile --json); repeatable", collect, []).option("--source <dir>", "Go source tree, to point at the lines that need each symbol").option("--platform <os/arch>", "architecture of embedded targets (default: each binary's own)").option("--run", "also run each binary in each target image (Docker) and cross-check the verdicts").option("--offline", "never use Docker: embedded targets and profile files only").option("--json", "print one JSON document (schemaVersion 1)").argument("<file...>", "binaries to check").addHelpText(
    "after",
    "\nTargets: embedded names (abigap profile --list) work offline; other names are probed through Docker.\nExit status: 0 every file runs on every target, 1 some does not (or could not be analysed),\n2 usage error (unknown target: close names are listed), 3 a target profile could not be obtained\n(infrastructure error: no engine, a probe or run that failed), 4 a bug in abigap."
  );
  const ended = parseCommandLine(cmd, argv);
  if (ended !== null) return ended;
  const opts = cmd.opts();
  const files = cmd.processedArgs[0];
  if (!opts.target.length && !opts.profile.length)
    return usageError("check needs at least one --target IMAGE or --profile FILE");
  if (opts.run && opts.offline) return usageError("--run needs Docker; it cannot be combined with --offline");
  const platformArch = opts.platform ? normaliseArch(opts.platform) : null;
  const source = opts.source ? await indexSource(opts.source) : void 0;
  const facts = files.map((f) => inspectFile(f));
  const exportsFor = [...new Set(facts.flatMap((f) => f.needed))];
  const muslReady = facts.some((f) => f.needed.length) ? muslToolchainRelease() : Promise.resolve(null);
  muslReady.catch(() => void 0);
  const engine = engineOnce();
  const startReads = opts.run ? new Map(opts.target.filter((n) => !findProfile(n)).map((n) => [n, new StartReads(exportsFor)])) : void 0;
  const runs = opts.run ? startRuns(
    engine,
    files,
    facts,
    opts.target.map((name) => ({ name, image: name, archesFor: targetArches(name, engine) })),
    platformArch,
    startReads
  ) : null;
  try {
    return await verdicts({ opts, facts, exportsFor, source, muslReady, engine, runs, platformArch, startReads });
  } finally {
    await runs?.cancel();
  }
}
async function verdicts(inputs) {
  const { opts, facts, exportsFor, source, muslReady, engine, runs, platformArch, startReads } = inputs;
  const targets = await resolveTargets(opts, exportsFor, engine, startReads);
  const muslToolchain = await muslReady;
  const results = [];
  const floors = [];
  for (const f of facts) {
    const binArch = f.elf ? archOf(f.elf) : null;
    const nss = staticNssSymbolsOf(f.path, f);
    for (const t of targets) {
      const profile = t.profileFor(platformArch ?? binArch);
      results.push(
        checkBinary(f, profile, {
          targetName: t.name,
          ...source ? { source } : {},
          staticNssSymbols: nss,
          muslToolchain
        })
      );
    }
    floors.push(computeFloor(f, embeddedProfiles(platformArch ?? binArch ?? "amd64")));
  }
  const infraErrors = runs ? await runs.finish(results) : [];
  const report = { schemaVersion: 1, results, floors };
  if (opts.json) process.stdout.write(JSON.stringify(report) + "\n");
  else printOut(renderHuman(report, targets, facts) + "\n");
  for (const line of infraErrors) printErr(`abigap: infrastructure error: ${line}
`);
  if (infraErrors.length) return ExitCode.infrastructure;
  const failed = results.some((r) => r.verdict === "incompatible" || r.gaps.some((g) => g.severity === "error"));
  return failed ? ExitCode.findings : ExitCode.ok;
}
async function resolveTargets(opts, exportsFor, engine, startReads) {
  const out = [];
  for (const file of opts.profile) {
    const p = loadProfileFile(file);
    out.push({ name: p.image, kind: "file", image: null, profileFor: () => p });
  }
  const hint = (n) => {
    const s = suggestTargets(n);
    return s.length ? `; did you mean: ${s.join(", ")}?` : "; run abigap profile --list for the embedded names";
  };
  let docker = null;
  let rt = null;
  let probes = null;
  for (const name of opts.target) {
    const profileFor = embeddedProfileFor(name);
    if (profileFor) {
      out.push({ name, kind: "embedded", image: name, profileFor });
      continue;
    }
    if (opts.offline) throw new UserError("target", `unknown target '${name}'${hint(name)}`);
    if (!docker || !rt) {
      try {
        ;
        ({ docker, rt } = await engine());
      } catch (e) {
        if (!(e instanceof InfrastructureError)) throw e;
        throw new InfrastructureError(
          `cannot probe target '${name}': not in abigap's embedded knowledge, and Docker is not available to probe it (${e.message})${hint(name)}`,
          { cause: e }
        );
      }
    }
    if (!probes) {
      const d = docker;
      const r = rt;
      const names = opts.target.filter((n) => !findProfile(n));
      const settled = Promise.all(
        names.map(
          (n) => d.probeImage(r, n, {
            pull: "missing",
            exportsFor,
            containers: names.length > 1 ? 1 : 3,
            ...startReads?.has(n) ? { startReads: startReads.get(n) } : {}
          }).then(
            (profile) => ({ profile }),
            (error) => ({ error })
          )
        )
      );
      probes = settled.then((all) => new Map(names.map((n, i) => [n, all[i]])));
    }
    let p;
    try {
      const probed = (await probes).get(name);
      if ("error" in probed) throw probed.error;
      p = probed.profile;
    } catch (e) {
      if (!(e instanceof InfrastructureError)) throw e;
      const why = e.message;
      if (e instanceof docker.ImageUnavailableError && isUnknownImage(why))
        throw new UserError("target", `unknown target '${name}': ${why}${hint(name)}`, { cause: e });
      throw new InfrastructureError(`could not probe image '${name}': ${why}${hint(name)}`, { cause: e });
    }
    out.push({ name, kind: "image", image: name, profileFor: () => p });
  }
  return out;
}
function embeddedProfileFor(name) {
  const base = findProfile(name);
  return base ? (arch) => arch ? findProfile(name, arch) ?? base : base : null;
}
function targetArches(name, engine) {
  const profileFor = embeddedProfileFor(name);
  if (profileFor) return async (arch) => profileFor(arch).arch;
  let image = null;
  return () => image ??= engine().then(async ({ docker, rt }) => [
    (await docker.ensureImage(rt, name, { pull: "missing" })).arch
  ]);
}
function engineOnce() {
  let connected = null;
  return () => {
    connected ??= import("./docker-APOVR652.js").then(async (docker) => ({ docker, rt: await docker.connectDocker() }));
    return connected;
  };
}
var MARK = { compatible: "\u2713", incompatible: "\u2717", unknown: "?" };
function wrap(text, indent, width = WIDTH) {
  const room = Math.max(20, width - indent.length - 1);
  const words = text.split(/\s+/).filter(Boolean).flatMap((w) => w.length <= room ? [w] : w.match(new RegExp(`.{1,${room}}`, "gu")) ?? [w]);
  const lines = [];
  let cur = indent;
  for (const w of words) {
    if (cur.length + w.length + 1 > width && cur.trim()) {
      lines.push(cur.trimEnd());
      cur = indent;
    }
    cur += (cur.trim() ? " " : "") + w;
  }
  if (cur.trim()) lines.push(cur.trimEnd());
  return lines;
}
function short(s, n) {
  return s.length <= n ? s : s.slice(0, n - 1) + "\u2026";
}
function renderHuman(report, targets, facts) {
  const out = [];
  const fileNames = facts.map((f) => safeText(f.path.slice(f.path.lastIndexOf("/") + 1) || f.path, 60));
  const targetNames = targets.map((t) => safeText(t.name, 200));
  const tw = Math.min(34, Math.max(6, ...targetNames.map((n) => n.length)));
  const lw = 12;
  const room = WIDTH - tw - lw - 2;
  const cw = Math.max(4, Math.min(16, Math.floor(room / Math.max(1, fileNames.length)) - 1));
  const perRow = Math.max(1, Math.floor(room / (cw + 1)));
  const legend = fileNames.length > perRow || fileNames.some((n) => n.length > cw);
  for (let start = 0; start < fileNames.length; start += perRow) {
    const cols = fileNames.slice(start, start + perRow);
    const head = cols.map((n, i) => (legend ? `[${start + i + 1}]` : n).padEnd(cw)).join(" ");
    out.push(`${"TARGET".padEnd(tw)} ${"LIBC".padEnd(lw)} ${head}`.trimEnd());
    targets.forEach((t, ti) => {
      const first = report.results.find((r) => r.target === t.name);
      const libc = first ? `${first.profile.libc.flavor}${first.profile.libc.version ? " " + first.profile.libc.version : ""}` : "";
      const cells = cols.map((_, i) => {
        const r = report.results.find((x) => x.target === t.name && x.file === facts[start + i].path);
        if (r?.run?.outcome === "infrastructure-error") return "E".padEnd(cw);
        const ran = r?.run && r.run.agreement !== "not-run" ? r.run.agreement === "agree" ? " ran" : " !!" : "";
        return ((r ? MARK[r.verdict] : " ") + ran).padEnd(cw);
      });
      out.push(`${short(targetNames[ti], tw).padEnd(tw)} ${short(libc, lw).padEnd(lw)} ${cells.join(" ")}`.trimEnd());
    });
  }
  if (legend) fileNames.forEach((n, i) => out.push(...wrap(`[${i + 1}] ${n}`, "")));
  if (report.results.some((r) => r.run && r.run.agreement !== "not-run"))
    out.push('\u2713 runs, \u2717 does not, ? unknown; "ran" = a real run in the image agreed, "!!" = it disagreed (see below)');
  if (report.results.some((r) => r.run?.outcome === "infrastructure-error"))
    out.push("E = the run could not be done (infrastructure error, see stderr): no verdict for that cell");
  out.push("");
  const reasons = report.results.filter((r) => r.gaps.length);
  const seen = /* @__PURE__ */ new Map();
  for (const r of reasons) {
    for (const g of r.gaps) {
      const key = gapKey(r, g);
      const list = seen.get(key);
      if (list) list.push(r.target);
      else seen.set(key, [r.target]);
    }
  }
  for (const r of reasons) {
    for (const g of r.gaps) {
      const key = gapKey(r, g);
      const list = seen.get(key);
      if (!list || list[0] !== r.target) continue;
      seen.delete(key);
      out.push(...gapLines(r, g, list));
    }
  }
  if (!reasons.length) out.push("No gaps: every binary runs on every target checked.");
  out.push("");
  for (const f of report.floors) {
    const n = safeText(f.file.slice(f.file.lastIndexOf("/") + 1), 60);
    out.push(...wrap(`${n}: ${describeFloor(f)}`, ""));
  }
  const doubtful = /* @__PURE__ */ new Map();
  for (const r of report.results) if (r.profile.confidence !== "high") doubtful.set(r.target, r.profile.confidence);
  for (const [t, c] of doubtful)
    out.push(
      ...wrap(
        `note: ${safeText(t, 120)}: ${c}-confidence ${report.results.find((r) => r.target === t)?.profile.source} profile (some facts unverified or inferred; abigap profile --embedded ${safeText(t, 120)} lists them)`,
        ""
      )
    );
  const unknown = report.results.filter((r) => r.verdict === "unknown");
  if (unknown.length)
    out.push(
      "",
      ...wrap(
        `? = unknown: abigap cannot decide from the facts it has (see the warnings); probe the real image with Docker for an exact answer.`,
        ""
      )
    );
  return out.join("\n");
}
function gapKey(r, g) {
  if (g.kind === "runtime-disagreement" || g.kind === "unanalysable") return `${r.file}\0${r.target}\0${g.message}`;
  return [
    r.file,
    g.kind,
    g.severity,
    g.library ?? "",
    g.version ?? "",
    g.goPackage ?? "",
    g.kind === "missing-loader" ? r.profile.libc.flavor : "",
    g.kind === "missing-symbol" ? (g.symbols ?? []).join(",") : ""
  ].join("\0");
}
function gapLines(r, g, targets) {
  const mark = g.severity === "error" ? "\u2717" : g.severity === "warning" ? "!" : "i";
  const file = safeText(r.file.slice(r.file.lastIndexOf("/") + 1), 60);
  const on = targets.length > 3 ? `${targets.slice(0, 3).join(", ")} +${targets.length - 3}` : targets.join(", ");
  const lines = [...wrap(`${mark} ${file} on ${safeText(on, 120)} \u2014 ${g.kind}`, "")];
  lines.push(...wrap(safeText(g.message, 1500), "    "));
  for (const loc of (g.locations ?? []).slice(0, 3))
    lines.push(...wrap(`at ${safeText(loc.file, 200)}:${loc.line} (${loc.reason})`, "    "));
  for (const fix of (g.fixes ?? []).slice(0, 3)) lines.push(...wrap(`fix: ${fix}`, "    "));
  return lines;
}
export {
  isUnknownImage,
  renderHuman,
  run
};
