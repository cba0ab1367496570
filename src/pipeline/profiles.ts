import type { StartReads } from '../docker/start-reads.js'
import { mapLimit } from '../io/pool.js'
import { findProfile } from '../knowledge/index.js'
import type { TargetProfile } from '../knowledge/types.js'
import type { TargetSpec } from '../matrix/types.js'
import type { ContainerRuntime } from '../docker/runtime.js'
import type { DockerSession } from './docker-session.js'

/** A target's profile, or why there is none. */
export interface ResolvedProfile {
  profile: TargetProfile | null
  /** Why the profile is missing or second-best (shown in the cell / skipped list). */
  reason: string | null
  /** A note for the report's skipped list. */
  note: string | null
  infrastructureError: string | null
  /** True when the image could not be made available (runs there are skipped). */
  imageUnavailable: boolean
}

/** Architecture of a platform string ("linux/arm64" → "arm64"; without one, the host's: `hostArch`). */
export function platformArch(platform: string | null, hostArch: string): string {
  return platform?.split('/')[1] ?? hostArch
}

/**
 * Resolves every target's profile: a probe of the real image when Docker is available (high confidence), else the
 * embedded knowledge for known names; a target with neither gets a reason and an infrastructure error (no profile is
 * never a pass), whether Docker is off, unavailable, or the image could not be obtained.
 */
export async function resolveProfiles(
  targets: TargetSpec[],
  opts: {
    docker: ContainerRuntime | null
    session?: DockerSession | null
    /** GOARCH of targets without a platform (the Docker engine's: hostGoArch()). */
    hostArch: string
    pull: 'always' | 'missing' | 'never'
    signal?: AbortSignal
    log: (line: string) => void
    /** The sonames the built binaries load: each probe reads only what they need (unset: every library). */
    exportsFor?: readonly string[]
    /** By target id, the files its probe takes from what its first run container reads (with `exportsFor`). */
    startReads?: ReadonlyMap<string, StartReads> | null
  },
): Promise<Map<string, ResolvedProfile>> {
  const out = new Map<string, ResolvedProfile>()
  const resolveOne = async (t: TargetSpec): Promise<void> => {
    const name = t.id
    const arch = platformArch(t.platform, opts.hostArch)
    const embedded = findProfile(t.ref, arch)
    if (!opts.session) {
      const why = `no profile for ${t.ref}: not in the embedded knowledge, and Docker is off or unavailable to probe it`
      out.set(name, {
        profile: embedded,
        reason: embedded ? null : why,
        note: null,
        // like a failed probe: a target that cannot be analysed at all is an infrastructure error, never a pass
        infrastructureError: embedded ? null : `${name}: ${why}`,
        imageUnavailable: true,
      })
      return
    }
    try {
      const profile = await opts.session.probe(t.ref, {
        pull: opts.pull,
        signal: opts.signal,
        ...(t.platform ? { platform: t.platform } : {}),
        // side by side, one container each: the engine's CPU is the limit (ProbeOptions.containers)
        ...(opts.exportsFor ? { exportsFor: opts.exportsFor, containers: targets.length > 1 ? 1 : 3 } : {}),
        ...(opts.exportsFor && opts.startReads?.has(name) ? { startReads: opts.startReads.get(name)! } : {}),
      })
      out.set(name, { profile, reason: null, note: null, infrastructureError: null, imageUnavailable: false })
    } catch (e) {
      const msg = (e as Error).message
      opts.log(`  ${name}: image unavailable: ${msg}`)
      out.set(name, {
        profile: embedded,
        reason: embedded
          ? null
          : `no profile for ${t.ref}: the image is unavailable (${msg}) and it is not in the embedded knowledge`,
        note: embedded
          ? `${name}: image unavailable (${msg}); static verdicts use the embedded profile, runs skipped`
          : null,
        infrastructureError: `${name}: image unavailable: ${msg}`,
        imageUnavailable: true,
      })
    }
  }
  // whole-image probes stream the library directories, so a few at a time; probes for given sonames read a few files
  await mapLimit(targets, opts.exportsFor ? targets.length : 4, resolveOne)
  // keep the targets' order
  return new Map(targets.map((t) => [t.id, out.get(t.id) as ResolvedProfile]))
}
