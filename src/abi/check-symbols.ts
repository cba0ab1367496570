// Symbol presence: every undefined symbol must be defined (under its version, on glibc) by a loaded library.
import type { DynamicSymbol } from '../elf/types.js'
import type { ProfileLibrary } from '../knowledge/types.js'
import { compareVersions } from '../knowledge/versions.js'
import { baseName, cap, findLibrary, listSome, MUSL_BUILTIN, type CheckContext } from './check-context.js'
import type { LoaderFacts } from './check-loader.js'
import type { LibraryFacts } from './check-libraries.js'
import type { LoadSet } from './load-set.js'
import { glibcSince, muslLfs64Target, muslSince } from '../knowledge/symbol-history.js'
import { symbolGapFixes } from './symbol-fixes.js'
import type { AbiGap } from './types.js'

/** Past this many missing symbols one more gap carries the rest (a crafted binary cannot flood the report). */
const MAX_SYMBOL_GAPS = 100

interface ExportIndex {
  names: Set<string>
  versioned: Set<string>
}
const indexes = new WeakMap<ProfileLibrary, ExportIndex>()

/** The exports of a library as sets (built once per profile library). */
function exportIndex(lib: ProfileLibrary): ExportIndex | null {
  if (!lib.exports) return null
  let ix = indexes.get(lib)
  if (!ix) {
    ix = { names: new Set(), versioned: new Set(lib.exports) }
    for (const e of lib.exports) {
      const at = e.indexOf('@')
      ix.names.add(at < 0 ? e : e.slice(0, at))
    }
    indexes.set(lib, ix)
  }
  return ix
}

type Lookup = 'found' | 'missing' | 'unknown'

/** A symbol to check: undefined, global or weak, named; weak untyped unversioned ones were unresolved at link time. */
function wanted(s: DynamicSymbol): boolean {
  if (s.defined || !s.name || s.binding === 'LOCAL') return false
  return !(s.binding === 'WEAK' && s.version === null && s.type === 'NOTYPE')
}

/** glibc's lookup: name@node from any library in scope (unversioned: any definition of the name). */
function lookupGlibc(s: DynamicSymbol, scope: LoadSet, profileBound: ProfileLibrary | undefined): Lookup {
  let unknown = !scope.complete
  for (const lib of scope.libraries) {
    if (s.version !== null && lib.versions.length && !lib.versions.includes(s.version)) continue
    const ix = exportIndex(lib)
    if (!ix) {
      // Symbol versioning's promise: a node's symbol set is fixed, so the bound library defining the node defines it.
      if (s.version !== null && lib === profileBound && lib.versions.includes(s.version)) return 'found'
      unknown = true
      continue
    }
    if (s.version !== null && lib.versions.length ? ix.versioned.has(`${s.name}@${s.version}`) : ix.names.has(s.name))
      return 'found'
  }
  return unknown ? 'unknown' : 'missing'
}

/** musl's lookup: the name in any library in scope, then (musl ≥ 1.2.4) the LFS64 alias in libc. */
function lookupMusl(s: DynamicSymbol, scope: LoadSet, muslVersion: string | null): Lookup {
  let unknown = !scope.complete
  for (const lib of scope.libraries) {
    const ix = exportIndex(lib)
    if (!ix) unknown = true
    else if (ix.names.has(s.name)) return 'found'
  }
  const base = muslLfs64Target(s.name)
  if (base !== null) {
    const libc = scope.muslLibc ? exportIndex(scope.muslLibc) : null
    const remaps = muslVersion === null ? null : compareVersions(muslVersion, '1.2.4') >= 0
    if (libc?.names.has(base) && remaps) return 'found'
    if (libc?.names.has(base) && remaps === null) unknown = true
  }
  return unknown ? 'unknown' : 'missing'
}

/**
 * A symbol versioned to the target's own glibc loader (ld-linux-*.so.*, listed only under `loaders`): the loader of
 * glibc X defines every GLIBC_y node with y ≤ X, and GLIBC_PRIVATE (tied to one build, a version question only).
 */
function boundToGlibcLoader(ctx: CheckContext, s: DynamicSymbol): boolean {
  const { profile } = ctx
  if (profile.libc.flavor !== 'glibc' || !s.library || !s.version || !/^ld-linux.*\.so\.\d$/.test(s.library))
    return false
  if (!profile.loaders.some((l) => baseName(l) === s.library)) return false
  if (s.version === 'GLIBC_PRIVATE') return true
  const m = /^GLIBC_(\d+(?:\.\d+)*)$/.exec(s.version)
  return !!m && !!profile.libc.version && compareVersions(m[1], profile.libc.version) <= 0
}

