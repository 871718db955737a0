#!/usr/bin/env bash
# Packs LiveChat.Partners into a local folder feed, builds the sample against that package (not a project
# reference) and runs it against a server.
#   samples/run-sample.sh <base-url> [token]      e.g. samples/run-sample.sh http://127.0.0.1:5080 sample-token
#   samples/run-sample.sh --build-only            pack and build, do not run
#   samples/run-sample.sh --aot <base-url> [token] also publish the sample with native AOT (PublishAot=true), fail on
#                                                  any trim or AOT warning, and run the native binary's journey too
#   --no-build (first)                             pack the Release build already there (`dotnet build -c Release`
#                                                  of the solution ran first) instead of building it again to pack
# The token defaults to $LIVECHAT_PARTNERS_TOKEN.
set -euo pipefail

aot=false
pack_build=()
while [[ "${1:-}" == --aot || "${1:-}" == --no-build ]]; do
  case $1 in
    --aot) aot=true ;;
    --no-build) pack_build=(--no-build) ;;
  esac
  shift
done

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
feed="$here/.feed"

if [[ $# -lt 1 ]]; then
  echo "usage: $0 <base-url> [token] | --build-only" >&2
  exit 2
fi

# A fresh version for every run: what the sample runs is exactly what was just packed.
version="0.1.0-sample.$(date -u +%Y%m%d%H%M%S)"

# Only the package under test is dropped from the sample's package folder: the rest (the AOT compiler among them)
# stays cached between local runs.
rm -rf "$feed" "$here/.packages/livechat.partners"
mkdir -p "$feed"
echo "== packing LiveChat.Partners $version into $feed"
dotnet pack "$repo/src/Extensions/LiveChat.Partners.csproj" -c Release -o "$feed" -p:Version="$version" --nologo "${pack_build[@]}"

echo "== building the sample against the packed package"
# samples/nuget.config: the local feed for LiveChat.Partners, nuget.org for its dependencies.
dotnet build "$here/QuickStart/QuickStart.csproj" -c Release --nologo -p:LiveChatPartnersVersion="$version"

if [[ "$1" == "--build-only" ]]; then
  exit 0
fi

echo "== running the journey against $1"
dotnet "$here/QuickStart/bin/Release/net10.0/QuickStart.dll" "$@"

if [[ "$aot" != true ]]; then
  exit 0
fi

# Native AOT: the ILCompiler packages come from the feed (the SDK picks their version); the native linker is the
# platform's clang (`clang`, else the newest `clang-N` on PATH, as Debian installs it).
case "$(uname -m)" in
  x86_64) rid=linux-x64 ;;
  aarch64 | arm64) rid=linux-arm64 ;;
  *) echo "native AOT: no runtime identifier for $(uname -m)" >&2; exit 1 ;;
esac
linker=clang
if ! command -v clang >/dev/null; then
  linker=$(compgen -c clang- | grep -E '^clang-[0-9]+$' | sort -V | tail -n 1 || true)
fi
if [[ -z "$linker" ]] || ! command -v "$linker" >/dev/null; then
  echo "native AOT needs clang (apt-get install clang)" >&2
  exit 1
fi

echo "== publishing the sample with native AOT ($rid, linker $linker)"
out="$here/QuickStart/bin/aot"
log="$(mktemp)"
start=$SECONDS
# TrimmerSingleWarn=false: every trim/AOT warning on its own line, not one summary per assembly.
if ! dotnet publish "$here/QuickStart/QuickStart.csproj" -c Release -r "$rid" -o "$out" --nologo \
    -p:LiveChatPartnersVersion="$version" -p:PublishAot=true -p:TrimmerSingleWarn=false \
    -p:CppCompilerAndLinker="$linker" >"$log" 2>&1; then
  cat "$log"
  rm -f "$log"
  exit 1
fi
warnings=$(grep -E 'warning [A-Z]+[0-9]+' "$log" | sort -u || true)
rm -f "$log"
if [[ -n "$warnings" ]]; then
  echo "native AOT: the publish warned (trim/AOT analysis must be clean):" >&2
  echo "$warnings" >&2
  exit 1
fi
echo "== native AOT publish: 0 warnings, $((SECONDS - start)) s, $(du -k "$out/QuickStart" | cut -f1) KB binary"

echo "== running the native binary's journey against $1"
"$out/QuickStart" "$@"
