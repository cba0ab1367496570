import type { InspectedFile } from '../elf/types.js'
import { archOf, loaderFlavor } from '../knowledge/arch.js'
import type { ProfileLibrary, TargetProfile } from '../knowledge/types.js'
import { compareVersions, parseNode } from '../knowledge/versions.js'
import { FIX, olderBuilderFix } from './fixes.js'
import { dominantPackage, goPackageOf, NSS_SYMBOLS } from './go-packages.js'
import { installCommand, packageFamily, packageHint } from './package-hints.js'
import { locateSymbols, type SourceIndex } from './source-index.js'
import type { AbiGap, CheckResult, Verdict } from './types.js'

/** Options of checkBinary. */
export interface CheckOptions {
  source?: SourceIndex
  targetName?: string
  /**
   * NSS entry points found in a static binary's own symbol table / strings by the caller (the ELF facts carry only
   * dynamic symbols). Used for the static-nss gap.
   */
  staticNssSymbols?: string[]
}

const MAX_SYMBOLS = 20
const MUSL_BUILTIN = /^lib(c|pthread|rt|m|dl|util|xnet)\./
/** Where a musl loader looks by default. */
const MUSL_DIRS = new Set(['/lib', '/usr/local/lib', '/usr/lib'])

const baseName = (p: string) => p.slice(p.lastIndexOf('/') + 1)
const MAX_NAME = 200

/** Strings from binaries are attacker-controlled: capped before they enter messages (the faces escape them). */
function cap(s: string): string {
  return s.length > MAX_NAME ? `${s.slice(0, MAX_NAME)}…` : s
}

function isGoCgo(facts: InspectedFile): boolean {
  return facts.go?.settings.CGO_ENABLED === '1'
}

/** Finds a library in a profile by the name a DT_NEEDED entry uses. */
function findLibrary(profile: TargetProfile, soname: string): ProfileLibrary | undefined {
  return profile.libraries.find((l) => l.soname === soname)
}

function libcLabel(p: TargetProfile): string {
  if (p.libc.flavor === 'none') return 'no C library'
  return `${p.libc.flavor}${p.libc.version ? ` ${p.libc.version}` : ''}`
}

/** Checks one binary's facts against one target profile: gaps (with evidence and fixes) and a verdict. Pure. */
export function checkBinary(facts: InspectedFile, profile: TargetProfile, opts: CheckOptions = {}): CheckResult {
  const target = opts.targetName ?? profile.image
  const name = cap(baseName(facts.path) || facts.path)
  const gaps: AbiGap[] = []
  let uncertain = false
  const result = (): CheckResult => ({
    file: facts.path,
    target,
    verdict: verdictOf(gaps, uncertain),
    gaps,
    profile: {
      source: profile.source,
      libc: { flavor: profile.libc.flavor, version: profile.libc.version },
      confidence: profile.confidence,
    },
  })
  const locate = (symbols: string[], goPackage?: string | string[]) =>
    opts.source ? locateSymbols(opts.source, symbols, goPackage) : undefined

  // Not analysable: say so, never guess.
  if (!facts.elf) {
    gaps.push({
      kind: 'unanalysable',
      severity: 'error',
      message: facts.error
        ? `${name} could not be analysed (${facts.error.code}: ${facts.error.message}); abigap cannot tell whether it runs on ${target}`
        : `${name} is not an ELF executable; abigap checks Linux binaries only`,
      fixes: ['pass the built Linux binary (the output of go build), not a source file, script or archive'],
    })
    uncertain = true
    return { ...result(), verdict: 'unknown' }
  }
  if (facts.error) {
    uncertain = true
    gaps.push({
      kind: 'unanalysable',
      severity: 'warning',
      message: `${name} is partly unreadable (${facts.error.code} at offset ${facts.error.offset ?? '?'}): the facts below may be incomplete`,
      fixes: ['rebuild the binary; a truncated or corrupted file will not run anywhere'],
    })
  }

  // Architecture.
  const arch = archOf(facts.elf)
  if (!arch) uncertain = true
  else if (!profile.arch.includes(arch)) {
    gaps.push({
      kind: 'arch-mismatch',
      severity: 'error',
      message: `${name} is built for ${arch} (${facts.elf.machine}) but ${target} is ${profile.arch.join('/')}: the kernel refuses it ("exec format error") unless qemu emulation is installed`,
      fixes: [
        FIX.goarch(profile.arch[0]),
        `or check against the ${arch} variant of the image (--platform linux/${arch})`,
      ],
    })
    return result()
  }

  const isStatic =
    facts.linkage === 'static' ||
    facts.linkage === 'static-pie' ||
    (facts.interpreter === null && facts.needed.length === 0)
  if (isStatic) {
    staticNss(facts, profile, target, name, opts.staticNssSymbols ?? [], gaps, locate)
  } else {
    uncertain = dynamicChecks(facts, profile, target, name, gaps, locate) || uncertain
  }
  kernelFloor(facts, profile, target, name, gaps)
  isaLevel(facts, profile, target, name, gaps)

  // A low-confidence profile decides nothing for a binary that depends on the target's libc.
  if (profile.confidence === 'low' && !isStatic) uncertain = true
  return result()
}

