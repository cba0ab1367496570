// arm64 targets end to end: `abigap matrix` builds amd64 and arm64 variants (arm64 cgo with the cross compiler),
// runs the arm64 builds in a real arm64 glibc image through QEMU binfmt, never runs an amd64 build there (it would
// run natively on this host: a false ok), and the gap engine uses the aarch64 glibc node list (base GLIBC_2.17).
import { jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { MatrixReport } from '../../src/report/types.js'
import type { TargetProfile } from '../../src/knowledge/types.js'
import {
  FIXTURE,
  abigap,
  compareVersions,
  definedGlibc,
  ensureDist,
  requireImages,
  requiredGlibc,
} from '../helpers/e2e-world.js'

jest.setTimeout(600_000)

const ARM_IMAGE = 'abigap-test/arm64-glibc'
const ARM_TARGET = `${ARM_IMAGE} (linux/arm64)`
const CROSS_LIBC = '/usr/aarch64-linux-gnu/lib/libc.so.6'
let dir: string
let report: MatrixReport
let status: number | null
let stderr: string

function config(file: string, arch: string[], targets: string[]): string {
  writeFileSync(
    path.join(dir, file),
    `working-directory: ${path.relative(dir, FIXTURE)}
package: ./cmd/server
axes: {cgo: [off, on], libc: [glibc], link: [dynamic], arch: [${arch.join(', ')}]}
cc: {arm64: aarch64-linux-gnu-gcc}
targets:
${targets.map((t) => `  - ${t}`).join('\n')}
docker: {pull: never, mode: required}
`,
  )
  return path.join(dir, file)
}

beforeAll(async () => {
  requireImages([ARM_IMAGE, 'abigap-test/bullseye', 'abigap-test/bookworm'])
  const binfmt = readFileSync('/proc/sys/fs/binfmt_misc/qemu-aarch64', 'utf8')
  if (!/^enabled/m.test(binfmt) || !/^flags: .*F/m.test(binfmt)) {
    throw new Error('qemu-aarch64 binfmt (flag F) is not registered: run scripts/test-world.sh')
  }
  await ensureDist()
  dir = mkdtempSync(path.join(os.tmpdir(), 'abigap-e2e-arm64-'))
  const file = config(
    'abigap.yml',
    ['amd64', 'arm64'],
    ['abigap-test/bullseye', 'abigap-test/bookworm', `{ image: ${ARM_IMAGE}, platform: linux/arm64 }`],
  )
  const r = abigap(['matrix', '--config', file, '--json', '--out', path.join(dir, 'out')])
  status = r.status
  stderr = r.stderr
  report = JSON.parse(r.stdout) as MatrixReport
})

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

const cell = (variant: string, target: string) => {
  const c = report.results.find((x) => x.variant === variant && x.target === target)
  if (!c) throw new Error(`no cell ${variant} × ${target} in ${report.results.map((x) => `${x.variant}×${x.target}`)}`)
  return c
}
const binary = (variant: string) => path.join(dir, 'out', report.builds.find((b) => b.variant === variant)!.binary!)

test('the arm64 variants are real aarch64 builds (cgo through aarch64-linux-gnu-gcc)', () => {
  expect(stderr).not.toMatch(/internal error/)
  expect(report.infrastructureErrors).toEqual([])
  expect(report.builds.map((b) => [b.variant, b.status])).toEqual(
    expect.arrayContaining([
      ['nocgo-arm64', 'ok'],
      ['cgo-glibc-arm64', 'ok'],
      ['nocgo', 'ok'],
      ['cgo-glibc', 'ok'],
    ]),
  )
  for (const v of ['nocgo-arm64', 'cgo-glibc-arm64'])
    expect(execFileSync('readelf', ['-h', binary(v)], { encoding: 'utf8' })).toMatch(/Machine:\s+AArch64/)
  expect(execFileSync('readelf', ['-l', binary('cgo-glibc-arm64')], { encoding: 'utf8' })).toContain(
    '/lib/ld-linux-aarch64.so.1',
  )
})

test('arm64 builds ran in the arm64 image through QEMU: ok, and the static verdict agrees', () => {
  expect(os.arch()).toBe('x64') // so an aarch64 process here can only be emulated
  for (const v of ['nocgo-arm64', 'cgo-glibc-arm64']) {
    const c = cell(v, ARM_TARGET)
    expect({ v, verdict: c.verdict, run: c.run?.outcome, agreement: c.agreement }).toEqual({
      v,
      verdict: 'compatible',
      run: 'ok',
      agreement: 'agree',
    })
  }
  // the fixture's own output: the cgo build really executed its C part under emulation
  expect(cell('cgo-glibc-arm64', ARM_TARGET).run?.stdout).toMatch(/^abigap-fixture: native=cgo\(sigmask=0,env=unset\)/)
  expect(cell('nocgo-arm64', ARM_TARGET).run?.stdout).toMatch(/^abigap-fixture: native=pure-go cxx=off\n/)
  // arm64 builds are checked on the arm64 target only, amd64 builds on the amd64 ones
  expect(report.results.filter((c) => c.variant.endsWith('-arm64')).map((c) => c.target)).toEqual([
    ARM_TARGET,
    ARM_TARGET,
  ])
  // the amd64 cgo build on bullseye (glibc 2.31) fails to load, statically and in the run alike
  expect(cell('cgo-glibc', 'abigap-test/bullseye')).toMatchObject({
    verdict: 'incompatible',
    agreement: 'agree',
    run: { outcome: 'missing-symbol-version' },
  })
  expect(status).toBe(1)
})

test('the arm64 image was probed from its files: glibc 2.36 of the cross package, its node list exactly', () => {
  const c = cell('cgo-glibc-arm64', ARM_TARGET)
  expect(c.profile).toMatchObject({ source: 'image', libc: { flavor: 'glibc', version: '2.36' }, confidence: 'high' })
  const r = abigap(['profile', ARM_IMAGE, '--platform', 'linux/arm64', '--json'])
  expect(r.stderr).toBe('')
  const profile = JSON.parse(r.stdout) as TargetProfile
  expect(profile.arch).toEqual(['arm64'])
  expect(profile.loaders).toEqual(['/lib/ld-linux-aarch64.so.1'])
  const libc = profile.libraries.find((l) => l.soname === 'libc.so.6')!
  // the oracle: the version definitions of the library the image was made from
  expect(libc.versions.filter((v) => v.startsWith('GLIBC_2')).sort(compareVersions)).toEqual(
    definedGlibc(CROSS_LIBC).filter((v) => v.startsWith('GLIBC_2')),
  )
})

test('per-arch glibc nodes: aarch64 starts at GLIBC_2.17, and the floors are what readelf says', () => {
  const armNeeds = requiredGlibc(binary('cgo-glibc-arm64'))
  const amdNeeds = requiredGlibc(binary('cgo-glibc'))
  expect(armNeeds[0]).toBe('GLIBC_2.17') // aarch64's first glibc node
  expect(compareVersions(amdNeeds[0]!, 'GLIBC_2.17')).toBeLessThan(0) // x86-64's go back to 2.2.5
  const floorOf = (v: string) =>
    report.floors.find((f) => f.file === report.builds.find((b) => b.variant === v)!.binary)
  expect(floorOf('cgo-glibc-arm64')?.libc).toEqual({ flavor: 'glibc', version: armNeeds.at(-1)!.slice(6) })
  expect(floorOf('cgo-glibc')?.libc).toEqual({ flavor: 'glibc', version: amdNeeds.at(-1)!.slice(6) })
  // the embedded arm64 knowledge (used for floors and embedded targets) is the aarch64 list, not the x86-64 one
  const embedded = JSON.parse(
    abigap(['profile', 'debian:bookworm', '--embedded', '--platform', 'linux/arm64', '--json']).stdout,
  ) as TargetProfile
  const nodes = embedded.libraries
    .find((l) => l.soname === 'libc.so.6')!
    .versions.filter((v) => v.startsWith('GLIBC_2'))
  expect(nodes.sort(compareVersions)).toEqual(definedGlibc(CROSS_LIBC).filter((v) => v.startsWith('GLIBC_2')))
  // an embedded glibc-2.17 target (centos:7 on arm64) has every node of the base but not the binary's newest
  const r = abigap(['check', binary('cgo-glibc-arm64'), '--target', 'centos:7', '--json'])
  const checked = JSON.parse(r.stdout) as { results: { verdict: string; gaps: { kind: string; message: string }[] }[] }
  expect(checked.results[0]?.verdict).toBe('incompatible')
  const versionGaps = checked.results[0]!.gaps.filter((g) => g.kind === 'symbol-version')
    .map((g) => g.message)
    .join('\n')
  expect(versionGaps).toContain(`glibc ≥ ${armNeeds.at(-1)!.slice(6)}`)
  expect(versionGaps).not.toMatch(/GLIBC_2\.17\b/)
})

test('amd64 builds on the arm64 target: arch-mismatch, never run (never a false ok)', () => {
  const file = config('mismatch.yml', ['amd64'], [`{ image: ${ARM_IMAGE}, platform: linux/arm64 }`])
  const r = abigap(['matrix', '--config', file, '--json'])
  const mismatch = JSON.parse(r.stdout) as MatrixReport
  expect(r.status).toBe(1)
  expect(mismatch.results.map((c) => c.variant).sort()).toEqual(['cgo-glibc', 'nocgo'])
  for (const c of mismatch.results) {
    expect(c.verdict).toBe('incompatible')
    expect(c.gaps.map((g) => g.kind)).toContain('arch-mismatch')
    expect(c.run).toBeNull()
    expect(c.agreement).toBe('not-run')
  }
  expect(mismatch.skipped.join('\n')).toMatch(/nocgo not run on abigap-test\/arm64-glibc \(linux\/arm64\)/)
  expect(mismatch.infrastructureErrors).toEqual([])
})
