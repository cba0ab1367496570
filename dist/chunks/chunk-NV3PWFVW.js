import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  cellStatus,
  floorText,
  formatDuration,
  locateFinding,
  normalisePath,
  promiseStatus,
  promisesSentence
} from "./chunk-ZZS42RWW.js";
import {
  SEVERITY_RANK,
  TARGET_PRESETS,
  byteLength,
  citeMatrixResults,
  collectFindings,
  didYouMean,
  escapeHtml,
  escapeMarkdown,
  fnv1a64,
  gapTitle,
  infrastructureMessages,
  inlineCode,
  markdownCodeBlock,
  presetNames,
  recommendArtifacts,
  recommendationText,
  stripControl,
  truncate
} from "./chunk-FOP2SIUH.js";
import {
  UserError
} from "./chunk-JQT2NS4W.js";

// src/report/grid.ts
var MARK = { pass: "\u2714", fail: "\u2718", warn: "\u26A0", none: "\xB7" };
function formatGrid(report) {
  const clean = (s, max = 40) => truncate(stripControl(s).replace(/\s+/g, " "), max);
  const targets = report.targets.map((t) => t.id);
  const header = ["variant", ...targets.map((t) => clean(t, 32)), "floor"];
  const rows = report.variants.map((v) => [
    clean(v.name),
    ...targets.map((t) => {
      const s = cellStatus(report, v.name, t);
      const mark = !s.promised && (s.state === "fail" || s.state === "warn") ? "\u2139" : MARK[s.state];
      return s.reason ? `${mark} ${clean(s.reason, 24)}` : mark;
    }),
    floorText(report, v.name)
  ]);
  if (report.promises?.everyTarget) {
    rows.unshift([
      "every target (promised)",
      ...targets.map((t) => {
        const s = promiseStatus(report, t);
        return `${MARK[s.state]} ${clean(s.reason, 24)}`;
      }),
      ""
    ]);
  }
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => width(r[i]))));
  const line = (r) => r.map((c, i) => i === r.length - 1 ? c : c + " ".repeat(widths[i] - width(c))).join("  ").trimEnd();
  const out = [line(header), ...rows.map(line)];
  if (report.shard) out.unshift(`shard ${report.shard.index}/${report.shard.count}`);
  const rec = report.recommended.map((r) => `  ${clean(r.target, 40)} \u2192 ${clean(recommendationText(r), 300)}`);
  if (rec.length) out.push("", "recommended:", ...rec);
  if (report.promises)
    out.push(
      "",
      clean(promisesSentence(report.promises), 2e3),
      "\u2139 = not promised: information, not part of the verdict"
    );
  const infra = infrastructureMessages(report);
  if (infra.length) out.push("", "infrastructure errors (no verdict):", ...infra.map((m) => `  ${clean(m, 300)}`));
  if (report.skipped.length) out.push("", "skipped:", ...report.skipped.map((m) => `  ${clean(m, 300)}`));
  const timings = Object.entries(report.timings);
  if (timings.length)
    out.push("", "timings: " + timings.map(([k, ms]) => `${clean(k, 20)} ${formatDuration(ms)}`).join(", "));
  return out.join("\n") + "\n";
}
function width(s) {
  let n = 0;
  for (const ch of s) n += new RegExp("\\p{Mn}|\\uFE0F", "u").test(ch) ? 0 : 1;
  return n;
}

