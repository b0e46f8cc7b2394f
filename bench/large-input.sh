#!/usr/bin/env bash
# Times `check` on one source file holding the seed many times over (a few MB), to show that reading grows
# linearly with the size of the input: prints milliseconds per MB for each size and the ratio to the smallest.
#   bench/large-input.sh [COPIES...]     (default 10 40 160: about 0.36, 1.4 and 5.7 MB)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
work="${SITEGEN_BENCH_DIR:-$root/bench/.work}/large"
copies=("$@")
[ ${#copies[@]} -gt 0 ] || copies=(10 40 160)
command -v hyperfine >/dev/null || { echo "hyperfine is needed: apt-get install hyperfine" >&2; exit 2; }

mkdir -p "$work"
dotnet publish "$root/src/SiteGen.Cli" -c Release -o "$work/cli" --nologo -v quiet >/dev/null
first=""
for n in "${copies[@]}"; do
  file="$work/seed-x$n.md"
  for _ in $(seq 1 "$n"); do cat "$root/seeds/000_7be3694dd3d710bf.txt"; done > "$file"
  bytes=$(stat -c %s "$file")
  # check exits 1: the file holds more than one resolution, and says so.
  hyperfine -N -i --style none --warmup 1 --runs 5 --export-csv "$work/x$n.csv" "$work/cli/SiteGen.Cli check $file" >/dev/null 2>&1
  ms=$(awk -F, 'NR == 2 { printf "%.1f", $2 * 1000 }' "$work/x$n.csv")
  per_mb=$(awk "BEGIN { printf \"%.1f\", $ms / ($bytes / 1048576) }")
  [ -n "$first" ] || first=$per_mb
  echo "$n copies, $bytes bytes: $ms ms, $per_mb ms/MB ($(awk "BEGIN { printf \"%.2f\", $per_mb / $first }")× the smallest)"
done
"$work/cli/SiteGen.Cli" check "$work/seed-x${copies[0]}.md" | head -2
