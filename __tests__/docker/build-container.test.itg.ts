// runBuildContainer: source in and artefacts out through the archive API, a reusable cache volume, network only
// when asked, timeouts, failing builds and missing images reported — and no containers left.
import { jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { rm, writeFile } from 'node:fs/promises'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ContainerRuntime } from '../../src/docker/runtime.js'
import { runBuildContainer } from '../../src/docker/build-container.js'
import { PROGRAMS, requireDocker, tempDir } from '../helpers/docker-world.js'

jest.setTimeout(300_000)

const BUILDER = 'abigap-test/builder-trixie'
let rt: ContainerRuntime
let dir: string
const cacheVolume = `abigap-itg-cache-${process.pid}`
/** Every container id created through this runtime (to prove each one is gone afterwards). */
const created: string[] = []
function recording(inner: ContainerRuntime): ContainerRuntime {
  return new Proxy(inner, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown
      if (prop !== 'createContainer' || typeof value !== 'function') return value
      return async (...args: unknown[]) => {
        const id = await (value as (...a: unknown[]) => Promise<string>).apply(target, args)
        created.push(id)
        return id
      }
    },
  })
}

afterEach(() => {
  const all = execFileSync('docker', ['ps', '-aq', '--no-trunc'], { encoding: 'utf8' })
  expect(created.filter((id) => all.includes(id))).toEqual([])
})

beforeAll(async () => {
  rt = recording(await requireDocker())
  dir = await tempDir('build')
})

afterAll(async () => {
  execFileSync('sh', ['-c', `docker volume rm -f ${cacheVolume} >/dev/null 2>&1 || true`])
  if (dir) await rm(dir, { recursive: true, force: true })
})

const source = () => execFileSync('tar', ['-C', join(PROGRAMS, 'plain'), '-c', '.'])

describe('runBuildContainer', () => {
  it('builds from a delivered tree, fetches the artefact, and reuses the cache volume', async () => {
    const opts = {
      image: BUILDER,
      input: { tar: source(), at: '/src' },
      workdir: '/src',
      cmd: ['go', 'build', '-o', 'out/app', '.'],
      env: { CGO_ENABLED: '0', GOFLAGS: '-mod=mod' },
      network: false,
      cacheVolume,
      timeoutMs: 240_000,
      fetch: ['out/app', 'out/not-built'],
    }
    const lines: string[] = []
    const first = await runBuildContainer(rt, { ...opts, onOutput: (l) => lines.push(l) })
    expect(first).toMatchObject({ exitCode: 0 })
    expect(first.error).toBeUndefined()
    expect(Object.keys(first.fetched)).toEqual(['out/app'])
    const app = join(dir, 'app')
    await writeFile(app, first.fetched['out/app']!, { mode: 0o755 })
    expect(execFileSync(app, { encoding: 'utf8' })).toBe('abigap-ok\n')
    expect(execFileSync('go', ['version', app], { encoding: 'utf8' })).toMatch(/go1\.\d+/)
    // the cache volume survived and holds Go's build cache: the second build is a cache hit
    expect(
      execFileSync('docker', ['volume', 'inspect', '-f', '{{index .Labels "io.abigap.cache"}}', cacheVolume], {
        encoding: 'utf8',
      }).trim(),
    ).toBe('1')
    const t0 = Date.now()
    const second = await runBuildContainer(rt, opts)
    expect(second.exitCode).toBe(0)
    expect(Date.now() - t0).toBeLessThan(20_000)
    expect(created.length).toBe(2)
  })

  it('has no network unless asked', async () => {
    const probe = [
      'sh',
      '-c',
      `timeout 5 bash -c "exec 3<>/dev/tcp/${aptMirrorHost()}/80" && echo reachable || echo unreachable`,
    ]
    const base = {
      image: BUILDER,
      input: { tar: source(), at: '/src' },
      workdir: '/src',
      cmd: probe,
      env: {},
      timeoutMs: 30_000,
      fetch: [],
    }
    const off = await runBuildContainer(rt, { ...base, network: false })
    expect(off.stdout).toContain('unreachable')
    const on = await runBuildContainer(rt, { ...base, network: true })
    expect(on.stdout.trim()).toMatch(/^(reachable|unreachable)$/) // the mirror may be down; the interface must exist
    const ifaces = await runBuildContainer(rt, { ...base, network: true, cmd: ['cat', '/proc/net/dev'] })
    expect(ifaces.stdout).toContain('eth0')
    const none = await runBuildContainer(rt, { ...base, network: false, cmd: ['cat', '/proc/net/dev'] })
    expect(none.stdout).not.toContain('eth0')
  })

  it('reports a failing build, a timeout and a missing image without throwing', async () => {
    const base = { input: { tar: source(), at: '/src' }, workdir: '/src', env: {}, network: false, fetch: ['out/app'] }
    const failing = await runBuildContainer(rt, {
      ...base,
      image: BUILDER,
      cmd: ['go', 'build', '-o', 'out/app', './nope'],
      timeoutMs: 60_000,
    })
    expect(failing.exitCode).not.toBe(0)
    expect(failing.exitCode).not.toBeNull()
    expect(failing.fetched).toEqual({})
    expect(failing.stderr).toMatch(/nope/)
    const t0 = Date.now()
    const slow = await runBuildContainer(rt, { ...base, image: BUILDER, cmd: ['sleep', '60'], timeoutMs: 1500 })
    expect(slow).toMatchObject({ exitCode: null, error: 'build timed out after 1500 ms' })
    expect(Date.now() - t0).toBeLessThan(15_000)
    const missing = await runBuildContainer(rt, {
      ...base,
      image: 'abigap-test/not-here:1',
      cmd: ['true'],
      timeoutMs: 5000,
    })
    expect(missing.exitCode).toBeNull()
    expect(missing.error).toMatch(/abigap-test\/not-here:1/)
  })
})

/** The Debian mirror host this machine's apt sources name (the one host the test world may reach). */
function aptMirrorHost(): string {
  for (const f of ['/etc/apt/sources.list.d/debian.sources', '/etc/apt/sources.list']) {
    if (!existsSync(f)) continue
    const m = /(?:^URIs:|^deb)\s+https?:\/\/([^/\s]+)/m.exec(readFileSync(f, 'utf8'))
    if (m) return m[1]
  }
  throw new Error('no Debian mirror in the apt sources: cannot test that a build container reaches the network')
}
