import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  GLIBC_LOADERS,
  MUSL_ARCH_NAMES,
  knowledgeData,
  muslLoader,
  normaliseArch,
  validateProfile
} from "./chunk-MTCQCEN2.js";
import {
  muslData,
  muslExports
} from "./chunk-K7JWVYMN.js";
import {
  compareVersions,
  highestOf,
  parseNode,
  sortNodes
} from "./chunk-MUPL4P2E.js";
import {
  UserError
} from "./chunk-JQT2NS4W.js";

// src/knowledge/edit-distance.ts
function editDistance(a, b) {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}

// src/knowledge/embedded.ts
var GLIBC_FAMILY = /* @__PURE__ */ new Set([
  "libc.so.6",
  "libm.so.6",
  "libpthread.so.0",
  "libdl.so.2",
  "librt.so.1",
  "libresolv.so.2",
  "libutil.so.1",
  "libanl.so.1"
]);
var lower = (a, b) => {
  const rank = { high: 2, medium: 1, low: 0 };
  return rank[a] <= rank[b] ? a : b;
};
function truncateGlibc(nodes, version, since, late) {
  return nodes.filter((n) => {
    const p = parseNode(n);
    if (late[n]) return compareVersions(late[n], version) <= 0;
    if (p.family === "GLIBC" && p.numbers) return compareVersions(p.numbers, version) <= 0;
    if (since[n]) return compareVersions(since[n], version) <= 0;
    return true;
  });
}
function lazyExports(lib, decode) {
  let value;
  Object.defineProperty(lib, "exports", {
    enumerable: true,
    configurable: true,
    get: () => value ??= decode(),
    set: (v) => {
      value = v;
    }
  });
}
var rootExportCache = /* @__PURE__ */ new Map();
function rootExports(k, root, soname) {
  const absentList = k.roots[root]?.absent[soname];
  const table = k.exportTables[soname];
  if (absentList === void 0 || !table) return void 0;
  const key = `${root}\0${soname}`;
  const cached = k === knowledgeData() ? rootExportCache.get(key) : void 0;
  if (cached) return cached;
  const absent = new Set(absentList.split(" "));
  const out = [];
  for (const [node, names] of Object.entries(table))
    for (const n of names.split(" ")) {
      const e = node ? `${n}@${node}` : n;
      if (!absent.has(e)) out.push(e);
    }
  if (k === knowledgeData()) rootExportCache.set(key, out);
  return out;
}
function rootLibraries(k, root) {
  const claims = k.roots[root];
  return Object.entries(claims.libraries).map(([soname, versions]) => {
    const lib = { soname, dirs: [], versions, provenance: claims.source };
    if (k.roots[root].absent[soname] !== void 0 && k.exportTables[soname])
      lazyExports(lib, () => rootExports(k, root, soname) ?? []);
    return lib;
  });
}
function profileFromRow(row, arch, k = knowledgeData()) {
  if (!row.arch.includes(arch)) return null;
  if (row.root && arch === "amd64") return rootProfile(row, k);
  let confidence = row.confidence;
  const caveats = [...row.caveats];
  const libraries = [];
  const loaders = [];
  const provenance = [row.provenance];
  const base = k.baseLibraries[row.base] ?? [];
  const cited = k.baseProvenance[row.base]?.replaceAll("$MUSLARCH", MUSL_ARCH_NAMES[arch] ?? arch);
  if (row.libc.flavor === "glibc" && row.libc.version) {
    const version = row.libc.version;
    const table = k.glibc[arch];
    if (!table) {
      caveats.push(`no glibc version-node table for ${arch}: symbol versions cannot be checked`);
      confidence = "low";
    } else {
      if (!table.realUpTo) {
        caveats.push(`glibc nodes for ${arch} are ${table.source}`);
        confidence = lower(confidence, "medium");
      } else if (compareVersions(version, table.realUpTo) > 0) {
        caveats.push(
          `glibc ${version} is newer than the real ${arch} libc read (${table.realUpTo}): nodes above it are inferred`
        );
        confidence = lower(confidence, "medium");
      }
      provenance.push(`glibc nodes: ${table.source}`);
    }
    loaders.push(...GLIBC_LOADERS[arch] ?? []);
    for (const soname of base) {
      if (!GLIBC_FAMILY.has(soname)) continue;
      const nodes = table?.libs[soname];
      let versions = nodes ? truncateGlibc(nodes, version, k.nodeSince, k.lateNodes[soname] ?? {}) : [];
      const tableTop = nodes ? highestOf(nodes, "GLIBC") : null;
      if (soname === "libc.so.6" && tableTop && compareVersions(version, tableTop) > 0) {
        const [maj] = version.split(".").map(Number);
        for (let m = Number(tableTop.split(".")[1]) + 1; compareVersions(`${maj}.${m}`, version) <= 0; m++)
          versions.push(`GLIBC_${maj}.${m}`);
        versions = sortNodes(versions);
      }
      libraries.push({ soname, dirs: [], versions, provenance: cited });
    }
  } else if (row.libc.flavor === "musl") {
    const loader = muslLoader(arch);
    if (loader) loaders.push(loader);
    const muslVersion = arch === "amd64" && row.libc.version ? row.libc.version : null;
    const exports = muslVersion !== null && compareVersions(muslVersion, muslData().musl.releases[0]) >= 0;
    for (const soname of base) {
      if (soname === "libz.so.1") continue;
      const lib = {
        soname: soname.replace("$MUSLARCH", MUSL_ARCH_NAMES[arch] ?? arch),
        dirs: [],
        versions: [],
        provenance: exports && soname.includes("$MUSLARCH") ? `${cited}; exports: musl ${muslVersion} (${muslData().musl.sources[muslVersion] ?? `as the newest musl known here, ${muslData().musl.releases.at(-1)}`})` : cited
      };
      if (exports && soname.includes("$MUSLARCH")) lazyExports(lib, () => muslExports(muslVersion) ?? []);
      libraries.push(lib);
    }
  }
  const gcc = row.gccRuntime;
  const zlibNodes = () => {
    const t = k.zlib[arch] ?? k.zlib.amd64;
    if (!row.zlib || !t) return [];
    return t.nodes.filter((n) => {
      const p = parseNode(n);
      return p.family === "ZLIB" && !!p.numbers && compareVersions(p.numbers, row.zlib) <= 0;
    });
  };
  for (const soname of base) {
    if (soname === "libz.so.1") {
      libraries.push({ soname, dirs: [], versions: zlibNodes(), provenance: cited });
      continue;
    }
    if (GLIBC_FAMILY.has(soname) || soname.includes("$MUSLARCH")) continue;
    if (row.libc.flavor === "musl" && soname !== "libz.so.1") continue;
    if (soname === "libstdc++.so.6" && gcc && row.libstdcxx) {
      const t = k.libstdcxx[arch] ?? k.libstdcxx.amd64;
      const { glibcxx, cxxabi } = row.libstdcxx;
      const versions = t.nodes.filter((n) => {
        const p = parseNode(n);
        if (p.family === "GLIBCXX" && p.numbers) return compareVersions(p.numbers, glibcxx) <= 0;
        if (p.family === "CXXABI" && p.numbers) return compareVersions(p.numbers, cxxabi) <= 0;
        if (n === "CXXABI_FLOAT128") return (arch === "amd64" || arch === "386") && compareVersions(gcc, "9") >= 0;
        return compareVersions(gcc, "4.7") >= 0;
      });
      const realTop = t.realUpTo;
      if (compareVersions(glibcxx, realTop) > 0) {
        for (let n = Number(realTop.split(".")[2]) + 1; n <= Number(glibcxx.split(".")[2]); n++)
          versions.push(`GLIBCXX_3.4.${n}`);
        const abiTop = highestOf(t.nodes, "CXXABI") ?? cxxabi;
        for (let n = Number(abiTop.split(".")[2]) + 1; n <= Number(cxxabi.split(".")[2]); n++)
          versions.push(`CXXABI_1.3.${n}`);
        caveats.push(`libstdc++ nodes above GLIBCXX_${realTop} inferred from the GCC ${gcc} version mapping`);
        confidence = lower(confidence, "medium");
      }
      libraries.push({ soname, dirs: [], versions: sortNodes(versions), provenance: cited });
      continue;
    }
    if (soname === "libgcc_s.so.1" && gcc) {
      const t = k.libgcc[arch] ?? k.libgcc.amd64;
      const versions = t.nodes.filter((n) => {
        const p = parseNode(n);
        return p.family !== "GCC" || !p.numbers || compareVersions(p.numbers, gcc) <= 0;
      });
      if (compareVersions(gcc, t.realUpTo) > 0)
        caveats.push(`libgcc_s nodes newer than GCC_${t.realUpTo} are not listed`);
      libraries.push({ soname, dirs: [], versions, provenance: cited });
      continue;
    }
    libraries.push({ soname, dirs: [], versions: [], provenance: cited });
  }
  if (gcc && !row.libstdcxx) caveats.push("GCC runtime version unknown");
  return {
    profileVersion: 1,
    image: row.image,
    aliases: row.aliases,
    arch: [arch],
    distro: row.distro,
    libc: row.libc,
    loaders,
    libraries,
    librariesComplete: false,
    kernel: row.kernel,
    x86IsaBaseline: arch === "amd64" ? row.x86IsaBaseline : null,
    eol: row.eol,
    source: "embedded",
    confidence,
    provenance: provenance.join("; "),
    ...caveats.length ? { caveats } : {}
  };
}
function rootProfile(row, k) {
  const claims = k.roots[row.root];
  const caveats = [
    ...row.caveats,
    `libraries read from ${claims.source} (the official image is built the same way, debuerreotype's minbase)`
  ];
  return {
    profileVersion: 1,
    image: row.image,
    aliases: row.aliases,
    arch: ["amd64"],
    distro: row.distro,
    libc: row.libc,
    loaders: [...GLIBC_LOADERS.amd64 ?? []],
    libraries: rootLibraries(k, row.root),
    librariesComplete: true,
    kernel: row.kernel,
    x86IsaBaseline: row.x86IsaBaseline,
    eol: row.eol,
    source: "embedded",
    confidence: row.confidence,
    provenance: `${row.provenance}; libraries: ${claims.source}`,
    caveats
  };
}

