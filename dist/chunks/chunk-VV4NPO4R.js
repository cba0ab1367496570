import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  InfrastructureError
} from "./chunk-IBEVECVS.js";

// src/docker/image-ref.ts
var DOCKER_HUB = "docker.io";
function parseImageRef(ref) {
  let rest = ref.trim();
  let digest = null;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  const slash = rest.indexOf("/");
  const first = slash >= 0 ? rest.slice(0, slash) : "";
  const hasRegistry = slash >= 0 && (first.includes(".") || first.includes(":") || first === "localhost");
  let registry = hasRegistry ? first : DOCKER_HUB;
  let path = hasRegistry ? rest.slice(slash + 1) : rest;
  if (registry === "index.docker.io" || registry === "registry-1.docker.io") registry = DOCKER_HUB;
  let tag = null;
  const colon = path.lastIndexOf(":");
  if (colon > path.lastIndexOf("/")) {
    tag = path.slice(colon + 1);
    path = path.slice(0, colon);
  }
  if (registry === DOCKER_HUB && !path.includes("/")) path = `library/${path}`;
  if (!tag && !digest) tag = "latest";
  return { registry, repository: path, tag, digest };
}
function pinnedDigest(ref) {
  const d = parseImageRef(ref).digest;
  return d && /^sha256:[0-9a-f]{64}$/.test(d) ? d : null;
}
function isLoopbackRegistry(registry) {
  const host = registry.replace(/:\d+$/, "").replace(/^\[|\]$/g, "");
  return host === "localhost" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host);
}
function sameRepository(a, b) {
  const x = parseImageRef(a);
  const y = parseImageRef(b);
  return x.registry === y.registry && x.repository === y.repository;
}

// src/docker/pull-errors.ts
function pullFailureKind(message) {
  if (/toomanyrequests|too many requests|rate limit/i.test(message)) return "rate-limited";
  if (/manifest unknown|manifest for \S+ not found|not found: manifest|name unknown|pull access denied|repository does not exist|no such image|invalid reference format/i.test(
    message
  ))
    return "unknown-image";
  if (/no basic auth credentials|unauthorized|authentication required|denied|incorrect username or password/i.test(
    message
  ))
    return "unauthorized";
  if (/\b5\d\d\b|service unavailable|bad gateway|gateway timeout|internal server error/i.test(message))
    return "server-error";
  return "other";
}
function isRetryablePull(kind) {
  return kind === "rate-limited" || kind === "server-error";
}
function pullAdvice(kind, ref) {
  const { registry, repository } = parseImageRef(ref);
  switch (kind) {
    case "unknown-image":
      return `the tag or digest does not exist in ${registry}/${repository} (check the target's spelling; a private repository also needs a login before this step)`;
    case "unauthorized":
      return `log in to ${registry} before this step (e.g. docker/login-action); abigap reads the credentials from $DOCKER_CONFIG/config.json or ~/.docker/config.json`;
    case "rate-limited":
      return registry === DOCKER_HUB ? "Docker Hub allows 10 anonymous pulls per hour per address: log in before this step (docker/login-action) or point the targets at a mirror" : `${registry} refuses more pulls for now: log in before this step, or point the targets at a mirror`;
    default:
      return "";
  }
}

// src/docker/errors.ts
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
    return base.replace(/\s+/g, " ").replace(/^\(HTTP code \d+\) [\w ]+ - /, "").trim().slice(0, 2e3);
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
  return pullFailureKind(message) === "unknown-image";
}

export {
  DOCKER_HUB,
  parseImageRef,
  pinnedDigest,
  isLoopbackRegistry,
  sameRepository,
  pullFailureKind,
  isRetryablePull,
  pullAdvice,
  DockerUnavailableError,
  ImageUnavailableError,
  CancelledError,
  errorMessage,
  errorStatus,
  isTransient,
  isUnknownImage
};
