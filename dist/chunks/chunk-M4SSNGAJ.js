import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  ensureImage
} from "./chunk-RWWWXTVS.js";
import {
  CURRENT_PROFILE_VERSION,
  MUSL_ARCH_NAMES,
  OS_RELEASE_FILES,
  knownLoaderPaths,
  ldSoConfDirs,
  libraryDirs,
  profileConfigFiles,
  profileFromTree,
  standardLibraryDirs
} from "./chunk-MTCQCEN2.js";
import {
  ElfError,
  inspectBinary
} from "./chunk-MUPL4P2E.js";
import {
  require_tar_stream
} from "./chunk-ODQOTO54.js";
import {
  hardenedLimits
} from "./chunk-NO5TW364.js";
import {
  trackRun,
  untrackRun
} from "./chunk-T3M2XFTD.js";
import {
  errorMessage,
  errorStatus
} from "./chunk-VV4NPO4R.js";
import {
  InfrastructureError
} from "./chunk-IBEVECVS.js";
import {
  labelsFor,
  newRunId,
  objectName
} from "./chunk-DJJNSH3L.js";
import {
  __toESM
} from "./chunk-54MS2K6W.js";

// src/docker/probe.ts
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";

// src/docker/tar-tree.ts
var import_tar_stream = __toESM(require_tar_stream(), 1);
import { posix } from "node:path";

// src/elf/byte-source.ts
function bufferSource(bytes) {
  return {
    size: bytes.length,
    read(offset, length) {
      if (!(offset >= 0 && length >= 0 && offset + length <= bytes.length)) {
        throw new ElfError(
          "TRUNCATED",
          `read of ${length} bytes at ${offset} leaves the ${bytes.length}-byte file`,
          offset
        );
      }
      return bytes.subarray(offset, offset + length);
    }
  };
}

