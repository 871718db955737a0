#!/usr/bin/env bash
# Dredd (pinned by package-lock.json) runs every transaction of openapi/livechat-partners.yaml against a fresh
# mock (--strict, on a free port): the requests come from the document's examples, hooks.js says what it changes
# and why. Prints the counts (compiled, run, passing, failing, skipped with reasons) and fails on any failing
# transaction, any compile error, or a compiled count different from the document's. Called by .ci/run.
# Logs: artifacts/dredd.log (Dredd), artifacts/dredd-mock.log (the mock), artifacts/dredd-summary.json.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
document="${DREDD_DOCUMENT:-$root/openapi/livechat-partners.yaml}" # DREDD_DOCUMENT: try another copy
cd "$here"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
started=$(date +%s)

echo "::: dredd: npm ci"
npm ci --no-audit --no-fund --loglevel=error

if [ -z "${LIVECHAT_MOCK_DLL:-}" ]; then
  echo "::: dredd: build the mock server (incremental)"
  dotnet build "$root/tools/LiveChat.Partners.Mock/LiveChat.Partners.Mock.csproj" --configuration Release --nologo -v quiet
  LIVECHAT_MOCK_DLL="$root/tools/LiveChat.Partners.Mock/bin/Release/net10.0/LiveChat.Partners.Mock.dll"
fi

mkdir -p "$root/artifacts"
log="$root/artifacts/dredd.log" mock_log="$root/artifacts/dredd-mock.log" summary="$root/artifacts/dredd-summary.json"
rm -f "$summary"
port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
token="dredd-$(node -e "console.log(require('crypto').randomBytes(12).toString('hex'))")"
max_body=65536 # small, so that every 413 transaction sends 64 KiB, not the default 5 MiB
origin="http://127.0.0.1:$port"

echo "::: dredd: mock on $origin (--strict, Mock__MaxBodyBytes=$max_body)"
Mock__MaxBodyBytes=$max_body dotnet "$LIVECHAT_MOCK_DLL" --urls "$origin" --token "$token" --strict >"$mock_log" 2>&1 &
mock_pid=$!
trap 'kill "$mock_pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  curl -fs "$origin/health" >/dev/null && break
  kill -0 "$mock_pid" 2>/dev/null || { cat "$mock_log"; echo "the mock did not start" >&2; exit 1; }
  sleep 0.2
done

echo "::: dredd: every transaction of the document"
expected=$(node expected-transactions.mjs "$document")
status=0
DREDD_MOCK_ORIGIN="$origin" DREDD_TOKEN="$token" DREDD_MAX_BODY_BYTES=$max_body DREDD_SUMMARY_FILE="$summary" \
  npx --no-install dredd "$document" "$origin/v2/partners" --hookfiles=hooks.js --color=false --reporter=markdown \
  --output="$root/artifacts/dredd-report.md" >"$log" 2>&1 || status=$?

warnings=$(grep -c '^warn: API description parser warning' "$log" || true)
grep -E '^(error|fail):|^hook: FAILED|Compilation error' "$log" | head -40 || true
grep -E '^complete:' "$log" || true

[ -f "$summary" ] || { tail -40 "$log"; echo "Dredd did not run the hooks' afterAll (see artifacts/dredd.log)" >&2; exit 1; }
node - "$summary" "$expected" "$warnings" "$status" "$(( $(date +%s) - started ))" <<'EOF'
const [file, expected, warnings, status, seconds] = process.argv.slice(2);
const s = JSON.parse(require('fs').readFileSync(file, 'utf8'));
console.log(`dredd: ${s.compiled} compiled (the document has ${expected}; ${warnings} parser warnings: keys Dredd's OpenAPI 3 adapter ignores),`
  + ` ${s.run} run, ${s.passing} passing, ${s.failing} failing, ${s.skipped} skipped, in ${seconds} s`);
for (const [status, c] of Object.entries(s.byStatus)) console.log(`  ${status}: ${c.pass}/${c.total} passing${c.skip ? `, ${c.skip} skipped` : ''}`);
for (const [reason, n] of Object.entries(s.skipReasons)) console.log(`  skipped ${n} × ${reason}`);
const problems = [];
if (String(s.compiled) !== expected) problems.push(`Dredd compiled ${s.compiled} transactions, the document has ${expected}`);
if (s.setupError) problems.push(`a beforeAll/afterAll hook failed: ${s.setupError}`);
if (s.failing > 0) problems.push(`${s.failing} transactions failed`);
if (status !== '0') problems.push(`Dredd exited with ${status}`);
if (problems.length) { console.error(`dredd: FAILED: ${problems.join('; ')} (see artifacts/dredd.log)`); process.exit(1); }
EOF
kill "$mock_pid" && wait "$mock_pid" 2>/dev/null || true
trap - EXIT
