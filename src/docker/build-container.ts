// runBuildContainer: a build command in a builder image, source delivered and artefacts fetched via the archive API.
import { cpus } from 'node:os'
import { posix } from 'node:path'
import { extract } from 'tar-stream'
import type { ContainerRuntime } from './runtime.js'
import { captureOutput } from './output-capture.js'
import { ensureImage } from './image.js'
import { labelsFor, newRunId, objectName, LABEL_ROLE } from './labels.js'
import { InfrastructureError, errorMessage, errorStatus } from './errors.js'
import { trackRun, untrackRun } from './cleanup.js'
import { supervise, untilStopped } from './supervise.js'

/** Where the build-cache volume is mounted. */
export const BUILD_CACHE_DIR = '/abigap-cache'
/** Label of build-cache volumes (kept across runs; `abigap cleanup --caches` removes them). */
export const LABEL_CACHE = 'io.abigap.cache'

/** Options of runBuildContainer (see the brief's contract). */
export interface BuildContainerOptions {
  image: string
  platform?: string
  input: { tar: Buffer; at: string }
  workdir: string
  cmd: string[]
  env: Record<string, string>
  network: boolean
  cacheVolume?: string
  timeoutMs: number
  fetch: string[]
  signal?: AbortSignal
  onOutput?: (line: string) => void
}

/** The result of a build container run. */
export interface BuildContainerResult {
  exitCode: number | null
  stdout: string
  stderr: string
  fetched: Record<string, Buffer>
  error?: string
  /** Whose fault `error` is: the build's own (past its time, output or memory limits) or the machinery's. */
  fault?: 'build' | 'infrastructure'
}

const BUILD_OUTPUT_CAP = 4 * 1024 * 1024

/** Runs a build in a container; never throws for build or infrastructure faults (they come back in `error`). */
export async function runBuildContainer(
  rt: ContainerRuntime,
  opts: BuildContainerOptions,
): Promise<BuildContainerResult> {
  const runId = newRunId()
  trackRun(rt, runId)
  let id: string | null = null
  const lines = lineSplitter(opts.onOutput)
  // no "still running?" question: a build past its time is killed; a failed kill shows as the container not stopping
  const sup = supervise({
    timeoutMs: opts.timeoutMs,
    signal: opts.signal,
    kill: async () => {
      if (id) await rt.kill(id)
    },
  })
  const out = captureOutput(BUILD_OUTPUT_CAP, () => sup.kill())
  const sink: typeof out.sink = (stream, chunk) => {
    out.sink(stream, chunk)
    lines(stream, chunk)
  }
  const result = (
    exitCode: number | null,
    error?: string,
    fetched: Record<string, Buffer> = {},
    fault: 'build' | 'infrastructure' = 'infrastructure',
  ): BuildContainerResult => ({
    exitCode,
    stdout: out.stdout(),
    stderr: out.stderr(),
    fetched,
    ...(error ? { error, fault } : {}),
  })
  try {
    const image = await ensureImage(rt, opts.image, {
      pull: 'missing',
      ...(opts.platform ? { platform: opts.platform } : {}),
    })
    if (opts.cacheVolume) await ensureCacheVolume(rt, opts.cacheVolume)
    const env = { ...(opts.cacheVolume ? cacheEnv() : {}), HOME: '/tmp', ...opts.env }
    const cores = cpus().length
    id = await rt.createContainer({
      name: objectName(runId, 'build'),
      image: image.id,
      ...(opts.platform ? { platform: opts.platform } : {}),
      entrypoint: opts.cmd.slice(0, 1),
      cmd: opts.cmd.slice(1),
      env: Object.entries(env).map(([k, v]) => `${k}=${v}`),
      workdir: opts.workdir,
      labels: labelsFor(runId, 'build'),
      limits: {
        network: opts.network,
        readOnlyRootfs: false,
        user: '0:0',
        memoryBytes: 4 * 1024 * 1024 * 1024,
        nanoCpus: cores * 1e9,
        pidsLimit: 4096,
        // nofile and nproc set explicitly: Podman otherwise raises both to its default (1048576), beyond its service's
        // hard limits (here 20000 and 32768), and runc fails ("error setting rlimit type 7/6: operation not
        // permitted"). nproc counts every process of host uid 0 (the build runs as root, capabilities dropped): well
        // above the pids limit; processes inside stay bounded by pidsLimit
        ulimits: { core: 0, nofile: 8192, nproc: 16384 },
        tmpfs: {},
        init: true,
      },
      mounts: opts.cacheVolume ? [{ volume: opts.cacheVolume, target: BUILD_CACHE_DIR, readOnly: false }] : [],
    })
    await rt.putArchive(id, opts.input.at, opts.input.tar)
    const attached = await rt.attach(id, sink)
    const waited = rt.wait(id).catch(() => null)
    await rt.start(id)
    sup.arm()
    const started = id
    try {
      await Promise.race([waited, attached.done])
      const state = await untilStopped(
        () => rt.inspectContainer(started),
        250,
        () => 20,
      )
      lines.flush()
      if (opts.signal?.aborted) return result(null, 'cancelled')
      if (out.exceeded) return result(state.exitCode, `build output exceeded ${BUILD_OUTPUT_CAP} bytes`, {}, 'build')
      if (sup.killed) return result(null, `build timed out after ${opts.timeoutMs} ms`, {}, 'build')
      if (state.oomKilled) return result(state.exitCode, 'build ran out of memory', {}, 'build')
      if (state.running) return result(null, 'the build container did not stop')
      const fetched: Record<string, Buffer> = {}
      if (state.exitCode === 0) {
        for (const path of opts.fetch) {
          const file = await fetchFile(rt, id, posix.resolve(opts.workdir, path))
          if (file) fetched[path] = file
        }
      }
      return result(state.exitCode, undefined, fetched)
    } finally {
      attached.destroy()
    }
  } catch (err) {
    return result(null, opts.signal?.aborted ? 'cancelled' : errorMessage(err))
  } finally {
    sup.stop()
    if (id) await rt.removeContainer(id).catch(() => undefined)
    untrackRun(runId)
  }
}

