import { ensureImage } from '../../src/docker/image.js'
import { ImageUnavailableError } from '../../src/docker/errors.js'
import type { ContainerRuntime, ImageInfo, PullEvent } from '../../src/docker/runtime.js'

/** A runtime whose image store and pull streams are scripted; every other call fails the test. */
function fakeRuntime(script: { local: ImageInfo | null; pulls: (PullEvent[] | Error)[]; after?: ImageInfo }) {
  let present = script.local
  const calls = { pulls: 0 }
  const rt = {
    endpoint: 'fake',
    inspectImage: async () => present,
    pullImage: async (_ref: string, _p: string | undefined, onEvent: (e: PullEvent) => void) => {
      const step = script.pulls[calls.pulls++]
      if (!step) throw new Error('unexpected pull')
      if (step instanceof Error) throw step
      step.forEach(onEvent)
      if (!step.some((e) => e.error)) present = script.after ?? null
    },
  } as unknown as ContainerRuntime
  return { rt, calls }
}

const IMG: ImageInfo = { id: 'sha256:aa', repoDigests: ['x@sha256:dd'], arch: 'amd64', os: 'linux' }

describe('ensureImage', () => {
  it('never: a missing image is a clear ImageUnavailableError, no pull', async () => {
    const { rt, calls } = fakeRuntime({ local: null, pulls: [] })
    await expect(ensureImage(rt, 'nope:1', { pull: 'never' })).rejects.toThrow(
      new ImageUnavailableError("image 'nope:1' is not present locally and the pull policy is 'never'"),
    )
    expect(calls.pulls).toBe(0)
  })
  it('missing: a present image of the right platform is not pulled; its id and digest are recorded', async () => {
    const { rt, calls } = fakeRuntime({ local: IMG, pulls: [] })
    expect(await ensureImage(rt, 'x', { pull: 'missing', platform: 'linux/amd64' })).toEqual({
      id: 'sha256:aa',
      digest: 'sha256:dd',
      arch: 'amd64',
      os: 'linux',
    })
    expect(calls.pulls).toBe(0)
  })
  it('an {error} event inside a stream that ends normally fails the pull (not retried when permanent)', async () => {
    const { rt, calls } = fakeRuntime({
      local: null,
      pulls: [
        [
          { status: 'Pulling from library/x' },
          { error: 'no matching manifest for linux/s390x in the manifest list entries' },
        ],
      ],
    })
    await expect(ensureImage(rt, 'x', { pull: 'always', backoffMs: 1, askRegistry: false })).rejects.toThrow(
      /cannot pull 'x': no matching manifest/,
    )
    expect(calls.pulls).toBe(1)
  })
  it('transient faults are retried with backoff, then succeed', async () => {
    const progress: string[] = []
    const { rt, calls } = fakeRuntime({
      local: null,
      pulls: [
        [{ error: 'toomanyrequests: rate limit' }],
        Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
        [{ status: 'Downloaded newer image' }],
      ],
      after: IMG,
    })
    const id = await ensureImage(rt, 'x', {
      pull: 'missing',
      backoffMs: 1,
      askRegistry: false,
      onProgress: (l) => progress.push(l),
    })
    expect(id.id).toBe('sha256:aa')
    expect(calls.pulls).toBe(3)
    expect(progress.filter((l) => l.includes('retrying'))).toHaveLength(2)
  })
  it('gives up after the retry budget', async () => {
    const { rt, calls } = fakeRuntime({
      local: null,
      pulls: [[{ error: 'toomanyrequests' }], [{ error: 'toomanyrequests' }]],
    })
    await expect(
      ensureImage(rt, 'x', { pull: 'missing', retries: 2, backoffMs: 1, askRegistry: false }),
    ).rejects.toThrow(/after 2 attempts/)
    expect(calls.pulls).toBe(2)
  })
  it('a local image of another platform is pulled (missing) or refused (never)', async () => {
    await expect(
      ensureImage(fakeRuntime({ local: IMG, pulls: [] }).rt, 'x', { pull: 'never', platform: 'linux/arm64' }),
    ).rejects.toThrow(/present for linux\/amd64, not linux\/arm64/)
    const { rt, calls } = fakeRuntime({ local: IMG, pulls: [[{ status: 'ok' }]], after: { ...IMG, arch: 'arm64' } })
    expect((await ensureImage(rt, 'x', { pull: 'missing', platform: 'linux/arm64' })).arch).toBe('arm64')
    expect(calls.pulls).toBe(1)
  })
})
