import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)

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
function recommendArtifacts(targets, variants, builds, cells) {
  const okBuild = new Set(builds.filter((b) => b.status === "ok").map((b) => b.variant));
  const ordered = variants.map((v, i) => ({ v, i })).filter(({ v }) => okBuild.has(v.name)).sort((a, b) => preference(a.v) - preference(b.v) || a.i - b.i);
  return targets.map((target) => {
    const pick = ordered.find(({ v }) => {
      const cell = cells.find((c) => c.variant === v.name && c.target === target);
      return cell ? runsThere(cell) : false;
    });
    return { target, variant: pick?.v.name ?? null };
  });
}

// src/report/fingerprint.ts
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
function fingerprint(parts) {
  return fnv1a64(parts.map((p) => `${p ?? ""}`.length + ":" + (p ?? "")).join("|")).toString(16).padStart(16, "0");
}

// src/report/shard.ts
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

// src/report/findings.ts
var SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
var TARGET_LEVEL_KINDS = /* @__PURE__ */ new Set([
  "missing-loader",
  "libc-flavor",
  "arch-mismatch",
  "kernel-floor",
  "isa-level"
]);
function collectFindings(report) {
  const out = [];
  for (const build of report.builds) {
    const gaps = [...build.gaps];
    if (build.status === "failed" && !gaps.some((g) => g.kind === "build-failed")) {
      const first = build.diagnostics[0]?.message ?? lastLine(build.log) ?? "the build failed";
      gaps.push({ kind: "build-failed", severity: "error", message: `build of ${build.variant} failed: ${first}` });
    }
    for (const gap of gaps) out.push({ variant: build.variant, target: null, gap, cell: null, build });
  }
  const builds = new Map(report.builds.map((b) => [b.variant, b]));
  for (const cell of report.results) {
    for (const gap of cell.gaps) {
      out.push({ variant: cell.variant, target: cell.target, gap, cell, build: builds.get(cell.variant) ?? null });
    }
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

export {
  SEVERITY_RANK,
  TARGET_LEVEL_KINDS,
  collectFindings,
  infrastructureMessages,
  fingerprint,
  recommendArtifacts,
  cellKey,
  cellInShard,
  parseShard,
  FAIL_ON_VALUES,
  evaluateReport
};
