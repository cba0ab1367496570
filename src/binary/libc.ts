// Which C library a binary was built against: knowledge about libcs (glibc, musl), not about ELF, so above src/elf.
import { isMuslLibc } from './libc-names.js'
import type { GoBuildInfo } from '../gobuildinfo/types.js'
import type { InspectedFile, LibcFlavor } from './types.js'

/** Facts the libc inference looks at. */
export interface LibcEvidence {
  interpreter: string | null
  needed: string[]
  soname: string | null
  needNames: string[]
  defNames: string[]
  abiTag: { os: string; kernel: string } | null
  go: GoBuildInfo | null
  linkage: InspectedFile['linkage']
  sectionNames: Set<string>
}

/** Which libc a loader (PT_INTERP) path belongs to, by its file name. */
export function loaderFlavor(path: string): 'glibc' | 'musl' | 'other' {
  const base = path.slice(path.lastIndexOf('/') + 1)
  if (/^ld-musl-.*\.so\.1$/.test(base)) return 'musl'
  if (/^(ld-linux.*\.so\.\d+|ld64\.so\.[12]|ld\.so\.1)$/.test(base)) return 'glibc'
  return 'other'
}

/** Infers the C library a file was built against: loader first, then needed libraries and versions, then notes and Go build info. */
export function inferLibc(e: LibcEvidence): LibcFlavor {
  if (e.interpreter !== null) {
    const flavor = loaderFlavor(e.interpreter)
    if (flavor !== 'other') return flavor
  }
  for (const n of e.needed) {
    if (n === 'libc.so.6' || n === 'libc.so.6.1' || n === 'libc.so.0.3') return 'glibc'
    if (isMuslLibc(n)) return 'musl'
  }
  if (e.needNames.some((n) => n.startsWith('GLIBC_')) || e.defNames.some((n) => n.startsWith('GLIBC_'))) return 'glibc'
  if (e.soname !== null) {
    if (isMuslLibc(e.soname)) return 'musl'
    if (e.soname === 'libc.so.6' || e.soname.startsWith('ld-linux')) return 'glibc'
  }
  if (e.interpreter !== null) return 'unknown'
  if (e.linkage === 'static' || e.linkage === 'static-pie') {
    // glibc's crt1.o carries .note.ABI-tag; musl's does not.
    if (e.abiTag !== null) return 'glibc'
    if (e.go !== null) {
      // A Go binary linked by an external C linker (it has .init) without glibc's note was linked against musl.
      if (e.go.settings['CGO_ENABLED'] === '1' && e.sectionNames.has('.init')) return 'musl'
      return 'none'
    }
  }
  return 'unknown'
}
