#!/usr/bin/env bash
# The single-file mock's journey, with nothing but curl: start the binary, wait for /health, create a sandbox,
# move its clock, call the Partner API as a partner's tests would, import the example fixture, read the coverage.
# usage: [COVERAGE_OUT=report.md] tests/SingleFile/journey.sh path/to/LiveChat.Partners.Mock [port]
set -euo pipefail
binary="$1"
port="${2:-5097}"
base="http://127.0.0.1:$port"
fixture="$(cd "$(dirname "$0")/../.." && pwd)/samples/fixtures/acme50.json"
log="$(mktemp)"

"$binary" --urls "$base" --strict >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; rm -f "$log"' EXIT

started=$(date +%s%N)
for _ in $(seq 1 200); do
  curl -fs "$base/health" >/dev/null && break
  kill -0 "$pid" 2>/dev/null || { cat "$log"; echo "the mock exited"; exit 1; }
  sleep 0.05
done
echo "healthy after $(( ($(date +%s%N) - started) / 1000000 )) ms"

fail() { echo "FAIL: $*"; cat "$log"; exit 1; }
json() { sed -n "s/.*\"$1\": *\"\\{0,1\\}\\([^\",}]*\\).*/\\1/p" | head -1; }
expect() { # expect STATUS METHOD PATH [curl args...]: prints the body
  local status="$1" method="$2" path="$3"; shift 3
  local out; out=$(curl -s -o /tmp/journey-body.$$ -w '%{http_code}' -X "$method" "$base$path" "$@")
  [ "$out" = "$status" ] || fail "$method $path answered $out, expected $status: $(cat /tmp/journey-body.$$)"
  cat /tmp/journey-body.$$; rm -f /tmp/journey-body.$$
}

sandbox=$(expect 201 POST /_mock/sandboxes)
partner=$(echo "$sandbox" | json partner_id)
token=$(echo "$sandbox" | json token)
auth=(-H "Authorization: Bearer $token")
echo "sandbox $partner"

expect 200 PUT "/_mock/sandboxes/$partner/clock" -H 'Content-Type: application/json' -d '{"now":"2030-01-15 10:20:30"}' | grep -q '"2030-01-15 10:20:3' || fail "clock not set"
expect 200 GET /v2/partners "${auth[@]}" | grep -q "\"partner_id\":\"$partner\"" || fail "profile"
expect 401 GET /v2/partners/stats >/dev/null
license=$(expect 201 POST /v2/partners/solutions/licenses "${auth[@]}" -H 'Content-Type: application/json' \
  -d '{"client_name":"Curl Client","client_email":"curl@client.com","payment_origin":"client","trial_duration":14}')
echo "$license" | grep -q '"creation_timestamp":"2030-01-15 10:2' || fail "the license did not take the sandbox's time: $license"
id=$(echo "$license" | json license)
expect 409 POST /v2/partners/solutions/licenses "${auth[@]}" -H 'Content-Type: application/json' \
  -d '{"client_name":"Curl Client","client_email":"curl@client.com","payment_origin":"client"}' >/dev/null
expect 400 POST /v2/partners/solutions/licenses "${auth[@]}" -H 'Content-Type: application/json' -d '{"client_name":"x"}' >/dev/null
expect 200 POST "/_mock/sandboxes/$partner/clock/advance" -H 'Content-Type: application/json' -d '{"seconds":1296000}' >/dev/null
expect 200 GET "/v2/partners/resellers/licenses/$id" "${auth[@]}" | grep -q '"expired":true' || fail "the trial did not expire"

expect 200 PUT "/_mock/sandboxes/$partner/state" -H 'Content-Type: application/json' --data @"$fixture" >/dev/null
expect 200 GET /v2/partners/stats -H "Authorization: Bearer acme50-fixture-token" | grep -q '"reseller":{"trials":25,"trials_cc":5,"paid":20}' || fail "fixture stats"

coverage=$(expect 200 GET "/_mock/sandboxes/$partner/coverage" -H 'Accept: text/markdown')
echo "$coverage" | grep -q 'never saw' || fail "coverage: $coverage"
echo "$coverage" | head -12
if [ -n "${COVERAGE_OUT:-}" ]; then echo "$coverage" >"$COVERAGE_OUT"; fi   # the whole report (docs/testing.md shows one)
expect 200 GET /_mock/coverage | grep -q '"scope":"server"' || fail "server coverage"
echo "single-file journey: ok"
