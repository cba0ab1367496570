import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  describeMuslNeed,
  muslFloorOf,
  openFileSource
} from "./chunk-PZNQ4IVZ.js";
import {
  FIX,
  NSS_SYMBOLS,
  adviseSymbolGap,
  dominantPackage,
  glibcSince,
  goPackageOf,
  notFixesSentence,
  olderBuilderFix
} from "./chunk-PLQKMIQ7.js";
import {
  archOf
} from "./chunk-MTCQCEN2.js";
import {
  muslLfs64Target,
  muslSince
} from "./chunk-K7JWVYMN.js";
import {
  compareVersions,
  loaderFlavor,
  parseNode
} from "./chunk-MUPL4P2E.js";
import {
  UserError
} from "./chunk-JQT2NS4W.js";

// src/abi/build-constraints.ts
function buildTagsOf(facts) {
  const go = facts.go;
  if (!go) return null;
  const tags = /* @__PURE__ */ new Set(["linux", "unix", "gc"]);
  const s = go.settings;
  if (s.GOARCH) tags.add(s.GOARCH);
  if (s.CGO_ENABLED === "1") tags.add("cgo");
  for (const t of (s["-tags"] ?? "").split(",")) if (t.trim()) tags.add(t.trim());
  const minor = /^go1\.(\d+)/.exec(go.version);
  if (minor) for (let i = 1; i <= Number(minor[1]); i++) tags.add(`go1.${i}`);
  return tags;
}
function evalConstraint(expr, tags) {
  const tokens = expr.match(/!|&&|\|\||\(|\)|[\w.]+/g) ?? [];
  if (tokens.join("") !== expr.replace(/\s+/g, "")) return null;
  let i = 0;
  const or = () => {
    let v2 = and();
    while (tokens[i] === "||") {
      i++;
      const r = and();
      v2 = v2 === null || r === null ? null : v2 || r;
    }
    return v2;
  };
  const and = () => {
    let v2 = not();
    while (tokens[i] === "&&") {
      i++;
      const r = not();
      v2 = v2 === null || r === null ? null : v2 && r;
    }
    return v2;
  };
  const not = () => {
    if (tokens[i] === "!") {
      i++;
      const v2 = not();
      return v2 === null ? null : !v2;
    }
    if (tokens[i] === "(") {
      i++;
      const v2 = or();
      if (tokens[i++] !== ")") return null;
      return v2;
    }
    const t = tokens[i++];
    return t === void 0 || !/^[\w.]+$/.test(t) ? null : tags.has(t);
  };
  const v = or();
  return i === tokens.length ? v : null;
}
function sourceForBuild(index, facts) {
  const tags = buildTagsOf(facts);
  const constraints = index.buildConstraints;
  if (!tags || !constraints) return index;
  const excluded = new Set(
    Object.entries(constraints).filter(([, expr]) => evalConstraint(expr, tags) === false).map(([file]) => file)
  );
  if (!excluded.size) return index;
  const keep = (m) => Object.fromEntries(
    Object.entries(m).map(([k, sites]) => [k, sites.filter((s) => !excluded.has(s.file))]).filter(([, sites]) => sites.length)
  );
  return {
    ...index,
    imports: keep(index.imports),
    cgoCalls: keep(index.cgoCalls),
    cgoPreamble: keep(index.cgoPreamble),
    cSources: keep(index.cSources),
    ...index.cgoLdflags ? { cgoLdflags: keep(index.cgoLdflags) } : {}
  };
}

// src/abi/source-index.ts
var MAX_LOCATIONS = 10;
function locateSymbols(index, symbols, goPackage) {
  const pkgs = goPackage === void 0 ? [] : Array.isArray(goPackage) ? goPackage : [goPackage];
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (s, reason) => {
    const key = `${s.file}:${s.line}`;
    if (seen.has(key) || out.length >= MAX_LOCATIONS) return;
    seen.add(key);
    out.push({ file: s.file, line: s.line, column: s.column, reason });
  };
  for (const sym of symbols) for (const s of index.cgoCalls[sym] ?? []) add(s, "cgo-call");
  for (const sym of symbols) for (const s of index.cgoPreamble[sym] ?? []) add(s, "cgo-preamble");
  for (const sym of symbols) for (const s of index.cSources[sym] ?? []) add(s, "c-source");
  if (!out.length)
    for (const p of pkgs) for (const s of index.imports[p === "runtime/cgo" ? "C" : p] ?? []) add(s, "import");
  if (!out.length && index.goMod) add({ file: index.goMod.file, line: index.goMod.line, column: 1 }, "go.mod");
  return out;
}

// src/abi/check-context.ts
var MAX_NAME = 200;
function cap(s) {
  return s.length > MAX_NAME ? `${s.slice(0, MAX_NAME)}\u2026` : s;
}
function baseName(p) {
  return p.slice(p.lastIndexOf("/") + 1);
}
function newContext(facts, profile, opts) {
  return {
    facts,
    profile,
    target: opts.targetName ?? profile.image,
    name: cap(baseName(facts.path) || facts.path),
    opts,
    gaps: [],
    uncertain: false,
    locate: (symbols, goPackage) => opts.source ? locateSymbols(opts.source, symbols, goPackage) : void 0
  };
}
function findLibrary(profile, soname) {
  return profile.libraries.find((l) => l.soname === soname);
}
function listsEvery(profile, soname) {
  return profile.librariesComplete && (!profile.librariesFor || profile.librariesFor.includes(soname));
}
function libcLabel(p) {
  if (p.libc.flavor === "none") return "no C library";
  return `${p.libc.flavor}${p.libc.version ? ` ${p.libc.version}` : ""}`;
}
function withLocations(locs) {
  return locs && locs.length ? { locations: locs } : {};
}
function isGoCgo(facts) {
  return facts.go?.settings.CGO_ENABLED === "1";
}
var MUSL_BUILTIN = /^lib(c|pthread|rt|m|dl|util|xnet)\./;
function listSome(items, max) {
  const shown = items.slice(0, max).map(cap);
  return `${shown.join(", ")}${items.length > max ? ` and ${items.length - max} more` : ""}`;
}

// src/abi/check-extras.ts
var MAX_SYMBOLS = 20;
function staticNss(ctx) {
  const { facts, profile, target, name } = ctx;
  if (facts.libc !== "glibc") return;
  const nss = new Set(NSS_SYMBOLS);
  const symbols = [...new Set((ctx.opts.staticNssSymbols ?? []).filter((s) => nss.has(s)))];
  if (!symbols.length) return;
  const pkg = dominantPackage(symbols);
  const sameGlibc = profile.libc.flavor === "glibc";
  ctx.gaps.push({
    kind: "static-nss",
    severity: "warning",
    message: `${name} is statically linked against glibc but calls ${symbols.slice(0, 6).join(", ")}${pkg ? ` (${pkg.why})` : ""}: glibc still loads NSS modules (libnss_*.so.2) of the glibc it was built with at run time. ` + (sameGlibc ? `${target} has glibc ${profile.libc.version ?? "?"}: unless it is the exact same glibc, host/user lookups can fail or crash` : `${target} has ${libcLabel(profile)}: lookups beyond /etc/hosts and /etc/passwd files silently fail`),
    symbols: symbols.slice(0, MAX_SYMBOLS),
    ...pkg ? { goPackage: pkg.goPackage } : {},
    ...withLocations(ctx.locate(symbols, pkg?.goPackage)),
    fixes: [FIX.netgo, FIX.cgoOff, FIX.muslStatic]
  });
}
function kernelFloor(ctx) {
  const { facts, profile, target, name } = ctx;
  const need = facts.abiTag?.kernel;
  if (!need || !profile.kernel || compareVersions(need, profile.kernel) <= 0) return;
  ctx.gaps.push({
    kind: "kernel-floor",
    severity: "warning",
    message: `${name} declares it needs Linux \u2265 ${need} (ELF ABI note), but ${target}'s default kernel is ${profile.kernel}: on such hosts it fails with "FATAL: kernel too old" (containers use the host's kernel, not the image's)`,
    version: need,
    fixes: [olderBuilderFix(null), "run it on hosts with a newer kernel"]
  });
}
function isaLevel(ctx) {
  const { facts, profile, target, name } = ctx;
  if (!profile.arch.includes("amd64") || facts.elf?.machine.toLowerCase().includes("x86-64") !== true) return;
  const goamd64 = facts.go?.settings.GOAMD64;
  const fromGo = goamd64 && /^v[1-4]$/.test(goamd64) ? Number(goamd64.slice(1)) : null;
  const need = Math.max(facts.x86IsaLevel ?? 1, fromGo ?? 1);
  const baseline = profile.x86IsaBaseline ?? 1;
  if (need <= baseline) return;
  const src = fromGo === need ? `GOAMD64=v${need}` : "the x86 ISA note";
  ctx.gaps.push({
    kind: "isa-level",
    severity: "warning",
    message: `${name} requires x86-64-v${need} CPUs (${src}), but ${target} supports hardware down to x86-64-v${baseline}: on older CPUs it dies with SIGILL (illegal instruction)`,
    version: `x86-64-v${need}`,
    fixes: [FIX.goamd64(baseline)]
  });
}

