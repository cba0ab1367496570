import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)

// src/docker/errors.ts
var InfrastructureError = class extends Error {
  name = "InfrastructureError";
  /** True when retrying may help (connection reset, 5xx, timeouts). */
  transient;
  constructor(message, opts = {}) {
    super(message, opts.cause === void 0 ? void 0 : { cause: opts.cause });
    this.transient = opts.transient ?? false;
  }
};
var DockerUnavailableError = class extends InfrastructureError {
  name = "DockerUnavailableError";
};
var ImageUnavailableError = class extends InfrastructureError {
  name = "ImageUnavailableError";
};
var CancelledError = class extends InfrastructureError {
  name = "CancelledError";
};
function errorMessage(err) {
  if (err && typeof err === "object") {
    const e = err;
    const json = e.json && typeof e.json.message === "string" ? e.json.message : null;
    const base = json ?? (typeof e.message === "string" ? e.message : String(err));
    return base.replace(/\s+/g, " ").trim().slice(0, 2e3);
  }
  return String(err).slice(0, 2e3);
}
function errorStatus(err) {
  if (err && typeof err === "object" && typeof err.statusCode === "number") {
    return err.statusCode;
  }
  return null;
}
function isTransient(err) {
  if (err instanceof InfrastructureError) return err.transient;
  const code = err && typeof err === "object" ? err.code : void 0;
  if (typeof code === "string" && ["ECONNRESET", "ETIMEDOUT", "EPIPE", "EAI_AGAIN", "ECONNREFUSED"].includes(code)) {
    return code !== "ECONNREFUSED";
  }
  const status = errorStatus(err);
  if (status === 502 || status === 503 || status === 504 || status === 429) return true;
  const msg = errorMessage(err).toLowerCase();
  return /toomanyrequests|rate limit|timeout|temporar|connection reset|tls handshake|i\/o timeout|503|502/.test(msg);
}
function isUnknownImage(message) {
  return /manifest unknown|manifest for \S+ not found|pull access denied|repository does not exist|name unknown|no such image|invalid reference format/i.test(
    message
  );
}

export {
  InfrastructureError,
  DockerUnavailableError,
  ImageUnavailableError,
  CancelledError,
  errorMessage,
  errorStatus,
  isTransient,
  isUnknownImage
};
