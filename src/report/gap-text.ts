// Short human texts for gaps: annotation titles ("needs GLIBC_2.36 — debian:11 has 2.31") and one-word grid reasons.
import type { AbiGap } from '../abi/types.js'
import type { Finding } from './findings.js'
import { truncate } from './escape.js'

/** A short annotation title for a finding (≤ 100 characters). */
export function gapTitle(f: Finding): string {
  const { gap, target } = f
  const where = target ?? f.variant
  const libc = f.cell?.profile.libc
  const lib = gap.library ?? ''
  let title: string
  switch (gap.kind) {
    case 'symbol-version':
      if (gap.version?.startsWith('GLIBC_') && libc?.flavor === 'glibc' && libc.version) {
        title = `needs ${gap.version} (${lib || 'libc'}) — ${where} has glibc ${libc.version}`
      } else title = `needs ${gap.version ?? 'a newer symbol version'}${lib ? ` (${lib})` : ''} — not in ${where}`
      break
    case 'missing-symbol':
      title =
        gap.severity === 'notice'
          ? `cannot tell whether ${where} defines ${gap.symbols?.length ?? 0} symbol(s) — probe the image`
          : `needs ${gap.symbols?.length === 1 ? gap.symbols[0] : `${gap.symbols?.length ?? 0} symbols`}${lib ? ` (${lib})` : ''} — not in ${where}${gap.addedIn ? ` (added in ${gap.addedIn})` : ''}`
      break
    case 'missing-library':
      title = `needs ${lib || 'a shared library'} — not in ${where}`
      break
    case 'missing-loader':
      title = `no loader ${lib || ''} in ${where}`.replace(/ {2}/g, ' ')
      break
    case 'libc-flavor':
      title = `built for ${binaryLibc(f) ?? 'another libc'} — ${where} is ${libc?.flavor === 'none' ? 'libc-free' : (libc?.flavor ?? 'another libc')}`
      break
    case 'arch-mismatch':
      title = `wrong architecture for ${where}`
      break
    case 'kernel-floor':
      title = `needs kernel ${gap.version ?? 'newer'} — ${where}`
      break
    case 'isa-level':
      title = `needs ${gap.version ?? 'a newer x86-64 level'} — ${where} does not guarantee it`
      break
    case 'static-nss':
      title = `static binary uses NSS${gap.goPackage ? ` (${gap.goPackage})` : ''}`
      break
    case 'toolchain-mismatch':
      title = `toolchain mismatch in ${f.variant}`
      break
    case 'build-failed':
      title = `build ${f.variant} failed`
      break
    case 'runtime-disagreement':
      title = `run on ${where} disagrees with the static verdict`
      break
    case 'unanalysable':
      title = `cannot analyse ${f.variant}`
      break
    case 'no-clean-artifact':
      title = /^no build is known/.test(gap.message)
        ? `no build is known to run on ${where}, promised every target`
        : `no build runs ${gap.severity === 'error' ? '' : 'cleanly '}on ${where}, promised every target`
      break
    default:
      title = firstLine(gap.message)
  }
  if (f.promised === false) return `${truncate(firstLine(title), 80)} (not promised: information)`
  return truncate(firstLine(title), 100)
}

/** A one-word-ish reason for grids (GLIBC_2.34, libsqlite3.so.0, no-loader, musl, arch, ...). */
export function gapReason(gap: AbiGap): string {
  switch (gap.kind) {
    case 'symbol-version':
      return gap.version ?? 'symbols'
    case 'missing-symbol':
      return gap.severity === 'notice' ? 'symbols?' : gap.symbols?.length === 1 ? gap.symbols[0] : 'symbols'
    case 'missing-library':
      return gap.library ?? 'library'
    case 'missing-loader':
      return 'no-loader'
    case 'libc-flavor':
      return 'libc-flavor'
    case 'arch-mismatch':
      return 'arch'
    case 'kernel-floor':
      return gap.version ? `kernel≥${gap.version}` : 'kernel'
    case 'isa-level':
      return gap.version ?? 'isa'
    case 'static-nss':
      return 'static-nss'
    case 'toolchain-mismatch':
      return 'toolchain'
    case 'build-failed':
      return 'build-failed'
    case 'runtime-disagreement':
      return 'runtime'
    case 'unanalysable':
      return 'unanalysable'
    case 'no-clean-artifact':
      return 'no-clean-build'
    default:
      return gap.kind
  }
}

/** The message body for an annotation: the gap's message, the symbols, and the fixes. */
export function gapMessage(f: Finding, alsoAffected: string[] = []): string {
  const lines = [f.gap.message.trim()]
  if (f.gap.symbols?.length) {
    const shown = f.gap.symbols.slice(0, 8)
    lines.push(
      `Symbols: ${shown.join(', ')}${f.gap.symbols.length > shown.length ? `, … (${f.gap.symbols.length} in all)` : ''}`,
    )
  }
  if (alsoAffected.length)
    lines.push(`Affects: ${alsoAffected.slice(0, 12).join(', ')}${alsoAffected.length > 12 ? ', …' : ''}`)
  if (f.gap.fixes?.length) lines.push(...f.gap.fixes.slice(0, 4).map((fix) => `Fix: ${fix}`))
  return truncate(lines.join('\n'), 4000)
}

function binaryLibc(f: Finding): string | null {
  const flavor = f.build?.floor?.flavor
  if (flavor && flavor !== 'none') return flavor
  return null
}

function firstLine(text: string): string {
  return (text.split(/\r?\n/)[0] ?? '').trim()
}
