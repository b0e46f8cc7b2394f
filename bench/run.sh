#!/usr/bin/env bash
# Times SiteGen side by side with pandoc and Hugo on the same input, in paired runs, and prints the figures,
# the ratios and the targets they are held to.
#   bench/run.sh              the seed against pandoc, then corpora of 1, 100, 1000 and 5000 documents
#   bench/run.sh 10           one corpus of 10 documents (the smoke run CI makes)
#   bench/run.sh seed 1000    the seed and a corpus of 1000 documents
# For each corpus: full builds of the website alone, of the website with its EPUBs and of the whole edition
# (website, EPUBs and model files), each into an empty output folder, against Hugo building the same texts into
# an empty folder; then a rebuild of the whole edition after one document changed; then the peak memory of a
# full build of the whole edition; then one build of the whole edition with its search index (written by the build
# itself). The timed builds leave the search index out (--no-search). Installs hyperfine, pandoc and Hugo (Debian packages) when missing and
# publishes the release CLI (NativeAOT) first. Work files go to bench/.work (or $SITEGEN_BENCH_DIR).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
work="${SITEGEN_BENCH_DIR:-$root/bench/.work}"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(seed 1 100 1000 5000)

missing=()
for tool in hyperfine pandoc hugo; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

mkdir -p "$work"
echo "Publishing the release CLI (dotnet publish src/SiteGen.Cli -c Release)…"
dotnet publish "$root/src/SiteGen.Cli" -c Release -o "$work/cli" --nologo -v quiet >/dev/null
cli="$work/cli/SiteGen.Cli"
echo "cores: $(nproc); $(hyperfine --version); $(pandoc --version | head -1); $(hugo version | cut -d' ' -f1-2)"

# The mean, in milliseconds, of the command on row $2 (from 0) of hyperfine's CSV exports matching $1 (one or
# more rounds, each the same number of runs).
mean_ms() { awk -F, -v row="$2" 'FNR == row + 2 { sum += $2; count++ } END { printf "%.1f", sum / count * 1000 }' $1; }
calc() { awk "BEGIN { printf \"%.${2:-2}f\", $1 }"; }
# "met" or "NOT met" for a comparison such as "0.27 <= 0.5".
verdict() { awk "BEGIN { exit !($1) }" && echo "met" || echo "NOT met"; }

summary=()
# Where earlier outputs go instead of being deleted while builds are timed (see set-aside.sh).
trash="$work/set-aside"
rm -rf "$trash"
trap 'rm -rf "$trash"' EXIT
declare -A peak_kb

seed_run() {
  local dir="$work/seed"
  rm -rf "$dir"; mkdir -p "$dir"
  cp -r "$root/content" "$dir/content"
  hyperfine -N --warmup 3 --runs 20 --export-csv "$dir/times.csv" \
    -n sitegen "$cli build --clean --content $dir/content --templates $root/templates --out $dir/out --no-search" \
    -n pandoc-html "pandoc -f markdown -s --metadata title=A/C.3/79/L.34 $root/seeds/000_7be3694dd3d710bf.txt -o $dir/seed.html" \
    -n pandoc-epub "pandoc -f markdown --metadata title=A/C.3/79/L.34 $root/seeds/000_7be3694dd3d710bf.txt -o $dir/seed.epub" >/dev/null
  local sitegen html epub both ratio
  sitegen=$(mean_ms "$dir/times.csv" 0); html=$(mean_ms "$dir/times.csv" 1); epub=$(mean_ms "$dir/times.csv" 2)
  both=$(calc "$html + $epub" 1); ratio=$(calc "$sitegen / $both")
  echo "seed, cold process: SiteGen website + EPUB ${sitegen} ms; pandoc HTML ${html} ms + EPUB ${epub} ms = ${both} ms"
  summary+=("seed: website + EPUB, cold process | ${ratio}× pandoc's HTML + EPUB time | ≤ 0.5 | $(verdict "$ratio <= 0.5")")
}

