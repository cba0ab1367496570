// What-if fixes, checked for real: three modules are built in a matrix whose variants realise each fix (CGO_ENABLED=0,
// -tags netgo,osusergo, a glibc 2.31 builder, a static musl link) and run in abigap-test/bullseye. The advice on the
// host (glibc 2.36) build must offer exactly the fixes that work, and each offered one (and each code change) is built
// that way and run in the target by the docker CLI, independently of abigap. Needs the test world; never skips.
import { jest } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { AbiGap } from '../../src/abi/types.js'
import type { MatrixReport } from '../../src/report/types.js'
import { abigap, docker, ensureDist, REPO, requireImages } from '../helpers/e2e-world.js'

jest.setTimeout(900_000)

const TARGET = 'abigap-test/bullseye'
const BUILDER = 'abigap-test/builder-bullseye'
const FIXTURES = path.join(REPO, '__tests__', 'fixtures', 'whatif')
const VARIANTS = `variants:
  - { name: cgo-glibc, cgo: on, libc: glibc }
  - { name: nocgo, cgo: off }
  - { name: cgo-glibc-netgo, cgo: on, libc: glibc, tags: [netgo, osusergo] }
  - { name: cgo-glibc-bullseye, cgo: on, libc: glibc, builder: ${BUILDER} }
  - { name: cgo-musl-static, cgo: on, libc: musl, link: static }
targets:
  - ${TARGET}
docker:
  pull: never
`

let work = ''
beforeAll(async () => {
  requireImages([TARGET, BUILDER])
  await ensureDist()
  work = mkdtempSync(path.join(os.tmpdir(), 'abigap-whatif-'))
})
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true })
})

/** Runs the matrix on a copy of a fixture module; returns the report and the output directory. */
function matrix(fixture: string, pkg: string): { report: MatrixReport; out: string; module: string } {
  const module = path.join(work, fixture)
  cpSync(path.join(FIXTURES, fixture), module, { recursive: true })
  const config = path.join(work, `${fixture}.yml`)
  writeFileSync(config, `working-directory: ${module}\npackage: ${pkg}\n${VARIANTS}`)
  const out = path.join(work, `${fixture}-out`)
  const r = abigap(['matrix', '--config', config, '--json', '--out', out])
  if (r.status !== 0 && r.status !== 1) throw new Error(`abigap matrix exited ${r.status}:\n${r.stderr}`)
  return { report: JSON.parse(r.stdout) as MatrixReport, out, module }
}

/** Runs a binary in the target with the docker CLI (the oracle): exit code and output. */
function runInTarget(binary: string): { code: number | null; output: string } {
  const r = spawnSync(
    'docker',
    ['run', '--rm', '--network', 'none', '--label', 'abigap-test=what-if', '-v', `${binary}:/app:ro`, TARGET, '/app'],
    { encoding: 'utf8', timeout: 60_000 },
  )
  return { code: r.status, output: `${r.stdout}${r.stderr}` }
}

/** Builds a module in the glibc 2.31 builder image with the docker CLI (the oracle), as the fix says. */
function buildInBuilder(module: string, pkg: string): string {
  docker([
    'run',
    '--rm',
    '--network',
    'none',
    '--label',
    'abigap-test=what-if',
    '-v',
    `${module}:/src`,
    '-w',
    '/src',
    '-e',
    'CGO_ENABLED=1',
    '-e',
    'GOFLAGS=-mod=mod',
    '-e',
    'HOME=/tmp',
    '-e',
    'GOCACHE=/tmp/gocache',
    BUILDER,
    'go',
    'build',
    '-o',
    '/src/fixed',
    pkg,
  ])
  return path.join(module, 'fixed')
}

const binaryOf = (report: MatrixReport, out: string, variant: string) =>
  path.join(out, report.builds.find((b) => b.variant === variant)!.binary!)
const hostGap = (report: MatrixReport, node?: string): AbiGap => {
  const cell = report.results.find((c) => c.variant === 'cgo-glibc' && c.target === TARGET)!
  const gap = cell.gaps.find(
    (g) => g.kind === 'symbol-version' && g.severity === 'error' && (!node || g.version === node),
  )
  if (!gap) throw new Error(`no symbol-version gap on the host build: ${JSON.stringify(cell.gaps)}`)
  return gap
}
const byFix = (g: AbiGap) => Object.fromEntries((g.whatIf ?? []).map((w) => [w.fix, w]))
const isStatic = (file: string) =>
  !/Requesting program interpreter/.test(execFileSync('readelf', ['-l', '-W', file], { encoding: 'utf8' }))

