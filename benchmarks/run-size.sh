#!/usr/bin/env bash
# Every figure of docs/performance.md for one corpus size, into artifacts/perf/N/ (a benchmark run, not a test):
#   generate.time  generation of the corpus (seconds, peak KB), into a scratch folder compared byte for byte
#                  with the corpus already in CORPORA/N (which is generated there first if missing);
#   validate.time  `prosopograph validate` (seconds, peak KB);
#   bdn/           BenchmarkDotNet: load and embedded-store benchmarks (JSON and Markdown reports);
#   load.tsv       tests/Load/matrix.sh: starts to ready, RSS, wrk p50/p99 per endpoint.
# Usage: benchmarks/run-size.sh N   (CORPORA=/work/corpora; STEPS="generate validate bdn http" to run only some;
#        VALIDATE_TIMEOUT=seconds to give up on a validation)
set -euo pipefail
cd "$(dirname "$0")/.."

n=${1:?usage: benchmarks/run-size.sh N}
corpora=${CORPORA:-/work/corpora}
corpus=$corpora/$n
out=artifacts/perf/$n
steps=" ${STEPS:-generate validate bdn http} "
mkdir -p "$out"

generate=(dotnet run -c Release --no-build --project tools/Prosopograph.CorpusGenerator -- --relations "$n" --seed 42 --out)
dotnet build -c Release tools/Prosopograph.CorpusGenerator --nologo -v quiet >/dev/null
if [ ! -d "$corpus" ]; then
    "${generate[@]}" "$corpus"
fi

if [[ $steps == *" generate "* ]]; then
    scratch=$(mktemp -d)
    /usr/bin/time -f '%e %M' -o "$out/generate.time" "${generate[@]}" "$scratch/$n"
    # The same seed must give the same bytes: the fresh copy is compared with the corpus the other figures use.
    diff -rq "$scratch/$n" "$corpus" && echo "generation is byte-identical to $corpus"
    rm -rf "$scratch"
fi

if [[ $steps == *" validate "* ]]; then
    dotnet build -c Release src/Prosopograph.Cli --nologo -v quiet >/dev/null
    # VALIDATE_TIMEOUT (seconds) stops a validation that would take hours; validate.time then says so.
    status=0
    /usr/bin/time -f '%e %M' -o "$out/validate.time" timeout "${VALIDATE_TIMEOUT:-0}" \
        dotnet src/Prosopograph.Cli/bin/Release/net10.0/prosopograph.dll validate "$corpus" || status=$?
    [ "$status" = 124 ] && echo "stopped by VALIDATE_TIMEOUT" >> "$out/validate.time"
    [ "$status" = 0 ] || [ "$status" = 124 ] || exit "$status"
fi

if [[ $steps == *" bdn "* ]]; then
    PROSOPOGRAPH_BENCH_CORPUS=$corpus dotnet run -c Release --project benchmarks/Prosopograph.Benchmarks -- \
        --filter '*' --artifacts "$out/bdn"
fi

if [[ $steps == *" http "* ]]; then
    tests/Load/matrix.sh "$corpus" "$out/load.tsv"
fi
