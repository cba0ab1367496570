import { attributeImports } from '../../src/abi/origins.js'
import { adviceTexts, nodeOnTarget, whatIf, type WhatIfInput } from '../../src/abi/what-if.js'
import type { InspectedFile } from '../../src/binary/types.js'
import { findProfile } from '../../src/knowledge/index.js'
import type { TargetProfile } from '../../src/knowledge/types.js'
import { cgoBinary, GATEWAY_SRC, HISTORY, NET_USER, RUNTIME, sourceOf, und } from '../helpers/what-if-facts.js'

const bullseye = findProfile('debian:11') as TargetProfile
const buster = findProfile('debian:10') as TargetProfile

function input(
  facts: InspectedFile,
  files: Record<string, string> | null,
  profile = bullseye,
  target = profile === buster ? 'debian:10' : 'debian:11',
): WhatIfInput {
  const source = files ? sourceOf(files) : null
  return {
    facts,
    imports: attributeImports({ facts, source }),
    profile,
    target,
    arch: 'amd64',
    history: HISTORY,
    source,
    muslToolchain: '1.2.3',
  }
}
const byFix = (a: ReturnType<typeof whatIf>) => Object.fromEntries(a.whatIf.map((w) => [w.fix, w]))

describe('whatIf', () => {
  test('the gateway (own C arc4random + net + os/user) on debian:11: no build choice works, the code must change', () => {
    const facts = cgoBinary([...RUNTIME, ...NET_USER, und('arc4random', 'GLIBC_2.36')])
    const advice = whatIf(input(facts, GATEWAY_SRC))
    const w = byFix(advice)
    expect(w.netgo).toMatchObject({ outcome: 'still-missing', offered: false })
    expect(w.netgo.effect).toBe(
      '-tags netgo,osusergo leaves arc4random (GLIBC_2.36, cmd/gateway/token.go:7) and 4 symbol(s) of the cgo runtime (GLIBC_2.34, GLIBC_2.32): still not on debian:11',
    )
    expect(w['cgo-off']).toMatchObject({ outcome: 'build-fails', offered: false })
    expect(w['cgo-off'].effect).toBe(
      "CGO_ENABLED=0: the program's own C (cmd/gateway/token.go:7) needs cgo (arc4random): it does not build",
    )
    expect(w['older-builder']).toMatchObject({ outcome: 'build-fails', offered: false })
    expect(w['older-builder'].effect).toMatch(
      /glibc 2\.31 has no arc4random \(added in 2\.36, cmd\/gateway\/token\.go:7\): the build fails$/,
    )
    expect(w['musl-static']).toMatchObject({ outcome: 'build-fails', offered: false })
    expect(w['musl-static'].effect).toBe(
      'static musl link: musl 1.2.3 has no arc4random (GLIBC_2.36, cmd/gateway/token.go:7): the build fails',
    )
    expect(advice.codeChanges).toEqual([
      {
        symbol: 'arc4random',
        at: 'cmd/gateway/token.go:7',
        text: 'cmd/gateway/token.go:7: arc4random → getrandom(&v, sizeof v, 0) (getrandom(2), glibc ≥ 2.25: debian:11 has 2.31); then build in a debian:bullseye-based builder (golang:<version>-bullseye), glibc 2.31: every C function it calls exists in glibc 2.31, so it links against older nodes → runs on debian:11',
      },
    ])
    expect(adviceTexts(advice)).toEqual([`change the code: ${advice.codeChanges[0].text}`])
  })

  test('net + os/user and no C: -tags netgo,osusergo and CGO_ENABLED=0 make it static and run', () => {
    const facts = cgoBinary([...RUNTIME, ...NET_USER])
    const files = { 'main.go': 'package main\n\nimport (\n\t"net"\n\t"os/user"\n)\n' }
    const w = byFix(whatIf(input(facts, files)))
    expect(w.netgo).toMatchObject({
      outcome: 'runs',
      offered: true,
      effect: '-tags netgo,osusergo: no cgo package left → static, runs on debian:11',
    })
    expect(w['cgo-off']).toMatchObject({
      outcome: 'runs',
      offered: true,
      effect: 'CGO_ENABLED=0: no C code left → static (no libc needed), runs on debian:11',
    })
    // an older builder links the cgo runtime's pthread calls at GLIBC_2.2.5: it runs too
    expect(w['older-builder']).toMatchObject({ outcome: 'runs', offered: true })
    expect(w['musl-static']).toMatchObject({ outcome: 'runs', offered: true })
  })

  test('without a source tree, the static claim says what it assumes', () => {
    const w = byFix(whatIf(input(cgoBinary([...RUNTIME, ...NET_USER]), null)))
    expect(w.netgo.effect).toBe(
      '-tags netgo,osusergo: no cgo package left → static (unless a package of the program imports "C"), runs on debian:11',
    )
  })

  test('own C that is old enough: netgo keeps cgo, and the cgo runtime still needs 2.34 → not offered; an older builder runs', () => {
    const facts = cgoBinary([...RUNTIME, ...NET_USER, und('getrandom', 'GLIBC_2.25')])
    const files = {
      'r.go':
        'package main\n\n// #include <sys/random.h>\n// static int r(void) { char b; return getrandom(&b, 1, 0); }\nimport "C"\n',
    }
    const w = byFix(whatIf(input(facts, files)))
    expect(w.netgo).toMatchObject({ outcome: 'still-missing', offered: false })
    expect(w.netgo.effect).toBe(
      '-tags netgo,osusergo leaves 4 symbol(s) of the cgo runtime (GLIBC_2.34, GLIBC_2.32): still not on debian:11',
    )
    expect(w['older-builder']).toMatchObject({ outcome: 'runs', offered: true })
    expect(w['older-builder'].effect).toMatch(
      /^build in a debian:bullseye-based builder .*, glibc 2\.31: every C function it calls exists in glibc 2\.31.*→ runs on debian:11$/,
    )
    expect(w['musl-static']).toMatchObject({
      outcome: 'runs',
      effect: 'static musl link: every C function it calls exists in musl 1.2.3 → static, runs on debian:11',
    })
  })

  test('C program with exp (libm GLIBC_2.29) and getcpu (libc GLIBC_2.29) on debian:10: getcpu blocks the older builder', () => {
    const facts = cgoBinary([...RUNTIME, und('exp', 'GLIBC_2.29', 'libm.so.6'), und('getcpu', 'GLIBC_2.29')])
    const files = {
      'm.go':
        'package main\n\n// #define _GNU_SOURCE\n// #include <math.h>\n// #include <sched.h>\n// static double e(double x) { unsigned c, n; getcpu(&c, &n); return exp(x); }\nimport "C"\n',
    }
    const advice = whatIf(input(facts, files, buster))
    const w = byFix(advice)
    expect(
      nodeOnTarget(
        advice.whatIf.length ? attributeImports({ facts }).find((s) => s.name === 'exp')! : (null as never),
        buster,
      ),
    ).toBe(false)
    expect(w['older-builder'].outcome).toBe('build-fails')
    expect(w['older-builder'].effect).toMatch(/glibc 2\.28 has no getcpu \(added in 2\.29, m\.go:6\): the build fails$/)
    expect(w['older-builder'].blockers?.map((b) => b.name)).toEqual(['getcpu'])
    expect(w['musl-static'].blockers?.map((b) => b.name)).toEqual(['getcpu'])
    expect(advice.codeChanges.map((c) => c.text)).toEqual([
      'm.go:6: getcpu → sched_getcpu() (sched_getcpu(3), glibc ≥ 2.6: debian:10 has 2.28); then build in an almalinux:8 / rockylinux:8-based builder, glibc 2.28: every C function it calls exists in glibc 2.28, so it links against older nodes → runs on debian:10',
    ])
    // on debian:11 (glibc 2.31) both 2.29 nodes are there: a bullseye builder relinks the cgo runtime's 2.34 calls
    expect(byFix(whatIf(input(facts, files)))['older-builder']).toMatchObject({ outcome: 'runs', offered: true })
  })

  test('a symbol of unknown history is an unknown outcome, offered with what it depends on', () => {
    const facts = cgoBinary([...RUNTIME, und('mystery', 'GLIBC_2.34')])
    const files = { 'x.go': 'package main\n\n// static void f(void) { mystery(); }\nimport "C"\n' }
    const w = byFix(whatIf(input(facts, files)))
    expect(w['older-builder']).toMatchObject({ outcome: 'unknown', offered: true })
    expect(w['older-builder'].effect).toContain('if glibc 2.31 defines mystery (GLIBC_2.34, x.go:3)')
  })

  test('weak undefined symbols never block a link', () => {
    const facts = cgoBinary([
      ...RUNTIME,
      und('__cxa_finalize', 'GLIBC_2.2.5', 'libc.so.6', 'WEAK'),
      und('__gmon_start__', null, null, 'WEAK'),
    ])
    const w = byFix(whatIf(input(facts, { 'm.go': 'package main\n\nimport "C"\n' })))
    expect(w['musl-static']).toMatchObject({ outcome: 'runs' })
  })

  test("the static-musl fix follows the toolchain's musl release, and says its condition when that is unknown", () => {
    const history = {
      ...HISTORY,
      muslSince: (s: string) => (s === 'statx' ? '1.2.5' : HISTORY.muslSince(s)),
      muslOldest: '1.1.24',
    }
    const files = { 'm.go': 'package main\n\nimport "C"\n' }
    const withStatx = cgoBinary([...RUNTIME, und('statx', 'GLIBC_2.28')])
    const musl = (facts: InspectedFile, muslToolchain: string | null) =>
      byFix(whatIf({ ...input(facts, files), history, muslToolchain }))['musl-static']
    expect(musl(withStatx, '1.2.3')).toMatchObject({
      outcome: 'build-fails',
      offered: false,
      effect: 'static musl link: musl 1.2.3 has no statx (GLIBC_2.28): the build fails',
    })
    expect(musl(withStatx, '1.2.5')).toMatchObject({ outcome: 'runs', offered: true })
    expect(musl(withStatx, null)).toMatchObject({
      outcome: 'unknown',
      offered: true,
      effect:
        'static musl link: statx entered musl in 1.2.5 → static, runs on debian:11 with a musl ≥ 1.2.5 toolchain (no musl-gcc here told its release)',
    })
    expect(musl(cgoBinary(RUNTIME), null)).toMatchObject({
      outcome: 'runs',
      effect:
        'static musl link: every C function it calls exists in every musl since 1.1.24 → static, runs on debian:11',
    })
  })

  test('a nocgo Go binary gets no cgo what-ifs', () => {
    const facts = cgoBinary([und('x', 'GLIBC_2.34')])
    facts.go!.settings.CGO_ENABLED = '0'
    expect(whatIf(input(facts, null)).whatIf.map((w) => w.fix)).toEqual(['older-builder'])
  })
})

