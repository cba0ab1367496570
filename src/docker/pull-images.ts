// The pull phase of a run: every distinct target image made available once, with progress lines, before the
// probes, builds and runs that use it (they then find it ensured; see ensureImage's per-run memo).
import { mapLimit } from '../io/pool.js'
import type { ContainerRuntime } from './runtime.js'
import { ensureImage, type ImageIdentity, type PullPolicy } from './image.js'
import { errorMessage } from './errors.js'
import { checkEngine } from './engine-check.js'

/** One image a run needs. */
export interface NeededImage {
  ref: string
  platform?: string | null
  /** This image's own pull policy (builder images: 'missing', as the build uses them). */
  pull?: PullPolicy
}

/** The key of an image in pullImages' answer. */
export function imageKey(ref: string, platform?: string | null): string {
  return `${ref}\u0000${platform ?? ''}`
}

/** Ensures each distinct image (two at a time), logging progress and what each resolved to; never throws. */
export async function pullImages(
  rt: ContainerRuntime,
  images: NeededImage[],
  opts: { pull: PullPolicy; log: (line: string) => void; signal?: AbortSignal; concurrency?: number },
): Promise<Map<string, ImageIdentity | { error: string }>> {
  const distinct = [...new Map(images.map((i) => [`${imageKey(i.ref, i.platform)}\u0000${i.pull ?? ''}`, i])).values()]
  const out = new Map<string, ImageIdentity | { error: string }>()
  const one = async (img: NeededImage) => {
    const label = img.platform ? `${img.ref} (${img.platform})` : img.ref
    try {
      const id = await ensureImage(rt, img.ref, {
        pull: img.pull ?? opts.pull,
        ...(img.platform ? { platform: img.platform } : {}),
        ...(opts.signal ? { signal: opts.signal } : {}),
        onProgress: opts.log,
      })
      opts.log(`${label}: ${id.digest ? `digest ${id.digest}` : 'local image, no registry digest'} (id ${id.id})`)
      out.set(imageKey(img.ref, img.platform), id)
    } catch (err) {
      opts.log(`${label}: ${errorMessage(err)}`)
      out.set(imageKey(img.ref, img.platform), { error: errorMessage(err) })
    }
  }
  await mapLimit(distinct, opts.concurrency ?? 2, one)
  // the preflight of the engine itself: on Podman, one hardened container is created (never started)
  const first = [...out.values()].find((v): v is ImageIdentity => !('error' in v))
  const problem = first ? await checkEngine(rt, first.id) : null
  if (problem) opts.log(problem)
  return out
}
