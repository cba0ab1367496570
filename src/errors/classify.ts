// The one mapping from anything thrown to what a face does with it: the exit status and the kind of message.
import { ExitCode } from './exit-code.js'
import { InfrastructureError } from './infrastructure-error.js'
import { UserError, type UserErrorCode } from './user-error.js'

/** How a face reports a thrown value: the user's mistake, a fault of the machinery, or a bug in abigap. */
export type ErrorKind = 'user' | 'infrastructure' | 'internal'

/** A thrown value, classified: what to print and which exit status to end with. */
export interface ClassifiedError {
  kind: ErrorKind
  exitCode: ExitCode
  /** The UserError's code (kind 'user' only). */
  code: UserErrorCode | null
  /** The message to show: the thrown chain's messages down to the deciding error; one line for infrastructure. */
  message: string
  /** The stack to show (kind 'internal' only): a bug is reported with where it happened. */
  stack: string | null
  /** The error that decided the kind (a UserError, an InfrastructureError, an abort), or the thrown Error itself. */
  error: Error | null
}

/**
 * A target profile that cannot be read leaves its target without a profile, like one that cannot be probed: exit 3,
 * as documented since the first release. Every other mistake of the user is exit 2.
 */
const USER_EXIT: Partial<Record<UserErrorCode, ExitCode>> = { profile: ExitCode.infrastructure }

/** Causes followed at most (a cycle of causes ends the walk too). */
const MAX_CAUSES = 16

/** True for a cancellation: AbortSignal's AbortError (DOMException or Node's), whatever the API that threw it. */
export function isAbortError(err: unknown): boolean {
  return isErrorLike(err) && (err.name === 'AbortError' || (err as { code?: unknown }).code === 'ABORT_ERR')
}

/**
 * Classifies any thrown value. The chain of `cause`s is read from the outside in and the first UserError,
 * InfrastructureError or AbortError decides (a wrapper adds context, never changes the kind): the user's mistake is
 * exit 2, an infrastructure fault or a cancellation exit 3, and anything else — a TypeError, a thrown string — is a
 * bug: exit 4 with its stack.
 */
export function classifyError(thrown: unknown): ClassifiedError {
  const chain = causeChain(thrown)
  const decisive = chain.findIndex((e) => e instanceof UserError || e instanceof InfrastructureError || isAbortError(e))
  if (decisive < 0) {
    const top = isErrorLike(thrown) ? thrown : null
    return {
      kind: 'internal',
      exitCode: ExitCode.internal,
      code: null,
      message: top ? top.message : describeThrown(thrown),
      stack: top ? (top.stack ?? `${top.name}: ${top.message}`) : describeThrown(thrown),
      error: top,
    }
  }
  const error = chain[decisive] as Error
  const message = joinMessages(chain.slice(0, decisive + 1) as Error[])
  if (error instanceof UserError) {
    return {
      kind: 'user',
      exitCode: USER_EXIT[error.code] ?? ExitCode.usage,
      code: error.code,
      message,
      stack: null,
      error,
    }
  }
  const text = isAbortError(error) && !/cancel|abort/i.test(message) ? `cancelled (${message})` : message
  return {
    kind: 'infrastructure',
    exitCode: ExitCode.infrastructure,
    code: null,
    message: text.replace(/\s+/g, ' ').trim(),
    stack: null,
    error,
  }
}

/** True for an Error, also one of another realm (Node's own errors seen from a vm context) or a DOMException. */
function isErrorLike(v: unknown): v is Error {
  if (v instanceof Error) return true
  if (typeof v !== 'object' || v === null) return false
  const { name, message } = v as { name?: unknown; message?: unknown }
  return typeof name === 'string' && typeof message === 'string'
}

/** The thrown value and its causes, outermost first (errors only past the first; cycles cut). */
function causeChain(thrown: unknown): unknown[] {
  const chain: unknown[] = [thrown]
  let cur: unknown = thrown
  while (chain.length <= MAX_CAUSES && isErrorLike(cur) && isErrorLike(cur.cause)) {
    if (chain.includes(cur.cause)) break
    cur = cur.cause
    chain.push(cur)
  }
  return chain
}

/** The messages of a chain of wrappers, outermost first, each inner one left out when its wrapper already says it. */
function joinMessages(chain: Error[]): string {
  let text = ''
  for (const e of chain) {
    const m = e.message.trim()
    if (!m || text.includes(m)) continue
    text = text ? `${text}: ${m}` : m
  }
  return text || chain[chain.length - 1].name
}

/** A thrown value that is not an Error (a string, an object, undefined), in words. */
function describeThrown(thrown: unknown): string {
  if (typeof thrown === 'string') return thrown
  if (thrown === undefined || thrown === null) return String(thrown)
  try {
    return `${typeof thrown}: ${JSON.stringify(thrown) ?? String(thrown)}`
  } catch {
    return String(thrown)
  }
}
