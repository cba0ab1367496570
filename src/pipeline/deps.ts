// What runMatrix reaches outside itself, injected: builders, the ELF inspector, Docker, the host, the environment and
// the clock. The defaults are the real ones; tests pass fakes (a fake ContainerRuntime behind openDocker, fake builds).
import os from 'node:os'
import { containerBuilder } from '../build/container-builder.js'
import { hostGoArch } from '../build/host-arch.js'
import { muslToolchainRelease } from '../build/musl-toolchain.js'
import { buildOnHost } from '../build/host-builder.js'
import type { Builder } from '../build/types.js'
import type { InspectedFile } from '../binary/types.js'
import type { DependencySource } from '../abi/origins.js'
import { inspectFile } from '../io/inspect-file.js'
import { dependencySources } from '../io/module-sources.js'
import { staticNssSymbolsOf } from '../io/static-nss.js'
import { loadSourceIndex, type SourceIndexLike } from './analysis.js'
import { openDocker } from './docker-session.js'

/** The dependencies of runMatrix. */
export interface PipelineDeps {
  /** Connects to the engine (never throws: an unavailable engine is an error message). */
  openDocker: typeof openDocker
  buildOnHost: Builder
  containerBuilder: typeof containerBuilder
  /** The ELF facts of a built binary. */
  inspect: (path: string) => InspectedFile
  /** Static-glibc NSS symbols a binary calls. */
  staticNss: (path: string, f: InspectedFile) => string[]
  loadSourceIndex: (moduleRoot: string) => Promise<SourceIndexLike | null>
  /** The module-cache sources of a binary's Go dependencies (for the origins of their C symbols). */
  dependencySources: (f: InspectedFile) => Promise<DependencySource[]>
  /** The musl release of the host's musl-gcc, null when there is none (the static-musl what-if's toolchain). */
  muslToolchain: () => Promise<string | null>
  /** GOARCH of this machine (variants and targets that name none). */
  hostArch: string
  /** Targets run at once. */
  runConcurrency: number
  /** The environment the faces hand in: GITHUB_REPOSITORY and GITHUB_REF scope the build caches. Default: none. */
  env: Record<string, string | undefined>
  /** Milliseconds since the epoch (timings). */
  now: () => number
}

/** The real dependencies, with the given ones instead. */
export function pipelineDeps(over: Partial<PipelineDeps> = {}): PipelineDeps {
  return {
    openDocker,
    buildOnHost,
    containerBuilder,
    inspect: inspectFile,
    staticNss: staticNssSymbolsOf,
    loadSourceIndex,
    dependencySources,
    muslToolchain: () => muslToolchainRelease(),
    hostArch: over.hostArch ?? hostGoArch(),
    runConcurrency: Math.max(1, Math.min(2, os.cpus().length)),
    env: {},
    now: Date.now,
    ...over,
  }
}
