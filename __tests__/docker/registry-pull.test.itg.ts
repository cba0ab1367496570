// Pulls through real registries (scripts/world/registry.sh) and a refusing one started here: progress lines, digests
// against the registry's own (the oracle), pinning, one pull per run, credentials from the Docker config file,
// 429/5xx with Retry-After, a registry that hangs or dies mid-pull, a missing tag — faults always infrastructure errors.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ensureImage, forgetEnsuredImages } from '../../src/docker/image.js'
import { ImageUnavailableError } from '../../src/docker/errors.js'
import { probeImage } from '../../src/docker/probe.js'
import { pullImages } from '../../src/docker/pull-images.js'
import type { ContainerRuntime } from '../../src/docker/runtime.js'
import { requireDocker } from '../helpers/docker-world.js'
import {
  AUTH_PASS,
  AUTH_REGISTRY,
  AUTH_USER,
  OPEN_REGISTRY,
  registryDigest,
  removeImage,
  requireRegistries,
  startRefusingRegistry,
  type RefusingRegistry,
} from '../helpers/registry-world.js'

let rt: ContainerRuntime
const pulledRefs: string[] = []
const fresh = (ref: string) => {
  removeImage(ref)
  pulledRefs.push(ref)
  forgetEnsuredImages(rt)
  return ref
}
const manifestRequests = (reg: RefusingRegistry, repo: string) =>
  reg.requests.filter((r) => r.path.startsWith(`/v2/${repo}/manifests/`))

beforeAll(async () => {
  rt = await requireDocker()
  await requireRegistries()
})
afterAll(() => {
  for (const ref of pulledRefs) removeImage(ref)
})

describe('pulls through a real registry', () => {
  test('progress lines count layers and bytes; the recorded digest is the registry’s', async () => {
    const ref = fresh(`${OPEN_REGISTRY}/abigap-test/layered:latest`)
    const lines: string[] = []
    const id = await ensureImage(rt, ref, { pull: 'missing', onProgress: (l) => lines.push(l), progressIntervalMs: 0 })
    expect(id.digest).toBe(await registryDigest('abigap-test/layered', 'latest'))
    expect(lines.some((l) => /^pull \S+layered:latest: \d\/3 layers, [\d.]+ MB\/8\.\d MB$/.test(l))).toBe(true)
    // two layers of its own (3 MB + 5 MB of random bytes) are downloaded; the musl base layer already exists
    expect(lines.at(-1)).toMatch(
      new RegExp(`^pulled \\S+: 3 layer\\(s\\), 2 downloaded \\(8\\.\\d MB\\) in [\\d.]+ s, ${id.digest}$`),
    )
    expect(new Set(lines).size).toBe(lines.length) // throttled: no line repeated
  }, 120_000)

  test('a digest-pinned reference is pulled by digest and recorded with its pin', async () => {
    const digest = await registryDigest('abigap-test/musl', 'latest')
    const ref = fresh(`${OPEN_REGISTRY}/abigap-test/musl@${digest}`)
    const id = await ensureImage(rt, ref, { pull: 'always' })
    expect(id.digest).toBe(digest)
    const profile = await probeImage(rt, ref, { pull: 'always', cacheDir: null })
    expect(profile.digest).toBe(digest)
    expect(profile.libc.flavor).toBe('musl')
    const wrong = `${OPEN_REGISTRY}/abigap-test/musl@sha256:${'0'.repeat(64)}`
    await expect(ensureImage(rt, wrong, { pull: 'missing' })).rejects.toThrow(
      /cannot pull .*manifest unknown.*the tag or digest does not exist in 127\.0\.0\.1:\d+\/abigap-test\/musl/,
    )
  }, 120_000)

  test('a missing tag is a clear ImageUnavailableError, not retried', async () => {
    const ref = `${OPEN_REGISTRY}/abigap-test/musl:no-such-tag`
    const lines: string[] = []
    const err = await ensureImage(rt, ref, { pull: 'missing', onProgress: (l) => lines.push(l) }).catch((e) => e)
    expect(err).toBeInstanceOf(ImageUnavailableError)
    expect(String(err.message)).toMatch(/manifest unknown/)
    expect(String(err.message)).not.toMatch(/attempts/)
    expect(lines.filter((l) => l.includes('retrying'))).toEqual([])
  })

  test('each image is pulled once per run, however many probes and cells use it', async () => {
    const reg = await startRefusingRegistry()
    try {
      const ref = fresh(`${reg.host}/pass/abigap-test/nolibc:latest`)
      const tagRequests = () => reg.requests.filter((r) => r.path.endsWith('/pass/abigap-test/nolibc/manifests/latest'))
      await Promise.all([
        pullImages(rt, [{ ref }, { ref }], { pull: 'always', log: () => undefined }),
        ensureImage(rt, ref, { pull: 'always' }),
        probeImage(rt, ref, { pull: 'always', cacheDir: null }),
      ])
      await ensureImage(rt, ref, { pull: 'always' })
      const manyUses = tagRequests().length
      // the same pull alone, from the same starting point, asks the registry as often: the uses above shared one pull
      fresh(ref)
      await ensureImage(rt, ref, { pull: 'always' })
      const onePull = tagRequests().length - manyUses
      expect(onePull).toBeGreaterThan(0)
      expect(manyUses).toBe(onePull)
    } finally {
      await reg.close()
    }
  }, 120_000)
})

