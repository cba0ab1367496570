#!/usr/bin/env bash
# Runs every benchmark in scripts/bench/ (each prints its figures as ratios against anchors measured in the same run).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/test-world.sh >/dev/null
bash scripts/world/bench.sh >/dev/null # real-size Go programs (Debian's .debs, unpacked) for real.mjs
npm run --silent build
for b in scripts/bench/*; do
  echo "== $(basename "$b")"
  case "$b" in
    *.sh) bash "$b" ;;
    *.mjs) node "$b" ;;
  esac
done
