#!/usr/bin/env bash
# Extracts what the embedded knowledge base may claim about Debian 11/12/13 and musl from REAL files into
# scripts/knowledge/root-facts.json: the libraries of the debootstrap minbase roots the test world builds
# (images abigap-test/{bullseye,bookworm,trixie}; read with `docker export` of a created, never-started container),
# their version nodes and the exports of their core libraries; and the exported names of real musl libcs (the host's
# Debian `musl` package and the one inside abigap-test/builder-trixie). Needs readelf (binutils), node and Docker with
# those images (scripts/test-world.sh). Then run `node scripts/gen-knowledge.mjs` to regenerate knowledge.json.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
cids=()
cleanup() { for c in "${cids[@]}"; do docker rm "$c" >/dev/null 2>&1 || true; done; rm -rf "$work"; }
trap cleanup EXIT
die() { echo "extract-root-facts: $*" >&2; exit 1; }
for t in docker readelf node; do command -v "$t" >/dev/null || die "$t not found"; done

export_root() { # image dest: the image's filesystem, without running it
  mkdir -p "$2"
  local cid; cid="$(docker create --label abigap-knowledge=extract "$1" /bin/true)" || die "docker create $1 failed"
  cids+=("$cid")
  docker export "$cid" | tar -x -C "$2" --exclude='dev/*' --exclude='proc/*' --exclude='sys/*' || die "docker export $1 failed"
}
musl_version() { # libc.so → "1.2.3" (musl's dynamic linker prints "Version 1.2.3" when run as a program)
  { "$1" 2>&1 || true; } | sed -n 's/^Version \([0-9.]*\).*/\1/p' | head -1
}

args=()
for pair in 11:bullseye 12:bookworm 13:trixie; do
  rel="${pair%%:*}"; suite="${pair#*:}"
  export_root "abigap-test/$suite" "$work/$suite"
  args+=("debian:$rel=$work/$suite=debootstrap --variant=minbase $suite (test-world image abigap-test/$suite)")
done
host_musl=/usr/lib/x86_64-linux-musl/libc.so
[ -e "$host_musl" ] || die "$host_musl missing (apt-get install musl)"
v="$(musl_version "$host_musl")"; [ -n "$v" ] || die "cannot read the musl version of $host_musl"
args+=(--musl "$v=$host_musl=Debian package musl $(dpkg-query -W -f='${Version}' musl 2>/dev/null || echo '?') ($host_musl)")
export_root abigap-test/builder-trixie "$work/builder-trixie"
tm="$work/builder-trixie/usr/lib/x86_64-linux-musl/libc.so"
[ -e "$tm" ] || die "builder-trixie has no $tm"
v="$(musl_version "$tm")"; [ -n "$v" ] || die "cannot read the musl version of builder-trixie's libc.so"
args+=(--musl "$v=$tm=Debian trixie package musl (image abigap-test/builder-trixie, /usr/lib/x86_64-linux-musl/libc.so)")
node "$here/read-root.mjs" "$here/root-facts.json" "${args[@]}"