// src/report/summary.ts
var ICON = { pass: "\u2705", fail: "\u274C", warn: "\u26A0\uFE0F", none: "\u2014", info: "\u2139\uFE0F" };
var DEFAULT_MAX = 1e6;
var CODE_CAP = 4096;
function renderSummary(report, opts = {}) {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX;
  const md = (s, max = 200) => escapeMarkdown(truncate(s, max));
  const verdict = opts.verdict ?? report.verdict;
  const head = [];
  const title = verdict === "error" ? "\u26A0\uFE0F infrastructure error \u2014 no ABI verdict" : verdict === "fail" ? "\u274C findings reach the failure threshold" : "\u2705 pass";
  const shard = report.shard ? ` (shard ${report.shard.index}/${report.shard.count})` : "";
  head.push(`## abigap: ${title}${shard}`, "");
  if (opts.verdictNote) head.push(md(opts.verdictNote, 500), "");
  const infra = infrastructureMessages(report);
  if (infra.length) {
    head.push("### \u26A0\uFE0F Infrastructure errors", "", "These are not ABI findings; the affected parts have no verdict.", "");
    head.push(...infra.slice(0, 50).map((m) => `- ${md(m, 500)}`), "");
    if (infra.length > 50) head.push(`- \u2026 ${infra.length - 50} more`, "");
  }
  const targets = report.targets.slice(0, 40);
  const grid = [
    `| variant | floor | ${targets.map((t) => md(t.id, 60)).join(" | ")} |`,
    `|---|---|${targets.map(() => "---").join("|")}|`
  ];
  let gridCut = 0;
  if (report.promises?.everyTarget) {
    const cells = targets.map((t) => {
      const s = promiseStatus(report, t.id);
      return `${ICON[s.state]} ${md(s.reason, 60)}`;
    });
    grid.push(`| **every target: a clean artifact** (promised) | | ${cells.join(" | ")} |`);
  }
  for (const v of report.variants) {
    const cells = targets.map((t) => {
      const s = cellStatus(report, v.name, t.id);
      const icon = !s.promised && (s.state === "fail" || s.state === "warn") ? ICON.info : ICON[s.state];
      return s.reason ? `${icon} ${md(s.reason, 40)}` : icon;
    });
    const row = `| ${md(v.name, 60)} | ${md(floorText(report, v.name), 40)} | ${cells.join(" | ")} |`;
    if (byteLength(head.join("\n")) + byteLength(grid.join("\n")) + byteLength(row) > maxBytes / 2) gridCut++;
    else grid.push(row);
  }
  head.push("### Variants \xD7 targets", "", ...grid, "");
  if (report.targets.length > targets.length)
    head.push(
      `_${report.targets.length - targets.length} more targets not shown in the grid (see the JSON report)._`,
      ""
    );
  if (gridCut)
    head.push(`_${gridCut} variants cut from the grid to stay under the summary size limit (see the JSON report)._`, "");
  head.push(
    "\u2705 runs \xB7 \u274C will not run \xB7 \u26A0\uFE0F warning, unknown or not verified \xB7 \u2014 not built/run" + (report.promises ? " \xB7 \u2139\uFE0F not promised (information: does not run cleanly there, not part of the verdict)" : ""),
    ""
  );
  if (report.promises) head.push(md(promisesSentence(report.promises), 2e3), "");
  const imaged = report.targets.filter((t) => t.image).slice(0, 200);
  if (imaged.length) {
    head.push("### Images the verdicts were made against", "", "| target | digest | image id |", "|---|---|---|");
    for (const t of imaged)
      head.push(
        `| ${md(t.id, 80)} | ${t.image.digest ? inlineCode(t.image.digest) : "local image, no registry digest"} | ${inlineCode(t.image.id.slice(0, 19))} |`
      );
    head.push("");
  }
  if (report.recommended.length) {
    head.push(
      "### Recommended artifact per target",
      "",
      "Only a build that runs there with no error and no warning is recommended.",
      "",
      "| target | artifact | floor |",
      "|---|---|---|"
    );
    for (const r of report.recommended.slice(0, 200)) {
      const shown = r.variant ?? r.candidate?.variant ?? null;
      const artifact = r.variant ? md(r.variant, 80) : r.candidate ? `\u26A0\uFE0F no build runs cleanly on ${md(r.target, 80)} \u2014 best candidate ${md(r.candidate.variant, 80)}: ${md(r.candidate.caveat, 300)}` : `\u274C no build runs on ${md(r.target, 80)}`;
      head.push(`| ${md(r.target, 80)} | ${artifact} | ${shown ? md(floorText(report, shown), 40) : ""} |`);
    }
    head.push("");
  }
  if (report.diff?.length) {
    head.push("### Changes against the baseline", "");
    const icon = { error: "\u{1F534}", warning: "\u{1F7E0}", notice: "\u{1F7E2}" };
    for (const d of report.diff.slice(0, 200)) head.push(`- ${icon[d.severity]} ${md(d.message, 400)}`);
    if (report.diff.length > 200) head.push(`- \u2026 ${report.diff.length - 200} more (see the JSON report)`);
    head.push("");
  }
  const tail = [];
  const overflow = opts.overflow ?? [];
  if (overflow.length) {
    tail.push(
      `### ${overflow.length} annotations cut`,
      "",
      "GitHub shows at most 10 error and 10 warning annotations per step (50 per job); these were not annotated:",
      ""
    );
    for (const a of overflow.slice(0, 300)) {
      const where = a.file ? inlineCode(`${a.file}:${a.line ?? 1}`) : "(no file)";
      tail.push(
        `- ${a.severity === "error" ? "\u274C" : a.severity === "warning" ? "\u26A0\uFE0F" : "\u2139\uFE0F"} ${where} ${md(a.title, 200)}`
      );
    }
    if (overflow.length > 300) tail.push(`- \u2026 ${overflow.length - 300} more (see the JSON report / SARIF)`);
    tail.push("");
  }
  if (report.skipped.length) {
    tail.push("### Skipped", "", ...report.skipped.slice(0, 50).map((s) => `- ${md(s, 400)}`), "");
  }
  const timings = Object.entries(report.timings);
  const buildTimes = report.builds.filter((b) => b.durationMs > 0);
  if (timings.length || buildTimes.length) {
    tail.push("<details><summary>Timings</summary>", "", "| phase | time |", "|---|---|");
    for (const [k, ms] of timings.slice(0, 50)) tail.push(`| ${md(k, 60)} | ${formatDuration(ms)} |`);
    for (const b of buildTimes.slice(0, 100))
      tail.push(`| build ${md(b.variant, 60)} | ${formatDuration(b.durationMs)} |`);
    tail.push("", "</details>", "");
  }
  const headText = head.join("\n") + "\n";
  const tailText = tail.join("\n");
  const details = failureDetails(report);
  const reserve = 400;
  let budget = maxBytes - byteLength(headText) - byteLength(tailText) - reserve;
  const kept = [];
  let cut = 0;
  for (const block of details) {
    const size = byteLength(block) + 1;
    if (size <= budget) {
      kept.push(block);
      budget -= size;
    } else cut++;
  }
  let detailText = "";
  if (details.length) {
    detailText = "### Details\n\n" + kept.join("\n");
    if (cut)
      detailText += `
_${cut} failure details cut to keep the summary under ${Math.floor(maxBytes / 1024)} KiB; the JSON report has them all._
`;
    detailText += "\n";
  }
  let out = headText + detailText + tailText;
  if (byteLength(out) > maxBytes) {
    const note = "\n\n_Summary truncated to stay under the size limit; see the JSON report._\n";
    const enc = new TextEncoder().encode(out).slice(0, maxBytes - byteLength(note) - 8);
    out = new TextDecoder().decode(enc).replace(/\n[^\n]*$/, "").replace(/\uFFFD$/, "") + note;
  }
  return out;
}
function failureDetails(report) {
  const blocks = [];
  for (const b of report.builds) {
    if (b.status === "ok" || b.status === "skipped") continue;
    const body = [];
    for (const d of b.diagnostics.slice(0, 20)) {
      const where = d.file ? `${d.file}:${d.line ?? "?"}${d.column ? ":" + d.column : ""}: ` : "";
      body.push(`- ${escapeMarkdown(truncate(where + d.message, 500))}`);
    }
    for (const g of b.gaps) body.push(...gapLines(g));
    if (b.log.trim())
      body.push("", "Build log (tail):", "", markdownCodeBlock(truncate(tailOf(b.log, CODE_CAP), CODE_CAP)));
    const promised = !report.promises || (report.promises.variants?.[b.variant]?.length ?? 0) > 0;
    const note = promised ? "" : " (not promised: information)";
    blocks.push(
      detailsBlock(
        `${promised ? ICON.fail : ICON.info} build <b>${escapeHtml(truncate(b.variant, 80))}</b>: ${escapeHtml(b.status)}${note}`,
        body
      )
    );
  }
  for (const v of report.variants) {
    for (const t of report.targets) {
      const s = cellStatus(report, v.name, t.id);
      if (!s.cell || s.state !== "fail" && s.state !== "warn") continue;
      const c = s.cell;
      const body = [];
      for (const g of c.gaps) body.push(...gapLines(g));
      if (c.run) {
        const r = c.run;
        body.push(
          "",
          `Run in the container: **${escapeMarkdown(r.outcome)}**${r.exitCode !== null ? `, exit ${r.exitCode}` : ""}${r.signal ? `, ${escapeMarkdown(r.signal)}` : ""} (${formatDuration(r.durationMs)})`
        );
        if (r.error) body.push("", markdownCodeBlock(truncate(r.error, CODE_CAP)));
        const out = (r.stderr.trim() ? r.stderr : r.stdout).trim();
        if (out) body.push("", markdownCodeBlock(truncate(out, CODE_CAP)));
      }
      const icon = s.promised ? ICON[s.state] : ICON.info;
      const summary = `${icon} <b>${escapeHtml(truncate(v.name, 80))}</b> on <b>${escapeHtml(truncate(t.id, 80))}</b>: ${escapeHtml(truncate(s.reason, 80))}${s.promised ? "" : " (not promised: information)"}`;
      blocks.push(detailsBlock(summary, body));
    }
  }
  return blocks;
}
function gapLines(g) {
  const lines = [`- **${g.kind}** (${g.severity}): ${escapeMarkdown(truncate(g.message, 1e3))}`];
  if (g.symbols?.length) {
    const shown = g.symbols.slice(0, 30).map((s) => inlineCode(s, 120));
    lines.push(
      `  - symbols${g.version ? ` needing ${escapeMarkdown(g.version)}` : ""}${g.library && g.kind === "symbol-version" ? ` from ${inlineCode(g.library)}` : ""}: ${shown.join(", ")}${g.symbols.length > 30 ? ` \u2026 (${g.symbols.length})` : ""}`
    );
  }
  if (g.library && g.kind !== "symbol-version") lines.push(`  - library: ${inlineCode(g.library)}`);
  for (const loc of (g.locations ?? []).slice(0, 5)) {
    lines.push(`  - at ${inlineCode(`${loc.file}:${loc.line}`)} (${escapeMarkdown(loc.reason)})`);
  }
  for (const fix of (g.fixes ?? []).slice(0, 5)) lines.push(`  - fix: ${escapeMarkdown(truncate(fix, 500))}`);
  return lines;
}
function detailsBlock(summary, body) {
  return `<details><summary>${summary}</summary>

${body.join("\n")}

</details>
`;
}
function tailOf(text, max) {
  return text.length <= max ? text : "\u2026" + text.slice(text.length - max + 1);
}

