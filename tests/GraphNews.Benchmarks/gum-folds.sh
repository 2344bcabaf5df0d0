#!/usr/bin/env bash
# GUM's train split as a held-out set: split it by document into K folds, train a model without each fold (GMB and
# wikigold whole), tag the fold with that model and the full recogniser, and score every fold with eval-ner.
#   tests/GraphNews.Benchmarks/gum-folds.sh [NER_DATA_DIR] [K]
# NER_DATA_DIR defaults to ../shared/data/ner; K to 5. Takes about 3 minutes of training per fold on our machines.
# The dev file of GUM is small (358 PER/LOC/ORG names); the folds hold ten times as many, in every genre of the split.
set -euo pipefail
cd "$(dirname "$0")/../.."
data="$(realpath "${1:-../shared/data/ner}")"
folds="${2:-5}"
work="$(mktemp -d /tmp/graphnews-gum-folds-XXXXXX)"
trap 'rm -rf "$work"' EXIT

dotnet build -c Release src/GraphNews -v q -nologo >/dev/null
graphnews() { dotnet src/GraphNews/bin/Release/net10.0/graphnews.dll "$@"; }

for ((k = 0; k < folds; k++)); do
  mkdir -p "$work/train$k/gum" "$work/eval$k/gumfold$k"
  ln -s "$data/gmb" "$work/train$k/gmb"
  ln -s "$data/wikigold" "$work/train$k/wikigold"
  # Documents start at "# doc:" lines; document d belongs to fold d mod K.
  awk -v k="$k" -v n="$folds" -v held="$work/eval$k/gumfold$k/dev.conll" -v kept="$work/train$k/gum/train.conll" '
    /^# doc:/ { d++ }
    { if ((d - 1) % n == k) print > held; else print > kept }' "$data/gum/train.conll"
  cp "$work/eval$k/gumfold$k/dev.conll" "$work/train$k/gum/dev.conll"
  graphnews train-ner --data "$work/train$k" --out "$work/model$k.bin" | tail -n 1
  graphnews eval-ner --data "$work/eval$k" --model "$work/model$k.bin" | grep -E '^\| micro PER/LOC/ORG' | sed "s/^| micro/| fold $k, micro/"
done
