#!/usr/bin/env bash
# Installs what berth's build and tests need on a fresh Debian machine, and nothing that is
# already there: Debian packages, the Python test clients (in .venv), and the test image.
#
#   scripts/setup.sh            everything the test suite needs
#   scripts/setup.sh --build    only what building berth needs
#
# Idempotent and quiet when there is nothing to do. Runs apt-get as root (or through sudo).
set -Eeuo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
log() { echo "setup: $*" >&2; }

build_only=false
[[ ${1:-} == --build ]] && build_only=true

# Debian packages, by the command that proves each is present.
declare -A wanted=()
if ! $build_only; then
    wanted[busybox]=busybox-static          # the test image's shell and the awsvpc pause image
    wanted[docker-registry]=docker-registry # a private registry on 127.0.0.1 for pull tests
fi
missing=()
for cmd in "${!wanted[@]}"; do
    if [[ $cmd == busybox ]]; then
        [[ -x /bin/busybox ]] && continue
    elif command -v "$cmd" >/dev/null 2>&1; then
        continue
    fi
    missing+=("${wanted[$cmd]}")
done
if ((${#missing[@]})); then
    sudo=""
    [[ $(id -u) -ne 0 ]] && sudo=sudo
    log "installing Debian packages: ${missing[*]}"
    if ! $sudo apt-get install -y -q "${missing[@]}" >/dev/null 2>&1; then
        $sudo apt-get update -q >/dev/null
        $sudo apt-get install -y -q "${missing[@]}" >/dev/null
    fi
fi

command -v cargo >/dev/null || { log "cargo is required (Rust 1.95)"; exit 1; }
$build_only && exit 0

command -v docker >/dev/null || { log "docker is required"; exit 1; }
docker info >/dev/null 2>&1 || { log "the Docker daemon is not reachable"; exit 1; }

# Python clients for the black-box suite, pinned, in a project-local virtualenv.
venv="$root/.venv"
req="$root/tests/py/requirements.txt"
if [[ -f $req ]]; then
    stamp="$venv/.requirements.sha256"
    want=$(sha256sum "$req" | cut -d' ' -f1)
    if [[ ! -x $venv/bin/python || ! -f $stamp || $(cat "$stamp") != "$want" ]]; then
        log "creating $venv with $(basename "$req")"
        # --clear: a venv left half-made by an interrupted run is rebuilt, not trusted.
        python3 -m venv --clear "$venv"
        "$venv/bin/python" -m pip install -q --disable-pip-version-check -r "$req"
        echo "$want" >"$stamp"
    fi
fi

# The test image, built from this repository (no registry is reachable).
"$root/scripts/build-test-image.sh" >/dev/null