// src/docker/tar-tree.ts
var DEFAULT_TAR_TREE_LIMITS = { maxFileBytes: 128 << 20, maxTotalBytes: 1 << 30 };
var TarTree = class {
  constructor(limits = DEFAULT_TAR_TREE_LIMITS) {
    this.limits = limits;
  }
  limits;
  nodes = /* @__PURE__ */ new Map([["/", { type: "dir", size: 0, children: /* @__PURE__ */ new Set() }]]);
  kept = 0;
  /** Bytes of file content held in memory. */
  get keptBytes() {
    return this.kept;
  }
  /**
   * Reads a tar stream whose member names are relative to directory `parent` inside the root (the archive API names
   * members after the basename of the requested path, so `parent` is the requested path's dirname).
   */
  async addArchive(stream, parent, keep) {
    const ex = (0, import_tar_stream.extract)();
    const done = new Promise((resolve, reject) => {
      ex.on("finish", () => resolve());
      ex.on("error", reject);
      stream.on("error", reject);
    });
    ex.on("entry", (header, body, next) => {
      const path = normalize(posix.join(parent, header.name));
      const size = header.size ?? 0;
      if (path === null) {
        body.resume();
        body.on("end", () => next());
        return;
      }
      if (header.type === "file" || header.type === "contiguous-file") {
        const wanted = size <= this.limits.maxFileBytes && this.kept + size <= this.limits.maxTotalBytes && keep(path, size);
        if (!wanted) {
          this.put(path, { type: "file", size });
          body.resume();
          body.on("end", () => next());
          return;
        }
        const chunks = [];
        body.on("data", (c) => {
          chunks.push(c);
        });
        body.on("end", () => {
          const data = Buffer.concat(chunks);
          this.kept += data.length;
          this.put(path, { type: "file", size, data });
          next();
        });
        return;
      }
      if (header.type === "directory")
        this.put(path, { type: "dir", size: 0, children: this.nodes.get(path)?.children ?? /* @__PURE__ */ new Set() });
      else if (header.type === "symlink")
        this.put(path, { type: "symlink", size: (header.linkname ?? "").length, link: header.linkname ?? "" });
      else if (header.type === "link") {
        const target = normalize(posix.join(parent, header.linkname ?? ""));
        const t = target ? this.nodes.get(target) : void 0;
        this.put(
          path,
          t && t.type === "file" ? { type: "file", size: t.size, ...t.data ? { data: t.data } : {} } : { type: "other", size: 0 }
        );
      } else this.put(path, { type: "other", size });
      body.resume();
      body.on("end", () => next());
    });
    stream.pipe(ex);
    await done;
  }
  /** Adds a directory at absolute `path` (known from a stat, without an archive). */
  addDir(path) {
    const p = normalize(path);
    if (p !== null) this.ensureDir(p);
  }
  /** Adds a regular file of `size` bytes at absolute `path` whose content is not (yet) kept. */
  addFile(path, size) {
    const p = normalize(path);
    if (p !== null && this.nodes.get(p)?.type !== "file") this.put(p, { type: "file", size });
  }
  /** Adds a symlink at absolute `path` (known from a stat, without an archive). */
  addSymlink(path, target) {
    const p = normalize(path);
    if (p !== null) this.put(p, { type: "symlink", size: target.length, link: target });
  }
  put(path, node) {
    if (path === "/") return;
    this.ensureDir(posix.dirname(path)).children.add(posix.basename(path));
    const existing = this.nodes.get(path);
    if (existing?.type === "dir" && node.type === "dir") return;
    this.nodes.set(path, node);
  }
  ensureDir(dir) {
    const existing = this.nodes.get(dir);
    if (existing && existing.type === "dir") return existing;
    const node = { type: "dir", size: 0, children: /* @__PURE__ */ new Set() };
    if (dir !== "/") this.ensureDir(posix.dirname(dir)).children.add(posix.basename(dir));
    this.nodes.set(dir, node);
    return node;
  }
  /**
   * Gives regular file `path`, known without content, the content `data` read elsewhere: only when it has exactly the
   * size the file's stat reported and fits the limits. Whether the content was taken.
   */
  fill(path, data) {
    const p = normalize(path);
    const n = p === null ? void 0 : this.nodes.get(p);
    if (!n || n.type !== "file" || n.data || n.size !== data.length) return false;
    if (data.length > this.limits.maxFileBytes || this.kept + data.length > this.limits.maxTotalBytes) return false;
    n.data = data;
    this.kept += data.length;
    return true;
  }
  /** True when `p` is a non-empty regular file whose content was not kept. */
  lacksContent(p) {
    const n = this.lookup(p);
    return !!n && n.type === "file" && !n.data && n.size > 0;
  }
  /** This tree, with every path open() is asked for (normalised) added to `opened`. */
  recordingOpens(opened) {
    return {
      lstat: (p) => this.lstat(p),
      readlink: (p) => this.readlink(p),
      list: (d) => this.list(d),
      open: (p) => {
        const n = normalize(p);
        if (n !== null) opened.add(n);
        return this.open(p);
      }
    };
  }
  lstat(p) {
    const n = this.lookup(p);
    return n ? { type: n.type, size: n.size } : null;
  }
  readlink(p) {
    const n = this.lookup(p);
    return n && n.type === "symlink" ? n.link ?? "" : null;
  }
  list(dir) {
    const n = this.lookup(dir);
    return n && n.type === "dir" ? [...n.children ?? []].sort() : null;
  }
  open(p) {
    const n = this.lookup(p);
    return n && n.type === "file" && n.data ? bufferSource(n.data) : null;
  }
  lookup(p) {
    const path = normalize(p);
    return path === null ? void 0 : this.nodes.get(path);
  }
};
function normalize(p) {
  if (p.includes("\0")) return null;
  const abs = posix.normalize(posix.join("/", p));
  const trimmed = abs.length > 1 && abs.endsWith("/") ? abs.slice(0, -1) : abs;
  return trimmed.startsWith("/") ? trimmed : null;
}

