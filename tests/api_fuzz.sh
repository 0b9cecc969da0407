#!/usr/bin/env bash
# Fuzzes the JSON API against its own OpenAPI document with schemathesis: starts `lmp serve`
# with the small demo organisation on a free loopback port and a throw-away data directory,
# signs in as the demo administrator, creates a personal API token on the account page, and
# runs schemathesis with that token against /api/v1/openapi.json. Fails on any server error
# (5xx), any status code, content type or response body the document does not describe, and
# any invalid input the API accepts.
#
#   tests/api_fuzz.sh                   SQLite, API_FUZZ_EXAMPLES (default 40) cases per operation
#   DATABASE_URL=postgres://… tests/api_fuzz.sh   the same against an empty PostgreSQL database
#
# Bounded: a fixed seed and at most API_FUZZ_EXAMPLES generated cases per operation and
# phase, so a run takes a few minutes on two cores. The server is stopped on exit.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

examples="${API_FUZZ_EXAMPLES:-40}"
seed="${API_FUZZ_SEED:-20260510}"
schemathesis_version=4.32.5
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}"

work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "-- building lmp"
cargo build -p lmp-cli --locked --quiet
lmp="$CARGO_TARGET_DIR/debug/lmp"

echo "-- schemathesis $schemathesis_version"
venv="$CARGO_TARGET_DIR/api-fuzz-venv"
if ! [ -x "$venv/bin/schemathesis" ] \
  || ! "$venv/bin/schemathesis" --version | grep -qF "$schemathesis_version"; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$schemathesis_version"
fi

port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
base="http://127.0.0.1:$port"
echo "-- starting lmp serve --demo --demo-scale small on $base"
# The write limits are switched off (0): the fuzzer sends changes far faster than a person, and
# every one of them should reach its handler. The 429 they would give is in the document.
LMP_DATA_DIR="$work/data" LMP_SEARCH_DIR="$work/search" LMP_LOG="${LMP_LOG:-warn}" \
  LMP_SESSION_WRITE_BURST=0 LMP_ADDRESS_WRITE_BURST=0 \
  "$lmp" serve --demo --demo-scale small --bind "127.0.0.1:$port" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 300); do
  if curl -fsS "$base/healthz" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "the server stopped while starting:"
    cat "$work/server.log"
    exit 1
  fi
  sleep 1
done
curl -fsS "$base/healthz" >/dev/null || {
  echo "the server did not answer /healthz in 300 s:"
  cat "$work/server.log"
  exit 1
}

# Signs in like a browser (cookie jar and the form's CSRF token), then creates a token on the
# account page, which shows it once.
token_for() {
  local email="$1" jar="$work/cookies-$1" csrf token
  csrf_of() { sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -n 1; }
  csrf="$(curl -fsS -c "$jar" -b "$jar" "$base/signin" | csrf_of)"
  curl -fsS -o /dev/null -c "$jar" -b "$jar" "$base/signin" \
    --data-urlencode "csrf=$csrf" --data-urlencode "email=$email" \
    --data-urlencode "password=${LMP_DEMO_PASSWORD:-partnership}" --data-urlencode "next=/account"
  csrf="$(curl -fsS -c "$jar" -b "$jar" "$base/account" | csrf_of)"
  token="$(curl -fsS -c "$jar" -b "$jar" "$base/account/tokens" \
    --data-urlencode "csrf=$csrf" --data-urlencode "name=api fuzzing" \
    | sed -n 's/.*<code class="token">\([^<]*\)<\/code>.*/\1/p' | head -n 1)"
  if [ -z "$token" ]; then
    echo "could not create an API token for $email on the account page" >&2
    return 1
  fi
  curl -fsS -o /dev/null -H "Authorization: Bearer $token" "$base/api/v1/me"
  echo "$token"
}

# Random ids mostly hit 404, so the generated requests also draw, some of the time, from the
# ids that exist in the demo (read from its database) and from the codes the API takes.
python3 - "${DATABASE_URL:-$work/data/lmp.db}" >"$work/schemathesis.toml" <<'PY'
import sqlite3
import subprocess
import sys

where = sys.argv[1]
db = None if where.startswith("postgres") else sqlite3.connect(f"file:{where}?mode=ro", uri=True)


def column(sql, *args):
    if db is not None:
        return [row[0] for row in db.execute(sql, args).fetchall()]
    for arg in args:  # only ids from the database itself
        sql = sql.replace("?", str(int(arg)), 1)
    out = subprocess.run(["psql", where, "-tAc", sql], check=True, capture_output=True, text=True)
    return [int(v) if v.lstrip("-").isdigit() else v for v in out.stdout.split("\n") if v]


