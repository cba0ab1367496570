import { execFileSync } from 'node:child_process'
import { muslToolchainRelease } from '../../src/build/musl-toolchain.js'

describe('muslToolchainRelease on this machine', () => {
  test("names the release of the musl package musl-gcc belongs to (the test world's musl-tools)", async () => {
    const pkg = execFileSync('dpkg-query', ['-W', '-f', '${Version}', 'musl-dev'], { encoding: 'utf8' })
    const upstream = pkg.replace(/^\d+:/, '').replace(/-[^-]*$/, '')
    expect(await muslToolchainRelease()).toBe(upstream)
  })

  test('null when there is no such compiler, and when the compiler links glibc', async () => {
    expect(await muslToolchainRelease('abigap-no-such-cc')).toBeNull()
    expect(await muslToolchainRelease('gcc')).toBeNull()
  })
})