// src/docker/sparse-root.ts
import { posix as posix2 } from "node:path";
function canStat(rt) {
  return typeof rt.statPath === "function";
}
var MAX_LINKS = 40;
var SparseRoot = class {
  constructor(rt, containers, signal, startReads) {
    this.rt = rt;
    this.containers = containers;
    this.signal = signal;
    this.startReads = startReads;
  }
  rt;
  containers;
  signal;
  startReads;
  tree = new TarTree();
  stats = /* @__PURE__ */ new Map();
  fetched = /* @__PURE__ */ new Map();
  whole = /* @__PURE__ */ new Map();
  /** Real paths of the directories fetched whole: their tree answers stats. */
  wholeReal = /* @__PURE__ */ new Set();
  turn = 0;
  /** The real path `p` names, every symlink on the way followed and recorded; null when nothing is there. */
  resolve(p) {
    return this.walk(posix2.normalize(posix2.join("/", p)), { links: 0 });
  }
  /** Resolves `p` and, when it is a regular file, fetches its content; its real path, or null. */
  async file(p) {
    await this.wholeFetchesCovering(p);
    const r = await this.resolve(p);
    if (!r || r.type !== "file") return null;
    if (this.tree.lacksContent(r.path) && !await this.fromStartReads(p, r.path) && this.tree.lacksContent(r.path))
      await this.fetch(r.path, () => true);
    return r.path;
  }
  /** Takes `real`'s content from what a run container read at `p`, if it did (and it matches the stat). */
  async fromStartReads(p, real) {
    const source = this.startReads;
    const path = posix2.normalize(posix2.join("/", p));
    if (!source?.paths.has(path)) return false;
    const files = await source.files;
    const data = files?.arch === source.arch ? files.contents.get(path) : null;
    return !!data && this.tree.fill(real, data);
  }
  /**
   * Resolves `p` and, when it is a directory, fetches it whole, keeping the contents `keep` accepts (the rest is
   * listed; `file` fetches such a file by itself if asked). Meant for small directories: /etc, /etc/ld.so.conf.d.
   */
  wholeDir(p, keep = () => true) {
    const path = posix2.normalize(posix2.join("/", p));
    const known = this.whole.get(path);
    if (known) return known;
    const fetched = this.wholeFetchesCovering(path).then(async (covered) => {
      if (covered) return path;
      const r = await this.resolve(path);
      if (!r || r.type !== "dir") return null;
      await this.fetch(r.path, keep);
      this.wholeReal.add(r.path);
      return r.path;
    });
    this.whole.set(path, fetched);
    return fetched;
  }
  /** Waits for the whole-directory fetches asked for an ancestor of `p`; whether one covered it. */
  async wholeFetchesCovering(p) {
    const path = posix2.normalize(posix2.join("/", p));
    const covering = [...this.whole].filter(([d]) => d !== path && (d === "/" || path.startsWith(`${d}/`)));
    const done = await Promise.all(covering.map(([, f]) => f));
    return done.some((real) => real !== null);
  }
  async walk(p, budget) {
    if (p === "/") return { path: "/", type: "dir" };
    const parent = await this.walk(posix2.dirname(p), budget);
    if (!parent || parent.type !== "dir") return null;
    const real = posix2.join(parent.path, posix2.basename(p));
    const stat = await this.stat(real);
    if (!stat) return null;
    if (stat.type !== "symlink") return { path: real, type: stat.type };
    if (!stat.linkTarget || ++budget.links > MAX_LINKS) return null;
    return this.walk(posix2.resolve(parent.path, stat.linkTarget), budget);
  }
  /** The stat of real path `path` (asked once, or read from a directory fetched whole), recorded in the tree. */
  stat(path) {
    let s = this.stats.get(path);
    if (!s) {
      s = [...this.wholeReal].some((d) => path.startsWith(`${d}/`)) ? Promise.resolve(this.fromTree(path)) : this.askStat(path);
      this.stats.set(path, s);
    }
    return s;
  }
  fromTree(path) {
    const e = this.tree.lstat(path);
    if (!e) return null;
    return { type: e.type, size: e.type === "file" ? e.size : 0, linkTarget: this.tree.readlink(path) ?? "" };
  }
  async askStat(path) {
    if (this.signal?.aborted) throw new InfrastructureError("probe cancelled");
    let stat;
    try {
      stat = await this.rt.statPath(this.nextContainer(), path);
    } catch (err) {
      if (errorStatus(err) !== 500 || !await this.isLinkLoop(path)) throw err;
      return null;
    }
    if (stat?.type === "dir") this.tree.addDir(path);
    else if (stat?.type === "file") this.tree.addFile(path, stat.size);
    else if (stat?.type === "symlink" && stat.linkTarget) this.tree.addSymlink(path, stat.linkTarget);
    return stat;
  }
  /**
   * Whether a failed stat was a symlink loop: Docker and Podman answer such a HEAD with a bare 500, and the same
   * path's archive with the reason (Docker 20.10 "evalSymlinksInScope: too many links", Podman 4.3 "too many levels
   * of symbolic links"; both seen here).
   */
  async isLinkLoop(path) {
    try {
      const stream = await this.rt.getArchive(this.nextContainer(), path);
      stream.destroy?.();
      return false;
    } catch (err) {
      return /too many (levels of symbolic )?links/i.test(errorMessage(err));
    }
  }
  fetch(real, keep) {
    let f = this.fetched.get(real);
    if (!f) {
      f = this.download(real, keep);
      this.fetched.set(real, f);
    }
    return f;
  }
  async download(real, keep) {
    if (this.signal?.aborted) throw new InfrastructureError("probe cancelled");
    let stream;
    try {
      stream = await this.rt.getArchive(this.nextContainer(), real);
    } catch (err) {
      if (errorStatus(err) === 404) return;
      throw err;
    }
    await this.tree.addArchive(stream, posix2.dirname(real), keep);
  }
  nextContainer() {
    const id = this.containers[this.turn % this.containers.length];
    this.turn++;
    return id;
  }
};

