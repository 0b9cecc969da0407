#!/usr/bin/env bash
# Live meeting updates at full demo scale: LISTENERS (200) event streams on one meeting, ROUNDS
# (20) stances given through the API, and how long until every listener has heard of each one
# and fetched the refreshed part; a /healthz round trip in the same run is the baseline.
# Loopback only (127.0.0.1), bounded in time.
#
#   bench/live.sh                               # SQLite in a temporary directory
#   DATABASE_URL=postgres://… bench/live.sh     # PostgreSQL (LISTEN/NOTIFY path; empty database)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18081}
cargo build --release -p lmp-cli -p lmp-tests --example live_bench >&2
LMP=./target/release/lmp
WORK=$(mktemp -d)
trap 'kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; rm -rf "$WORK"' EXIT
echo "Loading the demo organisation (${SCALE:-full})…" >&2
$LMP --data-dir "$WORK/data" demo --scale "${SCALE:-full}" >&2
LMP_LOG=warn $LMP --data-dir "$WORK/data" serve --bind "127.0.0.1:$PORT" >"$WORK/serve.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done
echo "Backend: $([ -n "${DATABASE_URL:-}" ] && echo PostgreSQL || echo SQLite); $(nproc) cores"
LMP_BENCH_BASE="http://127.0.0.1:$PORT" timeout 300 ./target/release/examples/live_bench
