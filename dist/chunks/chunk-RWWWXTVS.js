import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  DOCKER_HUB,
  ImageUnavailableError,
  errorMessage,
  isLoopbackRegistry,
  isRetryablePull,
  isTransient,
  parseImageRef,
  pinnedDigest,
  pullAdvice,
  pullFailureKind,
  sameRepository
} from "./chunk-VV4NPO4R.js";
import {
  InfrastructureError
} from "./chunk-IBEVECVS.js";

// src/docker/registry-auth.ts
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
function dockerConfigPath(env = process.env) {
  return join(env.DOCKER_CONFIG || join(homedir(), ".docker"), "config.json");
}
function authKeys(registry) {
  if (registry === DOCKER_HUB)
    return ["https://index.docker.io/v1/", "index.docker.io", "docker.io", "https://docker.io", "registry-1.docker.io"];
  return [registry, `https://${registry}`, `http://${registry}`, `https://${registry}/v1/`, `https://${registry}/v2/`];
}
function inlineAuth(config, registry) {
  const serveraddress = registry === DOCKER_HUB ? "https://index.docker.io/v1/" : registry;
  for (const key of authKeys(registry)) {
    const entry = config.auths?.[key];
    if (!entry) continue;
    if (entry.identitytoken) return { identitytoken: entry.identitytoken, serveraddress };
    if (entry.auth) {
      const decoded = Buffer.from(entry.auth, "base64").toString("utf8");
      const colon = decoded.indexOf(":");
      if (colon > 0) return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1), serveraddress };
    }
    if (entry.username && entry.password) return { username: entry.username, password: entry.password, serveraddress };
  }
  return null;
}
function helperFor(config, registry) {
  for (const key of authKeys(registry)) {
    const h = config.credHelpers?.[key];
    if (h) return h;
  }
  return config.credsStore || null;
}
async function registryAuth(registry, env = process.env) {
  const file = dockerConfigPath(env);
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch {
    return null;
  }
  let config;
  try {
    config = JSON.parse(text);
  } catch (err) {
    throw new InfrastructureError(`the Docker config file ${file} is not valid JSON: ${errorMessage(err)}`);
  }
  const inline = inlineAuth(config, registry);
  if (inline) return inline;
  const helper = helperFor(config, registry);
  return helper ? fromHelper(helper, registry) : null;
}
function fromHelper(helper, registry) {
  const server = registry === DOCKER_HUB ? "https://index.docker.io/v1/" : registry;
  return new Promise((resolve, reject) => {
    const child = execFile(`docker-credential-${helper}`, ["get"], { timeout: 1e4 }, (err, stdout) => {
      if (err) {
        if (/not found/i.test(String(stdout)) || /not found/i.test(errorMessage(err))) return resolve(null);
        return reject(
          new InfrastructureError(`the Docker credential helper docker-credential-${helper} failed for ${registry}`)
        );
      }
      try {
        const out = JSON.parse(stdout);
        if (!out.Secret) return resolve(null);
        resolve(
          out.Username === "<token>" ? { identitytoken: out.Secret, serveraddress: server } : { username: out.Username ?? "", password: out.Secret, serveraddress: server }
        );
      } catch {
        reject(new InfrastructureError(`docker-credential-${helper} answered something that is not JSON`));
      }
    });
    child.stdin?.end(server);
  });
}

// src/docker/registry-wait.ts
var MANIFEST_TYPES = [
  "application/vnd.oci.image.index.v1+json",
  "application/vnd.docker.distribution.manifest.list.v2+json",
  "application/vnd.docker.distribution.manifest.v2+json",
  "application/vnd.oci.image.manifest.v1+json"
].join(", ");
function parseRetryAfter(value, now = Date.now()) {
  if (!value) return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1e3;
  const at = Date.parse(v);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}
