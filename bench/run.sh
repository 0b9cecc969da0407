#!/usr/bin/env bash
# Throughput and latency of the main pages at full demo scale, as ratios of /healthz measured in
# the same run. Loopback only (127.0.0.1), bounded in time.
#
#   bench/run.sh                  # SQLite in a temporary directory
#   DATABASE_URL=postgres://… bench/run.sh   # PostgreSQL (the database must be empty)
#
# Needs: wrk (Debian package), curl. Builds the release binary first.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
PORT=${PORT:-18080}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }

cargo build --release -p lmp-cli >&2
LMP=./target/release/lmp
WORK=$(mktemp -d)
trap 'kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; rm -rf "$WORK"' EXIT

echo "Loading the full demo organisation…" >&2
$LMP --data-dir "$WORK/data" demo --scale full >&2
LMP_LOG=warn $LMP --data-dir "$WORK/data" serve --bind "127.0.0.1:$PORT" >"$WORK/serve.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done

# Sign in as the demo co-lead and keep the session cookie for wrk.
JAR="$WORK/cookies"
TOKEN=$(curl -fs -c "$JAR" -b "$JAR" "http://127.0.0.1:$PORT/signin" | sed -n 's/.*name="csrf-token" content="\([0-9a-f]*\)".*/\1/p')
curl -fs -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "csrf=$TOKEN" \
  --data-urlencode "email=colead@example.org" --data-urlencode "password=${LMP_DEMO_PASSWORD:-partnership}" \
  "http://127.0.0.1:$PORT/signin"
COOKIE="lmp_sid=$(awk '$6 == "lmp_sid" { print $7 }' "$JAR" | tail -n 1)"
TEAM=$(curl -fs -b "$COOKIE" "http://127.0.0.1:$PORT/api/v1/me" | sed -n 's/.*"team_id":\([0-9]*\).*/\1/p')
[ -n "$TEAM" ] || { echo "sign-in failed"; exit 1; }

run() { # name path -> "name rps p50 p99 errors"
  local out
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: $COOKIE" "http://127.0.0.1:$PORT$2")
  local rps p50 p99 non2xx
  rps=$(awk '/^Requests\/sec/ { print $2 }' <<<"$out")
  p50=$(awk '$1 == "50%" { print $2 }' <<<"$out")
  p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
  non2xx=$(awk '/Non-2xx/ { print $NF }' <<<"$out")
  echo "$1 $rps $p50 $p99 ${non2xx:-0}"
}

# Warm up caches once, then measure.
wrk -t1 -c4 -d2s -H "Cookie: $COOKIE" "http://127.0.0.1:$PORT/teams" >/dev/null
RESULTS=()
RESULTS+=("$(run healthz /healthz)")
RESULTS+=("$(run directory /teams)")
RESULTS+=("$(run directory-filtered '/teams?region=2&q=pharm')")
RESULTS+=("$(run directory-page-50 '/teams?page=50')")
RESULTS+=("$(run team-page "/teams/$TEAM")")
RESULTS+=("$(run api-teams '/api/v1/teams?per_page=25')")

BASE=$(awk '{ print $2 }' <<<"${RESULTS[0]}")
echo
echo "Backend: ${DATABASE_URL:+PostgreSQL}${DATABASE_URL:-SQLite}; wrk -t$THREADS -c$CONNECTIONS -d$DURATION; $(nproc) cores"
printf '%-20s %12s %10s %10s %10s %8s\n' page req/s ratio p50 p99 non-2xx
for r in "${RESULTS[@]}"; do
  read -r name rps p50 p99 errors <<<"$r"
  ratio=$(awk -v a="$rps" -v b="$BASE" 'BEGIN { printf "%.2f", a / b }')
  printf '%-20s %12s %10s %10s %10s %8s\n' "$name" "$rps" "$ratio" "$p50" "$p99" "$errors"
done
