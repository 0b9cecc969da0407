#!/usr/bin/env bash
# Throughput and latency of the main pages at full demo scale, as ratios of /healthz measured in
# the same run. Loopback only (127.0.0.1), bounded in time.
#
#   bench/run.sh                  # SQLite in a temporary directory
#   DATABASE_URL=postgres://… bench/run.sh   # PostgreSQL (the database must be empty)
#
# Needs: wrk (Debian package), curl. Builds the release binary first, unless LMP_BIN names one.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
PORT=${PORT:-18080}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }

# LMP_BIN=path/to/lmp skips the build and measures that binary instead.
[ -n "${LMP_BIN:-}" ] || cargo build --release -p lmp-cli >&2
LMP=${LMP_BIN:-./target/release/lmp}
WORK=$(mktemp -d)
trap 'kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; rm -rf "$WORK"' EXIT

echo "Loading the full demo organisation…" >&2
$LMP --data-dir "$WORK/data" demo --scale "${SCALE:-full}" >&2
# Build the search index before serving, so the search rows do not race its first build.
$LMP --data-dir "$WORK/data" reindex >&2
LMP_LOG=warn $LMP --data-dir "$WORK/data" serve --bind "127.0.0.1:$PORT" >"$WORK/serve.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done

# Signs in as a demo account and prints its session cookie for wrk.
sign_in() {
  local jar="$WORK/cookies-$1" token
  token=$(curl -fs -c "$jar" -b "$jar" "http://127.0.0.1:$PORT/signin" | sed -n 's/.*name="csrf-token" content="\([0-9a-f]*\)".*/\1/p')
  curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "csrf=$token" \
    --data-urlencode "email=$1" --data-urlencode "password=${LMP_DEMO_PASSWORD:-partnership}" \
    "http://127.0.0.1:$PORT/signin"
  echo "lmp_sid=$(awk '$6 == "lmp_sid" { print $7 }' "$jar" | tail -n 1)"
}
COOKIE=$(sign_in colead@example.org)
LEADER=$(sign_in leader@example.org)
TEAM=$(curl -fs -b "$COOKIE" "http://127.0.0.1:$PORT/api/v1/me" | sed -n 's/.*"team_id":\([0-9]*\).*/\1/p')
[ -n "$TEAM" ] || { echo "sign-in failed"; exit 1; }

run() { # name path [cookie] [connections] -> "name rps p50 p99 errors"
  local out cookie=${3:-$COOKIE} connections=${4:-$CONNECTIONS} threads=$THREADS
  [ "$connections" -lt "$threads" ] && threads=$connections
  out=$(wrk -t"$threads" -c"$connections" -d"$DURATION" --latency -H "Cookie: $cookie" "http://127.0.0.1:$PORT$2")
  local rps p50 p99 non2xx
  rps=$(awk '/^Requests\/sec/ { print $2 }' <<<"$out")
  p50=$(awk '$1 == "50%" { print $2 }' <<<"$out")
  p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
  non2xx=$(awk '/Non-2xx/ { print $NF }' <<<"$out")
  echo "$1 $rps $p50 $p99 ${non2xx:-0}"
}

