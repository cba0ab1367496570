// What a failed pull means, in one line a user can act on: missing tag, credentials, rate limit, registry down.
import { DOCKER_HUB, parseImageRef } from './image-ref.js'

/** The kinds of pull failure abigap tells apart. */
export type PullFailureKind = 'unknown-image' | 'unauthorized' | 'rate-limited' | 'server-error' | 'other'

/** Classifies the engine's pull error message (the one place that tells "no such image" from other failures). */
export function pullFailureKind(message: string): PullFailureKind {
  if (/toomanyrequests|too many requests|rate limit/i.test(message)) return 'rate-limited'
  if (
    /manifest unknown|manifest for \S+ not found|not found: manifest|name unknown|pull access denied|repository does not exist|no such image|invalid reference format/i.test(
      message,
    )
  )
    return 'unknown-image'
  if (
    /no basic auth credentials|unauthorized|authentication required|denied|incorrect username or password/i.test(
      message,
    )
  )
    return 'unauthorized'
  if (/\b5\d\d\b|service unavailable|bad gateway|gateway timeout|internal server error/i.test(message))
    return 'server-error'
  return 'other'
}

/** True for failures worth another attempt (rate limits and 5xx answers; the engine already retried layers). */
export function isRetryablePull(kind: PullFailureKind): boolean {
  return kind === 'rate-limited' || kind === 'server-error'
}

/** The advice appended to a pull failure of `kind` (empty when there is none to give). */
export function pullAdvice(kind: PullFailureKind, ref: string): string {
  const { registry, repository } = parseImageRef(ref)
  switch (kind) {
    case 'unknown-image':
      return `the tag or digest does not exist in ${registry}/${repository} (check the target's spelling; a private repository also needs a login before this step)`
    case 'unauthorized':
      return `log in to ${registry} before this step (e.g. docker/login-action); abigap reads the credentials from $DOCKER_CONFIG/config.json or ~/.docker/config.json`
    case 'rate-limited':
      return registry === DOCKER_HUB
        ? 'Docker Hub allows 10 anonymous pulls per hour per address: log in before this step (docker/login-action) or point the targets at a mirror'
        : `${registry} refuses more pulls for now: log in before this step, or point the targets at a mirror`
    default:
      return ''
  }
}
