// Image references as the engine normalises them: registry host, repository, tag and pinned digest.

/** The parts of an image reference ("127.0.0.1:5000/team/app:1@sha256:…", "debian:12" → docker.io/library/debian). */
export interface ImageRef {
  /** Registry host[:port] as the engine names it ("docker.io" for Docker Hub). */
  registry: string
  /** Repository path inside the registry ("library/debian" on Docker Hub). */
  repository: string
  tag: string | null
  /** The pinned manifest digest ("sha256:…"), or null. */
  digest: string | null
}

/** Docker Hub's registry name in references. */
export const DOCKER_HUB = 'docker.io'

/** Parses an image reference the way the engine does (a first part with '.', ':' or 'localhost' is a registry). */
export function parseImageRef(ref: string): ImageRef {
  let rest = ref.trim()
  let digest: string | null = null
  const at = rest.indexOf('@')
  if (at >= 0) {
    digest = rest.slice(at + 1)
    rest = rest.slice(0, at)
  }
  const slash = rest.indexOf('/')
  const first = slash >= 0 ? rest.slice(0, slash) : ''
  const hasRegistry = slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost')
  let registry = hasRegistry ? first : DOCKER_HUB
  let path = hasRegistry ? rest.slice(slash + 1) : rest
  if (registry === 'index.docker.io' || registry === 'registry-1.docker.io') registry = DOCKER_HUB
  let tag: string | null = null
  const colon = path.lastIndexOf(':')
  if (colon > path.lastIndexOf('/')) {
    tag = path.slice(colon + 1)
    path = path.slice(0, colon)
  }
  if (registry === DOCKER_HUB && !path.includes('/')) path = `library/${path}`
  if (!tag && !digest) tag = 'latest'
  return { registry, repository: path, tag, digest }
}

/** The pinned digest of a reference ("…@sha256:…"), or null. */
export function pinnedDigest(ref: string): string | null {
  const d = parseImageRef(ref).digest
  return d && /^sha256:[0-9a-f]{64}$/.test(d) ? d : null
}

/** True for registries the engine talks to over plain HTTP without configuration (loopback). */
export function isLoopbackRegistry(registry: string): boolean {
  const host = registry.replace(/:\d+$/, '').replace(/^\[|\]$/g, '')
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host)
}

/** True when two references name the same repository of the same registry (tags and digests ignored). */
export function sameRepository(a: string, b: string): boolean {
  const x = parseImageRef(a)
  const y = parseImageRef(b)
  return x.registry === y.registry && x.repository === y.repository
}
