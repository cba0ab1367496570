// probeImage: the exact TargetProfile of any image, read through the archive API of a created-never-started container.
import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'
import type { ContainerRuntime } from './runtime.js'
import { CURRENT_PROFILE_VERSION, type TargetProfile } from '../knowledge/types.js'
import { ldSoConfDirs, profileFromTree, type TreeMeta } from '../knowledge/rootfs-profile.js'
import { ensureImage, type PullPolicy } from './image.js'
import { TarTree } from './tar-tree.js'
import { canStat, SparseRoot } from './sparse-root.js'
import { readNeeds, startReadPaths } from './probe-needs.js'
import { IDLE_MAX_FILES } from './idle-elf.js'
import type { StartReads } from './start-reads.js'
import { PROBE_PATHS, inLibraryDir, keepProfileContent } from './probe-paths.js'
import { hardenedLimits } from './hardening.js'
import { labelsFor, newRunId, objectName } from './labels.js'
import { errorMessage, errorStatus, InfrastructureError } from './errors.js'
import { trackRun, untrackRun } from './cleanup.js'

/** Bumped when the probe reads more or different files, so stale cache entries are ignored. */
export const PROBE_FORMAT = 2

/** Options of probeImage. */
export interface ProbeOptions {
  pull?: PullPolicy
  platform?: string
  /** Cache directory; null disables the cache. Default $XDG_CACHE_HOME/abigap or ~/.cache/abigap. */
  cacheDir?: string | null
  onProgress?: (line: string) => void
  signal?: AbortSignal
  /**
   * Sonames whose exports to read (the checked binaries' DT_NEEDED); unset: every library's (TreeMeta.exportsFor);
   * empty (binaries that load nothing): no library, the release files and the loaders only.
   */
  exportsFor?: readonly string[]
  /**
   * Containers a probe with `exportsFor` spreads its archive requests over (default 3: an engine serves one
   * container's requests one at a time). Probes run side by side do better with 1: the engine's CPU is then the limit
   * (each archive request starts a process), and every container costs a create and a remove.
   */
  containers?: number
  /**
   * Files of the image a run container reads as it starts (with `exportsFor`): the probe takes their content from
   * there instead of archive requests, and settles it with null when it needs none (a cached profile).
   */
  startReads?: StartReads
}

/** The default probe cache directory. */
export function defaultCacheDir(): string {
  const xdg = process.env.XDG_CACHE_HOME
  return join(xdg && xdg.startsWith('/') ? xdg : join(homedir(), '.cache'), 'abigap')
}

/**
 * Probes `ref` (cached by image ID) and profiles what it read (profileFromTree). With `exportsFor` (and an engine that
 * stats paths) only the libraries those sonames load are looked up, by name (the profile's `librariesFor`); without,
 * the library directories and /etc are read whole.
 */
export async function probeImage(rt: ContainerRuntime, ref: string, opts: ProbeOptions = {}): Promise<TargetProfile> {
  const image = await ensureImage(rt, ref, {
    pull: opts.pull ?? 'missing',
    ...(opts.platform ? { platform: opts.platform } : {}),
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
    ...(opts.signal ? { signal: opts.signal } : {}),
  })
  const cacheDir = opts.cacheDir === undefined ? defaultCacheDir() : opts.cacheDir
  const [cacheFile, ...fallbacks] = cacheDir
    ? probeCacheKeys(image.id, opts.exportsFor).map((k) => join(cacheDir, 'profiles', `${k}.json`))
    : []
  for (const file of cacheFile ? [cacheFile, ...fallbacks] : []) {
    const cached = await readCache(file)
    if (cached) {
      opts.startReads?.settle(null)
      return { ...cached, image: ref }
    }
  }
  const runId = newRunId()
  trackRun(rt, runId)
  const needs = opts.exportsFor && canStat(rt) ? opts.exportsFor : null
  const ids: string[] = []
  try {
    const created = await Promise.allSettled(
      Array.from({ length: needs ? Math.max(1, opts.containers ?? 3) : 1 }, (_, i) =>
        rt.createContainer({
          name: objectName(runId, i ? `probe${i}` : 'probe'),
          image: image.id,
          ...(opts.platform ? { platform: opts.platform } : {}),
          entrypoint: ['/abigap-probe-never-started'],
          cmd: [],
          env: [],
          labels: labelsFor(runId, 'probe'),
          limits: hardenedLimits(),
          mounts: [],
        }),
      ),
    )
    for (const c of created) if (c.status === 'fulfilled') ids.push(c.value)
    const failed = created.find((c) => c.status === 'rejected')
    if (failed) throw failed.reason
    const meta = {
      image: ref,
      source: 'image' as const,
      arch: image.arch,
      digest: image.digest ?? image.id,
      ...(opts.exportsFor ? { exportsFor: opts.exportsFor } : {}),
    }
    let profile: TargetProfile
    if (needs && canStat(rt)) {
      const reads = opts.startReads
      const source = reads && {
        arch: image.arch,
        paths: new Set(startReadPaths(image.arch, reads.wanted).slice(0, IDLE_MAX_FILES)),
        files: reads.files,
      }
      const root = new SparseRoot(rt, ids, opts.signal, source)
      const librariesFor = await readNeeds(root, image.arch, needs)
      profile = profileFromTree(root.tree, { ...meta, librariesFor })
    } else profile = await profileWholeRoot(rt, ids[0]!, meta, opts.signal)
    if (cacheFile) await writeCache(cacheFile, profile)
    return profile
  } catch (err) {
    if (opts.signal?.aborted) throw new InfrastructureError(`probe of '${ref}' cancelled`, { cause: err })
    if (err instanceof InfrastructureError) throw err
    throw new InfrastructureError(`cannot probe image '${ref}': ${errorMessage(err)}`, { cause: err })
  } finally {
    await Promise.all(ids.map((id) => rt.removeContainer(id).catch(() => undefined)))
    untrackRun(runId)
  }
}

