// Crafted facts shared by the origins and what-if tests: a cgo Go binary built on glibc 2.36.
import { emptySourceIndex, type SourceIndex } from '../../src/abi/source-index.js'
import type { SymbolHistory } from '../../src/abi/what-if.js'
import { emptyInspectedFile } from '../../src/binary/inspect.js'
import type { DynamicSymbol } from '../../src/elf/types.js'
import type { InspectedFile } from '../../src/binary/types.js'
import { indexGoFile } from '../../src/io/source-index.js'

/** An undefined symbol bound to `library` + `version`. */
export function und(
  name: string,
  version: string | null,
  library: string | null = 'libc.so.6',
  binding = 'GLOBAL',
): DynamicSymbol {
  return { name, version, hidden: false, library: version ? library : null, defined: false, binding, type: 'FUNC' }
}

/** The cgo runtime's symbols as go1.19 links them on glibc 2.36 (readelf of a real build). */
export const RUNTIME = [
  und('pthread_create', 'GLIBC_2.34'),
  und('pthread_detach', 'GLIBC_2.34'),
  und('pthread_attr_getstacksize', 'GLIBC_2.34'),
  und('pthread_sigmask', 'GLIBC_2.32'),
  und('malloc', 'GLIBC_2.2.5'),
  und('__errno_location', 'GLIBC_2.2.5'),
]
/** net's and os/user's cgo paths. */
export const NET_USER = [und('getaddrinfo', 'GLIBC_2.2.5'), und('getpwuid_r', 'GLIBC_2.2.5')]

/** A cgo Go binary importing `symbols`. */
export function cgoBinary(symbols: DynamicSymbol[], deps: { path: string; version: string }[] = []): InspectedFile {
  const nodes = new Map<string, Set<string>>()
  for (const s of symbols)
    if (s.library && s.version) (nodes.get(s.library) ?? nodes.set(s.library, new Set()).get(s.library)!).add(s.version)
  return {
    ...emptyInspectedFile('/out/gateway', 1000),
    elf: {
      class: 64,
      endian: 'little',
      type: 'DYN',
      machine: 'Advanced Micro Devices X86-64',
      osabi: 'UNIX - System V',
      arch: 'amd64',
    },
    linkage: 'dynamic',
    interpreter: '/lib64/ld-linux-x86-64.so.2',
    needed: [...nodes.keys()],
    libc: 'glibc',
    versionNeeds: [...nodes].map(([file, v]) => ({ file, versions: [...v].map((name) => ({ name, weak: false })) })),
    dynamicSymbols: symbols,
    go: {
      version: 'go1.19.8',
      path: 'example.com/gateway/cmd/gateway',
      main: { path: 'example.com/gateway', version: '(devel)' },
      settings: { CGO_ENABLED: '1' },
      deps,
    },
  }
}

/** A source index of Go files given as path → text. */
export function sourceOf(files: Record<string, string>): SourceIndex {
  const idx = emptySourceIndex('/src')
  for (const [file, text] of Object.entries(files)) indexGoFile(file, text, idx)
  return idx
}

/** The gateway of issue 14: own C calling arc4random in its preamble, importing net and os/user. */
export const GATEWAY_SRC = {
  'cmd/gateway/main.go':
    'package main\n\nimport (\n\t"net"\n\t"os/user"\n)\n\nfunc main() { _, _ = net.LookupHost("x"); _, _ = user.Current(); token() }\n',
  'cmd/gateway/token.go':
    'package main\n\n/*\n#include <stdlib.h>\n#include <stdint.h>\n\nstatic uint32_t tok(void) { return arc4random(); }\n*/\nimport "C"\n\nfunc token() uint32 { return uint32(C.tok()) }\n',
}

/** Symbol history as glibc's and musl's real files say (readelf of glibc 2.31/2.36/2.41, musl 1.2.3). */
export const HISTORY: SymbolHistory = {
  glibcSince: (s) =>
    ({
      arc4random: 'GLIBC_2.36',
      getrandom: 'GLIBC_2.25',
      pthread_create: 'GLIBC_2.2.5',
      pthread_detach: 'GLIBC_2.2.5',
      pthread_attr_getstacksize: 'GLIBC_2.2.5',
      pthread_sigmask: 'GLIBC_2.2.5',
      malloc: 'GLIBC_2.2.5',
      __errno_location: 'GLIBC_2.2.5',
      getaddrinfo: 'GLIBC_2.2.5',
      getpwuid_r: 'GLIBC_2.2.5',
      exp: 'GLIBC_2.2.5',
      getcpu: 'GLIBC_2.29',
      sched_getcpu: 'GLIBC_2.6',
      epoll_pwait2: 'GLIBC_2.35',
      fmaximum: 'GLIBC_2.35',
      __libc_start_main: 'GLIBC_2.2.5',
    })[s] ?? (s === 'mystery' ? undefined : null),
  muslSince: (s) =>
    ({
      pthread_create: '1.0.0',
      pthread_detach: '1.0.0',
      pthread_attr_getstacksize: '1.0.0',
      pthread_sigmask: '1.0.0',
      malloc: '1.0.0',
      __errno_location: '1.0.0',
      getaddrinfo: '1.0.0',
      getpwuid_r: '1.0.0',
      getrandom: '1.1.20',
      exp: '1.0.0',
      __libc_start_main: '1.0.0',
    })[s] ?? (s === 'mystery' ? undefined : null),
}
