import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  embeddedProfiles
} from "./chunk-XIJAJIPL.js";
import {
  archOf,
  knowledgeData
} from "./chunk-MTCQCEN2.js";
import {
  muslData,
  muslSince
} from "./chunk-K7JWVYMN.js";
import {
  compareVersions,
  isGlibcLibrary,
  isMuslLibc,
  nodeVersion,
  parseNode
} from "./chunk-MUPL4P2E.js";

// src/abi/go-packages.ts
var NET = [
  "getaddrinfo",
  "freeaddrinfo",
  "gai_strerror",
  "getnameinfo",
  "res_search",
  "res_nsearch",
  "res_ninit",
  "res_nclose",
  "res_init",
  "__res_search",
  "__res_nsearch",
  "__res_ninit",
  "__res_nclose",
  "__res_init",
  "getservbyname",
  "getservbyport",
  "gethostbyname",
  "gethostbyname2",
  "gethostbyaddr",
  "getprotobyname"
];
var USER = [
  "getpwuid_r",
  "getpwnam_r",
  "getgrgid_r",
  "getgrnam_r",
  "getgrouplist",
  "getpwuid",
  "getpwnam",
  "getgrgid",
  "getgrnam"
];
var PLUGIN = ["dlopen", "dlsym", "dlclose", "dlerror", "dladdr", "dlvsym", "dlinfo"];
var TABLE = /* @__PURE__ */ new Map();
for (const s of NET) TABLE.set(s, { goPackage: "net", why: "the cgo DNS resolver of package net" });
for (const s of USER) TABLE.set(s, { goPackage: "os/user", why: "the cgo user/group lookup of package os/user" });
for (const s of PLUGIN) TABLE.set(s, { goPackage: "plugin", why: "package plugin (dlopen)" });
function goPackageOf(symbol) {
  const hit = TABLE.get(symbol);
  if (hit) return hit;
  if (/^(pthread_|__libc_start_main$|__errno_location$|sigaction$|sigaltstack$|sigfillset$|sigemptyset$|sigaddset$|sigismember$|sysconf$|nanosleep$|mmap$|munmap$|setenv$|unsetenv$|malloc$|calloc$|realloc$|free$|abort$|_ITM_deregisterTMCloneTable$|_ITM_registerTMCloneTable$|set(e|re|res)?[ug]id$|setgroups$|fwrite$|fprintf$|fputc$|vfprintf$|strerror$|__stack_chk_fail$|__cxa_finalize$|__gmon_start__$|stderr$|__fprintf_chk$|__vfprintf_chk$)/.test(
    symbol
  )) {
    return { goPackage: "runtime/cgo", why: "the cgo runtime and C start-up code linked into every cgo binary" };
  }
  return null;
}
var NSS_SYMBOLS = [
  "getaddrinfo",
  "getnameinfo",
  "gethostbyname",
  "gethostbyname2",
  "gethostbyname_r",
  "gethostbyaddr",
  "getservbyname",
  "getpwnam",
  "getpwnam_r",
  "getpwuid",
  "getpwuid_r",
  "getgrnam",
  "getgrnam_r",
  "getgrgid",
  "getgrgid_r",
  "getgrouplist",
  "initgroups",
  "getspnam",
  "getspnam_r",
  "getpwent",
  "getgrent"
];
function dominantPackage(symbols) {
  const hints = symbols.map(goPackageOf).filter((h) => h !== null);
  return hints.find((h) => h.goPackage !== "runtime/cgo") ?? hints[0] ?? null;
}