describe('pull policy, counted at the registry', () => {
  test('missing: a present image is not asked for; always: it is; a present pinned digest: never again', async () => {
    const reg = await startRefusingRegistry()
    try {
      const ref = fresh(`${reg.host}/pass/abigap-test/musl:latest`)
      const asked = () => reg.requests.filter((r) => r.path.includes('/pass/abigap-test/musl/manifests/')).length
      const id = await ensureImage(rt, ref, { pull: 'missing' }) // absent: pulled
      expect(asked()).toBeGreaterThan(0)
      let before = asked()
      forgetEnsuredImages(rt)
      await ensureImage(rt, ref, { pull: 'missing' })
      expect(asked()).toBe(before)
      forgetEnsuredImages(rt)
      await ensureImage(rt, ref, { pull: 'always' })
      expect(asked()).toBeGreaterThan(before)
      before = asked()
      const pinned = `${reg.host}/pass/abigap-test/musl@${id.digest}`
      pulledRefs.push(pinned)
      forgetEnsuredImages(rt)
      expect((await ensureImage(rt, pinned, { pull: 'always' })).digest).toBe(id.digest)
      expect(asked()).toBe(before)
      await expect(ensureImage(rt, `${reg.host}/pass/abigap-test/musl:other`, { pull: 'never' })).rejects.toThrow(
        /not present locally and the pull policy is 'never'/,
      )
      expect(asked()).toBe(before)
    } finally {
      await reg.close()
    }
  })
})

describe('credentials from the Docker config file', () => {
  const ref = `${AUTH_REGISTRY}/abigap-test/musl:latest`
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'abigap-docker-config-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))
  const config = (auths: Record<string, unknown>) => {
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ auths }))
    return { ...process.env, DOCKER_CONFIG: dir }
  }

  test('without credentials the pull fails saying to log in before the step', async () => {
    fresh(ref)
    const env = config({})
    await expect(ensureImage(rt, ref, { pull: 'missing', env })).rejects.toThrow(
      /cannot pull .*(no basic auth credentials|unauthorized).*log in to 127\.0\.0\.1:\d+ before this step \(e\.g\. docker\/login-action\)/,
    )
  })

  test('an auths entry as docker/login-action writes it is used, and the password is never printed', async () => {
    fresh(ref)
    const auth = Buffer.from(`${AUTH_USER}:${AUTH_PASS}`).toString('base64')
    const env = config({ [AUTH_REGISTRY]: { auth } })
    const lines: string[] = []
    const id = await ensureImage(rt, ref, { pull: 'missing', env, onProgress: (l) => lines.push(l) })
    expect(id.digest).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(lines.join('\n')).not.toContain(AUTH_PASS)
    expect(lines.join('\n')).not.toContain(auth)
  })

  test('a wrong password is an infrastructure error that does not echo the password', async () => {
    fresh(ref)
    const bad = 'not-the-password-XYZ'
    const env = config({ [`http://${AUTH_REGISTRY}`]: { auth: Buffer.from(`${AUTH_USER}:${bad}`).toString('base64') } })
    const err = await ensureImage(rt, ref, { pull: 'missing', env }).catch((e) => e)
    expect(err).toBeInstanceOf(ImageUnavailableError)
    expect(String(err.message)).toMatch(/unauthorized|authentication required/i)
    expect(String(err.message)).not.toContain(bad)
  })
})

