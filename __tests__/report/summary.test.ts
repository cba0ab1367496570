import { renderSummary, selectAnnotations, formatGrid } from '../../src/report/index.js'
import { fixtureReport, hostileReport, hugeReport, infraReport, HOSTILE } from '../helpers/reports.js'

const bytes = (s: string) => Buffer.byteLength(s, 'utf8')

describe('renderSummary', () => {
  const md = renderSummary(fixtureReport())

  it('renders the grid variants × targets with icons and short reasons', () => {
    const header = md.split('\n').find((l) => l.startsWith('| variant | floor |'))
    expect(header).toBe(
      '| variant | floor | abigap-test/bullseye | abigap-test/bookworm | abigap-test/musl | abigap-test/nolibc |',
    )
    const row = (v: string) => md.split('\n').find((l) => l.startsWith(`| ${v} |`))
    expect(row('cgo-glibc')).toBe(
      '| cgo-glibc | glibc ≥ 2.34 | ❌ GLIBC\\_2.34 | ✅ ran | ❌ no-loader | ❌ no-loader |',
    )
    expect(row('nocgo')).toBe('| nocgo | static (no libc) | ✅ ran | ✅ ran | ✅ ran | ✅ ran |')
    expect(row('cgo-musl-static')).toMatch(/⚠️ static-nss/)
    expect(row('cgo-glibc-cxx')).toMatch(/\| cgo-glibc-cxx \| — \| ❌ build-failed/)
  })
  it('has the recommended artifact per distro, details per failure and timings', () => {
    expect(md).toMatch(/\| abigap-test\/bullseye \| nocgo \| static \(no libc\) \|/)
    expect(md).toMatch(/<details><summary>❌ <b>cgo-glibc<\/b> on <b>abigap-test\/bullseye<\/b>: GLIBC_2.34<\/summary>/)
    expect(md).toMatch(/```text\n\/app\/server: \/lib\/x86_64-linux-gnu\/libc.so.6: version `GLIBC_2.34' not found/)
    expect(md).toMatch(/symbols needing GLIBC\\_2.34 from `libc.so.6`: `__libc_start_main`, `pthread_sigmask`/)
    expect(md).toMatch(/fix: build on the oldest glibc/)
    expect(md).toMatch(/❌ build <b>cgo-glibc-cxx<\/b>: failed/)
    expect(md).toMatch(/\| build \| 9.8 s \|/)
  })
  it('lists the annotations that were cut', () => {
    const sel = selectAnnotations(fixtureReport(), { maxErrors: 2, maxWarnings: 0 })
    const out = renderSummary(fixtureReport(), { overflow: sel.overflow })
    expect(out).toMatch(new RegExp(`### ${sel.overflow.length} annotations cut`))
    expect(out).toMatch(/`cmd\/server\/main.go:9` static binary uses NSS/)
  })
  it('shows infrastructure errors as such, not as a verdict', () => {
    const out = renderSummary(infraReport())
    expect(out).toMatch(/^## abigap: ⚠️ infrastructure error — no ABI verdict/)
    expect(out).toMatch(/connect ENOENT \/var\/run\/docker.sock/)
    expect(out).toMatch(/\| nocgo \| static \(no libc\) \| ✅ ran \| ⚠️ infra-error \|/)
  })
  it('never lets hostile strings inject HTML, tables or links', () => {
    const out = renderSummary(hostileReport())
    // Untrusted text outside code blocks stays on its line; inside code blocks it is literal.
    const outsideCode = out
      .split(/```+text\n[\s\S]*?\n```+/)
      .join('')
      .replace(/`[^`\n]*`/g, '')
    expect(out).toMatch(/`::error::pwned ::stop-commands::x/)
    expect(outsideCode).not.toMatch(/<img/)
    expect(outsideCode).not.toContain('::error::pwned\n')
    expect(outsideCode).not.toMatch(/\[l\]\(http/)
    expect(out).toContain(HOSTILE.split('\n')[0]) // kept in a code block
  })
  it('stays under 1 MiB for a huge report, cutting details with a note', () => {
    const huge = hugeReport(60, 40)
    const out = renderSummary(huge, { overflow: selectAnnotations(huge).overflow })
    expect(bytes(out)).toBeLessThan(1024 * 1024)
    expect(bytes(out)).toBeLessThanOrEqual(1_000_000)
    expect(out).toMatch(/failure details cut to keep the summary under/)
    expect(out).toMatch(/annotations cut/)
  })
  it('honours a small cap even when the grid alone is too large', () => {
    const out = renderSummary(hugeReport(200, 40), { maxBytes: 20_000 })
    expect(bytes(out)).toBeLessThanOrEqual(20_000)
    expect(out).toMatch(/cut from the grid|truncated/)
  })
})

describe('formatGrid', () => {
  it('renders aligned rows with ✔ ✘ ⚠, floors and recommendations', () => {
    const text = formatGrid(fixtureReport())
    const lines = text.split('\n')
    expect(lines[0]).toMatch(
      /^variant\s+abigap-test\/bullseye\s+abigap-test\/bookworm\s+abigap-test\/musl\s+abigap-test\/nolibc\s+floor$/,
    )
    const col = lines[0].indexOf('abigap-test/bookworm')
    const glibc = lines.find((l) => l.startsWith('cgo-glibc '))
    expect(glibc).toMatch(/^cgo-glibc\s+✘ GLIBC_2.34\s+✔ ran\s+✘ no-loader\s+✘ no-loader\s+glibc ≥ 2.34$/)
    expect(glibc?.indexOf('✔')).toBe(col)
    expect(text).toMatch(/recommended:\n {2}abigap-test\/bullseye → nocgo/)
    expect(text).toMatch(/cgo-musl-static\s+⚠ static-nss/)
  })
  it('removes control characters from untrusted names', () => {
    const r = fixtureReport()
    r.targets[0].ref = 'evil\x1b[2J\x1b]0;title\x07'
    expect(formatGrid(r)).not.toContain('\x1b')
  })
  it('says when runs hit infrastructure errors', () => {
    expect(formatGrid(infraReport())).toMatch(
      /infrastructure errors \(no verdict\):\n {2}nocgo on abigap-test\/bookworm: connect ENOENT/,
    )
  })
})