// src/abi/origins.ts
var SITE_KINDS = ["cgoCalls", "cgoPreamble", "cSources"];
function cSites(index, symbol) {
  const out = {};
  for (const kind of SITE_KINDS) {
    for (const s of index[kind][symbol] ?? []) {
      if (s.file.startsWith("vendor/")) out.vendored ??= s;
      else out.own ??= s;
    }
  }
  return out;
}
function vendorModule(facts, file) {
  const rest = file.slice("vendor/".length);
  let best;
  for (const d of facts.go?.deps ?? []) {
    if ((rest === d.path || rest.startsWith(`${d.path}/`)) && (!best || d.path.length > best.path.length)) best = d;
  }
  return best ? `${best.path}@${best.version}` : void 0;
}
function linkedCLibraries(input) {
  const out = /* @__PURE__ */ new Set();
  for (const lib of Object.keys(input.source?.cgoLdflags ?? {})) out.add(lib);
  for (const d of input.dependencies ?? []) for (const lib of Object.keys(d.index.cgoLdflags ?? {})) out.add(lib);
  const env = input.facts.go?.settings.CGO_LDFLAGS ?? "";
  for (const m of env.matchAll(/(?:^|\s)(-l\S+|\S+\.a)(?=\s|$)/g)) out.add(m[1]);
  return [...out].sort();
}
function attributeSymbol(symbol, input, libraries = linkedCLibraries(input)) {
  const { facts, source } = input;
  if (source) {
    const { own, vendored } = cSites(source, symbol);
    if (own) return { kind: "own-c", file: own.file, line: own.line };
    if (vendored) {
      const module = vendorModule(facts, vendored.file);
      return { kind: "go-dependency", file: vendored.file, line: vendored.line, ...module ? { module } : {} };
    }
  }
  for (const d of input.dependencies ?? []) {
    const { own } = cSites(d.index, symbol);
    if (own)
      return {
        kind: "go-dependency",
        module: `${d.module}@${d.version}`,
        file: `${d.module}@${d.version}/${own.file}`,
        line: own.line
      };
  }
  const pkg = goPackageOf(symbol)?.goPackage;
  if (pkg === "net") return { kind: "go-net", goPackage: "net" };
  if (pkg === "os/user") return { kind: "go-os-user", goPackage: "os/user" };
  if (pkg === "plugin") return { kind: "go-plugin", goPackage: "plugin" };
  if (pkg === "runtime/cgo") return { kind: "cgo-runtime", goPackage: "runtime/cgo" };
  if (libraries.length) return { kind: "c-library", cLibraries: libraries };
  return { kind: "unknown" };
}
function attributeImports(input) {
  const libraries = linkedCLibraries(input);
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const s of input.facts.dynamicSymbols) {
    if (s.defined || !s.name) continue;
    const key = `${s.name}\0${s.library ?? ""}\0${s.version ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      name: s.name,
      library: s.library,
      version: s.version,
      origin: attributeSymbol(s.name, input, libraries)
    });
  }
  return out;
}
function isCgoPlumbing(o) {
  return o.kind === "cgo-runtime" || o.kind === "go-net" || o.kind === "go-os-user";
}
function siteOf(o) {
  return o.file ? `${o.file}${o.line ? `:${o.line}` : ""}` : "";
}
function describeOrigin(o) {
  const at = siteOf(o);
  switch (o.kind) {
    case "own-c":
      return `the program's own C (${at})`;
    case "go-dependency":
      return `the C code of Go dependency ${o.module ?? "in vendor/"}${at ? ` (${at})` : ""}`;
    case "c-library":
      return `C code with no caller in the source at hand (the program links ${(o.cLibraries ?? []).join(", ")} through #cgo LDFLAGS)`;
    case "go-net":
      return "the cgo DNS resolver of package net";
    case "go-os-user":
      return "the cgo user/group lookup of package os/user";
    case "go-plugin":
      return "package plugin (dlopen)";
    case "cgo-runtime":
      return "the cgo runtime and C start-up code linked into every cgo binary";
    case "unknown":
      return "C code abigap could not place (no caller in the source at hand)";
  }
}

