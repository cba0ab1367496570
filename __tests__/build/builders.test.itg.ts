// Real builds of the fixture module on the host and in a builder image, checked against readelf and `go version -m`.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { hostGoArch } from '../../src/build/host-arch.js'
import { buildOnHost } from '../../src/build/host-builder.js'
import { containerBuilder } from '../../src/build/container-builder.js'
import { checkBuildIntent } from '../../src/build/intent.js'
import type { BuildContext } from '../../src/build/types.js'
import { inspectFile } from '../../src/io/inspect-file.js'
import type { PlannedVariant } from '../../src/matrix/types.js'
import { plannedVariant } from '../helpers/variants.js'

const fixture = path.resolve(process.cwd(), '__tests__/fixtures/gomod')
const variant = (over: Partial<PlannedVariant>): PlannedVariant => plannedVariant(over)
let out: string
const ctx = (over: Partial<BuildContext> = {}): BuildContext => ({
  moduleRoot: fixture,
  settings: { package: './cmd/server', goFlags: [], tags: [], ldflags: '', env: {}, downloadModules: false },
  outDir: out,
  hostArch: hostGoArch(),
  timeoutMs: 240_000,
  ...over,
})
const readelf = (args: string[], file: string) => execFileSync('readelf', [...args, '-W', file], { encoding: 'utf8' })

beforeAll(() => {
  out = mkdtempSync(path.join(os.tmpdir(), 'abigap-build-itg-'))
})
afterAll(() => rmSync(out, { recursive: true, force: true }))

describe('host builder', () => {
  test('cgo-musl-static: static, no interpreter, CGO_ENABLED=1 (readelf + go version -m agree), no intent gaps', async () => {
    const v = variant({ name: 'cgo-musl-static', libc: 'musl', link: 'static' })
    const o = await buildOnHost(v, ctx())
    expect(o.record.status).toBe('ok')
    const bin = o.binaryPath as string
    expect(readelf(['-l'], bin)).not.toMatch(/INTERP/)
    expect(execFileSync('go', ['version', '-m', bin], { encoding: 'utf8' })).toMatch(/CGO_ENABLED=1/)
    expect(o.record.env).toMatchObject({ CGO_ENABLED: '1', CC: 'musl-gcc' })
    expect(checkBuildIntent(v, inspectFile(bin))).toEqual([])
    expect(execFileSync(bin, [], { encoding: 'utf8' })).toMatch(/native=cgo/)
  }, 300_000)

  test('the C++ trap: cgo-musl with the cxx tag links with the host g++ → glibc → toolchain-mismatch', async () => {
    const v = variant({ name: 'cgo-musl-static-cxx', libc: 'musl', link: 'static', tags: ['cxx'] })
    const o = await buildOnHost(v, ctx())
    expect(o.record.status).toBe('ok')
    const bin = o.binaryPath as string
    // oracle: glibc's crt1.o leaves the GNU ABI note that musl's start files do not have
    expect(readelf(['-n'], bin)).toMatch(/NT_GNU_ABI_TAG/)
    const gaps = checkBuildIntent(v, inspectFile(bin))
    expect(gaps.map((g) => g.kind)).toContain('toolchain-mismatch')
    expect(gaps.map((g) => g.message).join('\n')).toMatch(
      /should be linked against musl but came out linked against glibc/,
    )

    const dyn = variant({ name: 'cgo-musl-cxx', libc: 'musl', link: 'dynamic', tags: ['cxx'] })
    const d = await buildOnHost(dyn, ctx())
    const dbin = d.binaryPath as string
    expect(readelf(['-l'], dbin)).toMatch(/ld-linux-x86-64/)
    const dgaps = checkBuildIntent(dyn, inspectFile(dbin))
    expect(dgaps.map((g) => g.message).join('\n')).toMatch(/interpreter \/lib64\/ld-linux-x86-64.so.2.*libstdc\+\+/)
  }, 300_000)

  test('a compile error is a failed build with file:line:col relative to the module', async () => {
    const mod = mkdtempSync(path.join(os.tmpdir(), 'abigap-broken-'))
    mkdirSync(path.join(mod, 'cmd/app'), { recursive: true })
    writeFileSync(path.join(mod, 'go.mod'), 'module example.com/broken\n\ngo 1.15\n')
    writeFileSync(path.join(mod, 'cmd/app/main.go'), 'package main\n\nfunc main() {\n\tundefinedThing()\n}\n')
    try {
      const o = await buildOnHost(
        variant({ name: 'nocgo', cgo: false, libc: null, link: 'static' }),
        ctx({ moduleRoot: mod, settings: { ...ctx().settings, package: './cmd/app' } }),
      )
      expect(o.record.status).toBe('failed')
      expect(o.binaryPath).toBeNull()
      expect(o.record.diagnostics[0]).toEqual({
        file: 'cmd/app/main.go',
        line: 4,
        column: 2,
        message: 'undefined: undefinedThing',
      })
      expect(o.record.gaps[0]).toMatchObject({
        kind: 'build-failed',
        locations: [{ file: 'cmd/app/main.go', line: 4, column: 2 }],
      })
      expect(o.record.log).toMatch(/undefined: undefinedThing/)
    } finally {
      rmSync(mod, { recursive: true, force: true })
    }
  }, 120_000)

  test('missing tools give precise errors', async () => {
    // a PATH with go but no musl-gcc
    const bin = mkdtempSync(path.join(os.tmpdir(), 'abigap-path-'))
    symlinkSync(execFileSync('which', ['go'], { encoding: 'utf8' }).trim(), path.join(bin, 'go'))
    const noMusl = await buildOnHost(
      variant({ name: 'cgo-musl', libc: 'musl' }),
      ctx({ settings: { ...ctx().settings, env: { PATH: bin } } }),
    )
    rmSync(bin, { recursive: true, force: true })
    expect(noMusl.record.status).toBe('failed')
    expect(noMusl.record.diagnostics[0].message).toBe('musl-gcc not found: install musl-tools or use a builder image')
    const noGo = await buildOnHost(
      variant({ name: 'nocgo', cgo: false }),
      ctx({ settings: { ...ctx().settings, env: { PATH: '/nonexistent' } } }),
    )
    expect(noGo.record.diagnostics[0].message).toMatch(/^go not found on PATH/)
  })
})

