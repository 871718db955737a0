#!/usr/bin/env bash
# Runs every benchmark of issue 8 and writes the report.
#
#   benchmarks/run.sh           full run (about 25 minutes) -> docs/benchmarks.md
#   benchmarks/run.sh --smoke   seconds-long check of the harness (CI) -> benchmarks/.out/benchmarks-smoke.md
#
# Stages: build the mock server (Release publish) and the BenchmarkDotNet project; build times; start-up times;
# then ONE mock server on loopback for BenchmarkDotNet (SDK vs raw HttpClient) and for autocannon, with its peers
# under the same load: Prism and WireMock.Net serving the same document, and the ceiling (a bare Kestrel endpoint
# writing the bytes our mock answers). Every server started here is stopped on exit.
#
# Environment: LCP_BENCH_MOCK_PORT (5181), LCP_BENCH_PRISM_PORT (4011), LCP_BENCH_STARTUP_PORT (5182),
# LCP_BENCH_WIREMOCK_PORT (5183), LCP_BENCH_CEILING_PORT (5184),
# LCP_BENCH_MAX_LOAD (0.7): a full run refuses to start when the 1-minute load average is at or above it
# (the figures would measure the other work); LCP_BENCH_MAX_LOAD=inf turns the check off.
set -euo pipefail

mode=full
case "${1:-}" in
  --smoke) mode=smoke ;;
  "") ;;
  *) echo "usage: $0 [--smoke]" >&2; exit 2 ;;
esac

bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$bench/.." && pwd)"
out="$bench/.out"
mock_port="${LCP_BENCH_MOCK_PORT:-5181}"
prism_port="${LCP_BENCH_PRISM_PORT:-4011}"
startup_port="${LCP_BENCH_STARTUP_PORT:-5182}"
wiremock_port="${LCP_BENCH_WIREMOCK_PORT:-5183}"
ceiling_port="${LCP_BENCH_CEILING_PORT:-5184}"
max_load="${LCP_BENCH_MAX_LOAD:-0.7}"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