corpus_run() {
  local n=$1 dir="$work/corpus-$1"
  bash "$here/set-aside.sh" "$dir" "$trash"
  "$here/corpus.sh" "$n" "$dir"
  local content="$dir/content" runs=5
  [ "$n" -lt 1000 ] || runs=3
  # Every build starts from an empty output folder, Hugo's too. The e-book target is the website with one EPUB
  # per document; the whole edition (the model files too) is timed as well, and is what the rebuild is held to.
  # Earlier outputs are set aside rather than deleted (see set-aside.sh); they are deleted when the script ends.
  # The rebuild after one change (each run edits the same paragraph one way or back) goes to its own output
  # folder, built once before. The commands take turns, round after round (the first round is not counted): how
  # fast this machine is drifts over minutes, and a ratio of two blocks of runs made minutes apart drifts with it.
  local aside="bash $here/set-aside.sh" changed
  changed="$content/$(find "$content" -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort | sed -n "$(( (n + 1) / 2 ))p")/zh-Hans.md"
  "$cli" build --content "$content" --templates "$root/templates" --out "$dir/out-inc" --no-search >/dev/null
  rm -f "$dir"/round-*.csv "$dir"/incremental-*.csv
  for round in $(seq 0 "$runs"); do
    hyperfine -N --runs 1 --export-csv "$dir/round-$round.csv" \
      --prepare "$aside $dir/out-site $trash" -n sitegen-site "$cli build --content $content --templates $root/templates --out $dir/out-site --formats site --no-search" \
      --prepare "$aside $dir/out-epub $trash" -n sitegen-site+epub "$cli build --content $content --templates $root/templates --out $dir/out-epub --formats site epub --no-search" \
      --prepare "$aside $dir/out-all $trash" -n sitegen-edition "$cli build --content $content --templates $root/templates --out $dir/out-all --no-search" \
      --prepare "$aside $dir/hugo-out $trash" -n hugo "hugo --quiet -s $dir/hugo -d $dir/hugo-out" >/dev/null
    hyperfine -N --runs 2 --export-csv "$dir/incremental-$round.csv" \
      --prepare "bash $here/edit-one.sh $changed" \
      -n sitegen-one-changed "$cli build --content $content --templates $root/templates --out $dir/out-inc --no-search" >/dev/null
  done
  rm -f "$dir/round-0.csv" "$dir/incremental-0.csv"
  local site epub all hugo site_rate epub_rate all_rate hugo_rate
  site=$(mean_ms "$dir/round-*.csv" 0); epub=$(mean_ms "$dir/round-*.csv" 1); all=$(mean_ms "$dir/round-*.csv" 2); hugo=$(mean_ms "$dir/round-*.csv" 3)
  site_rate=$(calc "$n / ($site / 1000)" 0); epub_rate=$(calc "$n / ($epub / 1000)" 0); all_rate=$(calc "$n / ($all / 1000)" 0); hugo_rate=$(calc "$n / ($hugo / 1000)" 0)
  echo "$n documents: SiteGen website ${site} ms (${site_rate} pages/s); website + EPUB ${epub} ms (${epub_rate} pages/s); website + EPUB + model ${all} ms (${all_rate} pages/s); Hugo ${hugo} ms (${hugo_rate} pages/s)"
  local site_ratio epub_ratio all_ratio
  site_ratio=$(calc "$site_rate / $hugo_rate"); epub_ratio=$(calc "$epub_rate / $hugo_rate"); all_ratio=$(calc "$all_rate / $hugo_rate")
  summary+=("$n documents: website | ${site_ratio}× Hugo's pages/s | ≥ 2 | $(verdict "$site_ratio >= 2")")
  summary+=("$n documents: website + EPUB | ${epub_ratio}× Hugo's website pages/s | ≥ 1 | $(verdict "$epub_ratio >= 1")")
  summary+=("$n documents: website + EPUB + model (the whole edition) | ${all_ratio}× Hugo's website pages/s | ≥ 1.2 | $(verdict "$all_ratio >= 1.2")")

  local incremental incremental_ratio
  incremental=$(mean_ms "$dir/incremental-*.csv" 0); incremental_ratio=$(calc "$incremental / $all" 3)
  "$cli" build --clean --content "$content" --templates "$root/templates" --out "$dir/out-clean" --no-search >/dev/null
  # The published site must be the same file for file; the build history differs by the times it records.
  diff -r -q "$dir/out-inc/site/" "$dir/out-clean/site/" >/dev/null \
    || { echo "the rebuild of $n documents differs from a clean build (diff -r $dir/out-inc/site/ $dir/out-clean/site/)" >&2; exit 1; }
  echo "  one of $n documents changed: ${incremental} ms, identical to a clean build"
  summary+=("$n documents: rebuild after one changed | $(calc "$incremental_ratio * 100" 1) % of the full build | ≤ 10 % | $(verdict "$incremental_ratio <= 0.10")")
  summary+=("$n documents: rebuild after one changed | ${incremental} ms | ≤ 150 ms | $(verdict "$incremental <= 150")")

  # Peak memory varies with when the collector happens to run: the median of three full builds.
  local peaks=()
  for _ in 1 2 3; do
    $aside "$dir/out-mem" "$trash"
    peaks+=("$(/usr/bin/time -f "%M" "$cli" build --content "$content" --templates "$root/templates" --out "$dir/out-mem" --no-search 2>&1 >/dev/null | tail -1)")
  done
  peak_kb[$n]=$(printf '%s\n' "${peaks[@]}" | sort -n | sed -n 2p)
  echo "  peak memory, full build of the whole edition: $(calc "${peak_kb[$n]} / 1024" 1) MB (median of $(printf '%s ' "${peaks[@]}")KB)"
  check_complete "$dir/out-all" "$n"
  check_complete "$dir/out-site" "$n"

  # The whole edition with its search index, once, into an empty output folder.
  local search_log="$dir/search.log"
  $aside "$dir/out-search" "$trash"
  local started ended search_ms search_ratio
  started=$(date +%s%N)
  "$cli" build --content "$content" --templates "$root/templates" --out "$dir/out-search" >"$search_log"
  ended=$(date +%s%N)
  search_ms=$(calc "($ended - $started) / 1000000" 0)
  search_ratio=$(calc "($n / ($search_ms / 1000)) / $hugo_rate")
  check_complete "$dir/out-search" "$n"
  ls "$dir/out-search/site/search/"*/documents.json >/dev/null 2>&1 || { echo "the build of $n documents in $dir/out-search has no search index" >&2; exit 1; }
  echo "  whole edition with its search index, one run: ${search_ms} ms"
  summary+=("$n documents: whole edition with its search index (one run) | ${search_ratio}× Hugo's website pages/s | ≥ 1 | $(verdict "$search_ratio >= 1")")
}

