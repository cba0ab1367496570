#!/usr/bin/env bash
# The whole test suite: sets up the test world (Docker engine, toolchains, local images), builds, then runs every
# unit test (hermetic: scripts/test-unit.sh) and every integration test (arguments go to the integration run).
# Docker-backed tests fail (never skip) when the engine cannot be had.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/test-world.sh
npm run --silent typecheck
npm run --silent build
# unit tests first, with only node and sh on PATH (they must not need the tools the test world installs)
bash scripts/test-unit.sh --ci
NODE_OPTIONS=--experimental-vm-modules npx jest --ci "$@" --selectProjects integration
