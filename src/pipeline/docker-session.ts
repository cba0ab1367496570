import type { RunBuildContainer } from '../build/container-builder.js'
import type { ContainerRuntime } from '../docker/runtime.js'
import type { CellResult } from '../docker/run-targets.js'
import type { StartReads } from '../docker/start-reads.js'
import type { RunRequest } from '../docker/types.js'
import type { TargetProfile } from '../knowledge/types.js'

/** The Docker operations the pipeline uses, bound to one runtime (the one adapter to src/docker). */
export interface DockerSession {
  rt: ContainerRuntime
  runBuild: RunBuildContainer
  runInTargets(
    requests: RunRequest[],
    opts: {
      concurrency: number
      signal?: AbortSignal
      pull: 'always' | 'missing' | 'never'
      onProgress?: (l: string) => void
      /** The files each request's image probe wants its first container to read (RunTargetsOptions.startReads). */
      startReads?: (req: RunRequest) => StartReads | undefined
    },
  ): Promise<CellResult[]>
  /** Makes each target image available once (the run's pull phase); failures surface again in probe and run. */
  pullImages(
    images: { ref: string; platform?: string | null; pull?: 'always' | 'missing' | 'never' }[],
    opts: { pull: 'always' | 'missing' | 'never'; log: (l: string) => void; signal?: AbortSignal },
  ): Promise<PulledImages>
  /** The image's profile; with `exportsFor`, for binaries that load those sonames only (ProbeOptions.exportsFor). */
  probe(
    ref: string,
    opts: {
      platform?: string
      pull: 'always' | 'missing' | 'never'
      signal?: AbortSignal
      exportsFor?: readonly string[]
      containers?: number
      startReads?: StartReads
    },
  ): Promise<TargetProfile>
}

/** pullImages' answer, by pulledImage's key: each image's identity (its architecture too), or why it is missing. */
export type PulledImages = Map<string, { id: string; digest: string | null; arch: string } | { error: string }>

/** What pullImages made of a target's image (undefined when it was not asked for). */
export function pulledImage(pulled: PulledImages | undefined, t: { ref: string; platform: string | null }) {
  return pulled?.get(`${t.ref}\u0000${t.platform ?? ''}`)
}

/** Connects to Docker (loading dockerode lazily); never throws: an unavailable engine comes back as an error message. */
export async function openDocker(
  host?: string,
  sessionId?: string,
): Promise<{ ok: true; session: DockerSession } | { ok: false; error: string }> {
  try {
    const docker = await import('../docker/index.js')
    const { setSessionId } = await import('../docker/labels.js')
    if (sessionId) setSessionId(sessionId)
    const { runBuildContainer } = await import('../docker/build-container.js')
    const { probeImage } = await import('../docker/probe.js')
    const { pullImages } = await import('../docker/pull-images.js')
    const rt = await docker.connectDocker(host ? { host } : {})
    return {
      ok: true,
      session: {
        rt,
        runBuild: (o) => runBuildContainer(rt, o),
        runInTargets: (requests, o) => docker.runInTargets(rt, requests, o),
        pullImages: (images, o) => pullImages(rt, images, o),
        probe: (ref, o) =>
          probeImage(rt, ref, {
            pull: o.pull,
            ...(o.platform ? { platform: o.platform } : {}),
            ...(o.signal ? { signal: o.signal } : {}),
            ...(o.exportsFor ? { exportsFor: o.exportsFor } : {}),
            ...(o.containers ? { containers: o.containers } : {}),
            ...(o.startReads ? { startReads: o.startReads } : {}),
          }),
      },
    }
  } catch (e) {
    return { ok: false, error: (e as Error).message }
  }
}
