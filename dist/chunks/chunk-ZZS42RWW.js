import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  SEVERITY_RANK,
  TARGET_LEVEL_KINDS,
  collectFindings,
  gapMessage,
  gapReason,
  gapTitle,
  truncate
} from "./chunk-FOP2SIUH.js";
import {
  compareVersions
} from "./chunk-MUPL4P2E.js";

// src/report/locate.ts
var MAX_LOCATIONS_PER_FINDING = 5;
function normalisePath(file) {
  return file.replace(/\\/g, "/").replace(/^(\.\/)+/, "");
}
function locateFinding(f, report, mapPath = normalisePath) {
  const found = [];
  const add = (loc) => {
    if (!loc || !loc.file || !(loc.line >= 1)) return;
    const file = mapPath(loc.file);
    if (!file) return;
    const mapped = { ...loc, file };
    if (!found.some((l) => l.file === mapped.file && l.line === mapped.line)) found.push(mapped);
  };
  const kind = f.gap.kind;
  if ((kind === "build-failed" || kind === "toolchain-mismatch") && f.build) {
    for (const d of f.build.diagnostics) {
      if (d.file && d.line) add({ file: d.file, line: d.line, column: d.column ?? void 0, reason: "compiler" });
    }
  }
  if (TARGET_LEVEL_KINDS.has(kind) && f.target) add(declaredLine(report, f.target));
  for (const loc of f.gap.locations ?? []) add(loc);
  if (!found.length && f.target && kind === "runtime-disagreement") add(declaredLine(report, f.target));
  if (!found.length) add({ file: "go.mod", line: 1, reason: "go.mod" });
  return found.slice(0, MAX_LOCATIONS_PER_FINDING);
}
function declaredLine(report, target) {
  const t = report.targets.find((x) => x.id === target);
  if (!t?.declaredAt) return null;
  return {
    file: t.declaredAt.file,
    line: t.declaredAt.line,
    column: t.declaredAt.column || void 0,
    reason: "config"
  };
}

