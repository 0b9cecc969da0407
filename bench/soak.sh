#!/usr/bin/env bash
# Soak test: DURATION seconds (default 600) of mixed reading and writing at full demo scale
# against `lmp serve` (the demo loaded first by `lmp demo`) on 127.0.0.1, with wrk and bench/soak.lua (nine reads of the main
# pages to one change through a form — a huddle item or a "Was it helpful?" answer — each with
# its session's cookie and CSRF token). Samples the server's resident memory every 10 s from
# /proc and reports throughput, p99, errors and RSS at the start, the highest and the end, and
# the whole series of samples.
# Loopback only, bounded in time (wrk stops after DURATION).
#
#   bench/soak.sh                          # SQLite in a temporary directory, 600 s
#   DURATION=30 bench/soak.sh              # a short run
#   DATABASE_URL=postgres://… bench/soak.sh  # PostgreSQL (the database must be empty)
#
# Heap profile of the same load (what is allocated, and where, over time): build without
# mimalloc so heaptrack (a Debian package) sees every allocation, and run the server under it:
#
#   cargo build --release -p lmp-cli --no-default-features
#   SERVE_PREFIX="heaptrack -o /tmp/soak.heaptrack" DURATION=300 bench/soak.sh
#   heaptrack_print -f /tmp/soak.heaptrack.zst -M /tmp/soak.massif   # snapshots over time
#
# (RSS figures of such a run are heaptrack's and the system allocator's, not the product's.)
#
# The write limits (limits.rs) are raised for the soak through their environment variables:
# it sends far more changes per session and per address (everything comes from 127.0.0.1)
# than a person can, and its point is memory and latency over time, not the limiter. The
# limiter still runs on every change. Any answer outside 2xx/3xx fails the run.
#
# Needs: wrk and curl (Debian packages). Builds the release binary first (in ./target, as
# bench/run.sh does), unless LMP_BIN names one.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-600}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
SESSIONS=${SESSIONS:-6}
PORT=${PORT:-18082}
SCALE=${SCALE:-full}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }

# LMP_BIN=path/to/lmp skips the build and soaks that binary instead.
[ -n "${LMP_BIN:-}" ] || cargo build --release -p lmp-cli >&2
LMP=${LMP_BIN:-./target/release/lmp}
WORK=$(mktemp -d)
SERVER=
APP=
SAMPLER=
cleanup() {
  [ -n "$SAMPLER" ] && kill "$SAMPLER" 2>/dev/null || true
  # The server itself first (under SERVE_PREFIX it is the prefix's child), then what started it.
  [ -n "$APP" ] && kill "$APP" 2>/dev/null || true
  if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# The demo is loaded by its own process first, as an organisation's data would already be there:
# the server's memory is then what serving takes, not what loading a million rows left behind.
echo "Loading the demo ($SCALE scale)…" >&2
LMP_LOG=warn $LMP --data-dir "$WORK/data" demo --scale "$SCALE" >"$WORK/demo.log" 2>&1
echo "Starting lmp serve…" >&2
LMP_LOG=warn \
  LMP_SESSION_WRITE_BURST=1000000 LMP_SESSION_WRITES_PER_SEC=1000000 \
  LMP_ADDRESS_WRITE_BURST=1000000 LMP_ADDRESS_WRITES_PER_SEC=1000000 \
  ${SERVE_PREFIX:-} $LMP --data-dir "$WORK/data" serve --bind "127.0.0.1:$PORT" \
  >"$WORK/serve.log" 2>&1 &
SERVER=$!
BASE="http://127.0.0.1:$PORT"
for _ in $(seq 1 1800); do curl -fs "$BASE/healthz" >/dev/null && break; sleep 0.1; done
curl -fs "$BASE/healthz" >/dev/null || { echo "the server did not start"; cat "$WORK/serve.log"; exit 1; }
# The server's own process: $SERVER, or its descendant when SERVE_PREFIX wraps it.
APP=$(pgrep -n -f -- "--data-dir $WORK/data serve" || echo "$SERVER")

# Signs in as a demo account; prints "cookie csrf-token team-id" for soak.lua.
sign_in() {
  local jar="$WORK/cookies-$2" token sid team
  token=$(curl -fs -c "$jar" -b "$jar" "$BASE/signin" | sed -n 's/.*name="csrf-token" content="\([0-9a-f]*\)".*/\1/p')
  curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "csrf=$token" \
    --data-urlencode "email=$1" --data-urlencode "password=${LMP_DEMO_PASSWORD:-partnership}" \
    "$BASE/signin"
  sid=$(awk '$6 == "lmp_sid" { print $7 }' "$jar" | tail -n 1)
  token=$(curl -fs -b "lmp_sid=$sid" "$BASE/" | sed -n 's/.*name="csrf-token" content="\([0-9a-f]*\)".*/\1/p')
  team=$(curl -fs -b "lmp_sid=$sid" "$BASE/api/v1/me" | sed -n 's/.*"team_id":\([0-9]*\).*/\1/p')
  [ -n "$sid" ] && [ -n "$token" ] && [ -n "$team" ] || { echo "sign-in of $1 failed" >&2; exit 1; }
  echo "$sid $token $team"
}
for i in $(seq 1 "$SESSIONS"); do
  if [ $((i % 2)) -eq 1 ]; then sign_in colead@example.org "$i"; else sign_in member@example.org "$i"; fi
done >"$WORK/sessions"

# The search index of a first start is built in the background: wait for it.
COOKIE="lmp_sid=$(awk 'NR == 1 { print $1 }' "$WORK/sessions")"
for _ in $(seq 1 600); do
  curl -fs -b "$COOKIE" "$BASE/search?q=consensus" | grep -q '/content/consensus-decision-making' && break
  sleep 0.5
done

rss_kib() { awk '/^VmRSS:/ { print $2 }' "/proc/$APP/status"; }
# RSS in parts: anonymous (heap: what the process allocated) and file-backed (pages of files it
# maps, such as the search index's segments, which the kernel can drop and read again).
rss_parts() { awk '/^RssAnon:/ { a = $2 } /^RssFile:/ { f = $2 } END { printf "%d/%d", a / 1024, f / 1024 }' "/proc/$APP/status"; }
echo "RSS before the load: $(rss_kib) KiB" >&2
(
  while kill -0 "$APP" 2>/dev/null; do
    echo "$(date +%s) $(rss_kib) $(rss_parts)"
    sleep 10
  done
) >"$WORK/rss" &
SAMPLER=$!

echo "Soaking for ${DURATION} s: wrk -t$THREADS -c$CONNECTIONS, $SESSIONS sessions…" >&2
OUT=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency \
  -s bench/soak.lua "$BASE" -- "$WORK/sessions")