# A project with five measures of 52 weekly points each, made through the pages as a co-lead
# would, for the "project page with 5 charts" row.
TOKEN=$(curl -fs -b "$COOKIE" "http://127.0.0.1:$PORT/" | sed -n 's/.*name="csrf-token" content="\([0-9a-f]*\)".*/\1/p')
post() { curl -fs -o /dev/null -w '%{redirect_url}' -b "$COOKIE" --data-urlencode "csrf=$TOKEN" "$@"; }
post --data-urlencode "title=Benchmark project" --data-urlencode "description=Five charts" "http://127.0.0.1:$PORT/teams/$TEAM/projects" >/dev/null
PROJECT=$(curl -fs -b "$COOKIE" "http://127.0.0.1:$PORT/teams/$TEAM/projects" | grep -o '/projects/[0-9]*">Benchmark project' | head -n 1 | sed 's#/projects/\([0-9]*\).*#\1#')
post --data-urlencode "title=Benchmark project" --data-urlencode "aim_what=Waits" --data-urlencode "aim_how_much=by 30%" --data-urlencode "aim_by_when=2027-12-31" "http://127.0.0.1:$PORT/projects/$PROJECT/edit" >/dev/null
post --data-urlencode "topic=operations" "http://127.0.0.1:$PORT/projects/$PROJECT/scope" >/dev/null
post --data-urlencode "status=active" "http://127.0.0.1:$PORT/projects/$PROJECT/status" >/dev/null
for chart in run i p u c; do
  MEASURE=$(post --data-urlencode "name=Measure $chart" --data-urlencode "kind=outcome" --data-urlencode "chart=$chart" --data-urlencode "direction=down" "http://127.0.0.1:$PORT/projects/$PROJECT/measures" | sed 's#.*/measures/##')
  if [ "$chart" = p ] || [ "$chart" = u ]; then CSV="period,numerator,denominator"; else CSV="period,value"; fi
  for week in $(seq 1 52); do
    if [ "$chart" = p ] || [ "$chart" = u ]; then CSV="$CSV"$'\n'"2026-W$(printf %02d "$week"),$(( (week * 7) % 13 + 5 )),$(( 60 + week % 9 ))";
    else CSV="$CSV"$'\n'"2026-W$(printf %02d "$week"),$(( (week * 7) % 13 + (week > 26 ? 10 : 20) ))"; fi
  done
  post --data-urlencode "csv=$CSV" "http://127.0.0.1:$PORT/measures/$MEASURE/import" >/dev/null
done

# Warm up caches once, then measure.
wrk -t1 -c4 -d2s -H "Cookie: $COOKIE" "http://127.0.0.1:$PORT/teams" >/dev/null
RESULTS=()
RESULTS+=("$(run healthz /healthz)")
RESULTS+=("$(run directory /teams)")
RESULTS+=("$(run directory-filtered '/teams?region=2&q=pharm')")
RESULTS+=("$(run directory-page-50 '/teams?page=50')")
RESULTS+=("$(run team-page "/teams/$TEAM")")
RESULTS+=("$(run api-teams '/api/v1/teams?per_page=25')")
RESULTS+=("$(run team-p2p "/teams/$TEAM/p2p")")
RESULTS+=("$(run project-5-charts "/projects/$PROJECT")")
RESULTS+=("$(run content-page /content/consensus-decision-making)")
RESULTS+=("$(run search '/search?q=consensus+decision')")
RESULTS+=("$(run search-typo '/search?q=concensus')")
RESULTS+=("$(run tasks /tasks)")
# Roll-ups are measured one request at a time: their target is the time one leader waits.
REGION=$(curl -fs -b "$LEADER" "http://127.0.0.1:$PORT/api/v1/org" | sed -n 's/^{"regions":\[{"id":\([0-9]*\).*/\1/p')
RESULTS+=("$(run healthz-c1 /healthz "$COOKIE" 1)")
RESULTS+=("$(run rollup-national-c1 '/p2p/rollup?scope=national' "$LEADER" 1)")
RESULTS+=("$(run rollup-region-c1 "/p2p/rollup?scope=region:$REGION" "$LEADER" 1)")
RESULTS+=("$(run rollup-api-national-c1 '/api/v1/p2p/rollup?scope=national' "$LEADER" 1)")
RESULTS+=("$(run project-5-charts-c1 "/projects/$PROJECT" "$COOKIE" 1)")

BASE=$(awk '{ print $2 }' <<<"${RESULTS[0]}")
# Rows measured over one connection ("-c1") are compared with /healthz over one connection.
BASE1=$(printf '%s\n' "${RESULTS[@]}" | awk '$1 == "healthz-c1" { print $2 }')
echo
echo "Backend: $([ -n "${DATABASE_URL:-}" ] && echo PostgreSQL || echo SQLite); wrk -t$THREADS -c$CONNECTIONS -d$DURATION; $(nproc) cores"
printf '%-24s %12s %10s %10s %10s %8s\n' page req/s ratio p50 p99 non-2xx
for r in "${RESULTS[@]}"; do
  read -r name rps p50 p99 errors <<<"$r"
  base=$BASE
  case "$name" in *-c1) base=$BASE1 ;; esac
  ratio=$(awk -v a="$rps" -v b="$base" 'BEGIN { printf "%.3f", a / b }')
  printf '%-24s %12s %10s %10s %10s %8s\n' "$name" "$rps" "$ratio" "$p50" "$p99" "$errors"
done
