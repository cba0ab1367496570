// Symbol versions (glibc's loader only): one gap per missing (library, version node), with exactly its symbols.
import type { DynamicSymbol } from '../elf/types.js'
import type { InspectedFile } from '../binary/types.js'
import type { ProfileLibrary, TargetProfile } from '../knowledge/types.js'
import { compareVersions, parseNode } from '../knowledge/versions.js'
import { cap, findLibrary, listSome, listsEvery, type CheckContext } from './check-context.js'
import type { LibraryFacts } from './check-libraries.js'
import { symbolGapFixes } from './symbol-fixes.js'
import { dominantPackage, goPackageOf } from './go-packages.js'
import type { AbiGap } from './types.js'

const MAX_SHOWN = 20
const GLIBC_FILES = /^(libc|libm|libpthread|libdl|librt|libresolv|libutil|libanl)\.so/

/**
 * The undefined symbols bound to exactly `file` + `node` (the library each versioned symbol carries). Facts without
 * library bindings (older JSON) fall back to the node name only when no other needed file requires that node.
 */
function symbolsOfNode(facts: InspectedFile, file: string, node: string): string[] {
  const bound = facts.dynamicSymbols.some((s) => s.library !== null)
  const unique = facts.versionNeeds.filter((n) => n.versions.some((v) => v.name === node)).length === 1
  const match = (s: DynamicSymbol) => !s.defined && s.version === node && (bound ? s.library === file : unique)
  return [...new Set(facts.dynamicSymbols.filter(match).map((s) => s.name))]
}

/** Reports each version node a needed library lacks, in the loader's order (needs in file order, nodes in order). */
export function checkVersions(ctx: CheckContext, libs: LibraryFacts): void {
  const { facts, profile, target, name } = ctx
  for (const need of facts.versionNeeds) {
    if (libs.missing.has(need.file)) continue
    const lib = findLibrary(profile, need.file)
    if (!lib) continue
    if (!lib.versions.length) {
      if (listsEvery(profile, need.file) && need.versions.length) {
        ctx.gaps.push({
          kind: 'symbol-version',
          severity: 'warning',
          message: `${name} expects versioned symbols from ${cap(need.file)}, but ${target}'s copy defines no versions: the loader warns "no version information available" and then looks the symbols up by name alone`,
          library: cap(need.file),
          fixes: [`use the same build of ${cap(need.file)} as at link time`],
        })
      } else if (!listsEvery(profile, need.file) && !GLIBC_FILES.test(need.file)) {
        ctx.uncertain = true
      }
      continue
    }
    const have = new Set(lib.versions)
    for (const v of need.versions) {
      if (have.has(v.name) || coveredByRelease(v.name, profile, need.file)) continue
      // GLIBC_PRIVATE exists in every glibc but binds to one exact build: never a release question.
      const soft = v.weak || v.name === 'GLIBC_PRIVATE'
      ctx.gaps.push(nodeGap(ctx, lib, need.file, v.name, soft))
    }
  }
}

function nodeGap(ctx: CheckContext, lib: ProfileLibrary, file: string, node: string, weak: boolean): AbiGap {
  const { facts, profile, target, name } = ctx
  const symbols = symbolsOfNode(facts, file, node).map(cap)
  const pkg = dominantPackage(symbols)
  // runtime/cgo symbols in a program that never imports "C": cgo came in through net / os/user.
  const users = pkg?.goPackage === 'runtime/cgo' ? cgoUsers(facts) : []
  const why = users.length ? `${pkg?.why}, present because ${users.join(' and ')} use cgo` : pkg?.why
  const where = users.length ? ['runtime/cgo', ...users] : pkg?.goPackage
  const gap: AbiGap = {
    kind: 'symbol-version',
    severity: weak ? 'warning' : 'error',
    message: nodeMessage(name, cap(file), cap(node), symbols, lib, profile, target, weak, why),
    library: cap(file),
    version: cap(node),
    symbols,
    ...(pkg ? { goPackage: pkg.goPackage } : {}),
  }
  const locs = ctx.locate(symbols, where)
  if (locs && locs.length) gap.locations = locs
  gap.fixes = symbolGapFixes(gap, {
    facts,
    profile,
    goPackage: users.length ? users[0] : pkg?.goPackage,
    target,
    opts: ctx.opts,
    ...(why ? { via: why } : {}),
  })
  return gap
}

/** Go packages (net, os/user) whose cgo paths this binary links, judged from its undefined dynamic symbols. */
function cgoUsers(facts: InspectedFile): string[] {
  const out = new Set<string>()
  for (const s of facts.dynamicSymbols) {
    if (s.defined) continue
    const p = goPackageOf(s.name)?.goPackage
    if (p === 'net' || p === 'os/user') out.add(p)
  }
  return [...out].sort()
}

/** Orders node names within a family numerically. */
function compareNodes(a: string, b: string): number {
  const x = parseNode(a)
  const y = parseNode(b)
  if (x.numbers && y.numbers && x.family === y.family) return compareVersions(x.numbers, y.numbers)
  return a < b ? -1 : a > b ? 1 : 0
}

/** Embedded profiles of a release newer than their node table: a glibc node ≤ the release is there. */
function coveredByRelease(node: string, profile: TargetProfile, file: string): boolean {
  if (profile.source !== 'embedded' || profile.libc.flavor !== 'glibc' || !profile.libc.version || file !== 'libc.so.6')
    return false
  const p = parseNode(node)
  return (
    p.family === 'GLIBC' &&
    !!p.numbers &&
    compareVersions(p.numbers, profile.libc.version) <= 0 &&
    (profile.caveats ?? []).some((c) => c.includes('inferred'))
  )
}

function nodeMessage(
  name: string,
  file: string,
  node: string,
  symbols: string[],
  lib: ProfileLibrary,
  profile: TargetProfile,
  target: string,
  weak: boolean,
  why: string | undefined,
): string {
  const p = parseNode(node)
  const has = lib.versions
    .filter((v) => parseNode(v).family === p.family && parseNode(v).numbers)
    .sort(compareNodes)
    .pop()
  let what: string
  if (p.family === 'GLIBC' && p.numbers)
    what = `${node} from ${file} (glibc ≥ ${p.numbers.join('.')}), but ${target} has glibc ${profile.libc.version ?? '?'}`
  else if (p.family === 'GLIBCXX' || p.family === 'CXXABI')
    what = `${node} from ${file} (a newer GCC than ${target}'s, whose newest is ${has ?? 'unknown'})`
  else if (p.family === 'GCC')
    what = `${node} from ${file} (a newer GCC runtime than ${target}'s${has ? ` ${has}` : ''})`
  else what = `${node} from ${file}, which ${target}'s copy does not define`
  const syms = symbols.length
    ? `; needed by ${listSome(symbols, MAX_SHOWN)}`
    : `; no symbol of ${name} is bound to it, but the need is recorded and the loader checks it`
  const via = why && symbols.length ? ` (pulled in by ${why})` : ''
  const outcome = weak
    ? 'the need is weak, so the loader starts it, but those functions are missing at run time'
    : `the loader stops with "version \`${node}' not found (required by ${name})"`
  return `${name} needs ${what}${syms}${via}: ${outcome}`
}
