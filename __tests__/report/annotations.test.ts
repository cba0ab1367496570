import { selectAnnotations, allAnnotations, type MatrixReport } from '../../src/report/index.js'
import { fixtureReport, glibc234Gap } from '../helpers/reports.js'

describe('selectAnnotations on the fixture report', () => {
  const report = fixtureReport()
  const anns = selectAnnotations(report)

  it('annotates the GLIBC_2.34 gap on the cgo preamble and the C.fn call with a short title', () => {
    const lines = anns.filter((a) => a.kind === 'symbol-version').map((a) => `${a.file}:${a.line}`)
    expect(lines).toEqual(['cmd/server/native_cgo.go:16', 'cmd/server/native_cgo.go:31'])
    const a = anns.find((x) => x.kind === 'symbol-version')
    expect(a?.title).toBe('needs GLIBC_2.34 (libc.so.6) — abigap-test/bullseye has glibc 2.31')
    expect(a?.severity).toBe('error')
    expect(a?.message).toMatch(/Symbols: __libc_start_main, pthread_sigmask/)
    expect(a?.message).toMatch(/Fix: build on the oldest glibc/)
  })

  it('puts target-level problems on the target line of the config YAML', () => {
    const loaders = anns.filter((a) => a.kind === 'missing-loader')
    // nolibc (line 9) lacks both loaders: two distinct gaps on one line.
    expect(loaders.map((a) => `${a.file}:${a.line} ${a.title}`).sort()).toEqual([
      '.github/abigap.yml:6 no loader /lib/ld-musl-x86_64.so.1 in abigap-test/bullseye',
      '.github/abigap.yml:7 no loader /lib/ld-musl-x86_64.so.1 in abigap-test/bookworm',
      '.github/abigap.yml:8 no loader /lib64/ld-linux-x86-64.so.2 in abigap-test/musl',
      '.github/abigap.yml:9 no loader /lib/ld-musl-x86_64.so.1 in abigap-test/nolibc',
      '.github/abigap.yml:9 no loader /lib64/ld-linux-x86-64.so.2 in abigap-test/nolibc',
    ])
    const flavor = anns.find((a) => a.kind === 'libc-flavor')
    expect(flavor).toMatchObject({ file: '.github/abigap.yml', line: 8 })
    expect(flavor?.title).toBe('built for glibc — abigap-test/musl is musl')
  })

  it('annotates failed builds at the compiler positions with the compiler message', () => {
    const b = anns.filter((a) => a.kind === 'build-failed')
    expect(b.map((a) => `${a.file}:${a.line}:${a.column}`)).toEqual([
      'cmd/server/cxx_on.go:9:undefined',
      'cmd/server/cxx_part.cpp:7:10',
    ])
    expect(b.find((a) => a.line === 7)?.message).toMatch(/^error: 'string_view'/)
    expect(b[0].title).toBe('build cgo-glibc-cxx failed')
  })

  it('deduplicates one location across targets and counts them in the title', () => {
    const nss = anns.filter((a) => a.kind === 'static-nss')
    expect(nss).toHaveLength(1)
    expect(nss[0].occurrences).toHaveLength(4)
    expect(nss[0].title).toMatch(/\(\+3 more\)$/)
    expect(nss[0]).toMatchObject({ file: 'cmd/server/main.go', line: 9, severity: 'warning' })
  })

  it('ranks errors before warnings and keeps every distinct location exactly once', () => {
    const sev = anns.map((a) => a.severity)
    expect(sev.indexOf('warning')).toBeGreaterThan(sev.lastIndexOf('error'))
    const keys = anns.map((a) => a.key)
    expect(new Set(keys).size).toBe(keys.length)
    expect(anns.overflow).toEqual([])
  })

  it('falls back to go.mod when a gap has no location and no declared target', () => {
    const r = fixtureReport()
    r.targets.forEach((t) => (t.declaredAt = null))
    const g = r.results.find((c) => c.variant === 'cgo-glibc' && c.target === 'abigap-test/bullseye')?.gaps[0]
    if (g) delete g.locations
    const files = selectAnnotations(r)
      .filter((a) => a.kind === 'missing-loader' || a.kind === 'symbol-version')
      .map((a) => a.file)
    expect(new Set(files)).toEqual(new Set(['go.mod']))
  })

  it('maps paths through mapPath (working-directory prefix)', () => {
    const anns2 = selectAnnotations(fixtureReport(), { mapPath: (f) => `svc/${f}` })
    expect(anns2.every((a) => a.file?.startsWith('svc/'))).toBe(true)
  })
})

describe('caps', () => {
  function manyGaps(n: number, severity: 'error' | 'warning' | 'notice'): MatrixReport {
    const r = fixtureReport()
    const cell = r.results.find((c) => c.variant === 'nocgo' && c.target === 'abigap-test/bullseye')
    if (!cell) throw new Error('fixture changed')
    for (let i = 0; i < n; i++) {
      const g = glibc234Gap()
      g.severity = severity
      g.version = `GLIBC_2.${40 + i}`
      g.locations = [{ file: `x/f${i}.go`, line: i + 1, reason: 'cgo-call' }]
      cell.gaps.push(g)
    }
    return r
  }
  it('shows at most 10 errors and 10 warnings and returns the rest as overflow', () => {
    const r = manyGaps(25, 'error')
    const all = allAnnotations(r)
    const sel = selectAnnotations(r)
    expect(sel.filter((a) => a.severity === 'error')).toHaveLength(10)
    expect(sel.filter((a) => a.severity === 'warning')).toHaveLength(1)
    expect(sel.length + sel.overflow.length).toBe(all.length)
    expect(new Set([...sel, ...sel.overflow].map((a) => a.key)).size).toBe(all.length)
  })
  it('keeps notices within the 50-per-job limit', () => {
    const sel = selectAnnotations(manyGaps(80, 'notice'))
    expect(sel.length).toBe(50)
    expect(sel.overflow.length).toBeGreaterThan(30)
  })
  it('respects custom caps and the include filter', () => {
    const r = manyGaps(5, 'warning')
    expect(selectAnnotations(r, { maxWarnings: 2 }).filter((a) => a.severity === 'warning')).toHaveLength(2)
    const only = selectAnnotations(r, { include: (f) => f.gap.kind === 'build-failed' })
    expect(only.every((a) => a.kind === 'build-failed')).toBe(true)
    expect(only.length).toBe(2)
  })
})
