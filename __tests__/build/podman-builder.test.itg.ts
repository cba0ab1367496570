// The container builder (builder image abigap-test/builder-trixie, loaded into Podman by scripts/world/engines.sh)
// on Podman's Docker API, against the same build on Docker: the binaries must agree in what matters (readelf -d
// NEEDED, the interpreter, `go version -m` build settings), and the build container must be as hardened on Podman
// (no capabilities, no-new-privileges, no network unless modules are downloaded).
import { jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { containerBuilder } from '../../src/build/container-builder.js'
import { hostGoArch } from '../../src/build/host-arch.js'
import type { BuildContext } from '../../src/build/types.js'
import { runBuildContainer } from '../../src/docker/build-container.js'
import { connectDocker } from '../../src/docker/connect.js'
import type { ContainerRuntime } from '../../src/docker/runtime.js'
import type { PlannedVariant } from '../../src/matrix/types.js'
import { requireDocker } from '../helpers/docker-world.js'
import { plannedVariant } from '../helpers/variants.js'

jest.setTimeout(600_000)

const SOCK = process.env.ABIGAP_PODMAN_SOCKET ?? '/run/abigap-podman/podman.sock'
const BUILDER = 'abigap-test/builder-trixie'
const fixture = path.resolve(process.cwd(), '__tests__/fixtures/gomod')
const cacheVolume = `abigap-engines-gocache-${process.pid}`
let docker: ContainerRuntime
let podman: ContainerRuntime
let out: string

const variant = (over: Partial<PlannedVariant>): PlannedVariant => plannedVariant({ builder: BUILDER, ...over })
const ctx = (outDir: string): BuildContext => ({
  moduleRoot: fixture,
  settings: { package: './cmd/server', goFlags: [], tags: [], ldflags: '', env: {}, downloadModules: false },
  outDir,
  hostArch: hostGoArch(),
  timeoutMs: 400_000,
})
/** The facts of a binary that must not depend on the engine that built it (readelf and `go version -m`). */
function facts(bin: string): { needed: string[]; interpreter: string | null; go: string[] } {
  const dyn = execFileSync('readelf', ['-d', '-W', bin], { encoding: 'utf8' })
  const needed = [...dyn.matchAll(/\(NEEDED\)\s+Shared library: \[([^\]]+)\]/g)].map((m) => m[1]!)
  const interp = /Requesting program interpreter: ([^\]]+)\]/.exec(
    execFileSync('readelf', ['-l', '-W', bin], { encoding: 'utf8' }),
  )
  const go = execFileSync('go', ['version', '-m', bin], { encoding: 'utf8' })
    .split('\n')
    .slice(1) // the first line names the file
    .map((l) => l.trim())
    .filter(Boolean)
  return { needed, interpreter: interp?.[1] ?? null, go }
}

beforeAll(async () => {
  docker = await requireDocker()
  try {
    podman = await connectDocker({ host: `unix://${SOCK}` })
  } catch (err) {
    throw new Error(
      `these tests need Podman's API service at unix://${SOCK} (run scripts/test-world.sh): ${String(err)}`,
    )
  }
  expect((await podman.version()).engine).toBe('podman')
  try {
    execFileSync('podman', ['image', 'exists', BUILDER])
  } catch {
    throw new Error(`${BUILDER} is not in Podman (run scripts/world/engines.sh)`)
  }
  out = mkdtempSync(path.join(os.tmpdir(), 'abigap-engines-build-'))
})
afterAll(() => {
  for (const cli of ['podman', 'docker']) {
    try {
      execFileSync(cli, ['volume', 'rm', '-f', cacheVolume], { stdio: 'ignore' })
    } catch {
      // not created
    }
  }
  if (out) rmSync(out, { recursive: true, force: true })
})

describe('builder-image builds on Podman', () => {
  test('cgo-glibc, cgo-musl-static and no-cgo binaries equal Docker’s in NEEDED, interpreter and build settings', async () => {
    const variants = [
      variant({ name: 'cgo-glibc' }),
      variant({ name: 'cgo-musl-static', libc: 'musl', link: 'static' }),
      variant({ name: 'nocgo', cgo: false, libc: null, link: 'static' }),
    ]
    const onPodman = containerBuilder({ run: (o) => runBuildContainer(podman, o), cacheVolume })
    const onDocker = containerBuilder({ run: (o) => runBuildContainer(docker, o), cacheVolume })
    for (const v of variants) {
      const [p, d] = await Promise.all([
        onPodman(v, ctx(path.join(out, 'podman'))),
        onDocker(v, ctx(path.join(out, 'docker'))),
      ])
      // a failed build shows its log in the failure message
      const failed = (o: typeof p) =>
        o.record.status === 'ok'
          ? ''
          : [o.record.log.slice(-2000), ...o.record.diagnostics.map((d) => d.message)].join('\n')
      expect({ v: v.name, error: p.infrastructureError, status: p.record.status, log: failed(p) }).toEqual({
        v: v.name,
        error: null,
        status: 'ok',
        log: '',
      })
      expect(d.record.status).toBe('ok')
      const pf = facts(p.binaryPath as string)
      expect(pf).toEqual(facts(d.binaryPath as string))
      expect(pf.go).toContain(`build\tCGO_ENABLED=${v.cgo ? 1 : 0}`)
      if (v.name === 'cgo-glibc') {
        expect(pf.needed).toContain('libc.so.6')
        expect(pf.interpreter).toBe('/lib64/ld-linux-x86-64.so.2')
      } else expect(pf).toMatchObject({ needed: [], interpreter: null })
    }
  })

  test('the build container is hardened the same: no capabilities, no-new-privileges, network only when asked', async () => {
    const probe = [
      'sh',
      '-c',
      'grep -E "^(CapEff|CapBnd|NoNewPrivs)" /proc/self/status; grep -c ":" /proc/net/dev; ' +
        'ls /sys/class/net | sort | tr "\\n" " "; echo',
    ]
    const base = {
      image: BUILDER,
      input: { tar: execFileSync('tar', ['-C', fixture, '-c', '.']), at: '/src' },
      workdir: '/src',
      cmd: probe,
      env: {},
      timeoutMs: 60_000,
      fetch: [],
    }
    const seen: Record<string, string> = {}
    for (const [engine, rt] of [
      ['docker', docker],
      ['podman', podman],
    ] as const) {
      for (const network of [false, true]) {
        const res = await runBuildContainer(rt, { ...base, network })
        expect({ engine, network, exit: res.exitCode, error: res.error }).toEqual({
          engine,
          network,
          exit: 0,
          error: undefined,
        })
        seen[`${engine} ${network}`] = res.stdout
      }
    }
    for (const engine of ['docker', 'podman']) {
      const off = seen[`${engine} false`]!
      expect(off).toMatch(/^CapEff:\s+0{16}$/m)
      expect(off).toMatch(/^CapBnd:\s+0{16}$/m)
      expect(off).toMatch(/^NoNewPrivs:\s+1$/m)
      expect(off.trim().split('\n').at(-1)).toBe('lo') // only loopback without the network
      expect(seen[`${engine} true`]).toMatch(/eth0/)
    }
  })
})
