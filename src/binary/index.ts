/** A binary's facts: ELF facts (src/elf) + Go build info (src/gobuildinfo) + libc flavor. Pure. */
export { inspectBinary, emptyInspectedFile } from './inspect.js'
export { inferLibc, loaderFlavor, type LibcEvidence } from './libc.js'
export { goArchOfMachine } from './arch.js'
export { isGlibcLibrary, isMuslLibc } from './libc-names.js'
export type { InspectedFile, InspectedElfHeader, LibcFlavor } from './types.js'
