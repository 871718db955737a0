#!/usr/bin/env bash
# Publishes the mock as one self-contained executable for a runtime (default linux-x64), with the two OpenAPI
# documents next to it (openapi/): no .NET needed on the machine that runs it.
# usage: tools/publish-single-file.sh [RID] [OUT_DIR]     e.g. tools/publish-single-file.sh linux-arm64 artifacts/mock-linux-arm64
set -euo pipefail
cd "$(dirname "$0")/.."
rid="${1:-linux-x64}"
out="${2:-artifacts/mock-$rid}"
# ReadyToRun (per assembly; ImageSharp and PDFsharp left to the JIT: tools/single-file.targets), InvariantGlobalization
# (the project's), TieredPGO off (its instrumentation costs start-up; measured about 20% here). Not trimmed: NSwag,
# NJsonSchema and Newtonsoft.Json reflect over types trimming would remove.
# Shares obj/ with the usual build (the runtime's intermediates go to obj/Release/net10.0/RID/): do not run it while
# another build of the mock runs in the same clone.
dotnet publish tools/LiveChat.Partners.Mock/LiveChat.Partners.Mock.csproj -c Release -r "$rid" --self-contained \
  -p:PublishSingleFile=true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=false -p:EnableCompressionInSingleFile=false \
  -p:IncludeNativeLibrariesForSelfExtract=true -p:DebugType=none -p:GenerateDocumentationFile=false \
  -p:CustomAfterMicrosoftCommonTargets="$PWD/tools/single-file.targets" -p:TieredPGO=false \
  -o "$out" --nologo -v quiet
ls -l "$out"
