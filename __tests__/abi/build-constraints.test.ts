import { evalConstraint, sourceForBuild } from '../../src/abi/build-constraints.js'
import { emptySourceIndex } from '../../src/abi/source-index.js'
import type { InspectedFile } from '../../src/binary/types.js'

const tags = new Set(['linux', 'amd64', 'cgo', 'go1.19'])

describe('//go:build evaluation', () => {
  test.each([
    ['cgo', true],
    ['cgo && cxx', false],
    ['!cgo', false],
    ['linux && (arm64 || amd64)', true],
    ['!(cgo && cxx)', true],
    ['go1.19 || windows', true],
    ['cgo &&', null],
    ['cgo ) (', null],
  ])('%s → %s', (expr, want) => expect(evalConstraint(expr, tags)).toBe(want))
})

describe('sourceForBuild', () => {
  const index = emptySourceIndex()
  index.imports.C = [
    { file: 'cmd/server/cxx_on.go', line: 7, column: 8 },
    { file: 'cmd/server/native_cgo.go', line: 25, column: 8 },
  ]
  index.buildConstraints = { 'cmd/server/cxx_on.go': 'cgo && cxx', 'cmd/server/native_cgo.go': 'cgo' }
  const facts = (settings: Record<string, string>) =>
    ({
      go: { version: 'go1.19.8', path: 'x', main: { path: 'x', version: '' }, settings, deps: [] },
    }) as unknown as InspectedFile

  test('drops the sites of files the binary was not built from', () => {
    const f = sourceForBuild(index, facts({ CGO_ENABLED: '1', GOARCH: 'amd64' }))
    expect(f.imports.C.map((s) => s.file)).toEqual(['cmd/server/native_cgo.go'])
  })
  test('keeps them when the build had the tag', () => {
    const f = sourceForBuild(index, facts({ CGO_ENABLED: '1', GOARCH: 'amd64', '-tags': 'cxx' }))
    expect(f.imports.C).toHaveLength(2)
  })
  test('leaves the index alone without build info', () => {
    expect(sourceForBuild(index, {} as InspectedFile)).toBe(index)
  })
})
