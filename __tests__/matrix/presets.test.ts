import { findProfile, knownTargetNames } from '../../src/knowledge/index.js'
import { TARGET_PRESETS } from '../../src/matrix/presets.js'

describe('target presets', () => {
  test('every image of the distro presets is known to the embedded knowledge (consistent pinned lists)', () => {
    const unknown: string[] = []
    for (const [preset, images] of Object.entries(TARGET_PRESETS)) {
      if (preset === 'abigap-test') continue // local test-world images: probed, never embedded
      for (const image of images) if (!findProfile(image)) unknown.push(`${preset}: ${image}`)
    }
    expect(unknown).toEqual([])
    expect(knownTargetNames().length).toBeGreaterThan(0)
  })
  test('presets agree with the knowledge on the libc of each family', () => {
    for (const image of TARGET_PRESETS.alpine) expect(findProfile(image)?.libc.flavor).toBe('musl')
    for (const image of TARGET_PRESETS['enterprise-linux']) expect(findProfile(image)?.libc.flavor).toBe('glibc')
    expect(findProfile('gcr.io/distroless/static-debian12')?.libc.flavor).toBe('none')
  })
})
