import { scanNssSymbols } from '../abi/nss-scan.js'
import type { InspectedFile } from '../binary/types.js'
import { openFileSource } from './file-source.js'

/**
 * The NSS entry points (getaddrinfo, getpwuid_r, ...) a statically linked glibc binary contains, found by a bounded
 * scan of its bytes; [] for every other kind of binary or when the file cannot be read.
 */
export function staticNssSymbolsOf(path: string, facts: InspectedFile): string[] {
  const staticGlibc =
    facts.elf !== null && facts.interpreter === null && facts.needed.length === 0 && facts.libc === 'glibc'
  if (!staticGlibc) return []
  try {
    const src = openFileSource(path)
    try {
      return scanNssSymbols(src)
    } finally {
      src.close()
    }
  } catch {
    return []
  }
}
