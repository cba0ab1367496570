// The hardened limits every run of an untrusted binary gets (see containers-and-actions.md).
import type { ContainerLimits } from './runtime.js'

/** Tunable limits for runs; all optional with safe defaults. */
export interface RunLimits {
  memoryBytes?: number
  cpus?: number
  pidsLimit?: number
  /** Largest file the binary may write (bytes). */
  fileSizeBytes?: number
  /** Per-stream output cap (bytes); exceeding it kills the run (output-limit). */
  outputCapBytes?: number
}

/** Default per-stream output cap: 256 KiB. */
export const DEFAULT_OUTPUT_CAP = 256 * 1024

/** The user every binary runs as (nobody:nogroup). */
export const RUN_USER = '65534:65534'

/**
 * What a run's environment adds to the image's own (its Config.Env, HOSTNAME and HOME, as `docker run` gives them);
 * nothing of abigap's or the runner's environment ever reaches the binary.
 */
export const RUN_ENV = ['LD_BIND_NOW=1']

/** Container limits for running untrusted binaries: no network, read-only root, non-root, caps dropped. */
export function hardenedLimits(limits: RunLimits = {}): ContainerLimits {
  const memoryBytes = limits.memoryBytes ?? 256 * 1024 * 1024
  return {
    network: false,
    readOnlyRootfs: true,
    user: RUN_USER,
    memoryBytes,
    nanoCpus: Math.round((limits.cpus ?? 1) * 1e9),
    pidsLimit: limits.pidsLimit ?? 128,
    // nproc counts every process of uid 65534 on the host (all targets at once): a backstop above the per-container
    // PidsLimit, which is the real bound of each run
    ulimits: { nofile: 1024, nproc: 4096, fsize: limits.fileSizeBytes ?? 16 * 1024 * 1024, core: 0 },
    tmpfs: { '/tmp': 'rw,noexec,nosuid,nodev,size=16m' },
    init: true,
  }
}
