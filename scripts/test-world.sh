#!/usr/bin/env bash
# Sets up abigap's offline test world, idempotently: Docker engine, Go and C toolchains (glibc, musl, cross),
# QEMU binfmt, and the local images the integration suite runs against (no registry needed).
# Runs as root on Debian 12 without systemd; fast (< 1 s) when everything is already there; fails loudly.
# Usage: scripts/test-world.sh [--no-images]
# Env: ABIGAP_DEBIAN_MIRROR (debootstrap mirror), ABIGAP_WORLD_CACHE (work dir), ABIGAP_DOCKER_ROOT (dockerd data root).
set -euo pipefail

log() { printf '[test-world] %s\n' "$*" >&2; }
die() { printf '[test-world] ERROR: %s\n' "$*" >&2; exit 1; }
MIRROR="${ABIGAP_DEBIAN_MIRROR:-}" # empty: debootstrap's own default mirror
CACHE="${ABIGAP_WORLD_CACHE:-/var/cache/abigap-world}"
DOCKER_ROOT="${ABIGAP_DOCKER_ROOT:-/var/lib/abigap-docker}"
[ "$(id -u)" = 0 ] || die "must run as root (installs packages, starts dockerd, registers binfmt)"
mkdir -p "$CACHE"

# One setup at a time: CI, tests and benchmarks may all call this script.
exec 9>"$CACHE/.lock"
command -v flock >/dev/null 2>&1 && { flock -w 1800 9 || die "another test-world.sh held the lock for 30 minutes"; }

# ---------- packages ----------
need_pkgs=()
for pair in dockerd:docker.io docker:docker.io go:golang-go musl-gcc:musl-tools gcc:gcc g++:g++ \
  debootstrap:debootstrap readelf:binutils eu-readelf:elfutils hyperfine:hyperfine \
  qemu-aarch64-static:qemu-user-static aarch64-linux-gnu-gcc:gcc-aarch64-linux-gnu ip:iproute2; do
  command -v "${pair%%:*}" >/dev/null 2>&1 || need_pkgs+=("${pair#*:}")
done
for f in /usr/lib/x86_64-linux-musl/libc.so:musl /usr/aarch64-linux-gnu/lib/libc.so.6:libc6-arm64-cross \
  /usr/s390x-linux-gnu/lib/libc.so.6:libc6-s390x-cross /usr/powerpc64-linux-gnu/lib/libc.so.6:libc6-ppc64-cross \
  /usr/arm-linux-gnueabihf/lib/libc.so.6:libc6-armhf-cross /usr/mips-linux-gnu/lib/libc.so.6:libc6-mips-cross \
  /usr/aarch64-linux-gnu/include/stdio.h:libc6-dev-arm64-cross /usr/lib32/libc.so.6:libc6-i386 /usr/lib/x86_64-linux-gnu/libsqlite3.so.0:libsqlite3-0 \
  /usr/include/sqlite3.h:libsqlite3-dev /bin/busybox:busybox-static; do
  [ -e "${f%%:*}" ] || need_pkgs+=("${f#*:}")
done
# the musl and no-libc roots need a *static* busybox (the `busybox` package is dynamic)
if [ -e /bin/busybox ] && readelf -l /bin/busybox 2>/dev/null | grep -q 'program interpreter'; then
  need_pkgs+=(busybox-static)
