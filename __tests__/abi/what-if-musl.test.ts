// The what-if advice on a musl target, for a musl binary: computed from the embedded musl history (real libcs).
import { checkBinary } from '../../src/abi/check-binary.js'
import type { InspectedFile } from '../../src/binary/types.js'
import { findProfile } from '../../src/knowledge/index.js'
import type { TargetProfile } from '../../src/knowledge/types.js'
import { cgoBinary, sourceOf } from '../helpers/what-if-facts.js'

const alpine = findProfile('alpine:3.17', 'amd64') as TargetProfile
const MUSL_RUNTIME = ['pthread_create', 'pthread_detach', 'malloc', '__errno_location']
const STATX_SRC = {
  'main.go': 'package main\n\nfunc main() { size() }\n',
  'stat.go':
    'package main\n\n/*\n#define _GNU_SOURCE\n#include <sys/stat.h>\n#include <fcntl.h>\n\nstatic long sz(void) { struct statx s; return statx(AT_FDCWD, "/", 0, STATX_SIZE, &s) ? -1 : (long)s.stx_size; }\n*/\nimport "C"\n\nfunc size() int64 { return int64(C.sz()) }\n',
}

/** A cgo Go binary linked against musl (no symbol versions; it needs musl's libc by its Alpine name). */
function muslBinary(names: string[]): InspectedFile {
  const f = cgoBinary([])
  const lib = 'libc.musl-x86_64.so.1'
  return {
    ...f,
    interpreter: '/lib/ld-musl-x86_64.so.1',
    libc: 'musl',
    needed: [lib],
    versionNeeds: [],
    dynamicSymbols: names.map((name) => ({
      name,
      version: null,
      hidden: false,
      library: null,
      defined: false,
      binding: 'GLOBAL',
      type: 'FUNC',
    })),
  }
}

const gapOf = (muslToolchain: string | null) => {
  const r = checkBinary(muslBinary([...MUSL_RUNTIME, 'statx']), alpine, {
    targetName: 'alpine:3.17',
    source: sourceOf(STATX_SRC),
    muslToolchain,
  })
  const gap = r.gaps.find((g) => g.kind === 'missing-symbol')
  if (!gap) throw new Error(`no missing-symbol gap: ${JSON.stringify(r.gaps)}`)
  return gap
}
const byFix = (g: ReturnType<typeof gapOf>) => Object.fromEntries((g.whatIf ?? []).map((w) => [w.fix, w]))

describe('what-if on a musl target (statx, added in musl 1.2.5, on alpine:3.17 with musl 1.2.3)', () => {
  test('with a musl 1.2.5 toolchain the static link is the one fix; the older builder and CGO_ENABLED=0 are not', () => {
    expect(alpine.libc).toEqual({ flavor: 'musl', version: '1.2.3' })
    const gap = gapOf('1.2.5')
    expect(gap.origins?.map((o) => `${o.name}:${o.origin.kind}`)).toEqual(['statx:own-c'])
    const w = byFix(gap)
    expect(w['older-builder']).toMatchObject({
      outcome: 'build-fails',
      offered: false,
      effect: 'a musl 1.2.3 builder: musl 1.2.3 has no statx (added in 1.2.5, stat.go:8): the build fails',
    })
    expect(w['cgo-off']).toMatchObject({ outcome: 'build-fails', offered: false })
    expect(w['musl-static']).toMatchObject({
      outcome: 'runs',
      offered: true,
      effect: 'static musl link: every C function it calls exists in musl 1.2.5 → static, runs on alpine:3.17',
    })
    expect(gap.fixes).toEqual([w['musl-static'].effect])
    expect(gap.message).toContain("(from the program's own C (stat.go:8)): musl's loader stops with")
    expect(gap.message).toContain('Not fixes: ')
  })

  test('with the musl 1.2.3 toolchain nothing builds and runs: the code must change (no replacement is known)', () => {
    const gap = gapOf('1.2.3')
    expect(byFix(gap)['musl-static']).toMatchObject({
      outcome: 'build-fails',
      effect: 'static musl link: musl 1.2.3 has no statx (stat.go:8): the build fails',
    })
    expect(gap.codeChanges).toEqual([
      {
        symbol: 'statx',
        at: 'stat.go:8',
        text: 'stat.go:8: replace statx (no build choice provides it on alpine:3.17), or drop alpine:3.17 from the promised targets',
      },
    ])
  })

  test('without a toolchain release the static link is offered with its condition', () => {
    expect(byFix(gapOf(null))['musl-static']).toMatchObject({
      outcome: 'unknown',
      offered: true,
      effect:
        'static musl link: statx entered musl in 1.2.5 → static, runs on alpine:3.17 with a musl ≥ 1.2.5 toolchain (no musl-gcc here told its release)',
    })
  })
})
