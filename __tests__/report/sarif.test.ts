import { readFileSync } from 'node:fs'
import { Ajv } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { selectAnnotations, toSarif, type MatrixReport } from '../../src/report/index.js'
import { fixtureReport, hostileReport, infraReport } from '../helpers/reports.js'

const schemaPath = new URL(
  '../../node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json',
  import.meta.url,
)
// The schema is written as draft-04 (top-level `id`, `$schema` draft-04), which ajv 8 reads once `id` is `$id`;
// it uses no other draft-04-only keyword (no boolean exclusiveMinimum).
const raw = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>
const schema: Record<string, unknown> = { ...raw, $id: raw.id }
delete schema.$schema
delete schema.id
const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule
const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false }) // the schema's language pattern is not valid with /u
;(addFormats as unknown as (a: Ajv) => void)(ajv)
const validate = ajv.compile(schema)

interface SarifResult {
  ruleId: string
  level: string
  message: { text: string }
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[]
  partialFingerprints: Record<string, string>
  properties: { variant: string; target: string | null }
}
const results = (s: Record<string, unknown>) => (s.runs as { results: SarifResult[] }[])[0].results

describe('toSarif', () => {
  it.each([
    ['fixture', fixtureReport()],
    ['hostile', hostileReport()],
    ['infrastructure error', infraReport()],
  ])('validates against the SARIF 2.1.0 schema (%s)', (_name, report: MatrixReport) => {
    const sarif = JSON.parse(JSON.stringify(toSarif(report)))
    const ok = validate(sarif)
    expect(validate.errors ?? []).toEqual([])
    expect(ok).toBe(true)
  })

  it('has one rule per gap kind with help text, and the schema rejects a broken log (the validator bites)', () => {
    const sarif = toSarif(fixtureReport()) as {
      runs: { tool: { driver: { rules: { id: string; help: { text: string } }[] } } }[]
    }
    const rules = sarif.runs[0].tool.driver.rules
    expect(rules.map((r) => r.id)).toContain('symbol-version')
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length)
    expect(rules.every((r) => r.help.text.length > 40)).toBe(true)
    const broken = JSON.parse(JSON.stringify(sarif))
    broken.runs[0].results = [{ level: 'fatal', message: {} }]
    expect(validate(broken)).toBe(false)
  })

  it('places results on the same lines as the annotations', () => {
    const report = fixtureReport()
    const sarifLines = new Set(
      results(toSarif(report)).map(
        (r) =>
          `${r.locations[0].physicalLocation.artifactLocation.uri}:${r.locations[0].physicalLocation.region.startLine}`,
      ),
    )
    const annLines = new Set(
      selectAnnotations(report, { maxErrors: 1000, maxWarnings: 1000, maxTotal: 1000 }).map(
        (a) => `${a.file}:${a.line}`,
      ),
    )
    for (const l of sarifLines) expect(annLines).toContain(l)
    const gl = results(toSarif(report)).find((r) => r.ruleId === 'symbol-version')
    expect(gl?.locations[0].physicalLocation.artifactLocation.uri).toBe('cmd/server/native_cgo.go')
    expect(gl?.locations[0].physicalLocation.region.startLine).toBe(16)
    expect(gl?.level).toBe('error')
  })

  it('keeps fingerprints stable across wording changes and distinct across targets', () => {
    const a = fixtureReport()
    const b = fixtureReport()
    for (const c of b.results) for (const g of c.gaps) g.message = `${g.message} (now with 17 symbols, reworded)`
    b.tool.version = '9.9.9'
    const fa = results(toSarif(a)).map((r) => r.partialFingerprints['abigapGap/v1'])
    const fb = results(toSarif(b)).map((r) => r.partialFingerprints['abigapGap/v1'])
    expect(fb).toEqual(fa)
    expect(new Set(fa).size).toBe(fa.length)
    expect(fa.every((f) => /^[0-9a-f]{16}$/.test(f))).toBe(true)
    const c = fixtureReport()
    const g = c.results.find((x) => x.variant === 'cgo-glibc' && x.target === 'abigap-test/bullseye')?.gaps[0]
    if (g) g.version = 'GLIBC_2.35'
    const fc = results(toSarif(c)).map((r) => r.partialFingerprints['abigapGap/v1'])
    expect(fc.filter((f) => !fa.includes(f))).toHaveLength(1)
  })

  it('reports infrastructure errors as a failed invocation, not as results', () => {
    const s = toSarif(infraReport()) as { runs: { invocations: { executionSuccessful: boolean }[] }[] }
    expect(s.runs[0].invocations[0].executionSuccessful).toBe(false)
    expect(results(toSarif(infraReport())).length).toBe(results(toSarif(fixtureReport())).length)
  })
})
