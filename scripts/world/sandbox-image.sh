#!/usr/bin/env bash
# A target image with its own environment (Config.Env) and working directory (Config.WorkingDir), built FROM the
# local bookworm image with no RUN step (no network needed): the sandbox test checks that a binary run by abigap
# sees them as a plain `docker run --network none` of the image does. Idempotent; fast when the image is there.
set -euo pipefail
name=abigap-test/sandbox:latest
die() { echo "sandbox-image: $*" >&2; exit 1; }
docker image inspect abigap-test/bookworm:latest >/dev/null 2>&1 || die "abigap-test/bookworm is missing (run scripts/test-world.sh)"
want='ABIGAP_IMAGE_VAR=from-the-image|/srv/app'
have=$(docker image inspect -f '{{range .Config.Env}}{{if eq (index (split . "=") 0) "ABIGAP_IMAGE_VAR"}}{{.}}{{end}}{{end}}|{{.Config.WorkingDir}}' "$name" 2>/dev/null || true)
[ "$have" = "$want" ] && exit 0
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cat >"$dir/Dockerfile" <<'DOCKERFILE'
FROM abigap-test/bookworm:latest
ENV ABIGAP_IMAGE_VAR=from-the-image PATH=/opt/tool/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
WORKDIR /srv/app
DOCKERFILE
DOCKER_BUILDKIT=0 docker build -q -t "$name" "$dir" >"$dir/log" 2>&1 || { tail -20 "$dir/log" >&2; die "docker build $name failed"; }
have=$(docker image inspect -f '{{range .Config.Env}}{{if eq (index (split . "=") 0) "ABIGAP_IMAGE_VAR"}}{{.}}{{end}}{{end}}|{{.Config.WorkingDir}}' "$name")
[ "$have" = "$want" ] || die "$name has $have, not $want"
