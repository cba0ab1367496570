// Pulls through the test world's real registries (scripts/world/registry.sh) by Podman's Docker API
// (scripts/world/podman.sh, made to speak plain HTTP to them by scripts/world/engines.sh), with abigap's own
// connect/ensureImage/pullImages: by tag and by digest, progress lines, the digest recorded equal to the registry's
// own (its HTTP API is the oracle), credentials from a DOCKER_CONFIG file, a missing tag — compared with Docker.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { connectDocker } from '../../src/docker/connect.js'
import { ensureImage, forgetEnsuredImages } from '../../src/docker/image.js'
import { ImageUnavailableError } from '../../src/docker/errors.js'
import { probeImage } from '../../src/docker/probe.js'
import { pullImages } from '../../src/docker/pull-images.js'
import type { ContainerRuntime } from '../../src/docker/runtime.js'
import { classifyError } from '../../src/errors/classify.js'
import { requireDocker } from '../helpers/docker-world.js'
import {
  AUTH_PASS,
  AUTH_REGISTRY,
  AUTH_USER,
  OPEN_REGISTRY,
  registryDigest,
  requireRegistries,
} from '../helpers/registry-world.js'

const SOCK = process.env.ABIGAP_PODMAN_SOCKET ?? '/run/abigap-podman/podman.sock'
let podman: ContainerRuntime
let docker: ContainerRuntime
const pulled = new Set<string>()
const podmanRmi = (ref: string) => {
  try {
    execFileSync('podman', ['rmi', '-f', ref], { stdio: 'ignore' })
  } catch {
    // not present
  }
}
/** Removes ref from Podman (and remembers to remove it after), so the next pull really goes to the registry. */
const fresh = (ref: string) => {
  podmanRmi(ref)
  pulled.add(ref)
  forgetEnsuredImages(podman)
  return ref
}

beforeAll(async () => {
  docker = await requireDocker()
  await requireRegistries()
  try {
    podman = await connectDocker({ host: `unix://${SOCK}` })
  } catch (err) {
    throw new Error(
      `these tests need Podman's API service at unix://${SOCK} (run scripts/test-world.sh): ${String(err)}`,
    )
  }
  expect((await podman.version()).engine).toBe('podman')
})
afterAll(() => {
  for (const ref of pulled) podmanRmi(ref)
})

describe('Podman pulls through a real registry', () => {
  test('by tag: progress lines count layers, the closing line and the recorded digest are the registry’s', async () => {
    const ref = fresh(`${OPEN_REGISTRY}/abigap-test/layered:latest`)
    const lines: string[] = []
    const onProgress = (l: string) => lines.push(l)
    const id = await ensureImage(podman, ref, { pull: 'missing', onProgress, progressIntervalMs: 0 })
    expect(id.digest).toBe(await registryDigest('abigap-test/layered', 'latest'))
    expect(lines.some((l) => /^pull \S+layered:latest: [0-3]\/[34] layers$/.test(l))).toBe(true)
    // Podman reports no sizes: the closing line says so instead of "0.0 MB"; its config blob is not a layer. Two
    // layers of its own are downloaded when the musl base layer is in Podman's store (podman.sh loads it), else 3
    expect(lines.at(-1)).toMatch(
      new RegExp(
        `^pulled \\S+: 3 layer\\(s\\), [23] downloaded \\(sizes not reported by the engine\\) in [\\d.]+ s, ${id.digest}$`,
      ),
    )
    const inspected = execFileSync('podman', ['image', 'inspect', ref, '--format', '{{.Id}}'], { encoding: 'utf8' })
    expect(`sha256:${inspected.trim()}`).toBe(id.id)
  }, 120_000)

  test('by digest: pulled by its pin, recorded with it, probed the same as on Docker', async () => {
    const digest = await registryDigest('abigap-test/musl', 'latest')
    const ref = fresh(`${OPEN_REGISTRY}/abigap-test/musl@${digest}`)
    const id = await ensureImage(podman, ref, { pull: 'always' })
    expect(id.digest).toBe(digest)
    const onPodman = await probeImage(podman, ref, { pull: 'always', cacheDir: null })
    const onDocker = await probeImage(docker, 'abigap-test/musl', { pull: 'never', cacheDir: null })
    expect(onPodman.digest).toBe(digest)
    // the image and provenance name the reference probed
    const { digest: _p, provenance: _pp, image: _pi, ...p } = onPodman
    const { digest: _d, provenance: _dp, image: _di, ...d } = onDocker
    expect(p).toEqual(d)
  }, 120_000)

  test('pullImages logs each image and what it resolved to', async () => {
    const ref = fresh(`${OPEN_REGISTRY}/abigap-test/nolibc:latest`)
    const log: string[] = []
    const out = await pullImages(podman, [{ ref }, { ref }], { pull: 'always', log: (l) => log.push(l) })
    const got = [...out.values()]
    expect(got).toHaveLength(1)
    expect(got[0]).toMatchObject({ digest: await registryDigest('abigap-test/nolibc', 'latest') })
    expect(log.join('\n')).toContain(ref)
  }, 120_000)

  test('a missing tag or digest: the same ImageUnavailableError (exit 3) on Podman as on Docker', async () => {
    for (const ref of [
      `${OPEN_REGISTRY}/abigap-test/musl:no-such-tag`,
      `${OPEN_REGISTRY}/abigap-test/musl@sha256:${'0'.repeat(64)}`,
    ]) {
      const lines: string[] = []
      const onProgress = (l: string) => lines.push(l)
      const [p, d] = await Promise.all(
        [podman, docker].map((rt) => ensureImage(rt, ref, { pull: 'missing', onProgress }).catch((e: unknown) => e)),
      )
      for (const err of [p, d]) {
        expect(err).toBeInstanceOf(ImageUnavailableError)
        expect(classifyError(err)).toMatchObject({ kind: 'infrastructure', exitCode: 3 })
        const msg = (err as Error).message
        expect(msg).toMatch(/manifest unknown/)
        expect(msg).toContain('the tag or digest does not exist in 127.0.0.1:')
        expect(msg).not.toMatch(/attempts/)
      }
      expect(lines.filter((l) => l.includes('retrying'))).toEqual([])
    }
  })
})

