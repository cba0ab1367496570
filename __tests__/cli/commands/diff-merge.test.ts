import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { run as diff } from '../../../src/cli/commands/diff.js'
import { run as merge } from '../../../src/cli/commands/merge.js'
import { cellInShard, type MatrixReport } from '../../../src/report/index.js'
import { fixtureReport } from '../../helpers/reports.js'

async function capture(fn: () => Promise<number>): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = []
  const err: string[] = []
  const o = process.stdout.write.bind(process.stdout)
  const e = process.stderr.write.bind(process.stderr)
  process.stdout.write = ((s: string) => (out.push(s), true)) as typeof process.stdout.write
  process.stderr.write = ((s: string) => (err.push(s), true)) as typeof process.stderr.write
  try {
    return { code: await fn(), stdout: out.join(''), stderr: err.join('') }
  } finally {
    process.stdout.write = o
    process.stderr.write = e
  }
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'abigap-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const write = (name: string, data: unknown) => {
  const p = path.join(dir, name)
  writeFileSync(p, typeof data === 'string' ? data : JSON.stringify(data))
  return p
}

describe('abigap diff', () => {
  const base = fixtureReport()
  const b = base.builds.find((x) => x.variant === 'cgo-glibc')
  if (b) b.floor = { flavor: 'glibc', version: '2.17' }
  const c = base.results.find((x) => x.variant === 'cgo-glibc' && x.target === 'abigap-test/bullseye')
  if (c) {
    c.verdict = 'compatible'
    c.gaps = []
  }
  const basePath = write('base.json', base)
  const headPath = write('head.json', fixtureReport())

  it('prints the changes and exits 1 on new gaps', async () => {
    const r = await capture(() => diff([basePath, headPath]))
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/⚠ cgo-glibc: glibc floor raised 2.17 → 2.34 by __libc_start_main, pthread_sigmask/)
    expect(r.stdout).toMatch(/✘ cgo-glibc: newly incompatible with abigap-test\/bullseye \(GLIBC_2.34\)/)
    expect(r.stdout).toMatch(/fail-on: regression — 1 new gap against the baseline/)
  })
  it('exits 0 without changes and writes the head report with its diff section', async () => {
    const out = path.join(dir, 'diffed.json')
    const r = await capture(() => diff([headPath, headPath, '--out', out]))
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/no changes between the reports/)
    expect((JSON.parse(readFileSync(out, 'utf8')) as MatrixReport).diff).toEqual([])
  })
  it('rejects a file that is not a report with exit 2', async () => {
    const r = await capture(() => diff([write('x.json', '{"a":1}'), headPath]))
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/is not an abigap matrix report/)
  })
  it('says a report it cannot read and an --out it cannot write in one line each, exit 2, no stack', async () => {
    const missing = await capture(() => diff([path.join(dir, 'no-such.json'), headPath]))
    expect(missing.code).toBe(2)
    expect(missing.stderr).toBe(`abigap: cannot read ${path.join(dir, 'no-such.json')}: ENOENT\n`)
    const out = path.join(dir, 'no-such-dir', 'diffed.json')
    const unwritable = await capture(() => diff([headPath, headPath, '--out', out]))
    expect(unwritable.code).toBe(2)
    expect(unwritable.stderr).toBe(`abigap: cannot write ${out}: ENOENT\n`)
  })
})

describe('abigap merge', () => {
  it('merges shard reports into the unsharded grid, SARIF and annotations', async () => {
    const full = fixtureReport()
    const shards = [1, 2, 3].map((index) => {
      const shard = { index, count: 3 }
      const results = full.results.filter((c) => cellInShard(c.variant, c.target, shard))
      return write(`shard-${index}.json`, {
        ...full,
        results,
        builds: full.builds.filter(
          (b) => results.some((c) => c.variant === b.variant) || (b.status !== 'ok' && index === 1),
        ),
        shard,
        plan: { variants: full.variants.map((v) => v.name), targets: full.targets.map((t) => t.ref) },
      })
    })
    const out = path.join(dir, 'merged.json')
    const sarif = path.join(dir, 'merged.sarif')
    const r = await capture(() => merge([...shards, '--out', out, '--sarif', sarif, '--annotate']))
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/^cgo-glibc\s+✘ GLIBC_2.34\s+✔ ran/m)
    expect(r.stdout).toMatch(/^::error file=cmd\/server\/native_cgo.go,line=16,col=6,title=needs GLIBC_2.34/m)
    const merged = JSON.parse(readFileSync(out, 'utf8')) as MatrixReport
    expect(merged.results.length).toBe(full.results.length)
    expect(JSON.parse(readFileSync(sarif, 'utf8')).version).toBe('2.1.0')
  })
  it('refuses mixed shardings with exit 2', async () => {
    const a = write('a.json', { ...fixtureReport(), shard: { index: 1, count: 2 } })
    const b = write('b.json', { ...fixtureReport(), shard: { index: 1, count: 3 } })
    const r = await capture(() => merge([a, b]))
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/different shardings/)
  })
  it('says a --sarif it cannot write (a directory) in one line, exit 2', async () => {
    const r = await capture(() => merge([write('c.json', fixtureReport()), '--sarif', dir]))
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(`abigap: cannot write ${dir}: EISDIR\n`)
  })
})