describe('checkBinary with the advice wired in', () => {
  test('the gateway on debian:11: origins in the gap and its text, no build choice offered, the code change', async () => {
    const { checkBinary } = await import('../../src/abi/check-binary.js')
    const facts = cgoBinary([...RUNTIME, ...NET_USER, und('arc4random', 'GLIBC_2.36')])
    const r = checkBinary(facts, bullseye, { targetName: 'debian:11', source: sourceOf(GATEWAY_SRC), history: HISTORY })
    const gap = r.gaps.find((g) => g.kind === 'symbol-version' && g.version === 'GLIBC_2.36')!
    // one gap per node, each with exactly its symbols and their origins
    const g234 = r.gaps.find((g) => g.version === 'GLIBC_2.34')!
    expect(g234.origins?.map((o) => `${o.name}:${o.origin.kind}`)).toEqual([
      'pthread_create:cgo-runtime',
      'pthread_detach:cgo-runtime',
      'pthread_attr_getstacksize:cgo-runtime',
    ])
    expect(g234.message).toContain('(from the cgo runtime and C start-up code linked into every cgo binary)')
    expect(g234.fixes).toEqual([
      "no build choice alone runs it on debian:11: first make the code changes the binary's other gaps name",
    ])
    expect(g234.message).toContain('Not fixes: -tags netgo,osusergo: pthread_create stays (the cgo runtime')
    expect(gap.origins?.find((o) => o.name === 'arc4random')).toEqual({
      name: 'arc4random',
      library: 'libc.so.6',
      version: 'GLIBC_2.36',
      origin: { kind: 'own-c', file: 'cmd/gateway/token.go', line: 7 },
    })
    expect(gap.message).toContain("needed by arc4random (from the program's own C (cmd/gateway/token.go:7))")
    expect(gap.message).toContain(
      "Not fixes: -tags netgo,osusergo: arc4random stays (the program's own C (cmd/gateway/token.go:7)): still not there",
    )
    expect(gap.fixes).toEqual([
      'change the code: cmd/gateway/token.go:7: arc4random → getrandom(&v, sizeof v, 0) (getrandom(2), glibc ≥ 2.25: debian:11 has 2.31); then build in a debian:bullseye-based builder (golang:<version>-bullseye), glibc 2.31: every C function it calls exists in glibc 2.31, so it links against older nodes → runs on debian:11',
    ])
  })
})

test('the history the advice reads says what the real glibc 2.41 and musl files say', async () => {
  const h = await import('../../src/knowledge/symbol-history.js')
  expect(
    ['arc4random', 'pthread_create', 'getcpu', 'getrandom', 'exp', 'fmaximum'].map((s) => h.glibcSince(s, 'amd64')),
  ).toEqual(['GLIBC_2.36', 'GLIBC_2.2.5', 'GLIBC_2.29', 'GLIBC_2.25', 'GLIBC_2.2.5', 'GLIBC_2.35'])
  expect(h.glibcSince('arc4random', 'arm64')).toBeUndefined()
  expect(['arc4random', 'getcpu'].map((s) => h.muslSince(s))).toEqual([null, null])
  expect(h.muslSince('getrandom')).not.toBeNull()
})
