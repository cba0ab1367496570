import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  cellInShard,
  cellKey,
  didYouMean
} from "./chunk-FOP2SIUH.js";
import {
  UserError
} from "./chunk-JQT2NS4W.js";

// src/matrix/config-error.ts
function formatProblem(p) {
  return `${p.file}:${p.line}:${p.column}: ${p.key ? `${p.key}: ` : ""}${p.message}`;
}
var ConfigError = class extends UserError {
  problems;
  file;
  key;
  line;
  column;
  constructor(unsorted) {
    const problems = [...unsorted].sort((a, b) => a.line - b.line || a.column - b.column);
    super("config", problems.map(formatProblem).join("\n"));
    this.name = "ConfigError";
    this.problems = problems;
    const first = problems[0];
    this.file = first.file;
    this.key = first.key;
    this.line = first.line;
    this.column = first.column;
  }
};

// src/matrix/defaults.ts
var DEFAULT_AXES = { cgo: [false, true], libc: ["glibc"], link: ["dynamic"], arch: null };
var ALL_AXES = {
  cgo: [false, true],
  libc: ["glibc", "musl"],
  link: ["dynamic", "static"],
  arch: null
};
function defaultMatrixConfig(file, pkg, targets, axes = DEFAULT_AXES) {
  return {
    file,
    package: pkg.trim(),
    workingDirectory: ".",
    goFlags: [],
    tags: [],
    ldflags: "",
    env: {},
    variants: null,
    axes: { ...axes, cgo: [...axes.cgo], libc: [...axes.libc], link: [...axes.link] },
    builder: "host",
    builders: {},
    cc: {},
    targets,
    run: { args: [], timeoutMs: 1e4, successExitCodes: [0] },
    docker: { pull: "missing", mode: "auto" },
    modules: { download: false },
    build: { timeoutMs: 6e5, concurrency: null },
    positions: {}
  };
}

// src/matrix/variant-name.ts
function variantName(v) {
  const parts = v.cgo ? ["cgo", v.libc ?? "glibc"] : ["nocgo"];
  if (v.cgo && v.link === "static") parts.push("static");
  if (v.arch !== "amd64") parts.push(v.arch);
  return parts.join("-");
}