// src/abi/package-hints.ts
var HINTS = [
  [/^libsqlite3\.so\.0$/, { apt: "libsqlite3-0", apk: "sqlite-libs", dnf: "sqlite-libs", zypper: "libsqlite3-0" }],
  [
    /^libssl\.so\.3$|^libcrypto\.so\.3$/,
    { apt: "libssl3", apk: "libssl3 libcrypto3", dnf: "openssl-libs", zypper: "libopenssl3" }
  ],
  [
    /^libssl\.so\.1\.1$|^libcrypto\.so\.1\.1$/,
    { apt: "libssl1.1", apk: "libssl1.1 libcrypto1.1", dnf: "openssl-libs", zypper: "libopenssl1_1" }
  ],
  [/^libssl\.so\.10$|^libcrypto\.so\.10$/, { dnf: "openssl-libs (EL7)" }],
  [/^libz\.so\.1$/, { apt: "zlib1g", apk: "zlib", dnf: "zlib", zypper: "libz1", inBase: true }],
  [/^libstdc\+\+\.so\.6$/, { apt: "libstdc++6", apk: "libstdc++", dnf: "libstdc++", zypper: "libstdc++6" }],
  [/^libgcc_s\.so\.1$/, { apt: "libgcc-s1", apk: "libgcc", dnf: "libgcc", zypper: "libgcc_s1" }],
  [/^libpq\.so\.5$/, { apt: "libpq5", apk: "libpq", dnf: "libpq", zypper: "libpq5" }],
  [/^libcurl\.so\.4$/, { apt: "libcurl4", apk: "libcurl", dnf: "libcurl", zypper: "libcurl4" }],
  [/^libxml2\.so\.2$/, { apt: "libxml2", apk: "libxml2", dnf: "libxml2", zypper: "libxml2-2" }],
  [/^libpcre2-8\.so\.0$/, { apt: "libpcre2-8-0", apk: "pcre2", dnf: "pcre2", zypper: "libpcre2-8-0" }],
  [/^libseccomp\.so\.2$/, { apt: "libseccomp2", apk: "libseccomp", dnf: "libseccomp", zypper: "libseccomp2" }],
  [/^libsystemd\.so\.0$/, { apt: "libsystemd0", dnf: "systemd-libs", zypper: "libsystemd0" }],
  [/^libmariadb\.so\.3$/, { apt: "libmariadb3", apk: "mariadb-connector-c", dnf: "mariadb-connector-c" }],
  [/^libmysqlclient\.so\.\d+$/, { apt: "libmysqlclient21", dnf: "mysql-libs" }],
  [/^libzstd\.so\.1$/, { apt: "libzstd1", apk: "zstd-libs", dnf: "libzstd", zypper: "libzstd1" }],
  [/^liblz4\.so\.1$/, { apt: "liblz4-1", apk: "lz4-libs", dnf: "lz4-libs", zypper: "liblz4-1" }],
  [/^libbz2\.so\.1(\.0)?$/, { apt: "libbz2-1.0", apk: "libbz2", dnf: "bzip2-libs", zypper: "libbz2-1" }],
  [/^liblzma\.so\.5$/, { apt: "liblzma5", apk: "xz-libs", dnf: "xz-libs", zypper: "liblzma5" }],
  [/^libffi\.so\.\d+$/, { apt: "libffi8", apk: "libffi", dnf: "libffi", zypper: "libffi8" }],
  [/^libgomp\.so\.1$/, { apt: "libgomp1", apk: "libgomp", dnf: "libgomp", zypper: "libgomp1" }],
  [/^libatomic\.so\.1$/, { apt: "libatomic1", apk: "libatomic", dnf: "libatomic", zypper: "libatomic1" }],
  [/^libsodium\.so\.\d+$/, { apt: "libsodium23", apk: "libsodium", dnf: "libsodium (EPEL)" }],
  [/^librdkafka\.so\.1$/, { apt: "librdkafka1", apk: "librdkafka", dnf: "librdkafka" }],
  [/^libyaml-0\.so\.2$/, { apt: "libyaml-0-2", apk: "yaml", dnf: "libyaml" }],
  [/^libpcap\.so\.(0\.8|1)$/, { apt: "libpcap0.8", apk: "libpcap", dnf: "libpcap" }],
  [/^libusb-1\.0\.so\.0$/, { apt: "libusb-1.0-0", apk: "libusb", dnf: "libusbx" }],
  [/^libgpgme\.so\.11$/, { apt: "libgpgme11", apk: "gpgme", dnf: "gpgme" }],
  [/^libbtrfs\.so\.0$/, { apt: "libbtrfs0", apk: "btrfs-progs-libs", dnf: "btrfs-progs" }],
  [
    /^libdevmapper\.so\.1\.02(\.1)?$/,
    { apt: "libdevmapper1.02.1", apk: "device-mapper-libs", dnf: "device-mapper-libs" }
  ],
  [/^libgpg-error\.so\.0$/, { apt: "libgpg-error0", apk: "libgpg-error", dnf: "libgpg-error" }],
  [/^libuuid\.so\.1$/, { apt: "libuuid1", apk: "libuuid", dnf: "libuuid" }],
  [/^libcap\.so\.2$/, { apt: "libcap2", apk: "libcap2", dnf: "libcap" }],
  [/^libnsl\.so\.[12]$/, { apt: "libnsl2", dnf: "libnsl2", zypper: "libnsl2" }],
  [/^libcrypt\.so\.[12]$/, { apt: "libcrypt1", apk: "libxcrypt", dnf: "libxcrypt" }],
  [/^libgo\.so\.\d+$/, { apt: "libgo*", apk: "gcc-go", dnf: "libgo" }]
];
function packageHint(soname) {
  return HINTS.find(([re]) => re.test(soname))?.[1] ?? null;
}
function packageFamily(distroId) {
  if (!distroId) return null;
  if (/^(debian|ubuntu|distroless|busybox)/.test(distroId)) return "apt";
  if (/^alpine/.test(distroId)) return "apk";
  if (/^(rhel|centos|almalinux|rocky|fedora|amzn|ol)/.test(distroId)) return "dnf";
  if (/^(opensuse|sles|suse)/.test(distroId)) return "zypper";
  return null;
}
function installCommand(family, pkg) {
  switch (family) {
    case "apt":
      return `apt-get install -y --no-install-recommends ${pkg}`;
    case "apk":
      return `apk add --no-cache ${pkg}`;
    case "dnf":
      return `dnf install -y ${pkg} (microdnf/yum on minimal images)`;
    case "zypper":
      return `zypper install -y ${pkg}`;
  }
}