// src/abi/fixes.ts
var FIX = {
  cgoOff: "build without cgo if the program needs no C code: CGO_ENABLED=0 go build (a static binary that needs no libc)",
  netgo: "keep cgo but use Go's own DNS resolver and user lookup: go build -tags netgo,osusergo",
  muslStatic: `link statically against musl: CGO_ENABLED=1 CC=musl-gcc go build -ldflags '-linkmode external -extldflags "-static"'`,
  glibcImage: "run it on an image that has glibc (e.g. debian:12-slim, gcr.io/distroless/base-debian12, ubuntu:24.04)",
  muslImage: "or build it for glibc: a glibc builder (golang:<version>-bookworm) instead of musl-gcc / golang:<version>-alpine",
  goamd64: (level) => `build for the target's baseline: GOAMD64=v${level} go build (the default is v1)`,
  goarch: (arch) => `build for the target's architecture: GOARCH=${arch} go build (or pick the ${arch} image variant with --platform)`,
  staticLibstdcxx: 'link the C++ runtime statically: -extldflags "-static-libstdc++ -static-libgcc"'
};
var BUILDERS = [
  ["centos:7", "a centos:7 / quay.io/pypa/manylinux2014-based builder"],
  ["debian:buster", "a debian:buster-based builder (golang:<version>-buster)"],
  ["almalinux:8", "an almalinux:8 / rockylinux:8-based builder"],
  ["debian:bullseye", "a debian:bullseye-based builder (golang:<version>-bullseye)"],
  ["almalinux:9", "an almalinux:9-based builder"],
  ["ubuntu:22.04", "an ubuntu:22.04-based builder"],
  ["debian:bookworm", "a debian:bookworm-based builder (golang:<version>-bookworm)"],
  ["ubuntu:24.04", "an ubuntu:24.04-based builder"],
  ["debian:trixie", "a debian:trixie-based builder (golang:<version>-trixie)"]
];
var knownGlibc = null;
function builderFor(glibc) {
  const known = knownGlibc ??= new Map(embeddedProfiles().map((p) => [p.image, p.libc.version]));
  let pick = null;
  for (const [image, text] of BUILDERS) {
    const v = known.get(image);
    if (v && compareVersions(v, glibc) <= 0) pick = { image, text, glibc: v };
  }
  return pick;
}
function olderBuilderFix(glibc) {
  if (!glibc)
    return "build in a builder image whose glibc is not newer than the target's (glibc is forward- but not backward-compatible)";
  const pick = builderFor(glibc);
  if (!pick)
    return `build against glibc \u2264 ${glibc} (older than every builder abigap knows: use a cross toolchain or a sysroot of the target)`;
  return `build in an older builder image whose glibc is \u2264 ${glibc}: e.g. ${pick.text} (glibc ${pick.glibc})`;
}

// src/knowledge/symbol-history.ts
var glibcIndexes = /* @__PURE__ */ new WeakMap();
function glibcIndex(k) {
  let idx = glibcIndexes.get(k);
  if (idx) return idx;
  const defs = /* @__PURE__ */ new Map();
  for (const [library, table] of Object.entries(k.exportTables)) {
    for (const [node, names] of Object.entries(table)) {
      if (!/^GLIBC_\d/.test(node)) continue;
      for (const name of names.split(" ")) {
        let list = defs.get(name);
        if (!list) defs.set(name, list = []);
        list.push({ library, node });
      }
    }
  }
  idx = { defs };
  glibcIndexes.set(k, idx);
  return idx;
}
function glibcDefinitions(symbol, arch = "amd64", k = knowledgeData()) {
  if (arch !== "amd64") return void 0;
  const list = glibcIndex(k).defs.get(symbol) ?? [];
  return [...list].sort((a, b) => compareVersions(nodeVersion(a.node) ?? "0", nodeVersion(b.node) ?? "0"));
}
function glibcSince(symbol, arch = "amd64", k = knowledgeData()) {
  const defs = glibcDefinitions(symbol, arch, k);
  if (defs === void 0) return void 0;
  return defs.length ? defs[0].node : null;
}