describe('Podman and the Docker config file', () => {
  const ref = `${AUTH_REGISTRY}/abigap-test/musl:latest`
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'abigap-engines-docker-config-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))
  const config = (auths: Record<string, unknown>) => {
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ auths }))
    return { ...process.env, DOCKER_CONFIG: dir }
  }

  test('credentials from an auths entry are used; the password is never printed', async () => {
    fresh(ref)
    const auth = Buffer.from(`${AUTH_USER}:${AUTH_PASS}`).toString('base64')
    const lines: string[] = []
    const id = await ensureImage(podman, ref, {
      pull: 'missing',
      env: config({ [AUTH_REGISTRY]: { auth } }),
      onProgress: (l) => lines.push(l),
    })
    const oracle = await fetch(`http://${AUTH_REGISTRY}/v2/abigap-test/musl/manifests/latest`, {
      method: 'HEAD',
      headers: {
        accept: 'application/vnd.docker.distribution.manifest.v2+json',
        authorization: `Basic ${auth}`,
      },
    })
    expect(id.digest).toBe(oracle.headers.get('docker-content-digest'))
    expect(lines.join('\n')).not.toContain(AUTH_PASS)
    expect(lines.join('\n')).not.toContain(auth)
  }, 120_000)

  test('no credentials, or a wrong password: an infrastructure error saying to log in, no password echoed', async () => {
    fresh(ref)
    const none = await ensureImage(podman, ref, { pull: 'missing', env: config({}) }).catch((e: unknown) => e)
    expect(none).toBeInstanceOf(ImageUnavailableError)
    expect((none as Error).message).toMatch(
      /cannot pull .*(unauthorized|authentication required).*log in to 127\.0\.0\.1:\d+ before this step/,
    )
    const bad = 'not-the-password-XYZ'
    forgetEnsuredImages(podman)
    const env = config({ [AUTH_REGISTRY]: { auth: Buffer.from(`${AUTH_USER}:${bad}`).toString('base64') } })
    const wrong = await ensureImage(podman, ref, { pull: 'missing', env }).catch((e: unknown) => e)
    expect(wrong).toBeInstanceOf(ImageUnavailableError)
    expect(classifyError(wrong)).toMatchObject({ kind: 'infrastructure', exitCode: 3 })
    expect((wrong as Error).message).toMatch(/unauthorized|authentication required/i)
    expect((wrong as Error).message).not.toContain(bad)
  })
})
