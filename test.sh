#!/usr/bin/env bash
# Runs every test of the repository: the OpenAPI document's, the SDK's, the mock server's and the
# contract tests, then prints one summary line ("N passed, N failed, N skipped").
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet tool restore >/dev/null
output=$(mktemp)
dotnet test LiveChatPartners.sln --configuration Release "$@" 2>&1 | tee "$output"
status=${PIPESTATUS[0]}

# dotnet test prints one "Passed!/Failed!  - Failed: F, Passed: P, Skipped: S" line per test assembly.
awk -F'[:,]' '/(Passed|Failed)! +- Failed:/ { f += $2; p += $4; s += $6 }
  END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$output"
rm -f "$output"
exit "$status"
