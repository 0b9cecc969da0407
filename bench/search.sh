#!/usr/bin/env bash
# Search at full demo scale: every document the hub indexes (content, practices, projects,
# decisions, people) run through Tantivy and, in the same run, through SQLite FTS5 with the
# same queries (crates/search/examples/search_bench.rs). Loopback only, bounded in time.
#
#   bench/search.sh          # SCALE=small for a quick look
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -p lmp-cli -p lmp-search --example search_bench >&2
LMP=./target/release/lmp
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
echo "Loading the demo organisation (${SCALE:-full})…" >&2
$LMP --data-dir "$WORK/data" demo --scale "${SCALE:-full}" >&2
echo "== lmp reindex (the hub's own index build)"
$LMP --data-dir "$WORK/data" reindex --dump "$WORK/docs.jsonl"
echo "== the same documents, Tantivy and FTS5"
SEARCH_BENCH_JSONL="$WORK/docs.jsonl" SEARCH_BENCH_REPS="${REPS:-50}" timeout 1200 ./target/release/examples/search_bench
