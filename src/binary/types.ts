import type { ElfFacts, ElfHeaderFacts } from '../elf/types.js'
import type { GoBuildInfo } from '../gobuildinfo/types.js'

/** The C library a file was built against, as abigap infers it. */
export type LibcFlavor = 'glibc' | 'musl' | 'none' | 'unknown'

/** ELF header facts plus the Go/Docker name of the machine. */
export interface InspectedElfHeader extends ElfHeaderFacts {
  /** Go/Docker architecture name (amd64, arm64, 386, arm, ppc64le, s390x, mips, riscv64, ...) when known. */
  arch?: string
}

/**
 * Every fact abigap knows about one file — the ELF facts, its Go build info and its libc flavor: the `files[]` entry
 * of `abigap inspect --json` (schemaVersion 1).
 */
export interface InspectedFile extends Omit<ElfFacts, 'elf'> {
  elf: InspectedElfHeader | null
  libc: LibcFlavor
  go: GoBuildInfo | null
}
