import { embeddedProfiles } from '../knowledge/index.js'
import { compareVersions } from '../knowledge/versions.js'

/** Fix texts, one per cause, worded as commands a Go team can paste. */
export const FIX = {
  cgoOff:
    'build without cgo if the program needs no C code: CGO_ENABLED=0 go build (a static binary that needs no libc)',
  netgo: "keep cgo but use Go's own DNS resolver and user lookup: go build -tags netgo,osusergo",
  muslStatic:
    'link statically against musl: CGO_ENABLED=1 CC=musl-gcc go build -ldflags \'-linkmode external -extldflags "-static"\'',
  glibcImage: 'run it on an image that has glibc (e.g. debian:12-slim, gcr.io/distroless/base-debian12, ubuntu:24.04)',
  muslImage:
    'or build it for glibc: a glibc builder (golang:<version>-bookworm) instead of musl-gcc / golang:<version>-alpine',
  goamd64: (level: number) => `build for the target's baseline: GOAMD64=v${level} go build (the default is v1)`,
  goarch: (arch: string) =>
    `build for the target's architecture: GOARCH=${arch} go build (or pick the ${arch} image variant with --platform)`,
  staticLibstdcxx: 'link the C++ runtime statically: -extldflags "-static-libstdc++ -static-libgcc"',
} as const

const BUILDERS: [string, string][] = [
  ['centos:7', 'a centos:7 / quay.io/pypa/manylinux2014-based builder'],
  ['debian:buster', 'a debian:buster-based builder (golang:<version>-buster)'],
  ['almalinux:8', 'an almalinux:8 / rockylinux:8-based builder'],
  ['debian:bullseye', 'a debian:bullseye-based builder (golang:<version>-bullseye)'],
  ['almalinux:9', 'an almalinux:9-based builder'],
  ['ubuntu:22.04', 'an ubuntu:22.04-based builder'],
  ['debian:bookworm', 'a debian:bookworm-based builder (golang:<version>-bookworm)'],
  ['ubuntu:24.04', 'an ubuntu:24.04-based builder'],
  ['debian:trixie', 'a debian:trixie-based builder (golang:<version>-trixie)'],
]

let knownGlibc: Map<string, string | null> | null = null

/** The newest builder abigap knows whose glibc is ≤ `glibc` (the target's), with its glibc; null when none is. */
export function builderFor(glibc: string): { image: string; text: string; glibc: string } | null {
  const known = (knownGlibc ??= new Map(embeddedProfiles().map((p) => [p.image, p.libc.version])))
  let pick: { image: string; text: string; glibc: string } | null = null
  for (const [image, text] of BUILDERS) {
    const v = known.get(image)
    if (v && compareVersions(v, glibc) <= 0) pick = { image, text, glibc: v }
  }
  return pick
}

/** "Build in an older builder image" with the newest known builder whose glibc is ≤ `glibc` (the target's). */
export function olderBuilderFix(glibc: string | null): string {
  if (!glibc)
    return "build in a builder image whose glibc is not newer than the target's (glibc is forward- but not backward-compatible)"
  const pick = builderFor(glibc)
  if (!pick)
    return `build against glibc ≤ ${glibc} (older than every builder abigap knows: use a cross toolchain or a sysroot of the target)`
  return `build in an older builder image whose glibc is ≤ ${glibc}: e.g. ${pick.text} (glibc ${pick.glibc})`
}
