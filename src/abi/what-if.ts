// What each build choice would do to this binary on this target, computed from where its C symbols come from
// (origins.ts) and when each symbol entered glibc and musl. A fix that cannot help is not offered. Pure.
import { compareVersions, parseNode } from '../knowledge/versions.js'
import { builderFor, FIX } from './fixes.js'
import { isGlibcLibrary } from './libc-libraries.js'
import { describeOrigin, siteOf, type AttributedSymbol } from './origins.js'
import { replacementFor, replacementName } from './replacements.js'
import type { CodeChange, WhatIf, WhatIfAdvice, WhatIfInput } from './what-if-types.js'
import {
  blocker,
  importsC,
  listBlockers,
  muslName,
  needsCgo,
  nodeOnTarget,
  onTarget,
  release,
  weak,
} from './what-if-symbols.js'

export type * from './what-if-types.js'
export { nodeOnTarget } from './what-if-symbols.js'

function netgo(input: WhatIfInput): WhatIf | null {
  const { imports, target, source } = input
  const how = 'go build -tags netgo,osusergo'
  if (!imports.some((s) => s.origin.kind === 'go-net' || s.origin.kind === 'go-os-user')) return null
  const rest = imports.filter((s) => s.origin.kind !== 'go-net' && s.origin.kind !== 'go-os-user')
  const cgoLeft = rest.some(needsCgo) || importsC(source) === true
  if (!cgoLeft) {
    const caveat = importsC(source) === null ? ' (unless a package of the program imports "C")' : ''
    return {
      fix: 'netgo',
      how,
      outcome: 'runs',
      offered: true,
      effect: `-tags netgo,osusergo: no cgo package left → static${caveat}, runs on ${target}`,
    }
  }
  const still = rest.filter((s) => !weak(input.facts, s.name) && onTarget(s, input.profile, input.history) === false)
  if (!still.length)
    return {
      fix: 'netgo',
      how,
      outcome: 'runs',
      offered: true,
      effect: `-tags netgo,osusergo: drops the cgo resolver and user lookup; what is left needs only nodes ${target} has → runs on ${target}`,
    }
  return {
    fix: 'netgo',
    how,
    outcome: 'still-missing',
    offered: false,
    effect: `-tags netgo,osusergo leaves ${listBlockers(still)}: still not on ${target}`,
    blockers: still.map((s) => blocker(s)),
  }
}

function cgoOff(input: WhatIfInput): WhatIf {
  const { imports, target, source } = input
  const how = 'CGO_ENABLED=0 go build'
  const c = imports.filter(needsCgo)
  // the program's own C first: it is the surest reason, then C no source line shows
  const hard = [...c.filter((s) => s.origin.kind === 'own-c'), ...c.filter((s) => s.origin.kind === 'c-library')]
  if (hard.length || (importsC(source) && !c.length)) {
    const first = hard[0]
    const what = first ? `${describeOrigin(first.origin)} needs cgo (${first.name})` : 'the program imports "C"'
    return {
      fix: 'cgo-off',
      how,
      outcome: 'build-fails',
      offered: false,
      effect: `CGO_ENABLED=0: ${what}: it does not build`,
      blockers: hard.map((s) => blocker(s)),
    }
  }
  if (c.length)
    return {
      fix: 'cgo-off',
      how,
      outcome: 'unknown',
      offered: true,
      effect: `CGO_ENABLED=0: static, runs on ${target} if ${listBlockers(c)} ${c.length > 1 ? 'are' : 'is'} only on a cgo path with a pure-Go fallback (${describeOrigin(c[0].origin)}); abigap cannot tell`,
      blockers: c.map((s) => blocker(s)),
    }
  const caveat = importsC(source) === null ? ' (if the program has no C code of its own)' : ''
  return {
    fix: 'cgo-off',
    how,
    outcome: 'runs',
    offered: true,
    effect: `CGO_ENABLED=0: no C code left → static (no libc needed)${caveat}, runs on ${target}`,
  }
}

