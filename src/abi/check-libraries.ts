// DT_NEEDED: does the target have every library the binary needs, where the loader looks for it.
import type { ProfileLibrary } from '../knowledge/types.js'
import { baseName, cap, findLibrary, listsEvery, MUSL_BUILTIN, type CheckContext } from './check-context.js'
import type { LoaderFacts } from './check-loader.js'
import { installCommand, packageFamily, packageHint } from './package-hints.js'

/** Where a musl loader looks by default. */
const MUSL_DIRS = new Set(['/lib', '/usr/local/lib', '/usr/lib'])

/** What the library check found: the sonames that are surely missing and those only maybe there (uncertain). */
export interface LibraryFacts {
  missing: Set<string>
  maybeMissing: Set<string>
}

/** True when the profile's library is where this loader would find it. */
export function reachable(lib: ProfileLibrary, loader: LoaderFacts, complete: boolean): boolean {
  return loader.loaderKind !== 'musl' || !complete || lib.dirs.some((d) => MUSL_DIRS.has(d))
}

/** Reports every needed library the target lacks, in DT_NEEDED order (the loader reports the first). */
export function checkLibraries(ctx: CheckContext, loader: LoaderFacts): LibraryFacts {
  const { facts, profile, target, name } = ctx
  const family = packageFamily(profile.distro?.id)
  const missing = new Set<string>()
  const maybeMissing = new Set<string>()
  for (const rawName of facts.needed) {
    const soname = cap(rawName)
    if (loader.loaderKind === 'musl' && MUSL_BUILTIN.test(rawName)) continue
    if (profile.loaders.some((l) => baseName(l) === rawName)) continue
    const found = findLibrary(profile, rawName)
    if (found && reachable(found, loader, listsEvery(profile, rawName))) continue
    const hint = packageHint(soname)
    const pkg = hint && family ? hint[family] : undefined
    const fixes: string[] = []
    if (pkg) fixes.push(`install it in the image: ${installCommand(family!, pkg)}`)
    else if (hint)
      fixes.push(
        `install the package that provides ${soname} (Debian: ${hint.apt ?? '?'}, Alpine: ${hint.apk ?? '?'}, RHEL: ${hint.dnf ?? '?'})`,
      )
    else fixes.push(`install the package that provides ${soname} in the image, or copy it next to the binary`)
    if (facts.go && soname !== 'libc.so.6')
      fixes.push(`or link ${soname} statically into the binary (-extldflags "-static" with the library's .a installed)`)
    if (!listsEvery(profile, rawName) && !(hint && hint.inBase === false)) {
      // Embedded profiles list only what a real root or a cited source shows: an unlisted library may be there.
      ctx.uncertain = true
      maybeMissing.add(rawName)
      ctx.gaps.push({
        kind: 'missing-library',
        severity: 'warning',
        message: `${name} needs ${soname}, which abigap's embedded profile of ${target} does not list (it lists only core libraries); if the image lacks it the loader stops with "error while loading shared libraries: ${soname}: cannot open shared object file" (exit 127)`,
        library: soname,
        fixes: [
          `probe the real image for an exact answer: abigap check --target ${target} with Docker available, or abigap profile ${target}`,
          ...fixes,
        ],
      })
      continue
    }
    missing.add(rawName)
    ctx.gaps.push({
      kind: 'missing-library',
      severity: 'error',
      message: `${name} needs ${soname}, which ${target} does not have${listsEvery(profile, rawName) ? '' : ' in its base image'}: ${loaderStops(loader, soname, name)}`,
      library: soname,
      fixes,
    })
  }
  if (missing.size && (facts.runpath.length || facts.rpath.length)) {
    for (const g of ctx.gaps)
      if (g.kind === 'missing-library' && g.severity === 'error')
        g.message += ` (unless it is shipped beside the binary via RUNPATH ${cap([...facts.runpath, ...facts.rpath].join(':'))})`
  }
  return { missing, maybeMissing }
}

function loaderStops(loader: LoaderFacts, soname: string, name: string): string {
  return loader.loaderKind === 'musl'
    ? `musl's loader stops with "Error loading shared library ${soname}: No such file or directory (needed by ${name})" (exit 127)`
    : `the loader stops with "error while loading shared libraries: ${soname}: cannot open shared object file" (exit 127)`
}
