// The one place that words fixes for symbol gaps (symbol-version, missing-symbol): replaceable as a whole.
import type { InspectedFile } from '../binary/types.js'
import type { TargetProfile } from '../knowledge/types.js'
import { FIX, olderBuilderFix } from './fixes.js'
import type { CheckOptions } from './check-context.js'
import { adviseSymbolGap, notFixesSentence } from './symbol-advice.js'
import type { AbiGap } from './types.js'

/** What the fix wording may use besides the gap itself. */
export interface SymbolFixInput {
  facts: InspectedFile
  profile: TargetProfile
  /** The Go package that pulls the symbols in, when known (net / os/user make -tags netgo,osusergo a candidate). */
  goPackage?: string
  /** The target's name and the check's options (source, history, dependencies): the what-if advice needs them. */
  target?: string
  opts?: CheckOptions
  /** The "pulled in by …" phrase the message carries, which the per-symbol origins replace. */
  via?: string
}

/**
 * Fixes for one symbol-version or missing-symbol gap. For glibc's libraries on a glibc target they are the what-if
 * advice (src/abi/symbol-advice.ts: origins, computed effects, code changes), which also re-words the message.
 */
export function symbolGapFixes(gap: AbiGap, input: SymbolFixInput): string[] {
  if (input.opts?.verdictOnly) return []
  if (input.opts && input.target) {
    const origins = adviseSymbolGap(gap, {
      facts: input.facts,
      profile: input.profile,
      target: input.target,
      source: input.opts.source ?? null,
      history: input.opts.history,
      dependencies: input.opts.dependencies,
      muslToolchain: input.opts.muslToolchain ?? null,
    })
    if (gap.whatIf) {
      if (origins) {
        const via = input.via ? ` (pulled in by ${input.via})` : null
        gap.message =
          via && gap.message.includes(via)
            ? gap.message.replace(via, ` (${origins})`)
            : gap.message.replace(/: (the loader|musl's loader|the need is weak|it is a weak)/, ` (${origins}): $1`)
      }
      gap.message += notFixesSentence(gap)
      return gap.fixes ?? []
    }
  }
  return legacyFixes(gap, input)
}

function legacyFixes(gap: AbiGap, input: SymbolFixInput): string[] {
  const { facts, profile, goPackage } = input
  const file = gap.library ?? ''
  const isGo = facts.go?.settings.CGO_ENABLED === '1' || !!facts.go
  const fixes: string[] = []
  if (goPackage === 'net' || goPackage === 'os/user') fixes.push(FIX.netgo)
  if (file === 'libstdc++.so.6' || file === 'libgcc_s.so.1') {
    fixes.push(FIX.staticLibstdcxx, `or build with the GCC of ${profile.image} (an older builder image)`)
    return fixes
  }
  if (gap.kind === 'missing-symbol' && !/^(libc\.|ld-)/.test(file) && file) {
    fixes.push(
      `build against the ${file} of ${profile.image} (an older builder image or its -dev package), so the link fails on what it lacks`,
      `or install a ${file} that defines ${gap.symbols?.[0] ?? 'the symbol'} in the image`,
    )
    if (isGo) fixes.push(`or link ${file} statically into the binary (-extldflags "-static" with the library's .a)`)
    return fixes
  }
  if (profile.libc.flavor === 'glibc') fixes.push(olderBuilderFix(profile.libc.version))
  else if (profile.libc.flavor === 'musl')
    fixes.push(
      `build against the musl of ${profile.image}${profile.libc.version ? ` (musl ${profile.libc.version})` : ''}`,
    )
  if (isGo) fixes.push(FIX.cgoOff)
  fixes.push(FIX.muslStatic)
  return fixes
}
