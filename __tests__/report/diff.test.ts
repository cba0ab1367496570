import {
  diffReports,
  evaluateReport,
  newGapIdentities,
  findingIdentity,
  collectFindings,
} from '../../src/report/index.js'
import type { MatrixCell, MatrixReport } from '../../src/report/index.js'
import { reconcileRun } from '../../src/abi/reconcile.js'
import { fixtureReport, glibc234Gap, okRun } from '../helpers/reports.js'

/** The base: the same matrix before the PR, where cgo-glibc was built on bullseye (floor 2.17) and ran everywhere glibc. */
function baseReport(): MatrixReport {
  const r = fixtureReport()
  const b = r.builds.find((x) => x.variant === 'cgo-glibc')
  if (!b) throw new Error('fixture changed')
  b.floor = { flavor: 'glibc', version: '2.17' }
  b.floorSymbols = ['__libc_start_main@GLIBC_2.2.5']
  const cell = r.results.find((c) => c.variant === 'cgo-glibc' && c.target === 'abigap-test/bullseye')
  if (!cell) throw new Error('fixture changed')
  cell.verdict = 'compatible'
  cell.gaps = []
  cell.run = okRun()
  // Base: cgo-musl did not run on musl (since fixed).
  const musl = r.results.find((c) => c.variant === 'cgo-musl' && c.target === 'abigap-test/musl')
  if (!musl) throw new Error('fixture changed')
  musl.verdict = 'incompatible'
  musl.gaps = [
    {
      kind: 'missing-library',
      severity: 'error',
      message: 'libfoo.so.1 is not in abigap-test/musl',
      library: 'libfoo.so.1',
    },
  ]
  return r
}

describe('diffReports', () => {
  const head = fixtureReport()
  head.builds.find((b) => b.variant === 'cgo-glibc')?.needed?.push('libsqlite3.so.0')
  const diff = diffReports(baseReport(), head)
  const messages = diff.map((d) => d.message)

  it('names the symbols that raised the floor', () => {
    expect(messages).toContain('cgo-glibc: glibc floor raised 2.17 → 2.34 by __libc_start_main, pthread_sigmask')
    expect(diff.find((d) => d.kind === 'floor-raised')?.symbols).toEqual(['__libc_start_main', 'pthread_sigmask'])
  })
  it('reports newly incompatible and fixed cells', () => {
    expect(messages).toContain('cgo-glibc: newly incompatible with abigap-test/bullseye (GLIBC_2.34)')
    expect(messages).toContain('cgo-musl: fixed: now runs on abigap-test/musl')
  })
  it('reports new needed libraries', () => {
    expect(messages).toContain('cgo-glibc: new needed library libsqlite3.so.0')
  })
  it('reports exactly the new gaps, with the gap for annotations', () => {
    const gaps = diff.filter((d) => d.kind === 'new-gap')
    expect(gaps).toHaveLength(1)
    expect(gaps[0]).toMatchObject({ variant: 'cgo-glibc', target: 'abigap-test/bullseye', severity: 'error' })
    expect(gaps[0].gap?.locations?.[0]).toMatchObject({ file: 'cmd/server/native_cgo.go', line: 16 })
    const ids = newGapIdentities(diff)
    const headIds = collectFindings(head).map(findingIdentity)
    expect(headIds.filter((i) => ids.has(i))).toHaveLength(1)
  })
  it('finds nothing between a report and itself, and the reverse direction lowers the floor', () => {
    expect(diffReports(fixtureReport(), fixtureReport())).toEqual([])
    const back = diffReports(fixtureReport(), baseReport())
    expect(back.map((d) => d.message)).toContain('cgo-glibc: glibc floor lowered 2.34 → 2.17')
    expect(back.find((d) => d.kind === 'fixed')?.target).toBe('abigap-test/bullseye')
  })
  it('does not count a new target as a regression', () => {
    const h = fixtureReport()
    h.targets.push({ id: 'abigap-test/trixie', ref: 'abigap-test/trixie', platform: null, declaredAt: null })
    const g = glibc234Gap()
    h.results.push({
      ...h.results[0],
      variant: 'cgo-glibc',
      target: 'abigap-test/trixie',
      verdict: 'incompatible',
      gaps: [g],
    })
    expect(diffReports(fixtureReport(), h).filter((d) => d.kind === 'new-gap')).toEqual([])
  })
})

