// runMatrix with every dependency injected: fake builds, crafted ELF facts, the in-memory ContainerRuntime behind a
// real runInTargets, embedded profiles for the probe, a fake clock. What is proven: the phases' order and timings,
// results keyed by target id, runs reconciled, Docker faults as infrastructure errors (never verdicts), report.json
// left to the faces.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Builder } from '../../src/build/types.js'
import { forgetEnsuredImages } from '../../src/docker/image.js'
import { runInTargets } from '../../src/docker/run-targets.js'
import type { InspectedFile } from '../../src/binary/types.js'
import { findProfile } from '../../src/knowledge/index.js'
import { defaultMatrixConfig } from '../../src/matrix/defaults.js'
import { targetSpec } from '../../src/matrix/targets.js'
import type { MatrixConfig } from '../../src/matrix/types.js'
import type { PipelineDeps } from '../../src/pipeline/deps.js'
import type { DockerSession } from '../../src/pipeline/docker-session.js'
import { runMatrix } from '../../src/pipeline/run-matrix.js'
import { silentSinks } from '../../src/pipeline/sinks.js'
import { FakeRuntime } from '../helpers/fake-runtime.js'

let dir = ''
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'abigap-fake-matrix-'))
  writeFileSync(path.join(dir, 'go.mod'), 'module example.com/app\n\ngo 1.22\n')
  writeFileSync(path.join(dir, 'main.go'), 'package main\n\nfunc main() {}\n')
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const ELF = {
  class: 64,
  endian: 'little',
  type: 'EXEC',
  machine: 'Advanced Micro Devices X86-64',
  osabi: 'UNIX - System V',
  arch: 'amd64',
} as const

/** ELF facts as the ELF module reports them for a pure-Go static binary or a cgo glibc one. */
function facts(file: string, cgo: boolean): InspectedFile {
  return {
    path: file,
    size: 1,
    error: null,
    elf: { ...ELF },
    linkage: cgo ? 'dynamic' : 'static',
    interpreter: cgo ? '/lib64/ld-linux-x86-64.so.2' : null,
    soname: null,
    needed: cgo ? ['libc.so.6'] : [],
    rpath: [],
    runpath: [],
    versionNeeds: cgo ? [{ file: 'libc.so.6', versions: [{ name: 'GLIBC_2.2.5', weak: false }] }] : [],
    versionDefs: [],
    dynamicSymbols: [],
    requires: cgo ? { GLIBC: '2.2.5' } : {},
    requiredBy: cgo ? { GLIBC: ['puts'] } : {},
    abiTag: null,
    buildId: null,
    x86IsaLevel: null,
    pie: false,
    bindNow: false,
    stripped: false,
    libc: cgo ? 'glibc' : 'none',
    go: {
      version: 'go1.22.0',
      path: 'example.com/app',
      main: { path: 'example.com/app', version: '(devel)' },
      settings: { CGO_ENABLED: cgo ? '1' : '0', GOARCH: 'amd64', GOOS: 'linux' },
      deps: [],
    },
    warnings: [],
  } as InspectedFile
}

/** A host builder that writes a file named after the variant (the fake runtime runs programs by file name). */
const fakeBuild: Builder = async (v, ctx) => {
  const out = path.join(ctx.outDir, v.name)
  mkdirSync(path.dirname(out), { recursive: true })
  writeFileSync(out, 'x')
  return {
    record: {
      variant: v.name,
      status: 'ok',
      binary: null,
      durationMs: 5,
      command: ['go', 'build', '-o', out, '.'],
      env: {},
      diagnostics: [],
      gaps: [],
      log: `built ${v.name}\n`,
      floor: null,
    },
    binaryPath: out,
    infrastructureError: null,
  }
}

function session(rt: FakeRuntime): DockerSession {
  return {
    rt,
    runBuild: async () => ({ exitCode: null, stdout: '', stderr: '', fetched: {}, error: 'no builds here' }),
    runInTargets: (requests, o) => runInTargets(rt, requests, o),
    pullImages: async (images) =>
      new Map(
        images.map((i) => [`${i.ref}\u0000${i.platform ?? ''}`, { id: 'sha256:x', digest: null, arch: 'amd64' }]),
      ),
    probe: async (ref) => {
      const p = findProfile(ref, 'amd64')
      if (!p) throw new Error(`no such image: ${ref}`)
      return p
    },
  }
}

function fakeDeps(rt: FakeRuntime | null, over: Partial<PipelineDeps> = {}): Partial<PipelineDeps> {
  let clock = 1_000
  return {
    openDocker: async () => (rt ? { ok: true, session: session(rt) } : { ok: false, error: 'no engine at fake://' }),
    buildOnHost: fakeBuild,
    inspect: (p) => facts(p, path.basename(p) !== 'nocgo'),
    staticNss: () => [],
    loadSourceIndex: async () => null,
    dependencySources: async () => [],
    muslToolchain: async () => '1.2.3',
    hostArch: 'amd64',
    now: () => (clock += 10),
    ...over,
  }
}