// src/matrix/plan.ts
function planMatrix(config, opts = {}) {
  const dropped = [];
  const hostArch = opts.hostArch ?? "amd64";
  const specs = (config.variants ?? expandAxes(config, dropped, hostArch)).map((s) => ({
    ...s,
    arch: s.arch ?? hostArch
  }));
  const variants = [];
  const byName = /* @__PURE__ */ new Map();
  const bySignature = /* @__PURE__ */ new Map();
  for (const spec of specs) {
    const builder = spec.builder ?? config.builder;
    const libc = spec.cgo ? spec.libc ?? "glibc" : null;
    const link = spec.cgo ? spec.link ?? "dynamic" : "static";
    const reason = impossible(spec, builder, config, hostArch);
    const auto = variantName({ cgo: spec.cgo, libc, link, arch: spec.arch });
    if (reason && config.variants === null) {
      dropped.push({ combo: auto, reason });
      continue;
    }
    const tags = [.../* @__PURE__ */ new Set([...config.tags, ...spec.tags])];
    const signature = JSON.stringify([spec.cgo, libc, link, spec.arch, builder, tags, spec.cc]);
    const twin = bySignature.get(signature);
    if (twin && config.variants === null) {
      dropped.push({ combo: auto, reason: `same build as ${twin.name}` });
      continue;
    }
    let name = spec.name ?? auto;
    if (!spec.name && byName.has(name)) name = `${auto}@${builderShortName(builder)}`;
    if (byName.has(name)) {
      throw new ConfigError([
        {
          file: config.file,
          key: "variants",
          line: spec.declaredAt?.line ?? 1,
          column: spec.declaredAt?.column ?? 1,
          message: `two variants are both named '${name}': give one a name`
        }
      ]);
    }
    const v = {
      name,
      cgo: spec.cgo,
      libc,
      link,
      arch: spec.arch,
      builder: config.builders[name] ?? builder,
      tags,
      cc: spec.cc ?? (spec.cgo && spec.arch !== hostArch ? config.cc[spec.arch] ?? null : null),
      declaredAt: spec.declaredAt
    };
    variants.push(v);
    byName.set(name, v);
    bySignature.set(signature, v);
  }
  for (const key of Object.keys(config.builders)) {
    if (byName.has(key)) continue;
    const pos = config.positions[`builders.${key}`];
    const guess = didYouMean(key, [...byName.keys()]);
    throw new ConfigError([
      {
        file: config.file,
        key: `builders.${key}`,
        line: pos?.line ?? 1,
        column: pos?.column ?? 1,
        message: `no variant named '${key}'${guess ? ` (did you mean '${guess}'?)` : ""}; variants: ${[...byName.keys()].join(", ")}`
      }
    ]);
  }
  if (variants.length === 0) {
    const pos = config.positions.axes ?? config.positions.variants;
    throw new ConfigError([
      {
        file: config.file,
        key: config.variants ? "variants" : "axes",
        line: pos?.line ?? 1,
        column: pos?.column ?? 1,
        message: `empty matrix: every combination was dropped (${dropped.map((d) => `${d.combo}: ${d.reason}`).join("; ")})`
      }
    ]);
  }
  const targetArch = (t) => t.platform?.split("/")[1] ?? hostArch;
  const variantArchs = new Set(variants.map((v) => v.arch));
  const targetArchs = new Set(config.targets.map(targetArch));
  const paired = (v, t) => v.arch === targetArch(t) || !targetArchs.has(v.arch) || !variantArchs.has(targetArch(t));
  const cells = [];
  for (const v of variants) {
    for (const t of config.targets) {
      if (paired(v, t)) cells.push({ variant: v.name, target: t.id, key: cellKey(v.name, t.id) });
    }
  }
  const whole = {
    variants,
    dropped,
    targets: config.targets,
    cells,
    shard: null,
    order: { variants: variants.map((v) => v.name), targets: config.targets.map((t) => t.id) }
  };
  return shardPlan(whole, opts.shard ?? null);
}
function shardPlan(plan, shard) {
  if (!shard) return plan;
  if (!Number.isInteger(shard.count) || shard.count < 1 || shard.index < 1 || shard.index > shard.count) {
    throw new RangeError(`invalid shard ${shard.index}/${shard.count}`);
  }
  const cells = plan.cells.filter((c) => cellInShard(c.variant, c.target, shard));
  const usedVariants = new Set(cells.map((c) => c.variant));
  const usedTargets = new Set(cells.map((c) => c.target));
  return {
    ...plan,
    variants: plan.variants.filter((v) => usedVariants.has(v.name)),
    targets: plan.targets.filter((t) => usedTargets.has(t.id)),
    cells,
    shard,
    unsharded: plan
  };
}
function expandAxes(config, dropped, hostArch) {
  const axes = config.axes ?? DEFAULT_AXES;
  const out = [];
  const base = { name: null, builder: null, tags: [], cc: null, declaredAt: config.positions.axes ?? null };
  for (const arch of axes.arch ?? [hostArch]) {
    for (const cgo of axes.cgo) {
      if (!cgo) {
        out.push({ ...base, cgo, libc: null, link: null, arch });
        const collapsed = axes.libc.length * axes.link.length - 1;
        if (collapsed > 0) {
          dropped.push({
            combo: variantName({ cgo: false, libc: null, link: "static", arch }) + ` \xD7 libc/link (${collapsed})`,
            reason: "cgo off has no libc or link axis: a pure-Go binary is always static"
          });
        }
        continue;
      }
      for (const libc of axes.libc) for (const link of axes.link) out.push({ ...base, cgo, libc, link, arch });
    }
  }
  return out;
}
function impossible(spec, builder, config, hostArch) {
  if (!spec.cgo || spec.arch === hostArch) return null;
  if (builder !== "host") return null;
  if (spec.libc === "musl") {
    return `cgo with musl for ${spec.arch} on the host needs a musl cross compiler for ${spec.arch}: use a builder image, or list the variant explicitly with its cc`;
  }
  if (!spec.cc && !config.cc[spec.arch]) {
    return `cgo for ${spec.arch} on the host needs a cross C compiler: set cc: { ${spec.arch}: <compiler> } (e.g. aarch64-linux-gnu-gcc) or use a builder image`;
  }
  return null;
}
function builderShortName(builder) {
  if (builder === "host") return "host";
  const last = builder.split("/").pop() ?? builder;
  return last.split(":")[0].split("@")[0];
}

// src/matrix/shell-words.ts
function shellWords(text) {
  const words = [];
  let cur = "";
  let inWord = false;
  let quote = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote === "'") {
      if (ch === "'") quote = null;
      else cur += ch;
    } else if (quote === '"') {
      if (ch === '"') quote = null;
      else if (ch === "\\" && i + 1 < text.length && '"\\$`'.includes(text[i + 1])) cur += text[++i];
      else cur += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      inWord = true;
    } else if (ch === "\\" && i + 1 < text.length) {
      cur += text[++i];
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(cur);
      cur = "";
      inWord = false;
    } else {
      cur += ch;
      inWord = true;
    }
  }
  if (quote) throw new Error(`unterminated ${quote} quote`);
  if (inWord) words.push(cur);
  return words;
}
function parseDuration(value) {
  if (typeof value === "number") return Math.round(value * 1e3);
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/.exec(value);
  if (!m) throw new Error(`not a duration: ${value}`);
  const n = Number(m[1]);
  const unit = m[2] ?? "s";
  const factor = unit === "ms" ? 1 : unit === "s" ? 1e3 : unit === "m" ? 6e4 : 36e5;
  return Math.round(n * factor);
}

// src/build/host-arch.ts
import os from "node:os";
function goArch(nodeArch) {
  return { x64: "amd64", ia32: "386", ppc64: "ppc64le" }[nodeArch] ?? nodeArch;
}
function hostGoArch() {
  return goArch(os.arch());
}

export {
  ConfigError,
  DEFAULT_AXES,
  ALL_AXES,
  defaultMatrixConfig,
  shellWords,
  parseDuration,
  planMatrix,
  shardPlan,
  hostGoArch
};
