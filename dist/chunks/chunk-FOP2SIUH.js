import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  rewordAdvice
} from "./chunk-PLQKMIQ7.js";
import {
  editDistance
} from "./chunk-XIJAJIPL.js";

// src/report/escape.ts
function escapeCommandData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeCommandProperty(text) {
  return escapeCommandData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function workflowCommand(command, properties, message) {
  const props = Object.entries(properties).filter((e) => e[1] !== void 0 && e[1] !== null && e[1] !== "").map(([k, v]) => `${k}=${escapeCommandProperty(String(v))}`).join(",");
  return `::${command}${props ? " " + props : ""}::${escapeCommandData(message)}`;
}
function newStopToken() {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
function wrapUntrusted(text, token = newStopToken()) {
  if (!/^[A-Za-z0-9_-]{16,}$/.test(token)) throw new Error("stop-commands token must be 16+ word characters");
  if (text.includes(token)) return wrapUntrusted(text, newStopToken());
  const body = text.endsWith("\n") ? text : text + "\n";
  return `::stop-commands::${token}
${body}::${token}::
`;
}
function stripControl(text) {
  return text.replace(/\x1b\[[0-9;?]*[ -/]*[@-~]/g, "").replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, "");
}
function escapeMarkdown(text) {
  return stripControl(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([\\`*_{}[\]#+!|~])/g, "\\$1").replace(/\r?\n/g, " ");
}
function markdownCodeBlock(text) {
  const clean = stripControl(text);
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((r) => r.length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}text
${clean.replace(/\n$/, "")}
${fence}`;
}
function truncate(text, max) {
  if (text.length <= max) return text;
  return text.slice(0, Math.max(0, max - 14)) + " \u2026 (truncated)";
}
function escapeHtml(text) {
  return stripControl(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;").replace(/\r?\n/g, " ");
}
function byteLength(text) {
  return new TextEncoder().encode(text).length;
}
function inlineCode(text, max = 200) {
  const clean = stripControl(truncate(text, max)).replace(/[\r\n\t]+/g, " ").replace(/`/g, "'");
  return "`" + (clean.trim() ? clean : " ") + "`";
}

// src/matrix/hash.ts
var OFFSET = 0xcbf29ce484222325n;
var PRIME = 0x100000001b3n;
var MASK = 0xffffffffffffffffn;
function fnv1a64(text) {
  let h = OFFSET;
  for (const b of new TextEncoder().encode(text)) {
    h ^= BigInt(b);
    h = h * PRIME & MASK;
  }
  return h;
}

// src/matrix/shard.ts
function cellKey(variant, target) {
  return `${variant}\0${target}`;
}
function shardOf(key, n) {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`shard count must be a positive integer, got ${n}`);
  return Number(fnv1a64(key) % BigInt(n)) + 1;
}
function cellInShard(variant, target, shard) {
  return !shard || shard.count <= 1 || shardOf(cellKey(variant, target), shard.count) === shard.index;
}
function parseShard(text) {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!m) return { error: `shard must look like i/n (e.g. 1/3), got '${text}'` };
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index < 1 || index > count)
    return { error: `shard ${index}/${count} is out of range: i must be 1..n` };
  return { index, count };
}

// src/report/gap-text.ts
function gapTitle(f) {
  const { gap, target } = f;
  const where = target ?? f.variant;
  const libc = f.cell?.profile.libc;
  const lib = gap.library ?? "";
  let title;
  switch (gap.kind) {
    case "symbol-version":
      if (gap.version?.startsWith("GLIBC_") && libc?.flavor === "glibc" && libc.version) {
        title = `needs ${gap.version} (${lib || "libc"}) \u2014 ${where} has glibc ${libc.version}`;
      } else title = `needs ${gap.version ?? "a newer symbol version"}${lib ? ` (${lib})` : ""} \u2014 not in ${where}`;
      break;
    case "missing-symbol":
      title = gap.severity === "notice" ? `cannot tell whether ${where} defines ${gap.symbols?.length ?? 0} symbol(s) \u2014 probe the image` : `needs ${gap.symbols?.length === 1 ? gap.symbols[0] : `${gap.symbols?.length ?? 0} symbols`}${lib ? ` (${lib})` : ""} \u2014 not in ${where}${gap.addedIn ? ` (added in ${gap.addedIn})` : ""}`;
      break;
    case "missing-library":
      title = `needs ${lib || "a shared library"} \u2014 not in ${where}`;
      break;
    case "missing-loader":
      title = `no loader ${lib || ""} in ${where}`.replace(/ {2}/g, " ");
      break;
    case "libc-flavor":
      title = `built for ${binaryLibc(f) ?? "another libc"} \u2014 ${where} is ${libc?.flavor === "none" ? "libc-free" : libc?.flavor ?? "another libc"}`;
      break;
    case "arch-mismatch":
      title = `wrong architecture for ${where}`;
      break;
    case "kernel-floor":
      title = `needs kernel ${gap.version ?? "newer"} \u2014 ${where}`;
      break;
    case "isa-level":
      title = `needs ${gap.version ?? "a newer x86-64 level"} \u2014 ${where} does not guarantee it`;
      break;
    case "static-nss":
      title = `static binary uses NSS${gap.goPackage ? ` (${gap.goPackage})` : ""}`;
      break;
    case "toolchain-mismatch":
      title = `toolchain mismatch in ${f.variant}`;
      break;
    case "build-failed":
      title = `build ${f.variant} failed`;
      break;
    case "runtime-disagreement":
      title = `run on ${where} disagrees with the static verdict`;
      break;
    case "unanalysable":
      title = `cannot analyse ${f.variant}`;
      break;
    case "no-clean-artifact":
      title = /^no build is known/.test(gap.message) ? `no build is known to run on ${where}, promised every target` : `no build runs ${gap.severity === "error" ? "" : "cleanly "}on ${where}, promised every target`;
      break;
    default:
      title = firstLine(gap.message);
  }
  if (f.promised === false) return `${truncate(firstLine(title), 80)} (not promised: information)`;
  return truncate(firstLine(title), 100);
}
function gapReason(gap) {
  switch (gap.kind) {
    case "symbol-version":
      return gap.version ?? "symbols";
    case "missing-symbol":
      return gap.severity === "notice" ? "symbols?" : gap.symbols?.length === 1 ? gap.symbols[0] : "symbols";
    case "missing-library":
      return gap.library ?? "library";
    case "missing-loader":
      return "no-loader";
    case "libc-flavor":
      return "libc-flavor";
    case "arch-mismatch":
      return "arch";
    case "kernel-floor":
      return gap.version ? `kernel\u2265${gap.version}` : "kernel";
    case "isa-level":
      return gap.version ?? "isa";
    case "static-nss":
      return "static-nss";
    case "toolchain-mismatch":
      return "toolchain";
    case "build-failed":
      return "build-failed";
    case "runtime-disagreement":
      return "runtime";
    case "unanalysable":
      return "unanalysable";
    case "no-clean-artifact":
      return "no-clean-build";
    default:
      return gap.kind;
  }
}
function gapMessage(f, alsoAffected = []) {
  const lines = [f.gap.message.trim()];
  if (f.gap.symbols?.length) {
    const shown = f.gap.symbols.slice(0, 8);
    lines.push(
      `Symbols: ${shown.join(", ")}${f.gap.symbols.length > shown.length ? `, \u2026 (${f.gap.symbols.length} in all)` : ""}`
    );
  }
  if (alsoAffected.length)
    lines.push(`Affects: ${alsoAffected.slice(0, 12).join(", ")}${alsoAffected.length > 12 ? ", \u2026" : ""}`);
  if (f.gap.fixes?.length) lines.push(...f.gap.fixes.slice(0, 4).map((fix) => `Fix: ${fix}`));
  return truncate(lines.join("\n"), 4e3);
}
function binaryLibc(f) {
  const flavor = f.build?.floor?.flavor;
  if (flavor && flavor !== "none") return flavor;
  return null;
}
function firstLine(text) {
  return (text.split(/\r?\n/)[0] ?? "").trim();
}

// src/report/findings.ts
var SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
var TARGET_LEVEL_KINDS = /* @__PURE__ */ new Set([
  "missing-loader",
  "libc-flavor",
  "arch-mismatch",
  "kernel-floor",
  "isa-level",
  "no-clean-artifact"
]);
function collectFindings(report) {
  const out = [];
  const promises = report.promises ?? null;
  const push = (f, promised) => {
    if (promised) out.push(f);
    else
      out.push({
        ...f,
        gap: { ...f.gap, severity: "notice" },
        promised: false,
        unpromisedSeverity: f.gap.severity
      });
  };
  for (const build of report.builds) {
    const gaps = [...build.gaps];
    if (build.status === "failed" && !gaps.some((g) => g.kind === "build-failed")) {
      const first = build.diagnostics[0]?.message ?? lastLine(build.log) ?? "the build failed";
      gaps.push({ kind: "build-failed", severity: "error", message: `build of ${build.variant} failed: ${first}` });
    }
    const promised = !promises || (promises.variants?.[build.variant]?.length ?? 0) > 0;
    for (const gap of gaps) push({ variant: build.variant, target: null, gap, cell: null, build }, promised);
  }
  const builds = new Map(report.builds.map((b) => [b.variant, b]));
  for (const cell of report.results) {
    const promised = !promises || (promises.variants?.[cell.variant]?.includes(cell.target) ?? false);
    for (const gap of cell.gaps) {
      push({ variant: cell.variant, target: cell.target, gap, cell, build: builds.get(cell.variant) ?? null }, promised);
    }
  }
  if (promises?.everyTarget && !report.shard) out.push(...everyTargetFindings(report));
  return out;
}
function everyTargetFindings(report) {
  const out = [];
  for (const rec of report.recommended) {
    if (rec.variant) continue;
    const target = rec.target;
    const cells = report.results.filter((c) => c.target === target);
    const why = report.variants.map((v) => {
      const b = report.builds.find((x) => x.variant === v.name);
      const c = cells.find((x) => x.variant === v.name);
      if (b && b.status !== "ok") return `${v.name}: ${b.status === "failed" ? "build failed" : b.status}`;
      if (!c) return `${v.name}: not checked`;
      const worst = [...c.gaps].sort((x, y) => SEVERITY_RANK[x.severity] - SEVERITY_RANK[y.severity])[0];
      return `${v.name}: ${c.verdict}${worst ? ` (${gapReason(worst)})` : ""}`;
    });
    const unknown = cells.some((c) => c.verdict === "unknown" || c.run?.outcome === "infrastructure-error");
    const gap = rec.candidate ? {
      kind: "no-clean-artifact",
      severity: "warning",
      message: `no build runs cleanly on ${target}, promised a clean artifact (promises: every-target); best candidate ${rec.candidate.variant}: ${rec.candidate.caveat}`
    } : {
      kind: "no-clean-artifact",
      severity: unknown ? "warning" : "error",
      message: `${unknown ? "no build is known to run" : "no build runs"} on ${target}, promised a clean artifact (promises: every-target): ${why.join("; ")}`
    };
    out.push({ variant: "", target, gap, cell: null, build: null });
  }
  return out;
}
function hasInfrastructureError(report) {
  return report.infrastructureErrors.length > 0 || report.results.some((c) => c.run?.outcome === "infrastructure-error");
}
function infrastructureMessages(report) {
  const out = [...report.infrastructureErrors];
  for (const c of report.results) {
    if (c.run?.outcome === "infrastructure-error")
      out.push(`${c.variant} on ${c.target}: ${c.run.error ?? "run failed"}`);
  }
  return [...new Set(out)];
}
function lastLine(text) {
  const lines = text.split("\n").filter((l) => l.trim());
  return lines.length ? lines[lines.length - 1].trim() : null;
}

// src/report/verdict.ts
var FAIL_ON_VALUES = ["error", "warning", "never", "regression"];
function evaluateReport(report, failOn, diff = report.diff ?? null) {
  const e = evaluateAll(report, failOn, diff);
  if (!report.promises || e.verdict === "error") return e;
  const what = [
    report.promises.everyTarget ? "a clean artifact on every target" : "",
    report.promises.variants ? "the promised variant \xD7 target cells" : ""
  ].filter(Boolean).join(" and ");
  const outside = collectFindings(report).filter(
    (f) => f.promised === false && f.unpromisedSeverity !== "notice"
  ).length;
  return {
    verdict: e.verdict,
    reason: `${e.reason}; promises: ${what}${outside ? ` (${outside} finding${outside === 1 ? "" : "s"} outside them shown as information)` : ""}`,
    counts: e.counts
  };
}
function evaluateAll(report, failOn, diff) {
  const counts = { error: 0, warning: 0, notice: 0, newGaps: 0, infrastructure: 0 };
  for (const f of collectFindings(report)) counts[f.gap.severity]++;
  const newGaps = (diff ?? []).filter((d) => d.kind === "new-gap" && d.severity !== "notice");
  counts.newGaps = newGaps.length;
  const infra = infrastructureMessages(report);
  counts.infrastructure = infra.length;
  if (hasInfrastructureError(report)) {
    return { verdict: "error", reason: `infrastructure error: ${infra[0] ?? "unknown"}`, counts };
  }
  const plural = (n, w) => `${n} ${w}${n === 1 ? "" : "s"}`;
  switch (failOn) {
    case "never":
      return {
        verdict: "pass",
        reason: `fail-on: never (${plural(counts.error, "error")}, ${plural(counts.warning, "warning")})`,
        counts
      };
    case "regression":
      if (diff === null) return { verdict: "error", reason: "fail-on: regression needs a baseline report", counts };
      return newGaps.length ? {
        verdict: "fail",
        reason: `fail-on: regression \u2014 ${plural(newGaps.length, "new gap")} against the baseline`,
        counts
      } : { verdict: "pass", reason: "fail-on: regression \u2014 no new gaps against the baseline", counts };
    case "warning":
      return counts.error + counts.warning ? {
        verdict: "fail",
        reason: `fail-on: warning \u2014 ${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}`,
        counts
      } : { verdict: "pass", reason: "fail-on: warning \u2014 no errors or warnings", counts };
    case "error":
    default:
      return counts.error ? { verdict: "fail", reason: `fail-on: error \u2014 ${plural(counts.error, "error")}`, counts } : {
        verdict: "pass",
        reason: `fail-on: error \u2014 no errors${counts.warning ? ` (${plural(counts.warning, "warning")})` : ""}`,
        counts
      };
  }
}

// src/report/recommend.ts
function preference(v) {
  if (!v.cgo) return 0;
  return v.link === "static" ? 1 : 2;
}
var RAN = /* @__PURE__ */ new Set(["ok", "exit-nonzero", "timeout", "output-limit"]);
function runsThere(cell) {
  if (cell.verdict !== "compatible") return false;
  if (cell.run && !RAN.has(cell.run.outcome)) return false;
  return !cell.gaps.some((g) => g.severity === "error");
}
function cellWarnings(build, cell) {
  return [...build.gaps, ...cell.gaps].filter((g) => g.severity === "warning" || g.severity === "error");
}
function caveatOf(warnings) {
  const lines = [...new Set(warnings.map((g) => `${g.kind}: ${(g.message.split("\n")[0] ?? "").trim()}`))];
  return lines.slice(0, 3).join("; ") + (lines.length > 3 ? `; and ${lines.length - 3} more` : "");
}
function recommendArtifacts(targets, variants, builds, cells) {
  const okBuild = new Map(builds.filter((b) => b.status === "ok").map((b) => [b.variant, b]));
  const ordered = variants.map((v, i) => ({ v, i })).filter(({ v }) => okBuild.has(v.name)).sort((a, b) => preference(a.v) - preference(b.v) || a.i - b.i);
  return targets.map((target) => {
    const running = ordered.flatMap(({ v }) => {
      const cell = cells.find((c) => c.variant === v.name && c.target === target);
      if (!cell || !runsThere(cell)) return [];
      return [{ variant: v.name, warnings: cellWarnings(okBuild.get(v.name), cell) }];
    });
    const clean = running.find((r) => r.warnings.length === 0);
    if (clean) return { target, variant: clean.variant, candidate: null };
    const best = [...running].sort((a, b) => a.warnings.length - b.warnings.length)[0];
    return {
      target,
      variant: null,
      candidate: best ? { variant: best.variant, caveat: caveatOf(best.warnings) } : null
    };
  });
}
function recommendationText(r) {
  if (r.variant) return r.variant;
  if (r.candidate)
    return `no build runs cleanly on ${r.target}; best candidate ${r.candidate.variant}: ${r.candidate.caveat}`;
  return `no build runs on ${r.target}`;
}

// src/abi/what-if-matrix.ts
var VERDICT = {
  runs: (t) => `runs on ${t}`,
  "still-missing": (t) => `still does not run on ${t}`,
  "build-fails": () => "does not build",
  "no-change": () => "changes nothing",
  unknown: (t) => `unknown on ${t}`
};
function realises(fix, v, base) {
  if (v.name === base.name) return false;
  switch (fix) {
    case "cgo-off":
      return !v.cgo;
    case "netgo":
      return v.cgo && v.tags.includes("netgo") && v.tags.includes("osusergo") && v.builder === base.builder;
    case "musl-static":
      return v.cgo && v.libc === "musl" && v.link === "static";
    case "older-builder":
      return v.cgo && v.libc === "glibc" && v.link === "dynamic" && v.builder !== base.builder && v.builder !== "host" && v.tags.join(",") === base.tags.join(",");
  }
}
function resultOf(v, target, builds, cells) {
  const b = builds.find((x) => x.variant === v.name);
  if (!b || b.status === "skipped") return null;
  if (b.status !== "ok")
    return { outcome: "build-fails", result: `did not build${b.firstError ? `: ${b.firstError}` : ""}` };
  const c = cells.find((x) => x.variant === v.name && x.target === target);
  if (!c) return null;
  if (c.run?.outcome === "infrastructure-error") return null;
  if (c.run) {
    const ok = c.run.outcome === "ok";
    const how = ok ? "ran" : `failed to run (${c.run.outcome}${c.run.exitCode !== null ? `, exit ${c.run.exitCode}` : ""})`;
    return { outcome: ok ? "runs" : "still-missing", result: `${how} on ${target}` };
  }
  const missing = c.gaps.some((g) => g.severity === "error");
  return {
    outcome: c.verdict === "compatible" ? "runs" : missing ? "still-missing" : "unknown",
    result: `is ${c.verdict} with ${target} (static check, not run)`
  };
}
function citeMatrix(cells, variants, builds, reword) {
  for (const cell of cells) {
    const base = variants.find((v) => v.name === cell.variant);
    if (!base) continue;
    for (const gap of cell.gaps) {
      if (!gap.whatIf?.length) continue;
      let changed = false;
      for (const w of gap.whatIf) {
        for (const v of variants) {
          if (!realises(w.fix, v, base)) continue;
          const r = resultOf(v, cell.target, builds, cells);
          if (!r) continue;
          w.matrix = { variant: v.name, result: r.result };
          if (r.outcome !== w.outcome) w.effect = `${w.how}: ${VERDICT[r.outcome](cell.target)}`;
          w.outcome = r.outcome;
          w.offered = r.outcome === "runs";
          changed = true;
          if (r.outcome === "runs") break;
        }
      }
      if (changed) reword(gap);
    }
  }
}

// src/report/cite-matrix.ts
function citeMatrixResults(variants, builds, cells) {
  const records = builds.map((b) => {
    const d = b.diagnostics.find(
      (x) => /undefined reference|undefined:|error:/.test(x.message) && !/collect2|ld returned/.test(x.message)
    ) ?? b.diagnostics[0];
    return { variant: b.variant, status: b.status, ...d ? { firstError: d.message } : {} };
  });
  citeMatrix(cells, variants, records, rewordAdvice);
}

// src/matrix/did-you-mean.ts
function didYouMean(word, candidates) {
  const w = word.toLowerCase();
  let best = null;
  let bestScore = Infinity;
  for (const c of candidates) {
    const d = editDistance(w, c.toLowerCase());
    if (d < bestScore) {
      best = c;
      bestScore = d;
    }
  }
  if (best === null) return null;
  const limit = Math.max(2, Math.floor(Math.max(w.length, best.length) / 3));
  return bestScore <= limit ? best : null;
}

// src/matrix/presets.ts
var TARGET_PRESETS = {
  "enterprise-linux": [
    "centos:7",
    "rockylinux:8",
    "almalinux:8",
    "rockylinux:9",
    "almalinux:9",
    "almalinux:10",
    "amazonlinux:2",
    "amazonlinux:2023"
  ],
  "debian-ubuntu-lts": ["debian:11", "debian:12", "debian:13", "ubuntu:20.04", "ubuntu:22.04", "ubuntu:24.04"],
  alpine: ["alpine:3.21", "alpine:3.22", "alpine:3.23"],
  distroless: [
    "gcr.io/distroless/static-debian12",
    "gcr.io/distroless/base-debian12",
    "gcr.io/distroless/cc-debian12",
    "gcr.io/distroless/static-debian13",
    "gcr.io/distroless/base-debian13",
    "gcr.io/distroless/cc-debian13"
  ],
  /** The local images scripts/test-world.sh builds (offline test world). */
  "abigap-test": [
    "abigap-test/bullseye",
    "abigap-test/bookworm",
    "abigap-test/trixie",
    "abigap-test/musl",
    "abigap-test/nolibc"
  ]
};
function presetNames() {
  return Object.keys(TARGET_PRESETS).sort();
}

export {
  workflowCommand,
  newStopToken,
  wrapUntrusted,
  stripControl,
  escapeMarkdown,
  markdownCodeBlock,
  truncate,
  escapeHtml,
  byteLength,
  inlineCode,
  gapTitle,
  gapReason,
  gapMessage,
  SEVERITY_RANK,
  TARGET_LEVEL_KINDS,
  collectFindings,
  infrastructureMessages,
  recommendArtifacts,
  recommendationText,
  fnv1a64,
  citeMatrixResults,
  cellKey,
  cellInShard,
  parseShard,
  FAIL_ON_VALUES,
  evaluateReport,
  didYouMean,
  TARGET_PRESETS,
  presetNames
};
