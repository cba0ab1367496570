// Where a finding is annotated: the source line that names the symbol, the compiler's position, the target's line in
// the config, or go.mod as the last resort.
import type { SourceLocation } from '../abi/types.js'
import { TARGET_LEVEL_KINDS, type Finding } from './findings.js'
import type { MatrixReport } from './types.js'

/** Maps a report path (relative to the source root) to the path annotations use; null drops the file. */
export type PathMapper = (file: string) => string | null

/** Most locations used for one finding. */
const MAX_LOCATIONS_PER_FINDING = 5

/** Normalises a relative path: no leading "./", forward slashes. */
export function normalisePath(file: string): string {
  return file.replace(/\\/g, '/').replace(/^(\.\/)+/, '')
}

/** The annotation/SARIF locations of a finding, never empty unless the mapper rejects even go.mod. */
export function locateFinding(f: Finding, report: MatrixReport, mapPath: PathMapper = normalisePath): SourceLocation[] {
  const found: SourceLocation[] = []
  const add = (loc: SourceLocation | null) => {
    if (!loc || !loc.file || !(loc.line >= 1)) return
    const file = mapPath(loc.file)
    if (!file) return
    const mapped = { ...loc, file }
    if (!found.some((l) => l.file === mapped.file && l.line === mapped.line)) found.push(mapped)
  }
  const kind = f.gap.kind
  if ((kind === 'build-failed' || kind === 'toolchain-mismatch') && f.build) {
    for (const d of f.build.diagnostics) {
      if (d.file && d.line) add({ file: d.file, line: d.line, column: d.column ?? undefined, reason: 'compiler' })
    }
  }
  if (TARGET_LEVEL_KINDS.has(kind) && f.target) add(declaredLine(report, f.target))
  for (const loc of f.gap.locations ?? []) add(loc)
  if (!found.length && f.target && kind === 'runtime-disagreement') add(declaredLine(report, f.target))
  if (!found.length) add({ file: 'go.mod', line: 1, reason: 'go.mod' })
  return found.slice(0, MAX_LOCATIONS_PER_FINDING)
}

function declaredLine(report: MatrixReport, target: string): SourceLocation | null {
  const t = report.targets.find((x) => x.id === target)
  if (!t?.declaredAt) return null
  return {
    file: t.declaredAt.file,
    line: t.declaredAt.line,
    column: t.declaredAt.column || undefined,
    reason: 'config',
  }
}