/** Building against the target's own musl: whatever that musl lacks fails the link (so it is never a fix). */
function olderMusl(input: WhatIfInput): WhatIf | null {
  const { imports, profile, target, history, facts } = input
  const v = profile.libc.version
  if (!v) return null
  const absent = imports.filter((s) => !weak(facts, s.name) && onTarget(s, input.profile, input.history) === false)
  if (!absent.length) return null
  const names = absent.map((s) => {
    const since = history?.muslSince(muslName(s.name))
    const inner = [since ? `added in ${since}` : since === null ? 'in no musl release' : null, siteOf(s.origin)]
    const text = inner.filter(Boolean).join(', ')
    return text ? `${s.name} (${text})` : s.name
  })
  return {
    fix: 'older-builder',
    how: `build against musl ${v} (${target}'s own musl, e.g. a builder on the same Alpine release)`,
    outcome: 'build-fails',
    offered: false,
    effect: `a musl ${v} builder: musl ${v} has no ${names.join(', ')}: the build fails`,
    blockers: absent.map((s) => blocker(s, `musl ${v} has no ${s.name}`)),
  }
}

function olderBuilder(input: WhatIfInput): WhatIf | null {
  const { imports, profile, target, history, arch, facts } = input
  if (profile.libc.flavor === 'musl') return olderMusl(input)
  if (profile.libc.flavor !== 'glibc' || !profile.libc.version) return null
  const missing = imports.filter((s) => nodeOnTarget(s, profile) === false)
  if (!missing.length || missing.some((s) => !s.library || !isGlibcLibrary(s.library))) return null
  const builder = builderFor(profile.libc.version)
  const glibc = builder?.glibc ?? profile.libc.version
  const how = builder ? `build in ${builder.text}, glibc ${glibc}` : `build against glibc ≤ ${profile.libc.version}`
  // symbols bound to a node newer than that glibc: the older glibc must define them at an older node
  const above = imports.filter((s) => {
    if (!s.library || !isGlibcLibrary(s.library) || !s.version || weak(facts, s.name)) return false
    const p = parseNode(s.version)
    return p.family === 'GLIBC' && !!p.numbers && compareVersions(p.numbers.join('.'), glibc) > 0
  })
  const absent: AttributedSymbol[] = []
  const unknown: AttributedSymbol[] = []
  for (const s of above) {
    const since = release(history?.glibcSince(s.name, arch))
    if (since === undefined) unknown.push(s)
    else if (since === null || compareVersions(since, glibc) > 0) absent.push(s)
  }
  if (absent.length) {
    const since = (s: AttributedSymbol) => release(history?.glibcSince(s.name, arch))
    const names = absent.map((s) => {
      const v = since(s)
      const at = siteOf(s.origin)
      return `${s.name}${v ? ` (added in ${v}${at ? `, ${at}` : ''})` : at ? ` (${at})` : ''}`
    })
    return {
      fix: 'older-builder',
      how,
      outcome: 'build-fails',
      offered: false,
      effect: `a glibc ${glibc} builder: glibc ${glibc} has no ${names.join(', ')}: the build fails`,
      blockers: absent.map((s) => blocker(s, `glibc ${glibc} has no ${s.name}`)),
    }
  }
  if (unknown.length)
    return {
      fix: 'older-builder',
      how,
      outcome: 'unknown',
      offered: true,
      effect: `${how}: runs on ${target} if glibc ${glibc} defines ${listBlockers(unknown)} (abigap does not know when ${unknown.length > 1 ? 'they' : 'it'} entered glibc)`,
    }
  return {
    fix: 'older-builder',
    how,
    outcome: 'runs',
    offered: true,
    effect: `${how}: every C function it calls exists in glibc ${glibc}, so it links against older nodes → runs on ${target}`,
  }
}