// src/knowledge/errors.ts
var ProfileError = class extends UserError {
  constructor(message, file = null) {
    super("profile", message);
    this.file = file;
  }
  file;
  name = "ProfileError";
};

// src/knowledge/index.ts
var expanded = /* @__PURE__ */ new Map();
function rowProfile(row, arch) {
  const key = `${row.image}\0${arch}`;
  if (!expanded.has(key)) expanded.set(key, profileFromRow(row, arch));
  return expanded.get(key) ?? null;
}
function embeddedProfiles(arch = "amd64") {
  const a = normaliseArch(arch);
  return knowledgeData().images.map((row) => rowProfile(row, a)).filter((p) => p !== null);
}
function knownTargetNames() {
  return knowledgeData().images.flatMap((r) => [r.image, ...r.aliases]);
}
function canonical(name) {
  let n = name.trim().toLowerCase();
  n = n.replace(/@sha256:[0-9a-f]+$/, "");
  n = n.replace(/^(docker\.io|index\.docker\.io|registry-1\.docker\.io)\/(library\/)?/, "");
  if (n.endsWith(":latest") && !/^[^/]*:latest$/.test(n)) n = n.slice(0, -":latest".length);
  return n;
}
function candidates(name) {
  const n = canonical(name);
  const out = [n];
  const i = n.lastIndexOf(":");
  if (i > n.lastIndexOf("/")) {
    const repo = n.slice(0, i);
    let tag = n.slice(i + 1);
    out.push(repo);
    const m = /^(.*?)-(\d{8}|slim)(?:-slim)?$/.exec(tag);
    if (m) out.push(`${repo}:${m[1]}`, `${repo}:${m[1]}-slim`);
    while (/\.\d+$/.test(tag)) {
      tag = tag.replace(/\.\d+$/, "");
      out.push(`${repo}:${tag}`);
    }
  }
  return out;
}
function findProfile(name, arch = "amd64") {
  const rows = knowledgeData().images;
  const a = normaliseArch(arch);
  for (const c of candidates(name)) {
    const row = rows.find((r) => r.image.toLowerCase() === c || r.aliases.some((x) => x.toLowerCase() === c));
    if (row) return rowProfile(row, a);
  }
  return null;
}
function suggestTargets(name, max = 6) {
  const n = canonical(name);
  const repo = n.split(":")[0];
  const names = knownTargetNames();
  const scored = names.map((x) => {
    const lx = x.toLowerCase();
    let score = editDistance(n, lx);
    if (lx.split(":")[0] === repo || lx.startsWith(repo)) score = Math.min(score, 2 + editDistance(n, lx) / 10);
    return { x, score };
  });
  const limit = Math.max(3, Math.floor(n.length / 3));
  return scored.filter((s) => s.score <= limit).sort((p, q) => p.score - q.score || p.x.localeCompare(q.x)).slice(0, max).map((s) => s.x);
}
function parseProfileJson(text, file) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new ProfileError(`${file}: not valid JSON (${e instanceof Error ? e.message : String(e)})`, file);
  }
  const problems = validateProfile(data);
  if (problems.length)
    throw new ProfileError(`${file}: not a valid abigap target profile: ${problems.join("; ")}`, file);
  return data;
}

export {
  editDistance,
  ProfileError,
  embeddedProfiles,
  findProfile,
  suggestTargets,
  parseProfileJson
};
