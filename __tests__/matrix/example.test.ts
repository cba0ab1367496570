import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseMatrixConfig, planMatrix } from '../../src/matrix/index.js'
import { resolvePromises } from '../../src/matrix/promises.js'

test('examples/abigap.yml is valid and plans the documented matrix', () => {
  const file = path.resolve(process.cwd(), 'examples/abigap.yml')
  const config = parseMatrixConfig(readFileSync(file, 'utf8'), 'examples/abigap.yml')
  const plan = planMatrix(config)
  expect(plan.variants.map((v) => [v.name, v.builder])).toEqual([
    ['nocgo', 'host'],
    ['cgo-glibc', 'abigap-test/builder-bullseye'],
    ['cgo-glibc-static', 'host'],
    ['cgo-musl', 'host'],
    ['cgo-musl-static', 'host'],
  ])
  expect(plan.targets.map((t) => t.ref)).toEqual([
    'abigap-test/bullseye',
    'abigap-test/bookworm',
    'abigap-test/trixie',
    'abigap-test/musl',
    'abigap-test/nolibc',
  ])
  expect(config.workingDirectory).toBe('../__tests__/fixtures/gomod')
  expect(resolvePromises(config, plan)).toEqual({
    everyTarget: true,
    variants: { nocgo: plan.targets.map((t) => t.ref), 'cgo-musl-static': ['abigap-test/musl'] },
  })
})
