#!/usr/bin/env bash
# Measures the in-process stages of a build on the seed with BenchmarkDotNet (parse, resolve, model, render the
# page, render the e-book's files, zip, model JSON; time and allocations) and prints its summary table.
#   bench/stages.sh                 the default job: stable figures, a few minutes on two cores
#   bench/stages.sh --job short     a smoke run of about a minute (any BenchmarkDotNet option can follow)
# BenchmarkDotNet's full output and reports are left in bench/.work/stages/.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
work="${SITEGEN_BENCH_DIR:-$root/bench/.work}/stages"

rm -rf "$work/results" "$work"/*.log
mkdir -p "$work"
echo "Running the stage benchmarks (dotnet run -c Release --project bench/SiteGen.Benchmarks); log in $work/run.log…"
if ! dotnet run -c Release --project "$root/bench/SiteGen.Benchmarks" -- --filter '*' --artifacts "$work" "$@" >"$work/run.log" 2>&1; then
  tail -40 "$work/run.log" >&2
  exit 1
fi

report=$(find "$work/results" -name '*-report-github.md' 2>/dev/null | head -1)
[ -n "$report" ] || { echo "no summary table in $work/results (see $work/run.log)" >&2; exit 1; }
cat "$report"
