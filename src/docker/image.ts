// ensureImage: makes an image available under a pull policy, scanning every pull event for errors.
import type { ContainerRuntime, ImageInfo, PullEvent } from './runtime.js'
import { ImageUnavailableError, InfrastructureError, errorMessage, isTransient } from './errors.js'

/** When to pull: always, only when missing locally, or never. */
export type PullPolicy = 'always' | 'missing' | 'never'

/** Options of ensureImage. */
export interface EnsureImageOptions {
  pull: PullPolicy
  /** e.g. "linux/amd64"; checked against the local image's platform. */
  platform?: string
  onProgress?: (line: string) => void
  signal?: AbortSignal
  /** Attempts for transient pull faults (default 3) and the first backoff (default 1000 ms, doubling). */
  retries?: number
  backoffMs?: number
}

/** The pinned identity of an image: its local ID and registry digest (null for local-only images). */
export interface ImageIdentity {
  id: string
  digest: string | null
  arch: string
  os: string
}

/** Ensures `ref` is present (per policy and platform); returns its id and digest. Throws ImageUnavailableError. */
export async function ensureImage(rt: ContainerRuntime, ref: string, opts: EnsureImageOptions): Promise<ImageIdentity> {
  const local = await inspect(rt, ref)
  const platformOk = local !== null && platformMatches(local, opts.platform)
  if (opts.pull === 'never' || (opts.pull === 'missing' && platformOk)) {
    if (!local) throw new ImageUnavailableError(`image '${ref}' is not present locally and the pull policy is 'never'`)
    if (!platformOk) {
      throw new ImageUnavailableError(
        `image '${ref}' is present for ${local.os}/${local.arch}, not ${opts.platform}, and the pull policy is 'never'`,
      )
    }
    return identity(local)
  }
  await pullWithRetries(rt, ref, opts)
  const pulled = await inspect(rt, ref)
  if (!pulled) throw new ImageUnavailableError(`pull of '${ref}' ended but the image is not present`)
  if (!platformMatches(pulled, opts.platform)) {
    throw new ImageUnavailableError(`image '${ref}' was pulled for ${pulled.os}/${pulled.arch}, not ${opts.platform}`)
  }
  return identity(pulled)
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

/** The digest to record: the first RepoDigest's sha256 part, or null for images never pushed/pulled. */
export function digestOf(info: ImageInfo): string | null {
  const d = info.repoDigests.find((r) => r.includes('@sha256:'))
  return d ? d.slice(d.indexOf('@') + 1) : null
}

function identity(info: ImageInfo): ImageIdentity {
  return { id: info.id, digest: digestOf(info), arch: info.arch, os: info.os }
}

async function inspect(rt: ContainerRuntime, ref: string): Promise<ImageInfo | null> {
  try {
    return await rt.inspectImage(ref)
  } catch (err) {
    throw new InfrastructureError(`cannot inspect image '${ref}': ${errorMessage(err)}`, { cause: err })
  }
}

async function pullWithRetries(rt: ContainerRuntime, ref: string, opts: EnsureImageOptions): Promise<void> {
  const attempts = Math.max(1, opts.retries ?? 3)
  let delay = opts.backoffMs ?? 1000
  for (let attempt = 1; ; attempt++) {
    try {
      await pullOnce(rt, ref, opts)
      return
    } catch (err) {
      if (opts.signal?.aborted) throw new ImageUnavailableError(`pull of '${ref}' cancelled`, { cause: err })
      const transient = isTransient(err)
      if (!transient || attempt >= attempts) {
        throw new ImageUnavailableError(
          `cannot pull '${ref}'${opts.platform ? ` for ${opts.platform}` : ''}: ${errorMessage(err)}` +
            (attempt > 1 ? ` (after ${attempt} attempts)` : ''),
          { cause: err },
        )
      }
      opts.onProgress?.(`pull ${ref}: transient fault (${errorMessage(err)}), retrying in ${delay} ms`)
      await sleep(delay, opts.signal)
      delay *= 2
    }
  }
}

async function pullOnce(rt: ContainerRuntime, ref: string, opts: EnsureImageOptions): Promise<void> {
  let streamError: string | null = null
  let lastStatus = ''
  await rt.pullImage(
    ref,
    opts.platform,
    (e: PullEvent) => {
      const err = e.error ?? e.errorDetail?.message
      if (err && !streamError) streamError = err
      if (e.status && opts.onProgress) {
        const line = `pull ${ref}: ${e.id ? `${e.id} ` : ''}${e.status}`
        if (line !== lastStatus && !e.progress) opts.onProgress(line)
        lastStatus = line
      }
    },
    opts.signal,
  )
  if (streamError !== null) {
    const msg: string = streamError
    throw new InfrastructureError(msg, { transient: isTransient(new Error(msg)) })
  }
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