// src/docker/probe-needs.ts
import { posix as posix3 } from "node:path";

// src/docker/probe-paths.ts
var PROBE_PATHS = [
  "/etc",
  "/lib",
  "/lib64",
  "/lib32",
  "/libx32",
  "/usr/lib",
  "/usr/lib64",
  "/usr/lib32",
  "/usr/libx32",
  "/usr/local/lib"
];
var keepProfileContent = (path) => {
  const name = path.slice(path.lastIndexOf("/") + 1);
  if (path.startsWith("/etc/")) {
    return /^(os-release|lsb-release|debian_version|alpine-release|redhat-release|system-release|ld\.so\.conf|ld-musl-.*\.path)$/.test(
      name
    ) || path.startsWith("/etc/ld.so.conf.d/");
  }
  return /\.so(\.[0-9][0-9A-Za-z.]*)?$/.test(name) || /^ld[-.]/.test(name) || /^libc\./.test(name) || name === "os-release";
};
function inLibraryDir(path) {
  const parent = path.slice(0, path.lastIndexOf("/"));
  const base = parent.slice(parent.lastIndexOf("/") + 1);
  return path.startsWith("/etc/") || /^lib(32|64|x32)?$/.test(base) || /^[a-z0-9_]+-linux(-[a-z0-9_]+)?$/.test(base);
}