// src/abi/check-libraries.ts
var MUSL_DIRS = /* @__PURE__ */ new Set(["/lib", "/usr/local/lib", "/usr/lib"]);
function reachable(lib, loader, complete) {
  return loader.loaderKind !== "musl" || !complete || lib.dirs.some((d) => MUSL_DIRS.has(d));
}
function checkLibraries(ctx, loader) {
  const { facts, profile, target, name } = ctx;
  const family = packageFamily(profile.distro?.id);
  const missing = /* @__PURE__ */ new Set();
  const maybeMissing = /* @__PURE__ */ new Set();
  for (const rawName of facts.needed) {
    const soname = cap(rawName);
    if (loader.loaderKind === "musl" && MUSL_BUILTIN.test(rawName)) continue;
    if (profile.loaders.some((l) => baseName(l) === rawName)) continue;
    const found = findLibrary(profile, rawName);
    if (found && reachable(found, loader, listsEvery(profile, rawName))) continue;
    const hint = packageHint(soname);
    const pkg = hint && family ? hint[family] : void 0;
    const fixes = [];
    if (pkg) fixes.push(`install it in the image: ${installCommand(family, pkg)}`);
    else if (hint)
      fixes.push(
        `install the package that provides ${soname} (Debian: ${hint.apt ?? "?"}, Alpine: ${hint.apk ?? "?"}, RHEL: ${hint.dnf ?? "?"})`
      );
    else fixes.push(`install the package that provides ${soname} in the image, or copy it next to the binary`);
    if (facts.go && soname !== "libc.so.6")
      fixes.push(`or link ${soname} statically into the binary (-extldflags "-static" with the library's .a installed)`);
    if (!listsEvery(profile, rawName) && !(hint && hint.inBase === false)) {
      ctx.uncertain = true;
      maybeMissing.add(rawName);
      ctx.gaps.push({
        kind: "missing-library",
        severity: "warning",
        message: `${name} needs ${soname}, which abigap's embedded profile of ${target} does not list (it lists only core libraries); if the image lacks it the loader stops with "error while loading shared libraries: ${soname}: cannot open shared object file" (exit 127)`,
        library: soname,
        fixes: [
          `probe the real image for an exact answer: abigap check --target ${target} with Docker available, or abigap profile ${target}`,
          ...fixes
        ]
      });
      continue;
    }
    missing.add(rawName);
    ctx.gaps.push({
      kind: "missing-library",
      severity: "error",
      message: `${name} needs ${soname}, which ${target} does not have${listsEvery(profile, rawName) ? "" : " in its base image"}: ${loaderStops(loader, soname, name)}`,
      library: soname,
      fixes
    });
  }
  if (missing.size && (facts.runpath.length || facts.rpath.length)) {
    for (const g of ctx.gaps)
      if (g.kind === "missing-library" && g.severity === "error")
        g.message += ` (unless it is shipped beside the binary via RUNPATH ${cap([...facts.runpath, ...facts.rpath].join(":"))})`;
  }
  return { missing, maybeMissing };
}
function loaderStops(loader, soname, name) {
  return loader.loaderKind === "musl" ? `musl's loader stops with "Error loading shared library ${soname}: No such file or directory (needed by ${name})" (exit 127)` : `the loader stops with "error while loading shared libraries: ${soname}: cannot open shared object file" (exit 127)`;
}

// src/abi/check-loader.ts
function checkLoader(ctx) {
  const { facts, profile, target, name } = ctx;
  const interp = facts.interpreter === null ? null : cap(facts.interpreter);
  const binFlavor = interp ? loaderFlavor(interp) : facts.libc === "musl" ? "musl" : facts.libc === "glibc" ? "glibc" : "other";
  const loaderKind = binFlavor === "musl" || profile.libc.flavor === "musl" ? "musl" : "glibc";
  if (!interp) return { interp, binFlavor, loaderKind };
  const present = profile.loaders.includes(interp) || loaderInLibraries(profile, interp);
  if (!present) {
    ctx.gaps.push({
      kind: "missing-loader",
      severity: "error",
      message: `${name} is a dynamically linked ${binFlavor === "other" ? "" : `${binFlavor} `}binary that needs the loader ${interp}, but ${loaderWhat(profile, target, binFlavor)}. The kernel cannot start it and reports "exec ${name}: no such file or directory" \u2014 the missing file is the loader, not ${name}.`,
      library: interp,
      fixes: loaderFixes(ctx, binFlavor)
    });
    return null;
  }
  if (binFlavor === "glibc" && profile.libc.flavor === "musl") {
    ctx.gaps.push({
      kind: "libc-flavor",
      severity: "warning",
      message: `${name} is built for glibc but ${target} is a ${libcLabel(profile)} image whose ${interp} is a compatibility link to musl (gcompat / libc6-compat): musl's loader runs it, ignores symbol versions and refuses any glibc-only function it references; what loads may still behave differently from glibc`,
      fixes: [FIX.cgoOff, FIX.muslStatic]
    });
  } else if (binFlavor === "musl" && profile.libc.flavor === "glibc") {
    ctx.gaps.push({
      kind: "libc-flavor",
      severity: "notice",
      message: `${name} is built for musl; ${target} is a ${libcLabel(profile)} image that also has the musl loader ${interp}, so it starts, but it finds only musl libraries in /lib, /usr/local/lib and /usr/lib`,
      fixes: [FIX.muslStatic, "run it on a musl image (alpine:3.20 or newer)"]
    });
  }
  return { interp, binFlavor, loaderKind };
}
function loaderWhat(profile, target, binFlavor) {
  if (profile.libc.flavor === "none") return `${target} has no C library at all`;
  return `${target} is a ${libcLabel(profile)} image${profile.libc.flavor === binFlavor ? " without that loader" : ""}`;
}
function loaderFixes(ctx, binFlavor) {
  const { facts, profile } = ctx;
  const fixes = [];
  if (binFlavor === "glibc") {
    if (isGoCgo(facts) || facts.go) fixes.push(FIX.cgoOff, FIX.muslStatic);
    if (profile.libc.flavor === "musl")
      fixes.push("or install glibc compatibility on Alpine (apk add gcompat) \u2014 partial, not recommended for production");
    fixes.push(FIX.glibcImage);
  } else if (binFlavor === "musl") {
    if (facts.go) fixes.push(FIX.cgoOff);
    fixes.push(FIX.muslStatic, "run it on a musl image (alpine:3.20 or newer)", FIX.muslImage);
  } else fixes.push("link statically, or run it on an image that has this loader");
  return fixes;
}
function loaderInLibraries(profile, interp) {
  if (!listsEvery(profile, baseName(interp))) return false;
  const dir = interp.slice(0, interp.lastIndexOf("/")) || "/";
  const lib = findLibrary(profile, baseName(interp));
  return !!lib && lib.dirs.includes(dir);
}

