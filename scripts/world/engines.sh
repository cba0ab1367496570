#!/usr/bin/env bash
# Part of the test world: what the engine tests need beyond podman.sh and registry.sh — Podman told that the loopback
# test registries speak plain HTTP (a registries.conf drop-in; the running API service re-reads it on SIGHUP), and
# the Go builder image loaded into Podman for builder-image builds on Podman. Idempotent; fast when done; fails
# loudly. Run as root, after registry.sh and podman.sh.
# Env: ABIGAP_WORLD_CACHE (work dir), ABIGAP_PODMAN_SOCKET, ABIGAP_REGISTRY_PORT, ABIGAP_AUTH_REGISTRY_PORT.
set -euo pipefail

log() { printf '[test-world:engines] %s\n' "$*" >&2; }
die() { printf '[test-world:engines] ERROR: %s\n' "$*" >&2; exit 1; }
CACHE="${ABIGAP_WORLD_CACHE:-/var/cache/abigap-world}"
SOCK="${ABIGAP_PODMAN_SOCKET:-/run/abigap-podman/podman.sock}"
OPEN_PORT="${ABIGAP_REGISTRY_PORT:-5000}"
AUTH_PORT="${ABIGAP_AUTH_REGISTRY_PORT:-5001}"
CONF=/etc/containers/registries.conf.d/50-abigap-test-registries.conf
[ "$(id -u)" = 0 ] || die "must run as root"
command -v podman >/dev/null 2>&1 || die "podman is not installed (run scripts/world/podman.sh first)"
mkdir -p "$CACHE" "$(dirname "$CONF")"

answers() { curl -s --max-time 3 --unix-socket "$SOCK" http://d/_ping 2>/dev/null | grep -q OK; }
answers || die "Podman's API service does not answer on $SOCK (run scripts/world/podman.sh first)"

want=$(printf '# abigap test world (scripts/world/engines.sh): the loopback test registries speak plain HTTP\n')
for port in "$OPEN_PORT" "$AUTH_PORT"; do
  want+=$(printf '\n[[registry]]\nlocation = "127.0.0.1:%s"\ninsecure = true\n' "$port")
done
if [ "$(cat "$CONF" 2>/dev/null)" != "$want" ]; then
  log "writing $CONF (plain-HTTP registries 127.0.0.1:$OPEN_PORT and :$AUTH_PORT)"
  printf '%s\n' "$want" >"$CONF.tmp" && mv "$CONF.tmp" "$CONF"
  # the service caches registries.conf; SIGHUP makes it reload its configuration (it keeps running)
  pid=$(ss -xlpn 2>/dev/null | grep -F " $SOCK " | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
  [ -n "$pid" ] || die "cannot find the process listening on $SOCK to make it reload $CONF"
  kill -HUP "$pid"
  for _ in $(seq 1 50); do answers && break; sleep 0.2; done
  answers || die "Podman's API service stopped answering after SIGHUP"
fi
for port in "$OPEN_PORT" "$AUTH_PORT"; do
  podman info --format '{{json .Registries}}' | grep -q "\"127.0.0.1:$port\":{[^}]*\"Insecure\":true" ||
    die "podman does not treat 127.0.0.1:$port as a plain-HTTP registry after writing $CONF"
done

name=abigap-test/builder-trixie:latest
if ! podman image exists "$name"; then
  docker image inspect "$name" >/dev/null 2>&1 || die "$name is not in the Docker engine (run scripts/test-world.sh)"
  log "loading $name into podman"
  docker save "$name" | podman load -q >"$CACHE/podman-load-builder.log" 2>&1 ||
    { tail -20 "$CACHE/podman-load-builder.log" >&2; die "docker save $name | podman load failed"; }
  podman image exists "$name" || die "$name did not appear in podman after the load"
fi
log "ready: podman pulls from 127.0.0.1:$OPEN_PORT and :$AUTH_PORT over plain HTTP; $name in podman"