fi
if [ ${#need_pkgs[@]} -gt 0 ]; then
  mapfile -t need_pkgs < <(printf '%s\n' "${need_pkgs[@]}" | sort -u)
  log "installing: ${need_pkgs[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq || die "apt-get update failed"
  apt-get install -y -qq --no-install-recommends "${need_pkgs[@]}" >"$CACHE/apt.log" 2>&1 ||
    { tail -20 "$CACHE/apt.log" >&2; die "apt-get install ${need_pkgs[*]} failed"; }
fi
readelf -l /bin/busybox | grep -q 'program interpreter' && die "/bin/busybox is dynamic; install busybox-static"

# ---------- binfmt: run arm64 binaries through QEMU, also inside containers (flag F) ----------
BINFMT=/proc/sys/fs/binfmt_misc
if [ ! -e "$BINFMT/qemu-aarch64" ]; then
  [ -e "$BINFMT/register" ] || mount -t binfmt_misc binfmt_misc "$BINFMT" ||
    die "cannot mount binfmt_misc (set up QEMU binfmt on the host, e.g. docker/setup-qemu-action)"
  conf=/usr/lib/binfmt.d/qemu-aarch64.conf
  if command -v update-binfmts >/dev/null 2>&1 && [ -e /usr/share/binfmts/qemu-aarch64 ]; then
    update-binfmts --enable qemu-aarch64 || die "update-binfmts --enable qemu-aarch64 failed"
  elif [ -e "$conf" ]; then
    grep -v '^#' "$conf" | head -1 >"$BINFMT/register" || die "cannot register $conf with binfmt_misc"
  else
    die "no binfmt description for qemu-aarch64 (qemu-user-static missing?)"
  fi
  [ -e "$BINFMT/qemu-aarch64" ] || die "qemu-aarch64 binfmt did not register"
fi

# ---------- Docker engine ----------
docker_ok() { docker version >/dev/null 2>&1; }
if ! docker_ok; then
  log "starting dockerd (data root $DOCKER_ROOT)"
  mkdir -p "$DOCKER_ROOT"
  # a stale pid file from a killed dockerd makes the new one refuse to start
  if [ -e /var/run/docker.pid ] && ! kill -0 "$(cat /var/run/docker.pid)" 2>/dev/null; then rm -f /var/run/docker.pid; fi
  nohup dockerd --data-root "$DOCKER_ROOT" >/var/log/abigap-dockerd.log 2>&1 9>&- &  # 9>&-: not holding our lock
  for _ in $(seq 1 60); do docker_ok && break; sleep 1; done
  docker_ok || { tail -20 /var/log/abigap-dockerd.log >&2; die "dockerd did not come up"; }
fi
# The default bridge must exist for builds that need the network (a dockerd started with `--bridge none` on the
# same host deletes docker0). Recreate it from the engine's own network record.
if ! ip link show docker0 >/dev/null 2>&1; then
  subnet=$(docker network inspect bridge -f '{{range .IPAM.Config}}{{.Subnet}}{{end}}' 2>/dev/null || true)
  [ -n "$subnet" ] || die "docker0 is missing and the engine has no bridge network; restart dockerd"
  base=${subnet%/*}
  gateway="${base%.*}.1"
  log "recreating docker0 ($gateway/${subnet#*/})"
  ip link add docker0 type bridge && ip addr add "$gateway/${subnet#*/}" dev docker0 && ip link set docker0 up ||
    die "cannot recreate docker0; restart dockerd"
fi
[ "${1:-}" = "--no-images" ] && exit 0

# ---------- images ----------
have_image() { docker image inspect "$1" >/dev/null 2>&1; }

debian_image() { # suite
  local suite=$1 name=abigap-test/$1:latest dir="$CACHE/$1"
  have_image "$name" && return 0
  log "debootstrap $suite"
  rm -rf "$dir"
  debootstrap --variant=minbase "$suite" "$dir" ${MIRROR:+"$MIRROR"} >"$CACHE/$suite.log" 2>&1 ||
    { tail -20 "$CACHE/$suite.log" >&2; die "debootstrap $suite failed (log: $CACHE/$suite.log)"; }
  rm -rf "$dir/var/cache/apt/archives/"*.deb "$dir/var/lib/apt/lists/"*
  tar -C "$dir" -c . | docker import -c 'CMD ["/bin/bash"]' - "$name" >/dev/null || die "docker import $name failed"
  rm -rf "$dir"
}

busybox_root() { # dir id
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
  tar -C "$dir" -c . | docker import -c 'CMD ["/bin/sh"]' - abigap-test/musl:latest >/dev/null || die "docker import musl failed"
  rm -rf "$dir"
}

nolibc_image() {
  have_image abigap-test/nolibc:latest && return 0
  log "building libc-less root"
  local dir; dir=$(mktemp -d)
  busybox_root "$dir" abigap-nolibc
  tar -C "$dir" -c . | docker import -c 'CMD ["/bin/sh"]' - abigap-test/nolibc:latest >/dev/null || die "docker import nolibc failed"
  rm -rf "$dir"
}

builder_image() { # suite
  local name=abigap-test/builder-$1:latest
  have_image "$name" && return 0
  log "building Go builder on $1"
  printf 'FROM abigap-test/%s:latest\nRUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends golang-go gcc g++ libc6-dev musl-tools ca-certificates && rm -rf /var/lib/apt/lists/*\n' "$1" |
    docker build -q -t "$name" - >"$CACHE/builder-$1.log" 2>&1 ||
    { tail -20 "$CACHE/builder-$1.log" >&2; die "docker build $name failed (log: $CACHE/builder-$1.log)"; }
}

arm64_glibc_image() { # an arm64 glibc root (Debian's libc6-arm64-cross, glibc 2.36) for targets run through QEMU
  local name=abigap-test/arm64-glibc:latest
  [ "$(docker image inspect -f '{{.Architecture}}' "$name" 2>/dev/null)" = arm64 ] && return 0
  log "building arm64 glibc root"
  local dir f src=/usr/aarch64-linux-gnu/lib; dir=$(mktemp -d)
  mkdir -p "$dir/root/lib/aarch64-linux-gnu" "$dir/root/etc" "$dir/root/tmp"
  for f in ld-linux-aarch64.so.1 libc.so.6 libm.so.6 libpthread.so.0 libdl.so.2 librt.so.1 libresolv.so.2 \
    libnss_files.so.2 libnss_dns.so.2 libutil.so.1 libanl.so.1 libgcc_s.so.1 libstdc++.so.6; do
    cp -L "$src/$f" "$dir/root/lib/aarch64-linux-gnu/$f" || die "missing $src/$f (libc6-arm64-cross)"
  done
  ln -s aarch64-linux-gnu/ld-linux-aarch64.so.1 "$dir/root/lib/ld-linux-aarch64.so.1"
  printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n' >"$dir/root/etc/passwd"
  printf 'root:x:0:\nnogroup:x:65534:\n' >"$dir/root/etc/group"
  printf '127.0.0.1 localhost\n' >"$dir/root/etc/hosts"
  printf 'NAME="abigap arm64 glibc root"\nID=abigap-arm64-glibc\nVERSION_ID=1\n' >"$dir/root/etc/os-release"
  printf 'FROM scratch\nCOPY root/ /\n' >"$dir/Dockerfile"
  DOCKER_BUILDKIT=0 docker build -q --platform linux/arm64 -t "$name" "$dir" >"$CACHE/arm64-glibc.log" 2>&1 ||
    { tail -20 "$CACHE/arm64-glibc.log" >&2; die "docker build $name failed"; }
  rm -rf "$dir"
  [ "$(docker image inspect -f '{{.Architecture}}' "$name")" = arm64 ] || die "$name is not arm64"
}

# wait for every background job and fail if any failed (`wait a b c` reports only the last one's status)
wait_all() {
  local failed=0 pid
  for pid in "$@"; do wait "$pid" || failed=1; done
  [ "$failed" = 0 ] || die "an image build failed (see above)"
}

pids=()
for suite in bullseye bookworm trixie; do debian_image "$suite" & pids+=($!); done
musl_image
nolibc_image
arm64_glibc_image
wait_all "${pids[@]}"
pids=()
for suite in trixie bullseye; do builder_image "$suite" & pids+=($!); done
wait_all "${pids[@]}"
bash "$(dirname "$0")/world/truth.sh" # symbol-presence images (sqlite releases, glibc-compat musl)

bash "$(dirname "$0")/world/sandbox-image.sh"

missing=()
for img in bullseye bookworm trixie musl nolibc arm64-glibc builder-trixie builder-bullseye; do
  have_image "abigap-test/$img:latest" || missing+=("abigap-test/$img")
done
[ ${#missing[@]} -eq 0 ] || die "images missing after setup: ${missing[*]}"
ABIGAP_WORLD_CACHE="$CACHE" bash "$(dirname "$0")/world/registry.sh"
ABIGAP_WORLD_CACHE="$CACHE" bash "$(dirname "$0")/world/podman.sh"
ABIGAP_WORLD_CACHE="$CACHE" bash "$(dirname "$0")/world/engines.sh"
log "ready: 8 images, $(docker version -f '{{.Server.Version}}'), binfmt qemu-aarch64 $(head -1 "$BINFMT/qemu-aarch64")"
