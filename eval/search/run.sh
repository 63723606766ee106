#!/usr/bin/env bash
# Scores `bin/korzina search` on our query sets with the shared scorer.
#   eval/search/run.sh [--shared DIR] [--lang ru|en|all] [extra score_search.py flags]
# DIR (default ../shared beside the repository) holds eval/score_search.py and data/catalogs/; the catalogs are linked
# into a temporary directory, never copied (their licence does not allow redistribution).
set -euo pipefail
here=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)
root=$(cd "$here/../.." && pwd)
shared=$(cd "$root/../shared" 2>/dev/null && pwd || echo "$root/../shared")
if [ "${1:-}" = "--shared" ]; then shared=$2; shift 2; fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/search"
ln -s "$shared/data/catalogs/vkusvill_ru.csv" "$work/search/catalog_ru.csv"
ln -s "$shared/data/catalogs/instacart_en.csv" "$work/search/catalog_en.csv"
ln -s "$here/queries_ru.jsonl" "$work/search/queries_ru.jsonl"
ln -s "$here/queries_en.jsonl" "$work/search/queries_en.jsonl"
python3 "$shared/eval/score_search.py" --project "$root" --eval "$work" "$@"