test('(a) own C calling arc4random + net + os/user: no build choice is offered, the code change works for real', () => {
  const { report, out, module } = matrix('gateway', './cmd/gateway')
  const gap = hostGap(report, 'GLIBC_2.36')
  // one gap per missing node, each with exactly its symbols
  expect(gap.symbols).toEqual(['arc4random'])
  expect(hostGap(report, 'GLIBC_2.34').origins?.every((o) => o.origin.kind === 'cgo-runtime')).toBe(true)
  expect(gap.origins?.find((o) => o.name === 'arc4random')?.origin).toEqual({
    kind: 'own-c',
    file: 'cmd/gateway/token.go',
    line: 7,
  })
  expect(gap.message).toContain("needed by arc4random (from the program's own C (cmd/gateway/token.go:7))")
  const w = byFix(gap)
  expect(Object.values(w).filter((x) => x.offered)).toEqual([])
  expect(w.netgo.effect).toMatch(
    /^-tags netgo,osusergo leaves arc4random \(GLIBC_2\.36, cmd\/gateway\/token\.go:7\).*: still not on/,
  )
  expect(w['cgo-off'].outcome).toBe('build-fails')
  expect(w['older-builder'].effect).toContain(
    'glibc 2.31 has no arc4random (added in 2.36, cmd/gateway/token.go:7): the build fails',
  )
  expect(w['musl-static'].effect).toContain('musl 1.2.3 has no arc4random')
  // the fixes not offered really fail
  const netgo = runInTarget(binaryOf(report, out, 'cgo-glibc-netgo'))
  expect(netgo.code).not.toBe(0)
  expect(netgo.output).toContain("version `GLIBC_2.36' not found")
  const builds = Object.fromEntries(report.builds.map((b) => [b.variant, b]))
  expect(builds.nocgo.status).toBe('failed')
  expect(builds['cgo-glibc-bullseye'].log).toMatch(/arc4random/)
  // the builder image said which glibc it links, so the failed link names it
  expect(builds['cgo-glibc-bullseye'].diagnostics.map((d) => d.message)).toContainEqual(
    expect.stringContaining('(glibc 2.31, builder abigap-test/builder-bullseye) does not define it'),
  )
  expect(builds['cgo-musl-static'].log).toContain("undefined reference to `arc4random'")
  // the code change, applied for real, then the build it names: it runs in the target
  expect(gap.fixes).toHaveLength(1)
  expect(gap.fixes![0]).toMatch(
    /^change the code: cmd\/gateway\/token\.go:7: arc4random → getrandom\(&v, sizeof v, 0\) \(getrandom\(2\), glibc ≥ 2\.25: .* has 2\.31\); then build in a debian:bullseye-based builder .*glibc 2\.31: .*→ runs on /,
  )
  const token = path.join(module, 'cmd/gateway/token.go')
  writeFileSync(
    token,
    readFileSync(token, 'utf8')
      .replace('#include <stdint.h>', '#include <stdint.h>\n#include <sys/random.h>')
      .replace('return arc4random();', 'uint32_t v = 0; getrandom(&v, sizeof v, 0); return v;'),
  )
  const fixed = runInTarget(buildInBuilder(module, './cmd/gateway'))
  expect(fixed).toMatchObject({ code: 0 })
  expect(fixed.output).toContain('token: true')
})

test('(b) net + os/user and no C: every offered fix is built that way and runs in the target', () => {
  const { report, out } = matrix('netuser', '.')
  const gap = hostGap(report)
  const w = byFix(gap)
  expect(w.netgo).toMatchObject({ outcome: 'runs', offered: true, matrix: { variant: 'cgo-glibc-netgo' } })
  expect(w.netgo.effect).toBe(`-tags netgo,osusergo: no cgo package left → static, runs on ${TARGET}`)
  expect(w['cgo-off']).toMatchObject({ outcome: 'runs', offered: true, matrix: { variant: 'nocgo' } })
  expect(w['older-builder']).toMatchObject({
    outcome: 'runs',
    offered: true,
    matrix: { variant: 'cgo-glibc-bullseye' },
  })
  expect(w['musl-static']).toMatchObject({ outcome: 'runs', offered: true, matrix: { variant: 'cgo-musl-static' } })
  expect(gap.fixes).toHaveLength(4)
  for (const f of gap.fixes!)
    expect(f).toMatch(/runs on abigap-test\/bullseye \(matrix: \S+ ran on abigap-test\/bullseye\)$/)
  // the oracle: each realising build runs in the target; "static" is what readelf says
  for (const v of ['cgo-glibc-netgo', 'nocgo', 'cgo-glibc-bullseye', 'cgo-musl-static']) {
    const r = runInTarget(binaryOf(report, out, v))
    expect({ v, code: r.code }).toEqual({ v, code: 0 })
    expect(r.output).toContain('port lookup done')
  }
  expect(isStatic(binaryOf(report, out, 'cgo-glibc-netgo'))).toBe(true)
  expect(isStatic(binaryOf(report, out, 'nocgo'))).toBe(true)
  // and the host build itself really fails there
  expect(runInTarget(binaryOf(report, out, 'cgo-glibc')).output).toContain('not found')
})

test('(c) C needing libm exp and libc getcpu (GLIBC_2.29): only the older builder is offered, and it runs', () => {
  const { report, out } = matrix('mathcpu', '.')
  const gap = hostGap(report)
  const w = byFix(gap)
  expect(w.netgo).toBeUndefined()
  expect(w['cgo-off']).toMatchObject({ outcome: 'build-fails', offered: false })
  expect(w['musl-static']).toMatchObject({ outcome: 'build-fails', offered: false })
  expect(w['musl-static'].effect).toContain('musl 1.2.3 has no getcpu')
  expect(report.builds.find((b) => b.variant === 'cgo-musl-static')!.log).toContain("undefined reference to `getcpu'")
  expect(w['older-builder']).toMatchObject({
    outcome: 'runs',
    offered: true,
    matrix: { variant: 'cgo-glibc-bullseye', result: `ran on ${TARGET}` },
  })
  expect(gap.fixes).toEqual([
    expect.stringMatching(
      /^build in a debian:bullseye-based builder .*→ runs on abigap-test\/bullseye \(matrix: cgo-glibc-bullseye ran on/,
    ),
  ])
  const r = runInTarget(binaryOf(report, out, 'cgo-glibc-bullseye'))
  expect(r).toEqual({ code: 0, output: '2.718\n' })
  // the libm and libc 2.29 nodes are both on glibc 2.31: they are no part of the gap
  expect(gap.symbols).not.toContain('exp')
  expect(gap.symbols).not.toContain('getcpu')
})