// src/abi/replacements.ts
var VERIFIED = {
  getrandom: { glibc: "2.25", musl: "1.2.3" },
  sched_getcpu: { glibc: "2.6", musl: "1.2.3" },
  snprintf: { glibc: "2.2.5", musl: "1.2.3" }
};
var TABLE2 = {
  arc4random: { call: "getrandom(&v, sizeof v, 0)", replacement: "getrandom", manual: "getrandom(2)" },
  arc4random_buf: { call: "getrandom(buf, n, 0)", replacement: "getrandom", manual: "getrandom(2)" },
  arc4random_uniform: {
    call: "getrandom(2) with rejection sampling",
    replacement: "getrandom",
    manual: "getrandom(2)"
  },
  getcpu: { call: "sched_getcpu()", replacement: "sched_getcpu", manual: "sched_getcpu(3)" },
  strlcpy: { call: 'snprintf(dst, size, "%s", src)', replacement: "snprintf", manual: "snprintf(3)" },
  strlcat: {
    call: 'snprintf(dst + len, size - len, "%s", src)',
    replacement: "snprintf",
    manual: "snprintf(3)"
  }
};
function replacementName(symbol) {
  return TABLE2[symbol]?.replacement ?? null;
}
function release(v) {
  if (!v) return v;
  const p = parseNode(v);
  return p.numbers ? p.numbers.join(".") : v;
}
function replacementFor(symbol, profile, history, arch, target = profile.image) {
  const r = TABLE2[symbol];
  if (!r) return null;
  if (profile.libc.flavor === "glibc") {
    const since = release(history?.glibcSince(r.replacement, arch)) ?? VERIFIED[r.replacement]?.glibc;
    if (!since || !profile.libc.version || compareVersions(since, profile.libc.version) > 0) return null;
    return `${symbol} \u2192 ${r.call} (${r.manual}, glibc \u2265 ${since}: ${target} has ${profile.libc.version})`;
  }
  if (profile.libc.flavor === "musl") {
    const since = release(history?.muslSince(r.replacement));
    if (since) {
      if (profile.libc.version && compareVersions(since, profile.libc.version) > 0) return null;
      return `${symbol} \u2192 ${r.call} (${r.manual}, musl \u2265 ${since})`;
    }
    const seen = VERIFIED[r.replacement]?.musl;
    if (!seen || !profile.libc.version || compareVersions(seen, profile.libc.version) > 0) return null;
    return `${symbol} \u2192 ${r.call} (${r.manual}; musl ${seen} has it)`;
  }
  return null;
}

// src/abi/what-if-symbols.ts
function release2(v) {
  if (v === null || v === void 0) return v;
  const p = parseNode(v);
  return p.numbers ? p.numbers.join(".") : v;
}
function nodeOnTarget(s, profile) {
  if (!s.version || !s.library) return true;
  const p = parseNode(s.version);
  if (p.family === "GLIBC" && p.numbers && profile.libc.flavor === "glibc" && profile.libc.version) {
    if (compareVersions(p.numbers.join("."), profile.libc.version) <= 0) return true;
  }
  const lib = profile.libraries.find((l) => l.soname === s.library);
  if (!lib) return void 0;
  if (lib.versions.includes(s.version)) return true;
  return lib.versions.length ? false : void 0;
}
function onTarget(s, profile, history) {
  if (profile.libc.flavor !== "musl") return nodeOnTarget(s, profile);
  const since = history?.muslSince(muslName(s.name));
  if (since === void 0) return void 0;
  if (since === null) return false;
  return profile.libc.version ? compareVersions(since, profile.libc.version) <= 0 : void 0;
}
function blocker(s, why) {
  return { name: s.name, ...s.version ? { version: s.version } : {}, why: why ?? describeOrigin(s.origin) };
}
function listBlockers(list) {
  const own = list.filter((s) => s.origin.kind !== "cgo-runtime");
  const runtime = list.filter((s) => s.origin.kind === "cgo-runtime");
  const parts = own.slice(0, 4).map((s) => {
    const at = siteOf(s.origin);
    const inner = [s.version, at].filter(Boolean).join(", ");
    return inner ? `${s.name} (${inner})` : s.name;
  });
  if (own.length > 4) parts.push(`${own.length - 4} more`);
  if (runtime.length) {
    const nodes = [...new Set(runtime.map((s) => s.version).filter(Boolean))].join(", ");
    parts.push(`${runtime.length} symbol(s) of the cgo runtime${nodes ? ` (${nodes})` : ""}`);
  }
  return parts.join(" and ");
}
var needsCgo = (s) => !isCgoPlumbing(s.origin);
var weakSets = /* @__PURE__ */ new WeakMap();
function weak(facts, name) {
  let set = weakSets.get(facts);
  if (!set) {
    set = new Set(facts.dynamicSymbols.filter((d) => !d.defined && d.binding === "WEAK").map((d) => d.name));
    weakSets.set(facts, set);
  }
  return set.has(name);
}
function importsC(source) {
  if (!source) return null;
  return (source.imports.C ?? []).length > 0;
}
function muslName(name) {
  return name.replace(/^__(\w+)_chk$/, "$1").replace(/^__isoc(?:99|23)_(\w+)$/, "$1");
}