// src/report/fingerprint.ts
function fingerprint(parts) {
  return fnv1a64(parts.map((p) => `${p ?? ""}`.length + ":" + (p ?? "")).join("|")).toString(16).padStart(16, "0");
}

// src/report/sarif.ts
var RULES = {
  "missing-loader": {
    name: "MissingLoader",
    short: "The target has no program interpreter (dynamic loader) the binary asks for",
    help: 'The binary names a loader (PT_INTERP) the target image does not contain, so exec fails with "no such file or directory". Build with CGO_ENABLED=0, link statically, or build against the target libc (musl for Alpine).',
    level: "error"
  },
  "missing-library": {
    name: "MissingLibrary",
    short: "A needed shared library is not present in the target",
    help: 'A DT_NEEDED library is missing on the target, so the loader stops with "error while loading shared libraries". Install the library in the image, link it statically, or drop the dependency.',
    level: "error"
  },
  "symbol-version": {
    name: "SymbolVersion",
    short: "The binary needs a symbol version node a library of the target does not define",
    help: 'One result per missing (library, version node), listing exactly the symbols bound to it: the binary was linked against a newer library than the target has (e.g. needs GLIBC_2.34 from libc.so.6, target has glibc 2.31), and the loader stops with "version `GLIBC_2.34\' not found". Build on (or with a sysroot of) the oldest distribution you support, use CGO_ENABLED=0, or link against musl statically.',
    level: "error"
  },
  "missing-symbol": {
    name: "MissingSymbol",
    short: "A symbol the binary needs is defined by no library the loader loads on the target",
    help: 'Every non-weak undefined symbol must be defined (under its version, on glibc) by a library the loader loads. musl reports "Error relocating \u2026: X: symbol not found" at start; glibc "symbol lookup error: \u2026: undefined symbol: X" at start or at the first call. Build against the library (or musl) of the oldest target, install a newer library in the image, or stop using the function.',
    level: "error"
  },
  "libc-flavor": {
    name: "LibcFlavor",
    short: "The binary is built for another C library (glibc vs musl)",
    help: "A glibc-linked binary does not run on musl (Alpine) and vice versa. Ship a musl build for Alpine, a static build, or a CGO_ENABLED=0 build.",
    level: "error"
  },
  "static-nss": {
    name: "StaticNss",
    short: "A statically linked glibc binary uses NSS (user/host lookups)",
    help: "Static glibc binaries that call getpwuid/getaddrinfo load NSS modules at run time from the target glibc and can crash or fail. Use the netgo/osusergo build tags, or musl static linking.",
    level: "warning"
  },
  "kernel-floor": {
    name: "KernelFloor",
    short: "The binary needs a newer kernel than the target distribution ships",
    help: "The Go runtime or the binary requires a minimum kernel version (ELF note ABI tag or Go release policy) above the distribution default kernel. Use an older Go toolchain or a newer target.",
    level: "warning"
  },
  "isa-level": {
    name: "IsaLevel",
    short: "The binary needs a newer x86-64 ISA level than the target guarantees",
    help: "Built with GOAMD64=v2/v3/v4 (or -march) while the distribution supports older CPUs. Build with GOAMD64=v1 for wide compatibility.",
    level: "warning"
  },
  "arch-mismatch": {
    name: "ArchMismatch",
    short: "The binary is built for another CPU architecture than the target",
    help: "The ELF machine does not match the target platform. Build with the right GOARCH or set the target platform (e.g. linux/arm64).",
    level: "error"
  },
  "toolchain-mismatch": {
    name: "ToolchainMismatch",
    short: "The build toolchain does not match the requested variant",
    help: "The compiler/linker found does not produce the requested variant (e.g. no musl-gcc for a musl build, Go too old for the module). Install the toolchain or use a builder image.",
    level: "error"
  },
  "build-failed": {
    name: "BuildFailed",
    short: "The variant failed to build",
    help: "go build failed for this variant; see the compiler diagnostics at the annotated lines.",
    level: "error"
  },
  "runtime-disagreement": {
    name: "RuntimeDisagreement",
    short: "Running the binary in the target contradicts the static verdict",
    help: "The static analysis said one thing and the real run in the target container another. The run is authoritative; please report the case.",
    level: "warning"
  },
  "no-clean-artifact": {
    name: "NoCleanArtifact",
    short: "A promised target has no build that runs there with no error and no warning",
    help: "The config promises every target at least one clean artifact (promises: every-target), and no variant of the matrix builds and runs on this target without an error or a warning. Add a variant that does (CGO_ENABLED=0, a static musl build, an older builder), or fix the code the gaps point at.",
    level: "error"
  },
  unanalysable: {
    name: "Unanalysable",
    short: "The binary could not be analysed",
    help: "The ELF file is malformed or not a Linux executable, so no verdict is possible.",
    level: "warning"
  }
};
var LEVEL = { error: "error", warning: "warning", notice: "note" };
function toSarif(report, opts = {}) {
  const mapPath = opts.mapPath ?? normalisePath;
  const kinds = Object.keys(RULES);
  const rules = kinds.map((kind) => {
    const r = RULES[kind];
    return {
      id: kind,
      name: r.name,
      shortDescription: { text: r.short },
      fullDescription: { text: r.help },
      help: { text: r.help, markdown: `**${r.short}.** ${r.help}` },
      defaultConfiguration: { level: r.level },
      properties: { tags: ["abi", "portability"], precision: "high" }
    };
  });
  const variantOrder = new Map(report.variants.map((v, i) => [v.name, i]));
  const targetOrder = new Map(report.targets.map((t, i) => [t.id, i]));
  const findings = collectFindings(report).sort(
    (a, b) => (variantOrder.get(a.variant) ?? 1e9) - (variantOrder.get(b.variant) ?? 1e9) || (a.target === null ? -1 : targetOrder.get(a.target) ?? 1e9) - (b.target === null ? -1 : targetOrder.get(b.target) ?? 1e9) || SEVERITY_RANK[a.gap.severity] - SEVERITY_RANK[b.gap.severity]
  );
  const seen = /* @__PURE__ */ new Set();
  const results = [];
  for (const f of findings) {
    const locs = locateFinding(f, report, mapPath);
    const primary = locs[0];
    const fp = fingerprint([
      f.variant,
      f.target,
      f.gap.kind,
      f.gap.library,
      f.gap.version,
      f.gap.goPackage,
      primary?.file,
      primary?.line,
      ...f.gap.kind === "missing-symbol" ? [f.gap.symbols?.join(",")] : []
    ]);
    if (seen.has(fp)) continue;
    seen.add(fp);
    const phys = (l) => ({
      physicalLocation: {
        artifactLocation: { uri: encodeUri(l.file), uriBaseId: "%SRCROOT%" },
        region: {
          startLine: l.line,
          ...l.column ? { startColumn: l.column } : {},
          ...l.endLine ? { endLine: l.endLine } : {},
          ...l.endColumn ? { endColumn: l.endColumn } : {}
        }
      }
    });
    results.push({
      ruleId: f.gap.kind,
      ruleIndex: kinds.indexOf(f.gap.kind),
      level: LEVEL[f.gap.severity],
      message: {
        text: truncate(`${gapTitle(f)}: ${f.gap.message}${f.gap.fixes?.length ? ` Fix: ${f.gap.fixes[0]}` : ""}`, 2e3)
      },
      locations: primary ? [phys(primary)] : [],
      ...locs.length > 1 ? { relatedLocations: locs.slice(1).map((l, i) => ({ id: i + 1, ...phys(l) })) } : {},
      partialFingerprints: { "abigapGap/v1": fp },
      properties: {
        variant: f.variant,
        target: f.target,
        ...f.gap.library ? { library: f.gap.library } : {},
        ...f.gap.version ? { version: f.gap.version } : {},
        ...f.gap.symbols?.length ? { symbols: f.gap.symbols.slice(0, 50) } : {}
      }
    });
  }
  const infra = infrastructureMessages(report);
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "abigap",
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: opts.informationUri ?? "https://github.com/abigap/abigap",
            rules
          }
        },
        originalUriBaseIds: { "%SRCROOT%": { description: { text: "The repository root." } } },
        invocations: [
          {
            executionSuccessful: infra.length === 0,
            ...infra.length ? {
              toolExecutionNotifications: infra.slice(0, 100).map((m) => ({ level: "error", message: { text: truncate(m, 2e3) } }))
            } : {}
          }
        ],
        columnKind: "utf16CodeUnits",
        results,
        ...report.shard ? { properties: { shard: report.shard } } : {}
      }
    ]
  };
}
function encodeUri(path) {
  return path.split("/").map(encodeURIComponent).join("/");
}

