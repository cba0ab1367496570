// Checks beside the loader's: static glibc NSS, the kernel floor, the x86-64 ISA level.
import { compareVersions } from '../knowledge/versions.js'
import { libcLabel, withLocations, type CheckContext } from './check-context.js'
import { FIX, olderBuilderFix } from './fixes.js'
import { dominantPackage, NSS_SYMBOLS } from './go-packages.js'

const MAX_SYMBOLS = 20

/** Static glibc binaries that resolve names or users load the same glibc's NSS modules at run time. */
export function staticNss(ctx: CheckContext): void {
  const { facts, profile, target, name } = ctx
  if (facts.libc !== 'glibc') return
  const nss = new Set<string>(NSS_SYMBOLS)
  const symbols = [...new Set((ctx.opts.staticNssSymbols ?? []).filter((s) => nss.has(s)))]
  if (!symbols.length) return
  const pkg = dominantPackage(symbols)
  const sameGlibc = profile.libc.flavor === 'glibc'
  ctx.gaps.push({
    kind: 'static-nss',
    severity: 'warning',
    message:
      `${name} is statically linked against glibc but calls ${symbols.slice(0, 6).join(', ')}${pkg ? ` (${pkg.why})` : ''}: glibc still loads NSS modules (libnss_*.so.2) of the glibc it was built with at run time. ` +
      (sameGlibc
        ? `${target} has glibc ${profile.libc.version ?? '?'}: unless it is the exact same glibc, host/user lookups can fail or crash`
        : `${target} has ${libcLabel(profile)}: lookups beyond /etc/hosts and /etc/passwd files silently fail`),
    symbols: symbols.slice(0, MAX_SYMBOLS),
    ...(pkg ? { goPackage: pkg.goPackage } : {}),
    ...withLocations(ctx.locate(symbols, pkg?.goPackage)),
    fixes: [FIX.netgo, FIX.cgoOff, FIX.muslStatic],
  })
}

/** The ELF ABI note's minimum kernel against the distro's default kernel. */
export function kernelFloor(ctx: CheckContext): void {
  const { facts, profile, target, name } = ctx
  const need = facts.abiTag?.kernel
  if (!need || !profile.kernel || compareVersions(need, profile.kernel) <= 0) return
  ctx.gaps.push({
    kind: 'kernel-floor',
    severity: 'warning',
    message: `${name} declares it needs Linux ≥ ${need} (ELF ABI note), but ${target}'s default kernel is ${profile.kernel}: on such hosts it fails with "FATAL: kernel too old" (containers use the host's kernel, not the image's)`,
    version: need,
    fixes: [olderBuilderFix(null), 'run it on hosts with a newer kernel'],
  })
}

/** GOAMD64 / the x86 ISA note against the distro's hardware baseline. */
export function isaLevel(ctx: CheckContext): void {
  const { facts, profile, target, name } = ctx
  if (!profile.arch.includes('amd64') || facts.elf?.machine.toLowerCase().includes('x86-64') !== true) return
  const goamd64 = facts.go?.settings.GOAMD64
  const fromGo = goamd64 && /^v[1-4]$/.test(goamd64) ? Number(goamd64.slice(1)) : null
  const need = Math.max(facts.x86IsaLevel ?? 1, fromGo ?? 1)
  const baseline = profile.x86IsaBaseline ?? 1
  if (need <= baseline) return
  const src = fromGo === need ? `GOAMD64=v${need}` : 'the x86 ISA note'
  ctx.gaps.push({
    kind: 'isa-level',
    severity: 'warning',
    message: `${name} requires x86-64-v${need} CPUs (${src}), but ${target} supports hardware down to x86-64-v${baseline}: on older CPUs it dies with SIGILL (illegal instruction)`,
    version: `x86-64-v${need}`,
    fixes: [FIX.goamd64(baseline)],
  })
}
