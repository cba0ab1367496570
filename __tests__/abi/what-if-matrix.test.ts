import { rewordAdvice } from '../../src/abi/symbol-advice.js'
import type { AbiGap } from '../../src/abi/types.js'
import { citeMatrix, type WhatIfVariant } from '../../src/abi/what-if-matrix.js'

const V = (name: string, o: Partial<WhatIfVariant>): WhatIfVariant => ({
  name,
  cgo: true,
  libc: 'glibc',
  link: 'dynamic',
  builder: 'host',
  tags: [],
  ...o,
})
const variants = [
  V('cgo-glibc', {}),
  V('nocgo', { cgo: false, libc: null, link: 'static' }),
  V('cgo-glibc-netgo', { tags: ['netgo', 'osusergo'] }),
  V('cgo-glibc-bullseye', { builder: 'abigap-test/builder-bullseye' }),
  V('cgo-musl-static', { libc: 'musl', link: 'static' }),
]

function gap(): AbiGap {
  return {
    kind: 'symbol-version',
    severity: 'error',
    message: 'gateway needs GLIBC_2.36. Not fixes: old.',
    symbols: ['arc4random'],
    whatIf: [
      {
        fix: 'netgo',
        how: 'x',
        outcome: 'runs',
        offered: true,
        effect: '-tags netgo,osusergo: static, runs on T',
        blockers: [
          { name: 'arc4random', why: 'own C' },
          { name: 'pthread_create', why: 'the cgo runtime' },
        ],
      },
      { fix: 'cgo-off', how: 'x', outcome: 'unknown', offered: true, effect: 'CGO_ENABLED=0: maybe' },
      { fix: 'older-builder', how: 'x', outcome: 'unknown', offered: true, effect: 'older builder: maybe' },
      {
        fix: 'musl-static',
        how: 'x',
        outcome: 'unknown',
        offered: true,
        effect: 'static musl link: maybe',
        blockers: [{ name: 'arc4random', why: 'musl has no arc4random' }],
      },
    ],
    fixes: [],
  }
}

test('each what-if takes the real result of the variant that realises it on the same target', () => {
  const g = gap()
  const cells = [
    {
      variant: 'cgo-glibc',
      target: 'T',
      verdict: 'incompatible',
      gaps: [g],
      run: { outcome: 'missing-symbol-version', exitCode: 1 },
    },
    { variant: 'nocgo', target: 'T', verdict: 'compatible', gaps: [], run: { outcome: 'ok', exitCode: 0 } },
    {
      variant: 'cgo-glibc-netgo',
      target: 'T',
      verdict: 'incompatible',
      gaps: [],
      run: { outcome: 'missing-symbol-version', exitCode: 1 },
    },
    {
      variant: 'cgo-glibc-bullseye',
      target: 'T',
      verdict: 'compatible',
      gaps: [],
      run: { outcome: 'infrastructure-error', exitCode: null },
    },
  ]
  const builds = [
    { variant: 'cgo-glibc', status: 'ok' },
    { variant: 'nocgo', status: 'ok' },
    { variant: 'cgo-glibc-netgo', status: 'ok' },
    { variant: 'cgo-glibc-bullseye', status: 'ok' },
    { variant: 'cgo-musl-static', status: 'failed', firstError: "undefined reference to `arc4random'" },
  ]
  citeMatrix(cells, variants, builds, rewordAdvice)
  const w = Object.fromEntries(g.whatIf!.map((x) => [x.fix, x]))
  expect(w['cgo-off']).toMatchObject({
    outcome: 'runs',
    offered: true,
    matrix: { variant: 'nocgo', result: 'ran on T' },
  })
  expect(w.netgo).toMatchObject({
    outcome: 'still-missing',
    offered: false,
    matrix: { variant: 'cgo-glibc-netgo', result: 'failed to run (missing-symbol-version, exit 1) on T' },
  })
  // an infrastructure failure proves nothing: the computed guess stays
  expect(w['older-builder']).toMatchObject({ outcome: 'unknown', offered: true })
  expect(w['older-builder'].matrix).toBeUndefined()
  expect(w['musl-static']).toMatchObject({
    outcome: 'build-fails',
    offered: false,
    matrix: { variant: 'cgo-musl-static', result: "did not build: undefined reference to `arc4random'" },
  })
  expect(g.fixes).toEqual(['x: runs on T (matrix: nocgo ran on T)', 'older builder: maybe'])
  expect(g.message).toBe(
    "gateway needs GLIBC_2.36. Not fixes: -tags netgo,osusergo: arc4random stays (own C): still not there (matrix: cgo-glibc-netgo failed to run (missing-symbol-version, exit 1) on T); a static musl link: musl has no arc4random: it does not build (matrix: cgo-musl-static did not build: undefined reference to `arc4random').",
  )
})