// src/docker/probe-needs.ts
var MAX_CONF_ROUNDS = 24;
async function readNeeds(root, arch, wanted) {
  if (!wanted.length) {
    await Promise.all(staticProbeFiles(arch).map((p) => root.file(p)));
    return [];
  }
  const standard = resolveDirs(root, standardLibraryDirs(arch));
  const etc = root.wholeDir("/etc", keepProfileContent);
  const configured = Promise.all([etc, ...profileConfigFiles(arch).map((f) => root.file(f))]).then(async () => {
    await followConfIncludes(root);
    return resolveDirs(root, libraryDirs(root.tree, arch));
  });
  standard.catch(() => void 0);
  configured.catch(() => void 0);
  const looked = /* @__PURE__ */ new Set();
  const visits = [];
  const visit = (name) => {
    if (looked.has(name)) return;
    looked.add(name);
    const visited = Promise.all([
      standard.then((dirs) => lookUpLibrary(root, dirs, name)),
      configured.then((dirs) => lookUpLibrary(root, dirs, name))
    ]).then((needs) => needs.flat().forEach(visit));
    visited.catch(() => void 0);
    visits.push(visited);
  };
  for (const name of [...wanted, "libc.so.6"]) visit(name);
  const loaders = await Promise.all(knownLoaderPaths(arch).map((p) => root.file(p).then((real) => real ? p : null)));
  const muslName = MUSL_ARCH_NAMES[arch];
  for (const p of loaders) if (p) visit(posix3.basename(p));
  if (muslName && loaders.includes(`/lib/ld-musl-${muslName}.so.1`))
    ["libc.so", `libc.musl-${muslName}.so.1`].forEach(visit);
  for (let i = 0; i < visits.length; i++) await visits[i];
  return [...looked];
}
function staticProbeFiles(arch) {
  const loaders = knownLoaderPaths(arch).flatMap((p) => [p, `/lib/${posix3.basename(p)}`, `/lib64/${posix3.basename(p)}`]);
  return [.../* @__PURE__ */ new Set([...OS_RELEASE_FILES, ...loaders])];
}
function startReadPaths(arch, wanted) {
  if (!wanted.length) return staticProbeFiles(arch);
  const loaders = knownLoaderPaths(arch);
  const muslName = MUSL_ARCH_NAMES[arch];
  const names = [
    ...wanted,
    "libc.so.6",
    ...loaders.map((p) => posix3.basename(p)),
    ...muslName ? ["libc.so", `libc.musl-${muslName}.so.1`] : []
  ].filter((n) => n && !n.includes("/"));
  const libraries = standardLibraryDirs(arch).flatMap((d) => names.map((n) => `${d}/${n}`));
  return [.../* @__PURE__ */ new Set([...profileConfigFiles(arch), ...loaders, ...libraries])];
}
async function resolveDirs(root, dirs) {
  const resolved = await Promise.all(dirs.map((d) => root.resolve(d)));
  return [...new Set(resolved.filter((d) => d?.type === "dir").map((d) => d.path))];
}
async function lookUpLibrary(root, dirs, name) {
  if (!name || name.includes("/")) return [];
  const found = await Promise.all(dirs.map((d) => root.file(`${d}/${name}`)));
  const needed = [];
  for (const real of new Set(found)) {
    const src = real ? root.tree.open(real) : null;
    if (src) needed.push(...inspectBinary(src, real).needed);
  }
  return needed;
}
async function followConfIncludes(root) {
  const asked = /* @__PURE__ */ new Set();
  for (let round = 0; round < MAX_CONF_ROUNDS; round++) {
    const asks = [];
    ldSoConfDirs(recordingAsks(root.tree, asks));
    const fresh = asks.filter((a) => !asked.has(`${a.kind} ${a.path}`));
    if (!fresh.length) return;
    for (const a of fresh) asked.add(`${a.kind} ${a.path}`);
    await Promise.all(
      fresh.map(
        (a) => a.kind === "unknown" ? root.resolve(a.path) : a.kind === "list" ? root.wholeDir(a.path) : root.file(a.path)
      )
    );
  }
}
function recordingAsks(tree, asks) {
  return {
    lstat: (p) => {
      const e = tree.lstat(p);
      if (!e) asks.push({ kind: "unknown", path: p });
      return e;
    },
    readlink: (p) => tree.readlink(p),
    list: (d) => {
      asks.push({ kind: "list", path: d });
      return tree.list(d);
    },
    open: (p) => {
      asks.push({ kind: "open", path: p });
      return tree.open(p);
    }
  };
}

