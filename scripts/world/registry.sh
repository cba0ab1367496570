#!/usr/bin/env bash
# Part of the test world: two real registries on loopback (Debian's docker-registry, distribution 2.8) holding some
# of the local abigap-test images — an open one and one with htpasswd authentication — so the integration tests
# pull through the registry API for real. Idempotent; fast when done; fails loudly. Run as root, after dockerd is up.
# Env: ABIGAP_WORLD_CACHE (work dir), ABIGAP_REGISTRY_PORT (open, default 5000), ABIGAP_AUTH_REGISTRY_PORT
# (htpasswd, default 5001). The test user/password of the authenticating one are fixed test data (see below).
set -euo pipefail

log() { printf '[test-world:registry] %s\n' "$*" >&2; }
die() { printf '[test-world:registry] ERROR: %s\n' "$*" >&2; exit 1; }
CACHE="${ABIGAP_WORLD_CACHE:-/var/cache/abigap-world}"
OPEN_PORT="${ABIGAP_REGISTRY_PORT:-5000}"
AUTH_PORT="${ABIGAP_AUTH_REGISTRY_PORT:-5001}"
# test data, not a secret: the same values are in __tests__/helpers/registry-world.ts
AUTH_USER=abigap-test
AUTH_PASS=abigap-test-password
DIR="$CACHE/registry"
[ "$(id -u)" = 0 ] || die "must run as root"
docker version >/dev/null 2>&1 || die "no Docker engine answers (run scripts/test-world.sh first)"

need=()
command -v docker-registry >/dev/null 2>&1 || need+=(docker-registry)
command -v htpasswd >/dev/null 2>&1 || need+=(apache2-utils)
command -v curl >/dev/null 2>&1 || need+=(curl)
if [ ${#need[@]} -gt 0 ]; then
  log "installing: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # the package's maintainer scripts try to start a system service: keep them from it (no init system here)
  printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
  trap 'rm -f /usr/sbin/policy-rc.d' EXIT
  apt-get update -qq || die "apt-get update failed"
  apt-get install -y -qq --no-install-recommends "${need[@]}" >"$CACHE/apt-registry.log" 2>&1 ||
    { tail -20 "$CACHE/apt-registry.log" >&2; die "apt-get install ${need[*]} failed"; }
  rm -f /usr/sbin/policy-rc.d
  trap - EXIT
fi
mkdir -p "$DIR/open" "$DIR/auth"

answers() { # port → the HTTP status of /v2/ ("000" when nothing answers)
  curl -s -o /dev/null -w '%{http_code}' --max-time 3 "http://127.0.0.1:$1/v2/" || true
}

start_registry() { # name port [auth]
  local name=$1 port=$2 conf="$DIR/$1.yml" want=200
  case "$(answers "$port")" in
    200) [ -z "${3:-}" ] && return 0 ;;
    401) [ -n "${3:-}" ] && return 0 ;;
  esac
  [ -n "${3:-}" ] && want=401
  if ss -ltn "sport = :$port" 2>/dev/null | grep -q LISTEN; then
    die "port $port is taken by something that is not the $name test registry; set ABIGAP_${name^^}_REGISTRY_PORT"
  fi
  {
    printf 'version: 0.1\nlog:\n  level: warn\n  accesslog:\n    disabled: true\n'
    printf 'storage:\n  filesystem:\n    rootdirectory: %s\n  delete:\n    enabled: true\n' "$DIR/$name"
    printf 'http:\n  addr: 127.0.0.1:%s\n' "$port"
    if [ -n "${3:-}" ]; then printf 'auth:\n  htpasswd:\n    realm: abigap-test\n    path: %s\n' "$DIR/htpasswd"; fi
  } >"$conf"
  log "starting the $name registry on 127.0.0.1:$port"
  nohup docker-registry serve "$conf" >"$DIR/$name.log" 2>&1 9>&- &
  for _ in $(seq 1 50); do [ "$(answers "$port")" = "$want" ] && return 0; sleep 0.2; done
  tail -20 "$DIR/$name.log" >&2
  die "the $name registry did not come up on 127.0.0.1:$port"
}

[ -s "$DIR/htpasswd" ] || htpasswd -Bbc "$DIR/htpasswd" "$AUTH_USER" "$AUTH_PASS" >/dev/null 2>&1 ||
  die "htpasswd failed"
start_registry open "$OPEN_PORT"
start_registry auth "$AUTH_PORT" auth

has_tag() { # port repo tag [user:pass]
  curl -s --max-time 5 ${4:+-u "$4"} "http://127.0.0.1:$1/v2/$2/tags/list" | grep -q "\"$3\""
}
push() { # port image [config dir]
  local target="127.0.0.1:$1/$2"
  docker tag "$2" "$target" || die "docker tag $2 $target failed"
  DOCKER_CONFIG="${3:-$DIR/no-auth}" docker push -q "$target" >"$DIR/push.log" 2>&1 ||
    { tail -20 "$DIR/push.log" >&2; die "docker push $target failed"; }
  docker rmi "$target" >/dev/null 2>&1 || true # the tests pull it back through the registry
}

mkdir -p "$DIR/no-auth" "$DIR/login"
# A small image with several layers of its own (pull progress counts layers and bytes), built from the musl root
# and pushed; the local copy is removed so that a pull really downloads its layers.
layered=abigap-test/layered:latest
if ! has_tag "$OPEN_PORT" abigap-test/layered latest; then
  log "building $layered"
  ctx=$(mktemp -d)
  head -c 3000000 /dev/urandom >"$ctx/a.bin"
  head -c 5000000 /dev/urandom >"$ctx/b.bin"
  printf 'FROM abigap-test/musl:latest\nCOPY a.bin /data/a.bin\nCOPY b.bin /data/b.bin\n' >"$ctx/Dockerfile"
  DOCKER_BUILDKIT=0 docker build -q -t "$layered" "$ctx" >"$DIR/layered.log" 2>&1 ||
    { tail -20 "$DIR/layered.log" >&2; die "docker build $layered failed"; }
  rm -rf "$ctx"
  log "pushing $layered to :$OPEN_PORT"
  push "$OPEN_PORT" "$layered"
  docker rmi "$layered" >/dev/null || die "docker rmi $layered failed"
fi
for img in musl nolibc bookworm; do
  has_tag "$OPEN_PORT" "abigap-test/$img" latest || { log "pushing abigap-test/$img to :$OPEN_PORT"; push "$OPEN_PORT" "abigap-test/$img:latest"; }
done
if ! has_tag "$AUTH_PORT" abigap-test/musl latest "$AUTH_USER:$AUTH_PASS"; then
  log "pushing abigap-test/musl to :$AUTH_PORT (authenticated)"
  printf '%s' "$AUTH_PASS" | DOCKER_CONFIG="$DIR/login" docker login -u "$AUTH_USER" --password-stdin "127.0.0.1:$AUTH_PORT" >/dev/null 2>&1 ||
    die "docker login 127.0.0.1:$AUTH_PORT failed"
  push "$AUTH_PORT" abigap-test/musl:latest "$DIR/login"
fi
rm -rf "$DIR/login"
for img in musl nolibc bookworm layered; do has_tag "$OPEN_PORT" "abigap-test/$img" latest || die "abigap-test/$img missing from :$OPEN_PORT"; done
has_tag "$AUTH_PORT" abigap-test/musl latest "$AUTH_USER:$AUTH_PASS" || die "abigap-test/musl missing from :$AUTH_PORT"
log "ready: registries 127.0.0.1:$OPEN_PORT (open) and 127.0.0.1:$AUTH_PORT (htpasswd)"