colead = column("SELECT id FROM people WHERE email = 'colead@example.org'")
teams = column("SELECT DISTINCT team_id FROM team_roles WHERE person_id = ?", *colead)
teams += column("SELECT id FROM teams ORDER BY id LIMIT 3")
within = f"({','.join(str(t) for t in teams)})"
values = {
    "teams": teams,
    "people": colead + column("SELECT id FROM people ORDER BY id LIMIT 5"),
    "entries": column(f"SELECT id FROM team_roles WHERE team_id IN {within} LIMIT 20"),
    "meetings": column(f"SELECT id FROM meetings WHERE team_id IN {within} LIMIT 10"),
    "proposals": column(f"SELECT id FROM proposals WHERE team_id IN {within} LIMIT 10"),
    "measures": column(
        f"SELECT m.id FROM measures m JOIN projects p ON p.id = m.project_id "
        f"WHERE p.team_id IN {within} LIMIT 10"
    ),
    "assessments": column(
        f"SELECT id FROM p2p_assessments WHERE team_id IN {within} ORDER BY id DESC LIMIT 10"
    ),
    "criteria": column("SELECT id FROM p2p_criteria ORDER BY id DESC LIMIT 30"),
    "years": [str(name) for name in column("SELECT name FROM p2p_years")],
    "scopes": ["national"]
    + [f"region:{i}" for i in column("SELECT id FROM regions LIMIT 2")]
    + [f"facility:{i}" for i in column("SELECT id FROM facilities LIMIT 2")]
    + [f"sponsor:{i}" for i in column("SELECT id FROM people WHERE email = 'sponsor@example.org'")],
    "roles": ["member", "steward", "safety_champion", "consultant", "co_lead_labor",
              "co_lead_management", "sponsor_management", "sponsor_labor"],
    "stances": ["support", "reservations", "live_with", "discuss", "block"],
    "decisions": ["approve", "return"],
}
bindings = [
    ("/api/v1/teams/{id}", "path.id", "teams"),
    ("/api/v1/teams/{id}/roster", "path.id", "teams"),
    ("/api/v1/teams/{id}/roster", "body.person_id", "people"),
    ("/api/v1/teams/{id}/roster", "body.role", "roles"),
    ("/api/v1/teams/{id}/roster/{entry_id}", "path.id", "teams"),
    ("/api/v1/teams/{id}/roster/{entry_id}", "path.entry_id", "entries"),
    ("/api/v1/teams/{id}/charter", "path.id", "teams"),
    ("/api/v1/teams/{id}/p2p", "path.id", "teams"),
    ("/api/v1/teams/{id}/p2p/assessments", "path.id", "teams"),
    ("/api/v1/teams/{id}/p2p/assessments", "body.answers[*].criterion_id", "criteria"),
    ("/api/v1/p2p/assessments/{id}/sign-off", "path.id", "assessments"),
    ("/api/v1/p2p/assessments/{id}/sign-off", "body.decision", "decisions"),
    ("/api/v1/p2p/criteria", "query.year", "years"),
    ("/api/v1/p2p/rollup", "query.scope", "scopes"),
    ("/api/v1/people/{id}", "path.id", "people"),
    ("/api/v1/measures/{id}/chart", "path.id", "measures"),
    ("/api/v1/meetings/{id}", "path.id", "meetings"),
    ("/api/v1/proposals/{id}", "path.id", "proposals"),
    ("/api/v1/proposals/{id}/stance", "path.id", "proposals"),
    ("/api/v1/proposals/{id}/stance", "body.stance", "stances"),
]


def toml(value):
    return f'"{value}"' if isinstance(value, str) else str(value)


for name, items in values.items():
    if items:
        print(f"[dictionaries.{name}]\nvalues = [{', '.join(toml(v) for v in items)}]\n")
paths = {}
for path, key, name in bindings:
    if values[name]:
        paths.setdefault(path, []).append((key, name))
for path, keys in paths.items():
    print(f'[[operations]]\ninclude-path = "{path}"')
    print("[operations.parameters]")
    for key, name in keys:
        print(f'"{key}" = {{ dictionary = "{name}", probability = 0.7 }}')
    print()
PY

# Run from the work directory: schemathesis keeps its example database (.hypothesis) there.
cd "$work"
status=0
passed=0
failed=0
for account in admin@example.org colead@example.org; do
  token="$(token_for "$account")"
  echo "-- schemathesis run as $account: $examples cases per operation, seed $seed"
  "$venv/bin/schemathesis" --config-file "$work/schemathesis.toml" run "$base/api/v1/openapi.json" \
    --url "$base" \
    --header "Authorization: Bearer $token" \
    --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance,negative_data_rejection \
    --mode all \
    --phases examples,coverage,fuzzing \
    --max-examples "$examples" \
    --seed "$seed" \
    --workers 2 \
    --request-timeout 30 \
    --suppress-health-check too_slow \
    --output-truncate false \
    --generation-database :memory: \
    --no-color && passed=$((passed + 1)) || { status=$?; failed=$((failed + 1)); }
done
if [ "$status" -ne 0 ]; then
  echo "-- schemathesis found problems (exit $status); the server's log:"
  tail -n 50 "$work/server.log"
  echo "api-fuzz: $passed passed, $failed failed"
  exit "$status"
fi
echo "-- the API matched its document"
echo "api-fuzz: $passed passed, $failed failed"
