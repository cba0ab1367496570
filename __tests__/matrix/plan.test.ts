import { cellKey, parseMatrixConfig, parseShard, planMatrix, shardOf, ConfigError } from '../../src/matrix/index.js'

const plan = (yaml: string, shard?: { index: number; count: number }) =>
  planMatrix(parseMatrixConfig(yaml, 'abigap.yml'), { shard })

describe('planMatrix', () => {
  test('the full axes: readable names, nocgo collapsed, arm64 cgo dropped without a cross compiler', () => {
    const p = plan(
      'package: .\ntargets: [a, b]\naxes:\n  cgo: [off, on]\n  libc: [glibc, musl]\n  link: [dynamic, static]\n  arch: [amd64, arm64]\n',
    )
    expect(p.variants.map((v) => v.name)).toEqual([
      'nocgo',
      'cgo-glibc',
      'cgo-glibc-static',
      'cgo-musl',
      'cgo-musl-static',
      'nocgo-arm64',
    ])
    expect(p.variants[0]).toMatchObject({ cgo: false, libc: null, link: 'static', arch: 'amd64', builder: 'host' })
    expect(p.variants[4]).toMatchObject({ cgo: true, libc: 'musl', link: 'static' })
    const reasons = p.dropped.map((d) => `${d.combo}: ${d.reason}`).join('\n')
    expect(reasons).toMatch(/nocgo .*a pure-Go binary is always static/)
    expect(reasons).toMatch(/cgo-glibc-arm64: cgo for arm64 on the host needs a cross C compiler/)
    expect(reasons).toMatch(/cgo-musl-static-arm64: .*musl cross compiler/)
    expect(p.cells).toHaveLength(6 * 2)
    expect(p.cells[0]).toEqual({ variant: 'nocgo', target: 'a', key: cellKey('nocgo', 'a') })
  })

  test('a cross compiler or a builder image makes arm64 cgo possible', () => {
    const p = plan('package: .\ntargets: [a]\ncc: {arm64: aarch64-linux-gnu-gcc}\naxes: {cgo: [on], arch: [arm64]}\n')
    expect(p.variants.map((v) => [v.name, v.cc])).toEqual([['cgo-glibc-arm64', 'aarch64-linux-gnu-gcc']])
    const q = plan('package: .\ntargets: [a]\nbuilder: img/builder\naxes: {cgo: [on], libc: [musl], arch: [arm64]}\n')
    expect(q.variants.map((v) => [v.name, v.builder])).toEqual([['cgo-musl-arm64', 'img/builder']])
  })

  test('per-variant builder overrides, by name', () => {
    const p = plan('package: .\ntargets: [a]\nbuilders:\n  cgo-glibc: abigap-test/builder-bullseye\n')
    expect(p.variants.map((v) => [v.name, v.builder])).toEqual([
      ['nocgo', 'host'],
      ['cgo-glibc', 'abigap-test/builder-bullseye'],
    ])
    expect(() => plan('package: .\ntargets: [a]\nbuilders:\n  cgo-glibcc: x\n')).toThrow(
      /abigap.yml:4:3: builders.cgo-glibcc: no variant named 'cgo-glibcc' \(did you mean 'cgo-glibc'\?\)/,
    )
  })

  test('explicit variants: same build on two builders gets distinct names; duplicates are errors', () => {
    const p = plan(
      'package: .\ntargets: [a]\nvariants:\n  - {cgo: on}\n  - {cgo: on, builder: abigap-test/builder-bullseye:latest}\n  - {cgo: on, libc: musl, link: static, tags: cxx, name: trap}\n',
    )
    expect(p.variants.map((v) => v.name)).toEqual(['cgo-glibc', 'cgo-glibc@builder-bullseye', 'trap'])
    expect(p.variants[2].tags).toEqual(['cxx'])
    expect(p.variants[1].declaredAt?.line).toBe(5)
    expect(() =>
      plan('package: .\ntargets: [a]\nvariants:\n  - {cgo: on, name: x}\n  - {cgo: off, name: x}\n'),
    ).toThrow(ConfigError)
  })

  test('sharding: deterministic, disjoint, covering', () => {
    const yaml =
      'package: .\ntargets: [a, b, c, d, e]\naxes:\n  cgo: [off, on]\n  libc: [glibc, musl]\n  link: [dynamic, static]\n'
    const all = plan(yaml).cells.map((c) => c.key)
    const shards = [1, 2, 3].map((index) => plan(yaml, { index, count: 3 }))
    const keys = shards.flatMap((s) => s.cells.map((c) => c.key))
    expect(keys.sort()).toEqual([...all].sort())
    expect(new Set(keys).size).toBe(all.length)
    for (const s of shards) {
      // every planned variant has a cell in the shard, every cell's variant is planned
      expect(new Set(s.cells.map((c) => c.variant))).toEqual(new Set(s.variants.map((v) => v.name)))
      expect(s.cells.every((c) => shardOf(c.key, 3) === s.shard?.index)).toBe(true)
    }
    // stable: the same plan shard twice gives the same cells
    expect(plan(yaml, { index: 2, count: 3 }).cells).toEqual(shards[1].cells)
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 })
    expect(parseShard('4/3')).toHaveProperty('error')
    expect(() => plan(yaml, { index: 0, count: 3 })).toThrow(RangeError)
  })

  test('targets keep their declared position; same image on two platforms are two targets', () => {
    const p = plan(
      'package: .\ntargets:\n  - debian:12\n  - {image: debian:12, platform: linux/arm64}\naxes: {cgo: [off]}\n',
    )
    expect(p.cells.map((c) => c.target)).toEqual(['debian:12', 'debian:12 (linux/arm64)'])
    expect(p.targets[1].declaredAt).toEqual({ file: 'abigap.yml', line: 4, column: 5 })
  })
})