function config(): MatrixConfig {
  const c = defaultMatrixConfig('abigap.yml', '.', [targetSpec('debian:12'), targetSpec('alpine:3.22')])
  c.docker.mode = 'required'
  return c
}

function world(): FakeRuntime {
  const rt = new FakeRuntime().image('debian:12').image('alpine:3.22').program('nocgo', {}).program('cgo-glibc', {})
  forgetEnsuredImages(rt)
  return rt
}

describe('runMatrix with a fake engine', () => {
  test('builds, analyses, runs and reports: every cell keyed by its target id, runs reconciled', async () => {
    const rt = world()
    const out = path.join(dir, 'out1')
    const report = await runMatrix(config(), { cwd: dir, outDir: out, sinks: silentSinks, deps: fakeDeps(rt) })
    expect(report.targets.map((t) => t.id)).toEqual(['debian:12', 'alpine:3.22'])
    expect(report.results.map((c) => [c.variant, c.target, c.run?.outcome])).toEqual([
      ['nocgo', 'debian:12', 'ok'],
      ['nocgo', 'alpine:3.22', 'ok'],
      ['cgo-glibc', 'debian:12', 'ok'],
      ['cgo-glibc', 'alpine:3.22', 'ok'],
    ])
    // the static verdict says a glibc binary does not load on Alpine; the (fake) run loaded it: the run wins, with a gap
    const alpine = report.results.find((c) => c.variant === 'cgo-glibc' && c.target === 'alpine:3.22')
    expect(alpine?.agreement).toBe('disagree')
    expect(alpine?.gaps.map((g) => g.kind)).toContain('runtime-disagreement')
    const debian = report.results.find((c) => c.variant === 'cgo-glibc' && c.target === 'debian:12')
    expect([debian?.verdict, debian?.agreement]).toEqual(['compatible', 'agree'])
    // all four cells in one runInTargets call: one payload volume, filled once
    expect(rt.ops('create').filter((l) => l.includes('/abigap-never-started'))).toHaveLength(1)
    expect(report.builds.map((b) => [b.variant, b.floor?.flavor ?? null])).toEqual([
      ['nocgo', 'none'],
      ['cgo-glibc', 'glibc'],
    ])
    expect(Object.keys(report.timings)).toEqual(
      expect.arrayContaining(['plan', 'pull', 'build', 'analyse', 'run', 'report', 'total']),
    )
    expect(report.timings.plan).toBe(10)
    expect(report.infrastructureErrors).toEqual([])
    // logs are kept; report.json is the faces' to write
    expect(readFileSync(path.join(out, 'logs', 'nocgo.build.log'), 'utf8')).toBe(
      '$ go build -o bin/nocgo .\nbuilt nocgo\n',
    )
    expect(existsSync(path.join(out, 'report.json'))).toBe(false)
    expect(rt.containers.size).toBe(0)
  })

  test('Docker required but unavailable: an infrastructure error, static verdicts from the embedded knowledge, no runs', async () => {
    const report = await runMatrix(config(), { cwd: dir, sinks: silentSinks, deps: fakeDeps(null) })
    expect(report.verdict).toBe('error')
    expect(report.infrastructureErrors).toContain('Docker is required but unavailable: no engine at fake://')
    expect(report.results.every((c) => c.run === null)).toBe(true)
    expect(report.results.find((c) => c.variant === 'cgo-glibc' && c.target === 'alpine:3.22')?.verdict).toBe(
      'incompatible',
    )
  })

  test('docker: off: static only, said in skipped; no connection is tried', async () => {
    let tried = false
    const c = config()
    c.docker.mode = 'off'
    const report = await runMatrix(c, {
      cwd: dir,
      sinks: silentSinks,
      deps: fakeDeps(world(), {
        openDocker: async () => {
          tried = true
          return { ok: false, error: 'unused' }
        },
      }),
    })
    expect(tried).toBe(false)
    expect(report.skipped).toContain('runs in target containers skipped: docker: off')
    expect(report.results.every((r) => r.run === null && r.agreement === 'not-run')).toBe(true)
  })

  test('the runs start beside the probes, which read only what the built binaries load', async () => {
    const rt = world()
    const base = session(rt)
    let open: () => void = () => undefined
    const gate = new Promise<void>((resolve) => (open = resolve))
    const probed: unknown[] = []
    const skips: string[][] = []
    const s: DockerSession = {
      ...base,
      probe: async (ref, o) => {
        probed.push(o.exportsFor)
        await gate // no profile until the runs have started
        return base.probe(ref, o)
      },
      runInTargets: async (reqs, o) => {
        for (const r of reqs) skips.push([...((await r.skip) ?? [])])
        open()
        return base.runInTargets(reqs, o)
      },
    }
    const deps = fakeDeps(rt, { openDocker: async () => ({ ok: true, session: s }) })
    const report = await runMatrix(config(), { cwd: dir, sinks: silentSinks, deps })
    expect(probed).toEqual([['libc.so.6'], ['libc.so.6']])
    expect(skips).toEqual([[], []])
    expect(report.results.map((c) => c.run?.outcome)).toEqual(['ok', 'ok', 'ok', 'ok'])
  })

  test("a target's arch-mismatch cells are not run, known from its image; skips the verdicts deny are a bug", async () => {
    const rt = world()
    const base = session(rt)
    const arm64Debian = (profileArch: string): DockerSession => ({
      ...base,
      pullImages: async (images) =>
        new Map(
          images.map((i) => [
            `${i.ref}\u0000${i.platform ?? ''}`,
            { id: 'sha256:x', digest: null, arch: i.ref === 'debian:12' ? 'arm64' : 'amd64' },
          ]),
        ),
      probe: async (ref, o) => (ref === 'debian:12' ? findProfile(ref, profileArch)! : base.probe(ref, o)),
    })
    const deps = (profileArch: string) =>
      fakeDeps(rt, { openDocker: async () => ({ ok: true, session: arm64Debian(profileArch) }) })
    const report = await runMatrix(config(), { cwd: dir, sinks: silentSinks, deps: deps('arm64') })
    expect(report.results.map((c) => [c.variant, c.target, c.run?.outcome ?? null])).toEqual([
      ['nocgo', 'debian:12', null],
      ['nocgo', 'alpine:3.22', 'ok'],
      ['cgo-glibc', 'debian:12', null],
      ['cgo-glibc', 'alpine:3.22', 'ok'],
    ])
    expect(report.skipped.filter((l) => l.includes('not run on debian:12'))).toHaveLength(2)
    // the image says arm64, the profile amd64: the runs skipped cells the verdicts do not rule out
    await expect(runMatrix(config(), { cwd: dir, sinks: silentSinks, deps: deps('amd64') })).rejects.toThrow(
      /bug in abigap/,
    )
    expect(rt.containers.size).toBe(0)
  })

  test('an analysis that fails once the runs have started stops them: the error, and no container left', async () => {
    const rt = world()
    let runsStarted = false
    const base = session(rt)
    const s: DockerSession = {
      ...base,
      runInTargets: (reqs, o) => {
        runsStarted = true
        return base.runInTargets(reqs, o)
      },
    }
    const deps = fakeDeps(rt, {
      openDocker: async () => ({ ok: true, session: s }),
      staticNss: () => {
        throw new Error('analysis broke')
      },
    })
    await expect(runMatrix(config(), { cwd: dir, sinks: silentSinks, deps })).rejects.toThrow('analysis broke')
    expect(runsStarted).toBe(true)
    expect(rt.containers.size).toBe(0)
  })

  test('a run layer that fails as a whole: every cell an infrastructure error, never a verdict', async () => {
    const rt = world().fail('ping', 'engine went away')
    const report = await runMatrix(config(), { cwd: dir, sinks: silentSinks, deps: fakeDeps(rt) })
    expect(report.results.map((c) => c.run?.error)).toEqual(Array(4).fill('runs failed: engine went away'))
    expect(report.results.every((c) => c.agreement === 'not-run')).toBe(true)
  })

  test('a builder-image variant without Docker is skipped as an infrastructure error', async () => {
    const c = config()
    c.docker.mode = 'auto'
    c.builders = { 'cgo-glibc': 'golang:1.22' }
    const report = await runMatrix(c, { cwd: dir, sinks: silentSinks, deps: fakeDeps(null) })
    expect(report.builds.find((b) => b.variant === 'cgo-glibc')?.status).toBe('skipped')
    expect(report.infrastructureErrors).toContain(
      'cgo-glibc: builder image golang:1.22 needs Docker: Docker is unavailable',
    )
  })

  test('the caller’s plan is used as given (the action plans once): a shard runs only its cells', async () => {
    const { planMatrix } = await import('../../src/matrix/plan.js')
    const c = config()
    const plan = planMatrix(c, { hostArch: 'amd64', shard: { index: 1, count: 2 } })
    const report = await runMatrix(c, { cwd: dir, sinks: silentSinks, plan, deps: fakeDeps(world()) })
    expect(report.results.map((r) => `${r.variant}@${r.target}`)).toEqual(
      plan.cells.map((x) => `${x.variant}@${x.target}`),
    )
    expect(report.plan).toEqual(plan.order)
  })
})
