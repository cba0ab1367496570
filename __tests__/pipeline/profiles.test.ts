import { resolveProfiles } from '../../src/pipeline/profiles.js'
import type { TargetSpec } from '../../src/matrix/types.js'
import { targetSpec } from '../../src/matrix/targets.js'

const target = (ref: string, platform: string | null = null): TargetSpec => targetSpec(ref, platform)

describe('resolveProfiles without Docker', () => {
  test('a target not in the embedded knowledge is an infrastructure error, a known one is not', async () => {
    const r = await resolveProfiles([target('example.com/no-such-distro:1'), target('debian:12')], {
      docker: null,
      session: null,
      hostArch: 'amd64',
      pull: 'never',
      log: () => undefined,
    })
    const unknown = r.get('example.com/no-such-distro:1')
    expect(unknown?.profile).toBeNull()
    expect(unknown?.infrastructureError).toMatch(
      /^example\.com\/no-such-distro:1: no profile for example\.com\/no-such-distro:1: .*Docker is off or unavailable/,
    )
    expect(r.get('debian:12')).toMatchObject({ infrastructureError: null, imageUnavailable: true })
    expect(r.get('debian:12')?.profile).not.toBeNull()
  })

  test("targets without a platform take the host's architecture", async () => {
    const opts = { docker: null, session: null, pull: 'never' as const, log: () => undefined }
    const arm = await resolveProfiles([target('debian:12'), target('debian:12', 'linux/amd64')], {
      ...opts,
      hostArch: 'arm64',
    })
    expect(arm.get('debian:12')?.profile?.arch).toEqual(['arm64'])
    expect(arm.get('debian:12 (linux/amd64)')?.profile?.arch).toEqual(['amd64'])
  })
})
