// The test world's registries (scripts/world/registry.sh) and a refusing one started in-process: 429 with
// Retry-After, 5xx, a registry that dies or hangs mid-pull, and a counting pass-through to the open registry.
import { execFileSync } from 'node:child_process'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

/** The open registry (no authentication). */
export const OPEN_REGISTRY = `127.0.0.1:${process.env.ABIGAP_REGISTRY_PORT ?? '5000'}`
/** The htpasswd registry and its test account (test data from scripts/world/registry.sh, not a secret). */
export const AUTH_REGISTRY = `127.0.0.1:${process.env.ABIGAP_AUTH_REGISTRY_PORT ?? '5001'}`
export const AUTH_USER = 'abigap-test'
export const AUTH_PASS = 'abigap-test-password'

/** Fails loudly when the test world's registries do not answer (integration tests never skip). */
export async function requireRegistries(): Promise<void> {
  for (const [reg, want] of [
    [OPEN_REGISTRY, 200],
    [AUTH_REGISTRY, 401],
  ] as const) {
    let status = 0
    try {
      status = (await fetch(`http://${reg}/v2/`, { signal: AbortSignal.timeout(3000) })).status
    } catch {
      // reported below
    }
    if (status !== want)
      throw new Error(`the registry tests need the test world's registry at ${reg} (run scripts/test-world.sh)`)
  }
}

/**
 * How the refusing registry treats a repository, chosen by its first path part:
 * pass/… proxies to the open registry (counting requests); ratelimit/… answers 429 for `windowMs` after the first
 * manifest request, then passes; unavailable/… answers 503 for `windowMs`, then passes; dies/… sends half of the
 * first big blob and then stops listening; hangs/… sends half of it and then sends nothing.
 */
export interface RefusingRegistry {
  /** host:port, to prefix references with. */
  host: string
  /** Every request seen: time (ms), method, path. */
  requests: { at: number; method: string; path: string }[]
  close(): Promise<void>
}

/** Starts the refusing registry on an ephemeral loopback port. */
export async function startRefusingRegistry(
  opts: { windowMs?: number; retryAfterS?: number } = {},
): Promise<RefusingRegistry> {
  const windowMs = opts.windowMs ?? 2500
  const retryAfter = String(opts.retryAfterS ?? Math.ceil(windowMs / 1000))
  const requests: RefusingRegistry['requests'] = []
  const refusingSince = new Map<string, number>()
  const sockets = new Set<import('node:net').Socket>()
  let cut = false
  const server = http.createServer((req, res) => {
    const path = req.url ?? '/'
    requests.push({ at: Date.now(), method: req.method ?? 'GET', path })
    if (path === '/v2/' || path === '/v2') {
      res.writeHead(200, { 'content-type': 'application/json', 'docker-distribution-api-version': 'registry/2.0' })
      return res.end('{}')
    }
    const m = /^\/v2\/([a-z0-9-]+)\/(.+)$/.exec(path)
    if (!m) return void res.writeHead(404).end()
    const [, mode, rest] = m as unknown as [string, string, string]
    const refusing = (status: number, body: string, type: string) => {
      const since = refusingSince.get(mode) ?? Date.now()
      refusingSince.set(mode, since)
      if (Date.now() - since >= windowMs) return false
      res.writeHead(status, { 'content-type': type, 'retry-after': retryAfter })
      res.end(req.method === 'HEAD' ? undefined : body)
      return true
    }
    if (mode === 'ratelimit' && rest.includes('/manifests/')) {
      const body = JSON.stringify({
        errors: [{ code: 'TOOMANYREQUESTS', message: 'You have reached your pull rate limit (abigap test registry)' }],
      })
      if (refusing(429, body, 'application/json')) return
    }
    if (mode === 'unavailable' && rest.includes('/manifests/')) {
      if (refusing(503, 'down for maintenance', 'text/plain')) return
    }
    void proxy(req, res, rest, (body, headers) => {
      if ((mode === 'dies' || mode === 'hangs') && rest.includes('/blobs/') && body.length > 1_000_000 && !cut) {
        cut = true
        res.writeHead(200, headers)
        res.write(body.subarray(0, body.length >> 1))
        if (mode === 'dies') {
          server.close()
          setTimeout(() => {
            for (const s of sockets) s.destroy()
          }, 100)
        }
        return true
      }
      return false
    })
  })
  server.on('connection', (s) => {
    sockets.add(s)
    s.on('close', () => sockets.delete(s))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    host: `127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy()
        server.close(() => resolve())
        if (!server.listening) resolve()
      }),
  }
}

async function proxy(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  rest: string,
  intercept: (body: Buffer, headers: Record<string, string>) => boolean,
): Promise<void> {
  try {
    const up = await fetch(`http://${OPEN_REGISTRY}/v2/${rest}`, {
      method: req.method,
      headers: { accept: String(req.headers.accept ?? '*/*') },
    })
    const headers: Record<string, string> = {}
    up.headers.forEach((v, k) => {
      if (k !== 'content-encoding' && k !== 'transfer-encoding') headers[k] = v
    })
    const body = Buffer.from(await up.arrayBuffer())
    if (intercept(body, headers)) return
    res.writeHead(up.status, headers)
    res.end(req.method === 'HEAD' ? undefined : body)
  } catch {
    res.destroy()
  }
}

/** Removes a local image tag the test pulled (never images it did not create). */
export function removeImage(ref: string): void {
  try {
    execFileSync('docker', ['rmi', ref], { stdio: 'ignore' })
  } catch {
    // not present
  }
}

/** The manifest digest the open registry serves for repo:tag (the oracle for recorded digests). */
export async function registryDigest(repo: string, tag: string): Promise<string> {
  const res = await fetch(`http://${OPEN_REGISTRY}/v2/${repo}/manifests/${tag}`, {
    method: 'HEAD',
    headers: { accept: 'application/vnd.docker.distribution.manifest.v2+json' },
  })
  const d = res.headers.get('docker-content-digest')
  if (!res.ok || !d) throw new Error(`no digest for ${repo}:${tag} in ${OPEN_REGISTRY} (${res.status})`)
  return d
}
