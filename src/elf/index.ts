/** The ELF analysis core: bytes in (through a ByteSource), facts out. Pure: no file system, no processes. */
export {
  analyseElf,
  emptyElfFacts,
  readElfInto,
  finishElfFacts,
  type AnalyseOptions,
  type ElfReading,
} from './analyse.js'
export { bufferSource } from './byte-source.js'
export { Budget } from './budget.js'
export { readLayout, type ElfLayout, type ProgramHeader, type SectionHeader } from './layout.js'
export { ElfError, errorInfo, type ElfErrorCode } from './errors.js'
export { compareVersions, splitVersion } from './requires.js'
export type * from './types.js'
export { inspectDocument } from './json.js'
