// The pure parts of pulling: references, Docker config credentials, progress lines, Retry-After, failure advice.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseImageRef, pinnedDigest, isLoopbackRegistry, sameRepository } from '../../src/docker/image-ref.js'
import { dockerConfigPath, inlineAuth, registryAuth } from '../../src/docker/registry-auth.js'
import { PullProgress } from '../../src/docker/pull-progress.js'
import { parseRetryAfter, registryBaseUrl } from '../../src/docker/registry-wait.js'
import { pullAdvice, pullFailureKind } from '../../src/docker/pull-errors.js'
import { explainEngineError } from '../../src/docker/engine-check.js'
import { digestOf } from '../../src/docker/image.js'

const D = `sha256:${'a'.repeat(64)}`

describe('image references', () => {
  test.each([
    ['debian:12', { registry: 'docker.io', repository: 'library/debian', tag: '12', digest: null }],
    ['alpine', { registry: 'docker.io', repository: 'library/alpine', tag: 'latest', digest: null }],
    ['team/app:1', { registry: 'docker.io', repository: 'team/app', tag: '1', digest: null }],
    ['127.0.0.1:5000/a/b:t', { registry: '127.0.0.1:5000', repository: 'a/b', tag: 't', digest: null }],
    [`ghcr.io/o/i@${D}`, { registry: 'ghcr.io', repository: 'o/i', tag: null, digest: D }],
    [`localhost/x:1@${D}`, { registry: 'localhost', repository: 'x', tag: '1', digest: D }],
    [
      'index.docker.io/library/debian',
      { registry: 'docker.io', repository: 'library/debian', tag: 'latest', digest: null },
    ],
  ])('%s', (ref, want) => expect(parseImageRef(ref)).toEqual(want))
  test('pins, loopback, same repository', () => {
    expect(pinnedDigest(`x@${D}`)).toBe(D)
    expect(pinnedDigest('x@sha256:short')).toBeNull()
    expect(pinnedDigest('x:1')).toBeNull()
    expect(['127.0.0.1:5000', 'localhost:1', '[::1]:5000'].map(isLoopbackRegistry)).toEqual([true, true, true])
    expect(isLoopbackRegistry('registry.example:5000')).toBe(false)
    expect(sameRepository('debian:12', 'docker.io/library/debian@sha256:1')).toBe(true)
    expect(sameRepository('127.0.0.1:5000/debian:12', 'debian:12')).toBe(false)
  })
  test('the recorded digest is the pin, else the own repository’s, else the first', () => {
    const info = { id: 'sha256:i', arch: 'amd64', os: 'linux', repoDigests: [`other/x@sha256:1`, `me/x@${D}`] }
    expect(digestOf(info, 'me/x:1')).toBe(D)
    expect(digestOf(info, `me/x@${D}`)).toBe(D)
    expect(digestOf(info, 'third/x:1')).toBe('sha256:1')
    expect(digestOf({ ...info, repoDigests: [] }, 'me/x:1')).toBeNull()
  })
})