kill "$SAMPLER" 2>/dev/null || true
wait "$SAMPLER" 2>/dev/null || true
SAMPLER=
echo "$(date +%s) $(rss_kib) $(rss_parts)" >>"$WORK/rss"

RPS=$(awk '/^Requests\/sec/ { print $2 }' <<<"$OUT")
P50=$(awk '$1 == "50%" { print $2 }' <<<"$OUT")
P99=$(awk '$1 == "99%" { print $2 }' <<<"$OUT")
TOTAL=$(awk '/requests in/ { print $1 }' <<<"$OUT")
NON2XX=$(awk '/Non-2xx or 3xx/ { print $NF }' <<<"$OUT")
SOCKET=$(awk '/Socket errors/ { print }' <<<"$OUT")
MIX=$(grep '^mix:' <<<"$OUT" || true)
STATUSES=$(grep '^status ' <<<"$OUT" || true)
read -r RSS_START RSS_MAX RSS_END SAMPLES < <(awk '
  NR == 1 { start = $2 } { if ($2 > max) max = $2; end = $2; n++ }
  END { printf "%d %d %d %d\n", start, max, end, n }' "$WORK/rss")

echo
echo "Backend: $([ -n "${DATABASE_URL:-}" ] && echo PostgreSQL || echo SQLite); demo $SCALE; wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s; $SESSIONS sessions; $(nproc) cores"
echo "Write limits raised for the soak (LMP_*_WRITE_BURST, LMP_*_WRITES_PER_SEC = 1000000)."
echo "requests:     ${TOTAL:-0} (${MIX#mix: })"
echo "throughput:   $RPS req/s"
echo "latency:      p50 $P50, p99 $P99"
echo "errors:       ${NON2XX:-0} answers outside 2xx/3xx${SOCKET:+; $SOCKET}"
[ -n "$STATUSES" ] && echo "$STATUSES" | sed 's/^/              /'
echo "RSS (KiB):    start $RSS_START, max $RSS_MAX, end $RSS_END ($SAMPLES samples, every 10 s)"
# Every sample, in MB, so "flat" can be seen and not only inferred from three readings.
echo "RSS series (MB, every 10 s): $(awk '{ printf "%d ", $2 / 1024 }' "$WORK/rss")"
echo "  of which anonymous/file-backed (MB): $(awk '{ printf "%s ", $3 }' "$WORK/rss")"
if [ "${NON2XX:-0}" != 0 ] || [ -n "$SOCKET" ]; then
  echo "FAILED: the soak saw errors (server log: last lines below)"
  tail -n 20 "$WORK/serve.log"
  exit 1
fi
