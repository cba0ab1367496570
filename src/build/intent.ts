import type { AbiGap } from '../abi/types.js'
import type { InspectedFile } from '../binary/types.js'
import { archOf } from '../knowledge/arch.js'
import type { PlannedVariant } from '../matrix/types.js'

function gap(message: string, fixes: string[]): AbiGap {
  return { kind: 'toolchain-mismatch', severity: 'error', message, fixes }
}

/**
 * Checks a built binary against the variant's intent (libc flavor, static vs dynamic, CGO_ENABLED, GOARCH); every
 * difference is a toolchain-mismatch gap with the reason and a fix.
 */
export function checkBuildIntent(v: PlannedVariant, f: InspectedFile): AbiGap[] {
  const gaps: AbiGap[] = []
  if (f.error || !f.elf) {
    return [
      {
        kind: 'unanalysable',
        severity: 'error',
        message: `the built file is not a readable ELF binary: ${f.error?.message ?? 'no ELF header'}`,
      },
    ]
  }
  const arch = archOf(f.elf)
  if (arch && arch !== v.arch) {
    gaps.push(
      gap(`${v.name} should be ${v.arch} but the binary is ${f.elf.machine}`, [`check GOARCH and CC for ${v.name}`]),
    )
  }
  const settings = f.go?.settings ?? {}
  if (settings.GOARCH && settings.GOARCH !== v.arch) {
    gaps.push(
      gap(`${v.name} should be GOARCH=${v.arch} but Go built GOARCH=${settings.GOARCH}`, [
        'check GOARCH in env and GOFLAGS',
      ]),
    )
  }
  const cgoSetting = settings.CGO_ENABLED
  if (cgoSetting !== undefined && (cgoSetting === '1') !== v.cgo) {
    gaps.push(
      gap(
        `${v.name} should be built with CGO_ENABLED=${v.cgo ? 1 : 0} but the binary says CGO_ENABLED=${cgoSetting}`,
        v.cgo
          ? ['install a C compiler for this variant (CGO_ENABLED falls back to 0 without one)']
          : ['remove CGO_ENABLED from the environment'],
      ),
    )
  }
  const hasInterp = f.interpreter !== null
  const dynamic = f.linkage === 'dynamic' || hasInterp || f.needed.length > 0
  // the ELF module's one libc inference (loader, needed libraries, versions, notes, Go build info)
  const flavor = f.libc
  const cxx = f.needed.some((n) => /^libstdc\+\+|^libc\+\+/.test(n))
  const cxxHint = cxx ? ' (a C++ part linked with the host g++ pulls in glibc’s libstdc++)' : ''

  if (!v.cgo) {
    if (dynamic) {
      gaps.push(
        gap(
          `${v.name} (CGO_ENABLED=0) came out dynamically linked${hasInterp ? ` with interpreter ${f.interpreter}` : ''}`,
          ['remove -linkmode external from ldflags for pure-Go builds'],
        ),
      )
    }
    return gaps
  }
  if (v.link === 'static' && dynamic) {
    gaps.push(
      gap(
        `${v.name} should be statically linked but ${hasInterp ? `has an interpreter (${f.interpreter})` : 'is dynamically linked'}` +
          (f.needed.length ? ` and needs ${f.needed.join(', ')}` : '') +
          cxxHint,
        ['link with -ldflags \'-linkmode external -extldflags "-static"\'', 'make sure CC/CXX can link statically'],
      ),
    )
  }
  if (v.link === 'dynamic' && !dynamic && f.linkage !== null) {
    gaps.push({
      ...gap(`${v.name} should be dynamically linked against ${v.libc} but came out static`, [
        'remove -extldflags -static from ldflags, or declare the variant with link: static',
      ]),
      severity: 'warning',
    })
  }
  if (v.libc === 'musl' && flavor === 'glibc') {
    gaps.push(
      gap(
        `${v.name} should be linked against musl but came out linked against glibc${dynamic ? ` (interpreter ${f.interpreter ?? 'none'}, needs ${f.needed.join(', ') || 'nothing'})` : ' (glibc start files and ABI note)'}${cxxHint}`,
        cxx
          ? [
              'set CXX to a musl C++ compiler (e.g. x86_64-linux-musl-g++) or build this variant in an Alpine builder image',
            ]
          : ['set CC=musl-gcc (and CXX to a musl C++ compiler) or build this variant in an Alpine builder image'],
      ),
    )
  }
  if (v.libc === 'glibc' && flavor === 'musl') {
    gaps.push(
      gap(`${v.name} should be linked against glibc but came out linked against musl`, [
        'unset CC=musl-gcc for this variant',
      ]),
    )
  }
  return gaps
}
