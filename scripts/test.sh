#!/usr/bin/env bash
# The whole test suite: sets up the test world (Docker engine, toolchains, local images), builds, then runs
# every unit and integration test. Docker-backed tests fail (never skip) when the engine cannot be had.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/test-world.sh
npm run --silent typecheck
npm run --silent build
NODE_OPTIONS=--experimental-vm-modules npx jest --ci "$@"
