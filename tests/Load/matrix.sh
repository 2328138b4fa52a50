#!/usr/bin/env bash
# The HTTP figures of docs/performance.md for one corpus (a benchmark, not a test): time from start to ready, twice
# (the second start is a warm start once the API keeps a snapshot), peak and steady resident memory from
# /proc/<pid>/status, and requests/s, p50 and p99 of every measured endpoint under wrk, each as a ratio to the
# trivial /health/live of the same server. Ids come from the corpus's corpus-manifest.json (seed: the essay's).
# Usage: tests/Load/matrix.sh CORPUS_DIR [RESULT_FILE]
#   DURATION=10s WARMUP=3s CONNECTIONS=4 PORT=5099 READY_TIMEOUT=3600 SECOND_START=1 to change; needs wrk, jq, curl.
set -euo pipefail
cd "$(dirname "$0")/../.."

corpus=$(realpath "${1:?usage: tests/Load/matrix.sh CORPUS_DIR [RESULT_FILE]}")
result=${2:-artifacts/load/$(basename "$corpus").tsv}
duration=${DURATION:-10s}
warmup=${WARMUP:-3s}
# A few concurrent clients: with one server core, 32 connections would measure the queue (p99 near 32 answers'
# time) rather than the answer; run.sh keeps 32 for the essay's throughput ratio.
connections=${CONNECTIONS:-4}
port=${PORT:-5099}
ready_timeout=${READY_TIMEOUT:-3600}
base="http://127.0.0.1:$port"
for tool in wrk jq curl; do
    command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install -y $tool)" >&2; exit 1; }
done

manifest="$corpus/corpus-manifest.json"
if [ -f "$manifest" ]; then
    field() { jq -r "$1" "$manifest"; }
    uri() { jq -rn --arg v "$(field "$1")" '$v|@uri'; }
    hub=$(field '.hubs[0].id') ordinary=$(field '.ordinary.id') from=$(field '.path.from') to=$(field '.path.to')
    exact=$(uri '.search.exact') fuzzy=$(uri '.search.fuzzy')
else
    hub=trotsky ordinary=mercader from=mercader to=lenin exact=Trotsky fuzzy=trotksy
fi

# As in run.sh: with two cores the server and wrk get one each.
server_cpu=() client_cpu=()
if command -v taskset >/dev/null && [ "$(nproc)" -ge 2 ]; then
    server_cpu=(taskset -c 1) client_cpu=(taskset -c 0)
fi

dotnet build src/Prosopograph.Api -c Release --nologo -v quiet >/dev/null
server=""
stop_server() { [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null; server=""; }
trap stop_server EXIT

# Starts the API on the corpus; sets ready_seconds to the time until /health/ready answered 200.
start_server() {
    local started=$EPOCHREALTIME
    ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
        "${server_cpu[@]}" dotnet src/Prosopograph.Api/bin/Release/net10.0/Prosopograph.Api.dll \
        --urls "$base" --Corpus:Path="$corpus" >/dev/null &
    server=$!
    local deadline=$((SECONDS + ready_timeout))
    until curl -sf "$base/health/ready" >/dev/null; do
        kill -0 "$server" 2>/dev/null || { echo "the API exited before it was ready" >&2; exit 1; }
        [ "$SECONDS" -lt "$deadline" ] || { echo "the API was not ready after $ready_timeout s" >&2; exit 1; }
        sleep 0.2
    done
    ready_seconds=$(awk -v a="$started" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }')
}

memory() { awk -v key="$1:" '$1 == key { printf "%.0f", $2 / 1024 }' "/proc/$server/status"; }

start_server
first_ready=$ready_seconds second_ready=""
if [ "${SECOND_START:-1}" = 1 ]; then
    stop_server
    start_server
    second_ready=$ready_seconds
fi
ready_hwm=$(memory VmHWM)
ready_rss=$(memory VmRSS)

endpoints=(
    "baseline|/health/live"
    "search exact|/api/entities?q=$exact"
    "search fuzzy|/api/entities?q=$fuzzy"
    "entity detail|/api/entities/$ordinary"
    "entity detail, hub|/api/entities/$hub"
    "relations page|/api/relations?limit=50"
    "relations page, hub|/api/entities/$hub/relations?limit=50"
    "neighbourhood depth 2|/api/entities/$ordinary/neighbourhood?depth=2"
    "neighbourhood, hub|/api/entities/$hub/neighbourhood?depth=1"
    "paths|/api/paths?from=$from&to=$to"
    "timeline page, hub|/api/timeline?entity=$hub&limit=50"
    "export, one type|/api/export?type=executed"
)

load() { "${client_cpu[@]}" wrk -t1 -c"$connections" --timeout 30s "$@"; }

# Each endpoint is checked once (status, size of the answer), then warmed: the JIT recompiles hot methods for a while
# under load, and an endpoint measured during that pays for it in its p99.
measured=()
for entry in "${endpoints[@]}"; do
    path=${entry#*|}
    read -r status bytes < <(curl -s -o /dev/null -w '%{http_code} %{size_download}\n' "$base$path")
    if [ "$status" != 200 ]; then
        echo "skipping ${entry%%|*}: $path answered $status" >&2
        continue
    fi
    measured+=("$entry|$bytes")
    load -d"$warmup" "$base$path" >/dev/null
done

mkdir -p "$(dirname "$result")"
{
    printf '# corpus\t%s\n# relations\t%s\n# ready, first start (s)\t%s\n# ready, second start (s)\t%s\n' \
        "$corpus" "$(jq -r '.relations // "seed"' "$manifest" 2>/dev/null || echo seed)" "$first_ready" "${second_ready:--}"
    printf '# VmHWM at ready (MB)\t%s\n# VmRSS at ready (MB)\t%s\n' "$ready_hwm" "$ready_rss"
    printf '# connections\t%s\n# seconds per endpoint\t%s\n' "$connections" "$duration"
    printf 'endpoint\tbytes\trequests/s\tp50 ms\tp99 ms\terrors\tthroughput vs baseline\tp99 vs baseline\n'
    baseline_rps="" baseline_p99=""
    for entry in "${measured[@]}"; do
        IFS='|' read -r name path bytes <<<"$entry"
        read -r rps p50 p99 errors < <(load -d"$duration" --latency -s tests/Load/report.lua "$base$path" | awk '/^RESULT/ { print $2, $3, $4, $5 }')
        baseline_rps=${baseline_rps:-$rps}
        baseline_p99=${baseline_p99:-$p99}
        # No answer within the run leaves wrk no latencies: say so rather than print zeros.
        awk -v n="$name" -v b="$bytes" -v r="$rps" -v p50="$p50" -v p99="$p99" -v e="$errors" -v br="$baseline_rps" -v bp="$baseline_p99" -v d="$duration" \
            'BEGIN { if (r == 0) { printf "%s\t%d\t0\tnone in %s\tnone in %s\t%d\t0%%\t-\n", n, b, d, d, e; exit }
                     printf "%s\t%d\t%.1f\t%.2f\t%.2f\t%d\t%.1f%%\t%.1fx\n", n, b, r, p50, p99, e, 100 * r / br, p99 / bp }'
    done
    printf '# VmHWM after the load (MB)\t%s\n# VmRSS after the load (MB)\t%s\n' "$(memory VmHWM)" "$(memory VmRSS)"
} | tee "$result"
