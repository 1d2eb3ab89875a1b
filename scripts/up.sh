#!/usr/bin/env bash
# Builds berth and starts it for local use: the control plane plus a local agent, with the
# embedded store under the user's data dir. Extra arguments go to `berth up`
# (e.g. --listen 127.0.0.1:7600 --data-dir ./state).
set -Eeuo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
scripts/setup.sh --build
cargo build --locked --release -p berth
exec "${CARGO_TARGET_DIR:-$root/target}/release/berth" up "$@"
