// Labels and names of everything abigap creates in the engine, so sweeps find them all.
import { randomBytes } from 'node:crypto'

/** Present on every abigap container and volume. */
export const LABEL_TOOL = 'io.abigap'
/** The run id: one call into src/docker (a runInTargets batch, a probe, a build) that created the object. */
export const LABEL_RUN = 'io.abigap.run'
/** What the object is for: run, probe, build. */
export const LABEL_ROLE = 'io.abigap.role'
/** The session: the whole abigap invocation (e.g. the action's step), from setSessionId or ABIGAP_SESSION_ID. */
export const LABEL_SESSION = 'io.abigap.session'

let sessionId: string | null = null

/** Labels every object this process creates from now on with `id` (so a later step can sweep them by it). */
export function setSessionId(id: string | null): void {
  if (id !== null && !/^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/.test(id)) throw new Error(`invalid session id '${id}'`)
  sessionId = id
}

/** The session id: set explicitly, else ABIGAP_SESSION_ID when it is a valid id, else null. */
export function currentSessionId(): string | null {
  if (sessionId) return sessionId
  const env = process.env.ABIGAP_SESSION_ID
  return env && /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/.test(env) ? env : null
}

/** A fresh, short run id for one call (lowercase hex; valid in container names). */
export function newRunId(): string {
  return `${Date.now().toString(36)}${randomBytes(4).toString('hex')}`
}

/** The labels of an object created by run `runId` for `role`. */
export function labelsFor(runId: string, role: 'run' | 'probe' | 'build'): Record<string, string> {
  const session = currentSessionId()
  return { [LABEL_TOOL]: '1', [LABEL_RUN]: runId, [LABEL_ROLE]: role, ...(session ? { [LABEL_SESSION]: session } : {}) }
}

let counter = 0
/** A unique, readable container/volume name: abigap-<role>-<runId>-<n>. */
export function objectName(runId: string, role: string): string {
  counter += 1
  return `abigap-${role}-${runId}-${counter}`
}
