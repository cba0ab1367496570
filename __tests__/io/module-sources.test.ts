import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { attributeSymbol } from '../../src/abi/origins.js'
import { dependencySources, escapeModulePath, moduleCacheDir } from '../../src/io/module-sources.js'
import { cgoBinary } from '../helpers/what-if-facts.js'

let cache = ''
beforeAll(async () => {
  cache = await mkdtemp(join(tmpdir(), 'abigap-modcache-'))
  const dir = join(cache, 'github.com/!acme/rnd@v1.2.3/internal')
  await mkdir(dir, { recursive: true })
  await writeFile(
    join(dir, 'rnd.go'),
    'package internal\n\n/*\nstatic unsigned r(void) { return arc4random(); }\n*/\nimport "C"\n',
  )
})
afterAll(async () => {
  await rm(cache, { recursive: true, force: true })
})

test('module cache paths: GOMODCACHE, GOPATH/pkg/mod, escaped upper case', () => {
  expect(moduleCacheDir({ GOMODCACHE: '/m' })).toBe('/m')
  expect(moduleCacheDir({ GOPATH: '/g:/h' })).toBe('/g/pkg/mod')
  expect(escapeModulePath('github.com/Acme/RND')).toBe('github.com/!acme/!r!n!d')
})

test("a dependency's C in the module cache is attributed to module@version with file:line", async () => {
  const facts = cgoBinary(
    [],
    [
      { path: 'github.com/Acme/rnd', version: 'v1.2.3' },
      { path: 'example.org/absent', version: 'v0.1.0' },
    ],
  )
  const deps = await dependencySources(facts, cache)
  expect(deps.map((d) => `${d.module}@${d.version}`)).toEqual(['github.com/Acme/rnd@v1.2.3'])
  expect(attributeSymbol('arc4random', { facts, dependencies: deps })).toEqual({
    kind: 'go-dependency',
    module: 'github.com/Acme/rnd@v1.2.3',
    file: 'github.com/Acme/rnd@v1.2.3/internal/rnd.go',
    line: 4,
  })
})
