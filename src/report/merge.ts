// Merges shard reports into one report: the same verdicts, annotations and SARIF as an unsharded run.
import { citeMatrixResults } from './cite-matrix.js'
import { recommendArtifacts } from './recommend.js'
import type { BuildRecord, MatrixCell, MatrixReport } from './types.js'
import { UserError } from '../errors/user-error.js'

/** Thrown when reports cannot be merged (different schema, duplicate cells with different verdicts, none given). */
export class MergeError extends UserError {
  override name = 'MergeError'
  constructor(message: string) {
    super('report', message)
  }
}

/** Merges shard reports (order-independent): union of variants/targets/builds/cells, worst verdict, max timings. */
export function mergeReports(reports: MatrixReport[]): MatrixReport {
  if (!reports.length) throw new MergeError('no reports to merge')
  for (const r of reports) {
    if (r?.schemaVersion !== 1 || !Array.isArray(r.results) || !Array.isArray(r.variants)) {
      throw new MergeError('not an abigap matrix report (schemaVersion 1)')
    }
  }
  // Shards carry the same plan; sort them by shard index so "first seen" is the same whatever the argument order.
  const sorted = [...reports].sort((a, b) => (a.shard?.index ?? 0) - (b.shard?.index ?? 0))
  const counts = new Set(sorted.map((r) => r.shard?.count).filter((c): c is number => typeof c === 'number'))
  if (counts.size > 1) throw new MergeError(`reports come from different shardings (${[...counts].join(', ')} shards)`)
  const indexes = sorted.map((r) => r.shard?.index).filter((i): i is number => typeof i === 'number')
  const dup = indexes.find((i, k) => indexes.indexOf(i) !== k)
  if (dup !== undefined) throw new MergeError(`shard ${dup} given twice`)

  const plan = sorted.find((r) => r.plan)?.plan ?? null
  const variants = orderBy(
    uniqueBy(
      sorted.flatMap((r) => r.variants),
      (v) => v.name,
    ),
    plan?.variants ?? mergeOrder(sorted.map((r) => r.variants.map((v) => v.name))),
    (v) => v.name,
  )
  const targets = orderBy(
    uniqueBy(
      sorted.flatMap((r) => r.targets),
      (t) => t.id,
    ),
    plan?.targets ?? mergeOrder(sorted.map((r) => r.targets.map((t) => t.id))),
    (t) => t.id,
  )
  const builds = mergeBuilds(sorted.flatMap((r) => r.builds))
  const vOrder = new Map(variants.map((v, i) => [v.name, i]))
  const tOrder = new Map(targets.map((t, i) => [t.id, i]))
  const cells = new Map<string, MatrixCell>()
  for (const c of sorted.flatMap((r) => r.results)) {
    const key = `${c.variant}\u0000${c.target}`
    const prev = cells.get(key)
    if (prev && prev.verdict !== c.verdict) {
      throw new MergeError(`cell ${c.variant} × ${c.target} appears in two shards with different verdicts`)
    }
    if (!prev) cells.set(key, c)
  }
  const results = [...cells.values()].sort(
    (a, b) =>
      (vOrder.get(a.variant) ?? 0) - (vOrder.get(b.variant) ?? 0) ||
      (tOrder.get(a.target) ?? 0) - (tOrder.get(b.target) ?? 0),
  )
  // Recomputed from the merged builds and cells (a shard's vote only saw its own cells), named as the cells are.
  const mergedBuilds = builds.sort((a, b) => (vOrder.get(a.variant) ?? 0) - (vOrder.get(b.variant) ?? 0))
  // A shard cited only its own cells' results on the what-if fixes; the merged matrix cites them all.
  citeMatrixResults(
    variants.map((v) => ({ ...v, tags: v.tags ?? [] })),
    mergedBuilds,
    results,
  )
  const recommended = recommendArtifacts(
    targets.map((t) => t.id),
    variants,
    mergedBuilds,
    results,
  )
  const timings: Record<string, number> = {}
  for (const r of sorted) for (const [k, v] of Object.entries(r.timings)) timings[k] = Math.max(timings[k] ?? 0, v)
  const verdictRank = { pass: 0, fail: 1, error: 2 } as const
  const verdict = sorted
    .map((r) => r.verdict)
    .reduce((a, b) => (verdictRank[b] > verdictRank[a] ? b : a), 'pass' as MatrixReport['verdict'])
  const diffs = sorted.flatMap((r) => r.diff ?? [])
  return {
    schemaVersion: 1,
    tool: sorted[0].tool,
    verdict,
    variants,
    targets,
    builds: mergedBuilds,
    results,
    floors: uniqueBy(
      sorted.flatMap((r) => r.floors),
      (f) => f.file,
    ),
    recommended,
    skipped: [...new Set(sorted.flatMap((r) => r.skipped))],
    infrastructureErrors: [...new Set(sorted.flatMap((r) => r.infrastructureErrors))],
    timings,
    shard: null,
    plan: plan ?? null,
    promises: sorted[0].promises ?? null,
    diff: diffs.length
      ? uniqueBy(diffs, (d) => `${d.kind}\u0000${d.variant}\u0000${d.target ?? ''}\u0000${d.message}`)
      : sorted.some((r) => r.diff)
        ? []
        : null,
  }
}

/** One build record per variant: an ok build wins over failed/skipped ones (each shard builds what it needs). */
function mergeBuilds(all: BuildRecord[]): BuildRecord[] {
  const rank = { ok: 0, failed: 1, 'toolchain-mismatch': 2, skipped: 3 } as const
  const best = new Map<string, BuildRecord>()
  for (const b of all) {
    const prev = best.get(b.variant)
    if (!prev || rank[b.status] < rank[prev.status]) best.set(b.variant, b)
  }
  return [...best.values()]
}

function uniqueBy<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>()
  return items.filter((x) => {
    const k = key(x)
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}

/** Sorts items by the position of their key in order (unknown keys last, stable). */
function orderBy<T>(items: T[], order: string[], key: (t: T) => string): T[] {
  const pos = new Map(order.map((k, i) => [k, i]))
  const alt = (t: T) => pos.get(key(t)) ?? Infinity
  return items
    .map((t, i) => ({ t, i }))
    .sort((a, b) => alt(a.t) - alt(b.t) || a.i - b.i)
    .map((x) => x.t)
}

/** One order consistent with every shard's order (each is a subsequence of the full plan): a topological merge. */
function mergeOrder(lists: string[][]): string[] {
  const after = new Map<string, Set<string>>()
  const indegree = new Map<string, number>()
  const firstSeen: string[] = []
  for (const list of lists) {
    for (const k of list) {
      if (!indegree.has(k)) {
        indegree.set(k, 0)
        after.set(k, new Set())
        firstSeen.push(k)
      }
    }
    for (let i = 1; i < list.length; i++) {
      const edges = after.get(list[i - 1]) as Set<string>
      if (!edges.has(list[i])) {
        edges.add(list[i])
        indegree.set(list[i], (indegree.get(list[i]) ?? 0) + 1)
      }
    }
  }
  const out: string[] = []
  const ready = firstSeen.filter((k) => indegree.get(k) === 0)
  while (ready.length) {
    const k = ready.shift() as string
    out.push(k)
    for (const n of after.get(k) ?? []) {
      indegree.set(n, (indegree.get(n) ?? 0) - 1)
      if (indegree.get(n) === 0) ready.push(n)
    }
  }
  for (const k of firstSeen) if (!out.includes(k)) out.push(k)
  return out
}
