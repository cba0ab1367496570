import type { InspectedFile } from '../binary/types.js'
import { sourceForBuild } from './build-constraints.js'
import { archOf } from '../knowledge/arch.js'
import type { TargetProfile } from '../knowledge/types.js'
import { newContext, type CheckContext, type CheckOptions } from './check-context.js'
import { isaLevel, kernelFloor, staticNss } from './check-extras.js'
import { checkLibraries } from './check-libraries.js'
import { checkLoader } from './check-loader.js'
import { checkSymbols } from './check-symbols.js'
import { checkVersions } from './check-versions.js'
import { FIX } from './fixes.js'
import { loaderOrder } from './gap-order.js'
import { loadSet } from './load-set.js'
import type { CheckResult, Verdict } from './types.js'

export type { CheckOptions } from './check-context.js'

/**
 * Checks one binary's facts against one target profile: gaps (with evidence and fixes) and a verdict. Pure.
 * Gaps come in the order the loader fails (loader, libraries, version nodes, symbols), errors first: the first gap
 * is what a real run prints.
 */
export function checkBinary(facts: InspectedFile, profile: TargetProfile, opts: CheckOptions = {}): CheckResult {
  // Gaps are located only in the Go files this binary was built from (its //go:build lines, its tags).
  const ctx = newContext(facts, profile, opts.source ? { ...opts, source: sourceForBuild(opts.source, facts) } : opts)
  const decided = analysable(ctx) && archMatches(ctx)
  if (decided) {
    const isStatic =
      facts.linkage === 'static' ||
      facts.linkage === 'static-pie' ||
      (facts.interpreter === null && facts.needed.length === 0)
    if (isStatic) staticNss(ctx)
    else dynamicChecks(ctx)
    kernelFloor(ctx)
    isaLevel(ctx)
    // A low-confidence profile decides nothing for a binary that depends on the target's libc.
    if (profile.confidence === 'low' && !isStatic) ctx.uncertain = true
  }
  const gaps = loaderOrder(ctx.gaps)
  return {
    file: facts.path,
    target: ctx.target,
    verdict: facts.elf ? verdictOf(ctx) : 'unknown',
    gaps,
    profile: {
      source: profile.source,
      libc: { flavor: profile.libc.flavor, version: profile.libc.version },
      confidence: profile.confidence,
    },
  }
}

/** incompatible on any error; unknown when uncertain and no error; else compatible. */
function verdictOf(ctx: CheckContext): Verdict {
  if (ctx.gaps.some((g) => g.severity === 'error')) return 'incompatible'
  return ctx.uncertain ? 'unknown' : 'compatible'
}

/** Not analysable: say so, never guess. False when nothing more can be checked. */
function analysable(ctx: CheckContext): boolean {
  const { facts, name, target } = ctx
  if (!facts.elf) {
    ctx.gaps.push({
      kind: 'unanalysable',
      severity: 'error',
      message: facts.error
        ? `${name} could not be analysed (${facts.error.code}: ${facts.error.message}); abigap cannot tell whether it runs on ${target}`
        : `${name} is not an ELF executable; abigap checks Linux binaries only`,
      fixes: ['pass the built Linux binary (the output of go build), not a source file, script or archive'],
    })
    ctx.uncertain = true
    return false
  }
  if (facts.error) {
    ctx.uncertain = true
    ctx.gaps.push({
      kind: 'unanalysable',
      severity: 'warning',
      message: `${name} is partly unreadable (${facts.error.code} at offset ${facts.error.offset ?? '?'}): the facts below may be incomplete`,
      fixes: ['rebuild the binary; a truncated or corrupted file will not run anywhere'],
    })
  }
  return true
}

/** Architecture. False (with an error gap) when the kernel would refuse the binary. */
function archMatches(ctx: CheckContext): boolean {
  const { facts, profile, name, target } = ctx
  const arch = facts.elf ? archOf(facts.elf) : null
  if (!arch) {
    ctx.uncertain = true
    return true
  }
  if (!archMismatch(facts, profile.arch)) return true
  ctx.gaps.push({
    kind: 'arch-mismatch',
    severity: 'error',
    message: `${name} is built for ${arch} (${facts.elf?.machine}) but ${target} is ${profile.arch.join('/')}: the kernel refuses it ("exec format error") unless qemu emulation is installed`,
    fixes: [
      FIX.goarch(profile.arch[0]),
      `or check against the ${arch} variant of the image (--platform linux/${arch})`,
    ],
  })
  return false
}

/** True when the file's architecture is known and is none of `arches` (a profile's): its arch-mismatch gap. */
export function archMismatch(facts: InspectedFile, arches: readonly string[]): boolean {
  const arch = facts.elf ? archOf(facts.elf) : null
  return arch !== null && !arches.includes(arch)
}

/** Loader, libraries, symbol versions (glibc's loader), symbol presence. */
function dynamicChecks(ctx: CheckContext): void {
  const loader = checkLoader(ctx)
  if (!loader) return
  const libs = checkLibraries(ctx, loader)
  // musl's loader ignores symbol versions: presence by name is all it checks.
  if (loader.loaderKind === 'glibc') checkVersions(ctx, libs)
  checkSymbols(ctx, loader, libs, loadSet(ctx, loader, libs))
}
