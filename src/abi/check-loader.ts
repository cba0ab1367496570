// The ELF interpreter: is it on the target, and which loader (glibc's or musl's) will really run the binary.
import { loaderFlavor } from '../knowledge/arch.js'
import type { TargetProfile } from '../knowledge/types.js'
import { FIX } from './fixes.js'
import {
  baseName,
  cap,
  findLibrary,
  isGoCgo,
  libcLabel,
  listsEvery,
  type CheckContext,
  type LoaderKind,
} from './check-context.js'

/** The binary's libc as its loader path (or, without one, its libc facts) shows it. */
export type BinaryFlavor = 'glibc' | 'musl' | 'other'

/** What the loader check found: the binary's flavor and the loader semantics the target applies. */
export interface LoaderFacts {
  interp: string | null
  binFlavor: BinaryFlavor
  loaderKind: LoaderKind
}

/** Checks the loader; returns null when it is missing (the kernel cannot start the binary: nothing else matters). */
export function checkLoader(ctx: CheckContext): LoaderFacts | null {
  const { facts, profile, target, name } = ctx
  const interp = facts.interpreter === null ? null : cap(facts.interpreter)
  const binFlavor: BinaryFlavor = interp
    ? loaderFlavor(interp)
    : facts.libc === 'musl'
      ? 'musl'
      : facts.libc === 'glibc'
        ? 'glibc'
        : 'other'
  // A glibc loader path on a musl image is musl behind a compatibility link: musl's rules apply (names only).
  const loaderKind: LoaderKind = binFlavor === 'musl' || profile.libc.flavor === 'musl' ? 'musl' : 'glibc'
  if (!interp) return { interp, binFlavor, loaderKind }
  const present = profile.loaders.includes(interp) || loaderInLibraries(profile, interp)
  if (!present) {
    ctx.gaps.push({
      kind: 'missing-loader',
      severity: 'error',
      message:
        `${name} is a dynamically linked ${binFlavor === 'other' ? '' : `${binFlavor} `}binary that needs the loader ${interp}, but ${loaderWhat(profile, target, binFlavor)}. ` +
        `The kernel cannot start it and reports "exec ${name}: no such file or directory" — the missing file is the loader, not ${name}.`,
      library: interp,
      fixes: loaderFixes(ctx, binFlavor),
    })
    return null
  }
  if (binFlavor === 'glibc' && profile.libc.flavor === 'musl') {
    ctx.gaps.push({
      kind: 'libc-flavor',
      severity: 'warning',
      message: `${name} is built for glibc but ${target} is a ${libcLabel(profile)} image whose ${interp} is a compatibility link to musl (gcompat / libc6-compat): musl's loader runs it, ignores symbol versions and refuses any glibc-only function it references; what loads may still behave differently from glibc`,
      fixes: [FIX.cgoOff, FIX.muslStatic],
    })
  } else if (binFlavor === 'musl' && profile.libc.flavor === 'glibc') {
    ctx.gaps.push({
      kind: 'libc-flavor',
      severity: 'notice',
      message: `${name} is built for musl; ${target} is a ${libcLabel(profile)} image that also has the musl loader ${interp}, so it starts, but it finds only musl libraries in /lib, /usr/local/lib and /usr/lib`,
      fixes: [FIX.muslStatic, 'run it on a musl image (alpine:3.20 or newer)'],
    })
  }
  return { interp, binFlavor, loaderKind }
}

function loaderWhat(profile: TargetProfile, target: string, binFlavor: BinaryFlavor): string {
  if (profile.libc.flavor === 'none') return `${target} has no C library at all`
  return `${target} is a ${libcLabel(profile)} image${profile.libc.flavor === binFlavor ? ' without that loader' : ''}`
}

function loaderFixes(ctx: CheckContext, binFlavor: BinaryFlavor): string[] {
  const { facts, profile } = ctx
  const fixes: string[] = []
  if (binFlavor === 'glibc') {
    if (isGoCgo(facts) || facts.go) fixes.push(FIX.cgoOff, FIX.muslStatic)
    if (profile.libc.flavor === 'musl')
      fixes.push('or install glibc compatibility on Alpine (apk add gcompat) — partial, not recommended for production')
    fixes.push(FIX.glibcImage)
  } else if (binFlavor === 'musl') {
    if (facts.go) fixes.push(FIX.cgoOff)
    fixes.push(FIX.muslStatic, 'run it on a musl image (alpine:3.20 or newer)', FIX.muslImage)
  } else fixes.push('link statically, or run it on an image that has this loader')
  return fixes
}

/** A loader at a non-standard path, present in a complete library listing. */
function loaderInLibraries(profile: TargetProfile, interp: string): boolean {
  if (!listsEvery(profile, baseName(interp))) return false
  const dir = interp.slice(0, interp.lastIndexOf('/')) || '/'
  const lib = findLibrary(profile, baseName(interp))
  return !!lib && lib.dirs.includes(dir)
}
