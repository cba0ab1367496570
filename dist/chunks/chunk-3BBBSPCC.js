import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  archMismatch,
  checkBinary,
  computeFloor,
  indexSource,
  locateSymbols,
  muslToolchainRelease,
  reconcileRun,
  runProcess,
  staticNssSymbolsOf,
  which
} from "./chunk-LKIEOEYU.js";
import {
  StartReads
} from "./chunk-FL3LMZPF.js";
import {
  mapLimit,
  mapLimitKeyed
} from "./chunk-BWXTYJ3K.js";
import {
  inspectFile
} from "./chunk-PZNQ4IVZ.js";
import {
  ConfigError,
  hostGoArch,
  planMatrix,
  shellWords
} from "./chunk-OPAPNX32.js";
import {
  TARGET_PRESETS,
  citeMatrixResults,
  didYouMean,
  evaluateReport,
  presetNames,
  recommendArtifacts
} from "./chunk-FOP2SIUH.js";
import {
  attributeImports
} from "./chunk-PLQKMIQ7.js";
import {
  embeddedProfiles,
  findProfile
} from "./chunk-XIJAJIPL.js";
import {
  archOf
} from "./chunk-MTCQCEN2.js";
import {
  require_tar_stream
} from "./chunk-ODQOTO54.js";
import {
  __toESM
} from "./chunk-54MS2K6W.js";

// src/pipeline/run-matrix.ts
import { mkdirSync as mkdirSync3, mkdtempSync, rmSync, writeFileSync as writeFileSync2 } from "node:fs";
import os4 from "node:os";
import path8 from "node:path";

// src/build/intent.ts
function gap(message, fixes) {
  return { kind: "toolchain-mismatch", severity: "error", message, fixes };
}
function checkBuildIntent(v, f) {
  const gaps = [];
  if (f.error || !f.elf) {
    return [
      {
        kind: "unanalysable",
        severity: "error",
        message: `the built file is not a readable ELF binary: ${f.error?.message ?? "no ELF header"}`
      }
    ];
  }
  const arch = archOf(f.elf);
  if (arch && arch !== v.arch) {
    gaps.push(
      gap(`${v.name} should be ${v.arch} but the binary is ${f.elf.machine}`, [`check GOARCH and CC for ${v.name}`])
    );
  }
  const settings = f.go?.settings ?? {};
  if (settings.GOARCH && settings.GOARCH !== v.arch) {
    gaps.push(
      gap(`${v.name} should be GOARCH=${v.arch} but Go built GOARCH=${settings.GOARCH}`, [
        "check GOARCH in env and GOFLAGS"
      ])
    );
  }
  const cgoSetting = settings.CGO_ENABLED;
  if (cgoSetting !== void 0 && cgoSetting === "1" !== v.cgo) {
    gaps.push(
      gap(
        `${v.name} should be built with CGO_ENABLED=${v.cgo ? 1 : 0} but the binary says CGO_ENABLED=${cgoSetting}`,
        v.cgo ? ["install a C compiler for this variant (CGO_ENABLED falls back to 0 without one)"] : ["remove CGO_ENABLED from the environment"]
      )
    );
  }
  const hasInterp = f.interpreter !== null;
  const dynamic = f.linkage === "dynamic" || hasInterp || f.needed.length > 0;
  const flavor = f.libc;
  const cxx = f.needed.some((n) => /^libstdc\+\+|^libc\+\+/.test(n));
  const cxxHint = cxx ? " (a C++ part linked with the host g++ pulls in glibc\u2019s libstdc++)" : "";
  if (!v.cgo) {
    if (dynamic) {
      gaps.push(
        gap(
          `${v.name} (CGO_ENABLED=0) came out dynamically linked${hasInterp ? ` with interpreter ${f.interpreter}` : ""}`,
          ["remove -linkmode external from ldflags for pure-Go builds"]
        )
      );
    }
    return gaps;
  }
  if (v.link === "static" && dynamic) {
    gaps.push(
      gap(
        `${v.name} should be statically linked but ${hasInterp ? `has an interpreter (${f.interpreter})` : "is dynamically linked"}` + (f.needed.length ? ` and needs ${f.needed.join(", ")}` : "") + cxxHint,
        [`link with -ldflags '-linkmode external -extldflags "-static"'`, "make sure CC/CXX can link statically"]
      )
    );
  }
  if (v.link === "dynamic" && !dynamic && f.linkage !== null) {
    gaps.push({
      ...gap(`${v.name} should be dynamically linked against ${v.libc} but came out static`, [
        "remove -extldflags -static from ldflags, or declare the variant with link: static"
      ]),
      severity: "warning"
    });
  }
  if (v.libc === "musl" && flavor === "glibc") {
    gaps.push(
      gap(
        `${v.name} should be linked against musl but came out linked against glibc${dynamic ? ` (interpreter ${f.interpreter ?? "none"}, needs ${f.needed.join(", ") || "nothing"})` : " (glibc start files and ABI note)"}${cxxHint}`,
        cxx ? [
          "set CXX to a musl C++ compiler (e.g. x86_64-linux-musl-g++) or build this variant in an Alpine builder image"
        ] : ["set CC=musl-gcc (and CXX to a musl C++ compiler) or build this variant in an Alpine builder image"]
      )
    );
  }
  if (v.libc === "glibc" && flavor === "musl") {
    gaps.push(
      gap(`${v.name} should be linked against glibc but came out linked against musl`, [
        "unset CC=musl-gcc for this variant"
      ])
    );
  }
  return gaps;
}

// src/matrix/promises.ts
function resolvePromises(config, plan) {
  const spec = config.promises;
  if (!spec) return null;
  const problems = [];
  const variantNames = plan.variants.map((v) => v.name);
  const variants = spec.variants ? {} : null;
  for (const p of spec.variants ?? []) {
    const at = p.declaredAt ?? spec.declaredAt ?? { file: config.file, line: 1, column: 1 };
    const problem2 = (message) => problems.push({
      file: config.file,
      key: `promises.variants.${p.variant}`,
      line: at.line,
      column: at.column,
      message
    });
    if (!variantNames.includes(p.variant)) {
      const dropped = plan.dropped.find((d) => d.combo === p.variant);
      const guess = didYouMean(p.variant, variantNames);
      problem2(
        dropped ? `variant '${p.variant}' is not built (${dropped.reason}): it cannot be promised` : `no variant named '${p.variant}'${guess ? ` (did you mean '${guess}'?)` : ""}; variants: ${variantNames.join(", ")}`
      );
      continue;
    }
    const names = /* @__PURE__ */ new Set();
    for (const entry of p.targets === "all" ? ["all"] : p.targets) {
      const matched = matchTargets(entry, plan.targets);
      if (typeof matched === "string") problem2(matched);
      else for (const t of matched) names.add(t.id);
    }
    if (variants) variants[p.variant] = plan.targets.map((t) => t.id).filter((n) => names.has(n));
  }
  if (problems.length) throw new ConfigError(problems);
  return { everyTarget: spec.everyTarget, variants };
}
function matchTargets(entry, targets) {
  if (entry === "all") return targets;
  if (entry.startsWith("preset:")) {
    const name = entry.slice("preset:".length);
    const images = TARGET_PRESETS[name];
    if (!images) {
      const guess2 = didYouMean(name, presetNames());
      return `unknown preset '${name}'${guess2 ? ` (did you mean '${guess2}'?)` : ""}; presets: ${presetNames().join(", ")}`;
    }
    const hit2 = targets.filter((t) => t.preset === name || images.includes(t.ref));
    return hit2.length ? hit2 : `no target of preset ${name} is in this matrix (add it to targets or presets)`;
  }
  const hit = targets.filter((t) => t.ref === entry || t.id === entry);
  if (hit.length) return hit;
  const guess = didYouMean(
    entry,
    targets.map((t) => t.id)
  );
  return `'${entry}' is not a target of this matrix${guess ? ` (did you mean '${guess}'?)` : ""}; name a target, preset:NAME or all`;
}

