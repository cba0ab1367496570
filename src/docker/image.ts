// ensureImage: makes an image available under a pull policy, once per connection (= per run) however many cells use
// it; pulls with registry credentials, progress lines, backoff honouring Retry-After, and a stall watchdog.
import type { ContainerRuntime, ImageInfo, PullEvent } from './runtime.js'
import { ImageUnavailableError, InfrastructureError, errorMessage, isTransient } from './errors.js'
import { parseImageRef, pinnedDigest, sameRepository } from './image-ref.js'
import { registryAuth, type RegistryAuth } from './registry-auth.js'
import { askRegistry } from './registry-wait.js'
import { PullProgress } from './pull-progress.js'
import { isRetryablePull, pullAdvice, pullFailureKind } from './pull-errors.js'

/** When to pull: always, only when missing locally, or never. */
export type PullPolicy = 'always' | 'missing' | 'never'

/** Options of ensureImage. */
export interface EnsureImageOptions {
  pull: PullPolicy
  /** e.g. "linux/amd64"; checked against the local image's platform. */
  platform?: string
  onProgress?: (line: string) => void
  signal?: AbortSignal
  /** Attempts for rate limits and 5xx answers (default 3) and the first backoff (default 1000 ms, doubling). */
  retries?: number
  backoffMs?: number
  /** The longest Retry-After abigap waits for (default 60 s); a longer one fails at once, saying so. */
  maxRetryAfterMs?: number
  /** A pull with no event from the engine for this long is abandoned (default 300 s). */
  stallTimeoutMs?: number
  /** At most one progress line per image per this interval (default 2000 ms). */
  progressIntervalMs?: number
  /** Ask the registry itself for Retry-After when the engine reports 429/5xx (default true). */
  askRegistry?: boolean
  /** Where DOCKER_CONFIG is read from (default process.env). */
  env?: NodeJS.ProcessEnv
}

/** The pinned identity of an image: its local ID and registry digest (null for local-only images). */
export interface ImageIdentity {
  id: string
  digest: string | null
  arch: string
  os: string
}

const ensured = new WeakMap<ContainerRuntime, Map<string, Promise<ImageIdentity>>>()

/** Ensures `ref` is present (per policy and platform); returns its id and digest. Throws ImageUnavailableError. */
export function ensureImage(rt: ContainerRuntime, ref: string, opts: EnsureImageOptions): Promise<ImageIdentity> {
  let memo = ensured.get(rt)
  if (!memo) ensured.set(rt, (memo = new Map()))
  const key = `${ref}\u0000${opts.platform ?? ''}\u0000${opts.pull}`
  const known = memo.get(key)
  if (known) return known
  const p = ensureUncached(rt, ref, opts)
  memo.set(key, p)
  // a cancelled attempt is not the answer for the rest of the run
  p.catch(() => {
    if (opts.signal?.aborted) memo.delete(key)
  })
  return p
}

/** Forgets which images this connection already ensured (a long-lived library user starting a new run). */
export function forgetEnsuredImages(rt: ContainerRuntime): void {
  ensured.delete(rt)
}

async function ensureUncached(rt: ContainerRuntime, ref: string, opts: EnsureImageOptions): Promise<ImageIdentity> {
  const local = await inspect(rt, ref)
  const platformOk = local !== null && platformMatches(local, opts.platform)
  // a digest names immutable content: present locally, it is never pulled again (saves rate-limited pulls)
  const satisfied = opts.pull === 'missing' || (opts.pull === 'always' && pinnedDigest(ref) !== null)
  if (opts.pull === 'never' || (satisfied && platformOk)) {
    if (!local) throw new ImageUnavailableError(`image '${ref}' is not present locally and the pull policy is 'never'`)
    if (!platformOk) {
      throw new ImageUnavailableError(
        `image '${ref}' is present for ${local.os}/${local.arch}, not ${opts.platform}, and the pull policy is 'never'`,
      )
    }
    return identity(local, ref)
  }
  const progress = new PullProgress(ref, opts.onProgress ?? (() => undefined), opts.progressIntervalMs)
  const auth = await pullWithRetries(rt, ref, opts, progress)
  const pulled = await inspect(rt, ref)
  if (!pulled) throw new ImageUnavailableError(`pull of '${ref}' ended but the image is not present`)
  if (!platformMatches(pulled, opts.platform)) {
    throw new ImageUnavailableError(`image '${ref}' was pulled for ${pulled.os}/${pulled.arch}, not ${opts.platform}`)
  }
  const id = identity(pulled, ref)
  if (ownDigests(pulled, ref).length > 1 && opts.askRegistry !== false) {
    // Podman lists every name of an image with every digest it ever had (e.g. the one `podman load` made up):
    // the digest just pulled is the one the registry serves for the tag
    const served = (await askRegistry(ref, auth))?.digest
    if (served && ownDigests(pulled, ref).includes(served)) id.digest = served
  }
  opts.onProgress?.(progress.finish(id.digest, id.id))
  return id
}

function ownDigests(info: ImageInfo, ref: string): string[] {
  if (pinnedDigest(ref)) return []
  return info.repoDigests.filter((d) => d.includes('@sha256:') && sameRepository(d, ref)).map((d) => d.split('@')[1]!)
}

/** True when the image's os/arch[/variant] satisfies the requested platform (or none was requested). */
export function platformMatches(info: ImageInfo, platform: string | undefined): boolean {
  if (!platform) return true
  const [os, arch, variant] = platform.split('/')
  if (os && os !== info.os) return false
  if (arch && arch !== info.arch) return false
  if (variant && info.variant && variant !== info.variant) return false
  return true
}

