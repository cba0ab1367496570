// Promises end to end: the fixture module built for real in every variant, checked (and, on the local images, run)
// by the real pipeline; the verdict follows what the config promises, and what happens in the containers is the
// oracle for every promised cell.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseMatrixConfig } from '../../src/matrix/index.js'
import { runMatrix } from '../../src/pipeline/run-matrix.js'
import { silentSinks } from '../../src/pipeline/sinks.js'
import { allAnnotations, evaluateReport, renderSummary } from '../../src/report/index.js'
import type { MatrixReport } from '../../src/report/types.js'

const fixture = path.resolve(process.cwd(), '__tests__/fixtures/gomod')

/** The README's first abigap.yml, as printed there. */
function readmeConfig(): string {
  const readme = readFileSync(path.resolve(process.cwd(), 'README.md'), 'utf8')
  const m = /A minimal `abigap\.yml`[^\n]*\n\n```yaml\n([\s\S]*?)```/.exec(readme)
  if (!m) throw new Error('README.md has no minimal abigap.yml block')
  return m[1]
}

const cell = (report: MatrixReport, variant: string, target: string) => {
  const c = report.results.find((x) => x.variant === variant && x.target === target)
  if (!c) throw new Error(`no cell ${variant} × ${target}`)
  return c
}

describe("the README's first config (cgo-musl explored next to glibc targets)", () => {
  let report: MatrixReport
  beforeAll(async () => {
    const text = readmeConfig()
    expect(text).toMatch(/^promises: every-target/m)
    // the fixture module stands in for ./cmd/server; centos:7 & co. are not pullable offline: static verdicts from
    // the embedded knowledge (docker: off)
    const config = parseMatrixConfig(text, 'abigap.yml')
    report = await runMatrix(config, { cwd: fixture, sinks: silentSinks, docker: 'off' })
  }, 600_000)

  test('passes because every target has a build that runs there cleanly — and says so', () => {
    expect(report.infrastructureErrors).toEqual([])
    expect(report.promises).toEqual({ everyTarget: true, variants: null })
    for (const r of report.recommended) expect(`${r.target}: ${r.variant}`).toBe(`${r.target}: nocgo`)
    const e = evaluateReport(report, 'error')
    expect(e.verdict).toBe('pass')
    expect(e.reason).toMatch(/^fail-on: error — no errors.*; promises: a clean artifact on every target \(\d+ findings/)
    expect(report.verdict).toBe('pass')
  })

  test('the same matrix without promises fails on cells nobody ships (the promise is what changed)', () => {
    const everyCell = evaluateReport({ ...report, promises: null }, 'error')
    expect(everyCell.verdict).toBe('fail')
    // e.g. the dynamic musl build on centos:7 has no loader: information now, never an error annotation
    expect(cell(report, 'cgo-musl', 'centos:7').gaps.some((g) => g.severity === 'error')).toBe(true)
    const anns = allAnnotations(report)
    expect(anns.filter((a) => a.severity === 'error')).toEqual([])
    expect(anns.some((a) => a.severity === 'notice' && a.title.includes('(not promised: information)'))).toBe(true)
    const md = renderSummary(report)
    expect(md).toMatch(/\| \*\*every target: a clean artifact\*\* \(promised\) \| \| ✅ nocgo \|/)
    expect(md).toMatch(/\| cgo-musl \| musl \| ℹ️ /)
  })
})

describe('per-variant promises on the local images, with real runs', () => {
  const base = `package: ./cmd/server
targets: [abigap-test/bullseye, abigap-test/bookworm, abigap-test/musl]
run: { args: [-resolve], timeout: 20s }
docker: { pull: never, mode: required }
`
  let report: MatrixReport
  beforeAll(async () => {
    const config = parseMatrixConfig(
      `${base}axes: { cgo: [off, on], libc: [glibc, musl], link: [dynamic, static] }
promises:
  variants:
    nocgo: all
    cgo-glibc: [abigap-test/bookworm]
    cgo-musl: [abigap-test/musl]
`,
      'abigap.yml',
    )
    report = await runMatrix(config, { cwd: fixture, sinks: silentSinks })
  }, 900_000)

  test('every promised cell really ran in its container; the verdict passes even at fail-on: warning', () => {
    expect(report.infrastructureErrors).toEqual([])
    const promised = Object.entries(report.promises?.variants ?? {}).flatMap(([v, ts]) => ts.map((t) => [v, t]))
    expect(promised).toHaveLength(5)
    for (const [v, t] of promised) expect(`${v} on ${t}: ${cell(report, v, t).run?.outcome}`).toBe(`${v} on ${t}: ok`)
    expect(evaluateReport(report, 'warning').verdict).toBe('pass')
    // the program resolves localhost from the image's /etc/hosts, as under a plain docker run
    expect(cell(report, 'nocgo', 'abigap-test/bookworm').run?.stdout).toMatch(/localhost: \[127\.0\.0\.1 ::1\] <nil>/)
  })

  test('the cells nobody ships still show what happens there, as information', () => {
    // the oracle: the real run of the bookworm-built glibc binary on bullseye (glibc 2.31) fails to load
    const old = cell(report, 'cgo-glibc', 'abigap-test/bullseye')
    expect(old.run?.outcome).toBe('missing-symbol-version')
    const anns = allAnnotations(report).filter((a) =>
      a.occurrences.some((o) => o.variant === 'cgo-glibc' && o.target === 'abigap-test/bullseye'),
    )
    expect(anns.length).toBeGreaterThan(0)
    expect(anns.every((a) => a.severity === 'notice')).toBe(true)
    expect(renderSummary(report)).toMatch(/\| cgo-glibc \| glibc ≥ [\d.]+ \| ℹ️ GLIBC\\_2\.\d+ \| ✅ ran \|/)
  })

  test('promising the glibc build to bullseye fails, on the cell whose run fails', async () => {
    const config = parseMatrixConfig(
      `${base}variants: [{ cgo: off }, { cgo: on, libc: glibc }]
promises:
  variants:
    nocgo: all
    cgo-glibc: [abigap-test/bullseye, abigap-test/bookworm]
`,
      'abigap.yml',
    )
    const failing = await runMatrix(config, { cwd: fixture, sinks: silentSinks })
    expect(failing.infrastructureErrors).toEqual([])
    expect(cell(failing, 'cgo-glibc', 'abigap-test/bullseye').run?.outcome).toBe('missing-symbol-version')
    const e = evaluateReport(failing, 'error')
    expect(e.verdict).toBe('fail')
    const errors = allAnnotations(failing).filter((a) => a.severity === 'error')
    expect(errors.length).toBeGreaterThan(0)
    for (const a of errors)
      expect(a.occurrences.every((o) => o.variant === 'cgo-glibc' && o.target === 'abigap-test/bullseye')).toBe(true)
    // the musl target is in the matrix but nobody promised cgo-glibc there: its missing loader is a notice
    expect(
      allAnnotations(failing)
        .filter((a) => a.occurrences.some((o) => o.variant === 'cgo-glibc' && o.target === 'abigap-test/musl'))
        .every((a) => a.severity === 'notice'),
    ).toBe(true)
  }, 600_000)
})
