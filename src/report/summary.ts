// The job summary (markdown): verdict, grid variants × targets, floors, recommended artifacts, changes against a
// baseline, collapsible details per failure, cut annotations, timings — always under the size cap.
import type { AbiGap } from '../abi/types.js'
import type { Annotation } from './annotations.js'
import { cellStatus, floorText, formatDuration, promiseStatus, promisesSentence } from './cells.js'
import { byteLength, escapeHtml, escapeMarkdown, inlineCode, markdownCodeBlock, truncate } from './escape.js'
import { infrastructureMessages } from './findings.js'
import type { MatrixReport } from './types.js'

/** Options for renderSummary. */
export interface SummaryOptions {
  /** Annotations that were cut by GitHub's caps (listed so nothing is lost). */
  overflow?: Annotation[]
  /** Hard size cap in bytes (default 1,000,000: GitHub rejects summaries over 1 MiB). */
  maxBytes?: number
  /** The verdict to show (default: the report's). */
  verdict?: 'pass' | 'fail' | 'error'
  /** One line explaining the verdict (e.g. "fail-on: error — 3 errors"). */
  verdictNote?: string
}

const ICON = { pass: '✅', fail: '❌', warn: '⚠️', none: '—', info: 'ℹ️' } as const
const DEFAULT_MAX = 1_000_000
const CODE_CAP = 4096

