#!/usr/bin/env bash
# The unit project, hermetic: jest runs with a PATH holding only node and sh, so a unit test that starts readelf,
# tar, go, gcc, docker or git fails here (on every machine) instead of passing only where those happen to be
# installed. Such a test belongs in a *.test.itg.ts file. Arguments go to jest (paths, -t, --coverage, ...).
set -euo pipefail
cd "$(dirname "$0")/.."
node_bin=$(command -v node) || { echo "test-unit.sh: node is not on PATH" >&2; exit 1; }
sh_bin=$(command -v sh) || { echo "test-unit.sh: sh is not on PATH" >&2; exit 1; }
bin=$(mktemp -d "${TMPDIR:-/tmp}/abigap-unit-path.XXXXXX")
trap 'rm -rf "$bin"' EXIT
ln -s "$node_bin" "$bin/node"
ln -s "$sh_bin" "$bin/sh"
PATH="$bin" NODE_OPTIONS=--experimental-vm-modules "$bin/node" node_modules/jest/bin/jest.js "$@" --selectProjects unit
