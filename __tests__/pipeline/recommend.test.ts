import { recommendArtifacts, runsThere } from '../../src/pipeline/recommend.js'
import { recommendationText } from '../../src/report/recommend.js'
import { renderSummary } from '../../src/report/summary.js'
import { formatGrid } from '../../src/report/grid.js'
import type { AbiGap } from '../../src/abi/types.js'
import { fixtureReport } from '../helpers/reports.js'
import type { BuildRecord, MatrixCell, VariantSummary } from '../../src/report/types.js'
import type { RunResult } from '../../src/docker/types.js'

const v = (name: string, cgo: boolean, link: 'static' | 'dynamic'): VariantSummary => ({
  name,
  cgo,
  libc: cgo ? 'glibc' : null,
  link,
  arch: 'amd64',
  builder: 'host',
})
const build = (variant: string, status: BuildRecord['status'] = 'ok'): BuildRecord => ({
  variant,
  status,
  binary: `bin/${variant}/x`,
  durationMs: 1,
  command: [],
  env: {},
  diagnostics: [],
  gaps: [],
  log: '',
  floor: null,
})
const run = (outcome: RunResult['outcome']): RunResult => ({
  outcome,
  exitCode: 0,
  signal: null,
  stdout: '',
  stderr: '',
  durationMs: 1,
})
const cell = (
  variant: string,
  target: string,
  verdict: MatrixCell['verdict'],
  r: RunResult | null = null,
): MatrixCell => ({
  file: `bin/${variant}/x`,
  target,
  verdict,
  gaps: [],
  profile: { source: 'image', libc: { flavor: 'glibc', version: '2.36' }, confidence: 'high' },
  variant,
  run: r,
  agreement: 'not-run',
})

test('prefers nocgo, then static, then dynamic; only variants that build cleanly and run there', () => {
  const variants = [v('cgo-glibc', true, 'dynamic'), v('cgo-glibc-static', true, 'static'), v('nocgo', false, 'static')]
  const builds = [build('cgo-glibc'), build('cgo-glibc-static'), build('nocgo', 'toolchain-mismatch')]
  const cells = [
    cell('nocgo', 'a', 'compatible', run('ok')),
    cell('cgo-glibc-static', 'a', 'compatible', run('ok')),
    cell('cgo-glibc', 'a', 'compatible', run('ok')),
    cell('cgo-glibc-static', 'b', 'compatible', run('missing-library')),
    cell('cgo-glibc', 'b', 'compatible', run('exit-nonzero')),
    cell('cgo-glibc', 'c', 'incompatible'),
  ]
  expect(recommendArtifacts(['a', 'b', 'c'], variants, builds, cells)).toEqual([
    { target: 'a', variant: 'cgo-glibc-static', candidate: null },
    { target: 'b', variant: 'cgo-glibc', candidate: null },
    { target: 'c', variant: null, candidate: null },
  ])
})

test('a server still running at the timeout ran; a crash or a loader failure did not', () => {
  expect(runsThere(cell('x', 't', 'compatible', run('timeout')))).toBe(true)
  expect(runsThere(cell('x', 't', 'compatible', run('signal')))).toBe(false)
  expect(runsThere(cell('x', 't', 'compatible', run('missing-symbol-version')))).toBe(false)
  expect(runsThere(cell('x', 't', 'unknown'))).toBe(false)
})

const nss: AbiGap = {
  kind: 'static-nss',
  severity: 'warning',
  message: 'a static glibc binary using NSS (getaddrinfo) needs the target’s own libnss at run time',
}

test('a warned artifact is never recommended over a clean one: the clean dynamic build wins where it runs', () => {
  const variants = [v('cgo-glibc', true, 'dynamic'), v('cgo-glibc-static', true, 'static')]
  const builds = [build('cgo-glibc'), build('cgo-glibc-static')]
  const cells = [
    { ...cell('cgo-glibc-static', 'debian:11', 'compatible', run('ok')), gaps: [nss] },
    { ...cell('cgo-glibc-static', 'debian:13', 'compatible', run('ok')), gaps: [nss] },
    cell('cgo-glibc', 'debian:11', 'incompatible', run('missing-symbol-version')),
    cell('cgo-glibc', 'debian:13', 'compatible', run('ok')),
  ]
  const rec = recommendArtifacts(['debian:11', 'debian:13'], variants, builds, cells)
  expect(rec[1]).toEqual({ target: 'debian:13', variant: 'cgo-glibc', candidate: null })
  // on debian:11 only the warned static build runs: no recommendation, the candidate and its caveat
  expect(rec[0]).toEqual({
    target: 'debian:11',
    variant: null,
    candidate: { variant: 'cgo-glibc-static', caveat: `static-nss: ${nss.message}` },
  })
  expect(recommendationText(rec[0])).toBe(
    `no build runs cleanly on debian:11; best candidate cgo-glibc-static: static-nss: ${nss.message}`,
  )
})

test('a build warning (not only a cell warning) keeps a variant from being recommended', () => {
  const variants = [v('nocgo', false, 'static'), v('cgo-glibc', true, 'dynamic')]
  const warned: BuildRecord = {
    ...build('nocgo'),
    gaps: [{ kind: 'toolchain-mismatch', severity: 'warning', message: 'asked for cgo off but the binary is dynamic' }],
  }
  const builds = [warned, build('cgo-glibc')]
  const cells = [cell('nocgo', 't', 'compatible', run('ok')), cell('cgo-glibc', 't', 'compatible', run('ok'))]
  expect(recommendArtifacts(['t'], variants, builds, cells)).toEqual([
    { target: 't', variant: 'cgo-glibc', candidate: null },
  ])
})

test('the candidate is the variant with the fewest warnings; nothing running means no candidate', () => {
  const variants = [v('nocgo', false, 'static'), v('cgo-glibc-static', true, 'static')]
  const builds = [build('nocgo'), build('cgo-glibc-static')]
  const unknownProfile: AbiGap = { kind: 'unanalysable', severity: 'warning', message: 'no profile' }
  const cells = [
    { ...cell('nocgo', 't', 'compatible', run('ok')), gaps: [nss, { ...nss, message: 'another' }] },
    { ...cell('cgo-glibc-static', 't', 'compatible', run('ok')), gaps: [nss] },
    { ...cell('nocgo', 'u', 'unknown'), gaps: [unknownProfile] },
  ]
  const rec = recommendArtifacts(['t', 'u'], variants, builds, cells)
  expect(rec[0].candidate?.variant).toBe('cgo-glibc-static')
  expect(rec[1]).toEqual({ target: 'u', variant: null, candidate: null })
  expect(recommendationText(rec[1])).toBe('no build runs on u')
})

test('the summary and the terminal grid say "no build runs cleanly" and name the candidate with its caveat', () => {
  const report = fixtureReport()
  const target = report.targets[0].ref
  report.recommended = [
    { target, variant: null, candidate: { variant: 'cgo-glibc-static', caveat: 'static-nss: needs libnss' } },
  ]
  const md = renderSummary(report)
  expect(md).toContain(
    `| ${target} | ⚠️ no build runs cleanly on ${target} — best candidate cgo-glibc-static: static-nss: needs libnss |`,
  )
  expect(md).toContain('Only a build that runs there with no error and no warning is recommended.')
  expect(formatGrid(report)).toContain(
    `${target} → no build runs cleanly on ${target}; best candidate cgo-glibc-static: static-nss: needs libnss`,
  )
})