/** The library expected to define a symbol: its version's file, else the one needed library without versions. */
function expectedLibrary(ctx: CheckContext, s: DynamicSymbol, loader: LoaderFacts): string[] {
  const { facts } = ctx
  if (s.library) return [s.library]
  const versioned = new Set(facts.versionNeeds.map((n) => n.file))
  const plain = facts.needed.filter((n) => !versioned.has(n))
  return plain.length ? plain : facts.needed.length ? [...facts.needed] : loader.interp ? [loader.interp] : []
}

/** Reports each undefined symbol no loaded library defines (and, in one notice, those the profile cannot decide). */
export function checkSymbols(ctx: CheckContext, loader: LoaderFacts, libs: LibraryFacts, scope: LoadSet): void {
  const { facts, profile } = ctx
  const musl = loader.loaderKind === 'musl'
  const lacking = new Set(
    ctx.gaps.filter((g) => g.kind === 'symbol-version' && g.version).map((g) => `${g.library}\0${g.version}`),
  )
  const missing: { sym: DynamicSymbol; expected: string[] }[] = []
  const unknown: { sym: DynamicSymbol; expected: string[] }[] = []
  const seen = new Set<string>()
  for (const s of facts.dynamicSymbols) {
    if (!wanted(s)) continue
    const key = `${s.name}@${s.version ?? ''}@${s.library ?? ''}`
    if (seen.has(key)) continue
    seen.add(key)
    const expected = expectedLibrary(ctx, s, loader)
    // A missing library or version node is already the loader's (earlier) failure for these.
    if (expected.some((e) => libs.missing.has(e) || libs.maybeMissing.has(e))) continue
    if (!musl && s.version && lacking.has(`${s.library}\0${s.version}`)) continue
    const bound = !musl && s.library ? findLibrary(profile, s.library) : undefined
    const r = musl
      ? lookupMusl(s, scope, profile.libc.version)
      : !bound && boundToGlibcLoader(ctx, s)
        ? 'found'
        : lookupGlibc(s, scope, bound)
    if (r === 'missing') missing.push({ sym: s, expected })
    else if (r === 'unknown') unknown.push({ sym: s, expected })
  }
  for (const m of missing.slice(0, MAX_SYMBOL_GAPS)) ctx.gaps.push(missingGap(ctx, loader, m.sym, m.expected))
  if (missing.length > MAX_SYMBOL_GAPS)
    ctx.gaps.push(
      restGap(
        ctx,
        missing.slice(MAX_SYMBOL_GAPS).map((m) => m.sym),
      ),
    )
  if (unknown.length) {
    ctx.uncertain = true
    ctx.gaps.push(unknownGap(ctx, unknown, scope))
  }
}

function missingGap(ctx: CheckContext, loader: LoaderFacts, s: DynamicSymbol, expected: string[]): AbiGap {
  const { facts, profile, name } = ctx
  const musl = loader.loaderKind === 'musl'
  const weak = s.binding === 'WEAK'
  const sym = cap(s.name)
  const what = s.type === 'OBJECT' ? 'the variable' : s.type === 'FUNC' ? 'the function' : 'the symbol'
  const wantV = !musl && s.version ? `@${cap(s.version)}` : ''
  const lib = expected.length === 1 ? cap(expected[0]) : undefined
  const from = lib ? `from ${lib}` : expected.length ? `from one of ${listSome(expected, 6)}` : ''
  const libFile = lib && !(musl && MUSL_BUILTIN.test(lib)) ? findLibrary(profile, lib) : undefined
  const theirs = describeTargetLibrary(ctx, loader, lib, libFile)
  const flavor = musl ? 'musl' : profile.libc.flavor === 'glibc' && lib && /^libc\./.test(lib) ? 'glibc' : 'other'
  const addedIn = lib ? (ctx.opts.symbolAddedIn ?? addedInRelease(ctx))(lib, s.name, flavor) : null
  const added = addedIn ? ` (${sym} was added in ${cap(addedIn)})` : ''
  const node = wantV ? ` under the version ${cap(s.version as string)}` : ''
  let outcome: string
  if (weak)
    outcome = `it is a weak reference, so the loader binds it to null and starts ${name}; code that calls it without checking crashes`
  else if (musl) outcome = `musl's loader stops with "Error relocating ${name}: ${sym}: symbol not found" (exit 127)`
  else {
    const text = `"symbol lookup error: ${name}: undefined symbol: ${sym}${wantV ? `, version ${cap(s.version as string)}` : ''}" (exit 127)`
    outcome =
      facts.bindNow || s.type !== 'FUNC'
        ? `the loader stops at start with ${text}`
        : `the program stops with ${text} when it first calls ${sym} (lazy binding: it starts, then fails at the call)`
  }
  const gap: AbiGap = {
    kind: 'missing-symbol',
    severity: weak ? 'warning' : 'error',
    message:
      `${name} needs ${what} ${sym}${wantV} ${from}, which ${theirs} does not define${node}${added}: ${outcome}`.replace(
        /  +/g,
        ' ',
      ),
    ...(lib ? { library: lib } : {}),
    ...(s.version && !musl ? { version: cap(s.version) } : {}),
    symbols: [sym],
    ...(addedIn ? { addedIn: cap(addedIn) } : {}),
  }
  const locs = ctx.locate([s.name])
  if (locs && locs.length) gap.locations = locs
  gap.fixes = symbolGapFixes(gap, { facts, profile, target: ctx.target, opts: ctx.opts })
  return gap
}

