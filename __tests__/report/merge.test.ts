import {
  allAnnotations,
  cellInShard,
  evaluateReport,
  mergeReports,
  MergeError,
  parseShard,
  shardOf,
  cellKey,
  toSarif,
  renderSummary,
  type MatrixReport,
} from '../../src/report/index.js'
import { fixtureReport, hugeReport } from '../helpers/reports.js'
import { recommendArtifacts } from '../../src/pipeline/recommend.js'

/** Splits a report the way `shard: i/n` runs would produce it: only the shard's cells, variants, targets and builds. */
function split(report: MatrixReport, n: number): MatrixReport[] {
  const plan = { variants: report.variants.map((v) => v.name), targets: report.targets.map((t) => t.ref) }
  return Array.from({ length: n }, (_, k) => {
    const shard = { index: k + 1, count: n }
    const results = report.results.filter((c) => cellInShard(c.variant, c.target, shard))
    const vs = new Set(results.map((c) => c.variant))
    const ts = new Set(results.map((c) => c.target))
    // A failed build has no cells: the shard that owns its first cell reports it.
    const builds = report.builds.filter(
      (b) =>
        vs.has(b.variant) || (b.status !== 'ok' && report.targets.some((t) => cellInShard(b.variant, t.ref, shard))),
    )
    for (const b of builds) vs.add(b.variant)
    for (const b of builds)
      if (b.status !== 'ok') for (const t of report.targets) if (cellInShard(b.variant, t.ref, shard)) ts.add(t.ref)
    return {
      ...structuredClone(report),
      variants: report.variants.filter((v) => vs.has(v.name)),
      targets: report.targets.filter((t) => ts.has(t.ref)),
      builds: structuredClone(builds),
      results: structuredClone(results),
      floors: report.floors.filter((f) => builds.some((b) => b.binary === f.file)),
      recommended: report.recommended.filter((r) => ts.has(r.target)),
      shard,
      plan,
    }
  })
}

// Cell order inside a report is not meaningful (merge returns the canonical variant × target order).
const verdicts = (r: MatrixReport) => r.results.map((c) => `${c.variant}|${c.target}|${c.verdict}`).sort()

describe('shardOf', () => {
  it('is deterministic, in range, and spreads cells over every shard', () => {
    const keys = Array.from({ length: 400 }, (_, i) => cellKey(`v${i % 20}`, `t${Math.floor(i / 20)}`))
    for (const n of [1, 2, 3, 7]) {
      const counts = new Array(n).fill(0)
      for (const k of keys) {
        const s = shardOf(k, n)
        expect(s).toBe(shardOf(k, n))
        counts[s - 1]++
      }
      expect(counts.every((c) => c > 400 / n / 2)).toBe(true)
    }
    expect(() => shardOf('x', 0)).toThrow(RangeError)
  })
  it('parses i/n', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 })
    expect(parseShard('0/3')).toHaveProperty('error')
    expect(parseShard('4/3')).toHaveProperty('error')
    expect(parseShard('a')).toHaveProperty('error')
  })
})

