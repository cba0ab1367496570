import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  cellInShard,
  cellKey
} from "./chunk-O5FLEDQI.js";
import {
  editDistance
} from "./chunk-AQ4GU5WP.js";

// src/matrix/config-error.ts
function formatProblem(p) {
  return `${p.file}:${p.line}:${p.column}: ${p.key ? `${p.key}: ` : ""}${p.message}`;
}
var ConfigError = class extends Error {
  problems;
  file;
  key;
  line;
  column;
  constructor(unsorted) {
    const problems = [...unsorted].sort((a, b) => a.line - b.line || a.column - b.column);
    super(problems.map(formatProblem).join("\n"));
    this.name = "ConfigError";
    this.problems = problems;
    const first = problems[0];
    this.file = first.file;
    this.key = first.key;
    this.line = first.line;
    this.column = first.column;
  }
};

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

// src/matrix/variant-name.ts
function variantName(v) {
  const parts = v.cgo ? ["cgo", v.libc ?? "glibc"] : ["nocgo"];
  if (v.cgo && v.link === "static") parts.push("static");
  if (v.arch !== "amd64") parts.push(v.arch);
  return parts.join("-");
}

// src/matrix/plan.ts
function targetName(t) {
  return t.platform ? `${t.ref} (${t.platform})` : t.ref;
}
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
  const shard = opts.shard ?? null;
  if (shard && (!Number.isInteger(shard.count) || shard.count < 1 || shard.index < 1 || shard.index > shard.count)) {
    throw new RangeError(`invalid shard ${shard.index}/${shard.count}`);
  }
  const targetArch = (t) => t.platform?.split("/")[1] ?? hostArch;
  const variantArchs = new Set(variants.map((v) => v.arch));
  const targetArchs = new Set(config.targets.map(targetArch));
  const paired = (v, t) => v.arch === targetArch(t) || !targetArchs.has(v.arch) || !variantArchs.has(targetArch(t));
  const cells = [];
  for (const v of variants) {
    for (const t of config.targets) {
      const target = targetName(t);
      const key = cellKey(v.name, target);
      if (!paired(v, t)) continue;
      if (!cellInShard(v.name, target, shard)) continue;
      cells.push({ variant: v.name, target, key });
    }
  }
  const usedVariants = new Set(cells.map((c) => c.variant));
  const usedTargets = new Set(cells.map((c) => c.target));
  return {
    variants: shard ? variants.filter((v) => usedVariants.has(v.name)) : variants,
    dropped,
    targets: shard ? config.targets.filter((t) => usedTargets.has(targetName(t))) : config.targets,
    cells,
    shard
  };
}
function expandAxes(config, dropped, hostArch) {
  const axes = config.axes ?? { cgo: [false, true], libc: ["glibc"], link: ["dynamic"], arch: null };
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

// src/build/host-arch.ts
import os from "node:os";
function goArch(nodeArch) {
  return { x64: "amd64", ia32: "386", ppc64: "ppc64le" }[nodeArch] ?? nodeArch;
}
function hostGoArch() {
  return goArch(os.arch());
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

export {
  ConfigError,
  didYouMean,
  shellWords,
  parseDuration,
  targetName,
  planMatrix,
  hostGoArch
};
