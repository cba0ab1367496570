// The one call the gap engine makes for a symbol gap: origins of its symbols, what-if fixes, code changes. Pure.
import type { InspectedFile } from '../binary/types.js'
import { archOf } from '../knowledge/arch.js'
import type { TargetProfile } from '../knowledge/types.js'
import { attributeImports, describeOrigin, type AttributedSymbol, type DependencySource } from './origins.js'
import type { SourceIndex } from './source-index.js'
import type { AbiGap } from './types.js'
import { isGlibcLibrary, isMuslLibc } from '../binary/libc-names.js'
import { muslData } from '../knowledge/musl-history.js'
import { glibcSince, muslSince } from '../knowledge/symbol-history.js'
import { adviceTexts, whatIf, type SymbolHistory, type WhatIf } from './what-if.js'
import type { WhatIfAdvice } from './what-if-types.js'

/** When symbols entered glibc and musl: the embedded history read from real libcs (src/knowledge/symbol-history.ts). */
const EMBEDDED_HISTORY: SymbolHistory = {
  glibcSince: (s, arch) => glibcSince(s, arch),
  muslSince: (s) => muslSince(s),
  muslOldest: muslData().musl.releases[0],
}

/** What symbol advice reads besides the gap. */
export interface SymbolAdviceInput {
  facts: InspectedFile
  profile: TargetProfile
  target: string
  source?: SourceIndex | null
  dependencies?: DependencySource[]
  history?: SymbolHistory
  /** The musl release of the host's musl-gcc (the static-musl fix's toolchain); null/absent when not known. */
  muslToolchain?: string | null
}

/** True when the what-if computation covers this gap: glibc's libraries on glibc, a musl binary's libc on musl. */
function computable(gap: AbiGap, input: SymbolAdviceInput): boolean {
  const { profile, facts } = input
  if (!gap.library) return false
  if (profile.libc.flavor === 'glibc') return isGlibcLibrary(gap.library)
  return (
    profile.libc.flavor === 'musl' &&
    gap.kind === 'missing-symbol' &&
    isMuslLibc(gap.library) &&
    /\/ld-musl-[\w-]+\.so\.1$/.test(facts.interpreter ?? '')
  )
}

/** "arc4random from the program's own C (token.go:7); pthread_create from the cgo runtime …" ("from …" for one origin). */
function originsPhrase(list: AttributedSymbol[], max = 6): string {
  const groups = new Map<string, string[]>()
  for (const s of list) {
    const d = describeOrigin(s.origin)
    const g = groups.get(d) ?? groups.set(d, []).get(d)!
    if (!g.includes(s.name)) g.push(s.name)
  }
  if (groups.size === 1) return `from ${[...groups.keys()][0]}`
  return [...groups]
    .map(
      ([d, names]) =>
        `${names.slice(0, max).join(', ')}${names.length > max ? ` and ${names.length - max} more` : ''} from ${d}`,
    )
    .join('; ')
}

/**
 * Fills a symbol gap's `origins`, `whatIf`, `codeChanges` and `fixes` (offered fixes, then code changes) and returns
 * the origins phrase for its message; null (gap untouched) when the what-if computation does not apply (neither
 * glibc's libraries on a glibc target nor a musl binary's libc on a musl target).
 */
export function adviseSymbolGap(gap: AbiGap, input: SymbolAdviceInput): string | null {
  const { profile } = input
  if (!computable(gap, input)) return null
  const { imports, advice } = binaryAdvice(input)
  const wanted = new Set(gap.symbols ?? [])
  const node = gap.version
  // musl binaries carry no versions, so their symbols name no library: the gap's names decide
  const musl = profile.libc.flavor === 'musl'
  const mine = imports.filter(
    (s) =>
      wanted.has(s.name) &&
      (musl || s.library === gap.library) &&
      (!node || gap.kind !== 'symbol-version' || s.version !== null),
  )
  gap.origins = mine.map((s) => ({ name: s.name, library: s.library, version: s.version, origin: s.origin }))
  // the what-ifs are the whole binary's; a gap's texts name only its own symbols; each gap owns its copies (a matrix
  // cites its results into them)
  gap.whatIf = advice.whatIf.map((w) => ({ ...w }))
  const codeChanges = advice.codeChanges.filter((c) => wanted.has(c.symbol)).map((c) => ({ ...c }))
  if (codeChanges.length) gap.codeChanges = codeChanges
  gap.fixes = adviceTexts({ whatIf: advice.whatIf, codeChanges })
  if (!gap.fixes.length)
    gap.fixes = [
      advice.codeChanges.length
        ? `no build choice alone runs it on ${input.target}: first make the code changes the binary's other gaps name`
        : `no build choice abigap can check runs it on ${input.target}: build against C libraries no newer than ${input.target}'s, or drop ${input.target} from the promised targets`,
    ]
  return mine.length ? originsPhrase(mine) : null
}