describe('container builder', () => {
  test('cgo-glibc in abigap-test/builder-bullseye: glibc floor 2.31 or lower (readelf), pre-1.18 buildinfo', async () => {
    const docker = await import('../../src/docker/index.js')
    const { runBuildContainer } = await import('../../src/docker/build-container.js')
    const rt = await docker.connectDocker().catch((e: Error) => {
      throw new Error(`Docker is required for this integration test: ${e.message}`)
    })
    const build = containerBuilder({ run: (o) => runBuildContainer(rt, o), cacheVolume: 'abigap-test-go-cache' })
    const v = variant({ name: 'cgo-glibc-bullseye', builder: 'abigap-test/builder-bullseye' })
    const o = await build(v, ctx())
    expect(o.infrastructureError).toBeNull()
    expect(o.record.status).toBe('ok')
    const bin = o.binaryPath as string
    const versions = [...readelf(['-V'], bin).matchAll(/GLIBC_(\d+)\.(\d+)/g)].map(
      (m) => Number(m[1]) * 1000 + Number(m[2]),
    )
    expect(Math.max(...versions)).toBeLessThanOrEqual(2031)
    const f = inspectFile(bin)
    expect(f.go?.version).toMatch(/^go1\.15/)
    expect(checkBuildIntent(v, f)).toEqual([])
  }, 400_000)
})

describe('container builder preflight', () => {
  test('an image without Go fails with a precise message; musl-gcc is picked inside a Debian builder', async () => {
    const docker = await import('../../src/docker/index.js')
    const { runBuildContainer } = await import('../../src/docker/build-container.js')
    const rt = await docker.connectDocker()
    const build = containerBuilder({ run: (o) => runBuildContainer(rt, o), cacheVolume: 'abigap-test-go-cache' })
    const noGo = await build(variant({ name: 'cgo-glibc', builder: 'abigap-test/bookworm' }), ctx())
    expect(noGo.record.status).toBe('failed')
    expect(noGo.infrastructureError).toBeNull()
    expect(noGo.record.diagnostics[0].message).toBe(
      'go not found in builder image abigap-test/bookworm: use an image with Go (e.g. golang:<version>)',
    )
    // builder-trixie has musl-tools: the musl variant picks musl-gcc there and comes out musl-static
    const musl = await build(
      variant({ name: 'cgo-musl-static', libc: 'musl', link: 'static', builder: 'abigap-test/builder-trixie' }),
      ctx(),
    )
    expect(musl.record.status).toBe('ok')
    expect(checkBuildIntent(variant({ libc: 'musl', link: 'static' }), inspectFile(musl.binaryPath as string))).toEqual(
      [],
    )
    expect(inspectFile(musl.binaryPath as string).go?.settings.CGO_ENABLED).toBe('1')
  }, 400_000)
})
