import { cacheVolumeName, type CacheScope } from '../../src/build/cache-volume.js'

const base: CacheScope = {
  moduleRoot: '/w/app',
  image: 'golang:1.22',
  repository: 'acme/app',
  ref: 'refs/heads/main',
}

test('a PR, another repository, module or image never shares the trusted build cache volume', () => {
  const main = cacheVolumeName(base)
  expect(main).toMatch(/^abigap-go-cache-[0-9a-f]{16}$/)
  // a valid Docker volume name
  expect(main).toMatch(/^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/)
  expect(cacheVolumeName({ ...base })).toBe(main)
  const others = [
    { ...base, ref: 'refs/pull/7/merge' },
    { ...base, repository: 'evil/app' },
    { ...base, moduleRoot: '/w/other' },
    { ...base, image: 'golang:1.22-alpine' },
    { moduleRoot: base.moduleRoot, image: base.image },
  ].map(cacheVolumeName)
  expect(new Set([main, ...others]).size).toBe(others.length + 1)
  expect(others).not.toContain('abigap-go-cache')
})