/** Reads the image's library directories and /etc whole through one container's archive API, and profiles them. */
async function profileWholeRoot(
  rt: ContainerRuntime,
  container: string,
  meta: TreeMeta,
  signal: AbortSignal | undefined,
): Promise<TargetProfile> {
  const tree = new TarTree()
  // content kept only in library-looking directories (memory: a glibc image's /usr/lib is ~40 MB); the rest listed
  const keepOutside = (path: string, size: number): boolean => keepProfileContent(path, size) && inLibraryDir(path)
  // one round of stats, all at once (a HEAD each, no content): absent paths and symlinks need no archive request
  const stats = await Promise.all(
    PROBE_PATHS.map((path) => (rt.statPath ? rt.statPath(container, path).catch(() => undefined) : undefined)),
  )
  for (const [i, path] of PROBE_PATHS.entries()) {
    if (signal?.aborted) throw new InfrastructureError(`probe of '${meta.image}' cancelled`)
    const stat = stats[i]
    if (stat === null) continue
    if (stat?.linkTarget) {
      tree.addSymlink(path, stat.linkTarget)
      continue
    }
    const stream = await archiveUnless404(rt, container, path)
    if (stream) await tree.addArchive(stream, path.slice(0, path.lastIndexOf('/')) || '/', keepOutside)
  }
  // directories ld.so.conf names outside the probe paths (/opt/..., /usr/local/lib64): read them too
  const covered = (d: string) => PROBE_PATHS.some((p) => d === p || d.startsWith(`${p}/`))
  for (const dir of new Set(ldSoConfDirs(tree).filter((d) => !covered(d)))) {
    const stream = await archiveUnless404(rt, container, dir)
    if (stream) await tree.addArchive(stream, dir.slice(0, dir.lastIndexOf('/')) || '/', keepProfileContent)
  }
  const opened = new Set<string>()
  const profile = profileFromTree(tree.recordingOpens(opened), meta)
  // a shared object outside the library-looking directories that the profiler did open (an alternatives link into
  // a subdirectory, an ld.so.conf directory): fetch just those files and profile again, so nothing is guessed
  const lacking = [...opened].filter((p) => tree.lacksContent(p) && keepProfileContent(p, 0))
  if (!lacking.length) return profile
  for (const file of lacking) {
    await tree.addArchive(await rt.getArchive(container, file), file.slice(0, file.lastIndexOf('/')) || '/', () => true)
  }
  return profileFromTree(tree, meta)
}

/** The archive of `path` in the container, or null when it is absent (404). */
async function archiveUnless404(
  rt: ContainerRuntime,
  container: string,
  path: string,
): Promise<NodeJS.ReadableStream | null> {
  try {
    return await rt.getArchive(container, path)
  } catch (err) {
    if (errorStatus(err) === 404) return null
    throw err
  }
}

/**
 * Cache keys of a probe, best first: a profile holds the exports of the sonames it was probed for, so the key names
 * that set (a profile of every library's exports, key `-all`, serves any set too).
 */
export function probeCacheKeys(imageId: string, exportsFor: readonly string[] | undefined): string[] {
  const base = `${imageId.replace(/^sha256:/, '')}-v${PROBE_FORMAT}`
  if (!exportsFor) return [`${base}-all`]
  const set = [...new Set(exportsFor)].sort().join('\n')
  return [`${base}-x${createHash('sha256').update(set).digest('hex').slice(0, 16)}`, `${base}-all`]
}

async function readCache(file: string): Promise<TargetProfile | null> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as TargetProfile
    return parsed && parsed.profileVersion === CURRENT_PROFILE_VERSION && Array.isArray(parsed.libraries)
      ? parsed
      : null
  } catch {
    return null
  }
}

async function writeCache(file: string, profile: TargetProfile): Promise<void> {
  try {
    await mkdir(join(file, '..'), { recursive: true })
    const tmp = `${file}.${process.pid}.tmp`
    await writeFile(tmp, JSON.stringify(profile))
    await rename(tmp, file)
  } catch {
    // a cache that cannot be written only costs time
  }
}