/** Renders the job summary markdown; never larger than opts.maxBytes (details are cut first, with a note). */
export function renderSummary(report: MatrixReport, opts: SummaryOptions = {}): string {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX
  const md = (s: string, max = 200) => escapeMarkdown(truncate(s, max))
  const verdict = opts.verdict ?? report.verdict
  const head: string[] = []
  const title =
    verdict === 'error'
      ? '⚠️ infrastructure error — no ABI verdict'
      : verdict === 'fail'
        ? '❌ findings reach the failure threshold'
        : '✅ pass'
  const shard = report.shard ? ` (shard ${report.shard.index}/${report.shard.count})` : ''
  head.push(`## abigap: ${title}${shard}`, '')
  if (opts.verdictNote) head.push(md(opts.verdictNote, 500), '')
  const infra = infrastructureMessages(report)
  if (infra.length) {
    head.push('### ⚠️ Infrastructure errors', '', 'These are not ABI findings; the affected parts have no verdict.', '')
    head.push(...infra.slice(0, 50).map((m) => `- ${md(m, 500)}`), '')
    if (infra.length > 50) head.push(`- … ${infra.length - 50} more`, '')
  }

  // Grid: rows = variants, columns = targets. Rows are cut when the grid alone would take half the budget.
  const targets = report.targets.slice(0, 40)
  const grid: string[] = [
    `| variant | floor | ${targets.map((t) => md(t.id, 60)).join(' | ')} |`,
    `|---|---|${targets.map(() => '---').join('|')}|`,
  ]
  let gridCut = 0
  if (report.promises?.everyTarget) {
    const cells = targets.map((t) => {
      const s = promiseStatus(report, t.id)
      return `${ICON[s.state]} ${md(s.reason, 60)}`
    })
    grid.push(`| **every target: a clean artifact** (promised) | | ${cells.join(' | ')} |`)
  }
  for (const v of report.variants) {
    const cells = targets.map((t) => {
      const s = cellStatus(report, v.name, t.id)
      // a cell outside the promises is information: it shows what happens there, never ❌
      const icon = !s.promised && (s.state === 'fail' || s.state === 'warn') ? ICON.info : ICON[s.state]
      return s.reason ? `${icon} ${md(s.reason, 40)}` : icon
    })
    const row = `| ${md(v.name, 60)} | ${md(floorText(report, v.name), 40)} | ${cells.join(' | ')} |`
    if (byteLength(head.join('\n')) + byteLength(grid.join('\n')) + byteLength(row) > maxBytes / 2) gridCut++
    else grid.push(row)
  }
  head.push('### Variants × targets', '', ...grid, '')
  if (report.targets.length > targets.length)
    head.push(
      `_${report.targets.length - targets.length} more targets not shown in the grid (see the JSON report)._`,
      '',
    )
  if (gridCut)
    head.push(`_${gridCut} variants cut from the grid to stay under the summary size limit (see the JSON report)._`, '')
  head.push(
    '✅ runs · ❌ will not run · ⚠️ warning, unknown or not verified · — not built/run' +
      (report.promises ? ' · ℹ️ not promised (information: does not run cleanly there, not part of the verdict)' : ''),
    '',
  )
  if (report.promises) head.push(md(promisesSentence(report.promises), 2000), '')
  const imaged = report.targets.filter((t) => t.image).slice(0, 200)
  if (imaged.length) {
    head.push('### Images the verdicts were made against', '', '| target | digest | image id |', '|---|---|---|')
    for (const t of imaged)
      head.push(
        `| ${md(t.id, 80)} | ${t.image!.digest ? inlineCode(t.image!.digest) : 'local image, no registry digest'} | ${inlineCode(t.image!.id.slice(0, 19))} |`,
      )
    head.push('')
  }

  if (report.recommended.length) {
    head.push(
      '### Recommended artifact per target',
      '',
      'Only a build that runs there with no error and no warning is recommended.',
      '',
      '| target | artifact | floor |',
      '|---|---|---|',
    )
    for (const r of report.recommended.slice(0, 200)) {
      const shown = r.variant ?? r.candidate?.variant ?? null
      const artifact = r.variant
        ? md(r.variant, 80)
        : r.candidate
          ? `⚠️ no build runs cleanly on ${md(r.target, 80)} — best candidate ${md(r.candidate.variant, 80)}: ${md(r.candidate.caveat, 300)}`
          : `❌ no build runs on ${md(r.target, 80)}`
      head.push(`| ${md(r.target, 80)} | ${artifact} | ${shown ? md(floorText(report, shown), 40) : ''} |`)
    }
    head.push('')
  }

  if (report.diff?.length) {
    head.push('### Changes against the baseline', '')
    const icon = { error: '🔴', warning: '🟠', notice: '🟢' } as const
    for (const d of report.diff.slice(0, 200)) head.push(`- ${icon[d.severity]} ${md(d.message, 400)}`)
    if (report.diff.length > 200) head.push(`- … ${report.diff.length - 200} more (see the JSON report)`)
    head.push('')
  }

  const tail: string[] = []
  const overflow = opts.overflow ?? []
  if (overflow.length) {
    tail.push(
      `### ${overflow.length} annotations cut`,
      '',
      'GitHub shows at most 10 error and 10 warning annotations per step (50 per job); these were not annotated:',
      '',
    )
    for (const a of overflow.slice(0, 300)) {
      const where = a.file ? inlineCode(`${a.file}:${a.line ?? 1}`) : '(no file)'
      tail.push(
        `- ${a.severity === 'error' ? '❌' : a.severity === 'warning' ? '⚠️' : 'ℹ️'} ${where} ${md(a.title, 200)}`,
      )
    }
    if (overflow.length > 300) tail.push(`- … ${overflow.length - 300} more (see the JSON report / SARIF)`)
    tail.push('')
  }
  if (report.skipped.length) {
    tail.push('### Skipped', '', ...report.skipped.slice(0, 50).map((s) => `- ${md(s, 400)}`), '')
  }
  const timings = Object.entries(report.timings)
  const buildTimes = report.builds.filter((b) => b.durationMs > 0)
  if (timings.length || buildTimes.length) {
    tail.push('<details><summary>Timings</summary>', '', '| phase | time |', '|---|---|')
    for (const [k, ms] of timings.slice(0, 50)) tail.push(`| ${md(k, 60)} | ${formatDuration(ms)} |`)
    for (const b of buildTimes.slice(0, 100))
      tail.push(`| build ${md(b.variant, 60)} | ${formatDuration(b.durationMs)} |`)
    tail.push('', '</details>', '')
  }

  const headText = head.join('\n') + '\n'
  const tailText = tail.join('\n')
  const details = failureDetails(report)
  const reserve = 400
  let budget = maxBytes - byteLength(headText) - byteLength(tailText) - reserve
  const kept: string[] = []
  let cut = 0
  for (const block of details) {
    const size = byteLength(block) + 1
    if (size <= budget) {
      kept.push(block)
      budget -= size
    } else cut++
  }
  let detailText = ''
  if (details.length) {
    detailText = '### Details\n\n' + kept.join('\n')
    if (cut)
      detailText += `\n_${cut} failure details cut to keep the summary under ${Math.floor(maxBytes / 1024)} KiB; the JSON report has them all._\n`
    detailText += '\n'
  }
  let out = headText + detailText + tailText
  // Last resort (a pathological head or tail): hard cut on a line boundary, with a note.
  if (byteLength(out) > maxBytes) {
    const note = '\n\n_Summary truncated to stay under the size limit; see the JSON report._\n'
    const enc = new TextEncoder().encode(out).slice(0, maxBytes - byteLength(note) - 8)
    out =
      new TextDecoder()
        .decode(enc)
        .replace(/\n[^\n]*$/, '')
        .replace(/\uFFFD$/, '') + note
  }
  return out
}