// src/docker/idle-elf.ts
var BASE = 0x400000n;
var HEADER_SIZE = 64 + 56;
var X86_64_CODE = "488b0424488d6cc410bf0400000031f6b89d0000000f05488d5c24104881ec901000004531ff4531f6488b334885f60f84870100004981ff000100000f837a0100004d89f849c1e004488d9424900000004901d049c7000000000049c7400800000000bf9cffffffba00080000b8010100000f054885c00f88fd0000004989c44489e74889e6b8050000000f054885c00f88a2000000488b0424488b4c240849890049894808488d9424900000004531c94d39f97320483b027512483b4a08750c498d810010000048f7d8eb6b49ffc14883c210ebdb8b4424182500f000003d0080000048c7c0eaffffff754b4c8b6c24304531f648c7c0e5ffffff4981fd0000000277334c89e84d85ed742b31ff4c89eeba0100000041ba020000004d89e04531c9b8090000000f05483d01f0ffff73064989c64c89e8488904244489e7b8030000000f05488b04244885c0782b4d85f67426e835000000bf010000004c89f64c89eab8010000000f054885c07e404901c64929c575e1eb05e80f0000004883c30849ffc74531f6e99bfeffff4889442408bf01000000488d742408ba08000000b8010000000f054883f8087501c3bf01000000b8e70000000f0531ff4889e6ba0100000031c00f054883f8010f854e030000803c24020f848c000000803c240175d8bf9cffffff488d353b03000031d2b8010100000f054885c078624989c44531ed4489e7488db42490000000ba00100000b8d90000000f054885c0782e7429488db42490000000488d14060fb64e1383e93183f908770349ffc50fb74e104801ce4839d672e5ebb94c89e8488904244489e7b8030000000f05488b0424e829ffffffe952ffffff4889e6ba04000000e897020000448b2c244983fd110f822bffffff4981fd000010000f871effffff31ff4b8d74ed10ba0300000041ba2200000049c7c0ffffffff4531c9b8090000000f05483d01f0ffff0f83effeffff4989c44c89e64c89eae83f02000043807c2cff000f85d5feffff4f8d742c074983e6f84c89f7498d7424104b8d142c4839d673124889374883c708803e00488d760175f7ebe948c707000000004c39f70f8499feffff498b04244889842490000000498b442408488984249800000031c048898424a000000048898424a800000048898424b000000048898424b8000000488dbc24c0000000be00000800b8250100000f054885c00f8896000000bf1100000031f631d24531d24531c0b8380000000f054885c00f840201000048898424a00000008bbc24c4000000b8030000000f054883bc24a0000000007c188bbc24c0000000488db424a8000000ba0800000031c00f058bbc24c0000000b8030000000f05488bbc24a00000004885ff7854488db424b800000031d24531d2b83d0000000f054885c0791448898424b8000000eb0a48898424a0000000eb274883bc24a800000000741cbf9cffffff498b3631d24531d2b80d0100000f0548898424b0000000bf01000000488db42490000000ba30000000b8010000000f054883f8300f8557fdffffbf02000000488db42490000000ba10000000b8010000000f054883f8100f8534fdffff4c89e74b8d74ed10b80b0000000f05e92cfdffffbf9cffffff488d3595000000ba02000000b8010100000f054885c0782c4889c731f631d2b8240100000f054885c07819b8030000000f05498b3e4c89f64889eab83b0000000f05eb06482d0010000048898424a80000008bbc24c4000000488db424a8000000ba08000000b8010000000f05bf7f000000b8e70000000f0531ff31c00f054885c07e094801c64829c275edc3b8220000000f05ebf72f70726f63002f6465762f6e756c6c00";
var AARCH64_CODE = "e90340f9fa4300915a0f098b800080d2010080d2e81480d2010000d4f3430091ff0740d1ff4302d1140080d2180080d2610240f9810b00b49f0204f1420b0054f5430291b512148bbf7e00a9600c8092020081d2030080d2080780d2010000d40008f8b7f60300aae1030091080a80d2010000d40005f8b7e92b40a9a92a00a9eb4302910c0080d29f0114eb420100546d39c1a8bf0109ebc0014afa8100005480054091e00300cb1b0000148c050091f6ffff17e91340b9290d1412a00280923f21407181020054f71b40f9400380920940a0d2ff0209ebe8010054e00317aab70100b4000080d2e10317aa220080d2430080d2e40316aa050080d2c81b80d2010000d41ffc3fb162000054f80300aae00317aaf90300aae00316aa280780d2010000d4e00319aac001f8b7b80100b411000094200080d2e10318aae20317aa080880d2010000d41f0000f16d0200541803008bf70200ebe1feff5402000014050000947322009194060091180080d2b0ffff17e00300f9200080d2e1030091020180d2080880d2010000d41f2000f141000054c0035fd6200080d2c80b80d2010000d4000080d2e1030091220080d2e80780d2010000d41f0400f181180054e90340393f090071e00400543f050071a1feff54600c809281180010020080d2030080d2080780d2010000d48003f8b7f60300aa170080d2e00316aae1430291020082d2a80780d2010000d4e001f8b7a00100b4e94302912a01008b2b4d40396bc500517f21007148000054f70600912b21407929010b8b3f010aeb03ffff54eeffff17e00317aaf90300aae00316aa280780d2010000d4e00319aac6ffff97d1ffff17e1030091820080d28f000094f50340b9bf4600f103f9ff540902a0d2bf0209eba8f8ff54b70e158bf7420091000080d2e10317aa620080d2430480d204008092050080d2c81b80d2010000d41ffc3fb122f7ff54f60300aae10316aae20315aa79000094c902158b2af15f384af6ff35381d009118f37d92ea0318aacb4200917f0109eba20000544b8500f86c154038ecffff35fbffff175f0100f95f0118eba0f4ff54cc3640a9f94302912c3700a93f7f01a93f7f02a920c300910101a0d2680780d2010000d42004f8b7200280d2010080d2020080d2030080d2040080d2881b80d2010000d4e00600b4200b00f9203740b9280780d2010000d4290b40f9c900f8b7203340b921630091020180d2e80780d2010000d4203340b9280780d2010000d4200b40f98002f8b721a30091020080d2030080d2882080d2010000d4a000f8b6201700f903000014200b00f90a000014290f40f9090100b4600c8092010340f9020080d2030080d2080680d2010000d4201300f9200080d2e10319aa020680d2080880d2010000d41fc000f121edff54400080d2e10319aa020280d2080880d2010000d41f4000f141ecff54e00316aae10317aae81a80d2010000d460ffff17600c809201060050420080d2030080d2080780d2010000d40002f8b7f50300aa010080d2020080d2080380d2010000d44001f8b7e00315aa280780d2010000d4000340f9e10318aae2031aaaa81b80d2010000d402000014000440d1200f00f9203740b921630091020180d2080880d2010000d4e00f80d2c80b80d2010000d4000080d2e80780d2010000d41f0000f1ad0000542100008b420000eb21ffff54c0035fd6000080d2010080d2020080d2030080d2280980d2010000d4faffff172f70726f63002f6465762f6e756c6c00";
var IDLE_MAX_FILES = 256;
function idleElf(arch) {
  if (arch === "amd64") return buildElf(62, Buffer.from(X86_64_CODE, "hex"));
  if (arch === "arm64") return buildElf(183, Buffer.from(AARCH64_CODE, "hex"));
  return null;
}
function buildElf(machine, code) {
  const size = HEADER_SIZE + code.length;
  const out = new Uint8Array(size);
  const v = new DataView(out.buffer);
  out.set([127, 69, 76, 70, 2, 1, 1, 0], 0);
  v.setUint16(16, 2, true);
  v.setUint16(18, machine, true);
  v.setUint32(20, 1, true);
  v.setBigUint64(24, BASE + BigInt(HEADER_SIZE), true);
  v.setBigUint64(32, 64n, true);
  v.setUint16(52, 64, true);
  v.setUint16(54, 56, true);
  v.setUint16(56, 1, true);
  v.setUint32(64, 1, true);
  v.setUint32(68, 5, true);
  v.setBigUint64(72, 0n, true);
  v.setBigUint64(80, BASE, true);
  v.setBigUint64(88, BASE, true);
  v.setBigUint64(96, BigInt(size), true);
  v.setBigUint64(104, BigInt(size), true);
  v.setBigUint64(112, 0x1000n, true);
  out.set(code, HEADER_SIZE);
  return out;
}

