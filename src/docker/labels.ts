// Labels and names of everything abigap creates in the engine, so sweeps find them all.
import { randomBytes } from 'node:crypto'

/** Present on every abigap container and volume. */
export const LABEL_TOOL = 'io.abigap'
/** The run id of the abigap process that created the object. */
export const LABEL_RUN = 'io.abigap.run'
/** What the object is for: run, probe, build. */
export const LABEL_ROLE = 'io.abigap.role'

/** A fresh, short run id (lowercase hex; valid in container names). */
export function newRunId(): string {
  return `${Date.now().toString(36)}${randomBytes(4).toString('hex')}`
}

/** The labels of an object created by run `runId` for `role`. */
export function labelsFor(runId: string, role: 'run' | 'probe' | 'build'): Record<string, string> {
  return { [LABEL_TOOL]: '1', [LABEL_RUN]: runId, [LABEL_ROLE]: role }
}

let counter = 0
/** A unique, readable container/volume name: abigap-<role>-<runId>-<n>. */
export function objectName(runId: string, role: string): string {
  counter += 1
  return `abigap-${role}-${runId}-${counter}`
}
