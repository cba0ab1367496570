import { ConfigError, parseMatrixConfig, type ConfigProblem } from '../../src/matrix/index.js'

function problems(text: string): ConfigProblem[] {
  try {
    parseMatrixConfig(text, 'abigap.yml')
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError)
    return (e as ConfigError).problems
  }
  throw new Error('expected a ConfigError')
}

describe('parseMatrixConfig: valid configs', () => {
  test('a full config becomes a typed MatrixConfig', () => {
    const cfg = parseMatrixConfig(
      `package: ./cmd/server
working-directory: app
go-flags: -trimpath -mod=readonly
tags: [netgo, osusergo]
ldflags: -s -w
env:
  GOFLAGS: -buildvcs=false
  GOAMD64: v1
  N: 3
variants:
  - cgo: off
  - name: legacy
    cgo: on
    libc: glibc
    builder: abigap-test/builder-bullseye
targets:
  - debian:12
  - image: alpine:3.22
    platform: linux/arm64
presets: [alpine]
run:
  args: ["-resolve", "--name", "a b"]
  timeout: 1.5s
  success-exit-codes: [0, 3]
docker: { pull: never, mode: required }
modules: { download: true }
build: { timeout: 2m, concurrency: 2 }
`,
      'abigap.yml',
    )
    expect(cfg.package).toBe('./cmd/server')
    expect(cfg.workingDirectory).toBe('app')
    expect(cfg.goFlags).toEqual(['-trimpath', '-mod=readonly'])
    expect(cfg.tags).toEqual(['netgo', 'osusergo'])
    expect(cfg.env).toEqual({ GOFLAGS: '-buildvcs=false', GOAMD64: 'v1', N: '3' })
    expect(cfg.variants?.map((v) => [v.name, v.cgo, v.libc, v.builder])).toEqual([
      [null, false, null, null],
      ['legacy', true, 'glibc', 'abigap-test/builder-bullseye'],
    ])
    expect(cfg.variants?.[1].declaredAt).toEqual({ file: 'abigap.yml', line: 12, column: 5 })
    // explicit targets keep their line; preset targets point at the preset entry
    expect(cfg.targets[0]).toEqual({
      id: 'debian:12',
      ref: 'debian:12',
      platform: null,
      preset: null,
      declaredAt: { file: 'abigap.yml', line: 17, column: 5 },
    })
    expect(cfg.targets[1]).toMatchObject({ ref: 'alpine:3.22', platform: 'linux/arm64' })
    expect(cfg.targets.filter((t) => t.preset === 'alpine').map((t) => t.declaredAt?.line)).toEqual([20, 20, 20])
    // alpine:3.22 without platform is a different target than alpine:3.22 on arm64
    expect(cfg.targets.filter((t) => t.ref === 'alpine:3.22')).toHaveLength(2)
    expect(cfg.run).toEqual({ args: ['-resolve', '--name', 'a b'], timeoutMs: 1500, successExitCodes: [0, 3] })
    expect(cfg.docker).toEqual({ pull: 'never', mode: 'required' })
    expect(cfg.modules.download).toBe(true)
    expect(cfg.build).toEqual({ timeoutMs: 120_000, concurrency: 2 })
  })

  test('defaults: axes cgo off/on with glibc dynamic, host builder, 10 s runs, exit 0', () => {
    const cfg = parseMatrixConfig('package: .\ntargets: [debian:12]\n', 'abigap.yml')
    expect(cfg.axes).toEqual({ cgo: [false, true], libc: ['glibc'], link: ['dynamic'], arch: null })
    // an unwritten arch is the host's: the planner fills it in (hostArch)
    expect(cfg.builder).toBe('host')
    expect(cfg.run).toEqual({ args: [], timeoutMs: 10_000, successExitCodes: [0] })
    expect(cfg.docker).toEqual({ pull: 'missing', mode: 'auto' })
    expect(cfg.modules.download).toBe(false)
  })

  test('YAML 1.2: on/off are strings, and both spellings of cgo are accepted', () => {
    const cfg = parseMatrixConfig('package: .\ntargets: [x]\naxes:\n  cgo: [off, true]\n', 'f.yml')
    expect(cfg.axes?.cgo).toEqual([false, true])
  })
})

