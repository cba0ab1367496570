import { createHash } from 'node:crypto'

/** What a build-cache volume is shared by. */
export interface CacheScope {
  /** Absolute module root of the build. */
  moduleRoot: string
  /** The builder image the volume is mounted in. */
  image: string
  /** GITHUB_REPOSITORY, when running in Actions. */
  repository?: string | null
  /** GITHUB_REF (refs/heads/main, refs/pull/7/merge...), when running in Actions. */
  ref?: string | null
}

/**
 * The name of the writable GOCACHE/GOMODCACHE volume of builds in one builder image.
 *
 * The volume outlives the job on a persistent (self-hosted) Docker host, and a build writes into it whatever the
 * pull request's code (cgo, -toolexec) chooses, so a shared volume would let one PR poison the cache of later trusted
 * builds. It is therefore scoped by a hash of repository + ref + module root + builder image: a PR (its own
 * refs/pull/N/merge ref) reuses only its own cache, the default branch only the default branch's, and images never
 * share one (their Go versions differ anyway). Outside Actions (no repository/ref) the scope is the module root and
 * image. The cost is a cold cache on a PR's first build.
 */
export function cacheVolumeName(scope: CacheScope): string {
  const key = JSON.stringify([scope.repository ?? null, scope.ref ?? null, scope.moduleRoot, scope.image])
  return `abigap-go-cache-${createHash('sha256').update(key).digest('hex').slice(0, 16)}`
}