function muslStatic(input: WhatIfInput): WhatIf {
  const { imports, history, target, muslToolchain, facts } = input
  const how = FIX.muslStatic.replace(/^link statically against musl: /, '')
  const absent: AttributedSymbol[] = []
  const unknown: AttributedSymbol[] = []
  // without the toolchain's release, the newest release a symbol needs is a condition of the fix
  let floor = history?.muslOldest ?? null
  let floorSymbols: string[] = []
  for (const s of imports) {
    if (weak(facts, s.name)) continue
    const since = history?.muslSince(muslName(s.name))
    if (since === undefined) unknown.push(s)
    else if (since === null || (muslToolchain && compareVersions(since, muslToolchain) > 0)) absent.push(s)
    else if (!floor || compareVersions(since, floor) > 0) [floor, floorSymbols] = [since, [s.name]]
    else if (since === floor && floorSymbols.length && !floorSymbols.includes(s.name)) floorSymbols.push(s.name)
  }
  const musl = muslToolchain ? `musl ${muslToolchain}` : 'musl'
  if (absent.length)
    return {
      fix: 'musl-static',
      how,
      outcome: 'build-fails',
      offered: false,
      effect: `static musl link: ${musl} has no ${listBlockers(absent)}: the build fails`,
      blockers: absent.map((s) => blocker(s, `${musl} has no ${s.name}`)),
    }
  if (unknown.length)
    return {
      fix: 'musl-static',
      how,
      outcome: 'unknown',
      offered: true,
      effect: `static musl link: static, runs on ${target} if ${musl} defines ${listBlockers(unknown)} (not in abigap's musl tables)`,
    }
  if (!muslToolchain && floorSymbols.length)
    return {
      fix: 'musl-static',
      how,
      outcome: 'unknown',
      offered: true,
      effect: `static musl link: ${floorSymbols.join(', ')} entered musl in ${floor} → static, runs on ${target} with a musl ≥ ${floor} toolchain (no musl-gcc here told its release)`,
    }
  return {
    fix: 'musl-static',
    how,
    outcome: 'runs',
    offered: true,
    effect: `static musl link: every C function it calls exists in ${muslToolchain ? musl : floor ? `every musl since ${floor}` : 'every musl abigap knows'} → static, runs on ${target}`,
  }
}

/** The effect of each build choice on this binary and target, and the code changes when none works. */
export function whatIf(input: WhatIfInput): WhatIfAdvice {
  const advice = buildChoices(input)
  const changed = new Map(advice.codeChanges.map((c) => [c.symbol, replacementName(c.symbol)]))
  if (!advice.codeChanges.length || [...changed.values()].some((r) => r === null)) return advice
  // with the replacements in place, which build choice then runs there
  const imports = input.imports.map((s) =>
    changed.has(s.name) ? { ...s, name: changed.get(s.name)!, version: null } : s,
  )
  const then = buildChoices({ ...input, imports }).whatIf.find((w) => w.offered)
  for (const c of advice.codeChanges)
    c.text += then ? `; then ${then.effect}` : `; abigap finds no build choice that then runs on ${input.target}`
  return advice
}

function buildChoices(input: WhatIfInput): WhatIfAdvice {
  const cgo = input.facts.go?.settings.CGO_ENABLED === '1'
  const list: WhatIf[] = []
  if (cgo) {
    const n = netgo(input)
    if (n) list.push(n)
    list.push(cgoOff(input))
  }
  const o = olderBuilder(input)
  if (o) list.push(o)
  if (cgo || !input.facts.go) list.push(muslStatic(input))
  const codeChanges: CodeChange[] = []
  if (!list.some((w) => w.offered)) {
    const seen = new Set<string>()
    // CGO_ENABLED=0's blockers need cgo, not a newer libc: the code changes are for what no libc here provides
    for (const w of list.filter((x) => x.fix !== 'cgo-off'))
      for (const b of w.blockers ?? []) {
        if (seen.has(b.name)) continue
        seen.add(b.name)
        const s = input.imports.find((x) => x.name === b.name)
        if (!s || s.origin.kind === 'cgo-runtime') continue
        const r = replacementFor(b.name, input.profile, input.history, input.arch, input.target)
        const at = siteOf(s.origin)
        codeChanges.push({
          symbol: b.name,
          ...(at ? { at } : {}),
          text: `${at ? `${at}: ` : ''}${r ?? `replace ${b.name} (no build choice provides it on ${input.target}), or drop ${input.target} from the promised targets`}`,
        })
      }
  }
  return { whatIf: list, codeChanges }
}

/** Fix texts of the advice: offered fixes first, then the code changes ("change the code: …"). */
export function adviceTexts(advice: WhatIfAdvice): string[] {
  return [
    ...advice.whatIf
      .filter((w) => w.offered)
      .map((w) => w.effect + (w.matrix ? ` (matrix: ${w.matrix.variant} ${w.matrix.result})` : '')),
    ...advice.codeChanges.map((c) => `change the code: ${c.text}`),
  ]
}