/**
 * The digest to record: the pinned one of `ref` when it has one, else the RepoDigest of ref's own repository, else
 * the first RepoDigest; null for images never pushed or pulled.
 */
export function digestOf(info: ImageInfo, ref?: string): string | null {
  const pin = ref ? pinnedDigest(ref) : null
  if (pin && info.repoDigests.some((d) => d.endsWith(`@${pin}`))) return pin
  const all = info.repoDigests.filter((r) => r.includes('@sha256:'))
  const own = ref ? all.find((d) => sameRepository(d, ref)) : undefined
  const d = own ?? all[0]
  return d ? d.slice(d.indexOf('@') + 1) : pin
}

function identity(info: ImageInfo, ref: string): ImageIdentity {
  return { id: info.id, digest: digestOf(info, ref), arch: info.arch, os: info.os }
}

async function inspect(rt: ContainerRuntime, ref: string): Promise<ImageInfo | null> {
  try {
    return await rt.inspectImage(ref)
  } catch (err) {
    throw new InfrastructureError(`cannot inspect image '${ref}': ${errorMessage(err)}`, { cause: err })
  }
}

/** A failed pull attempt: the engine's message and whether the layers had started. */
class PullFailure extends InfrastructureError {
  override name = 'PullFailure'
}

async function pullWithRetries(
  rt: ContainerRuntime,
  ref: string,
  opts: EnsureImageOptions,
  progress: PullProgress,
): Promise<RegistryAuth | null> {
  const attempts = Math.max(1, opts.retries ?? 3)
  const maxWait = opts.maxRetryAfterMs ?? 60_000
  let auth: RegistryAuth | null
  try {
    auth = await registryAuth(parseImageRef(ref).registry, opts.env)
  } catch (err) {
    throw new ImageUnavailableError(`cannot pull '${ref}': ${errorMessage(err)}`, { cause: err })
  }
  let delay = opts.backoffMs ?? 1000
  const where = `'${ref}'${opts.platform ? ` for ${opts.platform}` : ''}`
  for (let attempt = 1; ; attempt++) {
    let message: string
    let connectionFault = false
    try {
      await pullOnce(rt, ref, opts, auth, progress)
      return auth
    } catch (err) {
      if (opts.signal?.aborted) throw new ImageUnavailableError(`pull of '${ref}' cancelled`, { cause: err })
      message = errorMessage(err)
      connectionFault = err instanceof InfrastructureError && isTransient(err.cause)
    }
    const kind = /stopped sending/.test(message) ? 'server-error' : pullFailureKind(message)
    const advice = pullAdvice(kind, ref)
    const partWay =
      progress.started && !/stopped sending/.test(message)
        ? `, part-way through the download (${stateOf(progress)})`
        : ''
    const fail = (extra = '') =>
      new ImageUnavailableError(
        `cannot pull ${where}: ${message}${partWay}${attempt > 1 ? ` (after ${attempt} attempts)` : ''}${extra}` +
          (advice ? `; ${advice}` : ''),
      )
    if (!(isRetryablePull(kind) || connectionFault) || attempt >= attempts) throw fail()
    const asked = isRetryablePull(kind) && opts.askRegistry !== false ? await askRegistry(ref, auth) : null
    const retryAfter = asked?.retryAfterMs ?? null
    if (retryAfter !== null && retryAfter > maxWait) {
      throw fail(
        `; the registry asks to wait ${Math.ceil(retryAfter / 1000)} s (Retry-After), longer than abigap waits`,
      )
    }
    const wait = Math.max(delay, retryAfter ?? 0)
    const why = retryAfter !== null ? ' as the registry asks (Retry-After)' : ''
    opts.onProgress?.(
      `pull ${ref}: ${message}; retrying in ${formatWait(wait)}${why} (attempt ${attempt + 1}/${attempts})`,
    )
    await sleep(wait, opts.signal)
    if (opts.signal?.aborted) throw new ImageUnavailableError(`pull of '${ref}' cancelled`)
    delay *= 2
  }
}

async function pullOnce(
  rt: ContainerRuntime,
  ref: string,
  opts: EnsureImageOptions,
  auth: RegistryAuth | null,
  progress: PullProgress,
): Promise<void> {
  let streamError: string | null = null
  const stallMs = opts.stallTimeoutMs ?? 300_000
  const stall = new AbortController()
  let timer: NodeJS.Timeout | undefined
  const arm = () => {
    clearTimeout(timer)
    timer = setTimeout(() => stall.abort(), stallMs)
  }
  const signal = opts.signal ? AbortSignal.any([opts.signal, stall.signal]) : stall.signal
  arm()
  try {
    await rt.pullImage(
      ref,
      opts.platform,
      (e: PullEvent) => {
        arm()
        const err = e.error ?? e.errorDetail?.message
        if (err && !streamError) streamError = err
        progress.event(e)
      },
      signal,
      auth,
    )
  } catch (err) {
    if (stall.signal.aborted && !opts.signal?.aborted) throw stalled(stallMs, progress)
    throw new PullFailure(errorMessage(err), { cause: err })
  } finally {
    clearTimeout(timer)
  }
  if (stall.signal.aborted && !opts.signal?.aborted) throw stalled(stallMs, progress)
  if (streamError !== null) throw new PullFailure(streamError)
}

function stalled(ms: number, progress: PullProgress): PullFailure {
  return new PullFailure(
    `the registry stopped sending data: no pull progress for ${formatWait(ms)} (${stateOf(progress)})`,
  )
}

function stateOf(progress: PullProgress): string {
  return progress.line().replace(/^pull \S+: /, '')
}

function formatWait(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(ms % 1000 ? 1 : 0)} s` : `${ms} ms`
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(resolve, ms)
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(t)
        resolve()
      },
      { once: true },
    )
  })
}
