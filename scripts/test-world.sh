#!/usr/bin/env bash
# Sets up abigap's offline test world, idempotently: Docker engine, Go and C toolchains (glibc, musl, cross),
# QEMU binfmt, and the local images the integration suite runs against (no registry needed).
# Fast when everything is already there. Usage: scripts/test-world.sh [--no-images]
set -euo pipefail

log() { printf '[test-world] %s\n' "$*" >&2; }
MIRROR="${ABIGAP_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
CACHE="${ABIGAP_WORLD_CACHE:-/var/cache/abigap-world}"
mkdir -p "$CACHE"

need_pkgs=()
for pair in dockerd:docker.io go:golang-go musl-gcc:musl-tools gcc:gcc g++:g++ debootstrap:debootstrap \
  readelf:binutils eu-readelf:elfutils hyperfine:hyperfine qemu-aarch64-static:qemu-user-static \
  aarch64-linux-gnu-gcc:gcc-aarch64-linux-gnu busybox:busybox-static; do
  command -v "${pair%%:*}" >/dev/null 2>&1 || need_pkgs+=("${pair#*:}")
done
for f in /usr/lib/x86_64-linux-musl/libc.so:musl /usr/aarch64-linux-gnu/lib/libc.so.6:libc6-arm64-cross \
  /usr/s390x-linux-gnu/lib/libc.so.6:libc6-s390x-cross /usr/powerpc64-linux-gnu/lib/libc.so.6:libc6-ppc64-cross \
  /usr/arm-linux-gnueabihf/lib/libc.so.6:libc6-armhf-cross /usr/mips-linux-gnu/lib/libc.so.6:libc6-mips-cross \
  /usr/lib32/libc.so.6:libc6-i386 /usr/lib/x86_64-linux-gnu/libsqlite3.so.0:libsqlite3-0 \
  /usr/include/sqlite3.h:libsqlite3-dev; do
  [ -e "${f%%:*}" ] || need_pkgs+=("${f#*:}")
done
if [ ${#need_pkgs[@]} -gt 0 ]; then
  log "installing: ${need_pkgs[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need_pkgs[@]}" >/dev/null
fi

# binfmt for arm64 (flag F so it works inside containers)
if [ ! -e /proc/sys/fs/binfmt_misc/qemu-aarch64 ]; then
  [ -e /proc/sys/fs/binfmt_misc/register ] || mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc 2>/dev/null || true
  command -v update-binfmts >/dev/null && update-binfmts --enable qemu-aarch64 2>/dev/null || true
fi

# Docker engine
DOCKER=/usr/bin/docker
[ -x "$DOCKER" ] || DOCKER=docker
if ! "$DOCKER" version >/dev/null 2>&1; then
  log "starting dockerd"
  mkdir -p /var/lib/abigap-docker
  nohup dockerd --data-root /var/lib/abigap-docker >/var/log/abigap-dockerd.log 2>&1 &
  for _ in $(seq 1 60); do "$DOCKER" version >/dev/null 2>&1 && break; sleep 1; done
  "$DOCKER" version >/dev/null 2>&1 || { log "dockerd did not come up:"; tail -20 /var/log/abigap-dockerd.log >&2; exit 1; }
fi
[ "${1:-}" = "--no-images" ] && exit 0

have_image() { "$DOCKER" image inspect "$1" >/dev/null 2>&1; }

debian_image() { # suite
  local suite=$1 name=abigap-test/$1:latest dir="$CACHE/$1"
  have_image "$name" && return 0
  log "debootstrap $suite"
  rm -rf "$dir"
  debootstrap --variant=minbase "$suite" "$dir" "$MIRROR" >"$CACHE/$suite.log" 2>&1 || { tail -20 "$CACHE/$suite.log" >&2; exit 1; }
  rm -rf "$dir/var/cache/apt/archives/"*.deb "$dir/var/lib/apt/lists/"*
  tar -C "$dir" -c . | "$DOCKER" import -c 'CMD ["/bin/bash"]' - "$name" >/dev/null
  rm -rf "$dir"
}

busybox_root() { # dir
  mkdir -p "$1/bin" "$1/etc" "$1/tmp" "$1/lib"
  cp /bin/busybox "$1/bin/busybox"
  for a in sh ls cat echo true false sleep env id; do ln -sf busybox "$1/bin/$a"; done
  printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n' >"$1/etc/passwd"
  printf 'root:x:0:\nnogroup:x:65534:\n' >"$1/etc/group"
  printf '127.0.0.1 localhost\n' >"$1/etc/hosts"
  printf 'NAME="abigap test root"\nID=%s\nVERSION_ID=1\n' "$2" >"$1/etc/os-release"
}

musl_image() {
  have_image abigap-test/musl:latest && return 0
  log "building musl root"
  local dir; dir=$(mktemp -d)
  busybox_root "$dir" abigap-musl
  cp /usr/lib/x86_64-linux-musl/libc.so "$dir/lib/ld-musl-x86_64.so.1"
  ln -s ld-musl-x86_64.so.1 "$dir/lib/libc.musl-x86_64.so.1"
  tar -C "$dir" -c . | "$DOCKER" import -c 'CMD ["/bin/sh"]' - abigap-test/musl:latest >/dev/null
  rm -rf "$dir"
}

nolibc_image() {
  have_image abigap-test/nolibc:latest && return 0
  log "building libc-less root"
  local dir; dir=$(mktemp -d)
  busybox_root "$dir" abigap-nolibc
  tar -C "$dir" -c . | "$DOCKER" import -c 'CMD ["/bin/sh"]' - abigap-test/nolibc:latest >/dev/null
  rm -rf "$dir"
}

builder_image() { # suite
  local name=abigap-test/builder-$1:latest
  have_image "$name" && return 0
  log "building Go builder on $1"
  printf 'FROM abigap-test/%s:latest\nRUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends golang-go gcc g++ libc6-dev musl-tools ca-certificates && rm -rf /var/lib/apt/lists/*\n' "$1" |
    "$DOCKER" build -q -t "$name" - >/dev/null
}

debian_image bullseye & p1=$!
debian_image bookworm & p2=$!
debian_image trixie & p3=$!
musl_image; nolibc_image
wait $p1 $p2 $p3
builder_image trixie & b1=$!
builder_image bullseye & b2=$!
wait $b1 $b2
log "ready: $("$DOCKER" images --format '{{.Repository}}' | grep -c abigap-test) images"