log() { printf '\n== %s: %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
load_average() { cut -d' ' -f1-3 /proc/loadavg; }

if [[ $mode == full ]]; then
  load1="$(cut -d' ' -f1 /proc/loadavg)"
  if [[ $max_load != inf ]] && awk -v l="$load1" -v m="$max_load" 'BEGIN { exit !(l >= m) }'; then
    echo "The 1-minute load average is $load1 (limit $max_load): the machine is busy, the figures would be noise." >&2
    echo "Try again when it is quiet, or set LCP_BENCH_MAX_LOAD=inf to run anyway." >&2
    exit 3
  fi
fi

servers=()
stop_servers() {
  local pid
  for pid in "${servers[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid" 2>/dev/null || true
      for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -KILL "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
  done
  servers=()
}
trap stop_servers EXIT

port_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

wait_for() { # url, pid, name
  for _ in $(seq 600); do
    if curl -fsS -o /dev/null "$1" 2>/dev/null; then return 0; fi
    kill -0 "$2" 2>/dev/null || { echo "$3 exited before answering $1" >&2; return 1; }
    sleep 0.1
  done
  echo "$3 did not answer $1 within 60 s" >&2
  return 1
}

for port in "$mock_port" "$prism_port" "$startup_port" "$wiremock_port" "$ceiling_port"; do
  port_free "$port" || { echo "127.0.0.1:$port is in use: set LCP_BENCH_MOCK_PORT / LCP_BENCH_PRISM_PORT / LCP_BENCH_STARTUP_PORT / LCP_BENCH_WIREMOCK_PORT / LCP_BENCH_CEILING_PORT" >&2; exit 1; }
done

rm -rf "$out/bdn" "$out/logs"
mkdir -p "$out/logs"
load_at_start="$(load_average)"
started_at="$(date -u +'%Y-%m-%d %H:%M UTC')"

log "install autocannon and Prism (benchmarks/package-lock.json)"
if [[ ! -x $bench/node_modules/.bin/autocannon || ! -x $bench/node_modules/.bin/prism ]]; then
  (cd "$bench" && npm ci --no-audit --no-fund --ignore-scripts >"$out/logs/npm.log" 2>&1) || { cat "$out/logs/npm.log" >&2; exit 1; }
fi

log "build: the mock server (Release publish), the benchmarks and the peers' host (Release)"
dotnet publish "$root/tools/LiveChat.Partners.Mock/LiveChat.Partners.Mock.csproj" -c Release -o "$out/mock" -nologo -v q >"$out/logs/publish-mock.log" 2>&1 \
  || { cat "$out/logs/publish-mock.log" >&2; exit 1; }
dotnet build "$bench/LiveChat.Partners.Benchmarks/LiveChat.Partners.Benchmarks.csproj" -c Release -nologo -v q >"$out/logs/build-benchmarks.log" 2>&1 \
  || { cat "$out/logs/build-benchmarks.log" >&2; exit 1; }
dotnet build "$bench/LiveChat.Partners.Peers/LiveChat.Partners.Peers.csproj" -c Release -nologo -v q >"$out/logs/build-peers.log" 2>&1 \
  || { cat "$out/logs/build-peers.log" >&2; exit 1; }
peers_dll="$bench/LiveChat.Partners.Peers/bin/Release/net10.0/LiveChat.Partners.Peers.dll"

log "build times"
if [[ $mode == smoke ]]; then
  node "$bench/scripts/build.mjs" --root "$root" --out "$out/build.json" --smoke
else
  node "$bench/scripts/build.mjs" --root "$root" --out "$out/build.json" --runs 3
fi

log "start-up times"
single_file=()
if [[ -x "${LCP_BENCH_SINGLE_FILE:-}" ]]; then single_file=(--single-file "$LCP_BENCH_SINGLE_FILE"); fi  # tools/publish-single-file.sh's binary
node "$bench/scripts/startup.mjs" --mock-dll "$out/mock/LiveChat.Partners.Mock.dll" "${single_file[@]}" \
  --prism "$bench/node_modules/@stoplight/prism-cli/dist/index.js" --spec "$root/openapi/livechat-partners.yaml" \
  --port "$startup_port" --runs "$([[ $mode == smoke ]] && echo 1 || echo 7)" --out "$out/startup.json"

log "the mock server on 127.0.0.1:$mock_port"
mock_url="http://127.0.0.1:$mock_port"
# The POST row creates a campaign per request (hundreds of thousands in a full run): the per-sandbox cap on objects
# (Mock:Limits:MaxObjectsPerKind, 10,000 by default) would turn most of them into 429s, so it is raised here.
Mock__Limits__MaxObjectsPerKind=10000000 dotnet "$out/mock/LiveChat.Partners.Mock.dll" --urls "$mock_url" >"$out/logs/mock.log" 2>&1 &
servers+=($!)
wait_for "$mock_url/health" "$!" "the mock server"

log "BenchmarkDotNet: the SDK against raw HttpClient + System.Text.Json"
bdn_args=(--filter '*' --exporters json github --artifacts "$out/bdn")
if [[ $mode == smoke ]]; then bdn_args+=(--job Dry --inProcess); fi
LCP_BENCH_MOCK_URL="$mock_url" dotnet "$bench/LiveChat.Partners.Benchmarks/bin/Release/net10.0/LiveChat.Partners.Benchmarks.dll" "${bdn_args[@]}" \
  >"$out/logs/benchmarkdotnet.log" 2>&1 || { tail -50 "$out/logs/benchmarkdotnet.log" >&2; exit 1; }
grep -A12 '^| Method' "$out/logs/benchmarkdotnet.log" | grep '^|' >&2 || true

log "Prism on 127.0.0.1:$prism_port"
prism_url="http://127.0.0.1:$prism_port"
node "$bench/node_modules/@stoplight/prism-cli/dist/index.js" mock -h 127.0.0.1 -p "$prism_port" "$root/openapi/livechat-partners.yaml" >"$out/logs/prism.log" 2>&1 &
servers+=($!)
wait_for "$prism_url/status" "$!" "Prism"

log "WireMock.Net on 127.0.0.1:$wiremock_port (mappings from the document by WireMock.Net.OpenApiParser)"
wiremock_url="http://127.0.0.1:$wiremock_port"
dotnet "$peers_dll" wiremock --port "$wiremock_port" --spec "$root/openapi/livechat-partners.yaml" --mappings-out "$out/wiremock-mappings.json" \
  >"$out/logs/wiremock.log" 2>&1 &
servers+=($!)
wait_for "$wiremock_url/v2/partners/status" "$!" "WireMock.Net"
grep '^OpenApiParser' "$out/logs/wiremock.log" >&2 || true

log "the ceiling (bare Kestrel) on 127.0.0.1:$ceiling_port"
ceiling_url="http://127.0.0.1:$ceiling_port"
dotnet "$peers_dll" ceiling --port "$ceiling_port" >"$out/logs/ceiling.log" 2>&1 &
servers+=($!)
wait_for "$ceiling_url/_ceiling" "$!" "the ceiling"

log "autocannon: ours against Prism, WireMock.Net and the ceiling"
load_args=(--ours "$mock_url" --prism "$prism_url" --wiremock "$wiremock_url" --ceiling "$ceiling_url" --out "$out/load.json")
if [[ $mode == smoke ]]; then load_args+=(--smoke); fi
node "$bench/scripts/load.mjs" "${load_args[@]}"
stop_servers

log "report"
node -e '
  const [file, ...kv] = process.argv.slice(1);
  const meta = {};
  for (let i = 0; i < kv.length; i += 2) meta[kv[i]] = kv[i + 1];
  require("fs").writeFileSync(file, JSON.stringify(meta, null, 2));
' "$out/meta.json" \
  mode "$mode" date "$started_at" commit "$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)" \
  cpu "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')" cores "$(nproc)" \
  memory "$(awk '/MemTotal/ { printf "%.1f GiB RAM", $2 / 1048576 }' /proc/meminfo)" \
  os "$(. /etc/os-release && echo "$PRETTY_NAME")" loadAtStart "$load_at_start" loadAtEnd "$(load_average)" \
  dotnetSdk "$(dotnet --version)" dotnetRuntime "$(dotnet --list-runtimes | grep NETCore.App | tail -1 | cut -d' ' -f2)" \
  node "$(node --version)" \
  autocannon "$(node -p 'require(process.argv[1]).version' "$bench/node_modules/autocannon/package.json")" \
  prism "$(node -p 'require(process.argv[1]).version' "$bench/node_modules/@stoplight/prism-cli/package.json")" \
  wiremock "$(sed -n 's/.*"WireMock.Net.Minimal" Version="\([^"]*\)".*/\1/p' "$root/Directory.Packages.props")"

report="$root/docs/benchmarks.md"
[[ $mode == smoke ]] && report="$out/benchmarks-smoke.md"
node "$bench/scripts/report.mjs" --bdn "$out/bdn/results" --load "$out/load.json" --startup "$out/startup.json" \
  --build "$out/build.json" --meta "$out/meta.json" --out "$report"
log "wrote $report"
