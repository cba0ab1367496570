import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  ensureImage
} from "./chunk-RWWWXTVS.js";
import {
  require_tar_stream
} from "./chunk-ODQOTO54.js";
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
  LABEL_ROLE,
  labelsFor,
  newRunId,
  objectName
} from "./chunk-DJJNSH3L.js";
import {
  __toESM
} from "./chunk-54MS2K6W.js";

// src/docker/build-container.ts
var import_tar_stream = __toESM(require_tar_stream(), 1);
import { cpus } from "node:os";
import { posix } from "node:path";

// src/docker/output-capture.ts
function captureOutput(capBytes, onExceeded) {
  const chunks = { stdout: [], stderr: [] };
  const sizes = { stdout: 0, stderr: 0 };
  let exceeded = false;
  return {
    sink: (stream, chunk) => {
      const room = capBytes - sizes[stream];
      if (room > 0) chunks[stream].push(chunk.length > room ? chunk.subarray(0, room) : chunk);
      sizes[stream] += chunk.length;
      if (sizes[stream] > capBytes && !exceeded) {
        exceeded = true;
        onExceeded();
      }
    },
    stdout: () => Buffer.concat(chunks.stdout).toString("utf8"),
    stderr: () => Buffer.concat(chunks.stderr).toString("utf8"),
    get exceeded() {
      return exceeded;
    }
  };
}

// src/docker/supervise.ts
function supervise(opts) {
  let timedOut = false;
  let killed = false;
  let killError = null;
  const kill = () => {
    killed = true;
    void opts.kill().catch((err) => {
      killError = err instanceof Error ? err.message : String(err);
      opts.onKillError?.(killError);
    });
  };
  const onTimeout = () => {
    if (!opts.stillRunning) {
      timedOut = true;
      kill();
      return;
    }
    void opts.stillRunning().then(
      (running) => {
        if (!running) return;
        timedOut = true;
        kill();
      },
      () => kill()
    );
  };
  let timer;
  const onAbort = () => kill();
  opts.signal?.addEventListener("abort", onAbort, { once: true });
  return {
    kill,
    get timedOut() {
      return timedOut;
    },
    get killed() {
      return killed;
    },
    get killError() {
      return killError;
    },
    arm() {
      timer ??= setTimeout(onTimeout, opts.timeoutMs);
    },
    stop() {
      clearTimeout(timer);
      opts.signal?.removeEventListener("abort", onAbort);
    }
  };
}
async function boundedWait(p, ms) {
  let t;
  try {
    return await Promise.race([p, new Promise((r) => t = setTimeout(() => r(void 0), ms))]);
  } finally {
    clearTimeout(t);
  }
}
async function untilStopped(read, tries, delayMs) {
  let state = await read();
  for (let i = 0; state.running && i < tries; i++) {
    await new Promise((r) => setTimeout(r, delayMs(i)));
    state = await read();
  }
  return state;
}

