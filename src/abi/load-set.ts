// The libraries the loader would load for a binary on a target (its global symbol scope), in load order.
import type { ProfileLibrary, TargetProfile } from '../knowledge/types.js'
import { baseName, findLibrary, listsEvery, MUSL_BUILTIN, type CheckContext } from './check-context.js'
import type { LoaderFacts } from './check-loader.js'
import type { LibraryFacts } from './check-libraries.js'
import { reachable } from './check-libraries.js'

/** The loader's symbol scope as far as the profile shows it. */
export interface LoadSet {
  /** Libraries in load order (breadth-first over DT_NEEDED), each once. */
  libraries: ProfileLibrary[]
  /**
   * False when a library that is (or may be) loaded is not in `libraries`: a needed library the profile does not
   * list, or one whose own needs the profile does not know. A symbol not found in `libraries` is then unknown.
   */
  complete: boolean
  /** The musl libc when musl's loader runs the binary (it answers libc.so, libc.so.6, libpthread.so.0, ...). */
  muslLibc: ProfileLibrary | null
}

/** glibc libraries whose own needs are only each other and the loader (added to the scope whenever one is loaded). */
const GLIBC_CORE =
  /^(libc\.so\.6|libm\.so\.6|libpthread\.so\.0|libdl\.so\.2|librt\.so\.1|libresolv\.so\.2|libutil\.so\.1|libanl\.so\.1|ld-linux.*\.so\.\d)$/

/** The musl libc of a profile: the loader file (ld-musl-*.so.1), Alpine's libc.musl-*.so.1 link, or libc.so. */
function muslLibcOf(profile: TargetProfile): ProfileLibrary | null {
  const pick = (re: RegExp) => {
    const all = profile.libraries.filter((l) => re.test(l.soname))
    return all.find((l) => l.exports) ?? all[0]
  }
  return pick(/^ld-musl-.+\.so\.1$/) ?? pick(/^libc\.musl-.+\.so\.1$/) ?? pick(/^libc\.so$/) ?? null
}

/** Breadth-first over DT_NEEDED from the binary, as the loader loads; libraries found missing are left out. */
export function loadSet(ctx: CheckContext, loader: LoaderFacts, libs: LibraryFacts): LoadSet {
  const { facts, profile } = ctx
  const musl = loader.loaderKind === 'musl'
  const muslLibc = musl ? muslLibcOf(profile) : null
  const out: ProfileLibrary[] = []
  const seen = new Set<string>()
  let complete = true
  const queue: string[] = [...facts.needed]
  let glibcCore = false
  const add = (lib: ProfileLibrary) => {
    if (out.includes(lib)) return
    out.push(lib)
    if (GLIBC_CORE.test(lib.soname)) glibcCore = true
    if (lib.needed) queue.push(...lib.needed)
    else if (!(musl && lib === muslLibc) && !GLIBC_CORE.test(lib.soname)) complete = false
  }
  while (queue.length) {
    const soname = queue.shift() as string
    if (seen.has(soname)) continue
    seen.add(soname)
    if (libs.missing.has(soname)) continue
    if (musl && MUSL_BUILTIN.test(soname)) {
      if (muslLibc) add(muslLibc)
      else complete = false
      continue
    }
    const lib = findLibrary(profile, soname)
    if (!lib || !reachable(lib, loader, listsEvery(profile, soname))) {
      // The profile does not list it (embedded), or it is the loader itself listed only under loaders.
      if (!profile.loaders.some((l) => baseName(l) === soname)) complete = false
      continue
    }
    add(lib)
  }
  if (musl && muslLibc) add(muslLibc)
  if (!musl && glibcCore) {
    for (const name of ['libc.so.6', loader.interp ? baseName(loader.interp) : '']) {
      const lib = name ? findLibrary(profile, name) : undefined
      if (lib) add(lib)
    }
  }
  return { libraries: out, complete, muslLibc }
}