function registryBaseUrl(registry) {
  if (registry === DOCKER_HUB) return "https://registry-1.docker.io";
  return `${isLoopbackRegistry(registry) ? "http" : "https"}://${registry}`;
}
async function askRegistry(ref, auth, timeoutMs = 5e3) {
  const r = parseImageRef(ref);
  const url = `${registryBaseUrl(r.registry)}/v2/${r.repository}/manifests/${r.digest ?? r.tag ?? "latest"}`;
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const head = (authorization) => fetch(url, {
      method: "HEAD",
      headers: { accept: MANIFEST_TYPES, ...authorization ? { authorization } : {} },
      signal,
      redirect: "follow"
    });
    let res = await head(basic(auth));
    const challenge = res.headers.get("www-authenticate") ?? "";
    if (res.status === 401 && /^bearer /i.test(challenge)) {
      const token = await bearerToken(challenge, auth, r.repository, signal);
      if (token) res = await head(`Bearer ${token}`);
    }
    const digest = res.ok ? res.headers.get("docker-content-digest") : null;
    return { status: res.status, retryAfterMs: parseRetryAfter(res.headers.get("retry-after")), digest };
  } catch {
    return null;
  }
}
function basic(auth) {
  if (!auth?.username || auth.password === void 0) return void 0;
  return `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString("base64")}`;
}
async function bearerToken(challenge, auth, repository, signal) {
  const params = Object.fromEntries([...challenge.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
  if (!params.realm) return null;
  const url = new URL(params.realm);
  if (params.service) url.searchParams.set("service", params.service);
  url.searchParams.set("scope", params.scope ?? `repository:${repository}:pull`);
  const authorization = basic(auth);
  const res = await fetch(url, { headers: authorization ? { authorization } : {}, signal });
  if (!res.ok) return null;
  const body = await res.json();
  return body.token ?? body.access_token ?? null;
}

// src/docker/pull-progress.ts
function megabytes(bytes) {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}
var PullProgress = class {
  constructor(ref, emit, intervalMs = 2e3, now = Date.now) {
    this.ref = ref;
    this.emit = emit;
    this.intervalMs = intervalMs;
    this.now = now;
    this.startedAt = now();
    this.lastEmit = this.startedAt;
  }
  ref;
  emit;
  intervalMs;
  now;
  layers = /* @__PURE__ */ new Map();
  lastEmit = 0;
  lastLine = "";
  startedAt;
  /** Takes one event of the engine's pull stream. */
  event(e) {
    const status = e.status ?? "";
    if (e.id && /^[0-9a-f]{12,}$/.test(e.id)) {
      const layer = this.layers.get(e.id) ?? { current: 0, total: 0, done: false, fetched: false };
      this.layers.set(e.id, layer);
      const detail = e.progressDetail;
      if (/^(Downloading|Extracting)/.test(status) && detail && typeof detail.total === "number" && detail.total > 0) {
        layer.total = Math.max(layer.total, detail.total);
        if (status.startsWith("Downloading") && typeof detail.current === "number") layer.current = detail.current;
      }
      if (/^(Pulling fs layer|Waiting|Downloading|Verifying Checksum|Download complete)/.test(status))
        layer.fetched = true;
      if (/^(Download complete|Verifying Checksum)/.test(status)) layer.current = layer.total;
      if (/^Download complete/.test(status) && layer.total === 0) layer.done = true;
      if (/^(Pull complete|Already exists)/.test(status)) {
        layer.done = true;
        layer.current = layer.total;
      }
      if (/^Retrying in/.test(status)) this.emitNow(`pull ${this.ref}: layer ${e.id}: ${status}`);
    }
    if (this.layers.size > 0 && this.now() - this.lastEmit >= this.intervalMs) this.emitNow(this.line());
  }
  /** True once the engine announced any layer (the pull got past the manifest). */
  get started() {
    return this.layers.size > 0;
  }
  /** The current state as one line. */
  line() {
    const all = [...this.layers.values()];
    const done = all.filter((l) => l.done).length;
    const total = all.reduce((s, l) => s + l.total, 0);
    const current = all.reduce((s, l) => s + Math.min(l.current, l.total), 0);
    const bytes = total > 0 ? `, ${megabytes(current)}/${megabytes(total)}` : "";
    return `pull ${this.ref}: ${done}/${all.length} layers${bytes}`;
  }
  /**
   * The closing line: layers, bytes downloaded (when the engine reported sizes), time, and the digest the image was
   * pinned to. `imageId` (sha256:…) drops the config blob Podman lists as a layer.
   */
  finish(digest, imageId) {
    const config = imageId?.replace(/^sha256:/, "");
    const all = [...this.layers.entries()].filter(([id]) => !config?.startsWith(id)).map(([, l]) => l);
    const fresh = all.filter((l) => l.fetched || l.total > 0);
    const sized = fresh.every((l) => l.total > 0);
    const bytes = sized ? megabytes(fresh.reduce((s, l) => s + l.total, 0)) : "sizes not reported by the engine";
    const secs = ((this.now() - this.startedAt) / 1e3).toFixed(1);
    return `pulled ${this.ref}: ${all.length} layer(s), ${fresh.length} downloaded (${bytes}) in ${secs} s` + (digest ? `, ${digest}` : "");
  }
  emitNow(line) {
    this.lastEmit = this.now();
    if (line === this.lastLine) return;
    this.lastLine = line;
    this.emit(line);
  }
};

// src/docker/image.ts
var ensured = /* @__PURE__ */ new WeakMap();
function ensureImage(rt, ref, opts) {
  let memo = ensured.get(rt);
  if (!memo) ensured.set(rt, memo = /* @__PURE__ */ new Map());
  const key = `${ref}\0${opts.platform ?? ""}\0${opts.pull}`;
  const known = memo.get(key);
  if (known) return known;
  const p = ensureUncached(rt, ref, opts);
  memo.set(key, p);
  p.catch(() => {
    if (opts.signal?.aborted) memo.delete(key);
  });
  return p;
}
function forgetEnsuredImages(rt) {
  ensured.delete(rt);
}
async function ensureUncached(rt, ref, opts) {
  const local = await inspect(rt, ref);
  const platformOk = local !== null && platformMatches(local, opts.platform);
  const satisfied = opts.pull === "missing" || opts.pull === "always" && pinnedDigest(ref) !== null;
  if (opts.pull === "never" || satisfied && platformOk) {
    if (!local) throw new ImageUnavailableError(`image '${ref}' is not present locally and the pull policy is 'never'`);
    if (!platformOk) {
      throw new ImageUnavailableError(
        `image '${ref}' is present for ${local.os}/${local.arch}, not ${opts.platform}, and the pull policy is 'never'`
      );
    }
    return identity(local, ref);
  }
  const progress = new PullProgress(ref, opts.onProgress ?? (() => void 0), opts.progressIntervalMs);
  const auth = await pullWithRetries(rt, ref, opts, progress);
  const pulled = await inspect(rt, ref);
  if (!pulled) throw new ImageUnavailableError(`pull of '${ref}' ended but the image is not present`);
  if (!platformMatches(pulled, opts.platform)) {
    throw new ImageUnavailableError(`image '${ref}' was pulled for ${pulled.os}/${pulled.arch}, not ${opts.platform}`);
  }
  const id = identity(pulled, ref);
  if (ownDigests(pulled, ref).length > 1 && opts.askRegistry !== false) {
    const served = (await askRegistry(ref, auth))?.digest;
    if (served && ownDigests(pulled, ref).includes(served)) id.digest = served;
  }
  opts.onProgress?.(progress.finish(id.digest, id.id));
  return id;
}
function ownDigests(info, ref) {
  if (pinnedDigest(ref)) return [];
  return info.repoDigests.filter((d) => d.includes("@sha256:") && sameRepository(d, ref)).map((d) => d.split("@")[1]);
}
function platformMatches(info, platform) {
  if (!platform) return true;
  const [os, arch, variant] = platform.split("/");
  if (os && os !== info.os) return false;
  if (arch && arch !== info.arch) return false;
  if (variant && info.variant && variant !== info.variant) return false;
  return true;
}
function digestOf(info, ref) {
  const pin = ref ? pinnedDigest(ref) : null;
  if (pin && info.repoDigests.some((d2) => d2.endsWith(`@${pin}`))) return pin;
  const all = info.repoDigests.filter((r) => r.includes("@sha256:"));
  const own = ref ? all.find((d2) => sameRepository(d2, ref)) : void 0;
  const d = own ?? all[0];
  return d ? d.slice(d.indexOf("@") + 1) : pin;
}
function identity(info, ref) {
  return { id: info.id, digest: digestOf(info, ref), arch: info.arch, os: info.os };
}
async function inspect(rt, ref) {
  try {
    return await rt.inspectImage(ref);
  } catch (err) {
    throw new InfrastructureError(`cannot inspect image '${ref}': ${errorMessage(err)}`, { cause: err });
  }
}
var PullFailure = class extends InfrastructureError {
  name = "PullFailure";
};
async function pullWithRetries(rt, ref, opts, progress) {
  const attempts = Math.max(1, opts.retries ?? 3);
  const maxWait = opts.maxRetryAfterMs ?? 6e4;
  let auth;
  try {
    auth = await registryAuth(parseImageRef(ref).registry, opts.env);
  } catch (err) {
    throw new ImageUnavailableError(`cannot pull '${ref}': ${errorMessage(err)}`, { cause: err });
  }
  let delay = opts.backoffMs ?? 1e3;
  const where = `'${ref}'${opts.platform ? ` for ${opts.platform}` : ""}`;
  for (let attempt = 1; ; attempt++) {
    let message;
    let connectionFault = false;
    try {
      await pullOnce(rt, ref, opts, auth, progress);
      return auth;
    } catch (err) {
      if (opts.signal?.aborted) throw new ImageUnavailableError(`pull of '${ref}' cancelled`, { cause: err });
      message = errorMessage(err);
      connectionFault = err instanceof InfrastructureError && isTransient(err.cause);
    }
    const kind = /stopped sending/.test(message) ? "server-error" : pullFailureKind(message);
    const advice = pullAdvice(kind, ref);
    const partWay = progress.started && !/stopped sending/.test(message) ? `, part-way through the download (${stateOf(progress)})` : "";
    const fail = (extra = "") => new ImageUnavailableError(
      `cannot pull ${where}: ${message}${partWay}${attempt > 1 ? ` (after ${attempt} attempts)` : ""}${extra}` + (advice ? `; ${advice}` : "")
    );
    if (!(isRetryablePull(kind) || connectionFault) || attempt >= attempts) throw fail();
    const asked = isRetryablePull(kind) && opts.askRegistry !== false ? await askRegistry(ref, auth) : null;
    const retryAfter = asked?.retryAfterMs ?? null;
    if (retryAfter !== null && retryAfter > maxWait) {
      throw fail(
        `; the registry asks to wait ${Math.ceil(retryAfter / 1e3)} s (Retry-After), longer than abigap waits`
      );
    }
    const wait = Math.max(delay, retryAfter ?? 0);
    const why = retryAfter !== null ? " as the registry asks (Retry-After)" : "";
    opts.onProgress?.(
      `pull ${ref}: ${message}; retrying in ${formatWait(wait)}${why} (attempt ${attempt + 1}/${attempts})`
    );
    await sleep(wait, opts.signal);
    if (opts.signal?.aborted) throw new ImageUnavailableError(`pull of '${ref}' cancelled`);
    delay *= 2;
  }
}
async function pullOnce(rt, ref, opts, auth, progress) {
  let streamError = null;
  const stallMs = opts.stallTimeoutMs ?? 3e5;
  const stall = new AbortController();
  let timer;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => stall.abort(), stallMs);
  };
  const signal = opts.signal ? AbortSignal.any([opts.signal, stall.signal]) : stall.signal;
  arm();
  try {
    await rt.pullImage(
      ref,
      opts.platform,
      (e) => {
        arm();
        const err = e.error ?? e.errorDetail?.message;
        if (err && !streamError) streamError = err;
        progress.event(e);
      },
      signal,
      auth
    );
  } catch (err) {
    if (stall.signal.aborted && !opts.signal?.aborted) throw stalled(stallMs, progress);
    throw new PullFailure(errorMessage(err), { cause: err });
  } finally {
    clearTimeout(timer);
  }
  if (stall.signal.aborted && !opts.signal?.aborted) throw stalled(stallMs, progress);
  if (streamError !== null) throw new PullFailure(streamError);
}
function stalled(ms, progress) {
  return new PullFailure(
    `the registry stopped sending data: no pull progress for ${formatWait(ms)} (${stateOf(progress)})`
  );
}
function stateOf(progress) {
  return progress.line().replace(/^pull \S+: /, "");
}
function formatWait(ms) {
  return ms >= 1e3 ? `${(ms / 1e3).toFixed(ms % 1e3 ? 1 : 0)} s` : `${ms} ms`;
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
  ensureImage,
  forgetEnsuredImages
};