describe('a registry that refuses', () => {
  let reg: RefusingRegistry
  afterEach(async () => reg?.close())

  test('429 toomanyrequests: the retry waits as long as Retry-After says, then succeeds', async () => {
    reg = await startRefusingRegistry({ windowMs: 2500, retryAfterS: 3 })
    const ref = fresh(`${reg.host}/ratelimit/abigap-test/nolibc:latest`)
    const lines: string[] = []
    // a 10 ms backoff of its own would spend all three attempts inside the 2.5 s refusal window
    const id = await ensureImage(rt, ref, { pull: 'missing', backoffMs: 10, onProgress: (l) => lines.push(l) })
    expect(id.digest).toMatch(/^sha256:/)
    const retry = lines.find((l) => l.includes('retrying'))
    expect(retry).toMatch(
      /toomanyrequests: You have reached your pull rate limit.*retrying in 3 s as the registry asks \(Retry-After\) \(attempt 2\/3\)/,
    )
    const gets = manifestRequests(reg, 'ratelimit/abigap-test/nolibc')
    expect(gets.at(-1)!.at - gets[0]!.at).toBeGreaterThanOrEqual(2900)
  }, 60_000)

  test('429 with a Retry-After beyond what abigap waits fails at once, with advice', async () => {
    reg = await startRefusingRegistry({ windowMs: 3_600_000, retryAfterS: 3600 })
    const ref = `${reg.host}/ratelimit/abigap-test/nolibc:latest`
    const started = Date.now()
    const err = await ensureImage(rt, ref, { pull: 'missing' }).catch((e) => e)
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(err).toBeInstanceOf(ImageUnavailableError)
    expect(String(err.message)).toMatch(
      /toomanyrequests.*asks to wait 3600 s \(Retry-After\), longer than abigap waits; .*log in before this step, or point the targets at a mirror/,
    )
  }, 30_000)

  test('503: retried with backoff; permanent 503 ends as an infrastructure error after the attempts', async () => {
    reg = await startRefusingRegistry({ windowMs: 1500, retryAfterS: 2 })
    const ok = fresh(`${reg.host}/unavailable/abigap-test/nolibc:latest`)
    expect((await ensureImage(rt, ok, { pull: 'missing', backoffMs: 10 })).digest).toMatch(/^sha256:/)
    await reg.close()
    reg = await startRefusingRegistry({ windowMs: 3_600_000, retryAfterS: 1 })
    const down = `${reg.host}/unavailable/abigap-test/nolibc:latest`
    await expect(ensureImage(rt, down, { pull: 'missing', backoffMs: 10 })).rejects.toThrow(
      /cannot pull .*503 Service Unavailable.*\(after 3 attempts\)/,
    )
  }, 60_000)

  test('a registry that stops sending mid-pull is abandoned by the stall watchdog', async () => {
    reg = await startRefusingRegistry()
    removeImage(`${OPEN_REGISTRY}/abigap-test/layered:latest`) // its layers must really be downloaded
    const ref = fresh(`${reg.host}/hangs/abigap-test/layered:latest`)
    const err = await ensureImage(rt, ref, { pull: 'missing', retries: 1, stallTimeoutMs: 3000 }).catch((e) => e)
    expect(err).toBeInstanceOf(ImageUnavailableError)
    expect(String(err.message)).toMatch(/the registry stopped sending data: no pull progress for 3 s \(\d\/3 layers/)
  }, 60_000)

  test('a registry that dies mid-pull: the engine retries the layers, then abigap reports it part-way', async () => {
    reg = await startRefusingRegistry()
    removeImage(`${OPEN_REGISTRY}/abigap-test/layered:latest`) // its layers must really be downloaded
    const ref = fresh(`${reg.host}/dies/abigap-test/layered:latest`)
    // dockerd 20.10 retries a layer download 5 times, 5 s apart and growing: about 75 s
    const err = await ensureImage(rt, ref, { pull: 'missing' }).catch((e) => e)
    expect(err).toBeInstanceOf(ImageUnavailableError)
    expect(String(err.message)).toMatch(/connection refused, part-way through the download \(\d\/3 layers/)
  }, 150_000)
})