/** Environment pointing Go's caches into the cache volume. */
export function cacheEnv(): Record<string, string> {
  return { GOCACHE: `${BUILD_CACHE_DIR}/go-build`, GOMODCACHE: `${BUILD_CACHE_DIR}/mod` }
}

async function ensureCacheVolume(rt: ContainerRuntime, name: string): Promise<void> {
  const existing = await rt.listVolumes(LABEL_CACHE)
  if (existing.some((v) => v.name === name)) return
  try {
    await rt.createVolume(name, { [LABEL_CACHE]: '1', [LABEL_ROLE]: 'cache' })
  } catch (err) {
    if (errorStatus(err) !== 409) throw err
  }
}

/** Attempts at reading a file whose archive comes back empty (Podman, racing its cleanup of an exited container). */
const EMPTY_ARCHIVE_RETRIES = 8
const EMPTY_ARCHIVE_WAIT_MS = 250

/**
 * The bytes of one regular file inside the container, or null when it is missing or not a regular file. An archive
 * with no entry at all is never an answer for a path (a missing one is a 404): Podman 4.3 sends one at times while it
 * cleans up a container that just exited (4 of 8 builds here), so it is asked again, and an engine that keeps sending
 * it is an infrastructure error.
 */
async function fetchFile(rt: ContainerRuntime, id: string, path: string): Promise<Buffer | null> {
  for (let attempt = 0; attempt < EMPTY_ARCHIVE_RETRIES; attempt++) {
    if (attempt) await new Promise((r) => setTimeout(r, EMPTY_ARCHIVE_WAIT_MS))
    let stream: NodeJS.ReadableStream
    try {
      stream = await rt.getArchive(id, path)
    } catch (err) {
      if (errorStatus(err) === 404) return null
      throw err
    }
    const read = await readFirstFile(stream)
    if (read.entries > 0) return read.file
  }
  throw new InfrastructureError(`the engine sent an empty archive for ${path} ${EMPTY_ARCHIVE_RETRIES} times`)
}

/** The first regular file of a tar stream (null when its first entries are not files) and how many entries it had. */
async function readFirstFile(stream: NodeJS.ReadableStream): Promise<{ file: Buffer | null; entries: number }> {
  const ex = extract()
  let found: Buffer | null = null
  let entries = 0
  const done = new Promise<void>((resolve, reject) => {
    ex.on('finish', () => resolve())
    ex.on('error', reject)
  })
  ex.on('entry', (header, body, next) => {
    entries++
    const chunks: Buffer[] = []
    body.on('data', (c: unknown) => {
      if (header.type === 'file' && found === null) chunks.push(c as Buffer)
    })
    body.on('end', () => {
      if (header.type === 'file' && found === null) found = Buffer.concat(chunks)
      next()
    })
  })
  stream.pipe(ex as unknown as NodeJS.WritableStream)
  await done
  return { file: found, entries }
}

function lineSplitter(onLine?: (line: string) => void) {
  const partial = { stdout: '', stderr: '' }
  const fn = (stream: 'stdout' | 'stderr', chunk: Buffer) => {
    if (!onLine) return
    partial[stream] += chunk.toString('utf8')
    let nl: number
    while ((nl = partial[stream].indexOf('\n')) >= 0) {
      onLine(partial[stream].slice(0, nl).slice(0, 4096))
      partial[stream] = partial[stream].slice(nl + 1)
    }
    if (partial[stream].length > 65536) {
      onLine(partial[stream].slice(0, 4096))
      partial[stream] = ''
    }
  }
  fn.flush = () => {
    for (const s of ['stdout', 'stderr'] as const) if (partial[s] && onLine) onLine(partial[s].slice(0, 4096))
    partial.stdout = partial.stderr = ''
  }
  return fn
}