/**
 * The release that added a libc symbol, from the embedded history (real glibc/musl exports): "glibc 2.36",
 * "musl 1.2.5"; null when unknown (other libraries, other architectures) or when no release here has it.
 */
function addedInRelease(ctx: CheckContext): NonNullable<CheckContext['opts']['symbolAddedIn']> {
  return (_library, symbol, flavor) => {
    if (flavor === 'musl') {
      const v = muslSince(symbol)
      return v && v !== '1.1.24' ? `musl ${v}` : null
    }
    if (flavor !== 'glibc') return null
    const node = glibcSince(symbol, ctx.profile.arch[0] ?? 'amd64')
    const m = node ? /^GLIBC_(\d+(?:\.\d+)*)$/.exec(node) : null
    return m ? `glibc ${m[1]}` : null
  }
}

/** "bookworm's libsqlite3.so.0 (libsqlite3.so.0.8.6)", "abigap-test/musl's musl libc (musl 1.2.3)". */
function describeTargetLibrary(
  ctx: CheckContext,
  loader: LoaderFacts,
  lib: string | undefined,
  found: ProfileLibrary | undefined,
): string {
  const { profile, target } = ctx
  if (loader.loaderKind === 'musl' && (!lib || MUSL_BUILTIN.test(lib) || /^ld-/.test(lib)))
    return `${target}'s musl libc${profile.libc.version ? ` (musl ${profile.libc.version})` : ''}`
  if (!lib) return `any library ${target} loads for it`
  if (/^libc\.so\.6$/.test(lib) && profile.libc.flavor === 'glibc')
    return `${target}'s libc.so.6 (glibc ${profile.libc.version ?? '?'})`
  return `${target}'s ${lib}${found?.file && found.file !== lib ? ` (${cap(found.file)})` : ''}`
}

function restGap(ctx: CheckContext, rest: DynamicSymbol[]): AbiGap {
  const names = rest.map((s) => cap(s.name))
  return {
    kind: 'missing-symbol',
    severity: rest.some((s) => s.binding !== 'WEAK') ? 'error' : 'warning',
    message: `${ctx.name} needs ${names.length} more symbols no library on ${ctx.target} defines: ${listSome(names, 20)}`,
    symbols: names,
  }
}

function unknownGap(ctx: CheckContext, unknown: { sym: DynamicSymbol; expected: string[] }[], scope: LoadSet): AbiGap {
  const { profile, target, name } = ctx
  const names = [...new Set(unknown.map((u) => cap(u.sym.name)))]
  const blind = scope.libraries.filter((l) => !l.exports).map((l) => cap(l.soname))
  const why =
    profile.profileVersion === 1 && profile.source !== 'embedded'
      ? `the profile is format 1, which records no exported symbols${blind.length ? ` (of ${listSome(blind, 6)})` : ''}`
      : blind.length
        ? `the profile does not list the exports of ${listSome(blind, 6)}`
        : `the profile does not show every library the loader loads for it`
  return {
    kind: 'missing-symbol',
    severity: 'notice',
    message: `abigap cannot tell whether ${target} defines ${listSome(names, 12)} for ${name}: ${why}. Probe the image for an exact answer`,
    ...(blind.length === 1 ? { library: blind[0] } : {}),
    symbols: names,
    fixes: [
      `probe the real image: abigap check --target ${target} with Docker available, or abigap profile ${target} --json > target.json; abigap check --profile target.json`,
    ],
  }
}