describe('parseMatrixConfig: errors name the key path and line:column', () => {
  test('unknown keys, with a did-you-mean', () => {
    const p = problems('package: .\ntargets: [x]\nvariants:\n  - cgo: on\n    lnik: static\ntarget: [y]\n')
    expect(p.map((x) => [x.key, x.line, x.column])).toEqual([
      ['variants[0].lnik', 5, 5],
      ['target', 6, 1],
    ])
    expect(p[0].message).toContain("did you mean 'link'?")
    expect(p[1].message).toContain("did you mean 'targets'?")
  })

  test('the message is "file:line:col: key: message"', () => {
    try {
      parseMatrixConfig('package: .\ntargets: [x]\nvariants:\n  - cgo: on\n    arch: 64\n', 'abigap.yml')
      throw new Error('no error')
    } catch (e) {
      expect((e as Error).message).toBe('abigap.yml:5:5: variants[0].arch: must be a string (got 64)')
      expect(e).toMatchObject({ key: 'variants[0].arch', line: 5, column: 5 })
    }
  })

  test('wrong types', () => {
    const p = problems('package: .\ntargets: x\nvariants:\n  cgo: on\nrun:\n  success-exit-codes: [ok]\n')
    expect(p.map((x) => [x.key, x.line, x.column])).toEqual([
      ['targets', 2, 1],
      ['variants', 3, 1],
      ['run.success-exit-codes[0]', 6, 24],
    ])
    expect(p[0].message).toBe('must be a list (got "x")')
    expect(p[1].message).toBe('must be a list (got a mapping)')
    expect(p[2].message).toContain('must be an integer')
  })

  test('enum values get a did-you-mean', () => {
    const [p] = problems('package: .\ntargets: [x]\naxes:\n  libc: [glibc, mulc]\n')
    expect(p).toMatchObject({ key: 'axes.libc[1]', line: 4, column: 17 })
    expect(p.message).toContain("did you mean 'musl'?")
  })

  test('an empty matrix', () => {
    expect(problems('package: .\ntargets: [x]\nvariants: []\n')[0]).toMatchObject({ key: 'variants', line: 3 })
    expect(problems('package: .\ntargets: [x]\naxes:\n  cgo: []\n')[0]).toMatchObject({ key: 'axes.cgo', line: 4 })
    expect(problems('package: .\ntargets: []\n')[0]).toMatchObject({ key: 'targets', line: 2 })
    expect(problems('package: .\n')[0].message).toContain('no targets')
  })

  test('an unknown preset', () => {
    const [p] = problems('package: .\npresets:\n  - alpine\n  - debian-ubuntu-lst\n')
    expect(p).toMatchObject({ key: 'presets[1]', line: 4, column: 5 })
    expect(p.message).toContain("did you mean 'debian-ubuntu-lts'?")
  })

  test('a missing package', () => {
    const [p] = problems('targets: [x]\n')
    expect(p).toMatchObject({ key: 'package', line: 1, column: 1, message: 'required key is missing' })
    expect(problems('')[0].message).toContain('package is required')
  })

  test('YAML syntax errors and duplicate keys carry their position', () => {
    expect(problems('package: .\ntargets: [x\n')[0].line).toBeGreaterThanOrEqual(2)
    const [dup] = problems('package: .\ntargets: [x]\npackage: ./y\n')
    expect(dup).toMatchObject({ line: 3 })
    expect(dup.message).toMatch(/unique/i)
  })

  test('semantic conflicts', () => {
    const p = problems(
      'package: .\ntargets: [x]\ngo-flags: -o out -ldflags=-s\nenv:\n  CGO_ENABLED: "1"\nvariants:\n  - cgo: off\n    libc: musl\naxes: {}\n',
    )
    expect(p.map((x) => x.key)).toEqual(['go-flags', 'go-flags', 'env.CGO_ENABLED', 'variants[0].libc', 'axes'])
    expect(p[1].message).toContain("use the 'ldflags' key")
  })

  test('bad target entries and platforms', () => {
    const p = problems(
      'package: .\ntargets:\n  - 12\n  - image: x\n    platform: windows/amd64\n  - {platform: linux/arm64}\n',
    )
    expect(p.map((x) => [x.key, x.line])).toEqual([
      ['targets[0]', 3],
      ['targets[1].platform', 5],
      ['targets[2].image', 6],
    ])
  })

  test('durations', () => {
    expect(problems('package: .\ntargets: [x]\nrun: {timeout: soon}\n')[0].key).toBe('run.timeout')
    expect(parseMatrixConfig('package: .\ntargets: [x]\nrun: {timeout: 250ms}\n', 'f').run.timeoutMs).toBe(250)
    expect(parseMatrixConfig('package: .\ntargets: [x]\nrun: {timeout: 3}\n', 'f').run.timeoutMs).toBe(3000)
  })
})

test('the schema itself is a valid JSON schema (the parser skips meta-validation for speed)', async () => {
  const { Ajv } = await import('ajv')
  const { matrixConfigSchema } = await import('../../src/matrix/schema.js')
  const ajv = new Ajv({ strict: true, allowUnionTypes: true })
  expect(ajv.validateSchema(matrixConfigSchema)).toBe(true)
})
