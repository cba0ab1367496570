// `abigap matrix` with targets in registries: a pull phase in its own group, each image pulled once for all its
// cells (counted at the registry), the digest each verdict was made against in the JSON report, and a missing tag
// as an infrastructure error (exit 3, verdict error) — never a gap, never success.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { run } from '../../src/cli/commands/matrix.js'
import type { MatrixReport } from '../../src/report/types.js'
import { renderSummary } from '../../src/report/summary.js'
import { actionSinks } from '../../src/action/sinks.js'
import type { ActionIO } from '../../src/action/io.js'
import { parseMatrixConfig } from '../../src/matrix/index.js'
import { runMatrix } from '../../src/pipeline/run-matrix.js'
import {
  OPEN_REGISTRY,
  registryDigest,
  removeImage,
  requireRegistries,
  startRefusingRegistry,
  type RefusingRegistry,
} from '../helpers/registry-world.js'
import { captured } from '../helpers/captured.js'

const fixture = path.resolve(process.cwd(), '__tests__/fixtures/gomod')
let dir: string
let reg: RefusingRegistry
let stdout = ''
let stderr = ''
const cli = async (args: string[]): Promise<number> => {
  const r = await captured(() => run(args))
  ;({ stdout, stderr } = r)
  return r.code
}

beforeAll(async () => {
  await requireRegistries()
  reg = await startRefusingRegistry()
  dir = mkdtempSync(path.join(os.tmpdir(), 'abigap-registry-matrix-'))
})
afterAll(async () => {
  await reg.close()
  rmSync(dir, { recursive: true, force: true })
})

test('registry targets: pulled once for all cells, digests recorded; a missing tag is exit 3', async () => {
  const good = `${reg.host}/pass/abigap-test/bookworm:latest`
  const missing = `${OPEN_REGISTRY}/abigap-test/musl:no-such-tag`
  removeImage(good)
  const config = path.join(dir, 'abigap.yml')
  writeFileSync(
    config,
    `working-directory: ${path.relative(dir, fixture)}
package: ./cmd/server
variants: [{ cgo: off }, { cgo: on, libc: glibc }]
targets: [${good}, ${missing}]
run: { args: [-version], timeout: 20s }
docker: { pull: always, mode: required }
`,
  )
  try {
    const code = await cli(['--config', config, '--json'])
    const report = JSON.parse(stdout) as MatrixReport
    expect(code).toBe(3)
    expect(report.verdict).toBe('error')
    expect(report.infrastructureErrors.join('\n')).toMatch(
      /no-such-tag.*manifest unknown.*tag or digest does not exist/,
    )
    // the missing target has no ABI verdict: no gap blames the binary for it
    const missingCells = report.results.filter((c) => c.target.includes('no-such-tag'))
    expect(missingCells.length).toBeGreaterThan(0)
    for (const c of missingCells) {
      expect(c.verdict).toBe('unknown')
      expect(c.gaps.map((g) => [g.kind, g.severity])).toEqual([['unanalysable', 'warning']])
    }
    // the good target: digest = the registry's, on the target and on every run
    const digest = await registryDigest('abigap-test/bookworm', 'latest')
    const t = report.targets.find((x) => x.ref === good)!
    expect(t.image?.digest).toBe(digest)
    const runs = report.results.filter((c) => c.target === good).map((c) => c.run)
    expect(runs).toHaveLength(2)
    for (const r of runs) expect(r?.image?.digest).toBe(digest)
    // probe + two cells + the pull phase: one pull (one HEAD of the tag, as a lone `ensureImage` makes)
    expect(reg.requests.filter((r) => r.path.endsWith('/pass/abigap-test/bookworm/manifests/latest'))).toHaveLength(1)
    // the pull phase is its own group, and names what each image resolved to
    expect(stderr).toMatch(/▸ pull\n/)
    expect(stderr).toContain(`${good}: digest ${digest}`)
    expect(renderSummary(report)).toContain(`| \`${digest}\` |`)
  } finally {
    removeImage(good)
  }
}, 600_000)

test('in the action log, the pull (targets and builders) is its own group with progress, before the build group', async () => {
  const ref = `${OPEN_REGISTRY}/abigap-test/layered:latest`
  removeImage(ref)
  const log: string[] = []
  const io = {
    write: (t: string) => log.push(t),
    info: (l: string) => log.push(`${l}\n`),
    startGroup: (n: string) => log.push(`::group::${n}\n`),
    endGroup: () => log.push('::endgroup::\n'),
  } as unknown as ActionIO
  const config = parseMatrixConfig(
    `package: ./cmd/server
variants: [{ cgo: off }, { name: nocgo-bullseye, cgo: off, builder: abigap-test/builder-bullseye }]
targets: [${ref}]
run: { args: [-version], timeout: 20s }
docker: { pull: always, mode: required }
`,
    'abigap.yml',
  )
  try {
    const report = await runMatrix(config, { cwd: fixture, sinks: actionSinks(io, false) })
    expect(report.infrastructureErrors).toEqual([])
    const text = log.join('')
    const pull = text.slice(text.indexOf('::group::abigap: pull\n'), text.indexOf('::group::abigap: build\n'))
    expect(pull).toMatch(/^::group::abigap: pull\n::stop-commands::\w+\n/)
    // a sub-second loopback pull gets only the closing line: progress lines come at most every 2 s
    expect(pull).toMatch(/pulled \S+layered:latest: 3 layer\(s\), 2 downloaded \(8\.\d MB\)/)
    expect(pull).toContain(`${ref}: digest ${await registryDigest('abigap-test/layered', 'latest')}`)
    // the builder image is made available in the same group (present: not pulled, its id named)
    expect(pull).toMatch(
      /\nabigap-test\/builder-bullseye: local image, no registry digest \(id sha256:[0-9a-f]{64}\)\n/,
    )
    expect(pull).toMatch(/::endgroup::\nabigap: pull took \d+ ms\n$/)
  } finally {
    removeImage(ref)
  }
}, 300_000)
