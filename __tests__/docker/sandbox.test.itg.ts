// The run sandbox is the image: a probe program (prints /etc/hosts, hostname, environment, working directory, and
// what localhost resolves to) sees under abigap what it sees under a plain `docker run --network none IMAGE` — the
// oracle is the docker CLI itself — except the documented hardening (user 65534, LD_BIND_NOW=1, see README).
import { jest } from '@jest/globals'
import { copyFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { ContainerRuntime } from '../../src/docker/runtime.js'
import { runInTargets, type CellResult } from '../../src/docker/run-targets.js'
import { RUN_USER } from '../../src/docker/hardening.js'
import { PROGRAMS, leftoversOf, requireDocker, sh, tempDir } from '../helpers/docker-world.js'

jest.setTimeout(240_000)

/** What the probe prints. */
interface Seen {
  hosts: string
  hostname: string
  env: string[]
  cwd: string
  localhost: string[] | null
  localhostError?: string
  interfaces: string[] | null
  uid: number
}

// abigap-test/sandbox (scripts/world/sandbox-image.sh) has its own ENV and WORKDIR
const IMAGES = ['abigap-test/bookworm', 'abigap-test/musl', 'abigap-test/nolibc', 'abigap-test/sandbox']
const SECRET = 'ABIGAP_SANDBOX_TEST_SECRET'
const runId = `itgsandbox${Date.now().toString(36)}`

let rt: ContainerRuntime
let dir: string
let probe: string
const plain = new Map<string, Seen>()
const plainAsRunUser = new Map<string, Seen>()
let execCells: CellResult[] = []
let freshCells: CellResult[] = []

function parse(stdout: string, what: string): Seen {
  try {
    return JSON.parse(stdout) as Seen
  } catch {
    throw new Error(`${what}: the probe printed no JSON: ${stdout.slice(0, 500)}`)
  }
}

/** `docker run --network none [--user U] IMAGE probe` with the docker CLI (a bind mount is fine for the oracle). */
async function dockerRun(image: string, user: string | null): Promise<Seen> {
  const args = ['run', '--rm', '--network', 'none', '-v', `${probe}:/probe-bin/probe:ro`]
  if (user) args.push('--user', user)
  const out = await sh('docker', [...args, '--entrypoint', '/probe-bin/probe', image])
  return parse(out, `docker run ${image}`)
}

beforeAll(async () => {
  rt = await requireDocker()
  for (const image of IMAGES) {
    const present = await sh('docker', ['image', 'ls', '-q', image])
    if (!present.trim()) throw new Error(`${image} is missing: run scripts/test-world.sh`)
  }
  dir = await tempDir('sandbox')
  probe = join(dir, 'probe')
  await sh('go', ['build', '-o', probe, '.'], { CGO_ENABLED: '0', GOFLAGS: '-mod=mod' }, join(PROGRAMS, 'probe'))
  await copyFile(probe, join(dir, 'probe2'))
  for (const image of IMAGES) {
    plain.set(image, await dockerRun(image, null))
    plainAsRunUser.set(image, await dockerRun(image, RUN_USER))
  }
  // a secret in abigap's own environment must never reach the binary
  process.env[SECRET] = 'must-not-leak'
  try {
    const binaries = [
      { id: 'probe', path: probe },
      { id: 'probe2', path: join(dir, 'probe2') },
    ]
    const requests = IMAGES.map((image) => ({ image, binaries, args: [], timeoutMs: 20_000 }))
    // two binaries per target: one long-lived idle container, each binary run by its idle program
    execCells = await runInTargets(rt, requests, { runId: `${runId}x`, pull: 'never' })
    // and a fresh container per binary
    freshCells = await runInTargets(rt, requests, { runId: `${runId}c`, pull: 'never', mode: 'container' })
  } finally {
    delete process.env[SECRET]
  }
})

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})

/** HOSTNAME is the container's own id: equal in shape, never in value. */
const withoutHostname = (env: string[]) => env.filter((e) => !e.startsWith('HOSTNAME='))
/** The one variable abigap adds (documented): glibc binds every symbol at start-up, as a run must prove. */
const withoutBindNow = (env: string[]) => env.filter((e) => e !== 'LD_BIND_NOW=1')

describe.each([
  ['exec in an idle container', () => execCells],
  ['a fresh container per binary', () => freshCells],
])('the probe under abigap (%s) sees what docker run --network none shows', (_mode, cellsOf) => {
  const seen = (image: string, id: string): Seen => {
    const cell = cellsOf().find((c) => c.image === image && c.binaryId === id)
    if (!cell) throw new Error(`no cell for ${id} on ${image}`)
    if (cell.run.outcome !== 'ok')
      throw new Error(`${id} on ${image}: ${cell.run.outcome} ${cell.run.error ?? ''} ${cell.run.stderr}`)
    return parse(cell.run.stdout, `${id} on ${image}`)
  }

  it.each(IMAGES)('%s: /etc/hosts, localhost, hostname, working directory', (image) => {
    const ref = plain.get(image)!
    for (const id of ['probe', 'probe2']) {
      const got = seen(image, id)
      expect(got.hosts).toBe(ref.hosts)
      expect(got.hosts).toMatch(/^127\.0\.0\.1\s+localhost$/m)
      expect(got.localhost).toEqual(ref.localhost)
      expect(got.localhost).toContain('127.0.0.1')
      expect(got.cwd).toBe(ref.cwd)
      // still no network: loopback only, as under docker run --network none
      expect(got.interfaces).toEqual(ref.interfaces)
      expect(got.interfaces).toEqual(['lo'])
      // the hostname is the container's id, as docker run gives it (12 hex digits)
      expect(ref.hostname).toMatch(/^[0-9a-f]{12}$/)
      expect(got.hostname).toMatch(/^[0-9a-f]{12}$/)
      expect(got.env).toContain(`HOSTNAME=${got.hostname}`)
    }
  })

  it.each(IMAGES)('%s: the image environment, and nothing of abigap’s own', (image) => {
    for (const id of ['probe', 'probe2']) {
      const got = seen(image, id)
      expect(got.env.some((e) => e.startsWith(`${SECRET}=`))).toBe(false)
      // the documented differences: the run user (uid 65534, so HOME is that user's) and LD_BIND_NOW=1
      expect(got.uid).toBe(65534)
      expect(got.env).toContain('LD_BIND_NOW=1')
      expect(withoutHostname(withoutBindNow(got.env))).toEqual(withoutHostname(plainAsRunUser.get(image)!.env))
      const rootKeys = withoutHostname(plain.get(image)!.env).filter((e) => !e.startsWith('HOME='))
      expect(withoutHostname(withoutBindNow(got.env)).filter((e) => !e.startsWith('HOME='))).toEqual(rootKeys)
    }
  })
})

it('abigap-test/sandbox really has its own environment and working directory (the comparison means something)', () => {
  const ref = plain.get('abigap-test/sandbox')!
  expect(ref.cwd).toBe('/srv/app')
  expect(ref.env).toContain('ABIGAP_IMAGE_VAR=from-the-image')
  expect(ref.env.find((e) => e.startsWith('PATH='))).toMatch(/^PATH=\/opt\/tool\/bin:/)
})

it('leaves no container or volume behind', () => {
  expect(leftoversOf(`${runId}x`)).toEqual([])
  expect(leftoversOf(`${runId}c`)).toEqual([])
})
