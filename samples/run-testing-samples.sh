#!/usr/bin/env bash
# Packs LiveChat.Partners, LiveChat.Partners.Mock.Server and LiveChat.Partners.Testing into a local folder feed, then
# runs the two sample test projects (xUnit, NUnit) against those packages (not project references): each starts the
# mock in process, creates a sandbox, signs a client in to it, injects a fault and reads the journal.
#   samples/run-testing-samples.sh
#   samples/run-testing-samples.sh --no-build   pack the Release builds already there (`dotnet build -c Release` of the
#                                               solution ran first) instead of building each again to pack
set -euo pipefail

pack_build=()
case "${1:-}" in
  --no-build) pack_build=(--no-build) ;;
  "") ;;
  *) echo "usage: $0 [--no-build]" >&2; exit 2 ;;
esac

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
feed="$here/.feed"

# A fresh version for every run: what the samples run is exactly what was just packed.
version="0.1.0-testing.$(date -u +%Y%m%d%H%M%S)"

# Only the packages under test are dropped from the samples' package folder: the rest stays cached between runs.
rm -rf "$feed" "$here/.packages/livechat.partners" "$here/.packages/livechat.partners.mock.server" "$here/.packages/livechat.partners.testing"
mkdir -p "$feed"
start=$SECONDS
for project in src/Extensions/LiveChat.Partners.csproj tools/LiveChat.Partners.Mock.Server/LiveChat.Partners.Mock.Server.csproj src/Testing/LiveChat.Partners.Testing.csproj; do
  echo "== packing $(basename "$project" .csproj) $version into $feed"
  dotnet pack "$repo/$project" -c Release -o "$feed" -p:Version="$version" --nologo -v quiet "${pack_build[@]}"
done
echo "== packed in $((SECONDS - start)) s"

# samples/nuget.config: the local feed for the LiveChat.Partners packages, nuget.org for their dependencies.
for sample in Testing.XUnit Testing.NUnit; do
  echo "== $sample: dotnet test against the packed LiveChat.Partners.Testing"
  start=$SECONDS
  dotnet test "$here/$sample/$sample.csproj" -c Release --nologo -p:LiveChatPartnersVersion="$version"
  echo "== $sample: $((SECONDS - start)) s (restore, build and run)"
done
