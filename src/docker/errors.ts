// The engine's typed infrastructure errors (kinds of src/errors' InfrastructureError): never ABI findings, never success.
import { InfrastructureError } from '../errors/infrastructure-error.js'
import { pullFailureKind } from './pull-errors.js'

export { InfrastructureError }

/** No Docker engine answers at the configured endpoint. */
export class DockerUnavailableError extends InfrastructureError {
  override name = 'DockerUnavailableError'
}

/** An image is missing (with pull policy never) or could not be pulled. */
export class ImageUnavailableError extends InfrastructureError {
  override name = 'ImageUnavailableError'
}

/** The run was cancelled (AbortSignal, SIGINT/SIGTERM). */
export class CancelledError extends InfrastructureError {
  override name = 'CancelledError'
}

/** A short, single-line message of any thrown value (engine errors carry their JSON reason in `json.message`). */
export function errorMessage(err: unknown): string {
  if (err && typeof err === 'object') {
    const e = err as { json?: { message?: unknown }; reason?: unknown; message?: unknown; statusCode?: unknown }
    const json = e.json && typeof e.json.message === 'string' ? e.json.message : null
    const base = json ?? (typeof e.message === 'string' ? e.message : String(err))
    // docker-modem's "(HTTP code 404) unexpected - <engine message>" when the body was not JSON
    return base
      .replace(/\s+/g, ' ')
      .replace(/^\(HTTP code \d+\) [\w ]+ - /, '')
      .trim()
      .slice(0, 2000)
  }
  return String(err).slice(0, 2000)
}

/** The HTTP status an engine error carried, if any. */
export function errorStatus(err: unknown): number | null {
  if (err && typeof err === 'object' && typeof (err as { statusCode?: unknown }).statusCode === 'number') {
    return (err as { statusCode: number }).statusCode
  }
  return null
}

/** True for faults worth retrying: connection resets/timeouts and 5xx answers other than "not found"-like ones. */
export function isTransient(err: unknown): boolean {
  if (err instanceof InfrastructureError) return err.transient
  const code = err && typeof err === 'object' ? (err as { code?: unknown }).code : undefined
  if (typeof code === 'string' && ['ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'ECONNREFUSED'].includes(code)) {
    return code !== 'ECONNREFUSED'
  }
  const status = errorStatus(err)
  if (status === 502 || status === 503 || status === 504 || status === 429) return true
  const msg = errorMessage(err).toLowerCase()
  return /toomanyrequests|rate limit|timeout|temporar|connection reset|tls handshake|i\/o timeout|503|502/.test(msg)
}

/** True when a pull/probe failure says the image does not exist (a usage error), not that the registry failed. */
export function isUnknownImage(message: string): boolean {
  return pullFailureKind(message) === 'unknown-image'
}