// src/report/annotations.ts
var KIND_RANK = [
  "no-clean-artifact",
  "build-failed",
  "missing-loader",
  "libc-flavor",
  "arch-mismatch",
  "missing-library",
  "symbol-version",
  "missing-symbol",
  "runtime-disagreement",
  "toolchain-mismatch",
  "static-nss",
  "kernel-floor",
  "isa-level",
  "unanalysable"
];
function gapIdentity(gap) {
  const id = [gap.kind, gap.library ?? "", gap.version ?? "", gap.goPackage ?? ""];
  if (gap.kind === "missing-symbol") id.push((gap.symbols ?? []).join(","));
  return id.join("|");
}
function allAnnotations(report, opts = {}) {
  const mapPath = opts.mapPath ?? normalisePath;
  const variantOrder = new Map(report.variants.map((v, i) => [v.name, i]));
  const targetOrder = new Map(report.targets.map((t, i) => [t.id, i]));
  const findings = collectFindings(report).filter((f) => !opts.include || opts.include(f));
  findings.sort(
    (a, b) => SEVERITY_RANK[a.gap.severity] - SEVERITY_RANK[b.gap.severity] || (variantOrder.get(a.variant) ?? 1e9) - (variantOrder.get(b.variant) ?? 1e9) || (a.target === null ? -1 : targetOrder.get(a.target) ?? 1e9) - (b.target === null ? -1 : targetOrder.get(b.target) ?? 1e9)
  );
  const byKey = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const locs = locateFinding(f, report, mapPath);
    const places = locs.length ? locs : [null];
    for (const loc of places) {
      const diagnostic = loc?.reason === "compiler" && f.build ? f.build.diagnostics.find((d) => d.line === loc.line && d.file && mapPath(d.file) === loc.file)?.message ?? null : null;
      const key = [loc?.file ?? "", loc?.line ?? "", gapIdentity(f.gap), diagnostic ?? ""].join("\0");
      const existing = byKey.get(key);
      const occ = { variant: f.variant, target: f.target };
      if (existing) {
        if (!existing.ann.occurrences.some((o) => o.variant === occ.variant && o.target === occ.target)) {
          existing.ann.occurrences.push(occ);
        }
        if (SEVERITY_RANK[f.gap.severity] < SEVERITY_RANK[existing.ann.severity]) existing.ann.severity = f.gap.severity;
        continue;
      }
      byKey.set(key, {
        first: f,
        diagnostic,
        ann: {
          severity: f.gap.severity,
          file: loc?.file ?? null,
          line: loc?.line ?? null,
          endLine: loc?.endLine,
          column: loc?.column,
          endColumn: loc?.endColumn,
          title: "",
          message: "",
          kind: f.gap.kind,
          key,
          occurrences: [occ]
        }
      });
    }
  }
  const out = [];
  for (const { ann, first, diagnostic } of byKey.values()) {
    const more = ann.occurrences.length - 1;
    ann.title = gapTitle(first) + (more > 0 ? ` (+${more} more)` : "");
    const affected = ann.occurrences.map((o) => o.target ? `${o.variant} on ${o.target}` : o.variant);
    ann.message = diagnostic ? truncate([diagnostic, ...(first.gap.fixes ?? []).slice(0, 3).map((x) => `Fix: ${x}`)].join("\n"), 4e3) : gapMessage(first, more > 0 ? affected : []);
    out.push(ann);
  }
  return out.sort(compareAnnotations);
}
function selectAnnotations(report, opts = {}) {
  const maxErrors = opts.maxErrors ?? 10;
  const maxWarnings = opts.maxWarnings ?? 10;
  const maxTotal = opts.maxTotal ?? 50;
  const shown = [];
  const overflow = [];
  const count = { error: 0, warning: 0, notice: 0 };
  for (const ann of allAnnotations(report, opts)) {
    const cap = ann.severity === "error" ? maxErrors : ann.severity === "warning" ? maxWarnings : Infinity;
    if (count[ann.severity] < cap && shown.length < maxTotal) {
      count[ann.severity]++;
      shown.push(ann);
    } else overflow.push(ann);
  }
  return Object.assign(shown, { overflow });
}
function compareAnnotations(a, b) {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || b.occurrences.length - a.occurrences.length || KIND_RANK.indexOf(a.kind) - KIND_RANK.indexOf(b.kind) || cmp(a.file ?? "", b.file ?? "") || (a.line ?? 0) - (b.line ?? 0) || cmp(a.key, b.key);
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/report/cells.ts
function isPromised(report, variant, target) {
  const p = report.promises;
  if (!p) return true;
  return p.variants?.[variant]?.includes(target) ?? false;
}
function cellStatus(report, variant, target) {
  return { ...rawStatus(report, variant, target), promised: isPromised(report, variant, target) };
}
function rawStatus(report, variant, target) {
  const build = report.builds.find((b) => b.variant === variant);
  const cell = report.results.find((c) => c.variant === variant && c.target === target) ?? null;
  if (build && build.status !== "ok" && !cell) {
    if (build.status === "skipped") return { state: "none", reason: "skipped", cell };
    return { state: "fail", reason: build.status === "failed" ? "build-failed" : "toolchain", cell };
  }
  if (!cell) return { state: "none", reason: "not-run", cell };
  const worst = [...cell.gaps].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])[0];
  if (cell.verdict === "incompatible") {
    const err = cell.gaps.find((g) => g.severity === "error") ?? worst;
    return { state: "fail", reason: err ? gapReason(err) : "incompatible", cell };
  }
  if (cell.run?.outcome === "infrastructure-error") return { state: "warn", reason: "infra-error", cell };
  if (cell.verdict === "unknown") return { state: "warn", reason: worst ? gapReason(worst) : "unknown", cell };
  if (worst && worst.severity !== "notice") return { state: "warn", reason: gapReason(worst), cell };
  return { state: "pass", reason: cell.run?.outcome === "ok" ? "ran" : "", cell };
}
function promiseStatus(report, target) {
  const rec = report.recommended.find((r) => r.target === target);
  if (rec?.variant) return { state: "pass", reason: rec.variant };
  if (rec?.candidate) return { state: "warn", reason: `only ${rec.candidate.variant}, with a warning` };
  return { state: "fail", reason: "no build runs" };
}
function floorText(report, variant) {
  const build = report.builds.find((b) => b.variant === variant);
  let libc = build?.floor ?? null;
  if (!libc && build?.binary) libc = report.floors.find((f) => f.file === build.binary)?.libc ?? null;
  if (!libc) return build && build.status !== "ok" ? "\u2014" : "?";
  if (libc.flavor === "none") return "static (no libc)";
  return libc.version ? `${libc.flavor} \u2265 ${libc.version}` : libc.flavor;
}
function formatDuration(ms) {
  if (!Number.isFinite(ms)) return "?";
  return ms >= 1e3 ? `${(ms / 1e3).toFixed(1)} s` : `${Math.round(ms)} ms`;
}
function promisesSentence(p) {
  const parts = [];
  if (p.everyTarget) parts.push("every target gets at least one artifact that runs there with no error and no warning");
  for (const [variant, targets] of Object.entries(p.variants ?? {}))
    parts.push(`${variant} ships to ${targets.length ? targets.join(", ") : "no target of this run"}`);
  return `Promises: ${parts.join("; ")}. Only these decide the verdict; every other cell is information.`;
}

