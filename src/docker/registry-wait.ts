// How long a refusing registry asks to wait: the engine drops the Retry-After header of a 429/5xx answer, so
// abigap asks the registry itself with one HEAD of the manifest (HEAD requests do not count as pulls on Docker Hub).
import { DOCKER_HUB, isLoopbackRegistry, parseImageRef } from './image-ref.js'
import type { RegistryAuth } from './registry-auth.js'

const MANIFEST_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
].join(', ')

/** A Retry-After value (seconds or an HTTP date) in milliseconds from `now`, or null when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | null {
  if (!value) return null
  const v = value.trim()
  if (/^\d+$/.test(v)) return Number(v) * 1000
  const at = Date.parse(v)
  return Number.isNaN(at) ? null : Math.max(0, at - now)
}

/** The base URL the engine would use for a registry (loopback over HTTP, Docker Hub at registry-1.docker.io). */
export function registryBaseUrl(registry: string): string {
  if (registry === DOCKER_HUB) return 'https://registry-1.docker.io'
  return `${isLoopbackRegistry(registry) ? 'http' : 'https'}://${registry}`
}

/** What the registry answers to a HEAD of the reference's manifest: status, Retry-After (ms) and digest, or null. */
export async function askRegistry(
  ref: string,
  auth: RegistryAuth | null,
  timeoutMs = 5000,
): Promise<{ status: number; retryAfterMs: number | null; digest: string | null } | null> {
  const r = parseImageRef(ref)
  const url = `${registryBaseUrl(r.registry)}/v2/${r.repository}/manifests/${r.digest ?? r.tag ?? 'latest'}`
  const signal = AbortSignal.timeout(timeoutMs)
  try {
    const head = (authorization?: string) =>
      fetch(url, {
        method: 'HEAD',
        headers: { accept: MANIFEST_TYPES, ...(authorization ? { authorization } : {}) },
        signal,
        redirect: 'follow',
      })
    let res = await head(basic(auth))
    const challenge = res.headers.get('www-authenticate') ?? ''
    if (res.status === 401 && /^bearer /i.test(challenge)) {
      const token = await bearerToken(challenge, auth, r.repository, signal)
      if (token) res = await head(`Bearer ${token}`)
    }
    const digest = res.ok ? res.headers.get('docker-content-digest') : null
    return { status: res.status, retryAfterMs: parseRetryAfter(res.headers.get('retry-after')), digest }
  } catch {
    return null // the registry cannot be asked: the caller falls back to its own backoff
  }
}

function basic(auth: RegistryAuth | null): string | undefined {
  if (!auth?.username || auth.password === undefined) return undefined
  return `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}`
}

async function bearerToken(
  challenge: string,
  auth: RegistryAuth | null,
  repository: string,
  signal: AbortSignal,
): Promise<string | null> {
  const params = Object.fromEntries([...challenge.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]))
  if (!params.realm) return null
  const url = new URL(params.realm)
  if (params.service) url.searchParams.set('service', params.service)
  url.searchParams.set('scope', params.scope ?? `repository:${repository}:pull`)
  const authorization = basic(auth)
  const res = await fetch(url, { headers: authorization ? { authorization } : {}, signal })
  if (!res.ok) return null
  const body = (await res.json()) as { token?: string; access_token?: string }
  return body.token ?? body.access_token ?? null
}