describe('mergeReports', () => {
  for (const n of [2, 3, 5]) {
    it(`merging ${n} shards gives the unsharded verdicts, annotations, SARIF and summary grid`, () => {
      const full = fixtureReport()
      const shards = split(full, n)
      expect(shards.reduce((s, r) => s + r.results.length, 0)).toBe(full.results.length)
      const merged = mergeReports(shards.reverse())
      expect(verdicts(merged)).toEqual(verdicts(full))
      expect(merged.variants.map((v) => v.name)).toEqual(full.variants.map((v) => v.name))
      expect(merged.targets).toEqual(full.targets)
      expect(allAnnotations(merged)).toEqual(allAnnotations(full))
      expect(toSarif(merged)).toEqual(toSarif(full))
      expect(evaluateReport(merged, 'error')).toEqual(evaluateReport(full, 'error'))
      expect(merged.recommended).toEqual(full.recommended)
      const grid = (md: string) =>
        md
          .split('\n')
          .filter((l) => l.startsWith('|'))
          .join('\n')
      expect(grid(renderSummary(merged))).toEqual(grid(renderSummary(full)))
    })
  }
  it('recommends as the unsharded run does (preference, not variant order), whatever each shard voted', () => {
    // variants listed cgo-glibc first: the unsharded pipeline still prefers pure Go where both run
    const full = fixtureReport()
    full.variants = ['cgo-glibc', 'nocgo'].map(
      (n) => full.variants.find((v) => v.name === n) as (typeof full.variants)[0],
    )
    full.builds = full.builds.filter((b) => full.variants.some((v) => v.name === b.variant))
    full.results = full.results.filter((c) => full.variants.some((v) => v.name === c.variant))
    const recommend = (r: MatrixReport) =>
      recommendArtifacts(
        r.targets.map((t) => t.id),
        r.variants,
        r.builds,
        r.results,
      )
    full.recommended = recommend(full)
    expect(full.recommended.some((r) => r.variant === 'nocgo')).toBe(true)
    let conflicting = 0
    for (const n of [2, 3, 4, 5]) {
      // each shard votes from its own cells only, as a real `shard: i/n` run does
      const shards = split(full, n).map((s) => ({ ...s, recommended: recommend(s) }))
      if (shards.some((s) => s.recommended.some((r) => r.variant === 'cgo-glibc'))) conflicting++
      expect(mergeReports(shards).recommended).toEqual(full.recommended)
    }
    // the sharding did put a cgo-glibc vote against the unsharded choice (otherwise the test proves nothing)
    expect(conflicting).toBeGreaterThan(0)
  })
  it('names a target no cell covers as the planner does, platform included', () => {
    const full = fixtureReport()
    full.results = full.results.filter((c) => c.target !== 'abigap-test/nolibc')
    const nolibc = full.targets.find((t) => t.ref === 'abigap-test/nolibc')
    if (!nolibc) throw new Error('fixture changed')
    Object.assign(nolibc, { platform: 'linux/amd64', id: 'abigap-test/nolibc (linux/amd64)' })
    const merged = mergeReports(split(full, 2))
    expect(merged.recommended.at(-1)).toEqual({
      target: 'abigap-test/nolibc (linux/amd64)',
      variant: null,
      candidate: null,
    })
  })
  it('restores the order without a plan (topological merge of the shard orders)', () => {
    const full = hugeReport(12, 6)
    const shards = split(full, 4).map((s) => ({ ...s, plan: null }))
    const merged = mergeReports(shards)
    expect(merged.variants.map((v) => v.name)).toEqual(full.variants.map((v) => v.name))
    expect(verdicts(merged)).toEqual(verdicts(full))
  })
  it('rejects mixed shardings, duplicates, conflicting cells and non-reports', () => {
    const [a] = split(fixtureReport(), 2)
    const [, b3] = split(fixtureReport(), 3)
    expect(() => mergeReports([a, b3])).toThrow(/different shardings/)
    expect(() => mergeReports([a, a])).toThrow(/shard 1 given twice/)
    expect(() => mergeReports([])).toThrow(MergeError)
    expect(() => mergeReports([{ hello: 1 } as unknown as MatrixReport])).toThrow(/not an abigap matrix report/)
    const x = fixtureReport()
    const y = fixtureReport()
    y.results[0].verdict = 'incompatible'
    expect(() => mergeReports([x, y])).toThrow(/different verdicts/)
  })
  it('takes the worst verdict and keeps infrastructure errors', () => {
    const [a, b] = split(fixtureReport(), 2)
    a.verdict = 'pass'
    b.verdict = 'error'
    b.infrastructureErrors = ['docker daemon died']
    const m = mergeReports([a, b])
    expect(m.verdict).toBe('error')
    expect(m.infrastructureErrors).toEqual(['docker daemon died'])
    expect(m.shard).toBeNull()
  })
})