// src/report/diff.ts
function findingIdentity(f) {
  return [f.variant, f.target ?? "", gapIdentity(f.gap)].join("\0");
}
function diffReports(base, fullHead) {
  const head = base.results.every((c) => c.run === null) ? staticView(fullHead) : fullHead;
  const out = [];
  const baseBuilds = new Map(base.builds.map((b) => [b.variant, b]));
  const headFindings = collectFindings(head);
  for (const v of head.variants) {
    const hb = head.builds.find((b) => b.variant === v.name);
    const bb = baseBuilds.get(v.name);
    if (hb && bb) {
      out.push(...floorChange(v.name, bb, hb, headFindings));
      out.push(...libraryChanges(v.name, bb, hb, base, head));
    }
    for (const t of head.targets) {
      const name = t.id;
      const hs = cellStatus(head, v.name, name);
      const bs = base.variants.some((x) => x.name === v.name) && base.targets.some((x) => x.id === name) ? cellStatus(base, v.name, name) : null;
      if (!bs || bs.state === "none" || hs.state === "none") continue;
      if (hs.state === "fail" && bs.state !== "fail") {
        out.push({
          kind: "newly-incompatible",
          variant: v.name,
          target: name,
          severity: "error",
          message: `${v.name}: newly incompatible with ${name} (${hs.reason})`
        });
      } else if (bs.state === "fail" && hs.state !== "fail") {
        out.push({
          kind: "fixed",
          variant: v.name,
          target: name,
          severity: "notice",
          message: `${v.name}: fixed: now runs on ${name}`
        });
      }
    }
  }
  const baseIds = new Set(collectFindings(base).map(findingIdentity));
  const seen = /* @__PURE__ */ new Set();
  for (const f of headFindings) {
    const id = findingIdentity(f);
    if (baseIds.has(id) || seen.has(id)) continue;
    if (f.target && !base.targets.some((t) => t.id === f.target)) continue;
    if (!base.variants.some((x) => x.name === f.variant)) continue;
    seen.add(id);
    out.push({
      kind: "new-gap",
      variant: f.variant,
      ...f.target ? { target: f.target } : {},
      severity: f.gap.severity,
      message: `${f.variant}${f.target ? ` on ${f.target}` : ""}: new ${f.gap.kind} \u2014 ${gapTitle(f)}`,
      ...f.gap.symbols?.length ? { symbols: f.gap.symbols } : {},
      gap: f.gap
    });
  }
  return out;
}
var RUNTIME_DISAGREEMENT = "runtime-disagreement";
function staticView(report) {
  return {
    ...report,
    results: report.results.map((c) => {
      const gaps = c.gaps.filter((g) => g.kind !== RUNTIME_DISAGREEMENT);
      const flipped = gaps.length !== c.gaps.length;
      const verdict = flipped ? gaps.some((g) => g.severity === "error") ? "incompatible" : "compatible" : c.verdict;
      return { ...c, gaps, verdict, run: null, agreement: "not-run" };
    })
  };
}
function newGapIdentities(diff) {
  return new Set(
    diff.filter((d) => d.kind === "new-gap" && d.gap).map((d) => findingIdentity({ variant: d.variant, target: d.target ?? null, gap: d.gap }))
  );
}
function floorChange(variant, base, head, headFindings) {
  const b = base.floor;
  const h = head.floor;
  if (!b || !h) return [];
  const fmt = (f) => f.flavor === "none" ? "none (static)" : `${f.flavor} ${f.version ?? "?"}`;
  if (b.flavor !== h.flavor) {
    const raised = b.flavor === "none";
    return [
      {
        kind: raised ? "floor-raised" : "floor-lowered",
        variant,
        severity: raised ? "warning" : "notice",
        message: `${variant}: libc floor changed ${fmt(b)} \u2192 ${fmt(h)}`
      }
    ];
  }
  if (!b.version || !h.version) return [];
  const c = compareVersions(h.version, b.version);
  if (c === 0) return [];
  if (c < 0) {
    return [
      {
        kind: "floor-lowered",
        variant,
        severity: "notice",
        message: `${variant}: ${h.flavor} floor lowered ${b.version} \u2192 ${h.version}`
      }
    ];
  }
  const symbols = floorSymbols(variant, head, headFindings);
  return [
    {
      kind: "floor-raised",
      variant,
      severity: "warning",
      message: `${variant}: ${h.flavor} floor raised ${b.version} \u2192 ${h.version}${symbols.length ? ` by ${symbols.slice(0, 6).join(", ")}${symbols.length > 6 ? ", \u2026" : ""}` : ""}`,
      ...symbols.length ? { symbols } : {}
    }
  ];
}
function floorSymbols(variant, head, findings) {
  const strip = (s) => s.replace(/@.*$/, "");
  if (head.floorSymbols?.length) return [...new Set(head.floorSymbols.map(strip))];
  const v = head.floor?.version;
  if (!v) return [];
  const out = /* @__PURE__ */ new Set();
  for (const f of findings) {
    if (f.variant !== variant || f.gap.kind !== "symbol-version" || !f.gap.version) continue;
    if (f.gap.version.replace(/^[A-Z]+_/, "") === v) for (const s of f.gap.symbols ?? []) out.add(strip(s));
  }
  return [...out];
}
function libraryChanges(variant, bb, hb, base, head) {
  const out = [];
  const missingLibs = (r) => new Set(
    r.results.filter((c) => c.variant === variant).flatMap(
      (c) => c.gaps.filter((g) => g.kind === "missing-library" && g.library).map((g) => g.library)
    )
  );
  const before = bb.needed ? new Set(bb.needed) : missingLibs(base);
  const after = hb.needed ? new Set(hb.needed) : missingLibs(head);
  const exact = Boolean(bb.needed && hb.needed);
  for (const lib of after) {
    if (!before.has(lib))
      out.push({ kind: "new-library", variant, severity: "warning", message: `${variant}: new needed library ${lib}` });
  }
  if (exact) {
    for (const lib of before) {
      if (!after.has(lib))
        out.push({
          kind: "removed-library",
          variant,
          severity: "notice",
          message: `${variant}: no longer needs ${lib}`
        });
    }
  }
  return out;
}

export {
  normalisePath,
  locateFinding,
  selectAnnotations,
  cellStatus,
  promiseStatus,
  floorText,
  formatDuration,
  promisesSentence,
  findingIdentity,
  diffReports,
  newGapIdentities
};
