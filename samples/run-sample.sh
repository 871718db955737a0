#!/usr/bin/env bash
# Packs LiveChat.Partners into a local folder feed, builds the sample against that package (not a project
# reference) and runs it against a server.
#   samples/run-sample.sh <base-url> [token]      e.g. samples/run-sample.sh http://127.0.0.1:5080 sample-token
#   samples/run-sample.sh --build-only            pack and build, do not run
# The token defaults to $LIVECHAT_PARTNERS_TOKEN.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
feed="$here/.feed"

if [[ $# -lt 1 ]]; then
  echo "usage: $0 <base-url> [token] | --build-only" >&2
  exit 2
fi

# A fresh version for every run: what the sample runs is exactly what was just packed.
version="0.1.0-sample.$(date -u +%Y%m%d%H%M%S)"

rm -rf "$feed" "$here/.packages"
mkdir -p "$feed"
echo "== packing LiveChat.Partners $version into $feed"
dotnet pack "$repo/src/Extensions/LiveChat.Partners.csproj" -c Release -o "$feed" -p:Version="$version" --nologo

echo "== building the sample against the packed package"
# samples/nuget.config: the local feed for LiveChat.Partners, nuget.org for its dependencies.
dotnet build "$here/QuickStart/QuickStart.csproj" -c Release --nologo -p:LiveChatPartnersVersion="$version"

if [[ "$1" == "--build-only" ]]; then
  exit 0
fi

echo "== running the journey against $1"
dotnet "$here/QuickStart/bin/Release/net10.0/QuickStart.dll" "$@"
