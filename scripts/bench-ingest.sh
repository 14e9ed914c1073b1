#!/usr/bin/env bash
# End-to-end ingest overhead as a user meets it: `lagebild analyze` writing JSON Lines against
# `lagebild ingest --threads 1` into a fresh embedded store, same input, same single analysis
# thread, alternating per round so that machine noise hits both alike. Whole commands are timed
# (start-up and model loading included, as the user waits for them); `lagebild bench --store`
# measures the same overhead inside one process without the start-up.
#   scripts/bench-ingest.sh FILE.jsonl LANG ROUNDS
set -euo pipefail
if [ $# -ne 3 ]; then
  echo "usage: scripts/bench-ingest.sh FILE.jsonl de|en ROUNDS" >&2
  exit 2
fi
input=$1 lang=$2 rounds=$3
[ -r "$input" ] || { echo "bench-ingest: cannot read $input" >&2; exit 2; }
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work=$(mktemp -d "${TMPDIR:-/tmp}/lagebild-bench-ingest.XXXXXX")
trap 'rm -rf "$work"' EXIT
"$here/lagebild" --version >/dev/null # builds the jar first if the sources changed
# One untimed run first: after a build the launcher writes its class archive and the model caches and the input
# are cold; timing that run compared a cold analyze with a warm ingest (round 1 ratios 0.44-0.50, sessions 25-26).
"$here/lagebild" analyze --jsonl "$input" --lang "$lang" --format jsonl > /dev/null 2>&1
now() { date +%s.%N; }
calc() { awk "BEGIN { printf \"%.6f\", $1 }"; }
total_a=0 total_i=0
for ((r = 1; r <= rounds; r++)); do
  t0=$(now)
  "$here/lagebild" analyze --jsonl "$input" --lang "$lang" --format jsonl > "$work/out.jsonl" 2>/dev/null
  t1=$(now)
  rm -rf "$work/data"
  "$here/lagebild" ingest --jsonl "$input" --lang "$lang" --threads 1 --data "$work/data" 2> "$work/ingest.err"
  t2=$(now)
  a=$(calc "$t1 - $t0") i=$(calc "$t2 - $t1")
  total_a=$(calc "$total_a + $a") total_i=$(calc "$total_i + $i")
  printf 'round %d: analyze %.2f s (%d lines), ingest %.2f s (%s), ratio %.3f; load %s\n' "$r" "$a" \
    "$(wc -l < "$work/out.jsonl")" "$i" "$(tail -1 "$work/ingest.err" | sed 's/^lagebild: //')" \
    "$(calc "$i / $a")" "$(cut -d' ' -f1-3 /proc/loadavg)"
done
printf 'ingest / analyze over %d rounds: %.3f (analyze %.2f s, ingest %.2f s per round)\n' "$rounds" \
  "$(calc "$total_i / $total_a")" "$(calc "$total_a / $rounds")" "$(calc "$total_i / $rounds")"
