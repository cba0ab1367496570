// Promises decide the verdict: the promised cells (and, with every-target, one clean artifact per target) count;
// every other cell is information — a notice, never ❌ — in the verdict, annotations, SARIF, summary and grid.
import { fixtureReport } from '../helpers/reports.js'
import { ConfigError, parseMatrixConfig, planMatrix } from '../../src/matrix/index.js'
import { resolvePromises } from '../../src/matrix/promises.js'
import { allAnnotations, evaluateReport, renderSummary, toSarif, type MatrixReport } from '../../src/report/index.js'
import { formatGrid } from '../../src/report/grid.js'
import { recommendArtifacts } from '../../src/report/recommend.js'

const BASE = `package: ./cmd/server
axes: { cgo: [off, on], libc: [glibc, musl], link: [dynamic, static] }
targets: [abigap-test/bullseye, abigap-test/musl]
presets: [alpine]
`

function resolved(promises: string): ReturnType<typeof resolvePromises> {
  const config = parseMatrixConfig(BASE + promises, 'abigap.yml')
  return resolvePromises(config, planMatrix(config, { hostArch: 'amd64' }))
}

function configProblems(promises: string): string[] {
  try {
    resolved(promises)
  } catch (e) {
    if (e instanceof ConfigError) return e.problems.map((p) => `${p.line}:${p.key}: ${p.message}`)
    throw e
  }
  throw new Error('expected a ConfigError')
}

describe('promises in the config', () => {
  test('no promises key: every cell is a promise (null)', () => {
    expect(resolved('')).toBeNull()
  })
  test('every-target shorthand and per-variant targets: all, refs, preset:NAME', () => {
    expect(resolved('promises: every-target\n')).toEqual({ everyTarget: true, variants: null })
    expect(
      resolved(`promises:
  variants:
    nocgo: all
    cgo-musl-static: [abigap-test/musl, preset:alpine]
    cgo-glibc: [abigap-test/bullseye]
`),
    ).toEqual({
      everyTarget: false,
      variants: {
        nocgo: ['abigap-test/bullseye', 'abigap-test/musl', 'alpine:3.21', 'alpine:3.22', 'alpine:3.23'],
        'cgo-musl-static': ['abigap-test/musl', 'alpine:3.21', 'alpine:3.22', 'alpine:3.23'],
        'cgo-glibc': ['abigap-test/bullseye'],
      },
    })
  })
  test('unknown variants, targets and presets are config errors at their line, with a close match', () => {
    const problems = configProblems(`promises:
  every-target: true
  variants:
    cgo-muslstatic: all
    nocgo: [abigap-test/bulseye, preset:alpin]
    cgo-glibc: [debian:11]
`)
    expect(problems).toEqual([
      "8:promises.variants.cgo-muslstatic: no variant named 'cgo-muslstatic' (did you mean 'cgo-musl-static'?); variants: nocgo, cgo-glibc, cgo-glibc-static, cgo-musl, cgo-musl-static",
      "9:promises.variants.nocgo: 'abigap-test/bulseye' is not a target of this matrix (did you mean 'abigap-test/bullseye'?); name a target, preset:NAME or all",
      "9:promises.variants.nocgo: unknown preset 'alpin' (did you mean 'alpine'?); presets: abigap-test, alpine, debian-ubuntu-lts, distroless, enterprise-linux",
      "10:promises.variants.cgo-glibc: 'debian:11' is not a target of this matrix; name a target, preset:NAME or all",
    ])
  })
  test('a promise that promises nothing, or of a wrong shape, is rejected by the parser', () => {
    expect(() => parseMatrixConfig(BASE + 'promises: { every-target: false }\n', 'abigap.yml')).toThrow(
      /promises nothing: set every-target: true, or list variants/,
    )
    expect(() => parseMatrixConfig(BASE + 'promises: everything\n', 'abigap.yml')).toThrow(ConfigError)
    expect(() => parseMatrixConfig(BASE + 'promises: { variants: { nocgo: [] } }\n', 'abigap.yml')).toThrow(ConfigError)
  })
})

/** The fixture report (cgo-glibc fails on bullseye/musl/nolibc, cgo-musl-static warns everywhere, ...) with promises. */
function promised(promises: MatrixReport['promises']): MatrixReport {
  const r = fixtureReport()
  r.promises = promises
  r.recommended = recommendArtifacts(
    r.targets.map((t) => t.ref),
    r.variants,
    r.builds,
    r.results,
  )
  return r
}

