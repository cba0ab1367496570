#!/usr/bin/env bash
# Assembles the idle program's sources and prints each one's machine code as hex, as src/docker/idle-elf.ts holds it
# (GNU as for x86-64 and aarch64: binutils, binutils-aarch64-linux-gnu). __tests__/docker/idle-elf.test.itg.ts checks
# that the two agree.
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
hex() { "$2" -O binary -j .text "$1" "$tmp/code" && od -An -v -tx1 "$tmp/code" | tr -d ' \n'; }
as --64 -o "$tmp/x86_64.o" idle-x86_64.s
aarch64-linux-gnu-as -o "$tmp/aarch64.o" idle-aarch64.s
echo "amd64 $(hex "$tmp/x86_64.o" objcopy)"
echo "arm64 $(hex "$tmp/aarch64.o" aarch64-linux-gnu-objcopy)"
