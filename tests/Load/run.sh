#!/usr/bin/env bash
# Load benchmark of the API on loopback (a benchmark, not a test): requests/s and p99 latency of the query
# endpoints at 32 connections, each as a ratio to the trivial /health/live of the same server.
# Usage: tests/Load/run.sh     (DURATION=10s WARMUP=5s CONNECTIONS=32 PORT=5099 to change; needs wrk)
set -euo pipefail
cd "$(dirname "$0")/../.."

duration=${DURATION:-10s}
warmup=${WARMUP:-5s}
connections=${CONNECTIONS:-32}
port=${PORT:-5099}
base="http://127.0.0.1:$port"

if ! command -v wrk >/dev/null; then
    echo "wrk is missing: apt-get install -y wrk" >&2
    exit 1
fi

# With two or more cores the server and wrk get a core each, so neither steals time from the other and the
# p99 measures the server, not the scheduler. Everything else (the build, the OS) shares what is left.
server_cpu=() client_cpu=()
if command -v taskset >/dev/null && [ "$(nproc)" -ge 2 ]; then
    server_cpu=(taskset -c 1) client_cpu=(taskset -c 0)
fi

dotnet build src/Prosopograph.Api -c Release --nologo -v quiet >/dev/null
ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
    "${server_cpu[@]}" dotnet src/Prosopograph.Api/bin/Release/net10.0/Prosopograph.Api.dll --urls "$base" >/dev/null &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null' EXIT

for _ in $(seq 1 60); do
    curl -sf "$base/health/ready" >/dev/null && break
    sleep 0.5
done
curl -sf "$base/health/ready" >/dev/null || { echo "the API did not become ready" >&2; exit 1; }

endpoints=(
    "baseline|/health/live"
    "entity detail|/api/entities/trotsky"
    "search|/api/entities?q=trotksy"
    "neighbourhood depth 2|/api/entities/trotsky/neighbourhood?depth=2"
    "path|/api/paths?from=mercader&to=lenin"
)

load() { "${client_cpu[@]}" wrk -t1 -c"$connections" "$@"; }

# Warm every endpoint before measuring any: under load the JIT goes on recompiling hot methods for tens of
# seconds, and an endpoint measured during that pays for it in its p99.
for entry in "${endpoints[@]}"; do
    load -d"$warmup" "$base${entry#*|}" >/dev/null
done

printf '%-22s %12s %10s %8s %14s %8s\n' endpoint "requests/s" "p99 ms" errors "throughput" "p99"
baseline_rps=""
baseline_p99=""
for entry in "${endpoints[@]}"; do
    read -r rps _ p99 errors < <(load -d"$duration" --latency -s tests/Load/report.lua "$base${entry#*|}" | awk '/^RESULT/ { print $2, $3, $4, $5 }')
    baseline_rps=${baseline_rps:-$rps}
    baseline_p99=${baseline_p99:-$p99}
    awk -v name="${entry%%|*}" -v rps="$rps" -v p99="$p99" -v errors="$errors" -v brps="$baseline_rps" -v bp99="$baseline_p99" \
        'BEGIN { printf "%-22s %12.0f %10.2f %8d %13.0f%% %7.1fx\n", name, rps, p99, errors, 100 * rps / brps, p99 / bp99 }'
done
