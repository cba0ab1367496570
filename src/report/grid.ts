// The terminal grid of the CLI: variants × targets with ✔ ✘ ⚠, one-word reasons, floors and recommendations.
import { cellStatus, floorText, formatDuration, promiseStatus, promisesSentence } from './cells.js'
import { stripControl, truncate } from './escape.js'
import { infrastructureMessages } from './findings.js'
import { recommendationText } from './recommend.js'
import type { MatrixReport } from './types.js'

const MARK = { pass: '✔', fail: '✘', warn: '⚠', none: '·' } as const

/** Renders the report as plain terminal text (control characters from untrusted strings removed). */
export function formatGrid(report: MatrixReport): string {
  const clean = (s: string, max = 40) => truncate(stripControl(s).replace(/\s+/g, ' '), max)
  const targets = report.targets.map((t) => t.id)
  const header = ['variant', ...targets.map((t) => clean(t, 32)), 'floor']
  const rows: string[][] = report.variants.map((v) => [
    clean(v.name),
    ...targets.map((t) => {
      const s = cellStatus(report, v.name, t)
      // outside the promises: information, marked ℹ instead of ✘/⚠
      const mark = !s.promised && (s.state === 'fail' || s.state === 'warn') ? 'ℹ' : MARK[s.state]
      return s.reason ? `${mark} ${clean(s.reason, 24)}` : mark
    }),
    floorText(report, v.name),
  ])
  if (report.promises?.everyTarget) {
    rows.unshift([
      'every target (promised)',
      ...targets.map((t) => {
        const s = promiseStatus(report, t)
        return `${MARK[s.state]} ${clean(s.reason, 24)}`
      }),
      '',
    ])
  }
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => width(r[i]))))
  const line = (r: string[]) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat(widths[i] - width(c))))
      .join('  ')
      .trimEnd()
  const out = [line(header), ...rows.map(line)]
  if (report.shard) out.unshift(`shard ${report.shard.index}/${report.shard.count}`)
  const rec = report.recommended.map((r) => `  ${clean(r.target, 40)} → ${clean(recommendationText(r), 300)}`)
  if (rec.length) out.push('', 'recommended:', ...rec)
  if (report.promises)
    out.push(
      '',
      clean(promisesSentence(report.promises), 2000),
      'ℹ = not promised: information, not part of the verdict',
    )
  const infra = infrastructureMessages(report)
  if (infra.length) out.push('', 'infrastructure errors (no verdict):', ...infra.map((m) => `  ${clean(m, 300)}`))
  if (report.skipped.length) out.push('', 'skipped:', ...report.skipped.map((m) => `  ${clean(m, 300)}`))
  const timings = Object.entries(report.timings)
  if (timings.length)
    out.push('', 'timings: ' + timings.map(([k, ms]) => `${clean(k, 20)} ${formatDuration(ms)}`).join(', '))
  return out.join('\n') + '\n'
}

function width(s: string): number {
  let n = 0
  for (const ch of s) n += /\p{Mn}|\uFE0F/u.test(ch) ? 0 : 1
  return n
}
