import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  hardenedLimits
} from "./chunk-NO5TW364.js";
import {
  errorMessage
} from "./chunk-VV4NPO4R.js";
import {
  labelsFor,
  newRunId,
  objectName
} from "./chunk-DJJNSH3L.js";

// src/docker/engine-check.ts
var PODMAN_INIT_MISSING = "Podman cannot find its container-init binary (catatonit), which abigap's hardened runs use (Init: true): install catatonit on the Podman host (Debian/Ubuntu: apt-get install catatonit), then restart 'podman system service'";
function explainEngineError(message) {
  if (/container-init binary not found/i.test(message)) return `${PODMAN_INIT_MISSING} (${message})`;
  return message;
}
async function isPodman(rt) {
  try {
    return (await rt.version()).engine === "podman";
  } catch {
    return false;
  }
}
async function checkEngine(rt, imageId) {
  if (!await isPodman(rt)) return null;
  const runId = newRunId();
  let id = null;
  try {
    id = await rt.createContainer({
      name: objectName(runId, "check"),
      image: imageId,
      entrypoint: ["/abigap-check-never-started"],
      cmd: [],
      env: [],
      labels: labelsFor(runId, "probe"),
      limits: hardenedLimits(),
      mounts: []
    });
    return null;
  } catch (err) {
    const msg = errorMessage(err);
    return /container-init binary not found|catatonit/i.test(msg) ? explainEngineError(msg) : null;
  } finally {
    if (id) await rt.removeContainer(id).catch(() => void 0);
  }
}

export {
  explainEngineError,
  checkEngine
};
