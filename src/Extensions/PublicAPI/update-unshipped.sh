#!/usr/bin/env bash
# Rewrites PublicAPI/<tfm>/PublicAPI.Unshipped.txt from what the build reports as missing (RS0016) or gone (RS0017):
# run it after a deliberate change of the public surface (a document change included), then review the diff.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
project="$here/../LiveChat.Partners.csproj"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
for tfm in netstandard2.0 net8.0; do printf '#nullable enable\n' > "$here/$tfm/PublicAPI.Unshipped.txt"; done
dotnet build "$project" -c Release --nologo -v quiet --no-incremental -p:TreatWarningsAsErrors=false >"$log" 2>&1 || true
for tfm in netstandard2.0 net8.0; do
  {
    printf '#nullable enable\n'
    grep -F "TargetFramework=$tfm]" "$log" \
      | sed -n "s/.*RS0016: Symbol '\(.*\)' is not part of the declared public API.*/\1/p" \
      | LC_ALL=C sort -fu
  } > "$here/$tfm/PublicAPI.Unshipped.txt"
  echo "$tfm: $(($(wc -l < "$here/$tfm/PublicAPI.Unshipped.txt") - 1)) unshipped"
done
