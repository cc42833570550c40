#!/usr/bin/env bash
# ingest_vs_code: tocsin ingest's throughput against tocsin code's on the same
# corpus. Runs both RUNS times, interleaved (each ingest into a fresh store),
# and prints each one's median wall time and the ratio of the medians.
#
#   bench/ingest_vs_code.sh BUILD_DIR CORPUS [RUNS]
set -euo pipefail
build=$1 corpus=$2 runs=${3:-5}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N); awk -v s="$s" -v e="$e" 'BEGIN {print e - s}'; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
: >"$dir/code" ; : >"$dir/ingest"
for ((i = 0; i < runs; i++)); do
  seconds "$build/tocsin" code -q "$corpus" >>"$dir/code"
  rm -f "$dir"/store.db*
  seconds "$build/tocsin" ingest -q --db "$dir/store.db" "$corpus" >>"$dir/ingest"
done
code=$(median <"$dir/code")
ingest=$(median <"$dir/ingest")
echo "code   median ${code} s"
echo "ingest median ${ingest} s"
awk -v c="$code" -v i="$ingest" 'BEGIN {printf "ingest throughput / code throughput: %.2f\n", c / i}'
