#!/usr/bin/env bash
# Peak memory of /api/export, per format, filtered and not, for one API build on one corpus (issue 12).
#
#   tools/scale-measurements/export-memory.sh API_DIR CORPUS_DIR [PORT]
#
# API_DIR holds a built Prosopograph.Api.dll (e.g. src/Prosopograph.Api/bin/Release/net10.0); run it once for the
# build under test and once for a baseline build (the commit before export streamed) in the same session.
# For each export: the process's resident memory just before the request, then VmHWM reset to it
# (echo 5 > /proc/PID/clear_refs) and read after the response has been drained to /dev/null; the difference is
# what the export added at its peak. Prints one tab-separated line per export. FORMATS (default: all five) narrows
# the formats, e.g. FORMATS="json cypher" for a 1M corpus on a busy machine.
set -euo pipefail
api_dir=$1
corpus=$2
port=${3:-5931}
base="http://127.0.0.1:$port"

dotnet "$api_dir/Prosopograph.Api.dll" --urls "$base" --Corpus:Path="$corpus" --Neo4j:Uri= >/tmp/export-memory-$port.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -sf "$base/health/ready" >/dev/null 2>&1; do
  kill -0 $pid 2>/dev/null || { echo "API exited; see /tmp/export-memory-$port.log" >&2; exit 1; }
  sleep 1
done

kb() { awk -v key="$1:" '$1 == key { print $2 }' "/proc/$pid/status"; }
printf 'query\tformat\tbytes\tseconds\trss_before_mb\tpeak_added_mb\n'
for query in "" "type=member_of&asOf=1930&undated=exclude"; do
  for format in ${FORMATS:-json graphml gexf csv cypher}; do
    before=$(kb VmRSS)
    echo 5 >"/proc/$pid/clear_refs"
    read -r bytes seconds < <(curl -s -o /dev/null -w '%{size_download} %{time_total}\n' "$base/api/export?format=$format&$query")
    peak=$(kb VmHWM)
    printf '%s\t%s\t%s\t%s\t%d\t%d\n' "${query:-(none)}" "$format" "$bytes" "$seconds" $((before / 1024)) $(((peak - before) / 1024))
  done
done
