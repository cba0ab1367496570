import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  IDLE_MAX_FILES,
  TarTree,
  defaultCacheDir,
  idleElf,
  probeImage,
  startReadPaths
} from "./chunk-M4SSNGAJ.js";
import {
  boundedWait,
  captureOutput,
  runBuildContainer,
  supervise,
  untilStopped
} from "./chunk-YSLDDLC2.js";
import {
  ensureImage,
  forgetEnsuredImages
} from "./chunk-RWWWXTVS.js";
import {
  RecordParser
} from "./chunk-FL3LMZPF.js";
import {
  mapLimit
} from "./chunk-BWXTYJ3K.js";
import "./chunk-MTCQCEN2.js";
import "./chunk-MUPL4P2E.js";
import {
  require_tar_stream
} from "./chunk-ODQOTO54.js";
import {
  DEFAULT_OUTPUT_CAP,
  RUN_ENV,
  hardenedLimits
} from "./chunk-NO5TW364.js";
import {
  installSignalCleanup,
  sweepCaches,
  sweepContainers,
  sweepLiveRuns,
  trackRun,
  untrackRun
} from "./chunk-T3M2XFTD.js";
import {
  CancelledError,
  DockerUnavailableError,
  ImageUnavailableError,
  errorMessage
} from "./chunk-VV4NPO4R.js";
import {
  InfrastructureError
} from "./chunk-IBEVECVS.js";
import {
  LABEL_RUN,
  LABEL_SESSION,
  LABEL_TOOL,
  currentSessionId,
  labelsFor,
  newRunId,
  objectName,
  setSessionId
} from "./chunk-DJJNSH3L.js";
import {
  __toESM
} from "./chunk-54MS2K6W.js";

// src/docker/connect.ts
import { readFileSync } from "node:fs";
import { join } from "node:path";
var DEFAULT_SOCKET = "/var/run/docker.sock";
function parseDockerHost(value) {
  const raw = (value ?? "").trim();
  if (!raw) return { display: `unix://${DEFAULT_SOCKET}`, options: { socketPath: DEFAULT_SOCKET } };
  if (raw.startsWith("unix://")) {
    const socketPath = raw.slice("unix://".length);
    if (!socketPath.startsWith("/"))
      throw new DockerUnavailableError(`DOCKER_HOST '${raw}': a unix socket path must be absolute`);
    return { display: raw, options: { socketPath } };
  }
  if (raw.startsWith("/")) return { display: `unix://${raw}`, options: { socketPath: raw } };
  const m = /^(tcp|http|https|ssh):\/\/(?:([^@/]+)@)?(\[[^\]]+\]|[^:/]+)(?::(\d+))?\/?$/.exec(raw);
  if (!m)
    throw new DockerUnavailableError(`DOCKER_HOST '${raw}' is not a unix://, tcp://, http(s):// or ssh:// address`);
  const scheme = m[1];
  const tls = scheme === "https" || scheme === "tcp" && !!process.env.DOCKER_TLS_VERIFY && process.env.DOCKER_TLS_VERIFY !== "0";
  const protocol = scheme === "ssh" ? "ssh" : tls ? "https" : "http";
  const port = m[4] ? Number(m[4]) : protocol === "ssh" ? 22 : tls ? 2376 : 2375;
  const host = m[3].replace(/^\[|\]$/g, "");
  return { display: raw, options: { host, port, protocol, ...protocol === "ssh" && m[2] ? { username: m[2] } : {} } };
}
async function connectDocker(opts = {}) {
  const endpoint = parseDockerHost(opts.host ?? process.env.DOCKER_HOST);
  const [{ default: Docker }, { DockerodeRuntime }] = await Promise.all([
    import("./docker-VIFRYG5I.js"),
    import("./dockerode-runtime-TOXN2KWK.js")
  ]);
  const tlsOptions = "protocol" in endpoint.options && endpoint.options.protocol === "https" ? tlsFromEnv() : {};
  const docker = new Docker({ ...endpoint.options, ...tlsOptions });
  const rt = new DockerodeRuntime(docker, endpoint.display);
  try {
    await rt.ping(opts.pingTimeoutMs ?? 5e3);
  } catch (err) {
    throw new DockerUnavailableError(pingFailure(endpoint.display, err), { cause: err });
  }
  return rt;
}
function pingFailure(display, err) {
  const message = errorMessage(err);
  const code = String(err?.code ?? "");
  if (/HTTP request to an HTTPS server/i.test(message))
    return `the engine at ${display} speaks TLS but abigap connected without it (${message}); set DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH (ca.pem, cert.pem, key.pem)`;
  if (/^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED)/.test(code) || /certificate|SSL routines|handshake/i.test(message))
    return `TLS connection to ${display} failed (${message}); check that DOCKER_CERT_PATH's ca.pem signed the engine's certificate and that cert.pem/key.pem are a client certificate the engine accepts`;
  return `no Docker engine answers at ${display} (${message}); start dockerd or set DOCKER_HOST`;
}
function tlsFromEnv() {
  const dir = process.env.DOCKER_CERT_PATH;
  if (!dir) return {};
  try {
    const read = (f) => readFileSync(join(dir, f), "utf8");
    return { ca: read("ca.pem"), cert: read("cert.pem"), key: read("key.pem") };
  } catch (err) {
    throw new DockerUnavailableError(`DOCKER_CERT_PATH '${dir}': ${errorMessage(err)}`);
  }
}