describe('evaluateReport (fail-on)', () => {
  it('fails on errors for fail-on error and on warnings for fail-on warning', () => {
    expect(evaluateReport(fixtureReport(), 'error').verdict).toBe('fail')
    const warnOnly = fixtureReport()
    warnOnly.builds = warnOnly.builds.filter((b) => b.variant === 'cgo-musl-static')
    warnOnly.results = warnOnly.results.filter((c) => c.variant === 'cgo-musl-static')
    expect(evaluateReport(warnOnly, 'error')).toMatchObject({ verdict: 'pass', counts: { error: 0, warning: 4 } })
    expect(evaluateReport(warnOnly, 'warning').verdict).toBe('fail')
    expect(evaluateReport(fixtureReport(), 'never').verdict).toBe('pass')
  })
  it('fails on regression only when the diff has new gaps, and needs a baseline', () => {
    const head = fixtureReport()
    expect(evaluateReport(head, 'regression', diffReports(fixtureReport(), head)).verdict).toBe('pass')
    expect(evaluateReport(head, 'regression', diffReports(baseReport(), head))).toMatchObject({
      verdict: 'fail',
      counts: { newGaps: 1 },
    })
    expect(evaluateReport(head, 'regression', null)).toMatchObject({ verdict: 'error', reason: /baseline/ })
  })
  it('never turns an infrastructure error into pass or an ABI verdict', () => {
    const r = fixtureReport()
    r.infrastructureErrors = ['pull abigap-test/gone failed: not found']
    for (const f of ['error', 'warning', 'never'] as const) {
      expect(evaluateReport(r, f)).toMatchObject({ verdict: 'error', reason: /infrastructure error: pull/ })
    }
  })
})

describe('diffReports against a static-only base (a base ref: nothing ran)', () => {
  /** The fixture as a base ref's static check writes it: no cell ran. */
  function staticBase(): MatrixReport {
    const r = fixtureReport()
    for (const c of r.results) {
      c.run = null
      c.agreement = 'not-run'
    }
    return r
  }
  /** The fixture head where cgo-musl on musl failed to load at run time: the pipeline's own reconciliation. */
  function disagreeingHead(): MatrixReport {
    const r = fixtureReport()
    const c = r.results.find((x) => x.variant === 'cgo-musl' && x.target === 'abigap-test/musl') as MatrixCell
    c.run = { ...okRun(), outcome: 'missing-library', exitCode: 127, missingLibraries: ['libfoo.so.1'] }
    if (c.run) c.agreement = reconcileRun(c, c.run)
    return r
  }

  it('precondition: the run flipped the head cell and added a runtime-disagreement gap', () => {
    const c = disagreeingHead().results.find((x) => x.variant === 'cgo-musl' && x.target === 'abigap-test/musl')
    expect(c?.verdict).toBe('incompatible')
    expect(c?.gaps.map((g) => g.kind)).toEqual(['runtime-disagreement'])
  })
  it('compares the head statically: a run disagreement is neither a new gap nor newly incompatible', () => {
    expect(diffReports(staticBase(), disagreeingHead())).toEqual([])
  })
  it('still reports the run disagreement when the base ran too', () => {
    const kinds = diffReports(fixtureReport(), disagreeingHead()).map((d) => `${d.kind}:${d.gap?.kind ?? ''}`)
    expect(kinds).toEqual(['newly-incompatible:', 'new-gap:runtime-disagreement'])
  })
  it('still reports a static regression against a static base', () => {
    const head = disagreeingHead()
    const c = head.results.find((x) => x.variant === 'nocgo' && x.target === 'abigap-test/bullseye') as MatrixCell
    c.verdict = 'incompatible'
    c.gaps.push({ kind: 'kernel-floor', severity: 'error', message: 'needs Linux 5.10' })
    const diff = diffReports(staticBase(), head)
    expect(diff.map((d) => `${d.kind}:${d.variant}:${d.target}`)).toEqual([
      'newly-incompatible:nocgo:abigap-test/bullseye',
      'new-gap:nocgo:abigap-test/bullseye',
    ])
  })
})
