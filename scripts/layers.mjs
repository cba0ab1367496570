// The folders of src/ and which of them each may import: the one statement of abigap's layering, read by
// eslint.config.js (import-x/no-restricted-paths) and described in README "Architecture". Imports flow inward:
// faces → orchestration → I/O → pure. A folder not named in another's list is out of bounds for it.

/** Pure folders: bytes and data in, data out; no file system, processes, engine or GitHub Actions. */
export const PURE_FOLDERS = ['errors', 'elf', 'gobuildinfo', 'binary', 'knowledge', 'abi', 'matrix', 'report']

const PURE_BELOW_REPORT = ['errors', 'elf', 'gobuildinfo', 'binary', 'knowledge', 'abi']
const PURE = [...PURE_BELOW_REPORT, 'matrix', 'report']

/** For each folder of src/, the other folders it may import from. */
export const ALLOWED_IMPORTS = {
  // pure, innermost first. src/errors (the error model: UserError, InfrastructureError, exit statuses) imports
  // nothing; the ELF core (elf, gobuildinfo, binary) has its own ElfError and does not need it.
  errors: [],
  // like Go's debug/elf and debug/buildinfo: elf imports nothing, gobuildinfo reads through elf, and binary composes
  // both with the libc flavor one layer up
  elf: [],
  gobuildinfo: ['elf'],
  binary: ['elf', 'gobuildinfo'],
  knowledge: ['errors', 'elf', 'gobuildinfo', 'binary'],
  abi: ['errors', 'elf', 'gobuildinfo', 'binary', 'knowledge'],
  matrix: ['errors', 'knowledge', 'abi'],
  report: [...PURE_BELOW_REPORT, 'matrix'],
  // I/O
  io: PURE_BELOW_REPORT,
  docker: [...PURE_BELOW_REPORT, 'io'],
  build: [...PURE_BELOW_REPORT, 'matrix', 'io', 'docker'],
  // orchestration
  pipeline: [...PURE, 'io', 'docker', 'build'],
  // faces
  action: [...PURE, 'io', 'docker', 'build', 'pipeline'],
  cli: [...PURE, 'io', 'docker', 'build', 'pipeline'],
}

const FOLDERS = Object.keys(ALLOWED_IMPORTS)

/** The zones of import-x/no-restricted-paths: for each folder, every other folder it may not import. */
export function layerZones() {
  return FOLDERS.flatMap((folder) => {
    const banned = FOLDERS.filter((other) => other !== folder && !ALLOWED_IMPORTS[folder].includes(other))
    return banned.length === 0
      ? []
      : [
          {
            target: `./src/${folder}`,
            from: banned.map((b) => `./src/${b}`),
            message: `src/${folder} may import only from ${ALLOWED_IMPORTS[folder].map((f) => `src/${f}`).join(', ') || 'itself'} (scripts/layers.mjs).`,
          },
        ]
  })
}

const IO_MODULES = ['fs', 'fs/promises', 'child_process', 'net', 'http', 'https', 'os']

/**
 * no-restricted-imports options for one folder: the pure folders import no I/O module (node:fs, child_process, ...),
 * only src/docker imports dockerode, only src/action imports @actions/*.
 */
export function forbiddenImports(folder) {
  const paths = []
  if (PURE_FOLDERS.includes(folder)) paths.push(...IO_MODULES.flatMap((m) => [m, `node:${m}`]), 'tar-stream')
  if (folder !== 'docker') paths.push('dockerode')
  const patterns =
    folder === 'action' ? [] : [{ group: ['@actions/*'], message: 'Only src/action imports @actions/*.' }]
  return { paths, patterns }
}

/** Every folder of src/ the layering knows. */
export const SRC_FOLDERS = FOLDERS
