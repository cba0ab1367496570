import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  CancelledError
} from "./chunk-VV4NPO4R.js";
import {
  LABEL_RUN,
  LABEL_SESSION,
  LABEL_TOOL
} from "./chunk-DJJNSH3L.js";

// src/docker/cleanup.ts
var liveRuns = /* @__PURE__ */ new Map();
function trackRun(rt, runId) {
  liveRuns.set(runId, rt);
}
function untrackRun(runId) {
  liveRuns.delete(runId);
}
async function sweepContainers(rt, id) {
  const labels = id ? [`${LABEL_RUN}=${id}`, `${LABEL_SESSION}=${id}`] : [LABEL_TOOL];
  let removed = 0;
  for (const label of labels) {
    const containers = await rt.listContainers(label);
    const results = await Promise.allSettled(containers.map((c) => rt.removeContainer(c.id)));
    removed += results.filter((r) => r.status === "fulfilled").length;
  }
  for (const label of labels) {
    const volumes = await rt.listVolumes(label);
    const vres = await Promise.allSettled(volumes.map((v) => rt.removeVolume(v.name)));
    removed += vres.filter((r) => r.status === "fulfilled").length;
  }
  return removed;
}
async function sweepLiveRuns() {
  let total = 0;
  for (const [runId, rt] of [...liveRuns]) {
    try {
      total += await sweepContainers(rt, runId);
    } catch {
    }
    liveRuns.delete(runId);
  }
  return total;
}
var installed = false;
function installSignalCleanup(controller, opts = {}) {
  if (installed) return () => void 0;
  installed = true;
  let sweeping = false;
  const handler = (sig) => {
    controller?.abort(new CancelledError(`received ${sig}`));
    if (sweeping) return;
    sweeping = true;
    opts.log?.(`abigap: ${sig}: removing containers`);
    const code = 128 + (sig === "SIGINT" ? 2 : 15);
    const settle = () => new Promise((r) => setTimeout(r, 300));
    const runs = [...liveRuns];
    void sweepLiveRuns().then(settle).then(async () => {
      for (const [runId, rt] of runs) await sweepContainers(rt, runId).catch(() => 0);
    }).finally(() => (opts.exit ?? ((c) => process.exit(c)))(code));
  };
  process.on("SIGINT", handler);
  process.on("SIGTERM", handler);
  return () => {
    process.off("SIGINT", handler);
    process.off("SIGTERM", handler);
    installed = false;
  };
}
async function sweepCaches(rt) {
  const volumes = await rt.listVolumes("io.abigap.cache");
  const res = await Promise.allSettled(volumes.map((v) => rt.removeVolume(v.name)));
  return res.filter((r) => r.status === "fulfilled").length;
}

export {
  trackRun,
  untrackRun,
  sweepContainers,
  sweepLiveRuns,
  installSignalCleanup,
  sweepCaches
};
