#!/usr/bin/env bash
# Runs berth's whole test suite on this machine, setting up whatever is missing first:
# unit, property and integration tests of every crate (cargo nextest), then the black-box suite
# that drives the real binary with boto3 and the AWS CLI (pytest).
#
#   scripts/test.sh            everything
#   BERTH_TEST_JOBS=N          parallelism of both runners (default: number of cores)
set -Eeuo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
export CARGO_TERM_COLOR=${CARGO_TERM_COLOR:-never}
jobs=${BERTH_TEST_JOBS:-$(nproc)}

scripts/setup.sh

echo "== cargo build (berth binary for the black-box suites)"
cargo build --locked -p berth
export BERTH_BIN="${CARGO_TARGET_DIR:-$root/target}/debug/berth"

echo "== cargo nextest (workspace)"
if cargo nextest --version >/dev/null 2>&1; then
    cargo nextest run --locked --workspace --no-fail-fast -j "$jobs"
else
    cargo test --locked --workspace --no-fail-fast -- --test-threads "$jobs"
fi
cargo test --locked --workspace --doc

echo "== pytest (black-box, boto3 + AWS CLI)"
if [[ -d tests/py ]]; then
    .venv/bin/python -m pytest tests/py -q -n "$jobs" -p no:cacheprovider
fi
