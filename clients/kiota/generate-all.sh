#!/usr/bin/env bash
# Generates Kiota clients for Python, Go, Java and PHP from openapi/livechat-partners.yaml with the
# Kiota this repository pins (.config/dotnet-tools.json), offline, and fails on any Kiota warning,
# as src/Generated/CodeGeneration.targets does for the C# SDK. Called by .ci/run.
#
#   clients/kiota/generate-all.sh                # all four
#   clients/kiota/generate-all.sh python go      # some of them (python, go, java, php)
#
# Output goes to clients/generated/<language>/ (git-ignored, never committed, never hand-edited).
# Nothing here compiles the output: the Kiota runtime packages come from PyPI, the Go module proxy,
# Maven Central and Packagist, which this project's machines and CI cannot reach.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# No update check against the Kiota releases feed, no telemetry: generation needs no network.
export KIOTA_OFFLINE_ENABLED=true KIOTA_CLI_TELEMETRY_OPTOUT=true

document=openapi/livechat-partners.yaml
# Kiota validation rules turned off, each for a reason; any other Kiota warning fails the script.
# * MultipleServerEntries: the document lists production and the local mock; a Kiota client takes
#   the first (production) as its default and the caller sets another on the request adapter
#   (the mock's, or Recurly's for getRecurlyToken), so "only the first one will be used" is right.
# * KnownAndNotSupportedFormats: Kiota maps `format: email` and `format: uri` to a string in every
#   language, which is what we want; the formats stay in the document for the docs, NSwag and the
#   mock's validation.
disabled_rules=(--disable-validation-rules MultipleServerEntries --disable-validation-rules KnownAndNotSupportedFormats)

# language -> Kiota --language, --namespace-name, --output (each output dir is a source root).
declare -A kiota_language=([python]=Python [go]=Go [java]=Java [php]=PHP)
declare -A namespace=([python]=livechat_partners [go]=livechatpartners [java]=livechat.partners [php]='LiveChat\Partners')
declare -A output=(
  [python]=clients/generated/python/livechat_partners
  [go]=clients/generated/go
  [java]=clients/generated/java/livechat/partners
  [php]=clients/generated/php
)
declare -A root_file=(
  [python]=live_chat_partners_client.py
  [go]=live_chat_partners_client.go
  [java]=LiveChatPartnersClient.java
  [php]=LiveChatPartnersClient.php
)

languages=("$@")
[ ${#languages[@]} -gt 0 ] || languages=(python go java php)
for language in "${languages[@]}"; do
  [ -n "${kiota_language[$language]:-}" ] || { echo "unknown language '$language' (python, go, java, php)" >&2; exit 2; }
done

dotnet tool restore >/dev/null

# Where the kernel allows it, Kiota runs in a network namespace of its own with no interface up, so
# an attempt to reach the network fails (and Kiota's warning about it fails the script).
no_network=()
if unshare --user --map-root-user --net true 2>/dev/null; then
  no_network=(unshare --user --map-root-user --net)
  echo "kiota: generating with no network at all (unshare --net)"
else
  echo "kiota: generating offline (KIOTA_OFFLINE_ENABLED; unshare --net is not allowed here)"
fi

failed=0
for language in "${languages[@]}"; do
  out=${output[$language]}
  started=${EPOCHREALTIME/./}
  set +e
  log=$("${no_network[@]}" dotnet tool run kiota -- generate \
    --language "${kiota_language[$language]}" --openapi "$document" --output "$out" \
    --class-name LiveChatPartnersClient --namespace-name "${namespace[$language]}" \
    --exclude-backward-compatible --clean-output --log-level Warning "${disabled_rules[@]}" 2>&1)
  exit_code=$?
  set -e
  elapsed_ms=$(( (${EPOCHREALTIME/./} - started) / 1000 ))
  # Kiota's logger prefixes each entry with its level: warn:, fail: or crit: are all failures.
  warnings=$(grep -cE '^(warn|fail|crit):' <<<"$log" || true)
  if [ "$exit_code" -ne 0 ] || [ "$warnings" -ne 0 ] || [ ! -f "$out/${root_file[$language]}" ]; then
    echo "kiota $language: FAILED (exit code $exit_code, $warnings warnings); fix the document, or disable the rule above with a reason:" >&2
    echo "$log" >&2
    failed=1
    continue
  fi
  if git rev-parse --is-inside-work-tree >/dev/null 2>&1 && ! git check-ignore -q "$out"; then
    echo "kiota $language: $out is not git-ignored" >&2
    failed=1
    continue
  fi
  files=$(find "$out" -type f -not -name 'kiota-lock.json' -not -name '.kiota.log' | wc -l)
  printf 'kiota %-6s 0 warnings, %4d files in %s (%d ms)\n' "$language" "$files" "$out" "$elapsed_ms"
done

# Not a compilation (the runtime packages are out of reach), but Python's own parser reads every
# generated file when a Python is installed.
if [ "$failed" -eq 0 ] && [[ " ${languages[*]} " == *" python "* ]]; then
  if command -v python3 >/dev/null 2>&1 && python3 -c '' 2>/dev/null; then
    python3 - "${output[python]}" <<'PY'
import ast, pathlib, sys
files = sorted(pathlib.Path(sys.argv[1]).rglob("*.py"))
for f in files:
    ast.parse(f.read_text(encoding="utf-8"), filename=str(f))
print(f"kiota python: {len(files)} files parse (python {sys.version.split()[0]}, ast; imports not resolved)")
PY
  else
    echo "kiota python: no python3 here, syntax not checked"
  fi
fi

exit "$failed"
