import type { ByteSource } from '../elf/types.js'
import { NSS_SYMBOLS } from './go-packages.js'

const CHUNK = 1 << 20
const OVERLAP = 64
const RE = new RegExp(`\\0(${NSS_SYMBOLS.join('|')})\\0`, 'g')
const latin1 = new TextDecoder('latin1')

/**
 * The NSS entry points a static binary names in its own symbol/string tables (NUL-delimited names), found by a
 * bounded scan of its bytes (at most `maxBytes`). The ELF facts list only dynamic symbols, which a static binary lacks.
 */
export function scanNssSymbols(src: ByteSource, maxBytes = 256 * 1024 * 1024): string[] {
  const found = new Set<string>()
  const end = Math.min(src.size, maxBytes)
  for (let off = 0; off < end; off += CHUNK - OVERLAP) {
    const len = Math.min(CHUNK, end - off)
    let text: string
    try {
      text = latin1.decode(src.read(off, len))
    } catch {
      break
    }
    for (const m of text.matchAll(RE)) found.add(m[1])
    if (off + len >= end) break
  }
  return [...found].sort()
}
