#!/usr/bin/env bash
# The benchmark world's real-size binaries: Debian's own builds of Go programs, fetched as .deb with
# `apt-get download` (the machine's configured mirror; nothing is installed) and unpacked with dpkg-deb -x into a
# cache directory. Idempotent and fast when done; called by scripts/bench.sh, never by the test suite.
# Prints the directory holding the executables (one per package) on stdout.
set -euo pipefail

log() { printf '[bench-world] %s\n' "$*" >&2; }
die() { printf '[bench-world] ERROR: %s\n' "$*" >&2; exit 1; }
CACHE="${ABIGAP_BENCH_CACHE:-${ABIGAP_WORLD_CACHE:-/var/cache/abigap-world}/bench}"
# package → the executable it ships (all Go programs, 4–60 MB each)
PROGRAMS=(
  age:usr/bin/age
  buildah:usr/bin/buildah
  fzf:usr/bin/fzf
  git-lfs:usr/bin/git-lfs
  gocryptfs:usr/bin/gocryptfs
  hugo:usr/bin/hugo
  podman:usr/bin/podman
  restic:usr/bin/restic
  runc:usr/sbin/runc
  skopeo:usr/bin/skopeo
  umoci:usr/bin/umoci
)
BIN="$CACHE/bin"
mkdir -p "$CACHE/debs" "$CACHE/roots" "$BIN"
command -v dpkg-deb >/dev/null || die "dpkg-deb is missing"

missing=()
for p in "${PROGRAMS[@]}"; do [ -x "$BIN/${p%%:*}" ] || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  (
    cd "$CACHE/debs"
    names=()
    for p in "${missing[@]}"; do ls "${p%%:*}"_*.deb >/dev/null 2>&1 || names+=("${p%%:*}"); done
    if [ ${#names[@]} -gt 0 ]; then
      log "apt-get download ${names[*]}"
      apt-get download "${names[@]}" >"$CACHE/download.log" 2>&1 ||
        { apt-get update >/dev/null 2>&1 && apt-get download "${names[@]}" >"$CACHE/download.log" 2>&1; } ||
        { tail -5 "$CACHE/download.log" >&2; die "apt-get download failed"; }
    fi
  )
  for p in "${missing[@]}"; do
    pkg=${p%%:*} exe=${p#*:}
    deb=$(ls "$CACHE/debs/${pkg}"_*.deb | head -1)
    rm -rf "$CACHE/roots/$pkg"
    dpkg-deb -x "$deb" "$CACHE/roots/$pkg"
    [ -f "$CACHE/roots/$pkg/$exe" ] || die "$deb has no $exe"
    ln -f "$CACHE/roots/$pkg/$exe" "$BIN/$pkg" 2>/dev/null || cp "$CACHE/roots/$pkg/$exe" "$BIN/$pkg"
    chmod 0755 "$BIN/$pkg"
  done
  log "unpacked ${#missing[@]} program(s) into $BIN"
fi
echo "$BIN"
