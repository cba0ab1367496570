#!/usr/bin/env bash
# The main job on the embedded default: sets up the offline test world, builds the bundled fixture Go module in every
# variant (examples/abigap.yml), checks each build against each local distro image and runs it there.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/test-world.sh
npm run --silent build
status=0
node dist/cli.js matrix --config examples/abigap.yml --out .abigap/demo "$@" || status=$?
echo
case $status in
  0) echo "demo: every variant runs on every target. Report: .abigap/demo/report.json" ;;
  1) echo "demo: exit 1 = ABI findings (the fixture is built to show them: e.g. a cgo glibc build on an older glibc or a musl root)."
     echo "      Binaries, logs and report.json are in .abigap/demo/"
     status=0 ;;
  *) echo "demo: abigap exited $status (not an ABI finding: see the message above)" ;;
esac
exit $status