// src/docker/run-targets.ts
import { cpus } from "node:os";

// src/docker/payload.ts
var import_tar_stream = __toESM(require_tar_stream(), 1);
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { pipeline } from "node:stream/promises";
var PAYLOAD_DIR = "/abigap";
function idlePath(arch) {
  return `${PAYLOAD_DIR}/.idle-${arch}`;
}
function safeBaseName(path) {
  const name = basename(path).replace(/[^A-Za-z0-9._+-]/g, "_").replace(/^\.+/, "_").slice(0, 64);
  return name || "bin";
}
function planPayload(hostPaths) {
  const pathOf = /* @__PURE__ */ new Map();
  const files = [];
  for (const hostPath of hostPaths) {
    if (pathOf.has(hostPath)) continue;
    const rel = `f${files.length}/${safeBaseName(hostPath)}`;
    files.push({ hostPath, rel });
    pathOf.set(hostPath, `${PAYLOAD_DIR}/${rel}`);
  }
  return { files, pathOf };
}
async function readPayload(plan, idles) {
  const files = await Promise.all(
    plan.files.map(async (f) => {
      const st = await stat(f.hostPath);
      if (!st.isFile()) throw new Error(`${f.hostPath} is not a regular file`);
      return { rel: f.rel, hostPath: f.hostPath, size: st.size };
    })
  );
  for (const idle of idles) files.push({ rel: idlePath(idle.arch).slice(PAYLOAD_DIR.length + 1), bytes: idle.bytes });
  return files;
}
function packPayload(files) {
  const p = (0, import_tar_stream.pack)();
  const dirs = /* @__PURE__ */ new Set();
  const mtime = /* @__PURE__ */ new Date(0);
  const fill = async () => {
    for (const f of files) {
      const dir = f.rel.includes("/") ? f.rel.slice(0, f.rel.lastIndexOf("/")) : "";
      if (dir && !dirs.has(dir)) {
        dirs.add(dir);
        p.entry({ name: `${dir}/`, type: "directory", mode: 493, uid: 0, gid: 0, mtime });
      }
      const header = { name: f.rel, mode: 493, uid: 0, gid: 0, mtime };
      if ("bytes" in f || f.size === 0) {
        const bytes = "bytes" in f ? f.bytes : new Uint8Array(0);
        p.entry({ ...header, size: bytes.length }, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
        continue;
      }
      await pipeline(
        createReadStream(f.hostPath, { end: Math.max(0, f.size - 1), highWaterMark: 1 << 20 }),
        p.entry({ ...header, size: f.size })
      );
    }
    p.finalize();
  };
  fill().catch((err) => p.destroy(err instanceof Error ? err : new Error(String(err))));
  return p;
}

// src/docker/payload-dir.ts
import { chmod, copyFile, link, mkdir, mkdtemp, readFile, rm, stat as stat2, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join as join2, resolve } from "node:path";
async function preparePayloadDir(files, parent = tmpdir()) {
  const dir = await mkdtemp(join2(parent, "abigap-payload-"));
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    await chmod(dir, 493);
    if (await onNoexecMount(dir)) {
      await remove();
      return null;
    }
    for (const f of files) {
      const dest = join2(dir, f.rel);
      await mkdir(dirname(dest), { recursive: true, mode: 493 });
      if ("bytes" in f) {
        await writeFile(dest, f.bytes, { mode: 493 });
        await chmod(dest, 493);
        continue;
      }
      const st = await stat2(f.hostPath);
      if (!st.isFile() || st.size !== f.size) throw new Error(`${f.hostPath} changed since the run was planned`);
      if ((st.mode & 5) !== 5 || !await tryLink(f.hostPath, dest)) {
        await copyFile(f.hostPath, dest);
        await chmod(dest, 493);
      }
    }
    return { dir, remove };
  } catch (err) {
    await remove();
    throw err;
  }
}
async function tryLink(from, to) {
  try {
    await link(from, to);
    return true;
  } catch {
    return false;
  }
}
async function onNoexecMount(path) {
  let text;
  try {
    text = await readFile("/proc/self/mountinfo", "utf8");
  } catch {
    return false;
  }
  const abs = resolve(path);
  let best = "";
  let noexec = false;
  for (const line of text.split("\n")) {
    const f = line.split(" ");
    if (f.length < 6) continue;
    const point = f[4].replace(/\\040/g, " ");
    const inside = point === "/" || abs === point || abs.startsWith(`${point}/`);
    if (inside && point.length >= best.length) {
      best = point;
      noexec = f[5].split(",").includes("noexec");
    }
  }
  return noexec;
}
function payloadBind(dir) {
  return { bind: dir, target: PAYLOAD_DIR, readOnly: true };
}

