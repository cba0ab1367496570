// Which indexed Go files a binary was built from: its `//go:build` lines evaluated with the binary's build settings.
import type { InspectedFile } from '../binary/types.js'
import type { IndexedSite, SourceIndex } from './source-index.js'

/** The build tags a Go binary was built with (GOOS linux, GOARCH, cgo, -tags, go1.N), or null without build info. */
function buildTagsOf(facts: InspectedFile): Set<string> | null {
  const go = facts.go
  if (!go) return null
  const tags = new Set(['linux', 'unix', 'gc'])
  const s = go.settings
  if (s.GOARCH) tags.add(s.GOARCH)
  if (s.CGO_ENABLED === '1') tags.add('cgo')
  for (const t of (s['-tags'] ?? '').split(',')) if (t.trim()) tags.add(t.trim())
  const minor = /^go1\.(\d+)/.exec(go.version)
  if (minor) for (let i = 1; i <= Number(minor[1]); i++) tags.add(`go1.${i}`)
  return tags
}

/** Evaluates a `//go:build` expression (!, &&, ||, parentheses); null when it does not parse. */
export function evalConstraint(expr: string, tags: Set<string>): boolean | null {
  const tokens = expr.match(/!|&&|\|\||\(|\)|[\w.]+/g) ?? []
  if (tokens.join('') !== expr.replace(/\s+/g, '')) return null
  let i = 0
  const or = (): boolean | null => {
    let v = and()
    while (tokens[i] === '||') {
      i++
      const r = and()
      v = v === null || r === null ? null : v || r
    }
    return v
  }
  const and = (): boolean | null => {
    let v = not()
    while (tokens[i] === '&&') {
      i++
      const r = not()
      v = v === null || r === null ? null : v && r
    }
    return v
  }
  const not = (): boolean | null => {
    if (tokens[i] === '!') {
      i++
      const v = not()
      return v === null ? null : !v
    }
    if (tokens[i] === '(') {
      i++
      const v = or()
      if (tokens[i++] !== ')') return null
      return v
    }
    const t = tokens[i++]
    return t === undefined || !/^[\w.]+$/.test(t) ? null : tags.has(t)
  }
  const v = or()
  return i === tokens.length ? v : null
}

/** The index restricted to the Go files this binary's build included (unchanged when that cannot be told). */
export function sourceForBuild(index: SourceIndex, facts: InspectedFile): SourceIndex {
  const tags = buildTagsOf(facts)
  const constraints = index.buildConstraints
  if (!tags || !constraints) return index
  const excluded = new Set(
    Object.entries(constraints)
      .filter(([, expr]) => evalConstraint(expr, tags) === false)
      .map(([file]) => file),
  )
  if (!excluded.size) return index
  const keep = (m: Record<string, IndexedSite[]>) =>
    Object.fromEntries(
      Object.entries(m)
        .map(([k, sites]) => [k, sites.filter((s) => !excluded.has(s.file))] as const)
        .filter(([, sites]) => sites.length),
    )
  return {
    ...index,
    imports: keep(index.imports),
    cgoCalls: keep(index.cgoCalls),
    cgoPreamble: keep(index.cgoPreamble),
    cSources: keep(index.cSources),
    ...(index.cgoLdflags ? { cgoLdflags: keep(index.cgoLdflags) } : {}),
  }
}
