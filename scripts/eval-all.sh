#!/usr/bin/env bash
# Re-measures every figure of docs/EVALUATION.md's summary table with one jar, writing each
# command's output to OUTDIR (one file per set; `grep -h . OUTDIR/*.summary` shows the lines).
#
# Usage: scripts/eval-all.sh OUTDIR [JAR] [PART ...]
#   PART: de-dev (dev, dev2..dev13, voa, voa2: the sets tuned on), de-test (gold, fresh13, fresh14:
#   held out, run by the session's lead only), news (news dev + train, rules and news-nc),
#   parliament, english (ConfliBERT + PETRARCH; prints the held-back half: lead only). Default:
#   de-dev news parliament.
# Reads ../shared (quotation corpora, ConfliBERT): parts whose data is absent are skipped.
# Parses are cached in OUTDIR/cache-* (copy an earlier OUTDIR's caches in to save time).
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:?usage: scripts/eval-all.sh OUTDIR [JAR] [PART ...]}"; shift
jar="$here/lagebild-cli/target/lagebild.jar"
if [ $# -gt 0 ] && [[ "$1" == *.jar ]]; then jar="$(realpath "$1")"; shift; fi
parts=("$@"); [ ${#parts[@]} -eq 0 ] && parts=(de-dev news parliament)
shared="$here/../shared/data"
mkdir -p "$out"; out="$(realpath "$out")"
run() { (cd "$here" && java -Xmx6g -Xss8m --add-modules jdk.incubator.vector -jar "$jar" "$@"); }

de_sets() {
  for s in "$@"; do
    run events eval --german-gold "eval/$s-events" --errors "$out/$s.errors" > "$out/$s.txt" 2> "$out/$s.log"
    grep -E 'event type micro|among .* correctly typed|location \(correctly' "$out/$s.txt" | sed "s|^ *|$s: |" > "$out/$s.summary"
    cat "$out/$s.summary"
  done
}

news() {
  local dir="$shared/quotes-de-news"
  [ -d "$dir/dev" ] || { echo "news: $dir absent, skipped"; return; }
  for split in dev train; do
    for model in rules news-nc; do
      [ "$split" = train ] && [ "$model" = news-nc ] && continue  # the filter was trained on train
      local p="$out/news-$split-$model"; rm -rf "$p"
      run quotes predict --quote-model "$model" --input "$dir/$split" --output "$p" \
          --parse-cache "$out/cache-news-$split" > "$p.log" 2>&1
      run quotes eval --gold "$dir/$split" --pred "$p" > "$p.txt" 2>&1
      echo "news $split $model:"; grep -iE 'joint|form' "$p.txt" | head -8
    done
  done
}

parliament() {
  local dir="$shared/quotes-de-parliament"
  [ -d "$dir/dev" ] || { echo "parliament: $dir absent, skipped"; return; }
  local p="$out/parl-dev"; rm -rf "$p"
  run quotes predict --corpus parliament --input "$dir/dev" --output "$p" --parse-cache "$out/cache-parl" > "$p.log" 2>&1
  run quotes eval --corpus parliament --gold "$dir/dev" --pred "$p" > "$p.txt" 2>&1
  echo "parliament dev:"; tail -12 "$p.txt"
}

english() {
  [ -d "$shared/events-en-conflibert" ] || { echo "english: ConfliBERT absent, skipped"; return; }
  run events eval --no-location --petrarch > "$out/english.txt" 2> "$out/english.log"
  echo "english:"; grep -iE 'accuracy|overlap|petrarch|held-back|dev half' "$out/english.txt" | head -30
}

for part in "${parts[@]}"; do
  case "$part" in
    de-dev) de_sets dev-de dev2-de dev3-de dev4-de dev5-de dev6-de dev7-de dev8-de dev9-de dev10-de dev11-de dev12-de dev13-de voa-en voa2-en ;;
    de-test) de_sets gold-de fresh13-de fresh14-de ;;
    news) news ;;
    parliament) parliament ;;
    english) english ;;
    *) echo "unknown part: $part" >&2; exit 2 ;;
  esac
done
