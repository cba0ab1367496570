// The container runtime as abigap needs it: a small interface so the pure core and the run logic never see dockerode.
import type { RegistryAuth } from './registry-auth.js'

/** A label set: every object abigap creates carries LABEL_TOOL plus a run id. */
export type Labels = Record<string, string>

/** One path inside a container, as the archive API's stat reports it. */
export interface PathStat {
  type: 'file' | 'dir' | 'symlink' | 'other'
  /** Bytes of a regular file (0 for the rest). */
  size: number
  /** A symlink's target, resolved inside the container (absolute); '' when it is no symlink. */
  linkTarget: string
}

/** What an image is, as the engine reports it. */
export interface ImageInfo {
  id: string
  repoDigests: string[]
  /** Docker architecture, e.g. "amd64", "arm64". */
  arch: string
  os: string
  variant?: string
}

/** One event of a pull stream (the engine's JSON lines, raw). */
export interface PullEvent {
  status?: string
  id?: string
  progress?: string
  /** Bytes of a layer downloaded / extracted so far, and its size. */
  progressDetail?: { current?: number; total?: number }
  error?: string
  errorDetail?: { message?: string }
}

/** A mount of a named volume into a container. */
export interface VolumeMount {
  volume: string
  target: string
  readOnly: boolean
}

/** A bind mount of a directory of the engine's host (only meaningful when the engine shares this host's files). */
export interface BindMount {
  bind: string
  target: string
  readOnly: boolean
}

/** Any mount a container gets. */
export type ContainerMount = VolumeMount | BindMount

/** Resource and privilege limits for one container; hardened defaults live in hardening.ts. */
export interface ContainerLimits {
  network: boolean
  readOnlyRootfs: boolean
  user: string
  memoryBytes: number
  nanoCpus: number
  pidsLimit: number
  /** Ulimits by name (nofile, nproc, fsize, core): soft = hard. */
  ulimits: Record<string, number>
  /** tmpfs mounts: path → options (e.g. "rw,exec,size=16m"). */
  tmpfs: Record<string, string>
  init: boolean
}

/** Everything needed to create one container. */
export interface ContainerSpec {
  name: string
  image: string
  platform?: string
  entrypoint: string[]
  cmd: string[]
  env: string[]
  workdir?: string
  labels: Labels
  limits: ContainerLimits
  mounts: ContainerMount[]
  /** false: the engine keeps no log of the output (attach still streams it). */
  logs?: boolean
  /** true: the container's stdin stays open for an attach with stdin to write to. */
  stdin?: boolean
}

/** The state of a container after it stopped (or while it runs). */
export interface ContainerState {
  running: boolean
  exitCode: number | null
  oomKilled: boolean
  /** The engine's start/run error (State.Error), empty when none. */
  error: string
}

/** A live demultiplexed output stream of a container. */
export interface OutputStream {
  /** Resolves when the stream ends (or is destroyed). */
  done: Promise<void>
  destroy(): void
}

/** An attached container's output, and its stdin when attached with it. */
export interface AttachedStream extends OutputStream {
  /** Writes to the container's stdin (throws when not attached with it). */
  write(data: Buffer): void
}

/** Receives demultiplexed output chunks. */
export type OutputSink = (stream: 'stdout' | 'stderr', chunk: Buffer) => void

/** A container found by label. */
export interface LabelledObject {
  id: string
  name: string
  labels: Labels
}

/** The operations abigap needs from a container engine. Implemented with dockerode in dockerode-runtime.ts. */
export interface ContainerRuntime {
  /** Where the engine lives (for messages), e.g. "unix:///var/run/docker.sock". */
  readonly endpoint: string
  /** True when the engine listens on a unix socket of this host, so a bind mount of a host directory may work. */
  readonly local?: boolean
  ping(timeoutMs: number): Promise<void>
  /** The engine's version string and API version ('podman' when Podman serves the Docker API). */
  version(): Promise<{ version: string; apiVersion: string; engine?: 'docker' | 'podman' }>
  /** Image facts, or null when the image is not present locally. */
  inspectImage(ref: string): Promise<ImageInfo | null>
  /** Pulls an image (with registry credentials when given); onEvent sees every event; resolves when the stream ends. */
  pullImage(
    ref: string,
    platform: string | undefined,
    onEvent: (e: PullEvent) => void,
    signal?: AbortSignal,
    auth?: RegistryAuth | null,
  ): Promise<void>
  createVolume(name: string, labels: Labels): Promise<void>
  removeVolume(name: string): Promise<void>
  listVolumes(label: string): Promise<LabelledObject[]>
  /** Creates a container; returns its id. */
  createContainer(spec: ContainerSpec): Promise<string>
  /** Extracts a tar archive into `path` inside the container (created or running). */
  putArchive(id: string, path: string, tar: Buffer | NodeJS.ReadableStream): Promise<void>
  /**
   * What `path` inside the container is, from the archive API's stat (a HEAD, no content; symlinks in its parent
   * directories are followed, a final one is not): null when absent. Optional: an engine without it has every path
   * read with getArchive.
   */
  statPath?(id: string, path: string): Promise<PathStat | null>
  /** A tar stream of `path` inside the container. */
  getArchive(id: string, path: string): Promise<NodeJS.ReadableStream>
  /** Attaches to stdout/stderr, and stdin when asked (a container created with `stdin`); call before start. */
  attach(id: string, sink: OutputSink, stdin?: boolean): Promise<AttachedStream>
  /** Resolves with the exit code when the container next exits (call before start). */
  wait(id: string): Promise<number | null>
  start(id: string): Promise<void>
  inspectContainer(id: string): Promise<ContainerState>
  kill(id: string, signal?: string): Promise<void>
  /** Force-removes a container and its anonymous volumes; a missing container is not an error. */
  removeContainer(id: string): Promise<void>
  listContainers(label: string): Promise<LabelledObject[]>
}