/** One <details> block per failed/warned cell and per failed build. */
function failureDetails(report: MatrixReport): string[] {
  const blocks: string[] = []
  for (const b of report.builds) {
    if (b.status === 'ok' || b.status === 'skipped') continue
    const body: string[] = []
    for (const d of b.diagnostics.slice(0, 20)) {
      const where = d.file ? `${d.file}:${d.line ?? '?'}${d.column ? ':' + d.column : ''}: ` : ''
      body.push(`- ${escapeMarkdown(truncate(where + d.message, 500))}`)
    }
    for (const g of b.gaps) body.push(...gapLines(g))
    if (b.log.trim())
      body.push('', 'Build log (tail):', '', markdownCodeBlock(truncate(tailOf(b.log, CODE_CAP), CODE_CAP)))
    const promised = !report.promises || (report.promises.variants?.[b.variant]?.length ?? 0) > 0
    const note = promised ? '' : ' (not promised: information)'
    blocks.push(
      detailsBlock(
        `${promised ? ICON.fail : ICON.info} build <b>${escapeHtml(truncate(b.variant, 80))}</b>: ${escapeHtml(b.status)}${note}`,
        body,
      ),
    )
  }
  for (const v of report.variants) {
    for (const t of report.targets) {
      const s = cellStatus(report, v.name, t.id)
      if (!s.cell || (s.state !== 'fail' && s.state !== 'warn')) continue
      const c = s.cell
      const body: string[] = []
      for (const g of c.gaps) body.push(...gapLines(g))
      if (c.run) {
        const r = c.run
        body.push(
          '',
          `Run in the container: **${escapeMarkdown(r.outcome)}**${r.exitCode !== null ? `, exit ${r.exitCode}` : ''}${r.signal ? `, ${escapeMarkdown(r.signal)}` : ''} (${formatDuration(r.durationMs)})`,
        )
        if (r.error) body.push('', markdownCodeBlock(truncate(r.error, CODE_CAP)))
        const out = (r.stderr.trim() ? r.stderr : r.stdout).trim()
        if (out) body.push('', markdownCodeBlock(truncate(out, CODE_CAP)))
      }
      const icon = s.promised ? ICON[s.state] : ICON.info
      const summary = `${icon} <b>${escapeHtml(truncate(v.name, 80))}</b> on <b>${escapeHtml(truncate(t.id, 80))}</b>: ${escapeHtml(truncate(s.reason, 80))}${s.promised ? '' : ' (not promised: information)'}`
      blocks.push(detailsBlock(summary, body))
    }
  }
  return blocks
}

function gapLines(g: AbiGap): string[] {
  const lines = [`- **${g.kind}** (${g.severity}): ${escapeMarkdown(truncate(g.message, 1000))}`]
  if (g.symbols?.length) {
    const shown = g.symbols.slice(0, 30).map((s) => inlineCode(s, 120))
    lines.push(
      `  - symbols${g.version ? ` needing ${escapeMarkdown(g.version)}` : ''}${g.library && g.kind === 'symbol-version' ? ` from ${inlineCode(g.library)}` : ''}: ${shown.join(', ')}${g.symbols.length > 30 ? ` … (${g.symbols.length})` : ''}`,
    )
  }
  if (g.library && g.kind !== 'symbol-version') lines.push(`  - library: ${inlineCode(g.library)}`)
  for (const loc of (g.locations ?? []).slice(0, 5)) {
    lines.push(`  - at ${inlineCode(`${loc.file}:${loc.line}`)} (${escapeMarkdown(loc.reason)})`)
  }
  for (const fix of (g.fixes ?? []).slice(0, 5)) lines.push(`  - fix: ${escapeMarkdown(truncate(fix, 500))}`)
  return lines
}

function detailsBlock(summary: string, body: string[]): string {
  return `<details><summary>${summary}</summary>\n\n${body.join('\n')}\n\n</details>\n`
}

function tailOf(text: string, max: number): string {
  return text.length <= max ? text : '…' + text.slice(text.length - max + 1)
}
