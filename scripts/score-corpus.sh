#!/usr/bin/env bash
# Scores the detection core on the labelled corpora at every sensitivity level:
# the shared development corpus (../shared/corpus, with its scorer score.py) and
# the extra set written here (tests/corpus). Prints the scorer's per-category
# table for balanced and the micro and false-positive lines for every level.
# Run by `make score`; needs the shared corpus beside the checkout.
set -euo pipefail
cd "$(dirname "$0")/.."

corpus=../shared/corpus
if [ ! -f "$corpus/score.py" ]; then
  echo "score: $corpus/score.py not found (the shared corpus sits beside the checkout)" >&2
  exit 2
fi
cargo build --release --bin scrim --quiet
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

score() { # name gold negatives level
  local name=$1 gold=$2 neg=$3 level=$4
  target/release/scrim scan --jsonl --sensitivity "$level" < "$gold" > "$out/$name-$level.jsonl" || true
  target/release/scrim scan --jsonl --sensitivity "$level" < "$neg" > "$out/$name-neg-$level.jsonl" || true
  python3 "$corpus/score.py" "$gold" "$out/$name-$level.jsonl" --neg "$neg" "$out/$name-neg-$level.jsonl"
}

for set in dev extra; do
  if [ "$set" = dev ]; then
    gold=$corpus/dev.jsonl neg=$corpus/dev-negatives.jsonl
  else
    gold=tests/corpus/extra.jsonl neg=tests/corpus/extra-negatives.jsonl
  fi
  echo "## $set corpus"
  score "$set" "$gold" "$neg" balanced
  for level in relaxed strict; do
    printf '%s: ' "$level"
    score "$set" "$gold" "$neg" "$level" | grep -E '^MICRO|false positives' | tr '\n' ' '
    echo
  done
  echo
done