# A timed build counts only if it published everything: the index lists every document (a link to each page),
# there is a page for each, and every page of the site ends with its closing tag (nothing cut off). output/site
# is a link to the published generation: the trailing slash makes find and grep follow it.
check_complete() {
  local site="$1/site/" n=$2 listed pages whole
  # Document pages only: the browse, search and cited-by pages and the parallel views are index.html files too.
  listed=$(grep -o 'href="[a-z][a-zA-Z-]*/[^"]*/index.html"' "$site/index.html" | grep -v '^href="browse/' | sort -u | wc -l)
  pages=$(find "$site" -mindepth 2 -name index.html -not -path '*/browse/*' -not -path '*/parallel/*' -not -path '*/cited-by/*' -not -path '*/search/*' | wc -l)
  whole=$(find "$site" -name '*.html' -exec tail -q -c 8 {} + | grep -c '</html>' || true)
  echo "  $1: the index lists $listed of $n documents; $pages pages; $whole of $(find "$site" -name '*.html' | wc -l) HTML files end with </html>"
  [ "$listed" -eq "$n" ] && [ "$pages" -eq "$n" ] && [ "$whole" -eq "$(find "$site" -name '*.html' | wc -l)" ] \
    || { echo "the build of $n documents in $1 is incomplete" >&2; exit 1; }
}

for size in "${sizes[@]}"; do
  if [ "$size" = seed ]; then seed_run; else corpus_run "$size"; fi
done

if [ -n "${peak_kb[1000]:-}" ] && [ -n "${peak_kb[5000]:-}" ]; then
  memory_ratio=$(calc "${peak_kb[5000]} / ${peak_kb[1000]}")
  summary+=("peak memory, 5000 against 1000 documents | ${memory_ratio}× | ≤ 1.5 | $(verdict "$memory_ratio <= 1.5")")
fi

echo
echo "what | measured | target | verdict"
echo "---|---|---|---"
printf '%s\n' "${summary[@]}"