/** The advice of one binary on one target, with the inputs it was computed from. */
interface Advised {
  input: SymbolAdviceInput
  imports: AttributedSymbol[]
  advice: WhatIfAdvice
}

const advised = new WeakMap<InspectedFile, Advised[]>()

/**
 * The binary's attributed imports and its what-if advice on the target: the whole binary's, the same for each of its
 * gaps there, so computed once per binary, profile and options (a binary with many gaps asked it each time).
 */
function binaryAdvice(input: SymbolAdviceInput): Advised {
  const { facts, profile } = input
  const known = advised.get(facts) ?? []
  const same = (a: SymbolAdviceInput) =>
    a.profile === profile &&
    a.target === input.target &&
    (a.source ?? null) === (input.source ?? null) &&
    a.dependencies === input.dependencies &&
    a.history === input.history &&
    (a.muslToolchain ?? null) === (input.muslToolchain ?? null)
  const hit = known.find((k) => same(k.input))
  if (hit) return hit
  const imports = attributeImports({ facts, source: input.source ?? null, dependencies: input.dependencies })
  const advice = whatIf({
    facts,
    imports,
    profile,
    target: input.target,
    arch: (facts.elf && archOf(facts.elf)) || 'amd64',
    history: input.history ?? EMBEDDED_HISTORY,
    source: input.source ?? null,
    muslToolchain: input.muslToolchain ?? null,
  })
  const entry = { input: { ...input }, imports, advice }
  advised.set(facts, [...known, entry])
  return entry
}

const LABEL: Record<WhatIf['fix'], string> = {
  netgo: '-tags netgo,osusergo',
  'cgo-off': 'CGO_ENABLED=0',
  'older-builder': 'an older builder',
  'musl-static': 'a static musl link',
}
const ENDING: Partial<Record<WhatIf['outcome'], string>> = {
  'still-missing': 'still not there',
  'build-fails': 'it does not build',
}

/** The what-ifs that are not fixes because of this gap's own symbols, as one sentence ("" when none). */
export function notFixesSentence(gap: AbiGap): string {
  const own = new Set(gap.symbols ?? [])
  const parts = (gap.whatIf ?? []).flatMap((w) => {
    if (w.offered) return []
    const mine = (w.blockers ?? []).filter((b) => own.has(b.name))
    if (!mine.length) return []
    const whys =
      w.fix === 'netgo' || w.fix === 'cgo-off'
        ? mine.map((b) => `${b.name} ${w.fix === 'netgo' ? 'stays' : 'needs cgo'} (${b.why})`)
        : mine.map((b) => b.why)
    const shown = whys.slice(0, 4).join('; ') + (whys.length > 4 ? ` and ${whys.length - 4} more` : '')
    const cited = w.matrix ? ` (matrix: ${w.matrix.variant} ${w.matrix.result})` : ''
    return [`${LABEL[w.fix]}: ${shown}: ${ENDING[w.outcome] ?? w.outcome}${cited}`]
  })
  if (!parts.length) return ''
  const stop = gap.message.split(' Not fixes: ')[0].endsWith('.') ? '' : '.'
  return `${stop} Not fixes: ${parts.join('; ')}.`
}

/** Re-derives a gap's fixes and its "Not fixes" sentence after its what-ifs changed (e.g. the matrix's real results). */
export function rewordAdvice(gap: AbiGap): void {
  if (!gap.whatIf) return
  const fixes = adviceTexts({ whatIf: gap.whatIf, codeChanges: gap.codeChanges ?? [] })
  if (fixes.length) gap.fixes = fixes
  const body = gap.message.split(' Not fixes: ')[0]
  gap.message = body.replace(/\.$/, '') + notFixesSentence({ ...gap, message: body.replace(/\.$/, '') })
}
