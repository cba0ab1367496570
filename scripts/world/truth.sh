#!/usr/bin/env bash
# Images for the symbol-presence tests (issue 10): Debian releases with libsqlite3 installed, a trixie builder with
# libsqlite3-dev, and a musl root with glibc-compat links (what Alpine's libc6-compat adds: the glibc loader path and
# libc.so.6 & co. pointing at musl). Idempotent; fast when done; needs the base images of scripts/test-world.sh.
set -euo pipefail

log() { printf '[truth-world] %s\n' "$*" >&2; }
die() { printf '[truth-world] ERROR: %s\n' "$*" >&2; exit 1; }
CACHE="${ABIGAP_WORLD_CACHE:-/var/cache/abigap-world}"
mkdir -p "$CACHE"
have_image() { docker image inspect "$1" >/dev/null 2>&1; }

from_with_apt() { # name base packages...
  local name=$1 base=$2
  shift 2
  have_image "$name" && return 0
  have_image "$base" || die "$base is missing (run scripts/test-world.sh first)"
  log "building $name ($*)"
  printf 'FROM %s\nRUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends %s && rm -rf /var/lib/apt/lists/*\n' \
    "$base" "$*" | DOCKER_BUILDKIT=0 docker build -q -t "$name" - >"$CACHE/truth-${name##*/}.log" 2>&1 ||
    { tail -20 "$CACHE/truth-${name##*/}.log" >&2; die "docker build $name failed"; }
}

musl_compat_image() {
  local name=abigap-test/musl-compat:latest
  have_image "$name" && return 0
  have_image abigap-test/musl:latest || die "abigap-test/musl is missing (run scripts/test-world.sh first)"
  log "building $name"
  local bb=/bin/busybox
  printf 'FROM abigap-test/musl:latest\nRUN %s mkdir -p /lib64 && %s ln -s /lib/ld-musl-x86_64.so.1 /lib64/ld-linux-x86-64.so.2 && %s ln -s ld-musl-x86_64.so.1 /lib/ld-linux-x86-64.so.2 && for l in libc.so.6 libm.so.6 libpthread.so.0 libdl.so.2 librt.so.1; do %s ln -s ld-musl-x86_64.so.1 /lib/$l; done\n' \
    "$bb" "$bb" "$bb" "$bb" | DOCKER_BUILDKIT=0 docker build -q -t "$name" - >"$CACHE/truth-musl-compat.log" 2>&1 ||
    { tail -20 "$CACHE/truth-musl-compat.log" >&2; die "docker build $name failed"; }
}

pids=()
from_with_apt abigap-test/bookworm-sqlite:latest abigap-test/bookworm:latest libsqlite3-0 & pids+=($!)
from_with_apt abigap-test/bullseye-sqlite:latest abigap-test/bullseye:latest libsqlite3-0 & pids+=($!)
from_with_apt abigap-test/builder-trixie-sqlite:latest abigap-test/builder-trixie:latest libsqlite3-dev & pids+=($!)
musl_compat_image
failed=0
for p in "${pids[@]}"; do wait "$p" || failed=1; done
[ "$failed" = 0 ] || die "an image build failed (see above)"
for img in bookworm-sqlite bullseye-sqlite builder-trixie-sqlite musl-compat; do
  have_image "abigap-test/$img:latest" || die "abigap-test/$img missing after setup"
done
log "ready: bookworm-sqlite bullseye-sqlite builder-trixie-sqlite musl-compat"