// src/docker/classify.ts
var SIGNALS = {
  1: "SIGHUP",
  2: "SIGINT",
  3: "SIGQUIT",
  4: "SIGILL",
  5: "SIGTRAP",
  6: "SIGABRT",
  7: "SIGBUS",
  8: "SIGFPE",
  9: "SIGKILL",
  10: "SIGUSR1",
  11: "SIGSEGV",
  12: "SIGUSR2",
  13: "SIGPIPE",
  14: "SIGALRM",
  15: "SIGTERM",
  16: "SIGSTKFLT",
  17: "SIGCHLD",
  18: "SIGCONT",
  19: "SIGSTOP",
  20: "SIGTSTP",
  21: "SIGTTIN",
  22: "SIGTTOU",
  23: "SIGURG",
  24: "SIGXCPU",
  25: "SIGXFSZ",
  26: "SIGVTALRM",
  27: "SIGPROF",
  28: "SIGWINCH",
  29: "SIGIO",
  30: "SIGPWR",
  31: "SIGSYS"
};
function signalName(n) {
  return SIGNALS[n] ?? (n >= 34 && n <= 64 ? `SIGRTMIN+${n - 34}` : `SIG${n}`);
}
var RUNC_NOENT_ONLY = /^exec \/[^\n]*: no such file or directory$/;
var TINI_NOENT = /^\[FATAL tini \(\d+\)\] exec [^\n]* failed: No such file or directory$/m;
var ENGINE_NOENT = /(?:^|[\s:"])exec [^\n]*?: no such file or directory/i;
var GLIBC_MISSING_LIB = /error while loading shared libraries: ([^\s:]+): cannot open shared object file/g;
var MUSL_MISSING_LIB = /Error loading shared library ([^\s:]+): No such file or directory/g;
var VERSION_NOT_FOUND = /(?:^|\s)([^\s:]*): version `([^'`\s]+)' not found \(required by [^)]*\)/gm;
var SYMBOL_LOOKUP = /symbol lookup error: .*undefined symbol|Error relocating [^\n]*: symbol not found/;
function parseMissingLibraries(stderr) {
  const out = /* @__PURE__ */ new Set();
  for (const re of [GLIBC_MISSING_LIB, MUSL_MISSING_LIB]) {
    for (const m of stderr.matchAll(re)) out.add(m[1]);
  }
  return [...out];
}
function parseMissingVersions(stderr) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const m of stderr.matchAll(VERSION_NOT_FOUND)) {
    const library = m[1].split("/").pop() ?? m[1];
    const key = `${m[2]}\0${library}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ version: m[2], library });
  }
  return out;
}
function isMissingLoader(message) {
  return ENGINE_NOENT.test(message) || TINI_NOENT.test(message);
}
function isLoaderFailureOutput(stderr) {
  const text = stderr.slice(0, 4096).trim();
  return RUNC_NOENT_ONLY.test(text) || TINI_NOENT.test(text);
}
function classifyRun(o) {
  if (o.infraError) return { outcome: "infrastructure-error", signal: null };
  if (o.timedOut) return { outcome: "timeout", signal: null, started: true };
  if (o.outputLimited) return { outcome: "output-limit", signal: null };
  if (o.oomKilled) return { outcome: "oom", signal: o.exitCode === 137 ? "SIGKILL" : null };
  const loaderText = `${o.startError}
${o.stderr.slice(0, 64 * 1024)}`;
  const loaderExit = o.exitCode === null || o.exitCode === 127 || o.exitCode === 126 || o.exitCode === 1;
  if (o.startError && isMissingLoader(o.startError)) return { outcome: "missing-loader", signal: null };
  if (loaderExit && o.stdout.length === 0 && isLoaderFailureOutput(o.stderr)) {
    return { outcome: "missing-loader", signal: null };
  }
  if (loaderExit) {
    const libs = parseMissingLibraries(loaderText);
    if (libs.length) return { outcome: "missing-library", signal: null, missingLibraries: libs };
    const versions = parseMissingVersions(loaderText);
    if (versions.length) return { outcome: "missing-symbol-version", signal: null, missingVersions: versions };
    if (SYMBOL_LOOKUP.test(loaderText)) return { outcome: "symbol-lookup-error", signal: null };
  }
  if (o.exitCode === null && /exec format error/i.test(o.startError)) return { outcome: "exit-nonzero", signal: null };
  if (o.exitCode === null) return { outcome: "infrastructure-error", signal: null };
  if ((o.okExitCodes ?? [0]).includes(o.exitCode)) return { outcome: "ok", signal: null };
  if (o.exitCode > 128 && o.exitCode <= 128 + 64) {
    return { outcome: "signal", signal: signalName(o.exitCode - 128) };
  }
  return { outcome: "exit-nonzero", signal: null };
}

// src/docker/run-context.ts
async function admittedBinaries(ctx) {
  if (!ctx.admitted) {
    const skip = await ctx.req.skip;
    ctx.admitted = skip ? ctx.req.binaries.filter((b) => !skip.has(b.id)) : ctx.req.binaries;
  }
  return ctx.admitted;
}
function targetOf(req) {
  return req.targetId ?? req.image;
}
function cellOf(req, binaryId, run) {
  return { targetId: targetOf(req), image: req.image, binaryId, run };
}
function infraResult(message, image) {
  return {
    outcome: "infrastructure-error",
    exitCode: null,
    signal: null,
    stdout: "",
    stderr: "",
    durationMs: 0,
    error: message,
    ...image ? { image } : {}
  };
}
function faultResult(ctx, message) {
  return infraResult(ctx.signal?.aborted ? "cancelled" : message);
}
function infraCells(req, message, image) {
  return req.binaries.map((b) => cellOf(req, b.id, infraResult(message, image)));
}
function runSpec(ctx, entrypoint, cmd, volumeReadOnly) {
  return {
    name: objectName(ctx.runId, "run"),
    image: ctx.image.id,
    ...ctx.req.platform ? { platform: ctx.req.platform } : {},
    entrypoint,
    cmd,
    env: RUN_ENV,
    labels: labelsFor(ctx.runId, "run"),
    limits: hardenedLimits(ctx.limits),
    mounts: ["volume" in ctx.payloadMount ? { ...ctx.payloadMount, readOnly: volumeReadOnly } : ctx.payloadMount],
    // the output is attached to; a log would be a second copy of it (the start reads' files, too) on the engine's disk
    logs: false
  };
}
async function createDelivered(ctx, entrypoint, cmd, idle = false) {
  const tar = ctx.deliver;
  const spec = runSpec(ctx, entrypoint, cmd, tar === null);
  const id = await ctx.rt.createContainer(
    idle ? { ...spec, stdin: true, limits: { ...spec.limits, init: false } } : spec
  );
  ctx.containers.add(id);
  if (tar) {
    await ctx.rt.putArchive(id, PAYLOAD_DIR, tar());
    ctx.deliver = null;
  }
  return id;
}
var EXCERPT = 16 * 1024;
function toResult(obs, durationMs) {
  const c = classifyRun(obs);
  return {
    outcome: c.outcome,
    exitCode: obs.exitCode,
    signal: c.signal,
    stdout: obs.stdout.slice(0, EXCERPT),
    stderr: (obs.startError ? `${obs.startError}
` : "") + obs.stderr.slice(0, EXCERPT),
    durationMs,
    ...c.missingVersions ? { missingVersions: c.missingVersions } : {},
    ...c.missingLibraries ? { missingLibraries: c.missingLibraries } : {},
    ...c.started ? { started: true } : {},
    ...c.outcome === "infrastructure-error" ? { error: obs.infraError ?? "no exit status" } : {}
  };
}

// src/docker/run-fresh.ts
async function runEachFresh(ctx, cells) {
  for (const bin of await admittedBinaries(ctx)) {
    if (ctx.signal?.aborted) {
      cells.push(cellOf(ctx.req, bin.id, infraResult("cancelled")));
      continue;
    }
    cells.push(cellOf(ctx.req, bin.id, await runFresh(ctx, ctx.pathOf.get(bin.path))));
  }
}
async function runFresh(ctx, path) {
  let id;
  try {
    id = await createDelivered(ctx, [path], ctx.req.args);
  } catch (err) {
    return faultResult(ctx, `cannot create the run container: ${errorMessage(err)}`);
  }
  try {
    return await runContainerOnce(ctx, id);
  } finally {
    await ctx.rt.removeContainer(id).catch(() => void 0);
    ctx.containers.delete(id);
  }
}
async function runContainerOnce(ctx, id) {
  const { rt, req } = ctx;
  let attached;
  const sup = supervise({
    timeoutMs: req.timeoutMs,
    signal: ctx.signal,
    kill: () => rt.kill(id),
    stillRunning: async () => (await rt.inspectContainer(id)).running,
    onKillError: () => attached?.destroy()
  });
  try {
    const out = captureOutput(ctx.capBytes, () => sup.kill());
    try {
      attached = await rt.attach(id, out.sink);
    } catch (err) {
      return faultResult(ctx, `cannot attach: ${errorMessage(err)}`);
    }
    const waited = rt.wait(id).catch(() => null);
    const started = Date.now();
    let startError = "";
    try {
      await rt.start(id);
    } catch (err) {
      startError = errorMessage(err);
    }
    sup.arm();
    try {
      if (!startError) await boundedWait(Promise.race([waited, attached.done]), req.timeoutMs + 15e3);
      const state = await untilStopped(
        () => rt.inspectContainer(id),
        250,
        () => 20
      );
      await boundedWait(attached.done, 500).catch(() => void 0);
      const durationMs = Date.now() - started;
      if (ctx.signal?.aborted) return infraResult("cancelled");
      if (sup.killError !== null) return infraResult(`cannot stop the run: ${sup.killError}`);
      if (state.running) return infraResult("the container did not stop");
      const obs = {
        exitCode: startError && state.exitCode === 0 ? null : state.exitCode,
        oomKilled: state.oomKilled,
        startError: startError || state.error,
        stderr: out.stderr(),
        stdout: out.stdout(),
        timedOut: sup.timedOut,
        outputLimited: out.exceeded,
        okExitCodes: req.okExitCodes
      };
      return toResult(obs, durationMs);
    } catch (err) {
      return faultResult(ctx, `run lost: ${errorMessage(err)}`);
    } finally {
      attached.destroy();
    }
  } finally {
    sup.stop();
  }
}

// src/docker/idle-channel.ts
import { randomBytes } from "node:crypto";
var MAX_RUN_REQUEST = 1 << 20;
var NONCE_BYTES = 16;
var REPORT_BYTES = 32;
function runRequest(nonce, argv) {
  if (!argv.length || argv.some((a) => a.includes("\0"))) return null;
  const body = Buffer.concat([nonce, ...argv.map((a) => Buffer.from(`${a}\0`))]);
  if (body.length > MAX_RUN_REQUEST) return null;
  const head = Buffer.alloc(5);
  head[0] = 2;
  head.writeUInt32LE(body.length, 1);
  return Buffer.concat([head, body]);
}
var MarkedStream = class {
  constructor(nonce, emit) {
    this.nonce = nonce;
    this.emit = emit;
  }
  nonce;
  emit;
  held = Buffer.alloc(0);
  /** What followed the nonce, once it was seen. */
  after = null;
  push(chunk) {
    if (this.after) {
      this.after = Buffer.concat([this.after, chunk]);
      return;
    }
    const data = this.held.length ? Buffer.concat([this.held, chunk]) : chunk;
    const at = data.indexOf(this.nonce);
    if (at >= 0) {
      if (at > 0) this.emit(data.subarray(0, at));
      this.after = data.subarray(at + NONCE_BYTES);
      this.held = Buffer.alloc(0);
      return;
    }
    const keep = Math.min(data.length, NONCE_BYTES - 1);
    if (data.length > keep) this.emit(data.subarray(0, data.length - keep));
    this.held = Buffer.from(data.subarray(data.length - keep));
  }
  /** The stream ended without its marker: what was held back was the program's after all. */
  flush() {
    if (this.held.length) this.emit(this.held);
    this.held = Buffer.alloc(0);
  }
};
var IdleChannel = class {
  /** `write` sends bytes to the idle program's stdin. */
  constructor(write) {
    this.write = write;
  }
  write;
  bytes = Buffer.alloc(0);
  waiting = null;
  running = null;
  broken = false;
  /** The idle program's output after its last start-read record. */
  push(kind, chunk) {
    if (this.broken || !chunk.length) return;
    if (this.running) return this.pushRun(this.running, kind, chunk);
    if (!this.waiting || kind !== "stdout") return this.fail();
    this.bytes = Buffer.concat([this.bytes, chunk]);
    if (this.bytes.length < 8) return;
    if (this.bytes.length > 8) return this.fail();
    const header = this.bytes.readBigInt64LE(0);
    this.bytes = Buffer.alloc(0);
    this.answer(header >= 0n ? Number(header) : null);
  }
  /** The output ended (or cannot be trusted): no more answers. */
  fail() {
    if (this.broken) return;
    this.broken = true;
    this.answer(null);
    this.running?.stdout.flush();
    this.running?.stderr.flush();
    this.finish(null);
  }
  /** True while the channel can still be asked. */
  get usable() {
    return !this.broken && !this.waiting && !this.running;
  }
  /** The number of processes the idle program sees in its container, or null when it does not say in `timeoutMs`. */
  count(timeoutMs) {
    if (!this.usable) return Promise.resolve(null);
    return new Promise((resolve2) => {
      const timer = setTimeout(() => this.fail(), timeoutMs);
      this.waiting = (count) => {
        clearTimeout(timer);
        resolve2(count);
      };
      this.send(Buffer.of(1));
    });
  }
  /**
   * Has the idle program run `argv`; its output goes to `sink` as it comes. Resolves with how it ended, or null when
   * the channel broke first (the container ended, or was killed); undefined when the request is too large to send.
   * It has no time limit of its own: the caller's supervision kills the container.
   */
  run(argv, sink) {
    const nonce = randomBytes(NONCE_BYTES);
    const request = runRequest(nonce, argv);
    if (!request) return void 0;
    if (!this.usable) return Promise.resolve(null);
    return new Promise((resolve2) => {
      this.running = {
        stdout: new MarkedStream(nonce, (c) => sink("stdout", c)),
        stderr: new MarkedStream(nonce, (c) => sink("stderr", c)),
        resolve: resolve2
      };
      this.send(request);
    });
  }
  pushRun(run, kind, chunk) {
    run[kind].push(chunk);
    const out = run.stdout.after;
    const err = run.stderr.after;
    if (out && out.length > REPORT_BYTES || err && err.length > 0) return this.fail();
    if (!out || out.length < REPORT_BYTES || !err) return;
    const at = (i) => Number(out.readBigInt64LE(i * 8));
    this.finish({ pid: at(0), exec: at(1), access: at(2), wait: at(3) });
  }
  send(data) {
    try {
      this.write(data);
    } catch {
      this.fail();
    }
  }
  answer(count) {
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.(count);
  }
  finish(report) {
    const running = this.running;
    this.running = null;
    running?.resolve(report);
  }
};

// src/docker/idle-outcome.ts
var ERRNO_TEXT = {
  1: "operation not permitted",
  2: "no such file or directory",
  5: "input/output error",
  7: "argument list too long",
  8: "exec format error",
  11: "resource temporarily unavailable",
  12: "cannot allocate memory",
  13: "permission denied",
  14: "bad address",
  20: "not a directory",
  21: "is a directory",
  22: "invalid argument",
  23: "too many open files in system",
  24: "too many open files",
  26: "text file busy",
  36: "file name too long",
  40: "too many levels of symbolic links",
  80: "accessing a corrupted shared library"
};
function errnoText(errno) {
  return ERRNO_TEXT[errno] ?? `errno ${errno}`;
}
function exitCodeOfStatus(status) {
  const signal = status & 127;
  return signal === 0 ? status >> 8 & 255 : 128 + signal;
}
function idleOutcome(path, r) {
  if (r.pid < 0) return { kind: "fault", message: `cannot start ${path}: ${errnoText(-r.pid)}` };
  if (r.exec <= -4096) {
    return { kind: "fault", message: `cannot give ${path} /dev/null as stdin: ${errnoText(-r.exec - 4096)}` };
  }
  if (r.exec < 0) {
    if (r.access < 0) return { kind: "absent", message: `binary not delivered: ${path}: ${errnoText(-r.access)}` };
    const errno = -r.exec;
    return { kind: "ran", exitCode: errno === 2 ? 127 : 126, startError: `exec ${path}: ${errnoText(errno)}` };
  }
  if (r.wait < 0) return { kind: "fault", message: `cannot wait for ${path}: ${errnoText(-r.wait)}` };
  return { kind: "ran", exitCode: exitCodeOfStatus(r.wait), startError: "" };
}

// src/docker/run-idle.ts
async function runInIdleContainer(ctx, cells) {
  const { rt } = ctx;
  const reads = ctx.reads?.pending ? startReadPaths(ctx.image.arch, ctx.reads.wanted).slice(0, IDLE_MAX_FILES) : [];
  let main = await startIdle(ctx, reads);
  const binaries = await admittedBinaries(ctx);
  for (const [index, bin] of binaries.entries()) {
    if (ctx.signal?.aborted) {
      cells.push(cellOf(ctx.req, bin.id, infraResult("cancelled")));
      continue;
    }
    const path = ctx.pathOf.get(bin.path);
    let r = await runBeside(ctx, main, path);
    if (r.needsFreshContainer && !ctx.signal?.aborted) {
      r = { run: await runFresh(ctx, path), needsFreshContainer: false, containerDamaged: r.containerDamaged };
    }
    cells.push(cellOf(ctx.req, bin.id, r.run));
    if (index === binaries.length - 1 || ctx.signal?.aborted) continue;
    if (r.containerDamaged || await leftovers(main.channel)) {
      main.close();
      ctx.removals.push(rt.removeContainer(main.id).catch(() => void 0));
      ctx.containers.delete(main.id);
      main = await startIdle(ctx, []);
    }
  }
  main.close();
}
async function startIdle(ctx, reads) {
  const id = await createDelivered(ctx, [idlePath(ctx.image.arch)], reads, true);
  const idle = await attachIdle(ctx, id, reads);
  await ctx.rt.start(id);
  return idle;
}
var MAX_START_READ_BYTES = 128 << 20;
async function attachIdle(ctx, container, paths) {
  const reads = paths.length ? ctx.reads : null;
  const parser = reads ? new RecordParser(paths, MAX_START_READ_BYTES) : null;
  let stream;
  const channel = new IdleChannel((data) => stream.write(data));
  let readsDone = !parser;
  const settle = (files) => {
    readsDone = true;
    reads?.settle(files);
  };
  const sink = (kind, chunk) => {
    if (readsDone || kind === "stderr") return channel.push(kind, chunk);
    try {
      const contents = parser.push(chunk);
      if (!contents) return;
      settle({ arch: ctx.image.arch, contents });
      channel.push("stdout", parser.rest());
    } catch {
      settle(null);
      channel.fail();
    }
  };
  try {
    stream = await ctx.rt.attach(container, sink, true);
  } catch {
    settle(null);
    channel.fail();
    return { id: container, channel, close: () => void 0 };
  }
  void stream.done.then(() => {
    if (!readsDone) settle(null);
    channel.fail();
  });
  return { id: container, channel, close: () => stream.destroy() };
}
var COUNT_TIMEOUT_MS = 5e3;
async function leftovers(channel) {
  const count = await channel.count(COUNT_TIMEOUT_MS);
  return count === null || count > 1;
}
var damaged = (run, needsFreshContainer) => ({
  run,
  needsFreshContainer,
  containerDamaged: true
});
async function runBeside(ctx, idle, path) {
  const { rt, req } = ctx;
  const started = Date.now();
  let reported = false;
  const sup = supervise({
    timeoutMs: req.timeoutMs,
    signal: ctx.signal,
    kill: () => rt.kill(idle.id),
    stillRunning: async () => !reported,
    onKillError: () => idle.channel.fail()
  });
  try {
    const out = captureOutput(ctx.capBytes, () => sup.kill());
    const pending = idle.channel.run([path, ...req.args], out.sink);
    if (!pending) {
      const run = faultResult(ctx, "the arguments are too large for the idle program");
      return { run, needsFreshContainer: true, containerDamaged: false };
    }
    sup.arm();
    const report = await boundedWait(pending, req.timeoutMs + 15e3);
    reported = true;
    const durationMs = Date.now() - started;
    if (ctx.signal?.aborted) return damaged(infraResult("cancelled"), false);
    if (sup.killError !== null) return damaged(infraResult(`cannot stop the run: ${sup.killError}`), false);
    const obs = {
      exitCode: null,
      oomKilled: false,
      startError: "",
      stderr: out.stderr(),
      stdout: out.stdout(),
      timedOut: sup.timedOut,
      outputLimited: out.exceeded,
      okExitCodes: req.okExitCodes
    };
    if (!report) {
      if (sup.timedOut || out.exceeded) return damaged(toResult(obs, durationMs), false);
      return damaged(faultResult(ctx, "the run container ended during the run"), true);
    }
    const outcome = idleOutcome(path, report);
    if (outcome.kind === "absent") {
      return { run: infraResult(outcome.message), needsFreshContainer: false, containerDamaged: false };
    }
    if (outcome.kind === "fault") return damaged(infraResult(outcome.message), true);
    const unexplainedKill = outcome.exitCode === 137 && !sup.killed;
    return {
      run: toResult({ ...obs, exitCode: outcome.exitCode, startError: outcome.startError }, durationMs),
      needsFreshContainer: unexplainedKill,
      containerDamaged: sup.killed || unexplainedKill
    };
  } finally {
    sup.stop();
  }
}

// src/docker/run-targets.ts
async function runInTargets(rt, requests, opts = {}) {
  try {
    return await runRequests(rt, requests, opts);
  } finally {
    for (const req of requests) opts.startReads?.(req)?.settle(null);
  }
}
async function runRequests(rt, requests, opts) {
  await rt.ping(5e3);
  const runId = opts.runId ?? newRunId();
  trackRun(rt, runId);
  const results = requests.map(() => []);
  const volume = objectName(runId, "vol");
  const removals = [];
  let payloadDir = null;
  try {
    const images = await resolveImages(rt, requests, opts);
    const runnable = requests.map((_, i) => i).filter((i) => !("error" in images[i]));
    requests.forEach((req, i) => {
      const img = images[i];
      if ("error" in img) results[i] = infraCells(req, img.error);
    });
    if (runnable.length === 0) return results.flat();
    const plan = planPayload(runnable.flatMap((i) => requests[i].binaries.map((b) => b.path)));
    const arches = [...new Set(runnable.map((i) => images[i].arch))];
    const idles = arches.flatMap((arch) => {
      const bytes = idleElf(arch);
      return bytes ? [{ arch, bytes }] : [];
    });
    let payload;
    try {
      payload = await readPayload(plan, idles);
    } catch (err) {
      for (const i of runnable) results[i] = infraCells(requests[i], `cannot prepare the run: ${errorMessage(err)}`);
      return results.flat();
    }
    let payloadMount = { volume, target: PAYLOAD_DIR, readOnly: true };
    let deliver = () => packPayload(payload);
    const first = runnable[0];
    const bound = await bindPayload(rt, runId, payload, images[first], requests[first].platform, opts);
    if (bound) {
      payloadDir = bound;
      payloadMount = payloadBind(bound.dir);
      deliver = null;
    } else {
      try {
        await rt.createVolume(volume, labelsFor(runId, "run"));
      } catch (err) {
        for (const i of runnable) results[i] = infraCells(requests[i], `cannot prepare the run: ${errorMessage(err)}`);
        return results.flat();
      }
      try {
        if (runnable.length > 1) {
          await fillVolume(rt, runId, volume, images[first], requests[first].platform, deliver());
          deliver = null;
        }
      } catch (err) {
        for (const i of runnable)
          results[i] = infraCells(requests[i], `cannot deliver the binaries: ${errorMessage(err)}`);
        return results.flat();
      }
    }
    const concurrency = Math.max(1, opts.concurrency ?? cpus().length);
    await mapLimit(runnable, concurrency, async (i) => {
      const ctx = {
        rt,
        req: requests[i],
        runId,
        ...opts.signal ? { signal: opts.signal } : {},
        ...opts.limits ? { limits: opts.limits } : {},
        image: images[i],
        payloadMount,
        deliver,
        pathOf: plan.pathOf,
        containers: /* @__PURE__ */ new Set(),
        removals,
        capBytes: opts.limits?.outputCapBytes ?? DEFAULT_OUTPUT_CAP
      };
      const reads = opts.startReads?.(requests[i]);
      if (reads?.pending && platformArch(requests[i], ctx.image) === ctx.image.arch) ctx.reads = reads;
      results[i] = await runTarget(ctx, opts);
    });
  } finally {
    await Promise.allSettled(removals);
    await rt.removeVolume(volume).catch(() => void 0);
    await payloadDir?.remove().catch(() => void 0);
    await sweepContainers(rt, runId).catch(() => 0);
    untrackRun(runId);
  }
  return results.flat();
}
async function resolveImages(rt, requests, opts) {
  const byKey = /* @__PURE__ */ new Map();
  return Promise.all(
    requests.map((req) => {
      const key = `${req.image}\0${req.platform ?? ""}`;
      let p = byKey.get(key);
      if (!p) {
        p = opts.signal?.aborted ? Promise.resolve({ error: "cancelled" }) : ensureImage(rt, req.image, {
          pull: opts.pull ?? "missing",
          ...req.platform ? { platform: req.platform } : {},
          ...opts.signal ? { signal: opts.signal } : {},
          ...opts.onProgress ? { onProgress: opts.onProgress } : {}
        }).catch((err) => ({ error: errorMessage(err) }));
        byKey.set(key, p);
      }
      return p;
    })
  );
}
async function bindPayload(rt, runId, payload, image, platform, opts) {
  const delivery = opts.delivery ?? (process.env.ABIGAP_DELIVERY === "copy" ? "copy" : "auto");
  if (!rt.local || delivery === "copy") return null;
  let dir = null;
  try {
    dir = await preparePayloadDir(payload);
    if (!dir) return null;
    const id = await createNeverStarted(rt, runId, "bind", image, platform, [payloadBind(dir.dir)]);
    await rt.removeContainer(id).catch(() => void 0);
    return dir;
  } catch {
    await dir?.remove().catch(() => void 0);
    return null;
  }
}
async function fillVolume(rt, runId, volume, image, platform, tar) {
  const mount = { volume, target: PAYLOAD_DIR, readOnly: false };
  const id = await createNeverStarted(rt, runId, "fill", image, platform, [mount]);
  try {
    await rt.putArchive(id, PAYLOAD_DIR, tar);
  } finally {
    await rt.removeContainer(id).catch(() => void 0);
  }
}
async function runTarget(ctx, opts) {
  const { rt, req, image } = ctx;
  const imageRef = { ref: req.image, id: image.id, digest: image.digest };
  if (opts.signal?.aborted) return infraCells(req, "cancelled", imageRef);
  const cells = [];
  const started = Date.now();
  const idle = opts.mode !== "container" && req.binaries.length > 1 && idleElf(image.arch) !== null;
  if (!idle) ctx.reads?.settle(null);
  try {
    if (idle) await runInIdleContainer(ctx, cells);
    else await runEachFresh(ctx, cells);
  } catch (err) {
    const message = opts.signal?.aborted ? "cancelled" : errorMessage(err);
    const todo = await admittedBinaries(ctx).catch(() => req.binaries);
    for (const b of todo.slice(cells.length)) cells.push(cellOf(req, b.id, infraResult(message)));
  } finally {
    ctx.reads?.settle(null);
    for (const id of ctx.containers) ctx.removals.push(rt.removeContainer(id).catch(() => void 0));
  }
  for (const c of cells) c.run.image = imageRef;
  const mode = idle ? "one container, its idle program runs each binary" : "one container per binary";
  opts.onProgress?.(`${req.image}: ${cells.length} run(s) in ${Date.now() - started} ms (${mode})`);
  return cells;
}
function platformArch(req, image) {
  return req.platform?.split("/")[1] ?? image.arch;
}
function createNeverStarted(rt, runId, role, image, platform, mounts) {
  return rt.createContainer({
    name: objectName(runId, role),
    image: image.id,
    ...platform ? { platform } : {},
    entrypoint: ["/abigap-never-started"],
    cmd: [],
    env: [],
    labels: labelsFor(runId, "run"),
    limits: hardenedLimits(),
    mounts
  });
}
export {
  CancelledError,
  DockerUnavailableError,
  ImageUnavailableError,
  InfrastructureError,
  LABEL_RUN,
  LABEL_SESSION,
  LABEL_TOOL,
  TarTree,
  classifyRun,
  connectDocker,
  currentSessionId,
  defaultCacheDir,
  ensureImage,
  forgetEnsuredImages,
  hardenedLimits,
  installSignalCleanup,
  newRunId,
  parseDockerHost,
  parseMissingLibraries,
  parseMissingVersions,
  probeImage,
  runBuildContainer,
  runInTargets,
  setSessionId,
  signalName,
  sweepCaches,
  sweepContainers,
  sweepLiveRuns,
  trackRun,
  untrackRun
};
