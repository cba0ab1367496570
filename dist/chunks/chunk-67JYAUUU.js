import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  ensureImage
} from "./chunk-RWWWXTVS.js";
import {
  CURRENT_PROFILE_VERSION,
  ldSoConfDirs,
  profileFromTree
} from "./chunk-WNS3R6EY.js";
import {
  ElfError
} from "./chunk-MUPL4P2E.js";
import {
  require_tar_stream
} from "./chunk-ODQOTO54.js";
import {
  hardenedLimits
} from "./chunk-TQWU2PBT.js";
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

// src/docker/probe.ts
var PROBE_FORMAT = 1;
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
    if (cached) return { ...cached, image: ref };
  }
  const runId = newRunId();
  trackRun(rt, runId);
  let id = null;
  try {
    id = await rt.createContainer({
      name: objectName(runId, "probe"),
      image: image.id,
      ...opts.platform ? { platform: opts.platform } : {},
      entrypoint: ["/abigap-probe-never-started"],
      cmd: [],
      env: [],
      labels: labelsFor(runId, "probe"),
      limits: hardenedLimits(),
      mounts: []
    });
    const tree = new TarTree();
    const keepOutside = (path, size) => keepProfileContent(path, size) && inLibraryDir(path);
    const container = id;
    const stats = await Promise.all(
      PROBE_PATHS.map((path) => rt.statPath ? rt.statPath(container, path).catch(() => void 0) : void 0)
    );
    for (const [i, path] of PROBE_PATHS.entries()) {
      if (opts.signal?.aborted) throw new InfrastructureError(`probe of '${ref}' cancelled`);
      const stat = stats[i];
      if (stat === null) continue;
      if (stat?.linkTarget) {
        tree.addSymlink(path, stat.linkTarget);
        continue;
      }
      let stream;
      try {
        stream = await rt.getArchive(id, path);
      } catch (err) {
        if (errorStatus(err) === 404) continue;
        throw err;
      }
      await tree.addArchive(stream, path.slice(0, path.lastIndexOf("/")) || "/", keepOutside);
    }
    const covered = (d) => PROBE_PATHS.some((p) => d === p || d.startsWith(`${p}/`));
    for (const dir of new Set(ldSoConfDirs(tree).filter((d) => !covered(d)))) {
      let stream;
      try {
        stream = await rt.getArchive(container, dir);
      } catch (err) {
        if (errorStatus(err) === 404) continue;
        throw err;
      }
      await tree.addArchive(stream, dir.slice(0, dir.lastIndexOf("/")) || "/", keepProfileContent);
    }
    const meta = {
      image: ref,
      source: "image",
      arch: image.arch,
      digest: image.digest ?? image.id,
      ...opts.exportsFor ? { exportsFor: opts.exportsFor } : {}
    };
    const opened = /* @__PURE__ */ new Set();
    let profile = profileFromTree(tree.recordingOpens(opened), meta);
    const lacking = [...opened].filter((p) => tree.lacksContent(p) && keepProfileContent(p, 0));
    if (lacking.length) {
      for (const file of lacking) {
        await tree.addArchive(
          await rt.getArchive(container, file),
          file.slice(0, file.lastIndexOf("/")) || "/",
          () => true
        );
      }
      profile = profileFromTree(tree, meta);
    }
    if (cacheFile) await writeCache(cacheFile, profile);
    return profile;
  } catch (err) {
    if (err instanceof InfrastructureError) throw err;
    throw new InfrastructureError(`cannot probe image '${ref}': ${errorMessage(err)}`, { cause: err });
  } finally {
    if (id) await rt.removeContainer(id).catch(() => void 0);
    untrackRun(runId);
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
  TarTree,
  PROBE_FORMAT,
  defaultCacheDir,
  probeImage,
  probeCacheKeys
};