// src/abi/symbol-fixes.ts
function symbolGapFixes(gap, input) {
  if (input.opts?.verdictOnly) return [];
  if (input.opts && input.target) {
    const origins = adviseSymbolGap(gap, {
      facts: input.facts,
      profile: input.profile,
      target: input.target,
      source: input.opts.source ?? null,
      history: input.opts.history,
      dependencies: input.opts.dependencies,
      muslToolchain: input.opts.muslToolchain ?? null
    });
    if (gap.whatIf) {
      if (origins) {
        const via = input.via ? ` (pulled in by ${input.via})` : null;
        gap.message = via && gap.message.includes(via) ? gap.message.replace(via, ` (${origins})`) : gap.message.replace(/: (the loader|musl's loader|the need is weak|it is a weak)/, ` (${origins}): $1`);
      }
      gap.message += notFixesSentence(gap);
      return gap.fixes ?? [];
    }
  }
  return legacyFixes(gap, input);
}
function legacyFixes(gap, input) {
  const { facts, profile, goPackage } = input;
  const file = gap.library ?? "";
  const isGo = facts.go?.settings.CGO_ENABLED === "1" || !!facts.go;
  const fixes = [];
  if (goPackage === "net" || goPackage === "os/user") fixes.push(FIX.netgo);
  if (file === "libstdc++.so.6" || file === "libgcc_s.so.1") {
    fixes.push(FIX.staticLibstdcxx, `or build with the GCC of ${profile.image} (an older builder image)`);
    return fixes;
  }
  if (gap.kind === "missing-symbol" && !/^(libc\.|ld-)/.test(file) && file) {
    fixes.push(
      `build against the ${file} of ${profile.image} (an older builder image or its -dev package), so the link fails on what it lacks`,
      `or install a ${file} that defines ${gap.symbols?.[0] ?? "the symbol"} in the image`
    );
    if (isGo) fixes.push(`or link ${file} statically into the binary (-extldflags "-static" with the library's .a)`);
    return fixes;
  }
  if (profile.libc.flavor === "glibc") fixes.push(olderBuilderFix(profile.libc.version));
  else if (profile.libc.flavor === "musl")
    fixes.push(
      `build against the musl of ${profile.image}${profile.libc.version ? ` (musl ${profile.libc.version})` : ""}`
    );
  if (isGo) fixes.push(FIX.cgoOff);
  fixes.push(FIX.muslStatic);
  return fixes;
}

// src/abi/check-symbols.ts
var MAX_SYMBOL_GAPS = 100;
var indexes = /* @__PURE__ */ new WeakMap();
function exportIndex(lib) {
  if (!lib.exports) return null;
  let ix = indexes.get(lib);
  if (!ix) {
    ix = { names: /* @__PURE__ */ new Set(), versioned: new Set(lib.exports) };
    for (const e of lib.exports) {
      const at = e.indexOf("@");
      ix.names.add(at < 0 ? e : e.slice(0, at));
    }
    indexes.set(lib, ix);
  }
  return ix;
}
function wanted(s) {
  if (s.defined || !s.name || s.binding === "LOCAL") return false;
  return !(s.binding === "WEAK" && s.version === null && s.type === "NOTYPE");
}
function lookupGlibc(s, scope, profileBound) {
  let unknown = !scope.complete;
  for (const lib of scope.libraries) {
    if (s.version !== null && lib.versions.length && !lib.versions.includes(s.version)) continue;
    const ix = exportIndex(lib);
    if (!ix) {
      if (s.version !== null && lib === profileBound && lib.versions.includes(s.version)) return "found";
      unknown = true;
      continue;
    }
    if (s.version !== null && lib.versions.length ? ix.versioned.has(`${s.name}@${s.version}`) : ix.names.has(s.name))
      return "found";
  }
  return unknown ? "unknown" : "missing";
}
function lookupMusl(s, scope, muslVersion) {
  let unknown = !scope.complete;
  for (const lib of scope.libraries) {
    const ix = exportIndex(lib);
    if (!ix) unknown = true;
    else if (ix.names.has(s.name)) return "found";
  }
  const base = muslLfs64Target(s.name);
  if (base !== null) {
    const libc = scope.muslLibc ? exportIndex(scope.muslLibc) : null;
    const remaps = muslVersion === null ? null : compareVersions(muslVersion, "1.2.4") >= 0;
    if (libc?.names.has(base) && remaps) return "found";
    if (libc?.names.has(base) && remaps === null) unknown = true;
  }
  return unknown ? "unknown" : "missing";
}
function boundToGlibcLoader(ctx, s) {
  const { profile } = ctx;
  if (profile.libc.flavor !== "glibc" || !s.library || !s.version || !/^ld-linux.*\.so\.\d$/.test(s.library))
    return false;
  if (!profile.loaders.some((l) => baseName(l) === s.library)) return false;
  if (s.version === "GLIBC_PRIVATE") return true;
  const m = /^GLIBC_(\d+(?:\.\d+)*)$/.exec(s.version);
  return !!m && !!profile.libc.version && compareVersions(m[1], profile.libc.version) <= 0;
}
function expectedLibrary(ctx, s, loader) {
  const { facts } = ctx;
  if (s.library) return [s.library];
  const versioned = new Set(facts.versionNeeds.map((n) => n.file));
  const plain = facts.needed.filter((n) => !versioned.has(n));
  return plain.length ? plain : facts.needed.length ? [...facts.needed] : loader.interp ? [loader.interp] : [];
}
function checkSymbols(ctx, loader, libs, scope) {
  const { facts, profile } = ctx;
  const musl = loader.loaderKind === "musl";
  const lacking = new Set(
    ctx.gaps.filter((g) => g.kind === "symbol-version" && g.version).map((g) => `${g.library}\0${g.version}`)
  );
  const missing = [];
  const unknown = [];
  const seen = /* @__PURE__ */ new Set();
  for (const s of facts.dynamicSymbols) {
    if (!wanted(s)) continue;
    const key = `${s.name}@${s.version ?? ""}@${s.library ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const expected = expectedLibrary(ctx, s, loader);
    if (expected.some((e) => libs.missing.has(e) || libs.maybeMissing.has(e))) continue;
    if (!musl && s.version && lacking.has(`${s.library}\0${s.version}`)) continue;
    const bound = !musl && s.library ? findLibrary(profile, s.library) : void 0;
    const r = musl ? lookupMusl(s, scope, profile.libc.version) : !bound && boundToGlibcLoader(ctx, s) ? "found" : lookupGlibc(s, scope, bound);
    if (r === "missing") missing.push({ sym: s, expected });
    else if (r === "unknown") unknown.push({ sym: s, expected });
  }
  for (const m of missing.slice(0, MAX_SYMBOL_GAPS)) ctx.gaps.push(missingGap(ctx, loader, m.sym, m.expected));
  if (missing.length > MAX_SYMBOL_GAPS)
    ctx.gaps.push(
      restGap(
        ctx,
        missing.slice(MAX_SYMBOL_GAPS).map((m) => m.sym)
      )
    );
  if (unknown.length) {
    ctx.uncertain = true;
    ctx.gaps.push(unknownGap(ctx, unknown, scope));
  }
}
function missingGap(ctx, loader, s, expected) {
  const { facts, profile, name } = ctx;
  const musl = loader.loaderKind === "musl";
  const weak = s.binding === "WEAK";
  const sym = cap(s.name);
  const what = s.type === "OBJECT" ? "the variable" : s.type === "FUNC" ? "the function" : "the symbol";
  const wantV = !musl && s.version ? `@${cap(s.version)}` : "";
  const lib = expected.length === 1 ? cap(expected[0]) : void 0;
  const from = lib ? `from ${lib}` : expected.length ? `from one of ${listSome(expected, 6)}` : "";
  const libFile = lib && !(musl && MUSL_BUILTIN.test(lib)) ? findLibrary(profile, lib) : void 0;
  const theirs = describeTargetLibrary(ctx, loader, lib, libFile);
  const flavor = musl ? "musl" : profile.libc.flavor === "glibc" && lib && /^libc\./.test(lib) ? "glibc" : "other";
  const addedIn = lib ? (ctx.opts.symbolAddedIn ?? addedInRelease(ctx))(lib, s.name, flavor) : null;
  const added = addedIn ? ` (${sym} was added in ${cap(addedIn)})` : "";
  const node = wantV ? ` under the version ${cap(s.version)}` : "";
  let outcome;
  if (weak)
    outcome = `it is a weak reference, so the loader binds it to null and starts ${name}; code that calls it without checking crashes`;
  else if (musl) outcome = `musl's loader stops with "Error relocating ${name}: ${sym}: symbol not found" (exit 127)`;
  else {
    const text = `"symbol lookup error: ${name}: undefined symbol: ${sym}${wantV ? `, version ${cap(s.version)}` : ""}" (exit 127)`;
    outcome = facts.bindNow || s.type !== "FUNC" ? `the loader stops at start with ${text}` : `the program stops with ${text} when it first calls ${sym} (lazy binding: it starts, then fails at the call)`;
  }
  const gap = {
    kind: "missing-symbol",
    severity: weak ? "warning" : "error",
    message: `${name} needs ${what} ${sym}${wantV} ${from}, which ${theirs} does not define${node}${added}: ${outcome}`.replace(
      /  +/g,
      " "
    ),
    ...lib ? { library: lib } : {},
    ...s.version && !musl ? { version: cap(s.version) } : {},
    symbols: [sym],
    ...addedIn ? { addedIn: cap(addedIn) } : {}
  };
  const locs = ctx.locate([s.name]);
  if (locs && locs.length) gap.locations = locs;
  gap.fixes = symbolGapFixes(gap, { facts, profile, target: ctx.target, opts: ctx.opts });
  return gap;
}
function addedInRelease(ctx) {
  return (_library, symbol, flavor) => {
    if (flavor === "musl") {
      const v = muslSince(symbol);
      return v && v !== "1.1.24" ? `musl ${v}` : null;
    }
    if (flavor !== "glibc") return null;
    const node = glibcSince(symbol, ctx.profile.arch[0] ?? "amd64");
    const m = node ? /^GLIBC_(\d+(?:\.\d+)*)$/.exec(node) : null;
    return m ? `glibc ${m[1]}` : null;
  };
}
function describeTargetLibrary(ctx, loader, lib, found) {
  const { profile, target } = ctx;
  if (loader.loaderKind === "musl" && (!lib || MUSL_BUILTIN.test(lib) || /^ld-/.test(lib)))
    return `${target}'s musl libc${profile.libc.version ? ` (musl ${profile.libc.version})` : ""}`;
  if (!lib) return `any library ${target} loads for it`;
  if (/^libc\.so\.6$/.test(lib) && profile.libc.flavor === "glibc")
    return `${target}'s libc.so.6 (glibc ${profile.libc.version ?? "?"})`;
  return `${target}'s ${lib}${found?.file && found.file !== lib ? ` (${cap(found.file)})` : ""}`;
}
function restGap(ctx, rest) {
  const names = rest.map((s) => cap(s.name));
  return {
    kind: "missing-symbol",
    severity: rest.some((s) => s.binding !== "WEAK") ? "error" : "warning",
    message: `${ctx.name} needs ${names.length} more symbols no library on ${ctx.target} defines: ${listSome(names, 20)}`,
    symbols: names
  };
}
function unknownGap(ctx, unknown, scope) {
  const { profile, target, name } = ctx;
  const names = [...new Set(unknown.map((u) => cap(u.sym.name)))];
  const blind = scope.libraries.filter((l) => !l.exports).map((l) => cap(l.soname));
  const why = profile.profileVersion === 1 && profile.source !== "embedded" ? `the profile is format 1, which records no exported symbols${blind.length ? ` (of ${listSome(blind, 6)})` : ""}` : blind.length ? `the profile does not list the exports of ${listSome(blind, 6)}` : `the profile does not show every library the loader loads for it`;
  return {
    kind: "missing-symbol",
    severity: "notice",
    message: `abigap cannot tell whether ${target} defines ${listSome(names, 12)} for ${name}: ${why}. Probe the image for an exact answer`,
    ...blind.length === 1 ? { library: blind[0] } : {},
    symbols: names,
    fixes: [
      `probe the real image: abigap check --target ${target} with Docker available, or abigap profile ${target} --json > target.json; abigap check --profile target.json`
    ]
  };
}

// src/abi/check-versions.ts
var MAX_SHOWN = 20;
var GLIBC_FILES = /^(libc|libm|libpthread|libdl|librt|libresolv|libutil|libanl)\.so/;
function symbolsOfNode(facts, file, node) {
  const bound = facts.dynamicSymbols.some((s) => s.library !== null);
  const unique = facts.versionNeeds.filter((n) => n.versions.some((v) => v.name === node)).length === 1;
  const match = (s) => !s.defined && s.version === node && (bound ? s.library === file : unique);
  return [...new Set(facts.dynamicSymbols.filter(match).map((s) => s.name))];
}
function checkVersions(ctx, libs) {
  const { facts, profile, target, name } = ctx;
  for (const need of facts.versionNeeds) {
    if (libs.missing.has(need.file)) continue;
    const lib = findLibrary(profile, need.file);
    if (!lib) continue;
    if (!lib.versions.length) {
      if (listsEvery(profile, need.file) && need.versions.length) {
        ctx.gaps.push({
          kind: "symbol-version",
          severity: "warning",
          message: `${name} expects versioned symbols from ${cap(need.file)}, but ${target}'s copy defines no versions: the loader warns "no version information available" and then looks the symbols up by name alone`,
          library: cap(need.file),
          fixes: [`use the same build of ${cap(need.file)} as at link time`]
        });
      } else if (!listsEvery(profile, need.file) && !GLIBC_FILES.test(need.file)) {
        ctx.uncertain = true;
      }
      continue;
    }
    const have = new Set(lib.versions);
    for (const v of need.versions) {
      if (have.has(v.name) || coveredByRelease(v.name, profile, need.file)) continue;
      const soft = v.weak || v.name === "GLIBC_PRIVATE";
      ctx.gaps.push(nodeGap(ctx, lib, need.file, v.name, soft));
    }
  }
}
function nodeGap(ctx, lib, file, node, weak) {
  const { facts, profile, target, name } = ctx;
  const symbols = symbolsOfNode(facts, file, node).map(cap);
  const pkg = dominantPackage(symbols);
  const users = pkg?.goPackage === "runtime/cgo" ? cgoUsers(facts) : [];
  const why = users.length ? `${pkg?.why}, present because ${users.join(" and ")} use cgo` : pkg?.why;
  const where = users.length ? ["runtime/cgo", ...users] : pkg?.goPackage;
  const gap = {
    kind: "symbol-version",
    severity: weak ? "warning" : "error",
    message: nodeMessage(name, cap(file), cap(node), symbols, lib, profile, target, weak, why),
    library: cap(file),
    version: cap(node),
    symbols,
    ...pkg ? { goPackage: pkg.goPackage } : {}
  };
  const locs = ctx.locate(symbols, where);
  if (locs && locs.length) gap.locations = locs;
  gap.fixes = symbolGapFixes(gap, {
    facts,
    profile,
    goPackage: users.length ? users[0] : pkg?.goPackage,
    target,
    opts: ctx.opts,
    ...why ? { via: why } : {}
  });
  return gap;
}
function cgoUsers(facts) {
  const out = /* @__PURE__ */ new Set();
  for (const s of facts.dynamicSymbols) {
    if (s.defined) continue;
    const p = goPackageOf(s.name)?.goPackage;
    if (p === "net" || p === "os/user") out.add(p);
  }
  return [...out].sort();
}
function compareNodes(a, b) {
  const x = parseNode(a);
  const y = parseNode(b);
  if (x.numbers && y.numbers && x.family === y.family) return compareVersions(x.numbers, y.numbers);
  return a < b ? -1 : a > b ? 1 : 0;
}
function coveredByRelease(node, profile, file) {
  if (profile.source !== "embedded" || profile.libc.flavor !== "glibc" || !profile.libc.version || file !== "libc.so.6")
    return false;
  const p = parseNode(node);
  return p.family === "GLIBC" && !!p.numbers && compareVersions(p.numbers, profile.libc.version) <= 0 && (profile.caveats ?? []).some((c) => c.includes("inferred"));
}
function nodeMessage(name, file, node, symbols, lib, profile, target, weak, why) {
  const p = parseNode(node);
  const has = lib.versions.filter((v) => parseNode(v).family === p.family && parseNode(v).numbers).sort(compareNodes).pop();
  let what;
  if (p.family === "GLIBC" && p.numbers)
    what = `${node} from ${file} (glibc \u2265 ${p.numbers.join(".")}), but ${target} has glibc ${profile.libc.version ?? "?"}`;
  else if (p.family === "GLIBCXX" || p.family === "CXXABI")
    what = `${node} from ${file} (a newer GCC than ${target}'s, whose newest is ${has ?? "unknown"})`;
  else if (p.family === "GCC")
    what = `${node} from ${file} (a newer GCC runtime than ${target}'s${has ? ` ${has}` : ""})`;
  else what = `${node} from ${file}, which ${target}'s copy does not define`;
  const syms = symbols.length ? `; needed by ${listSome(symbols, MAX_SHOWN)}` : `; no symbol of ${name} is bound to it, but the need is recorded and the loader checks it`;
  const via = why && symbols.length ? ` (pulled in by ${why})` : "";
  const outcome = weak ? "the need is weak, so the loader starts it, but those functions are missing at run time" : `the loader stops with "version \`${node}' not found (required by ${name})"`;
  return `${name} needs ${what}${syms}${via}: ${outcome}`;
}

// src/abi/gap-order.ts
var PHASE = {
  unanalysable: 0,
  "arch-mismatch": 1,
  "missing-loader": 2,
  "missing-library": 3,
  "symbol-version": 4,
  "missing-symbol": 5
};
var SEVERITY = { error: 0, warning: 1, notice: 2 };
function loaderOrder(gaps) {
  return gaps.map((gap, i) => ({ gap, i })).sort(
    (a, b) => SEVERITY[a.gap.severity] - SEVERITY[b.gap.severity] || (PHASE[a.gap.kind] ?? 9) - (PHASE[b.gap.kind] ?? 9) || a.i - b.i
  ).map((x) => x.gap);
}

// src/abi/load-set.ts
var GLIBC_CORE = /^(libc\.so\.6|libm\.so\.6|libpthread\.so\.0|libdl\.so\.2|librt\.so\.1|libresolv\.so\.2|libutil\.so\.1|libanl\.so\.1|ld-linux.*\.so\.\d)$/;
function muslLibcOf(profile) {
  const pick = (re) => {
    const all = profile.libraries.filter((l) => re.test(l.soname));
    return all.find((l) => l.exports) ?? all[0];
  };
  return pick(/^ld-musl-.+\.so\.1$/) ?? pick(/^libc\.musl-.+\.so\.1$/) ?? pick(/^libc\.so$/) ?? null;
}
function loadSet(ctx, loader, libs) {
  const { facts, profile } = ctx;
  const musl = loader.loaderKind === "musl";
  const muslLibc = musl ? muslLibcOf(profile) : null;
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  let complete = true;
  const queue = [...facts.needed];
  let glibcCore = false;
  const add = (lib) => {
    if (out.includes(lib)) return;
    out.push(lib);
    if (GLIBC_CORE.test(lib.soname)) glibcCore = true;
    if (lib.needed) queue.push(...lib.needed);
    else if (!(musl && lib === muslLibc) && !GLIBC_CORE.test(lib.soname)) complete = false;
  };
  while (queue.length) {
    const soname = queue.shift();
    if (seen.has(soname)) continue;
    seen.add(soname);
    if (libs.missing.has(soname)) continue;
    if (musl && MUSL_BUILTIN.test(soname)) {
      if (muslLibc) add(muslLibc);
      else complete = false;
      continue;
    }
    const lib = findLibrary(profile, soname);
    if (!lib || !reachable(lib, loader, listsEvery(profile, soname))) {
      if (!profile.loaders.some((l) => baseName(l) === soname)) complete = false;
      continue;
    }
    add(lib);
  }
  if (musl && muslLibc) add(muslLibc);
  if (!musl && glibcCore) {
    for (const name of ["libc.so.6", loader.interp ? baseName(loader.interp) : ""]) {
      const lib = name ? findLibrary(profile, name) : void 0;
      if (lib) add(lib);
    }
  }
  return { libraries: out, complete, muslLibc };
}

// src/abi/check-binary.ts
function checkBinary(facts, profile, opts = {}) {
  const ctx = newContext(facts, profile, opts.source ? { ...opts, source: sourceForBuild(opts.source, facts) } : opts);
  const decided = analysable(ctx) && archMatches(ctx);
  if (decided) {
    const isStatic = facts.linkage === "static" || facts.linkage === "static-pie" || facts.interpreter === null && facts.needed.length === 0;
    if (isStatic) staticNss(ctx);
    else dynamicChecks(ctx);
    kernelFloor(ctx);
    isaLevel(ctx);
    if (profile.confidence === "low" && !isStatic) ctx.uncertain = true;
  }
  const gaps = loaderOrder(ctx.gaps);
  return {
    file: facts.path,
    target: ctx.target,
    verdict: facts.elf ? verdictOf(ctx) : "unknown",
    gaps,
    profile: {
      source: profile.source,
      libc: { flavor: profile.libc.flavor, version: profile.libc.version },
      confidence: profile.confidence
    }
  };
}
function verdictOf(ctx) {
  if (ctx.gaps.some((g) => g.severity === "error")) return "incompatible";
  return ctx.uncertain ? "unknown" : "compatible";
}
function analysable(ctx) {
  const { facts, name, target } = ctx;
  if (!facts.elf) {
    ctx.gaps.push({
      kind: "unanalysable",
      severity: "error",
      message: facts.error ? `${name} could not be analysed (${facts.error.code}: ${facts.error.message}); abigap cannot tell whether it runs on ${target}` : `${name} is not an ELF executable; abigap checks Linux binaries only`,
      fixes: ["pass the built Linux binary (the output of go build), not a source file, script or archive"]
    });
    ctx.uncertain = true;
    return false;
  }
  if (facts.error) {
    ctx.uncertain = true;
    ctx.gaps.push({
      kind: "unanalysable",
      severity: "warning",
      message: `${name} is partly unreadable (${facts.error.code} at offset ${facts.error.offset ?? "?"}): the facts below may be incomplete`,
      fixes: ["rebuild the binary; a truncated or corrupted file will not run anywhere"]
    });
  }
  return true;
}
function archMatches(ctx) {
  const { facts, profile, name, target } = ctx;
  const arch = facts.elf ? archOf(facts.elf) : null;
  if (!arch) {
    ctx.uncertain = true;
    return true;
  }
  if (!archMismatch(facts, profile.arch)) return true;
  ctx.gaps.push({
    kind: "arch-mismatch",
    severity: "error",
    message: `${name} is built for ${arch} (${facts.elf?.machine}) but ${target} is ${profile.arch.join("/")}: the kernel refuses it ("exec format error") unless qemu emulation is installed`,
    fixes: [
      FIX.goarch(profile.arch[0]),
      `or check against the ${arch} variant of the image (--platform linux/${arch})`
    ]
  });
  return false;
}
function archMismatch(facts, arches) {
  const arch = facts.elf ? archOf(facts.elf) : null;
  return arch !== null && !arches.includes(arch);
}
function dynamicChecks(ctx) {
  const loader = checkLoader(ctx);
  if (!loader) return;
  const libs = checkLibraries(ctx, loader);
  if (loader.loaderKind === "glibc") checkVersions(ctx, libs);
  checkSymbols(ctx, loader, libs, loadSet(ctx, loader, libs));
}

// src/abi/floor.ts
function computeFloor(facts, profiles) {
  const isStatic = facts.elf !== null && facts.interpreter === null && facts.needed.length === 0;
  let libc;
  const musl = muslFloorOf(facts);
  if (!facts.elf) libc = { flavor: "unknown", version: null };
  else if (musl) libc = { flavor: "musl", version: musl.symbols.length ? musl.version : null };
  else if (isStatic) libc = { flavor: "none", version: null };
  else if (facts.libc === "glibc") libc = { flavor: "glibc", version: facts.requires.GLIBC ?? null };
  else libc = { flavor: facts.libc, version: null };
  const runsOn = [];
  const notOn = [];
  for (const p of profiles) {
    if (musl?.symbols.length && p.libc.flavor === "musl" && p.libc.version && compareVersions(p.libc.version, musl.version) < 0) {
      notOn.push(p.image);
      continue;
    }
    const r = checkBinary(facts, p, { verdictOnly: true });
    if (r.verdict === "compatible") runsOn.push(p.image);
    else if (r.verdict === "incompatible") notOn.push(p.image);
  }
  return { file: facts.path, libc, runsOn, notOn, ...musl ? { musl } : {} };
}
function describeFloor(floor, max = 8) {
  const list = (xs) => xs.length > max ? `${xs.slice(0, max).join(", ")}, \u2026 (+${xs.length - max})` : xs.join(", ");
  const need = floor.libc.flavor === "none" ? "needs no libc (static)" : floor.libc.flavor === "glibc" ? `needs glibc \u2265 ${floor.libc.version ?? "?"}` : floor.musl ? `needs ${describeMuslNeed(floor.musl)}` : `needs ${floor.libc.flavor}`;
  const on = floor.runsOn?.length ? `; runs on ${list(floor.runsOn)}` : "";
  const off = floor.notOn?.length ? `; not on ${list(floor.notOn)}` : "";
  return `${need}${on}${off}`;
}

// src/abi/cross-check.ts
var LOAD_FAILURES = /* @__PURE__ */ new Set(["missing-loader", "missing-library", "missing-symbol-version", "symbol-lookup-error"]);
function runLoaded(run) {
  if (run.outcome === "infrastructure-error") return null;
  return !LOAD_FAILURES.has(run.outcome);
}
function crossCheck(result, run) {
  const loaded = runLoaded(run);
  if (loaded === null || result.verdict === "unknown") return "not-run";
  return result.verdict === "compatible" === loaded ? "agree" : "disagree";
}
function runtimeDisagreementGap(result, run) {
  const firstLine = (run.stderr || run.error || "").split("\n").find((l) => l.trim()) ?? "";
  const said = result.verdict === "compatible" ? "predicted it runs" : "predicted it does not run";
  const did = runLoaded(run) ? `it started (${run.outcome}${run.exitCode !== null ? `, exit ${run.exitCode}` : ""})` : `it failed to load (${run.outcome})`;
  return {
    kind: "runtime-disagreement",
    severity: runLoaded(run) ? "warning" : "error",
    message: `abigap ${said} on ${result.target}, but in a real container ${did}${firstLine ? `: ${firstLine.slice(0, 300)}` : ""}. Trust the run; the static analysis missed something`,
    ...run.missingLibraries?.length ? { symbols: run.missingLibraries.slice(0, 20) } : {},
    ...run.missingVersions?.length ? { version: run.missingVersions[0].version, library: run.missingVersions[0].library } : {},
    fixes: [
      "rerun with a profile probed from the exact image (abigap profile IMAGE --json > target.json; abigap check --profile target.json)",
      "report the binary and image to abigap so the analysis can be fixed"
    ]
  };
}

// src/abi/reconcile.ts
function reconcileRun(result, run) {
  const agreement = crossCheck(result, run);
  const loaded = runLoaded(run);
  if (result.verdict === "unknown" && loaded !== null && !result.gaps.some((g) => g.severity === "error")) {
    result.verdict = loaded ? "compatible" : "incompatible";
    result.gaps.push({
      kind: "runtime-disagreement",
      severity: loaded ? "notice" : "error",
      message: `abigap could not decide statically; a real run in ${result.target} ${loaded ? "loaded it" : `failed to load it (${run.outcome})`}`,
      fixes: ["probe the exact image for a static answer next time: abigap profile IMAGE --json > target.json"]
    });
  }
  if (agreement === "disagree") {
    result.gaps.push(runtimeDisagreementGap(result, run));
    if (loaded === false) result.verdict = "incompatible";
  }
  return agreement;
}

// src/abi/nss-scan.ts
var CHUNK = 1 << 20;
var OVERLAP = 64;
var RE = new RegExp(`\\0(${NSS_SYMBOLS.join("|")})\\0`, "g");
var latin1 = new TextDecoder("latin1");
function scanNssSymbols(src, maxBytes = 256 * 1024 * 1024) {
  const found = /* @__PURE__ */ new Set();
  const end = Math.min(src.size, maxBytes);
  for (let off = 0; off < end; off += CHUNK - OVERLAP) {
    const len = Math.min(CHUNK, end - off);
    let text;
    try {
      text = latin1.decode(src.read(off, len));
    } catch {
      break;
    }
    for (const m of text.matchAll(RE)) found.add(m[1]);
    if (off + len >= end) break;
  }
  return [...found].sort();
}

// src/io/source-index.ts
import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";
var SourceIndexError = class extends UserError {
  name = "SourceIndexError";
  constructor(message) {
    super("source", message);
  }
};
var MAX_FILES = 5e4;
var MAX_FILE_BYTES = 2 * 1024 * 1024;
var SKIP_DIRS = /* @__PURE__ */ new Set([".git", "node_modules", ".hg", ".svn"]);
var C_EXT = /\.(c|cc|cpp|cxx|h|hh|hpp|hxx|m)$/;
var C_KEYWORDS = /* @__PURE__ */ new Set([
  "if",
  "for",
  "while",
  "switch",
  "return",
  "sizeof",
  "defined",
  "case",
  "else",
  "do",
  "typedef",
  "struct",
  "union",
  "enum",
  "static",
  "const",
  "void",
  "int",
  "char",
  "unsigned",
  "long",
  "short",
  "double",
  "float"
]);
function push(map, key, site) {
  const list = map[key] ??= [];
  if (list.length < 50 && !list.some((s) => s.file === site.file && s.line === site.line)) list.push(site);
}
function indexGoFile(file, text, into) {
  const lines = text.split("\n");
  const constraint = /^\/\/go:build\s+(.+)$/m.exec(text.slice(0, text.search(/^package\s/m) >>> 0));
  if (constraint) (into.buildConstraints ??= {})[file] = constraint[1].trim();
  let inImportBlock = false;
  let importsC = false;
  const importLines = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const trimmed = line.trim();
    if (/^import\s*\($/.test(trimmed)) {
      inImportBlock = true;
      continue;
    }
    if (inImportBlock && trimmed.startsWith(")")) {
      inImportBlock = false;
      continue;
    }
    const m = inImportBlock ? /^(?:[A-Za-z_.][\w]*\s+)?"([^"]+)"/.exec(trimmed) : /^import\s+(?:[A-Za-z_.][\w]*\s+)?"([^"]+)"/.exec(trimmed);
    if (m) {
      importLines.push({ pkg: m[1], line: i + 1, column: line.indexOf('"') + 1 });
      if (m[1] === "C") {
        importsC = true;
        preamble(file, lines, inImportBlock ? blockStart(lines, i) : i, into);
      }
    }
  }
  for (const im of importLines) push(into.imports, im.pkg, { file, line: im.line, column: im.column });
  if (!importsC) return;
  for (let i = 0; i < lines.length; i++) {
    const code = lines[i].replace(/\/\/.*$/, "");
    for (const m of code.matchAll(/\bC\.([A-Za-z_]\w*)/g))
      push(into.cgoCalls, m[1], { file, line: i + 1, column: (m.index ?? 0) + 1 });
  }
}
function blockStart(lines, i) {
  for (let j = i; j >= 0; j--) if (/^import\s*\(/.test(lines[j].trim())) return j;
  return i;
}
function preamble(file, lines, at, into) {
  let j = at - 1;
  const record = (k, text, offset) => {
    const ld = /^\s*#cgo\b[^:]*\bLDFLAGS:(.*)$/.exec(text);
    if (ld) {
      for (const m of ld[1].matchAll(/(?:^|\s)(-l\S+|\S+\.a|\S+\.so(?:\.\d+)*)(?=\s|$)/g))
        push(into.cgoLdflags ??= {}, m[1], {
          file,
          line: k + 1,
          column: offset + text.length - ld[1].length + (m.index ?? 0) + m[0].length - m[1].length + 1
        });
      return;
    }
    for (const m of text.matchAll(/[A-Za-z_]\w*/g))
      push(into.cgoPreamble, m[0], { file, line: k + 1, column: offset + (m.index ?? 0) + 1 });
  };
  if (j >= 0 && lines[j].trim().endsWith("*/")) {
    for (; j >= 0; j--) {
      record(j, lines[j], 0);
      if (lines[j].includes("/*")) break;
    }
    return;
  }
  for (; j >= 0 && lines[j].trim().startsWith("//"); j--) {
    const off = lines[j].indexOf("//") + 2;
    record(j, lines[j].slice(off), off);
  }
}
function indexCFile(file, text, into) {
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    for (const m of lines[i].matchAll(/\b([A-Za-z_]\w*)\s*\(/g)) {
      if (!C_KEYWORDS.has(m[1])) push(into.cSources, m[1], { file, line: i + 1, column: (m.index ?? 0) + 1 });
    }
  }
}
async function indexSource(dir) {
  let st;
  try {
    st = await stat(dir);
  } catch (e) {
    throw new SourceIndexError(`cannot read source directory ${dir}: ${e.code ?? String(e)}`);
  }
  if (!st.isDirectory()) throw new SourceIndexError(`source ${dir} is not a directory`);
  try {
    await readdir(dir);
  } catch (e) {
    throw new SourceIndexError(`cannot read source directory ${dir}: ${e.code ?? String(e)}`);
  }
  const index = {
    root: dir,
    imports: {},
    cgoCalls: {},
    cgoPreamble: {},
    cSources: {},
    cgoLdflags: {},
    goMod: null,
    skipped: []
  };
  let count = 0;
  const walk = async (d) => {
    let entries;
    try {
      entries = await readdir(d, { withFileTypes: true });
    } catch {
      index.skipped.push(rel(dir, d));
      return;
    }
    entries.sort((a, b) => a.name < b.name ? -1 : 1);
    for (const e of entries) {
      if (count >= MAX_FILES) return;
      const p = join(d, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) await walk(p);
        continue;
      }
      if (!e.isFile()) continue;
      const isGo = e.name.endsWith(".go");
      const isC = C_EXT.test(e.name);
      const isMod = e.name === "go.mod" && d === dir;
      if (!isGo && !isC && !isMod) continue;
      count++;
      let text;
      try {
        const s = await stat(p);
        if (s.size > MAX_FILE_BYTES) {
          index.skipped.push(rel(dir, p));
          continue;
        }
        text = await readFile(p, "utf8");
      } catch {
        index.skipped.push(rel(dir, p));
        continue;
      }
      const file = rel(dir, p);
      if (isGo) indexGoFile(file, text, index);
      else if (isC) indexCFile(file, text, index);
      else {
        const lines = text.split("\n");
        const i = lines.findIndex((l) => /^\s*module\s+\S+/.test(l));
        if (i >= 0) index.goMod = { file, line: i + 1, module: lines[i].trim().split(/\s+/)[1].replace(/"/g, "") };
      }
    }
  };
  await walk(dir);
  return index;
}
function rel(root, p) {
  return relative(root, p).split(sep).join("/");
}

// src/build/musl-toolchain.ts
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path2 from "node:path";

// src/build/process.ts
import { spawn } from "node:child_process";
import { accessSync, constants } from "node:fs";
import path from "node:path";
function which(cmd, pathEnv = process.env.PATH ?? "") {
  const candidates = cmd.includes("/") ? [cmd] : pathEnv.split(path.delimiter).filter(Boolean).map((d) => path.join(d, cmd));
  for (const c of candidates) {
    try {
      accessSync(c, constants.X_OK);
      return c;
    } catch {
    }
  }
  return null;
}
function runProcess(cmd, args, opts) {
  const max = opts.maxOutput ?? 256 * 1024;
  return new Promise((resolve) => {
    let output = "";
    let pending = "";
    let timedOut = false;
    let cancelled = false;
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    const killTree = () => {
      try {
        if (child.pid) process.kill(-child.pid, "SIGKILL");
      } catch {
        child.kill("SIGKILL");
      }
    };
    const onData = (chunk) => {
      const text = chunk.toString("utf8");
      output += text;
      if (output.length > max * 2) output = output.slice(-max);
      if (opts.onLine) {
        pending += text;
        const lines = pending.split("\n");
        pending = lines.pop() ?? "";
        for (const l of lines) opts.onLine(l);
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    const timer = setTimeout(() => {
      timedOut = true;
      killTree();
    }, opts.timeoutMs);
    const abort = () => {
      cancelled = true;
      killTree();
    };
    opts.signal?.addEventListener("abort", abort, { once: true });
    let spawnError = null;
    child.on("error", (e) => {
      spawnError = e.message;
    });
    child.on("close", (code, sig) => {
      clearTimeout(timer);
      opts.signal?.removeEventListener("abort", abort);
      if (pending && opts.onLine) opts.onLine(pending);
      resolve({
        exitCode: code,
        signal: sig,
        output: output.length > max ? output.slice(-max) : output,
        timedOut,
        cancelled,
        spawnError
      });
    });
  });
}

// src/build/musl-toolchain.ts
var TIMEOUT_MS = 2e4;
function parseMuslBanner(text) {
  if (!/^musl libc\b/m.test(text)) return null;
  return /^Version (\d+\.\d+\.\d+)\s*$/m.exec(text)?.[1] ?? null;
}
function tracedLibc(trace) {
  for (const line of trace.split("\n")) {
    const p = line.trim().replace(/^\(|\)$/g, "");
    if (path2.isAbsolute(p) && path2.basename(p) === "libc.so") return p;
  }
  return null;
}
async function muslToolchainRelease(cc = "musl-gcc", env = process.env) {
  if (!which(cc, env.PATH ?? "")) return null;
  const dir = mkdtempSync(path2.join(os.tmpdir(), "abigap-musl-"));
  try {
    const src = path2.join(dir, "empty.c");
    writeFileSync(src, "int main(void) { return 0; }\n");
    const link = await runProcess(cc, [src, "-o", path2.join(dir, "empty"), "-Wl,-t"], {
      cwd: dir,
      env,
      timeoutMs: TIMEOUT_MS
    });
    const libc = link.exitCode === 0 ? tracedLibc(link.output) : null;
    if (!libc) return null;
    const banner = await runProcess(libc, [], { cwd: dir, env, timeoutMs: TIMEOUT_MS });
    return parseMuslBanner(banner.output);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// src/io/static-nss.ts
function staticNssSymbolsOf(path3, facts) {
  const staticGlibc = facts.elf !== null && facts.interpreter === null && facts.needed.length === 0 && facts.libc === "glibc";
  if (!staticGlibc) return [];
  try {
    const src = openFileSource(path3);
    try {
      return scanNssSymbols(src);
    } finally {
      src.close();
    }
  } catch {
    return [];
  }
}

export {
  locateSymbols,
  checkBinary,
  archMismatch,
  computeFloor,
  describeFloor,
  reconcileRun,
  indexSource,
  which,
  runProcess,
  muslToolchainRelease,
  staticNssSymbolsOf
};