// src/report/merge.ts
var MergeError = class extends UserError {
  name = "MergeError";
  constructor(message) {
    super("report", message);
  }
};
function mergeReports(reports) {
  if (!reports.length) throw new MergeError("no reports to merge");
  for (const r of reports) {
    if (r?.schemaVersion !== 1 || !Array.isArray(r.results) || !Array.isArray(r.variants)) {
      throw new MergeError("not an abigap matrix report (schemaVersion 1)");
    }
  }
  const sorted = [...reports].sort((a, b) => (a.shard?.index ?? 0) - (b.shard?.index ?? 0));
  const counts = new Set(sorted.map((r) => r.shard?.count).filter((c) => typeof c === "number"));
  if (counts.size > 1) throw new MergeError(`reports come from different shardings (${[...counts].join(", ")} shards)`);
  const indexes = sorted.map((r) => r.shard?.index).filter((i) => typeof i === "number");
  const dup = indexes.find((i, k) => indexes.indexOf(i) !== k);
  if (dup !== void 0) throw new MergeError(`shard ${dup} given twice`);
  const plan = sorted.find((r) => r.plan)?.plan ?? null;
  const variants = orderBy(
    uniqueBy(
      sorted.flatMap((r) => r.variants),
      (v) => v.name
    ),
    plan?.variants ?? mergeOrder(sorted.map((r) => r.variants.map((v) => v.name))),
    (v) => v.name
  );
  const targets = orderBy(
    uniqueBy(
      sorted.flatMap((r) => r.targets),
      (t) => t.id
    ),
    plan?.targets ?? mergeOrder(sorted.map((r) => r.targets.map((t) => t.id))),
    (t) => t.id
  );
  const builds = mergeBuilds(sorted.flatMap((r) => r.builds));
  const vOrder = new Map(variants.map((v, i) => [v.name, i]));
  const tOrder = new Map(targets.map((t, i) => [t.id, i]));
  const cells = /* @__PURE__ */ new Map();
  for (const c of sorted.flatMap((r) => r.results)) {
    const key = `${c.variant}\0${c.target}`;
    const prev = cells.get(key);
    if (prev && prev.verdict !== c.verdict) {
      throw new MergeError(`cell ${c.variant} \xD7 ${c.target} appears in two shards with different verdicts`);
    }
    if (!prev) cells.set(key, c);
  }
  const results = [...cells.values()].sort(
    (a, b) => (vOrder.get(a.variant) ?? 0) - (vOrder.get(b.variant) ?? 0) || (tOrder.get(a.target) ?? 0) - (tOrder.get(b.target) ?? 0)
  );
  const mergedBuilds = builds.sort((a, b) => (vOrder.get(a.variant) ?? 0) - (vOrder.get(b.variant) ?? 0));
  citeMatrixResults(
    variants.map((v) => ({ ...v, tags: v.tags ?? [] })),
    mergedBuilds,
    results
  );
  const recommended = recommendArtifacts(
    targets.map((t) => t.id),
    variants,
    mergedBuilds,
    results
  );
  const timings = {};
  for (const r of sorted) for (const [k, v] of Object.entries(r.timings)) timings[k] = Math.max(timings[k] ?? 0, v);
  const verdictRank = { pass: 0, fail: 1, error: 2 };
  const verdict = sorted.map((r) => r.verdict).reduce((a, b) => verdictRank[b] > verdictRank[a] ? b : a, "pass");
  const diffs = sorted.flatMap((r) => r.diff ?? []);
  return {
    schemaVersion: 1,
    tool: sorted[0].tool,
    verdict,
    variants,
    targets,
    builds: mergedBuilds,
    results,
    floors: uniqueBy(
      sorted.flatMap((r) => r.floors),
      (f) => f.file
    ),
    recommended,
    skipped: [...new Set(sorted.flatMap((r) => r.skipped))],
    infrastructureErrors: [...new Set(sorted.flatMap((r) => r.infrastructureErrors))],
    timings,
    shard: null,
    plan: plan ?? null,
    promises: sorted[0].promises ?? null,
    diff: diffs.length ? uniqueBy(diffs, (d) => `${d.kind}\0${d.variant}\0${d.target ?? ""}\0${d.message}`) : sorted.some((r) => r.diff) ? [] : null
  };
}
function mergeBuilds(all) {
  const rank = { ok: 0, failed: 1, "toolchain-mismatch": 2, skipped: 3 };
  const best = /* @__PURE__ */ new Map();
  for (const b of all) {
    const prev = best.get(b.variant);
    if (!prev || rank[b.status] < rank[prev.status]) best.set(b.variant, b);
  }
  return [...best.values()];
}
function uniqueBy(items, key) {
  const seen = /* @__PURE__ */ new Set();
  return items.filter((x) => {
    const k = key(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
function orderBy(items, order, key) {
  const pos = new Map(order.map((k, i) => [k, i]));
  const alt = (t) => pos.get(key(t)) ?? Infinity;
  return items.map((t, i) => ({ t, i })).sort((a, b) => alt(a.t) - alt(b.t) || a.i - b.i).map((x) => x.t);
}
function mergeOrder(lists) {
  const after = /* @__PURE__ */ new Map();
  const indegree = /* @__PURE__ */ new Map();
  const firstSeen = [];
  for (const list of lists) {
    for (const k of list) {
      if (!indegree.has(k)) {
        indegree.set(k, 0);
        after.set(k, /* @__PURE__ */ new Set());
        firstSeen.push(k);
      }
    }
    for (let i = 1; i < list.length; i++) {
      const edges = after.get(list[i - 1]);
      if (!edges.has(list[i])) {
        edges.add(list[i]);
        indegree.set(list[i], (indegree.get(list[i]) ?? 0) + 1);
      }
    }
  }
  const out = [];
  const ready = firstSeen.filter((k) => indegree.get(k) === 0);
  while (ready.length) {
    const k = ready.shift();
    out.push(k);
    for (const n of after.get(k) ?? []) {
      indegree.set(n, (indegree.get(n) ?? 0) - 1);
      if (indegree.get(n) === 0) ready.push(n);
    }
  }
  for (const k of firstSeen) if (!out.includes(k)) out.push(k);
  return out;
}

// src/matrix/targets.ts
function targetId(ref, platform) {
  return platform ? `${ref} (${platform})` : ref;
}
function targetSpec(ref, platform = null, declaredAt = null, preset = null) {
  const r = ref.trim();
  return { id: targetId(r, platform), ref: r, platform, preset, declaredAt };
}
function presetTargets(name, declaredAt = null) {
  const refs = TARGET_PRESETS[name];
  if (!refs) {
    const guess = didYouMean(name, presetNames());
    return {
      error: `unknown preset '${name}'${guess ? ` (did you mean '${guess}'?)` : ""}; presets: ${presetNames().join(", ")}`
    };
  }
  return refs.map((ref) => targetSpec(ref, null, declaredAt, name));
}
function targetsFromList(items) {
  const out = [];
  for (const item of items) {
    if (!item.startsWith("preset:")) {
      out.push(targetSpec(item));
      continue;
    }
    const expanded = presetTargets(item.slice("preset:".length));
    if ("error" in expanded) return expanded;
    out.push(...expanded);
  }
  return dedupeTargets(out);
}
function dedupeTargets(targets) {
  const seen = /* @__PURE__ */ new Set();
  return targets.filter((t) => !seen.has(t.id) && seen.add(t.id));
}

// src/report/parse-report.ts
var ReportFileError = class extends UserError {
  name = "ReportFileError";
  constructor(message) {
    super("report", message);
  }
};
function parseReportJson(text, file) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new ReportFileError(`${file} is not JSON: ${e.message}`);
  }
  const r = data;
  if (!r || typeof r !== "object" || r.schemaVersion !== 1 || !Array.isArray(r.results) || !Array.isArray(r.builds)) {
    throw new ReportFileError(`${file} is not an abigap matrix report (schemaVersion 1 with builds and results)`);
  }
  for (const key of ["variants", "targets", "floors", "recommended", "skipped", "infrastructureErrors"]) {
    if (!Array.isArray(r[key])) throw new ReportFileError(`${file}: '${key}' is missing or not a list`);
  }
  for (const t of r.targets) {
    if (!t || typeof t.ref !== "string") throw new ReportFileError(`${file}: a target has no 'ref'`);
    t.id ??= targetId(t.ref, t.platform ?? null);
  }
  return r;
}

export {
  formatGrid,
  renderSummary,
  toSarif,
  mergeReports,
  targetSpec,
  presetTargets,
  targetsFromList,
  dedupeTargets,
  ReportFileError,
  parseReportJson
};
