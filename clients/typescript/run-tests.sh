#!/usr/bin/env bash
# Everything the TypeScript client needs, in order: install (pinned by package-lock.json), generate
# the types from openapi/livechat-partners.yaml (fails on any generator warning), type-check
# (strict), build the mock server if needed, and run the tests: the journey against the mock, and
# the token-origin test (the Partner token never leaves the API's origin). Called by .ci/run.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$here"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "::: typescript client: npm ci"
npm ci --no-audit --no-fund

echo "::: typescript client: generate types (openapi-typescript)"
npm run --silent generate

echo "::: typescript client: tsc --noEmit (strict)"
npm run --silent typecheck

if [ -z "${LIVECHAT_MOCK_DLL:-}" ]; then
  echo "::: typescript client: build the mock server (incremental)"
  dotnet build "$root/tools/LiveChat.Partners.Mock/LiveChat.Partners.Mock.csproj" --configuration Release --nologo -v quiet
  export LIVECHAT_MOCK_DLL="$root/tools/LiveChat.Partners.Mock/bin/Release/net10.0/LiveChat.Partners.Mock.dll"
fi

echo "::: typescript client: journey against the mock server, token origin (node --test)"
npm test
