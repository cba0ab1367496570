// The Docker runtime's public API: connect, images, probes, hardened runs, build containers, cleanup.
export type { ContainerRuntime, ImageInfo, ContainerSpec, ContainerLimits, Labels } from './runtime.js'
export type { RunOutcome, RunResult, RunRequest } from './types.js'
export { connectDocker, parseDockerHost } from './connect.js'
export { DockerUnavailableError, ImageUnavailableError, InfrastructureError, CancelledError } from './errors.js'
export {
  ensureImage,
  forgetEnsuredImages,
  type PullPolicy,
  type ImageIdentity,
  type EnsureImageOptions,
} from './image.js'
export { runInTargets, type RunTargetsOptions, type CellResult } from './run-targets.js'
export { classifyRun, signalName, parseMissingLibraries, parseMissingVersions } from './classify.js'
export { sweepContainers, sweepCaches, installSignalCleanup, sweepLiveRuns, trackRun, untrackRun } from './cleanup.js'
export { hardenedLimits, type RunLimits } from './hardening.js'
export { LABEL_TOOL, LABEL_RUN, LABEL_SESSION, newRunId, setSessionId, currentSessionId } from './labels.js'
export { probeImage, defaultCacheDir, type ProbeOptions } from './probe.js'
export { runBuildContainer, type BuildContainerOptions, type BuildContainerResult } from './build-container.js'
export { TarTree } from './tar-tree.js'
