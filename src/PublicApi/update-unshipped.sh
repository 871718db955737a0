#!/usr/bin/env bash
# Rewrites PublicAPI/<tfm>/PublicAPI.Unshipped.txt of the projects given from what their build reports as missing
# (RS0016): run it after a deliberate change of a package's public surface (a document change included), then review
# the diff and build again (the script builds with warnings allowed; the build after it is the check). Symbols gone
# from PublicAPI.Shipped.txt (RS0017) are listed, to be marked removed there by hand.
#   src/PublicApi/update-unshipped.sh [project.csproj...]   (default: every project that imports PublicApi.targets)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
if [ "$#" -eq 0 ]; then
  set -- "$repo/src/Extensions/LiveChat.Partners.csproj" "$repo/src/Testing/LiveChat.Partners.Testing.csproj" \
    "$repo/tools/LiveChat.Partners.Mock.Server/LiveChat.Partners.Mock.Server.csproj"
fi
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
for argument in "$@"; do
  project="$(cd "$(dirname "$argument")" && pwd)/$(basename "$argument")"
  baselines="$(dirname "$project")/PublicAPI"
  mapfile -t tfms < <(find "$baselines" -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | LC_ALL=C sort)
  for tfm in "${tfms[@]}"; do printf '#nullable enable\n' > "$baselines/$tfm/PublicAPI.Unshipped.txt"; done
  # The emptied files are inputs of the compilation, so it runs again and reports every symbol not in Shipped.
  dotnet build "$project" -c Release --nologo -v quiet -p:TreatWarningsAsErrors=false >"$log" 2>&1 || true
  for tfm in "${tfms[@]}"; do
    # A diagnostic names its project: [path.csproj::TargetFramework=tfm] when multi-targeted, [path.csproj] otherwise.
    if [ "${#tfms[@]}" -gt 1 ]; then scope="[$project::TargetFramework=$tfm]"; else scope="[$project]"; fi
    {
      printf '#nullable enable\n'
      grep -F "$scope" "$log" \
        | sed -n "s/.*RS0016: Symbol '\(.*\)' is not part of the declared public API.*/\1/p" \
        | LC_ALL=C sort -fu
    } > "$baselines/$tfm/PublicAPI.Unshipped.txt"
    echo "$(basename "$project" .csproj) $tfm: $(($(wc -l < "$baselines/$tfm/PublicAPI.Unshipped.txt") - 1)) unshipped"
    grep -F "$scope" "$log" | sed -n "s/.*RS0017: Symbol '\(.*\)' is part of the declared API, but is either not public or could not be found.*/  gone from Shipped: \1/p" | LC_ALL=C sort -u
  done
done
