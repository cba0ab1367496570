// Connects to the Docker engine named by opts.host or DOCKER_HOST (unix://, tcp://, http(s)://, ssh://).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ContainerRuntime } from './runtime.js'
import { DockerUnavailableError, errorMessage } from './errors.js'

const DEFAULT_SOCKET = '/var/run/docker.sock'

/** Where to reach the engine, parsed from a DOCKER_HOST-style string. */
export interface DockerEndpoint {
  /** Display form, e.g. "unix:///var/run/docker.sock" or "tcp://127.0.0.1:2375". */
  display: string
  options:
    { socketPath: string } | { host: string; port: number; protocol: 'http' | 'https' | 'ssh'; username?: string }
}

/** Parses a DOCKER_HOST value (empty → the default unix socket); throws DockerUnavailableError when malformed. */
export function parseDockerHost(value: string | undefined): DockerEndpoint {
  const raw = (value ?? '').trim()
  if (!raw) return { display: `unix://${DEFAULT_SOCKET}`, options: { socketPath: DEFAULT_SOCKET } }
  if (raw.startsWith('unix://')) {
    const socketPath = raw.slice('unix://'.length)
    if (!socketPath.startsWith('/'))
      throw new DockerUnavailableError(`DOCKER_HOST '${raw}': a unix socket path must be absolute`)
    return { display: raw, options: { socketPath } }
  }
  if (raw.startsWith('/')) return { display: `unix://${raw}`, options: { socketPath: raw } }
  const m = /^(tcp|http|https|ssh):\/\/(?:([^@/]+)@)?(\[[^\]]+\]|[^:/]+)(?::(\d+))?\/?$/.exec(raw)
  if (!m)
    throw new DockerUnavailableError(`DOCKER_HOST '${raw}' is not a unix://, tcp://, http(s):// or ssh:// address`)
  const scheme = m[1]!
  const tls =
    scheme === 'https' || (scheme === 'tcp' && !!process.env.DOCKER_TLS_VERIFY && process.env.DOCKER_TLS_VERIFY !== '0')
  const protocol = scheme === 'ssh' ? 'ssh' : tls ? 'https' : 'http'
  const port = m[4] ? Number(m[4]) : protocol === 'ssh' ? 22 : tls ? 2376 : 2375
  const host = m[3]!.replace(/^\[|\]$/g, '')
  return { display: raw, options: { host, port, protocol, ...(protocol === 'ssh' && m[2] ? { username: m[2] } : {}) } }
}

/** Connects to the engine and pings it (short timeout); throws DockerUnavailableError naming the endpoint. */
export async function connectDocker(opts: { host?: string; pingTimeoutMs?: number } = {}): Promise<ContainerRuntime> {
  const endpoint = parseDockerHost(opts.host ?? process.env.DOCKER_HOST)
  const [{ default: Docker }, { DockerodeRuntime }] = await Promise.all([
    import('dockerode'),
    import('./dockerode-runtime.js'),
  ])
  const tlsOptions =
    'protocol' in endpoint.options && endpoint.options.protocol === 'https'
      ? tlsFromEnv()
      : ({} as Record<string, string>)
  const docker = new Docker({ ...endpoint.options, ...tlsOptions })
  const rt = new DockerodeRuntime(docker, endpoint.display)
  try {
    await rt.ping(opts.pingTimeoutMs ?? 5000)
  } catch (err) {
    throw new DockerUnavailableError(pingFailure(endpoint.display, err), { cause: err })
  }
  return rt
}

/** Why a ping failed, with what to do: TLS trouble is named as such, not as a missing engine. */
export function pingFailure(display: string, err: unknown): string {
  const message = errorMessage(err)
  const code = String((err as { code?: unknown } | null)?.code ?? '')
  if (/HTTP request to an HTTPS server/i.test(message))
    return `the engine at ${display} speaks TLS but abigap connected without it (${message}); set DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH (ca.pem, cert.pem, key.pem)`
  if (
    /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED)/.test(code) ||
    /certificate|SSL routines|handshake/i.test(message)
  )
    return `TLS connection to ${display} failed (${message}); check that DOCKER_CERT_PATH's ca.pem signed the engine's certificate and that cert.pem/key.pem are a client certificate the engine accepts`
  return `no Docker engine answers at ${display} (${message}); start dockerd or set DOCKER_HOST`
}

function tlsFromEnv(): Record<string, string> {
  const dir = process.env.DOCKER_CERT_PATH
  if (!dir) return {}
  try {
    const read = (f: string) => readFileSync(join(dir, f), 'utf8')
    return { ca: read('ca.pem'), cert: read('cert.pem'), key: read('key.pem') }
  } catch (err) {
    throw new DockerUnavailableError(`DOCKER_CERT_PATH '${dir}': ${errorMessage(err)}`)
  }
}
