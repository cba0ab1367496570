// The abigap library: the same pipeline the action and the CLI use. Pure analysis first, then I/O, then the matrix.

// The error model: the user's mistakes, infrastructure faults, and their one mapping to exit statuses
export { UserError, InfrastructureError, ExitCode, classifyError } from './errors/index.js'
export type { UserErrorCode, ClassifiedError, ErrorKind } from './errors/index.js'

// ELF facts, Go build info, and the binary's facts they compose (pure)
export { analyseElf, bufferSource, ElfError, compareVersions, inspectDocument } from './elf/index.js'
export type * from './elf/types.js'
export { readGoBuildInfo, parseModInfo, elfExeData } from './gobuildinfo/index.js'
export type { GoBuildInfo } from './gobuildinfo/index.js'
export { inspectBinary, emptyInspectedFile } from './binary/index.js'
export type * from './binary/types.js'

// Target profiles (pure data + validated loader)
export {
  embeddedProfiles,
  findProfile,
  suggestTargets,
  parseProfileJson,
  profileFromTree,
  ProfileError,
} from './knowledge/index.js'
export type {
  RootTree,
  TreeEntry,
  TargetProfile,
  ProfileLibrary,
  ProfileSource,
  Confidence,
} from './knowledge/index.js'

// The gap engine (pure)
export { checkBinary, computeFloor, describeFloor, crossCheck, locateSymbols } from './abi/index.js'
export type * from './abi/types.js'
export type { SourceIndex } from './abi/index.js'

// Matrix configuration and planning (pure)
export { parseMatrixConfig, planMatrix, ConfigError, TARGET_PRESETS } from './matrix/index.js'
export type * from './matrix/types.js'

// Reports: grid, summary, annotations, SARIF, diff, merge (pure)
export {
  formatGrid,
  renderSummary,
  selectAnnotations,
  toSarif,
  diffReports,
  mergeReports,
  evaluateReport,
  parseReportJson,
} from './report/index.js'
export type * from './report/types.js'

// File-system faces
export { inspectFile } from './io/inspect-file.js'
export { openFileSource } from './io/file-source.js'
export { fsTree } from './io/fs-tree.js'
export { indexSource } from './io/source-index.js'
export { loadProfileFile } from './io/load-profile.js'

// Docker (dockerode loads only when connectDocker is called)
export {
  connectDocker,
  ensureImage,
  probeImage,
  runInTargets,
  sweepContainers,
  DockerUnavailableError,
} from './docker/index.js'
export type { ContainerRuntime, RunResult, RunRequest, RunOutcome } from './docker/index.js'

// The whole pipeline
export { runMatrix, type RunMatrixOptions } from './pipeline/run-matrix.js'
export { silentSinks, streamSinks, type PipelineSinks } from './pipeline/sinks.js'
