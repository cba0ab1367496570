/** Named target presets: pinned image lists, consistent with the embedded knowledge (distros.tsv, late 2026). */
export const TARGET_PRESETS: Readonly<Record<string, readonly string[]>> = {
  'enterprise-linux': [
    'centos:7',
    'rockylinux:8',
    'almalinux:8',
    'rockylinux:9',
    'almalinux:9',
    'almalinux:10',
    'amazonlinux:2',
    'amazonlinux:2023',
  ],
  'debian-ubuntu-lts': ['debian:11', 'debian:12', 'debian:13', 'ubuntu:20.04', 'ubuntu:22.04', 'ubuntu:24.04'],
  alpine: ['alpine:3.21', 'alpine:3.22', 'alpine:3.23'],
  distroless: [
    'gcr.io/distroless/static-debian12',
    'gcr.io/distroless/base-debian12',
    'gcr.io/distroless/cc-debian12',
    'gcr.io/distroless/static-debian13',
    'gcr.io/distroless/base-debian13',
    'gcr.io/distroless/cc-debian13',
  ],
  /** The local images scripts/test-world.sh builds (offline test world). */
  'abigap-test': [
    'abigap-test/bullseye',
    'abigap-test/bookworm',
    'abigap-test/trixie',
    'abigap-test/musl',
    'abigap-test/nolibc',
  ],
}

/** The preset names, sorted. */
export function presetNames(): string[] {
  return Object.keys(TARGET_PRESETS).sort()
}