test('builds are paired with targets of their architecture; unmatched ones keep every cell', () => {
  const p = plan(
    'package: .\ntargets:\n  - debian:12\n  - {image: debian:12, platform: linux/arm64}\naxes: {cgo: [off], arch: [amd64, arm64]}\n',
  )
  expect(p.cells.map((c) => `${c.variant} ${c.target}`)).toEqual([
    'nocgo debian:12',
    'nocgo-arm64 debian:12 (linux/arm64)',
  ])
  // no arm64 build in the matrix: the arm64 target is still checked (and will show the arch mismatch)
  const q = plan(
    'package: .\ntargets:\n  - debian:12\n  - {image: debian:12, platform: linux/arm64}\naxes: {cgo: [off]}\n',
  )
  expect(q.cells.map((c) => c.target)).toEqual(['debian:12', 'debian:12 (linux/arm64)'])
  // an arm64 engine: targets without a platform are arm64
  const yaml =
    'package: .\ntargets: [debian:12, {image: debian:12, platform: linux/amd64}]\naxes: {cgo: [off], arch: [amd64, arm64]}\n'
  const r = planMatrix(parseMatrixConfig(yaml, 'f'), { hostArch: 'arm64' })
  expect(r.cells.map((c) => `${c.variant} ${c.target}`)).toEqual([
    'nocgo debian:12 (linux/amd64)',
    'nocgo-arm64 debian:12',
  ])
})

test('on an arm64 host, variants without an arch are arm64 and pair with targets without a platform', () => {
  const yaml =
    'package: .\ntargets: [debian:12, {image: debian:12, platform: linux/amd64}]\n' +
    'variants:\n  - {cgo: off}\n  - {cgo: on}\n  - {name: x86, cgo: off, arch: amd64}\n'
  const r = planMatrix(parseMatrixConfig(yaml, 'f'), { hostArch: 'arm64' })
  expect(r.variants.map((v) => v.arch)).toEqual(['arm64', 'arm64', 'amd64'])
  // native cgo: no cross compiler needed or defaulted
  expect(r.variants[1].cc).toBeNull()
  expect(r.cells.map((c) => `${c.variant} ${c.target}`)).toEqual([
    'nocgo-arm64 debian:12',
    'cgo-glibc-arm64 debian:12',
    'x86 debian:12 (linux/amd64)',
  ])
  // the default axes too: native cgo on the host is not dropped for want of a cross compiler
  const a = planMatrix(parseMatrixConfig('package: .\ntargets: [debian:12]\n', 'f'), { hostArch: 'arm64' })
  expect(a.variants.map((v) => `${v.name} ${v.arch}`)).toEqual(['nocgo-arm64 arm64', 'cgo-glibc-arm64 arm64'])
  expect(a.dropped).toEqual([])
  expect(a.cells).toHaveLength(2)
  // an amd64 variant written out is a cross build there: dropped without a cross compiler
  const x = planMatrix(parseMatrixConfig('package: .\ntargets: [debian:12]\naxes: {arch: [amd64]}\n', 'f'), {
    hostArch: 'arm64',
  })
  expect(x.dropped.map((d) => d.combo)).toEqual(['cgo-glibc'])
})