// src/abi/what-if.ts
function netgo(input) {
  const { imports, target, source } = input;
  const how = "go build -tags netgo,osusergo";
  if (!imports.some((s) => s.origin.kind === "go-net" || s.origin.kind === "go-os-user")) return null;
  const rest = imports.filter((s) => s.origin.kind !== "go-net" && s.origin.kind !== "go-os-user");
  const cgoLeft = rest.some(needsCgo) || importsC(source) === true;
  if (!cgoLeft) {
    const caveat = importsC(source) === null ? ' (unless a package of the program imports "C")' : "";
    return {
      fix: "netgo",
      how,
      outcome: "runs",
      offered: true,
      effect: `-tags netgo,osusergo: no cgo package left \u2192 static${caveat}, runs on ${target}`
    };
  }
  const still = rest.filter((s) => !weak(input.facts, s.name) && onTarget(s, input.profile, input.history) === false);
  if (!still.length)
    return {
      fix: "netgo",
      how,
      outcome: "runs",
      offered: true,
      effect: `-tags netgo,osusergo: drops the cgo resolver and user lookup; what is left needs only nodes ${target} has \u2192 runs on ${target}`
    };
  return {
    fix: "netgo",
    how,
    outcome: "still-missing",
    offered: false,
    effect: `-tags netgo,osusergo leaves ${listBlockers(still)}: still not on ${target}`,
    blockers: still.map((s) => blocker(s))
  };
}
function cgoOff(input) {
  const { imports, target, source } = input;
  const how = "CGO_ENABLED=0 go build";
  const c = imports.filter(needsCgo);
  const hard = [...c.filter((s) => s.origin.kind === "own-c"), ...c.filter((s) => s.origin.kind === "c-library")];
  if (hard.length || importsC(source) && !c.length) {
    const first = hard[0];
    const what = first ? `${describeOrigin(first.origin)} needs cgo (${first.name})` : 'the program imports "C"';
    return {
      fix: "cgo-off",
      how,
      outcome: "build-fails",
      offered: false,
      effect: `CGO_ENABLED=0: ${what}: it does not build`,
      blockers: hard.map((s) => blocker(s))
    };
  }
  if (c.length)
    return {
      fix: "cgo-off",
      how,
      outcome: "unknown",
      offered: true,
      effect: `CGO_ENABLED=0: static, runs on ${target} if ${listBlockers(c)} ${c.length > 1 ? "are" : "is"} only on a cgo path with a pure-Go fallback (${describeOrigin(c[0].origin)}); abigap cannot tell`,
      blockers: c.map((s) => blocker(s))
    };
  const caveat = importsC(source) === null ? " (if the program has no C code of its own)" : "";
  return {
    fix: "cgo-off",
    how,
    outcome: "runs",
    offered: true,
    effect: `CGO_ENABLED=0: no C code left \u2192 static (no libc needed)${caveat}, runs on ${target}`
  };
}
function olderMusl(input) {
  const { imports, profile, target, history, facts } = input;
  const v = profile.libc.version;
  if (!v) return null;
  const absent = imports.filter((s) => !weak(facts, s.name) && onTarget(s, input.profile, input.history) === false);
  if (!absent.length) return null;
  const names = absent.map((s) => {
    const since = history?.muslSince(muslName(s.name));
    const inner = [since ? `added in ${since}` : since === null ? "in no musl release" : null, siteOf(s.origin)];
    const text = inner.filter(Boolean).join(", ");
    return text ? `${s.name} (${text})` : s.name;
  });
  return {
    fix: "older-builder",
    how: `build against musl ${v} (${target}'s own musl, e.g. a builder on the same Alpine release)`,
    outcome: "build-fails",
    offered: false,
    effect: `a musl ${v} builder: musl ${v} has no ${names.join(", ")}: the build fails`,
    blockers: absent.map((s) => blocker(s, `musl ${v} has no ${s.name}`))
  };
}
function olderBuilder(input) {
  const { imports, profile, target, history, arch, facts } = input;
  if (profile.libc.flavor === "musl") return olderMusl(input);
  if (profile.libc.flavor !== "glibc" || !profile.libc.version) return null;
  const missing = imports.filter((s) => nodeOnTarget(s, profile) === false);
  if (!missing.length || missing.some((s) => !s.library || !isGlibcLibrary(s.library))) return null;
  const builder = builderFor(profile.libc.version);
  const glibc = builder?.glibc ?? profile.libc.version;
  const how = builder ? `build in ${builder.text}, glibc ${glibc}` : `build against glibc \u2264 ${profile.libc.version}`;
  const above = imports.filter((s) => {
    if (!s.library || !isGlibcLibrary(s.library) || !s.version || weak(facts, s.name)) return false;
    const p = parseNode(s.version);
    return p.family === "GLIBC" && !!p.numbers && compareVersions(p.numbers.join("."), glibc) > 0;
  });
  const absent = [];
  const unknown = [];
  for (const s of above) {
    const since = release2(history?.glibcSince(s.name, arch));
    if (since === void 0) unknown.push(s);
    else if (since === null || compareVersions(since, glibc) > 0) absent.push(s);
  }
  if (absent.length) {
    const since = (s) => release2(history?.glibcSince(s.name, arch));
    const names = absent.map((s) => {
      const v = since(s);
      const at = siteOf(s.origin);
      return `${s.name}${v ? ` (added in ${v}${at ? `, ${at}` : ""})` : at ? ` (${at})` : ""}`;
    });
    return {
      fix: "older-builder",
      how,
      outcome: "build-fails",
      offered: false,
      effect: `a glibc ${glibc} builder: glibc ${glibc} has no ${names.join(", ")}: the build fails`,
      blockers: absent.map((s) => blocker(s, `glibc ${glibc} has no ${s.name}`))
    };
  }
  if (unknown.length)
    return {
      fix: "older-builder",
      how,
      outcome: "unknown",
      offered: true,
      effect: `${how}: runs on ${target} if glibc ${glibc} defines ${listBlockers(unknown)} (abigap does not know when ${unknown.length > 1 ? "they" : "it"} entered glibc)`
    };
  return {
    fix: "older-builder",
    how,
    outcome: "runs",
    offered: true,
    effect: `${how}: every C function it calls exists in glibc ${glibc}, so it links against older nodes \u2192 runs on ${target}`
  };
}
function muslStatic(input) {
  const { imports, history, target, muslToolchain, facts } = input;
  const how = FIX.muslStatic.replace(/^link statically against musl: /, "");
  const absent = [];
  const unknown = [];
  let floor = history?.muslOldest ?? null;
  let floorSymbols = [];
  for (const s of imports) {
    if (weak(facts, s.name)) continue;
    const since = history?.muslSince(muslName(s.name));
    if (since === void 0) unknown.push(s);
    else if (since === null || muslToolchain && compareVersions(since, muslToolchain) > 0) absent.push(s);
    else if (!floor || compareVersions(since, floor) > 0) [floor, floorSymbols] = [since, [s.name]];
    else if (since === floor && floorSymbols.length && !floorSymbols.includes(s.name)) floorSymbols.push(s.name);
  }
  const musl = muslToolchain ? `musl ${muslToolchain}` : "musl";
  if (absent.length)
    return {
      fix: "musl-static",
      how,
      outcome: "build-fails",
      offered: false,
      effect: `static musl link: ${musl} has no ${listBlockers(absent)}: the build fails`,
      blockers: absent.map((s) => blocker(s, `${musl} has no ${s.name}`))
    };
  if (unknown.length)
    return {
      fix: "musl-static",
      how,
      outcome: "unknown",
      offered: true,
      effect: `static musl link: static, runs on ${target} if ${musl} defines ${listBlockers(unknown)} (not in abigap's musl tables)`
    };
  if (!muslToolchain && floorSymbols.length)
    return {
      fix: "musl-static",
      how,
      outcome: "unknown",
      offered: true,
      effect: `static musl link: ${floorSymbols.join(", ")} entered musl in ${floor} \u2192 static, runs on ${target} with a musl \u2265 ${floor} toolchain (no musl-gcc here told its release)`
    };
  return {
    fix: "musl-static",
    how,
    outcome: "runs",
    offered: true,
    effect: `static musl link: every C function it calls exists in ${muslToolchain ? musl : floor ? `every musl since ${floor}` : "every musl abigap knows"} \u2192 static, runs on ${target}`
  };
}
function whatIf(input) {
  const advice = buildChoices(input);
  const changed = new Map(advice.codeChanges.map((c) => [c.symbol, replacementName(c.symbol)]));
  if (!advice.codeChanges.length || [...changed.values()].some((r) => r === null)) return advice;
  const imports = input.imports.map(
    (s) => changed.has(s.name) ? { ...s, name: changed.get(s.name), version: null } : s
  );
  const then = buildChoices({ ...input, imports }).whatIf.find((w) => w.offered);
  for (const c of advice.codeChanges)
    c.text += then ? `; then ${then.effect}` : `; abigap finds no build choice that then runs on ${input.target}`;
  return advice;
}
function buildChoices(input) {
  const cgo = input.facts.go?.settings.CGO_ENABLED === "1";
  const list = [];
  if (cgo) {
    const n = netgo(input);
    if (n) list.push(n);
    list.push(cgoOff(input));
  }
  const o = olderBuilder(input);
  if (o) list.push(o);
  if (cgo || !input.facts.go) list.push(muslStatic(input));
  const codeChanges = [];
  if (!list.some((w) => w.offered)) {
    const seen = /* @__PURE__ */ new Set();
    for (const w of list.filter((x) => x.fix !== "cgo-off"))
      for (const b of w.blockers ?? []) {
        if (seen.has(b.name)) continue;
        seen.add(b.name);
        const s = input.imports.find((x) => x.name === b.name);
        if (!s || s.origin.kind === "cgo-runtime") continue;
        const r = replacementFor(b.name, input.profile, input.history, input.arch, input.target);
        const at = siteOf(s.origin);
        codeChanges.push({
          symbol: b.name,
          ...at ? { at } : {},
          text: `${at ? `${at}: ` : ""}${r ?? `replace ${b.name} (no build choice provides it on ${input.target}), or drop ${input.target} from the promised targets`}`
        });
      }
  }
  return { whatIf: list, codeChanges };
}
function adviceTexts(advice) {
  return [
    ...advice.whatIf.filter((w) => w.offered).map((w) => w.effect + (w.matrix ? ` (matrix: ${w.matrix.variant} ${w.matrix.result})` : "")),
    ...advice.codeChanges.map((c) => `change the code: ${c.text}`)
  ];
}

