import { recommendArtifacts, runsThere } from '../../src/pipeline/recommend.js'
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
    { target: 'a', variant: 'cgo-glibc-static' },
    { target: 'b', variant: 'cgo-glibc' },
    { target: 'c', variant: null },
  ])
})

test('a server still running at the timeout ran; a crash or a loader failure did not', () => {
  expect(runsThere(cell('x', 't', 'compatible', run('timeout')))).toBe(true)
  expect(runsThere(cell('x', 't', 'compatible', run('signal')))).toBe(false)
  expect(runsThere(cell('x', 't', 'compatible', run('missing-symbol-version')))).toBe(false)
  expect(runsThere(cell('x', 't', 'unknown'))).toBe(false)
})
