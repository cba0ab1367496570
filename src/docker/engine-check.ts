// What an engine lacks, in one line: Podman without catatonit cannot create the hardened containers (Init: true).
import type { ContainerRuntime } from './runtime.js'
import { hardenedLimits } from './hardening.js'
import { labelsFor, newRunId, objectName } from './labels.js'
import { errorMessage } from './errors.js'

/** The one-line advice for Podman's "container-init binary not found" (no catatonit on the Podman host). */
export const PODMAN_INIT_MISSING =
  "Podman cannot find its container-init binary (catatonit), which abigap's hardened runs use (Init: true): install catatonit on the Podman host (Debian/Ubuntu: apt-get install catatonit), then restart 'podman system service'"

/** Rewrites an engine error into what the user must do, when abigap knows it; else returns it unchanged. */
export function explainEngineError(message: string): string {
  if (/container-init binary not found/i.test(message)) return `${PODMAN_INIT_MISSING} (${message})`
  return message
}

/** True when the engine behind the Docker API is Podman (its /version names a "Podman Engine" component). */
export async function isPodman(rt: ContainerRuntime): Promise<boolean> {
  try {
    return (await rt.version()).engine === 'podman'
  } catch {
    return false
  }
}

/** On Podman, creates (never starts) one hardened container from `imageId`; returns what is missing, or null. */
export async function checkEngine(rt: ContainerRuntime, imageId: string): Promise<string | null> {
  if (!(await isPodman(rt))) return null
  const runId = newRunId()
  let id: string | null = null
  try {
    id = await rt.createContainer({
      name: objectName(runId, 'check'),
      image: imageId,
      entrypoint: ['/abigap-check-never-started'],
      cmd: [],
      env: [],
      labels: labelsFor(runId, 'probe'),
      limits: hardenedLimits(),
      mounts: [],
    })
    return null
  } catch (err) {
    const msg = errorMessage(err)
    return /container-init binary not found|catatonit/i.test(msg) ? explainEngineError(msg) : null
  } finally {
    if (id) await rt.removeContainer(id).catch(() => undefined)
  }
}
