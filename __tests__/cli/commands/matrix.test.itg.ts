// `abigap matrix` as users run it: grid, --json, --out, --shard, exit codes; real builds and containers.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { run } from '../../../src/cli/commands/matrix.js'
import type { MatrixReport } from '../../../src/report/types.js'
import { captured } from '../../helpers/captured.js'

const fixture = path.resolve(process.cwd(), '__tests__/fixtures/gomod')
let dir: string
let config: string
let stdout = ''
let stderr = ''
const cli = async (args: string[]): Promise<number> => {
  const r = await captured(() => run(args))
  ;({ stdout, stderr } = r)
  return r.code
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'abigap-cli-itg-'))
  config = path.join(dir, 'abigap.yml')
  writeFileSync(
    config,
    `working-directory: ${path.relative(dir, fixture)}
package: ./cmd/server
axes: {cgo: [off, on], libc: [glibc, musl], link: [dynamic, static]}
targets: [abigap-test/bullseye, abigap-test/trixie, abigap-test/musl, abigap-test/nolibc]
docker: {pull: never}
`,
  )
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

test('grid with ✔ ✘ and one-word reasons, floors, recommendations; exit 1 on findings', async () => {
  const out = path.join(dir, 'out')
  const code = await cli(['--config', config, '--out', out])
  expect(stderr).not.toMatch(/internal error/)
  expect(code).toBe(1)
  const lines = stdout.split('\n')
  expect(lines[0]).toMatch(
    /^variant\s+abigap-test\/bullseye\s+abigap-test\/trixie\s+abigap-test\/musl\s+abigap-test\/nolibc\s+floor$/,
  )
  expect(lines.find((l) => l.startsWith('cgo-glibc '))).toMatch(/✘ .*✔.*✘ no-loader\s+✘ no-loader\s+glibc ≥ 2\.3\d/)
  expect(lines.find((l) => l.startsWith('nocgo '))).toMatch(/^nocgo(\s+✔ ran){4}/)
  expect(stdout).toMatch(/recommended:\n\s+abigap-test\/bullseye → nocgo/)
  for (const f of ['report.json', 'logs/nocgo.build.log', 'bin/cgo-musl-static/server'])
    expect(existsSync(path.join(out, f))).toBe(true)
}, 600_000)

test('--json --no-run: the report on stdout, runs skipped and said so', async () => {
  const code = await cli(['--config', config, '--json', '--no-run'])
  const report = JSON.parse(stdout) as MatrixReport
  expect(report.schemaVersion).toBe(1)
  expect(report.skipped.join('\n')).toMatch(/--no-run/)
  expect(report.results.every((c) => c.run === null)).toBe(true)
  expect(code).toBe(report.verdict === 'fail' ? 1 : 0)
}, 600_000)

test('--shard i/n: the shards partition the cells of the unsharded run', async () => {
  await cli(['--config', config, '--json', '--no-run'])
  const whole = JSON.parse(stdout) as MatrixReport
  const all = whole.results.map((c) => `${c.variant}|${c.target}|${c.verdict}`)
  const parts: string[] = []
  for (const s of ['1/3', '2/3', '3/3']) {
    await cli(['--config', config, '--json', '--no-run', '--shard', s])
    const r = JSON.parse(stdout) as MatrixReport
    expect(r.shard).toEqual({ index: Number(s[0]), count: 3 })
    // each shard carries the whole plan's order, so `abigap merge` can restore the unsharded report
    expect(r.plan).toEqual({ variants: whole.variants.map((v) => v.name), targets: whole.targets.map((t) => t.ref) })
    parts.push(...r.results.map((c) => `${c.variant}|${c.target}|${c.verdict}`))
  }
  expect(parts.sort()).toEqual(all.sort())
}, 600_000)

test('a builder image that does not exist is an infrastructure error: exit 3, never a pass', async () => {
  const bad = path.join(dir, 'bad-builder.yml')
  writeFileSync(
    bad,
    `working-directory: ${path.relative(dir, fixture)}\npackage: ./cmd/server\naxes: {cgo: [on]}\nbuilder: abigap-test/no-such-builder\ntargets: [abigap-test/trixie]\ndocker: {pull: never}\n`,
  )
  expect(await cli(['--config', bad])).toBe(3)
  expect(stderr).toMatch(/infrastructure error — no verdict: .*no-such-builder/)
}, 120_000)