// src/pipeline/analysis.ts
async function loadSourceIndex(moduleRoot) {
  try {
    return await indexSource(moduleRoot);
  } catch {
    return null;
  }
}
var embeddedByArch = /* @__PURE__ */ new Map();
function floorOf(f, arch) {
  let profiles = embeddedByArch.get(arch);
  if (!profiles) {
    profiles = embeddedProfiles(arch);
    embeddedByArch.set(arch, profiles);
  }
  try {
    return computeFloor(f, profiles);
  } catch {
    return null;
  }
}
function analyseCell(f, profile, targetName, reason, inputs) {
  if (!profile) {
    return {
      file: f.path,
      target: targetName,
      verdict: "unknown",
      gaps: [{ kind: "unanalysable", severity: "warning", message: reason ?? `no profile for ${targetName}` }],
      profile: { source: "embedded", libc: { flavor: "unknown", version: null }, confidence: "low" }
    };
  }
  const { source, staticNssSymbols, dependencies, muslToolchain } = inputs;
  return checkBinary(f, profile, {
    ...source ? { source } : {},
    targetName,
    staticNssSymbols,
    dependencies,
    muslToolchain
  });
}
async function loadDependencySources(f, source, read) {
  if (f.go?.settings.CGO_ENABLED !== "1" || !f.go.deps.length) return [];
  const unplaced = attributeImports({ facts: f, source }).some(
    (s) => s.origin.kind === "unknown" || s.origin.kind === "c-library"
  );
  return unplaced ? read(f) : [];
}
function analyseCells(plan, o, f, profiles, inputs) {
  return plan.cells.filter((c) => c.variant === o.record.variant).map((c) => {
    const resolved = profiles.get(c.target);
    const result = analyseCell(f, resolved?.profile ?? null, c.target, resolved?.reason ?? null, inputs);
    return {
      ...result,
      file: o.record.binary,
      target: c.target,
      variant: c.variant,
      run: null,
      agreement: "not-run"
    };
  });
}

// src/pipeline/build-phase.ts
import path from "node:path";

// src/build/build-variants.ts
import os from "node:os";
async function buildVariants(variants, ctx, builders, concurrency = null) {
  const limit = concurrency ?? Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
  return mapLimitKeyed(
    variants,
    limit,
    compileKey,
    (v) => v.builder === "host" ? builders.host(v, ctx) : builders.container(v, ctx)
  );
}
function compileKey(v) {
  return JSON.stringify([v.builder, v.arch, v.cgo, v.cgo ? v.libc : null, v.cc, [...v.tags].sort()]);
}

// src/build/cache-volume.ts
import { createHash } from "node:crypto";
function cacheVolumeName(scope) {
  const key = JSON.stringify([scope.repository ?? null, scope.ref ?? null, scope.moduleRoot, scope.image]);
  return `abigap-go-cache-${createHash("sha256").update(key).digest("hex").slice(0, 16)}`;
}

// src/pipeline/build-phase.ts
async function buildAll(config, plan, phase) {
  const { moduleRoot, binDir, dockerReady, sinks, deps, infrastructureErrors, onBuilt } = phase;
  const ctx = {
    moduleRoot,
    settings: {
      package: config.package,
      goFlags: config.goFlags,
      tags: config.tags,
      ldflags: config.ldflags,
      env: config.env,
      downloadModules: config.modules.download
    },
    outDir: binDir,
    hostArch: deps.hostArch,
    timeoutMs: config.build.timeoutMs,
    signal: phase.signal,
    onOutput: (variant, line) => sinks.progress?.(`[${variant}] ${line}`)
  };
  const unavailable = (v) => {
    const why = phase.dockerMode === "off" ? "Docker is off (docker: off)" : "Docker is unavailable";
    const message = `builder image ${v.builder} needs Docker: ${why}`;
    infrastructureErrors.push(`${v.name}: ${message}`);
    return {
      record: {
        variant: v.name,
        status: "skipped",
        binary: null,
        durationMs: 0,
        command: [],
        env: {},
        diagnostics: [],
        gaps: [],
        log: message,
        floor: null
      },
      binaryPath: null,
      infrastructureError: null
    };
  };
  let inContainer = null;
  const container = async (v, c) => {
    const docker = await dockerReady;
    if (!docker) return unavailable(v);
    inContainer ??= deps.containerBuilder({
      run: docker.runBuild,
      cacheVolume: (image) => cacheVolumeName({
        moduleRoot,
        image,
        repository: deps.env.GITHUB_REPOSITORY ?? null,
        ref: deps.env.GITHUB_REF ?? null
      })
    });
    return inContainer(v, c);
  };
  const finish = (o) => {
    if (o.binaryPath) o.record.binary = path.relative(path.dirname(binDir), o.binaryPath);
    o.record.command = o.record.command.map(
      (a) => a.startsWith(binDir + path.sep) ? path.relative(path.dirname(binDir), a) : a
    );
    const status = o.record.status === "ok" ? `ok in ${(o.record.durationMs / 1e3).toFixed(1)} s` : o.record.status;
    sinks.log(`  ${o.record.variant}: ${status}`);
    if (o.record.status === "failed") {
      for (const d of o.record.diagnostics.slice(0, 5)) sinks.log(`    ${formatDiag(d)}`);
    }
    onBuilt(o);
    return o;
  };
  return buildVariants(
    plan.variants,
    ctx,
    {
      host: async (v, c) => finish(await deps.buildOnHost(v, c)),
      container: async (v, c) => finish(await container(v, c))
    },
    config.build.concurrency
  );
}
function formatDiag(d) {
  return d.file ? `${d.file}:${d.line ?? "?"}${d.column ? `:${d.column}` : ""}: ${d.message}` : d.message;
}
function describeVariant(v) {
  const parts = [v.cgo ? `cgo ${v.libc} ${v.link}` : "no cgo (static)", v.arch, `builder ${v.builder}`];
  if (v.tags.length) parts.push(`tags ${v.tags.join(",")}`);
  return parts.join(", ");
}

// src/pipeline/deps.ts
import os3 from "node:os";

// src/build/container-builder.ts
import { mkdirSync, writeFileSync, chmodSync } from "node:fs";
import path4 from "node:path";

