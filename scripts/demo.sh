#!/usr/bin/env bash
# The main job on the embedded default: sets up the offline test world, builds the bundled fixture Go module in every
# variant (examples/abigap.yml), checks each build against each local distro image and runs it there.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/test-world.sh
npm run --silent build
node dist/cli.js matrix --config examples/abigap.yml --out .abigap/demo "$@"