describe('credentials from the Docker config file', () => {
  const b64 = (s: string) => Buffer.from(s).toString('base64')
  test('auths entries under the keys docker login and docker/login-action write', () => {
    const config = {
      auths: {
        'https://index.docker.io/v1/': { auth: b64('hub:pw:with:colons') },
        'ghcr.io': { auth: b64('octo:ghp_x') },
        'http://127.0.0.1:5001': { username: 'u', password: 'p' },
        'reg.example': { identitytoken: 'tok' },
      },
    }
    expect(inlineAuth(config, 'docker.io')).toEqual({
      username: 'hub',
      password: 'pw:with:colons',
      serveraddress: 'https://index.docker.io/v1/',
    })
    expect(inlineAuth(config, 'ghcr.io')).toEqual({ username: 'octo', password: 'ghp_x', serveraddress: 'ghcr.io' })
    expect(inlineAuth(config, '127.0.0.1:5001')).toMatchObject({ username: 'u', password: 'p' })
    expect(inlineAuth(config, 'reg.example')).toEqual({ identitytoken: 'tok', serveraddress: 'reg.example' })
    expect(inlineAuth(config, 'quay.io')).toBeNull()
  })
  test('DOCKER_CONFIG is honoured; no file is anonymous; broken JSON and a failing helper are errors', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'abigap-cfg-'))
    try {
      const env = { DOCKER_CONFIG: dir }
      expect(dockerConfigPath(env)).toBe(join(dir, 'config.json'))
      expect(await registryAuth('ghcr.io', env)).toBeNull()
      writeFileSync(join(dir, 'config.json'), '{ nope')
      await expect(registryAuth('ghcr.io', env)).rejects.toThrow(/is not valid JSON/)
      writeFileSync(join(dir, 'config.json'), JSON.stringify({ credsStore: 'abigap-no-such-helper' }))
      await expect(registryAuth('ghcr.io', env)).rejects.toThrow(
        /credential helper docker-credential-abigap-no-such-helper failed for ghcr.io/,
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('pull progress', () => {
  test('layers and bytes, throttled, and a closing line with the digest', () => {
    let t = 0
    const lines: string[] = []
    const p = new PullProgress(
      'img:1',
      (l) => lines.push(l),
      1000,
      () => t,
    )
    const ev = (id: string, status: string, current?: number, total?: number) =>
      p.event({ id, status, ...(total ? { progressDetail: { current, total } } : {}) })
    ev('aaaaaaaaaaaa', 'Already exists')
    ev('bbbbbbbbbbbb', 'Pulling fs layer')
    t = 500
    ev('bbbbbbbbbbbb', 'Downloading', 1_000_000, 4_000_000)
    expect(lines).toEqual([]) // throttled
    t = 1200
    ev('bbbbbbbbbbbb', 'Downloading', 2_000_000, 4_000_000)
    expect(lines).toEqual(['pull img:1: 1/2 layers, 2.0 MB/4.0 MB'])
    ev('bbbbbbbbbbbb', 'Retrying in 5 seconds')
    expect(lines.at(-1)).toBe('pull img:1: layer bbbbbbbbbbbb: Retrying in 5 seconds')
    ev('bbbbbbbbbbbb', 'Download complete')
    ev('bbbbbbbbbbbb', 'Pull complete')
    t = 3000
    expect(p.finish(D)).toBe(`pulled img:1: 2 layer(s), 1 downloaded (4.0 MB) in 3.0 s, ${D}`)
  })
  test('Podman’s stream (recorded from 4.3.1): no sizes, no "Pull complete", the config blob listed as a layer', () => {
    const lines: string[] = []
    const p = new PullProgress(
      'img:1',
      (l) => lines.push(l),
      0,
      () => 0,
    )
    const ev = (id: string, status: string) => p.event({ id, status, progressDetail: {} })
    ev('afa82d8fc495', 'Already exists')
    ev('fb6f77dbef48', 'Pulling fs layer')
    ev('96082f3a1b34', 'Pulling fs layer')
    ev('fb6f77dbef48', 'Download complete')
    ev('96082f3a1b34', 'Download complete')
    expect(lines.at(-1)).toBe('pull img:1: 3/3 layers')
    ev('e06e5299a6f7', 'Pulling fs layer')
    ev('e06e5299a6f7', 'Download complete')
    const imageId = `sha256:e06e5299a6f7${'0'.repeat(52)}`
    expect(p.finish(D, imageId)).toBe(
      `pulled img:1: 3 layer(s), 2 downloaded (sizes not reported by the engine) in 0.0 s, ${D}`,
    )
  })
})

describe('refusals and advice', () => {
  test('Retry-After in seconds or as a date', () => {
    expect(parseRetryAfter('3')).toBe(3000)
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(10_000)
    expect(parseRetryAfter('soon')).toBeNull()
    expect(parseRetryAfter(null)).toBeNull()
    expect(registryBaseUrl('docker.io')).toBe('https://registry-1.docker.io')
    expect(registryBaseUrl('127.0.0.1:5000')).toBe('http://127.0.0.1:5000')
  })
  test('each engine message gets its kind and advice', () => {
    expect(pullFailureKind('toomanyrequests: You have reached your pull rate limit.')).toBe('rate-limited')
    expect(pullFailureKind('Head "https://r/v2/x/manifests/1": no basic auth credentials')).toBe('unauthorized')
    expect(pullFailureKind('manifest for r/x:1 not found: manifest unknown: manifest unknown')).toBe('unknown-image')
    expect(pullFailureKind('received unexpected HTTP status: 503 Service Unavailable')).toBe('server-error')
    expect(pullFailureKind('dial tcp 127.0.0.1:1: connect: connection refused')).toBe('other')
    expect(pullAdvice('rate-limited', 'debian:12')).toMatch(
      /Docker Hub allows 10 anonymous pulls per hour.*docker\/login-action.*mirror/,
    )
    expect(pullAdvice('unauthorized', 'ghcr.io/o/i:1')).toMatch(/log in to ghcr\.io before this step/)
  })
  test('Podman without catatonit: one line saying what to install (the message Podman 4.3.1 gives)', () => {
    const podman =
      'container create: container-init binary not found on the host: stat /usr/libexec/podman/catatonit: no such file or directory'
    expect(explainEngineError(podman)).toMatch(
      /^Podman cannot find its container-init binary \(catatonit\).*install catatonit/,
    )
    expect(explainEngineError('something else')).toBe('something else')
  })
})

describe('the pull phase and the engine check (scripted runtime)', () => {
  const PODMAN_MSG =
    'container create: container-init binary not found on the host: stat /usr/libexec/podman/catatonit: no such file or directory'
  const fake = (engine: 'docker' | 'podman', createError: string | null) => {
    const calls = { pulls: 0, creates: 0, removes: 0 }
    let present = false
    const rt = {
      endpoint: 'fake',
      version: async () => ({ version: '1', apiVersion: '1.41', engine }),
      inspectImage: async () =>
        present ? { id: 'sha256:i', repoDigests: [`127.0.0.1:1/x@${D}`], arch: 'amd64', os: 'linux' } : null,
      pullImage: async () => {
        calls.pulls++
        present = true
      },
      createContainer: async () => {
        calls.creates++
        if (createError) throw new Error(createError)
        return 'c1'
      },
      removeContainer: async () => {
        calls.removes++
      },
    } as unknown as import('../../src/docker/runtime.js').ContainerRuntime
    return { rt, calls }
  }
  test('each distinct image once; one line per image with its digest; Podman without catatonit said in one line', async () => {
    const { pullImages } = await import('../../src/docker/pull-images.js')
    const { rt, calls } = fake('podman', PODMAN_MSG)
    const lines: string[] = []
    const out = await pullImages(rt, [{ ref: '127.0.0.1:1/x:1' }, { ref: '127.0.0.1:1/x:1' }], {
      pull: 'missing',
      log: (l) => lines.push(l),
    })
    expect(calls.pulls).toBe(1)
    expect([...out.values()]).toEqual([{ id: 'sha256:i', digest: D, arch: 'amd64', os: 'linux' }])
    expect(lines.filter((l) => l.startsWith('127.0.0.1:1/x:1: digest'))).toEqual([
      `127.0.0.1:1/x:1: digest ${D} (id sha256:i)`,
    ])
    expect(lines.at(-1)).toMatch(
      /^Podman cannot find its container-init binary \(catatonit\).*apt-get install catatonit/,
    )
  })
  test('the engine check creates nothing on Docker and cleans up on a healthy Podman', async () => {
    const { checkEngine } = await import('../../src/docker/engine-check.js')
    const docker = fake('docker', null)
    expect(await checkEngine(docker.rt, 'sha256:i')).toBeNull()
    expect(docker.calls.creates).toBe(0)
    const podman = fake('podman', null)
    expect(await checkEngine(podman.rt, 'sha256:i')).toBeNull()
    expect(podman.calls).toMatchObject({ creates: 1, removes: 1 })
  })
})

describe('the digest each verdict was made against, in the job summary', () => {
  test('one row per target with an image: its digest (or that it has none) and its id; none without images', async () => {
    const { renderSummary } = await import('../../src/report/index.js')
    const { fixtureReport } = await import('../helpers/reports.js')
    const report = fixtureReport()
    expect(renderSummary(report)).not.toContain('Images the verdicts were made against')
    report.targets[0]!.image = { id: `sha256:${'b'.repeat(64)}`, digest: D }
    report.targets[1]!.image = { id: `sha256:${'c'.repeat(64)}`, digest: null }
    const md = renderSummary(report)
    expect(md).toContain('### Images the verdicts were made against')
    expect(md).toContain(`| abigap-test/bullseye | \`${D}\` | \`sha256:bbbbbbbbbbbb\` |`)
    expect(md).toContain('| abigap-test/bookworm | local image, no registry digest | `sha256:cccccccccccc` |')
  })
})
