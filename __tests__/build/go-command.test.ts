import { mergeLdflags } from '../../src/build/ldflags.js'
import { goBuildCommand, shellCommand, variantCompiler } from '../../src/build/go-command.js'
import { shellWords } from '../../src/matrix/shell-words.js'
import type { PlannedVariant } from '../../src/matrix/types.js'
import { plannedVariant } from '../helpers/variants.js'

const variant = (over: Partial<PlannedVariant>): PlannedVariant => plannedVariant(over)
const settings = {
  package: './cmd/server',
  goFlags: ['-trimpath'],
  tags: [],
  ldflags: '-s -w',
  env: { GOFLAGS: '-mod=readonly' },
  downloadModules: false,
}

describe('mergeLdflags', () => {
  test('static adds external linking with -static, keeping user flags', () => {
    const merged = mergeLdflags('-s -w -X main.version=1.2', true)
    expect(shellWords(merged)).toEqual([
      '-s',
      '-w',
      '-X',
      'main.version=1.2',
      '-linkmode',
      'external',
      '-extldflags',
      '-static',
    ])
  })
  test('an existing -extldflags is extended, a -linkmode replaced', () => {
    const merged = mergeLdflags(`-linkmode internal -extldflags "-Wl,--as-needed -lm" -s`, true)
    expect(shellWords(merged)).toEqual(['-s', '-linkmode', 'external', '-extldflags', '-Wl,--as-needed -lm -static'])
    expect(shellWords(mergeLdflags('-extldflags=-static', true))).toEqual([
      '-linkmode',
      'external',
      '-extldflags',
      '-static',
    ])
  })
  test('dynamic keeps the user flags as they are', () => {
    expect(shellWords(mergeLdflags(`-X 'main.msg=hello world'`, false))).toEqual(['-X', 'main.msg=hello world'])
    expect(mergeLdflags('', false)).toBe('')
  })
})

describe('goBuildCommand', () => {
  test('cgo-musl-static: musl-gcc, CGO_ENABLED=1, static ldflags, no downloads', () => {
    const c = goBuildCommand(variant({ libc: 'musl', link: 'static', tags: ['netgo'] }), settings, '/out/server')
    expect(c.env).toEqual({
      GOFLAGS: '-mod=readonly',
      CGO_ENABLED: '1',
      GOOS: 'linux',
      GOARCH: 'amd64',
      CC: 'musl-gcc',
      GOPROXY: 'off',
    })
    expect(c.args.slice(0, 4)).toEqual(['build', '-o', '/out/server', '-trimpath'])
    expect(c.args).toContain('-tags')
    expect(c.args[c.args.indexOf('-ldflags') + 1]).toBe('-s -w -linkmode external -extldflags -static')
    expect(c.args[c.args.length - 1]).toBe('./cmd/server')
    expect(c.cc).toBe('musl-gcc')
  })
  test('nocgo has no CC; cross cgo uses the Debian cross compiler; explicit cc wins', () => {
    const n = goBuildCommand(variant({ cgo: false, libc: null, link: 'static', arch: 'arm64' }), settings, 'o')
    expect(n.env.CGO_ENABLED).toBe('0')
    expect(n.env.GOARCH).toBe('arm64')
    expect(n.env.CC).toBeUndefined()
    expect(n.cc).toBeNull()
    expect(variantCompiler(variant({ arch: 'arm64' }))).toBe('aarch64-linux-gnu-gcc')
    expect(variantCompiler(variant({ arch: 'arm64', cc: 'clang --target=aarch64-linux-gnu' }))).toBe(
      'clang --target=aarch64-linux-gnu',
    )
    expect(goBuildCommand(variant({}), settings, 'o').cc).toBe('gcc')
  })
  test('shellCommand quotes what needs quoting', () => {
    expect(shellCommand(['go', 'build', '-ldflags', '-s -w'], { CC: 'musl-gcc' })).toBe(
      "CC=musl-gcc go build -ldflags '-s -w'",
    )
  })
})
