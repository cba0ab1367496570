import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)

// src/docker/hardening.ts
var DEFAULT_OUTPUT_CAP = 256 * 1024;
var RUN_USER = "65534:65534";
var RUN_ENV = ["LD_BIND_NOW=1"];
function hardenedLimits(limits = {}) {
  const memoryBytes = limits.memoryBytes ?? 256 * 1024 * 1024;
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
    tmpfs: { "/tmp": "rw,noexec,nosuid,nodev,size=16m" },
    init: true
  };
}

export {
  DEFAULT_OUTPUT_CAP,
  RUN_ENV,
  hardenedLimits
};