// src/build/diagnostics.ts
var POSITION = /^(?<file>[^\s:][^:]*?):(?<line>\d+)(?::(?<col>\d+))?: (?<msg>.+)$/;
var MAX_DIAGNOSTICS = 50;
var MAX_MESSAGE = 500;
function relativeToModule(file, moduleRoots) {
  let f = file.replace(/\\/g, "/");
  for (const root of moduleRoots) {
    const r = root.replace(/\/+$/, "");
    if (f === r) return null;
    if (r && f.startsWith(r + "/")) {
      f = f.slice(r.length + 1);
      break;
    }
  }
  if (f.startsWith("/")) return null;
  f = f.replace(/^\.\//, "");
  if (f.startsWith("../") || f.startsWith("$WORK") || f.startsWith("<")) return null;
  return f;
}
function undefinedReferences(output) {
  return [...new Set([...output.matchAll(/undefined reference to `([^']+)'/g)].map((m) => m[1]))];
}
function parseBuildDiagnostics(output, moduleRoots) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (d) => {
    const key = `${d.file}:${d.line}:${d.column}:${d.message}`;
    if (seen.has(key) || out.length >= MAX_DIAGNOSTICS) return;
    seen.add(key);
    out.push({ ...d, message: d.message.slice(0, MAX_MESSAGE) });
  };
  const undefinedRefs = [];
  let undefinedIn = null;
  for (const raw of output.split("\n")) {
    const line = raw.replace(/\r$/, "").trimEnd();
    const undef = /undefined reference to `([^']+)'/.exec(line);
    if (undef) {
      if (!undefinedRefs.includes(undef[1])) undefinedRefs.push(undef[1]);
      const lib = /\/([^/\s]+\.a)\(/.exec(line);
      if (lib && !undefinedIn) undefinedIn = lib[1];
      continue;
    }
    const inFunction = /\/([^/\s]+\.a)\([^)]*\): in function/.exec(line);
    if (inFunction) {
      undefinedIn ??= inFunction[1];
      continue;
    }
    if (!line || line.startsWith("#") || /^\s/.test(line)) continue;
    if (line.startsWith("abigap: ")) {
      add({ file: null, line: null, column: null, message: line.slice("abigap: ".length) });
      continue;
    }
    const m = POSITION.exec(line);
    if (m?.groups && !/^(\/usr\/bin\/ld|collect2|ld|gcc|cc|go)$/.test(m.groups.file)) {
      const msg = m.groups.msg;
      if (/^(note|warning): /.test(msg) && !/warning: Using '/.test(msg)) continue;
      if (/warning: Using '/.test(msg)) continue;
      const file = relativeToModule(m.groups.file, moduleRoots);
      if (file === null) {
        if (/error|undefined|cannot/i.test(msg)) add({ file: null, line: null, column: null, message: line });
        continue;
      }
      add({
        file,
        line: Number(m.groups.line),
        column: m.groups.col ? Number(m.groups.col) : null,
        message: msg.replace(/^error: /, "")
      });
      continue;
    }
    if (/(^|: )(error|fatal error|undefined reference|cannot find|collect2|ld returned|cannot load|no required module|missing go.sum|package .* is not in|build constraints exclude|cgo: )/i.test(
      line
    ) || /^(go|go build|can't load package|flag provided but not defined|exec: )/.test(line) || /\/link: running \S+ failed/.test(line)) {
      add({ file: null, line: null, column: null, message: line });
    }
  }
  if (undefinedRefs.length) {
    const shown = undefinedRefs.slice(0, 12).map((sym) => `\`${sym}'`);
    const more = undefinedRefs.length > 12 ? ` and ${undefinedRefs.length - 12} more` : "";
    add({
      file: null,
      line: null,
      column: null,
      message: `undefined reference to ${shown.join(", ")}${more}${undefinedIn ? ` (from ${undefinedIn})` : ""}`
    });
  }
  return out;
}

// src/build/ldflags.ts
function quote(word) {
  return /^[A-Za-z0-9_./=:,+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'"'"'`)}'`;
}
function mergeLdflags(user, staticLink) {
  const words = shellWords(user);
  if (!staticLink) return words.map(quote).join(" ");
  const out = [];
  let ext = null;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const [flag, inline] = w.startsWith("-") ? [w.replace(/^--/, "-").split("=")[0], w.includes("=") ? w.slice(w.indexOf("=") + 1) : null] : [w, null];
    if (flag === "-linkmode" || flag === "-extldflags") {
      const value = inline ?? words[++i] ?? "";
      if (flag === "-extldflags") ext = value;
      continue;
    }
    out.push(w);
  }
  const extWords = ext ? shellWords(ext) : [];
  if (!extWords.includes("-static")) extWords.push("-static");
  out.push("-linkmode", "external", "-extldflags", extWords.join(" "));
  return out.map(quote).join(" ");
}

// src/build/go-command.ts
var CROSS_TRIPLES = {
  arm64: "aarch64-linux-gnu",
  arm: "arm-linux-gnueabihf",
  "386": "i686-linux-gnu",
  ppc64le: "powerpc64le-linux-gnu",
  ppc64: "powerpc64-linux-gnu",
  s390x: "s390x-linux-gnu",
  riscv64: "riscv64-linux-gnu",
  mips: "mips-linux-gnu",
  mips64: "mips64-linux-gnuabi64"
};
function variantCompiler(v, hostArch = "amd64") {
  if (!v.cgo) return null;
  if (v.cc) return v.cc;
  if (v.libc === "musl") return v.arch === hostArch ? "musl-gcc" : `${CROSS_TRIPLES[v.arch] ?? v.arch}-musl-gcc`;
  if (v.arch !== hostArch) return `${CROSS_TRIPLES[v.arch] ?? v.arch + "-linux-gnu"}-gcc`;
  return null;
}
function goBuildCommand(v, s, out, hostArch = "amd64") {
  const cc = variantCompiler(v, hostArch);
  const env = {
    ...s.env,
    CGO_ENABLED: v.cgo ? "1" : "0",
    GOOS: "linux",
    GOARCH: v.arch
  };
  if (cc) env.CC = cc;
  if (!s.downloadModules) env.GOPROXY = "off";
  const args = ["build", "-o", out, ...s.goFlags];
  if (v.tags.length) args.push("-tags", v.tags.join(","));
  const ldflags = mergeLdflags(s.ldflags, v.cgo && v.link === "static");
  if (ldflags) args.push("-ldflags", ldflags);
  args.push(s.package);
  return { args, env, cc: cc ?? (v.cgo ? "gcc" : null) };
}
function shellCommand(argv, env = {}) {
  const q = (w) => /^[A-Za-z0-9_./=:,+@%-]+$/.test(w) ? w : `'${w.replace(/'/g, `'"'"'`)}'`;
  return [...Object.entries(env).map(([k, v]) => `${k}=${q(v)}`), ...argv.map(q)].join(" ");
}

// src/build/failure-diagnostics.ts
var NEVER_IN_MUSL = /* @__PURE__ */ new Set([
  "arc4random",
  "arc4random_buf",
  "arc4random_uniform",
  "close_range",
  "pidfd_open",
  "__cxa_thread_atexit_impl"
]);
function missingSymbolText(sym, libc) {
  if (libc?.flavor === "musl" && NEVER_IN_MUSL.has(sym)) return `musl has no ${sym} (${libc.where}'s libc)`;
  if (!libc) return `undefined reference to \`${sym}': no linked library defines it`;
  const name = libc.version ? `${libc.flavor} ${libc.version}` : libc.flavor;
  return `undefined reference to \`${sym}': the linked C library (${name}, ${libc.where}) does not define it, nor does any library in #cgo LDFLAGS`;
}
var CROSS_LIBC_DEV = {
  arm64: "libc6-dev-arm64-cross",
  arm: "libc6-dev-armhf-cross",
  "386": "libc6-dev-i386-cross",
  ppc64le: "libc6-dev-ppc64el-cross",
  ppc64: "libc6-dev-ppc64-cross",
  s390x: "libc6-dev-s390x-cross",
  riscv64: "libc6-dev-riscv64-cross"
};
function toolchainHint(variant, cc, output, hostArch) {
  if (!variant.cgo || !cc) return null;
  if (variant.arch !== hostArch && /bits\/[\w-]+\.h: No such file|cannot find crt1\.o|cannot find -lc\b/.test(output)) {
    const pkg = CROSS_LIBC_DEV[variant.arch];
    return `${cc} has no ${variant.arch} C library to build against${pkg ? `: install ${pkg}` : ""}, or use a builder image`;
  }
  if (variant.libc === "musl" && /cannot find -l(stdc\+\+|gcc_s)/.test(output)) {
    return "musl-gcc cannot link C++ (no musl libstdc++): build this variant in an Alpine builder image";
  }
  if (variant.link === "static" && /\/lib[^/\s]+\.a\([^)]*\):.*undefined reference to|\/lib[^/\s]+\.a\([^)]*\): in function/.test(output)) {
    return "static linking needs the C libraries\u2019 own dependencies: add them to #cgo LDFLAGS (e.g. -lm -ldl -lpthread), or link this variant dynamically";
  }
  if (variant.libc === "musl" && /\.h: No such file or directory|cannot find -l/.test(output)) {
    return "musl-gcc sees only musl\u2019s own headers and libraries: build the C dependencies for musl, or use an Alpine-based builder image with their -dev packages";
  }
  return null;
}
var MODULES_MISSING = /GOPROXY=off|module lookup disabled|missing go\.sum entry/;
var note = (message) => ({ file: null, line: null, column: null, message });
function failureDiagnostics(output, opts) {
  const located = [];
  for (const sym of undefinedReferences(output)) {
    const sites = opts.source ? locateSymbols(opts.source, [sym]).filter((l) => l.reason !== "go.mod" && l.reason !== "import") : [];
    for (const l of sites)
      located.push({
        file: l.file,
        line: l.line,
        column: l.column ?? null,
        message: missingSymbolText(sym, opts.libc ?? null)
      });
  }
  const diagnostics = [...located, ...parseBuildDiagnostics(output, opts.roots)];
  if (MODULES_MISSING.test(output)) diagnostics.push(note(opts.modulesMissing));
  const hint = toolchainHint(opts.variant, opts.cc, output, opts.hostArch);
  if (hint) diagnostics.push(note(hint));
  if (diagnostics.length === 0) diagnostics.push(note(opts.exitMessage));
  return diagnostics;
}

// src/build/outcome.ts
import { closeSync, existsSync, openSync, readSync } from "node:fs";
import path2 from "node:path";
function binaryName(pkg, moduleRoot) {
  const last = pkg.replace(/\/+$/, "").split("/").pop() ?? "";
  const name = last === "." || last === "" || last === "..." ? path2.basename(moduleRoot) : last;
  return name.replace(/[^A-Za-z0-9._-]/g, "_") || "app";
}
function isElfExecutable(file) {
  if (!existsSync(file)) return false;
  const fd = openSync(file, "r");
  try {
    const magic = Buffer.alloc(4);
    readSync(fd, magic, 0, 4, 0);
    return magic.equals(Buffer.from([127, 69, 76, 70]));
  } finally {
    closeSync(fd);
  }
}
function failedBuild(variant, fields) {
  const first = fields.diagnostics[0];
  const gap2 = {
    kind: "build-failed",
    severity: "error",
    message: `${variant.name} failed to build${first ? `: ${first.message}` : ""}`,
    locations: fields.diagnostics.filter((d) => d.file && d.line).slice(0, 10).map((d) => ({
      file: d.file,
      line: d.line,
      column: d.column ?? void 0,
      reason: "compiler"
    }))
  };
  return {
    record: { variant: variant.name, status: "failed", binary: null, gaps: [gap2], floor: null, ...fields },
    binaryPath: null,
    infrastructureError: null
  };
}
function infrastructureFailure(variant, fields, message) {
  const diagnostics = [{ file: null, line: null, column: null, message }];
  return { ...failedBuild(variant, { ...fields, diagnostics }), infrastructureError: message };
}
function builtBinary(variant, binary, fields) {
  return {
    record: {
      variant: variant.name,
      status: "ok",
      binary,
      durationMs: fields.durationMs,
      command: fields.command,
      env: fields.env,
      diagnostics: fields.diagnostics.filter((d) => d.file !== null),
      gaps: [],
      log: fields.log,
      floor: null
    },
    binaryPath: binary,
    infrastructureError: null
  };
}

// src/build/source-tar.ts
var import_tar_stream = __toESM(require_tar_stream(), 1);
import { lstatSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import path3 from "node:path";
var DEFAULT_IGNORES = [".git", ".hg", ".svn", "node_modules", ".abigap", ".idea", ".vscode"];
var MAX_FILE = 64 * 1024 * 1024;
var MAX_TOTAL = 512 * 1024 * 1024;
async function packSourceTree(root, opts = {}) {
  const pack = import_tar_stream.default.pack();
  const chunks = [];
  pack.on("data", (c) => chunks.push(c));
  const done = new Promise((resolve, reject) => {
    pack.on("end", () => resolve());
    pack.on("error", reject);
  });
  const exclude = new Set((opts.exclude ?? []).map((p) => path3.resolve(p)));
  const prefix = (opts.prefix ?? "").replace(/^\/+|\/+$/g, "");
  let files = 0;
  let bytes = 0;
  const entryName = (rel) => prefix ? rel ? `${prefix}/${rel}` : prefix : rel;
  const add = (header, body) => new Promise((resolve, reject) => {
    const cb = (err) => err ? reject(err) : resolve();
    if (body) pack.entry(header, body, cb);
    else pack.entry(header, cb);
  });
  const walk = async (abs, rel) => {
    for (const name of readdirSync(abs).sort()) {
      const childAbs = path3.join(abs, name);
      const childRel = rel ? `${rel}/${name}` : name;
      if (exclude.has(childAbs)) continue;
      const st = lstatSync(childAbs);
      if (st.isDirectory()) {
        if (DEFAULT_IGNORES.includes(name)) continue;
        await add({ name: entryName(childRel), type: "directory", mode: 493, mtime: st.mtime });
        await walk(childAbs, childRel);
      } else if (st.isFile()) {
        if (st.size > MAX_FILE) continue;
        bytes += st.size;
        if (bytes > MAX_TOTAL) throw new Error(`source tree ${root} is larger than ${MAX_TOTAL >> 20} MiB`);
        files++;
        await add(
          { name: entryName(childRel), type: "file", mode: st.mode & 511, mtime: st.mtime },
          readFileSync(childAbs)
        );
      } else if (st.isSymbolicLink()) {
        const target = readlinkSync(childAbs);
        const resolved = path3.resolve(path3.dirname(childAbs), target);
        if (path3.isAbsolute(target) || !(resolved === root || resolved.startsWith(root + path3.sep))) continue;
        await add({ name: entryName(childRel), type: "symlink", linkname: target, mode: 511, mtime: st.mtime });
      }
    }
  };
  if (prefix) await add({ name: prefix, type: "directory", mode: 493 });
  await walk(path3.resolve(root), "");
  pack.finalize();
  await done;
  return { tar: Buffer.concat(chunks), files, bytes };
}

// src/build/container-builder.ts
var LIBC_LINE = "abigap: builder C library:";
var SAY_GLIBC = `v=$(getconf GNU_LIBC_VERSION 2>/dev/null) && echo "${LIBC_LINE} $v" >&2`;
var SAY_MUSL = `v=$(for l in /lib/ld-musl-*.so.1; do "$l"; done 2>&1 | sed -n 's/^Version //p') && [ -n "$v" ] && echo "${LIBC_LINE} musl $v" >&2`;
function builderLibc(output) {
  const m = new RegExp(`^${LIBC_LINE} (glibc|musl) (\\d+\\.\\d+(?:\\.\\d+)?)\\s*$`, "m").exec(output);
  return m ? { flavor: m[1], version: m[2] } : null;
}
var shq = (s) => `'${s.replace(/'/g, `'"'"'`)}'`;
function builderPreamble(v, image, hostArch) {
  const fail = (msg) => `{ echo ${shq(`abigap: ${msg}`)} >&2; exit 127; }`;
  const lines = [
    `mkdir -p ${CONTAINER_OUT}`,
    `command -v go >/dev/null 2>&1 || ${fail(`go not found in builder image ${image}: use an image with Go (e.g. golang:<version>)`)}`,
    `is_musl() { [ -e /etc/alpine-release ] || { ldd --version 2>&1 | grep -qi musl && ! ldd --version 2>&1 | grep -qiE 'glibc|gnu libc'; }; }`
  ];
  if (v.cgo && v.libc === "musl" && !v.cc && v.arch === hostArch) {
    lines.push(
      `if command -v musl-gcc >/dev/null 2>&1; then export CC=musl-gcc; elif is_musl; then export CC=\${CC:-gcc}; ${SAY_MUSL}; else ${fail(
        `musl-gcc not found in builder image ${image} and its libc is not musl: install musl-tools there or use an Alpine-based builder (golang:alpine)`
      )}; fi`
    );
  } else if (v.cgo && v.libc === "glibc") {
    lines.push(
      `if is_musl; then ${fail(`builder image ${image} is musl-based: a glibc variant cannot be built there (use a Debian/RHEL-based builder)`)}; fi`,
      SAY_GLIBC
    );
  }
  if (v.cgo) {
    lines.push(
      `cc_bin=\${CC:-$(go env CC 2>/dev/null)}; command -v "\${cc_bin%% *}" >/dev/null 2>&1 || ${fail(
        `C compiler not found in builder image ${image}: install gcc (and musl-tools for musl variants) there`
      )}`
    );
  }
  lines.push('exec "$@"');
  return lines.join("\n");
}
var CONTAINER_SRC = "/src";
var CONTAINER_OUT = "/tmp/abigap-out";
function containerBuilder(opts) {
  let source = opts.source ?? null;
  return async function buildInContainer(variant, ctx) {
    const started = Date.now();
    const name = binaryName(ctx.settings.package, ctx.moduleRoot);
    const outInside = `${CONTAINER_OUT}/${name}`;
    const cmd = goBuildCommand(variant, ctx.settings, outInside, ctx.hostArch);
    const command = ["go", ...cmd.args];
    const env = { HOME: "/tmp", ...cmd.env };
    if (!variant.cgo || variant.libc === "musl" && !variant.cc && variant.arch === ctx.hostArch) delete env.CC;
    source ??= packSourceTree(ctx.moduleRoot, { exclude: [ctx.outDir], prefix: CONTAINER_SRC.slice(1) }).then(
      (p) => p.tar
    );
    const tar2 = await source;
    ctx.onOutput?.(variant.name, `$ (in ${variant.builder}) ${shellCommand(command, cmd.env)}`);
    let res;
    try {
      res = await opts.run({
        image: variant.builder,
        input: { tar: tar2, at: "/" },
        workdir: CONTAINER_SRC,
        cmd: ["sh", "-c", builderPreamble(variant, variant.builder, ctx.hostArch), "abigap-build", ...command],
        env,
        network: ctx.settings.downloadModules,
        cacheVolume: typeof opts.cacheVolume === "function" ? opts.cacheVolume(variant.builder) : opts.cacheVolume,
        timeoutMs: ctx.timeoutMs,
        fetch: [outInside],
        signal: ctx.signal,
        onOutput: ctx.onOutput ? (l) => ctx.onOutput?.(variant.name, l) : void 0
      });
    } catch (e) {
      const message = `builder ${variant.builder}: ${e.message}`;
      return infrastructureFailure(variant, { command, env, durationMs: Date.now() - started, log: message }, message);
    }
    const durationMs = Date.now() - started;
    const log = `${res.stdout}${res.stderr}`.slice(-16 * 1024);
    if (res.error) {
      const message = `builder ${variant.builder}: ${res.error}`;
      const fields = { command, env, durationMs, log: log || message };
      const diagnostics2 = [{ file: null, line: null, column: null, message }];
      return res.fault === "build" ? failedBuild(variant, { ...fields, diagnostics: diagnostics2 }) : infrastructureFailure(variant, fields, message);
    }
    const roots = [CONTAINER_SRC, ctx.moduleRoot];
    if (res.exitCode !== 0 || !res.fetched[outInside]) {
      const output = `${res.stdout}
${res.stderr}`;
      const source2 = undefinedReferences(output).length ? await indexSource(ctx.moduleRoot).catch(() => null) : null;
      const said = builderLibc(output);
      const flavor = variant.libc ?? "glibc";
      const diagnostics2 = failureDiagnostics(output, {
        source: source2,
        libc: variant.cgo ? { flavor, version: said?.flavor === flavor ? said.version : null, where: `builder ${variant.builder}` } : null,
        variant,
        cc: cmd.cc,
        hostArch: ctx.hostArch,
        roots,
        modulesMissing: "modules are missing in the builder: set modules: {download: true} or vendor them (go mod vendor)",
        exitMessage: `go build in ${variant.builder} exited with status ${res.exitCode}`
      });
      return failedBuild(variant, { command, env, durationMs, log, diagnostics: diagnostics2 });
    }
    const dir = path4.join(ctx.outDir, variant.name);
    mkdirSync(dir, { recursive: true });
    const out = path4.join(dir, name);
    writeFileSync(out, res.fetched[outInside]);
    chmodSync(out, 493);
    if (!isElfExecutable(out)) {
      const message = `go build produced no binary: ${ctx.settings.package} is not a main package (package main with func main)`;
      return failedBuild(variant, {
        command,
        env,
        durationMs,
        log,
        diagnostics: [{ file: null, line: null, column: null, message }]
      });
    }
    const diagnostics = parseBuildDiagnostics(`${res.stdout}
${res.stderr}`, roots);
    return builtBinary(variant, out, { command, env, durationMs, log, diagnostics });
  };
}

// src/build/host-builder.ts
import { mkdirSync as mkdirSync2 } from "node:fs";
import path5 from "node:path";

// src/build/build-env.ts
var SECRET_ENV = /^(ACTIONS_|INPUT_)|_TOKEN$|^GITHUB_TOKEN$/i;
function isSecretEnvName(name) {
  return SECRET_ENV.test(name);
}
function hostBuildEnv(parent, variantEnv) {
  const env = {};
  for (const [k, v] of Object.entries(parent)) if (!isSecretEnvName(k)) env[k] = v;
  return { ...env, ...variantEnv };
}

// src/build/host-builder.ts
var LOG_TAIL = 16 * 1024;
function missingCompilerMessage(cc, variant) {
  if (cc === "musl-gcc") return "musl-gcc not found: install musl-tools or use a builder image";
  const cross = /^([a-z0-9_]+)-linux-gnu[a-z0-9]*-gcc$/.exec(cc);
  if (cross)
    return `${cc} not found: install gcc-${cc.replace(/-gcc$/, "")} (cross C compiler for ${variant.arch}) or use a builder image`;
  return `${cc} not found: install a C compiler (${cc}) or set cc for ${variant.name}, or use a builder image`;
}
function hostToolchainLibc(variant, hostArch) {
  if (!variant.cgo) return null;
  if (variant.libc === "musl") return { flavor: "musl", version: null, where: "musl-gcc" };
  if (variant.arch !== hostArch) return { flavor: "glibc", version: null, where: `the ${variant.arch} cross libc` };
  const header = process.report?.getReport()?.header;
  return { flavor: "glibc", version: header?.glibcVersionRuntime ?? null, where: "the host" };
}
async function buildOnHost(variant, ctx) {
  const started = Date.now();
  const dir = path5.join(ctx.outDir, variant.name);
  mkdirSync2(dir, { recursive: true });
  const out = path5.join(dir, binaryName(ctx.settings.package, ctx.moduleRoot));
  const cmd = goBuildCommand(variant, { ...ctx.settings, downloadModules: true }, out, ctx.hostArch);
  const command = ["go", ...cmd.args];
  const fail = (message, log2 = message) => failedBuild(variant, {
    command,
    env: cmd.env,
    durationMs: Date.now() - started,
    log: log2,
    diagnostics: [{ file: null, line: null, column: null, message }]
  });
  const pathEnv = ctx.settings.env.PATH ?? process.env.PATH ?? "";
  if (!which("go", pathEnv)) return fail("go not found on PATH: install Go (https://go.dev/dl) or use a builder image");
  if (cmd.cc && !which(cmd.cc.split(/\s+/)[0], pathEnv)) return fail(missingCompilerMessage(cmd.cc, variant));
  ctx.onOutput?.(variant.name, `$ ${shellCommand(command, cmd.env)}`);
  const env = hostBuildEnv(process.env, cmd.env);
  if (!variant.cgo) delete env.CC;
  const res = await runProcess("go", cmd.args, {
    cwd: ctx.moduleRoot,
    env,
    timeoutMs: ctx.timeoutMs,
    signal: ctx.signal,
    onLine: ctx.onOutput ? (l) => ctx.onOutput?.(variant.name, l) : void 0
  });
  const durationMs = Date.now() - started;
  const log = res.output.slice(-LOG_TAIL);
  if (res.cancelled) {
    return { ...fail("build cancelled"), infrastructureError: `${variant.name}: build cancelled` };
  }
  if (res.spawnError) return fail(`could not start go: ${res.spawnError}`);
  if (res.timedOut) return fail(`go build timed out after ${Math.round(ctx.timeoutMs / 1e3)} s`, log);
  if (res.exitCode !== 0) {
    const source = undefinedReferences(res.output).length ? await indexSource(ctx.moduleRoot).catch(() => null) : null;
    const diagnostics2 = failureDiagnostics(res.output, {
      source,
      libc: hostToolchainLibc(variant, ctx.hostArch),
      variant,
      cc: cmd.cc,
      hostArch: ctx.hostArch,
      roots: [ctx.moduleRoot],
      modulesMissing: "modules are missing: run go mod download (or go mod vendor) first",
      exitMessage: `go build exited with status ${res.exitCode ?? res.signal}`
    });
    return failedBuild(variant, { command, env: cmd.env, durationMs, log, diagnostics: diagnostics2 });
  }
  if (!isElfExecutable(out)) {
    return fail(
      `go build produced no binary: ${ctx.settings.package} is not a main package (package main with func main)`,
      log
    );
  }
  const diagnostics = parseBuildDiagnostics(res.output, [ctx.moduleRoot]);
  return builtBinary(variant, out, { command, env: cmd.env, durationMs, log, diagnostics });
}

// src/io/module-sources.ts
import { existsSync as existsSync2 } from "node:fs";
import os2 from "node:os";
import path6 from "node:path";
var MAX_DEPENDENCIES = 200;
function moduleCacheDir(env = process.env) {
  if (env.GOMODCACHE) return env.GOMODCACHE;
  const gopath = (env.GOPATH ?? "").split(path6.delimiter).find(Boolean);
  return path6.join(gopath ?? path6.join(os2.homedir(), "go"), "pkg", "mod");
}
function escapeModulePath(p) {
  return p.replace(/[A-Z]/g, (c) => `!${c.toLowerCase()}`);
}
async function dependencySources(facts, cacheDir = moduleCacheDir()) {
  const out = [];
  for (const d of (facts.go?.deps ?? []).slice(0, MAX_DEPENDENCIES)) {
    const mod = d.replace && d.replace.version ? d.replace : d;
    if (!mod.version || mod.version === "(devel)") continue;
    const dir = path6.join(cacheDir, `${escapeModulePath(mod.path)}@${mod.version}`);
    if (!existsSync2(dir)) continue;
    try {
      out.push({ module: mod.path, version: mod.version, index: await indexSource(dir) });
    } catch {
    }
  }
  return out;
}

// src/pipeline/docker-session.ts
function pulledImage(pulled, t) {
  return pulled?.get(`${t.ref}\0${t.platform ?? ""}`);
}
async function openDocker(host, sessionId) {
  try {
    const docker = await import("./docker-APOVR652.js");
    const { setSessionId } = await import("./labels-K6GA5LVI.js");
    if (sessionId) setSessionId(sessionId);
    const { runBuildContainer } = await import("./build-container-WR4EFCK4.js");
    const { probeImage } = await import("./probe-XJK6ISGF.js");
    const { pullImages } = await import("./pull-images-UAMBHVBF.js");
    const rt = await docker.connectDocker(host ? { host } : {});
    return {
      ok: true,
      session: {
        rt,
        runBuild: (o) => runBuildContainer(rt, o),
        runInTargets: (requests, o) => docker.runInTargets(rt, requests, o),
        pullImages: (images, o) => pullImages(rt, images, o),
        probe: (ref, o) => probeImage(rt, ref, {
          pull: o.pull,
          ...o.platform ? { platform: o.platform } : {},
          ...o.signal ? { signal: o.signal } : {},
          ...o.exportsFor ? { exportsFor: o.exportsFor } : {},
          ...o.containers ? { containers: o.containers } : {},
          ...o.startReads ? { startReads: o.startReads } : {}
        })
      }
    };
  } catch (e) {
    return { ok: false, error: e.message };
  }
}

// src/pipeline/deps.ts
function pipelineDeps(over = {}) {
  return {
    openDocker,
    buildOnHost,
    containerBuilder,
    inspect: inspectFile,
    staticNss: staticNssSymbolsOf,
    loadSourceIndex,
    dependencySources,
    muslToolchain: () => muslToolchainRelease(),
    hostArch: over.hostArch ?? hostGoArch(),
    runConcurrency: Math.max(1, Math.min(2, os3.cpus().length)),
    env: {},
    now: Date.now,
    ...over
  };
}

// src/pipeline/preflight.ts
import { existsSync as existsSync3, readdirSync as readdirSync2, statSync } from "node:fs";
import path7 from "node:path";
function problem(config, key, message) {
  const pos = config.positions[key];
  return new ConfigError([{ file: config.file, key, line: pos?.line ?? 1, column: pos?.column ?? 1, message }]);
}
function resolveModule(config, cwd) {
  const moduleRoot = path7.resolve(cwd, config.workingDirectory);
  if (!existsSync3(moduleRoot) || !statSync(moduleRoot).isDirectory()) {
    throw problem(config, "working-directory", `no such directory: ${config.workingDirectory}`);
  }
  let dir = moduleRoot;
  let goMod = null;
  for (; ; ) {
    if (existsSync3(path7.join(dir, "go.mod"))) {
      goMod = path7.join(dir, "go.mod");
      break;
    }
    const up = path7.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  if (!goMod) {
    throw problem(
      config,
      config.positions["working-directory"] ? "working-directory" : "package",
      `no go.mod in ${config.workingDirectory} or above: abigap builds Go modules (run 'go mod init')`
    );
  }
  const pkg = config.package;
  if (pkg.endsWith("/...") || pkg === "..." || /\s/.test(pkg)) {
    throw problem(config, "package", `package must name one main package (e.g. ./cmd/server), not '${pkg}'`);
  }
  if (pkg === "." || pkg.startsWith("./") || pkg.startsWith("../")) {
    const pkgDir = path7.resolve(moduleRoot, pkg);
    if (!existsSync3(pkgDir) || !statSync(pkgDir).isDirectory()) {
      throw problem(config, "package", `package ${pkg} not found: no directory ${path7.relative(cwd, pkgDir) || "."}`);
    }
    if (!hasGoFiles(pkgDir)) {
      throw problem(config, "package", `package ${pkg} has no .go files`);
    }
  }
  return { moduleRoot, goMod };
}
function hasGoFiles(dir) {
  try {
    return readdirSync2(dir).some((f) => f.endsWith(".go"));
  } catch {
    return false;
  }
}

// src/pipeline/profiles.ts
function platformArch(platform, hostArch) {
  return platform?.split("/")[1] ?? hostArch;
}
async function resolveProfiles(targets, opts) {
  const out = /* @__PURE__ */ new Map();
  const resolveOne = async (t) => {
    const name = t.id;
    const arch = platformArch(t.platform, opts.hostArch);
    const embedded = findProfile(t.ref, arch);
    if (!opts.session) {
      const why = `no profile for ${t.ref}: not in the embedded knowledge, and Docker is off or unavailable to probe it`;
      out.set(name, {
        profile: embedded,
        reason: embedded ? null : why,
        note: null,
        // like a failed probe: a target that cannot be analysed at all is an infrastructure error, never a pass
        infrastructureError: embedded ? null : `${name}: ${why}`,
        imageUnavailable: true
      });
      return;
    }
    try {
      const profile = await opts.session.probe(t.ref, {
        pull: opts.pull,
        signal: opts.signal,
        ...t.platform ? { platform: t.platform } : {},
        // side by side, one container each: the engine's CPU is the limit (ProbeOptions.containers)
        ...opts.exportsFor ? { exportsFor: opts.exportsFor, containers: targets.length > 1 ? 1 : 3 } : {},
        ...opts.exportsFor && opts.startReads?.has(name) ? { startReads: opts.startReads.get(name) } : {}
      });
      out.set(name, { profile, reason: null, note: null, infrastructureError: null, imageUnavailable: false });
    } catch (e) {
      const msg = e.message;
      opts.log(`  ${name}: image unavailable: ${msg}`);
      out.set(name, {
        profile: embedded,
        reason: embedded ? null : `no profile for ${t.ref}: the image is unavailable (${msg}) and it is not in the embedded knowledge`,
        note: embedded ? `${name}: image unavailable (${msg}); static verdicts use the embedded profile, runs skipped` : null,
        infrastructureError: `${name}: image unavailable: ${msg}`,
        imageUnavailable: true
      });
    }
  };
  await mapLimit(targets, opts.exportsFor ? targets.length : 4, resolveOne);
  return new Map(targets.map((t) => [t.id, out.get(t.id)]));
}

// src/pipeline/report-phase.ts
var VERSION = typeof __ABIGAP_VERSION__ === "string" ? __ABIGAP_VERSION__ : "0.1.0";
function assembleReport(plan, outcomes, analysed, { pulled, promises, skipped, infrastructureErrors, timings }) {
  const variants = plan.variants.map((v) => ({
    name: v.name,
    cgo: v.cgo,
    libc: v.libc,
    link: v.link,
    arch: v.arch,
    builder: v.builder,
    ...v.tags.length ? { tags: v.tags } : {}
  }));
  const builds = outcomes.map((o) => o.record);
  for (const o of outcomes) if (o.infrastructureError) infrastructureErrors.push(o.infrastructureError);
  const targets = plan.targets.map((t) => {
    const img = pulledImage(pulled, t);
    const image = img && !("error" in img) ? { id: img.id, digest: img.digest } : null;
    return { id: t.id, ref: t.ref, platform: t.platform, declaredAt: t.declaredAt, ...image ? { image } : {} };
  });
  const floors = outcomes.filter((o) => o.binaryPath && analysed.facts.has(o.record.variant)).map((o) => {
    const f = analysed.floors.get(o.record.variant);
    return { ...f ?? { libc: { flavor: "unknown", version: null } }, file: o.record.binary };
  });
  citeMatrixResults(plan.variants, builds, analysed.cells);
  const recommended = recommendArtifacts(
    plan.targets.map((t) => t.id),
    variants,
    builds,
    analysed.cells
  );
  if (plan.dropped.length) {
    skipped.push(...plan.dropped.map((d) => `variant ${d.combo} not built: ${d.reason}`));
  }
  const report = {
    schemaVersion: 1,
    tool: { name: "abigap", version: VERSION },
    verdict: "pass",
    variants,
    targets,
    builds,
    results: analysed.cells,
    floors,
    recommended,
    skipped: [...new Set(skipped)],
    infrastructureErrors: [...new Set(infrastructureErrors)],
    timings,
    shard: plan.shard,
    // a shard keeps the whole plan's order so `abigap merge` restores the unsharded report
    plan: plan.shard ? plan.order : null,
    promises
  };
  report.verdict = evaluateReport(report, "error").verdict;
  return report;
}

// src/pipeline/run-phase.ts
function startCellRuns(config, plan, outcomes, facts, docker, archOf2, opts) {
  const requests = /* @__PURE__ */ new Map();
  for (const c of plan.cells) {
    const o = outcomes.find((x) => x.record.variant === c.variant);
    if (!o?.binaryPath) continue;
    const target = plan.targets.find((t) => t.id === c.target);
    let req = requests.get(target.id);
    if (!req) {
      req = {
        targetId: target.id,
        image: target.ref,
        ...target.platform ? { platform: target.platform } : {},
        binaries: [],
        args: config.run.args,
        timeoutMs: config.run.timeoutMs,
        okExitCodes: config.run.successExitCodes
      };
      requests.set(target.id, req);
    }
    req.binaries.push({ id: c.variant, path: o.binaryPath });
  }
  for (const req of requests.values()) {
    const skip = archOf2(req.targetId).then((arch) => {
      const f = (variant) => facts.get(variant);
      return new Set(req.binaries.filter((b) => arch && f(b.id) && archMismatch(f(b.id), [arch])).map((b) => b.id));
    });
    req.skip = skip.catch(() => /* @__PURE__ */ new Set());
  }
  const list = [...requests.values()];
  const results = list.length ? docker.runInTargets(list, {
    concurrency: opts.concurrency,
    signal: opts.signal,
    pull: config.docker.pull,
    onProgress: (l) => opts.sinks.progress?.(l),
    startReads: (req) => opts.startReads?.get(req.targetId)
  }).catch((e) => {
    const message = `runs failed: ${e.message}`;
    return list.flatMap(
      (r) => r.binaries.map((b) => ({ targetId: r.targetId, image: r.image, binaryId: b.id, run: infraRun(message) }))
    );
  }) : Promise.resolve([]);
  void results.finally(() => opts.startReads?.forEach((r) => r.settle(null)));
  return { requests: list, results };
}
async function finishCellRuns(started, cells, profiles, sinks, skipped) {
  const mismatched = cells.filter((c) => c.gaps.some((g) => g.kind === "arch-mismatch"));
  for (const req of started.requests) {
    if (profiles.get(req.targetId)?.imageUnavailable) continue;
    const ran = await req.skip ?? /* @__PURE__ */ new Set();
    const ruled = new Set(mismatched.filter((c) => c.target === req.targetId).map((c) => c.variant));
    if (ran.size !== ruled.size || [...ran].some((v) => !ruled.has(v))) {
      await started.results;
      throw new Error(`the runs in ${req.targetId} skipped other cells than the verdicts rule out: a bug in abigap`);
    }
  }
  for (const c of mismatched)
    skipped.push(
      `${c.variant} not run on ${c.target}: the binary's architecture is not the image's (arch-mismatch is a static verdict; a run on this host would execute it natively or under emulation)`
    );
  const cellOf = new Map(cells.map((c) => [`${c.target}\0${c.variant}`, c]));
  for (const r of await started.results) {
    if (profiles.get(r.targetId)?.imageUnavailable) continue;
    const cell = cellOf.get(`${r.targetId}\0${r.binaryId}`);
    if (!cell || mismatched.includes(cell)) continue;
    cell.run = r.run;
    cell.agreement = reconcileRun(cell, r.run);
  }
  for (const c of cells) {
    if (c.run)
      sinks.log(
        `  ${c.variant} on ${c.target}: ${c.run.outcome}${c.run.exitCode !== null ? ` (exit ${c.run.exitCode})` : ""}`
      );
  }
}
function infraRun(error) {
  return { outcome: "infrastructure-error", exitCode: null, signal: null, stdout: "", stderr: "", durationMs: 0, error };
}

// src/pipeline/run-matrix.ts
async function runMatrix(config, opts) {
  const { sinks } = opts;
  const timings = {};
  const deps = pipelineDeps(opts.deps);
  const startedAll = deps.now();
  const timed = async (phase, fn) => {
    const t = deps.now();
    try {
      return await sinks.group(phase, fn);
    } finally {
      timings[phase] = (timings[phase] ?? 0) + (deps.now() - t);
    }
  };
  const skipped = [];
  const infrastructureErrors = [];
  const { plan, moduleRoot, promises } = await timed("plan", async () => {
    const plan2 = opts.plan ?? planMatrix(config, { shard: opts.shard ?? null, hostArch: deps.hostArch });
    const { moduleRoot: moduleRoot2 } = resolveModule(config, opts.cwd);
    const promises2 = resolvePromises(config, plan2.unsharded ?? plan2);
    sinks.log(
      `${plan2.variants.length} variant(s) \xD7 ${plan2.targets.length} target(s) = ${plan2.cells.length} cell(s)` + (plan2.shard ? ` (shard ${plan2.shard.index}/${plan2.shard.count})` : "")
    );
    for (const v of plan2.variants) sinks.log(`  ${v.name}: ${describeVariant(v)}`);
    for (const d of plan2.dropped) sinks.log(`  dropped ${d.combo}: ${d.reason}`);
    return { plan: plan2, moduleRoot: moduleRoot2, promises: promises2 };
  });
  const keepDir = opts.outDir ? path8.resolve(opts.cwd, opts.outDir) : null;
  const workDir = keepDir ?? mkdtempSync(path8.join(os4.tmpdir(), "abigap-matrix-"));
  const binDir = path8.join(workDir, "bin");
  mkdirSync3(binDir, { recursive: true });
  const dockerMode = opts.docker ?? config.docker.mode;
  const needsDockerForBuilds = plan.variants.some((v) => v.builder !== "host");
  const wantRuns = !opts.noRun && dockerMode !== "off";
  if (dockerMode === "off") skipped.push("runs in target containers skipped: docker: off");
  if (opts.noRun && dockerMode !== "off") skipped.push("runs in target containers skipped: --no-run");
  const dockerReady = dockerMode !== "off" && (wantRuns || needsDockerForBuilds || plan.targets.length > 0) ? (async () => {
    const connectStarted = deps.now();
    const res = await deps.openDocker(opts.dockerHost, opts.sessionId);
    timings.connect = deps.now() - connectStarted;
    if (res.ok) return res.session;
    if (dockerMode === "required") infrastructureErrors.push(`Docker is required but unavailable: ${res.error}`);
    else
      skipped.push(
        `Docker unavailable (${res.error}): runs in target containers and builder-image builds skipped; verdicts are static only`
      );
    return null;
  })() : Promise.resolve(null);
  const noPulls = config.docker.pull === "never";
  const imagesReady = dockerReady.then((docker) => {
    if (!docker || plan.targets.length === 0) return void 0;
    const builders = plan.variants.filter((v) => v.builder !== "host").map((v) => ({ ref: v.builder, pull: "missing" }));
    const pull = (images, log) => docker.pullImages(images, { pull: config.docker.pull, log, signal: opts.signal });
    return noPulls ? pull(plan.targets, () => void 0) : timed("pull", () => pull([...plan.targets, ...builders], (l) => sinks.log(l)));
  });
  let buildsDone = () => void 0;
  const builtNeeds = new Promise((resolve) => buildsDone = resolve);
  const startReads = wantRuns ? builtNeeds.then((needs) => new Map(plan.targets.map((t) => [t.id, new StartReads(needs)]))) : Promise.resolve(null);
  const profilesReady = Promise.all([imagesReady, builtNeeds, startReads]).then(async ([, exportsFor, reads]) => ({ docker: await dockerReady, exportsFor, reads })).then(
    ({ docker, exportsFor, reads }) => resolveProfiles(plan.targets, {
      docker: docker?.rt ?? null,
      session: docker,
      hostArch: deps.hostArch,
      pull: config.docker.pull,
      signal: opts.signal,
      log: (l) => sinks.log(l),
      exportsFor,
      startReads: reads
    })
  );
  const sourceReady = deps.loadSourceIndex(moduleRoot);
  const muslReady = plan.variants.some((v) => v.cgo) ? deps.muslToolchain() : Promise.resolve(null);
  profilesReady.catch(() => void 0);
  muslReady.catch(() => void 0);
  const facts = /* @__PURE__ */ new Map();
  const floors = /* @__PURE__ */ new Map();
  const cellsByVariant = /* @__PURE__ */ new Map();
  let analysisWork = 0;
  const analyseBuild = async (o) => {
    if (!o.binaryPath) return;
    let work = performance.now();
    const v = plan.variants.find((x) => x.name === o.record.variant);
    const f = deps.inspect(o.binaryPath);
    facts.set(v.name, f);
    const gaps = checkBuildIntent(v, f);
    o.record.gaps.push(...gaps);
    if (gaps.some((g) => g.kind === "toolchain-mismatch" && g.severity === "error")) {
      o.record.status = "toolchain-mismatch";
      for (const g of gaps) sinks.log(`  ${v.name}: toolchain-mismatch: ${g.message}`);
    }
    o.record.needed = [...f.needed];
    const floor = floorOf(f, v.arch);
    if (floor) floors.set(v.name, floor);
    o.record.floor = floor?.libc ?? null;
    const glibc = f.requires.GLIBC;
    if (glibc) o.record.floorSymbols = (f.requiredBy.GLIBC ?? []).slice(0, 20).map((sym) => `${sym}@GLIBC_${glibc}`);
    analysisWork += performance.now() - work;
    const [profiles, source, muslToolchain] = await Promise.all([profilesReady, sourceReady, muslReady]);
    const dependencies = await loadDependencySources(f, source, deps.dependencySources);
    work = performance.now();
    const staticNssSymbols = deps.staticNss(o.binaryPath, f);
    cellsByVariant.set(
      v.name,
      analyseCells(plan, o, f, profiles, { source, staticNssSymbols, dependencies, muslToolchain })
    );
    analysisWork += performance.now() - work;
  };
  const stopRuns = new AbortController();
  const forward = () => stopRuns.abort();
  opts.signal?.addEventListener("abort", forward, { once: true });
  if (opts.signal?.aborted) stopRuns.abort();
  let runs = null;
  try {
    if (!noPulls) await imagesReady;
    const analyses = [];
    const outcomes = await timed(
      "build",
      () => buildAll(config, plan, {
        moduleRoot,
        binDir,
        dockerReady,
        dockerMode,
        sinks,
        ...opts.signal ? { signal: opts.signal } : {},
        deps,
        infrastructureErrors,
        onBuilt: (o) => analyses.push(analyseBuild(o))
      })
    ).finally(() => buildsDone([...new Set([...facts.values()].flatMap((f) => f.needed))]));
    const docker = await dockerReady;
    runs = wantRuns && docker ? startCellRuns(
      config,
      plan,
      outcomes,
      facts,
      docker,
      async (id) => {
        const t = plan.targets.find((x) => x.id === id);
        const img = pulledImage(await imagesReady, t);
        return img && !("error" in img) ? img.arch : null;
      },
      { sinks, signal: stopRuns.signal, concurrency: deps.runConcurrency, startReads: await startReads }
    ) : null;
    if (!runs) settleAll(await startReads);
    runs?.results.catch(() => void 0);
    const analysed = await timed("analyse", async () => {
      await Promise.all(analyses);
      const profiles = await profilesReady;
      for (const p of profiles.values()) if (p.note) skipped.push(p.note);
      for (const p of profiles.values()) if (p.infrastructureError) infrastructureErrors.push(p.infrastructureError);
      const cells = plan.variants.flatMap((v) => cellsByVariant.get(v.name) ?? []);
      timings.analysisWork = Math.round(analysisWork);
      return { facts, cells, profiles, floors };
    });
    const started = runs;
    if (started) {
      await timed("run", () => finishCellRuns(started, analysed.cells, analysed.profiles, sinks, skipped));
    } else if (wantRuns && !docker && dockerMode === "required") {
      skipped.push("runs in target containers skipped: Docker unavailable");
    }
    const report = await timed(
      "report",
      async () => assembleReport(plan, outcomes, analysed, {
        pulled: await imagesReady,
        promises,
        skipped,
        infrastructureErrors,
        timings
      })
    );
    timings.total = deps.now() - startedAll;
    if (keepDir) writeLogs(keepDir, report);
    return report;
  } catch (err) {
    stopRuns.abort();
    await runs?.results;
    throw err;
  } finally {
    void startReads.then(settleAll);
    opts.signal?.removeEventListener("abort", forward);
    if (!keepDir) rmSync(workDir, { recursive: true, force: true });
  }
}
function settleAll(reads) {
  reads?.forEach((r) => r.settle(null));
}
function writeLogs(dir, report) {
  mkdirSync3(path8.join(dir, "logs"), { recursive: true });
  for (const b of report.builds) {
    writeFileSync2(path8.join(dir, "logs", `${b.variant}.build.log`), `$ ${b.command.join(" ")}
${b.log}`);
  }
}

export {
  resolveModule,
  runMatrix
};
