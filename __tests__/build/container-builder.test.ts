import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { builderPreamble, containerBuilder, type RunBuildContainer } from '../../src/build/container-builder.js'
import type { BuildContext } from '../../src/build/types.js'
import type { PlannedVariant } from '../../src/matrix/types.js'
import { readTar } from '../helpers/tar.js'
import { plannedVariant } from '../helpers/variants.js'

const fixture = path.resolve(process.cwd(), '__tests__/fixtures/gomod')
const variant = (over: Partial<PlannedVariant>): PlannedVariant =>
  plannedVariant({ name: 'cgo-musl-static', libc: 'musl', link: 'static', builder: 'golang:1.22-alpine', ...over })
let out: string
const ctx = (): BuildContext => ({
  moduleRoot: fixture,
  settings: { package: './cmd/server', goFlags: [], tags: [], ldflags: '', env: {}, downloadModules: false },
  outDir: out,
  hostArch: 'amd64',
  timeoutMs: 1000,
})
beforeEach(() => (out = mkdtempSync(path.join(os.tmpdir(), 'abigap-cb-'))))
afterEach(() => rmSync(out, { recursive: true, force: true }))

test('the request: source tree via the archive API, no network and GOPROXY=off, the binary fetched back', async () => {
  const calls: Parameters<RunBuildContainer>[0][] = []
  const elf = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0])
  const run: RunBuildContainer = async (o) => {
    calls.push(o)
    return { exitCode: 0, stdout: '', stderr: '', fetched: { [o.fetch[0]]: elf } }
  }
  // the module as a checkout: a .git directory the tar must leave out
  const mod = path.join(out, 'module')
  cpSync(fixture, mod, { recursive: true })
  mkdirSync(path.join(mod, '.git'))
  writeFileSync(path.join(mod, '.git', 'HEAD'), 'ref: refs/heads/main\n')
  const o = await containerBuilder({ run, cacheVolume: 'cache' })(variant({}), { ...ctx(), moduleRoot: mod })
  expect(o.record.status).toBe('ok')
  expect(readFileSync(o.binaryPath as string)).toEqual(elf)
  const c = calls[0]
  expect(c).toMatchObject({ image: 'golang:1.22-alpine', network: false, cacheVolume: 'cache', workdir: '/src' })
  expect(c.input.at).toBe('/')
  expect(c.env).toMatchObject({ CGO_ENABLED: '1', GOPROXY: 'off', GOARCH: 'amd64' })
  expect(c.env.CC).toBeUndefined() // chosen in the container: musl-gcc, or gcc on a musl-based image
  // the tar holds the module under src/, without .git
  const members = await readTar(c.input.tar)
  const listing = members.map((m) => m.name)
  expect(listing).toContain('src/cmd/server/main.go')
  expect(listing).toContain('src/go.mod')
  expect(listing.some((l) => l.split('/').includes('.git'))).toBe(false)
  const goMod = members.find((m) => m.name === 'src/go.mod')
  expect(goMod?.body.toString()).toBe(readFileSync(path.join(fixture, 'go.mod'), 'utf8'))
})

test('infrastructure faults are infrastructure errors; timeouts and compile errors are failed builds', async () => {
  const infra = await containerBuilder({
    run: async () => ({
      exitCode: null,
      stdout: '',
      stderr: '',
      fetched: {},
      error: "image 'x' is not present locally",
    }),
  })(variant({}), ctx())
  expect(infra.infrastructureError).toMatch(/not present locally/)
  const timeout = await containerBuilder({
    run: async () => ({
      exitCode: null,
      stdout: '',
      stderr: '',
      fetched: {},
      error: 'build timed out after 1000 ms',
      fault: 'build' as const,
    }),
  })(variant({}), ctx())
  expect([timeout.record.status, timeout.infrastructureError]).toEqual(['failed', null])
  // the kind decides, not the words: an engine error that happens to say "timed out" stays the machinery's
  const engine = await containerBuilder({
    run: async () => ({
      exitCode: null,
      stdout: '',
      stderr: '',
      fetched: {},
      error: 'connect ETIMEDOUT: request timed out',
      fault: 'infrastructure' as const,
    }),
  })(variant({}), ctx())
  expect(engine.infrastructureError).toMatch(/request timed out/)
  const compile = await containerBuilder({
    run: async () => ({ exitCode: 1, stdout: '', stderr: '/src/cmd/server/main.go:3:5: undefined: x\n', fetched: {} }),
  })(variant({}), ctx())
  expect(compile.record.diagnostics[0]).toEqual({
    file: 'cmd/server/main.go',
    line: 3,
    column: 5,
    message: 'undefined: x',
  })
})

test('the preamble checks the toolchain in the image before building', () => {
  const musl = builderPreamble(variant({}), 'img', 'amd64')
  expect(musl).toMatch(/command -v musl-gcc/)
  expect(musl).toMatch(/musl-gcc not found in builder image img and its libc is not musl/)
  expect(builderPreamble(variant({ libc: 'glibc', link: 'dynamic' }), 'img', 'amd64')).toMatch(
    /is musl-based: a glibc variant cannot be built there/,
  )
  expect(builderPreamble(variant({ cgo: false, libc: null }), 'img', 'amd64')).not.toMatch(/C compiler/)
  // it is valid sh
  execFileSync('sh', ['-n', '-c', musl])
})

test("the native arch is the host's, not amd64: an arm64 musl variant on an arm64 engine uses musl-gcc", async () => {
  const native = builderPreamble(variant({ arch: 'arm64' }), 'img', 'arm64')
  expect(native).toMatch(/command -v musl-gcc/)
  // on an amd64 engine the same variant is a cross build: no native musl-gcc pick
  expect(builderPreamble(variant({ arch: 'arm64' }), 'img', 'amd64')).not.toMatch(/command -v musl-gcc/)
  const calls: Parameters<RunBuildContainer>[0][] = []
  const run: RunBuildContainer = async (o) => {
    calls.push(o)
    return { exitCode: 1, stdout: '', stderr: '', fetched: {} }
  }
  await containerBuilder({ run })(variant({ arch: 'arm64', libc: 'glibc', link: 'dynamic' }), {
    ...ctx(),
    hostArch: 'arm64',
  })
  // a native glibc build uses the image's gcc, not a cross compiler (aarch64-linux-gnu-gcc)
  expect(calls[0].env).toMatchObject({ GOARCH: 'arm64' })
  expect(calls[0].env.CC).toBeUndefined()
})

test('a per-image cache volume: each builder image gets the name the function gives it', async () => {
  const calls: Parameters<RunBuildContainer>[0][] = []
  const run: RunBuildContainer = async (o) => {
    calls.push(o)
    return { exitCode: 1, stdout: '', stderr: '', fetched: {} }
  }
  const build = containerBuilder({ run, cacheVolume: (image) => `cache-of-${image.replace(/[^a-z0-9]/g, '_')}` })
  await build(variant({}), ctx())
  await build(variant({ builder: 'golang:1.22' }), ctx())
  expect(calls.map((c) => c.cacheVolume)).toEqual(['cache-of-golang_1_22_alpine', 'cache-of-golang_1_22'])
})