// src/docker/probe.ts
var PROBE_FORMAT = 2;
function defaultCacheDir() {
  const xdg = process.env.XDG_CACHE_HOME;
  return join(xdg && xdg.startsWith("/") ? xdg : join(homedir(), ".cache"), "abigap");
}
async function probeImage(rt, ref, opts = {}) {
  const image = await ensureImage(rt, ref, {
    pull: opts.pull ?? "missing",
    ...opts.platform ? { platform: opts.platform } : {},
    ...opts.onProgress ? { onProgress: opts.onProgress } : {},
    ...opts.signal ? { signal: opts.signal } : {}
  });
  const cacheDir = opts.cacheDir === void 0 ? defaultCacheDir() : opts.cacheDir;
  const [cacheFile, ...fallbacks] = cacheDir ? probeCacheKeys(image.id, opts.exportsFor).map((k) => join(cacheDir, "profiles", `${k}.json`)) : [];
  for (const file of cacheFile ? [cacheFile, ...fallbacks] : []) {
    const cached = await readCache(file);
    if (cached) {
      opts.startReads?.settle(null);
      return { ...cached, image: ref };
    }
  }
  const runId = newRunId();
  trackRun(rt, runId);
  const needs = opts.exportsFor && canStat(rt) ? opts.exportsFor : null;
  const ids = [];
  try {
    const created = await Promise.allSettled(
      Array.from(
        { length: needs ? Math.max(1, opts.containers ?? 3) : 1 },
        (_, i) => rt.createContainer({
          name: objectName(runId, i ? `probe${i}` : "probe"),
          image: image.id,
          ...opts.platform ? { platform: opts.platform } : {},
          entrypoint: ["/abigap-probe-never-started"],
          cmd: [],
          env: [],
          labels: labelsFor(runId, "probe"),
          limits: hardenedLimits(),
          mounts: []
        })
      )
    );
    for (const c of created) if (c.status === "fulfilled") ids.push(c.value);
    const failed = created.find((c) => c.status === "rejected");
    if (failed) throw failed.reason;
    const meta = {
      image: ref,
      source: "image",
      arch: image.arch,
      digest: image.digest ?? image.id,
      ...opts.exportsFor ? { exportsFor: opts.exportsFor } : {}
    };
    let profile;
    if (needs && canStat(rt)) {
      const reads = opts.startReads;
      const source = reads && {
        arch: image.arch,
        paths: new Set(startReadPaths(image.arch, reads.wanted).slice(0, IDLE_MAX_FILES)),
        files: reads.files
      };
      const root = new SparseRoot(rt, ids, opts.signal, source);
      const librariesFor = await readNeeds(root, image.arch, needs);
      profile = profileFromTree(root.tree, { ...meta, librariesFor });
    } else profile = await profileWholeRoot(rt, ids[0], meta, opts.signal);
    if (cacheFile) await writeCache(cacheFile, profile);
    return profile;
  } catch (err) {
    if (opts.signal?.aborted) throw new InfrastructureError(`probe of '${ref}' cancelled`, { cause: err });
    if (err instanceof InfrastructureError) throw err;
    throw new InfrastructureError(`cannot probe image '${ref}': ${errorMessage(err)}`, { cause: err });
  } finally {
    await Promise.all(ids.map((id) => rt.removeContainer(id).catch(() => void 0)));
    untrackRun(runId);
  }
}
async function profileWholeRoot(rt, container, meta, signal) {
  const tree = new TarTree();
  const keepOutside = (path, size) => keepProfileContent(path, size) && inLibraryDir(path);
  const stats = await Promise.all(
    PROBE_PATHS.map((path) => rt.statPath ? rt.statPath(container, path).catch(() => void 0) : void 0)
  );
  for (const [i, path] of PROBE_PATHS.entries()) {
    if (signal?.aborted) throw new InfrastructureError(`probe of '${meta.image}' cancelled`);
    const stat = stats[i];
    if (stat === null) continue;
    if (stat?.linkTarget) {
      tree.addSymlink(path, stat.linkTarget);
      continue;
    }
    const stream = await archiveUnless404(rt, container, path);
    if (stream) await tree.addArchive(stream, path.slice(0, path.lastIndexOf("/")) || "/", keepOutside);
  }
  const covered = (d) => PROBE_PATHS.some((p) => d === p || d.startsWith(`${p}/`));
  for (const dir of new Set(ldSoConfDirs(tree).filter((d) => !covered(d)))) {
    const stream = await archiveUnless404(rt, container, dir);
    if (stream) await tree.addArchive(stream, dir.slice(0, dir.lastIndexOf("/")) || "/", keepProfileContent);
  }
  const opened = /* @__PURE__ */ new Set();
  const profile = profileFromTree(tree.recordingOpens(opened), meta);
  const lacking = [...opened].filter((p) => tree.lacksContent(p) && keepProfileContent(p, 0));
  if (!lacking.length) return profile;
  for (const file of lacking) {
    await tree.addArchive(await rt.getArchive(container, file), file.slice(0, file.lastIndexOf("/")) || "/", () => true);
  }
  return profileFromTree(tree, meta);
}
async function archiveUnless404(rt, container, path) {
  try {
    return await rt.getArchive(container, path);
  } catch (err) {
    if (errorStatus(err) === 404) return null;
    throw err;
  }
}
function probeCacheKeys(imageId, exportsFor) {
  const base = `${imageId.replace(/^sha256:/, "")}-v${PROBE_FORMAT}`;
  if (!exportsFor) return [`${base}-all`];
  const set = [...new Set(exportsFor)].sort().join("\n");
  return [`${base}-x${createHash("sha256").update(set).digest("hex").slice(0, 16)}`, `${base}-all`];
}
async function readCache(file) {
  try {
    const parsed = JSON.parse(await readFile(file, "utf8"));
    return parsed && parsed.profileVersion === CURRENT_PROFILE_VERSION && Array.isArray(parsed.libraries) ? parsed : null;
  } catch {
    return null;
  }
}
async function writeCache(file, profile) {
  try {
    await mkdir(join(file, ".."), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify(profile));
    await rename(tmp, file);
  } catch {
  }
}

export {
  IDLE_MAX_FILES,
  idleElf,
  startReadPaths,
  TarTree,
  PROBE_FORMAT,
  defaultCacheDir,
  probeImage,
  probeCacheKeys
};
