import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  ImageUnavailableError,
  InfrastructureError,
  errorMessage,
  isTransient
} from "./chunk-MQITPLNX.js";

// src/docker/image.ts
async function ensureImage(rt, ref, opts) {
  const local = await inspect(rt, ref);
  const platformOk = local !== null && platformMatches(local, opts.platform);
  if (opts.pull === "never" || opts.pull === "missing" && platformOk) {
    if (!local) throw new ImageUnavailableError(`image '${ref}' is not present locally and the pull policy is 'never'`);
    if (!platformOk) {
      throw new ImageUnavailableError(
        `image '${ref}' is present for ${local.os}/${local.arch}, not ${opts.platform}, and the pull policy is 'never'`
      );
    }
    return identity(local);
  }
  await pullWithRetries(rt, ref, opts);
  const pulled = await inspect(rt, ref);
  if (!pulled) throw new ImageUnavailableError(`pull of '${ref}' ended but the image is not present`);
  if (!platformMatches(pulled, opts.platform)) {
    throw new ImageUnavailableError(`image '${ref}' was pulled for ${pulled.os}/${pulled.arch}, not ${opts.platform}`);
  }
  return identity(pulled);
}
function platformMatches(info, platform) {
  if (!platform) return true;
  const [os, arch, variant] = platform.split("/");
  if (os && os !== info.os) return false;
  if (arch && arch !== info.arch) return false;
  if (variant && info.variant && variant !== info.variant) return false;
  return true;
}
function digestOf(info) {
  const d = info.repoDigests.find((r) => r.includes("@sha256:"));
  return d ? d.slice(d.indexOf("@") + 1) : null;
}
function identity(info) {
  return { id: info.id, digest: digestOf(info), arch: info.arch, os: info.os };
}
async function inspect(rt, ref) {
  try {
    return await rt.inspectImage(ref);
  } catch (err) {
    throw new InfrastructureError(`cannot inspect image '${ref}': ${errorMessage(err)}`, { cause: err });
  }
}
async function pullWithRetries(rt, ref, opts) {
  const attempts = Math.max(1, opts.retries ?? 3);
  let delay = opts.backoffMs ?? 1e3;
  for (let attempt = 1; ; attempt++) {
    try {
      await pullOnce(rt, ref, opts);
      return;
    } catch (err) {
      if (opts.signal?.aborted) throw new ImageUnavailableError(`pull of '${ref}' cancelled`, { cause: err });
      const transient = isTransient(err);
      if (!transient || attempt >= attempts) {
        throw new ImageUnavailableError(
          `cannot pull '${ref}'${opts.platform ? ` for ${opts.platform}` : ""}: ${errorMessage(err)}` + (attempt > 1 ? ` (after ${attempt} attempts)` : ""),
          { cause: err }
        );
      }
      opts.onProgress?.(`pull ${ref}: transient fault (${errorMessage(err)}), retrying in ${delay} ms`);
      await sleep(delay, opts.signal);
      delay *= 2;
    }
  }
}
async function pullOnce(rt, ref, opts) {
  let streamError = null;
  let lastStatus = "";
  await rt.pullImage(
    ref,
    opts.platform,
    (e) => {
      const err = e.error ?? e.errorDetail?.message;
      if (err && !streamError) streamError = err;
      if (e.status && opts.onProgress) {
        const line = `pull ${ref}: ${e.id ? `${e.id} ` : ""}${e.status}`;
        if (line !== lastStatus && !e.progress) opts.onProgress(line);
        lastStatus = line;
      }
    },
    opts.signal
  );
  if (streamError !== null) {
    const msg = streamError;
    throw new InfrastructureError(msg, { transient: isTransient(new Error(msg)) });
  }
}
function sleep(ms, signal) {
  return new Promise((resolve) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(t);
        resolve();
      },
      { once: true }
    );
  });
}

export {
  ensureImage
};