// src/abi/symbol-advice.ts
var EMBEDDED_HISTORY = {
  glibcSince: (s, arch) => glibcSince(s, arch),
  muslSince: (s) => muslSince(s),
  muslOldest: muslData().musl.releases[0]
};
function computable(gap, input) {
  const { profile, facts } = input;
  if (!gap.library) return false;
  if (profile.libc.flavor === "glibc") return isGlibcLibrary(gap.library);
  return profile.libc.flavor === "musl" && gap.kind === "missing-symbol" && isMuslLibc(gap.library) && /\/ld-musl-[\w-]+\.so\.1$/.test(facts.interpreter ?? "");
}
function originsPhrase(list, max = 6) {
  const groups = /* @__PURE__ */ new Map();
  for (const s of list) {
    const d = describeOrigin(s.origin);
    const g = groups.get(d) ?? groups.set(d, []).get(d);
    if (!g.includes(s.name)) g.push(s.name);
  }
  if (groups.size === 1) return `from ${[...groups.keys()][0]}`;
  return [...groups].map(
    ([d, names]) => `${names.slice(0, max).join(", ")}${names.length > max ? ` and ${names.length - max} more` : ""} from ${d}`
  ).join("; ");
}
function adviseSymbolGap(gap, input) {
  const { profile } = input;
  if (!computable(gap, input)) return null;
  const { imports, advice } = binaryAdvice(input);
  const wanted = new Set(gap.symbols ?? []);
  const node = gap.version;
  const musl = profile.libc.flavor === "musl";
  const mine = imports.filter(
    (s) => wanted.has(s.name) && (musl || s.library === gap.library) && (!node || gap.kind !== "symbol-version" || s.version !== null)
  );
  gap.origins = mine.map((s) => ({ name: s.name, library: s.library, version: s.version, origin: s.origin }));
  gap.whatIf = advice.whatIf.map((w) => ({ ...w }));
  const codeChanges = advice.codeChanges.filter((c) => wanted.has(c.symbol)).map((c) => ({ ...c }));
  if (codeChanges.length) gap.codeChanges = codeChanges;
  gap.fixes = adviceTexts({ whatIf: advice.whatIf, codeChanges });
  if (!gap.fixes.length)
    gap.fixes = [
      advice.codeChanges.length ? `no build choice alone runs it on ${input.target}: first make the code changes the binary's other gaps name` : `no build choice abigap can check runs it on ${input.target}: build against C libraries no newer than ${input.target}'s, or drop ${input.target} from the promised targets`
    ];
  return mine.length ? originsPhrase(mine) : null;
}
var advised = /* @__PURE__ */ new WeakMap();
function binaryAdvice(input) {
  const { facts, profile } = input;
  const known = advised.get(facts) ?? [];
  const same = (a) => a.profile === profile && a.target === input.target && (a.source ?? null) === (input.source ?? null) && a.dependencies === input.dependencies && a.history === input.history && (a.muslToolchain ?? null) === (input.muslToolchain ?? null);
  const hit = known.find((k) => same(k.input));
  if (hit) return hit;
  const imports = attributeImports({ facts, source: input.source ?? null, dependencies: input.dependencies });
  const advice = whatIf({
    facts,
    imports,
    profile,
    target: input.target,
    arch: facts.elf && archOf(facts.elf) || "amd64",
    history: input.history ?? EMBEDDED_HISTORY,
    source: input.source ?? null,
    muslToolchain: input.muslToolchain ?? null
  });
  const entry = { input: { ...input }, imports, advice };
  advised.set(facts, [...known, entry]);
  return entry;
}
var LABEL = {
  netgo: "-tags netgo,osusergo",
  "cgo-off": "CGO_ENABLED=0",
  "older-builder": "an older builder",
  "musl-static": "a static musl link"
};
var ENDING = {
  "still-missing": "still not there",
  "build-fails": "it does not build"
};
function notFixesSentence(gap) {
  const own = new Set(gap.symbols ?? []);
  const parts = (gap.whatIf ?? []).flatMap((w) => {
    if (w.offered) return [];
    const mine = (w.blockers ?? []).filter((b) => own.has(b.name));
    if (!mine.length) return [];
    const whys = w.fix === "netgo" || w.fix === "cgo-off" ? mine.map((b) => `${b.name} ${w.fix === "netgo" ? "stays" : "needs cgo"} (${b.why})`) : mine.map((b) => b.why);
    const shown = whys.slice(0, 4).join("; ") + (whys.length > 4 ? ` and ${whys.length - 4} more` : "");
    const cited = w.matrix ? ` (matrix: ${w.matrix.variant} ${w.matrix.result})` : "";
    return [`${LABEL[w.fix]}: ${shown}: ${ENDING[w.outcome] ?? w.outcome}${cited}`];
  });
  if (!parts.length) return "";
  const stop = gap.message.split(" Not fixes: ")[0].endsWith(".") ? "" : ".";
  return `${stop} Not fixes: ${parts.join("; ")}.`;
}
function rewordAdvice(gap) {
  if (!gap.whatIf) return;
  const fixes = adviceTexts({ whatIf: gap.whatIf, codeChanges: gap.codeChanges ?? [] });
  if (fixes.length) gap.fixes = fixes;
  const body = gap.message.split(" Not fixes: ")[0];
  gap.message = body.replace(/\.$/, "") + notFixesSentence({ ...gap, message: body.replace(/\.$/, "") });
}

export {
  goPackageOf,
  NSS_SYMBOLS,
  dominantPackage,
  attributeImports,
  glibcSince,
  FIX,
  olderBuilderFix,
  adviseSymbolGap,
  notFixesSentence,
  rewordAdvice
};
