#!/usr/bin/env bash
# Part of the test world: Podman's Docker-compatible API service (rootful, with catatonit for `Init: true`) on its
# own unix socket, holding copies of some local abigap-test images (`docker save | podman load`), so a subset of the
# integration suite runs against Podman through DOCKER_HOST. Idempotent; fast when done; fails loudly. Run as root.
# Env: ABIGAP_WORLD_CACHE (work dir), ABIGAP_PODMAN_SOCKET (default /run/abigap-podman/podman.sock).
set -euo pipefail

log() { printf '[test-world:podman] %s\n' "$*" >&2; }
die() { printf '[test-world:podman] ERROR: %s\n' "$*" >&2; exit 1; }
CACHE="${ABIGAP_WORLD_CACHE:-/var/cache/abigap-world}"
SOCK="${ABIGAP_PODMAN_SOCKET:-/run/abigap-podman/podman.sock}"
IMAGES=(bullseye bookworm musl nolibc)
[ "$(id -u)" = 0 ] || die "must run as root"
mkdir -p "$CACHE" "$(dirname "$SOCK")"

need=()
command -v podman >/dev/null 2>&1 || need+=(podman)
command -v curl >/dev/null 2>&1 || need+=(curl)
# Podman looks for the init binary (HostConfig.Init) here; without it every container with Init fails to create
[ -x /usr/libexec/podman/catatonit ] || command -v catatonit >/dev/null 2>&1 || need+=(catatonit)
if [ ${#need[@]} -gt 0 ]; then
  log "installing: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq || die "apt-get update failed"
  apt-get install -y -qq --no-install-recommends "${need[@]}" >"$CACHE/apt-podman.log" 2>&1 ||
    { tail -20 "$CACHE/apt-podman.log" >&2; die "apt-get install ${need[*]} failed"; }
fi

answers() { curl -s --max-time 3 --unix-socket "$SOCK" http://d/_ping 2>/dev/null | grep -q OK; }
if ! answers; then
  log "starting podman system service on unix://$SOCK"
  rm -f "$SOCK"
  # from its own directory: conmon writes files such as "oom" into the working directory it inherits
  mkdir -p "$CACHE/podman-service"
  nohup sh -c 'cd "$1" && exec podman system service --time=0 "$2"' podman-service "$CACHE/podman-service" "unix://$SOCK" \
    >"$CACHE/podman-service.log" 2>&1 9>&- &
  for _ in $(seq 1 50); do answers && break; sleep 0.2; done
  answers || { tail -20 "$CACHE/podman-service.log" >&2; die "podman system service did not answer on $SOCK"; }
fi

for img in "${IMAGES[@]}"; do
  name="abigap-test/$img:latest"
  podman image exists "$name" && continue
  docker image inspect "$name" >/dev/null 2>&1 || die "$name is not in the Docker engine (run scripts/test-world.sh)"
  log "loading $name into podman"
  docker save "$name" | podman load -q >"$CACHE/podman-load.log" 2>&1 ||
    { tail -20 "$CACHE/podman-load.log" >&2; die "docker save $name | podman load failed"; }
  podman image exists "$name" || die "$name did not appear in podman after the load"
done
log "ready: $(podman version -f '{{.Server.Version}}' 2>/dev/null || podman --version) at unix://$SOCK (${IMAGES[*]})"