// src/docker/build-container.ts
var BUILD_CACHE_DIR = "/abigap-cache";
var LABEL_CACHE = "io.abigap.cache";
var BUILD_OUTPUT_CAP = 4 * 1024 * 1024;
async function runBuildContainer(rt, opts) {
  const runId = newRunId();
  trackRun(rt, runId);
  let id = null;
  const lines = lineSplitter(opts.onOutput);
  const sup = supervise({
    timeoutMs: opts.timeoutMs,
    signal: opts.signal,
    kill: async () => {
      if (id) await rt.kill(id);
    }
  });
  const out = captureOutput(BUILD_OUTPUT_CAP, () => sup.kill());
  const sink = (stream, chunk) => {
    out.sink(stream, chunk);
    lines(stream, chunk);
  };
  const result = (exitCode, error, fetched = {}, fault = "infrastructure") => ({
    exitCode,
    stdout: out.stdout(),
    stderr: out.stderr(),
    fetched,
    ...error ? { error, fault } : {}
  });
  try {
    const image = await ensureImage(rt, opts.image, {
      pull: "missing",
      ...opts.platform ? { platform: opts.platform } : {}
    });
    if (opts.cacheVolume) await ensureCacheVolume(rt, opts.cacheVolume);
    const env = { ...opts.cacheVolume ? cacheEnv() : {}, HOME: "/tmp", ...opts.env };
    const cores = cpus().length;
    id = await rt.createContainer({
      name: objectName(runId, "build"),
      image: image.id,
      ...opts.platform ? { platform: opts.platform } : {},
      entrypoint: opts.cmd.slice(0, 1),
      cmd: opts.cmd.slice(1),
      env: Object.entries(env).map(([k, v]) => `${k}=${v}`),
      workdir: opts.workdir,
      labels: labelsFor(runId, "build"),
      limits: {
        network: opts.network,
        readOnlyRootfs: false,
        user: "0:0",
        memoryBytes: 4 * 1024 * 1024 * 1024,
        nanoCpus: cores * 1e9,
        pidsLimit: 4096,
        // nofile and nproc set explicitly: Podman otherwise raises both to its default (1048576), beyond its service's
        // hard limits (here 20000 and 32768), and runc fails ("error setting rlimit type 7/6: operation not
        // permitted"). nproc counts every process of host uid 0 (the build runs as root, capabilities dropped): well
        // above the pids limit; processes inside stay bounded by pidsLimit
        ulimits: { core: 0, nofile: 8192, nproc: 16384 },
        tmpfs: {},
        init: true
      },
      mounts: opts.cacheVolume ? [{ volume: opts.cacheVolume, target: BUILD_CACHE_DIR, readOnly: false }] : []
    });
    await rt.putArchive(id, opts.input.at, opts.input.tar);
    const attached = await rt.attach(id, sink);
    const waited = rt.wait(id).catch(() => null);
    await rt.start(id);
    sup.arm();
    const started = id;
    try {
      await Promise.race([waited, attached.done]);
      const state = await untilStopped(
        () => rt.inspectContainer(started),
        250,
        () => 20
      );
      lines.flush();
      if (opts.signal?.aborted) return result(null, "cancelled");
      if (out.exceeded) return result(state.exitCode, `build output exceeded ${BUILD_OUTPUT_CAP} bytes`, {}, "build");
      if (sup.killed) return result(null, `build timed out after ${opts.timeoutMs} ms`, {}, "build");
      if (state.oomKilled) return result(state.exitCode, "build ran out of memory", {}, "build");
      if (state.running) return result(null, "the build container did not stop");
      const fetched = {};
      if (state.exitCode === 0) {
        for (const path of opts.fetch) {
          const file = await fetchFile(rt, id, posix.resolve(opts.workdir, path));
          if (file) fetched[path] = file;
        }
      }
      return result(state.exitCode, void 0, fetched);
    } finally {
      attached.destroy();
    }
  } catch (err) {
    return result(null, opts.signal?.aborted ? "cancelled" : errorMessage(err));
  } finally {
    sup.stop();
    if (id) await rt.removeContainer(id).catch(() => void 0);
    untrackRun(runId);
  }
}
function cacheEnv() {
  return { GOCACHE: `${BUILD_CACHE_DIR}/go-build`, GOMODCACHE: `${BUILD_CACHE_DIR}/mod` };
}
async function ensureCacheVolume(rt, name) {
  const existing = await rt.listVolumes(LABEL_CACHE);
  if (existing.some((v) => v.name === name)) return;
  try {
    await rt.createVolume(name, { [LABEL_CACHE]: "1", [LABEL_ROLE]: "cache" });
  } catch (err) {
    if (errorStatus(err) !== 409) throw err;
  }
}
var EMPTY_ARCHIVE_RETRIES = 8;
var EMPTY_ARCHIVE_WAIT_MS = 250;
async function fetchFile(rt, id, path) {
  for (let attempt = 0; attempt < EMPTY_ARCHIVE_RETRIES; attempt++) {
    if (attempt) await new Promise((r) => setTimeout(r, EMPTY_ARCHIVE_WAIT_MS));
    let stream;
    try {
      stream = await rt.getArchive(id, path);
    } catch (err) {
      if (errorStatus(err) === 404) return null;
      throw err;
    }
    const read = await readFirstFile(stream);
    if (read.entries > 0) return read.file;
  }
  throw new InfrastructureError(`the engine sent an empty archive for ${path} ${EMPTY_ARCHIVE_RETRIES} times`);
}
async function readFirstFile(stream) {
  const ex = (0, import_tar_stream.extract)();
  let found = null;
  let entries = 0;
  const done = new Promise((resolve, reject) => {
    ex.on("finish", () => resolve());
    ex.on("error", reject);
  });
  ex.on("entry", (header, body, next) => {
    entries++;
    const chunks = [];
    body.on("data", (c) => {
      if (header.type === "file" && found === null) chunks.push(c);
    });
    body.on("end", () => {
      if (header.type === "file" && found === null) found = Buffer.concat(chunks);
      next();
    });
  });
  stream.pipe(ex);
  await done;
  return { file: found, entries };
}
function lineSplitter(onLine) {
  const partial = { stdout: "", stderr: "" };
  const fn = (stream, chunk) => {
    if (!onLine) return;
    partial[stream] += chunk.toString("utf8");
    let nl;
    while ((nl = partial[stream].indexOf("\n")) >= 0) {
      onLine(partial[stream].slice(0, nl).slice(0, 4096));
      partial[stream] = partial[stream].slice(nl + 1);
    }
    if (partial[stream].length > 65536) {
      onLine(partial[stream].slice(0, 4096));
      partial[stream] = "";
    }
  };
  fn.flush = () => {
    for (const s of ["stdout", "stderr"]) if (partial[s] && onLine) onLine(partial[s].slice(0, 4096));
    partial.stdout = partial.stderr = "";
  };
  return fn;
}

export {
  captureOutput,
  supervise,
  boundedWait,
  untilStopped,
  BUILD_CACHE_DIR,
  LABEL_CACHE,
  runBuildContainer,
  cacheEnv
};