/** incompatible on any error; unknown when uncertain and no error; else compatible. */
function verdictOf(gaps: AbiGap[], uncertain: boolean): Verdict {
  if (gaps.some((g) => g.severity === 'error')) return 'incompatible'
  return uncertain ? 'unknown' : 'compatible'
}

type Locate = (symbols: string[], goPackage?: string | string[]) => AbiGap['locations']

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

/** Loader, libraries, symbol versions. Returns true when the answer depends on facts the profile lacks. */
function dynamicChecks(
  facts: InspectedFile,
  profile: TargetProfile,
  target: string,
  name: string,
  gaps: AbiGap[],
  locate: Locate,
): boolean {
  let uncertain = false
  const interp = facts.interpreter === null ? null : cap(facts.interpreter)
  const binFlavor = interp
    ? loaderFlavor(interp)
    : facts.libc === 'musl'
      ? 'musl'
      : facts.libc === 'glibc'
        ? 'glibc'
        : 'other'
  const cgo = isGoCgo(facts)

  // Loader.
  if (interp) {
    const present = profile.loaders.includes(interp) || loaderInLibraries(profile, interp)
    if (!present) {
      const fixes: string[] = []
      if (binFlavor === 'glibc') {
        if (cgo || facts.go) fixes.push(FIX.cgoOff, FIX.muslStatic)
        if (profile.libc.flavor === 'musl')
          fixes.push(
            'or install glibc compatibility on Alpine (apk add gcompat) — partial, not recommended for production',
          )
        fixes.push(FIX.glibcImage)
      } else if (binFlavor === 'musl') {
        if (facts.go) fixes.push(FIX.cgoOff)
        fixes.push(FIX.muslStatic, 'run it on a musl image (alpine:3.20 or newer)', FIX.muslImage)
      } else fixes.push('link statically, or run it on an image that has this loader')
      const what =
        profile.libc.flavor === 'none'
          ? `${target} has no C library at all`
          : `${target} is a ${libcLabel(profile)} image${profile.libc.flavor === binFlavor ? ' without that loader' : ''}`
      gaps.push({
        kind: 'missing-loader',
        severity: 'error',
        message:
          `${name} is a dynamically linked ${binFlavor === 'other' ? '' : `${binFlavor} `}binary that needs the loader ${interp}, but ${what}. ` +
          `The kernel cannot start it and reports "exec ${name}: no such file or directory" — the missing file is the loader, not ${name}.`,
        library: interp,
        fixes,
      })
      return uncertain
    }
    if (binFlavor === 'glibc' && profile.libc.flavor === 'musl') {
      // A glibc loader path on a musl image: gcompat's shim, not glibc.
      gaps.push({
        kind: 'libc-flavor',
        severity: 'warning',
        message: `${name} is built for glibc but ${target} is a ${libcLabel(profile)} image whose ${interp} is a compatibility shim (gcompat): expect missing symbols or subtle behaviour differences`,
        fixes: [FIX.cgoOff, FIX.muslStatic],
      })
    } else if (binFlavor === 'musl' && profile.libc.flavor === 'glibc') {
      gaps.push({
        kind: 'libc-flavor',
        severity: 'notice',
        message: `${name} is built for musl; ${target} is a ${libcLabel(profile)} image that also has the musl loader ${interp}, so it starts, but it finds only musl libraries in /lib, /usr/local/lib and /usr/lib`,
        fixes: [FIX.muslStatic, 'run it on a musl image (alpine:3.20 or newer)'],
      })
    }
  }

  // Needed libraries.
  const family = packageFamily(profile.distro?.id)
  const missing = new Set<string>()
  for (const rawName of facts.needed) {
    const soname = cap(rawName)
    if (binFlavor === 'musl' && MUSL_BUILTIN.test(soname)) continue
    if (profile.loaders.some((l) => baseName(l) === soname)) continue
    const found = findLibrary(profile, rawName)
    if (found && (binFlavor !== 'musl' || !profile.librariesComplete || found.dirs.some((d) => MUSL_DIRS.has(d))))
      continue
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
    if (!profile.librariesComplete && !(hint && hint.inBase === false)) {
      // Embedded profiles list only the core libraries: an unknown library may still be there.
      uncertain = true
      gaps.push({
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
    gaps.push({
      kind: 'missing-library',
      severity: 'error',
      message: `${name} needs ${soname}, which ${target} does not have${profile.librariesComplete ? '' : ' in its base image'}: the loader stops with "error while loading shared libraries: ${soname}: cannot open shared object file" (exit 127)`,
      library: soname,
      fixes,
    })
  }
  if (facts.needed.length && (facts.runpath.length || facts.rpath.length) && missing.size) {
    for (const g of gaps)
      if (g.kind === 'missing-library' && g.severity === 'error')
        g.message += ` (unless it is shipped beside the binary via RUNPATH ${cap([...facts.runpath, ...facts.rpath].join(':'))})`
  }

  // Symbol versions (musl's loader ignores symbol versions).
  if (binFlavor === 'musl') return uncertain
  for (const need of facts.versionNeeds) {
    if (missing.has(need.file)) continue
    const lib = findLibrary(profile, need.file)
    if (!lib) continue
    if (!lib.versions.length) {
      if (profile.librariesComplete && need.versions.length) {
        gaps.push({
          kind: 'symbol-version',
          severity: 'warning',
          message: `${name} expects versioned symbols from ${cap(need.file)}, but ${target}'s copy defines no versions: the loader warns "no version information available" and the program may fail on a missing symbol`,
          library: cap(need.file),
          fixes: [`use the same build of ${cap(need.file)} as at link time`],
        })
      } else if (
        !profile.librariesComplete &&
        !/^(libc|libm|libpthread|libdl|librt|libresolv|libutil|libanl)\.so/.test(need.file)
      ) {
        uncertain = true
      }
      continue
    }
    const have = new Set(lib.versions)
    const absent = need.versions.filter((v) => !have.has(v.name) && !coveredByRelease(v.name, profile, need.file))
    if (!absent.length) continue
    // GLIBC_PRIVATE exists in every glibc but binds to one exact build: never a release question.
    const hard = absent.filter((v) => !v.weak && v.name !== 'GLIBC_PRIVATE')
    const soft = absent.filter((v) => v.weak || v.name === 'GLIBC_PRIVATE')
    for (const [list, severity] of [
      [hard, 'error'],
      [soft, 'warning'],
    ] as const) {
      if (!list.length) continue
      const versions = list.map((v) => cap(v.name)).sort((a, b) => compareNodes(a, b))
      const top = versions[versions.length - 1]
      const symbols = [
        ...new Set(
          facts.dynamicSymbols
            .filter((s) => !s.defined && s.version && list.some((v) => v.name === s.version))
            .map((s) => s.name),
        ),
      ]
      const pkg = dominantPackage(symbols)
      const shown = symbols.slice(0, MAX_SYMBOLS).map((x) => cap(x))
      // runtime/cgo symbols in a program that never imports "C": cgo came in through net / os/user.
      const users = pkg?.goPackage === 'runtime/cgo' ? cgoUsers(facts) : []
      const why = users.length ? `${pkg?.why}, present because ${users.join(' and ')} use cgo` : pkg?.why
      const where = users.length ? ['runtime/cgo', ...users] : pkg?.goPackage
      gaps.push({
        kind: 'symbol-version',
        severity,
        message: versionMessage(
          name,
          cap(need.file),
          versions,
          shown,
          symbols.length,
          lib,
          profile,
          target,
          severity === 'warning',
          why,
        ),
        library: cap(need.file),
        version: top,
        symbols: shown,
        ...(pkg ? { goPackage: pkg.goPackage } : {}),
        ...withLocations(locate(symbols, where)),
        fixes: versionFixes(need.file, profile, users.length ? users[0] : pkg?.goPackage, cgo || !!facts.go),
      })
    }
  }
  return uncertain
}

function withLocations(locs: AbiGap['locations']): { locations?: AbiGap['locations'] } {
  return locs && locs.length ? { locations: locs } : {}
}

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

/** A loader at a non-standard path, present in a complete library listing. */
function loaderInLibraries(profile: TargetProfile, interp: string): boolean {
  if (!profile.librariesComplete) return false
  const dir = interp.slice(0, interp.lastIndexOf('/')) || '/'
  const lib = findLibrary(profile, baseName(interp))
  return !!lib && lib.dirs.includes(dir)
}

function versionMessage(
  name: string,
  file: string,
  versions: string[],
  symbols: string[],
  total: number,
  lib: ProfileLibrary,
  profile: TargetProfile,
  target: string,
  weak: boolean,
  why: string | undefined,
): string {
  const top = versions[versions.length - 1]
  const p = parseNode(top)
  const has = lib.versions
    .filter((v) => parseNode(v).family === p.family && parseNode(v).numbers)
    .sort(compareNodes)
    .pop()
  let what: string
  if (p.family === 'GLIBC' && p.numbers)
    what = `glibc ≥ ${p.numbers.join('.')}, but ${target} has glibc ${profile.libc.version ?? '?'}`
  else if (p.family === 'GLIBCXX' || p.family === 'CXXABI')
    what = `a libstdc++ with ${top} (a newer GCC than ${target}'s, whose newest is ${has ?? 'unknown'})`
  else if (p.family === 'GCC')
    what = `a libgcc_s with ${top} (newer GCC runtime than ${target}'s ${has ?? ''})`.replace(/ \)/, ')')
  else what = `${file} with ${top}, which ${target}'s copy does not define`
  const syms = symbols.length
    ? `; needed by ${symbols.join(', ')}${total > symbols.length ? ` and ${total - symbols.length} more` : ''}`
    : ''
  const via = why ? ` (pulled in by ${why})` : ''
  const outcome = weak
    ? 'the need is weak, so the loader starts it, but those functions are missing at run time'
    : `the loader stops with "version \`${top}' not found (required by ${name})"`
  return `${name} needs ${what}${syms}${via}: ${outcome}`
}

function versionFixes(file: string, profile: TargetProfile, goPackage: string | undefined, isGo: boolean): string[] {
  const fixes: string[] = []
  if (goPackage === 'net' || goPackage === 'os/user') fixes.push(FIX.netgo)
  if (file === 'libstdc++.so.6' || file === 'libgcc_s.so.1') {
    fixes.push(FIX.staticLibstdcxx, `or build with the GCC of ${profile.image} (an older builder image)`)
    return fixes
  }
  if (profile.libc.flavor === 'glibc') fixes.push(olderBuilderFix(profile.libc.version))
  if (isGo) fixes.push(FIX.cgoOff)
  fixes.push(FIX.muslStatic)
  return fixes
}

/** Static glibc binaries that resolve names or users load the same glibc's NSS modules at run time. */
function staticNss(
  facts: InspectedFile,
  profile: TargetProfile,
  target: string,
  name: string,
  found: string[],
  gaps: AbiGap[],
  locate: Locate,
): void {
  if (facts.libc !== 'glibc') return
  const nss = new Set<string>(NSS_SYMBOLS)
  const symbols = [...new Set(found.filter((s) => nss.has(s)))]
  if (!symbols.length) return
  const pkg = dominantPackage(symbols)
  const sameGlibc = profile.libc.flavor === 'glibc'
  gaps.push({
    kind: 'static-nss',
    severity: 'warning',
    message:
      `${name} is statically linked against glibc but calls ${symbols.slice(0, 6).join(', ')}${pkg ? ` (${pkg.why})` : ''}: glibc still loads NSS modules (libnss_*.so.2) of the glibc it was built with at run time. ` +
      (sameGlibc
        ? `${target} has glibc ${profile.libc.version ?? '?'}: unless it is the exact same glibc, host/user lookups can fail or crash`
        : `${target} has ${libcLabel(profile)}: lookups beyond /etc/hosts and /etc/passwd files silently fail`),
    symbols: symbols.slice(0, MAX_SYMBOLS),
    ...(pkg ? { goPackage: pkg.goPackage } : {}),
    ...withLocations(locate(symbols, pkg?.goPackage)),
    fixes: [FIX.netgo, FIX.cgoOff, FIX.muslStatic],
  })
}

function kernelFloor(facts: InspectedFile, profile: TargetProfile, target: string, name: string, gaps: AbiGap[]): void {
  const need = facts.abiTag?.kernel
  if (!need || !profile.kernel || compareVersions(need, profile.kernel) <= 0) return
  gaps.push({
    kind: 'kernel-floor',
    severity: 'warning',
    message: `${name} declares it needs Linux ≥ ${need} (ELF ABI note), but ${target}'s default kernel is ${profile.kernel}: on such hosts it fails with "FATAL: kernel too old" (containers use the host's kernel, not the image's)`,
    version: need,
    fixes: [olderBuilderFix(null), 'run it on hosts with a newer kernel'],
  })
}

function isaLevel(facts: InspectedFile, profile: TargetProfile, target: string, name: string, gaps: AbiGap[]): void {
  if (!profile.arch.includes('amd64') || facts.elf?.machine.toLowerCase().includes('x86-64') !== true) return
  const goamd64 = facts.go?.settings.GOAMD64
  const fromGo = goamd64 && /^v[1-4]$/.test(goamd64) ? Number(goamd64.slice(1)) : null
  const need = Math.max(facts.x86IsaLevel ?? 1, fromGo ?? 1)
  const baseline = profile.x86IsaBaseline ?? 1
  if (need <= baseline) return
  const src = fromGo === need ? `GOAMD64=v${need}` : 'the x86 ISA note'
  gaps.push({
    kind: 'isa-level',
    severity: 'warning',
    message: `${name} requires x86-64-v${need} CPUs (${src}), but ${target} supports hardware down to x86-64-v${baseline}: on older CPUs it dies with SIGILL (illegal instruction)`,
    version: `x86-64-v${need}`,
    fixes: [FIX.goamd64(baseline)],
  })
}