describe('the verdict and its faces follow the promises', () => {
  test('without promises the fixture fails; promising nocgo everywhere passes, the rest is information', () => {
    expect(evaluateReport(fixtureReport(), 'error').verdict).toBe('fail')
    const r = promised({ everyTarget: false, variants: { nocgo: r0Targets() } })
    const e = evaluateReport(r, 'warning')
    expect(e.verdict).toBe('pass')
    expect(e.counts.error + e.counts.warning).toBe(0)
    expect(e.reason).toMatch(
      /promises: the promised variant × target cells \(\d+ findings outside them shown as information\)/,
    )
    // the annotations of the other cells are notices saying so; SARIF carries them as notes
    const anns = allAnnotations(r)
    expect(anns.length).toBeGreaterThan(0)
    expect(anns.every((a) => a.severity === 'notice' && a.title.includes('(not promised: information)'))).toBe(true)
    const sarif = toSarif(r) as { runs: { results: { level: string }[] }[] }
    expect(sarif.runs[0].results.every((x) => x.level === 'note')).toBe(true)
    // the grid shows the other cells as information, never ❌
    const md = renderSummary(r, { verdict: e.verdict, verdictNote: e.reason })
    const row = md.split('\n').find((l) => l.startsWith('| cgo-glibc |')) as string
    expect(row).toBe('| cgo-glibc | glibc ≥ 2.34 | ℹ️ GLIBC\\_2.34 | ✅ ran | ℹ️ no-loader | ℹ️ no-loader |')
    expect(md).toMatch(/Promises: nocgo ships to abigap-test\/bullseye, abigap-test\/bookworm/)
    expect(md).toMatch(/ℹ️ build <b>cgo-glibc-cxx<\/b>: failed \(not promised: information\)/)
    expect(formatGrid(r)).toMatch(/cgo-glibc\s+ℹ GLIBC_2.34\s+✔ ran\s+ℹ no-loader\s+ℹ no-loader/)
  })

  test('a promised cell that does not run fails the verdict, at its own severity', () => {
    const r = promised({ everyTarget: false, variants: { nocgo: r0Targets(), 'cgo-glibc': ['abigap-test/bullseye'] } })
    const e = evaluateReport(r, 'error')
    expect(e.verdict).toBe('fail')
    const errors = allAnnotations(r).filter((a) => a.severity === 'error')
    expect(new Set(errors.map((a) => a.title))).toEqual(
      new Set(['needs GLIBC_2.34 (libc.so.6) — abigap-test/bullseye has glibc 2.31']),
    )
    // the promised variant's failed build would count too: cgo-glibc-cxx is not promised, so it does not
    expect(allAnnotations(r).find((a) => a.kind === 'build-failed')?.severity).toBe('notice')
  })

  test('a warned-only target under every-target is a warning; a target nothing runs on is an error', () => {
    const r = promised({ everyTarget: true, variants: null })
    // nocgo runs cleanly everywhere in the fixture: pass
    expect(evaluateReport(r, 'warning').verdict).toBe('pass')
    // without nocgo: musl has cgo-musl (clean); bullseye only the warned cgo-musl-static; nolibc too
    r.variants = r.variants.filter((v) => v.name !== 'nocgo')
    r.results = r.results.filter((c) => c.variant !== 'nocgo')
    r.builds = r.builds.filter((b) => b.variant !== 'nocgo')
    r.recommended = recommendArtifacts(
      r.targets.map((t) => t.ref),
      r.variants,
      r.builds,
      r.results,
    )
    const e = evaluateReport(r, 'error')
    expect(e.verdict).toBe('pass')
    expect(evaluateReport(r, 'warning').verdict).toBe('fail')
    const promise = allAnnotations(r).filter((a) => a.kind === 'no-clean-artifact')
    expect(promise.map((a) => [a.severity, a.title])).toEqual([
      ['warning', 'no build runs cleanly on abigap-test/bullseye, promised every target'],
      ['warning', 'no build runs cleanly on abigap-test/nolibc, promised every target'],
    ])
    expect(promise[0].message).toMatch(/best candidate cgo-musl-static: static-nss: os\/user lookups/)
    // drop the warned build too: nothing runs on bullseye, an error naming why for each variant
    r.results = r.results.filter((c) => !(c.variant === 'cgo-musl-static' && c.target === 'abigap-test/bullseye'))
    r.recommended = recommendArtifacts(
      r.targets.map((t) => t.ref),
      r.variants,
      r.builds,
      r.results,
    )
    const err = allAnnotations(r).find((a) => a.kind === 'no-clean-artifact' && a.severity === 'error')
    expect(err?.message).toBe(
      'no build runs on abigap-test/bullseye, promised a clean artifact (promises: every-target): cgo-glibc: incompatible (GLIBC_2.34); cgo-musl: incompatible (no-loader); cgo-musl-static: not checked; cgo-glibc-cxx: build failed',
    )
    expect(evaluateReport(r, 'error').verdict).toBe('fail')
    expect(renderSummary(r)).toMatch(/\| \*\*every target: a clean artifact\*\* \(promised\) \| \| ❌ no build runs \|/)
  })

  test('a shard does not decide the every-target promise (the merge does)', () => {
    const r = promised({ everyTarget: true, variants: null })
    r.recommended = r.recommended.map((x) => ({ ...x, variant: null, candidate: null }))
    expect(allAnnotations(r).some((a) => a.kind === 'no-clean-artifact')).toBe(true)
    r.shard = { index: 1, count: 2 }
    expect(allAnnotations(r).some((a) => a.kind === 'no-clean-artifact')).toBe(false)
  })
})

function r0Targets(): string[] {
  return fixtureReport().targets.map((t) => t.ref)
}
