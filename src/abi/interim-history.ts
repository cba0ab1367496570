// Interim symbol history (until src/knowledge/symbol-history.ts lands): when each glibc symbol entered glibc
// (earliest node in glibc 2.41's libc.so.6/libm.so.6, amd64) and which symbols musl 1.2.3 defines, both read from
// the real files with readelf (src/abi/data/libc-symbols.json names them).
import data from './data/libc-symbols.json' with { type: 'json' }
import type { SymbolHistory } from './what-if.js'

let glibc: Map<string, string> | null = null
let musl: Set<string> | null = null

/** The musl release the interim musl facts were read from. */
export const INTERIM_MUSL_RELEASE = data.muslRelease

/**
 * glibcSince: the earliest glibc release defining a symbol on amd64; undefined (unknown) for another arch or a name
 * glibc 2.41 does not define. muslSince: "1.2.3" when musl 1.2.3 defines it, null when it does not.
 */
export const interimHistory: SymbolHistory = {
  glibcSince(symbol, arch) {
    if (arch !== data.arch) return undefined
    glibc ??= new Map(
      Object.entries(data.glibc as Record<string, string[]>).flatMap(([v, names]) =>
        names.map((n) => [n, v] as [string, string]),
      ),
    )
    return glibc.get(symbol)
  },
  muslSince(symbol) {
    musl ??= new Set(data.musl)
    return musl.has(symbol) ? data.muslRelease : null
  },
}
