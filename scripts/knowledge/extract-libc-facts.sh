#!/usr/bin/env bash
# Extracts version-definition facts from REAL glibc / libstdc++ / libgcc_s / zlib files into scripts/knowledge/libc-facts.json.
# Sources: the host's x86_64 glibc, Debian's cross libcs (libc6-{arm64,armhf,s390x,ppc64,mips}-cross, libc6-i386),
# and the libraries inside the test-world images abigap-test/{bullseye,bookworm,trixie,builder-trixie} (exported with
# docker create + docker cp; nothing runs). Needs readelf (binutils) and Docker with those images (scripts/test-world.sh).
# Then run `node scripts/gen-knowledge.mjs` to regenerate src/knowledge/data/knowledge.json.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

copy_from_image() { # image dest file...
  local image="$1" dest="$2"; shift 2
  mkdir -p "$dest"
  local cid; cid="$(docker create "$image" /bin/true)"
  for f in "$@"; do docker cp -L "$cid:$f" "$dest/$(basename "$f")" 2>/dev/null || true; done
  docker rm "$cid" >/dev/null
}

libs=(libc.so.6 libm.so.6 libpthread.so.0 libdl.so.2 librt.so.1 libresolv.so.2 libutil.so.1 libanl.so.1 libgcc_s.so.1 libstdc++.so.6 libz.so.1)
for img in bullseye bookworm trixie builder-trixie; do
  copy_from_image "abigap-test/$img" "$work/$img" "${libs[@]/#//usr/lib/x86_64-linux-gnu/}"
done

# arch|label|directory
specs=(
  "amd64|debian:bullseye image (glibc 2.31)|$work/bullseye"
  "amd64|debian:bookworm image (glibc 2.36)|$work/bookworm"
  "amd64|debian:trixie image (glibc 2.41)|$work/trixie"
  "amd64|host x86_64-linux-gnu|/lib/x86_64-linux-gnu"
  "amd64|builder-trixie image (GCC 14 runtime)|$work/builder-trixie"
  "arm64|libc6-arm64-cross|/usr/aarch64-linux-gnu/lib"
  "arm|libc6-armhf-cross|/usr/arm-linux-gnueabihf/lib"
  "386|libc6-i386|/usr/lib32"
  "s390x|libc6-s390x-cross|/usr/s390x-linux-gnu/lib"
  "ppc64|libc6-ppc64-cross (big-endian)|/usr/powerpc64-linux-gnu/lib"
  "mips|libc6-mips-cross|/usr/mips-linux-gnu/lib"
)
{
  echo '{ "files": ['
  first=1
  for spec in "${specs[@]}"; do
    IFS='|' read -r arch label dir <<<"$spec"
    for lib in "${libs[@]}"; do
      f="$dir/$lib"; [ -e "$f" ] || continue
      real="$(readlink -f "$f")"
      nodes="$(readelf -W -V "$real" | awk '/^Version definition section/{d=1;next} /^Version needs section/{d=0} d && /Name:/ && !/Flags: BASE/ {for(i=1;i<=NF;i++) if($i=="Name:") printf "\"%s\",", $(i+1)}')"
      release=""
      if [ "$lib" = libc.so.6 ]; then
        release="$(grep -a -o -m1 'release version [0-9][0-9.]*[0-9]' "$real" | head -1 | awk '{print $3}')"
      fi
      [ $first = 1 ] || echo ','
      first=0
      printf '{ "arch": "%s", "origin": "%s", "soname": "%s", "file": "%s", "release": "%s", "nodes": [%s] }' \
        "$arch" "$label" "$lib" "$(basename "$real")" "$release" "${nodes%,}"
    done
  done
  echo '] }'
} >"$here/libc-facts.json.tmp"
node -e 'const f=process.argv[1];const j=JSON.parse(require("fs").readFileSync(f,"utf8"));require("fs").writeFileSync(f.replace(/\.tmp$/,""),JSON.stringify(j,null,1)+"\n")' "$here/libc-facts.json.tmp"
rm "$here/libc-facts.json.tmp"
echo "wrote $here/libc-facts.json"
