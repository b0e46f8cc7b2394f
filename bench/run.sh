#!/usr/bin/env bash
# Times SiteGen side by side with pandoc and Hugo on the same input and prints the figures and ratios.
#   bench/run.sh            the seed (website + EPUB, cold process) against pandoc, then corpora of 100 and 1000
#   bench/run.sh 10         one corpus of 10 documents only (the smoke run the test suite makes)
#   bench/run.sh 1000 5000  corpora of the given sizes
# Installs hyperfine, pandoc and Hugo (Debian packages) when missing, and publishes the release CLI first.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
work="${SITEGEN_BENCH_DIR:-$root/bench/.work}"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(seed 100 1000)

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

# hyperfine's mean of the command on row $2 (from 0) of its CSV export, in milliseconds.
mean_ms() { awk -F, -v row="$2" 'NR == row + 2 { printf "%.1f", $2 * 1000 }' "$1"; }
calc() { awk "BEGIN { printf \"%.${2:-2}f\", $1 }"; }
ratio() { calc "$1 / $2"; }

seed_run() {
  local dir="$work/seed"
  rm -rf "$dir"; mkdir -p "$dir"
  cp -r "$root/content" "$dir/content"
  hyperfine -N --warmup 3 --runs 20 --export-csv "$dir/times.csv" \
    -n sitegen "$cli build --content $dir/content --templates $root/templates --out $dir/out" \
    -n pandoc-html "pandoc -f markdown -s --metadata title=A/C.3/79/L.34 $root/seeds/000_7be3694dd3d710bf.txt -o $dir/seed.html" \
    -n pandoc-epub "pandoc -f markdown --metadata title=A/C.3/79/L.34 $root/seeds/000_7be3694dd3d710bf.txt -o $dir/seed.epub" >/dev/null
  local sitegen html epub
  sitegen=$(mean_ms "$dir/times.csv" 0); html=$(mean_ms "$dir/times.csv" 1); epub=$(mean_ms "$dir/times.csv" 2)
  local pandoc_both; pandoc_both=$(calc "$html + $epub" 1)
  echo "seed, cold process: SiteGen website+EPUB ${sitegen} ms; pandoc HTML ${html} ms + EPUB ${epub} ms = ${pandoc_both} ms; ratio $(ratio "$sitegen" "$pandoc_both")× pandoc (target ≤ 0.5)"
}

corpus_run() {
  local n=$1 dir="$work/corpus-$1"
  "$here/corpus.sh" "$n" "$dir"
  local runs=5; [ "$n" -le 100 ] || runs=3
  hyperfine -N --warmup 1 --runs "$runs" --export-csv "$dir/times.csv" \
    -n sitegen-site "$cli build --content $dir/content --templates $root/templates --out $dir/out-site --formats site" \
    -n sitegen-site+epub "$cli build --content $dir/content --templates $root/templates --out $dir/out-all" \
    -n hugo "hugo --quiet -s $dir/hugo -d $dir/hugo-out" >/dev/null
  local site all hugo
  site=$(mean_ms "$dir/times.csv" 0); all=$(mean_ms "$dir/times.csv" 1); hugo=$(mean_ms "$dir/times.csv" 2)
  local site_rate all_rate hugo_rate
  site_rate=$(calc "$n / ($site / 1000)" 0); all_rate=$(calc "$n / ($all / 1000)" 0); hugo_rate=$(calc "$n / ($hugo / 1000)" 0)
  echo "$n documents: SiteGen website ${site} ms (${site_rate} pages/s); website+EPUB ${all} ms (${all_rate} pages/s); Hugo ${hugo} ms (${hugo_rate} pages/s)"
  echo "  ratios: website $(ratio "$site_rate" "$hugo_rate")× Hugo's pages/s (target ≥ 2); website+EPUB $(ratio "$all_rate" "$hugo_rate")× (target ≥ 1)"
  /usr/bin/time -f "  peak memory, website+EPUB: %M KB" "$cli" build --content "$dir/content" --templates "$root/templates" --out "$dir/out-mem" >/dev/null
}

for size in "${sizes[@]}"; do
  if [ "$size" = seed ]; then seed_run; else corpus_run "$size"; fi
done
