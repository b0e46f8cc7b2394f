#!/usr/bin/env bash
# Writes N documents made from the seed, each with its own symbol, as a SiteGen content folder and as a Hugo
# site with the same texts: bench/corpus.sh N DIR  →  DIR/content (SiteGen) and DIR/hugo (Hugo).
set -euo pipefail
n=$1
out=$2
here="$(cd "$(dirname "$0")" && pwd)"
seed="$here/../seeds/000_7be3694dd3d710bf.txt"
rm -rf "$out"
mkdir -p "$out/content" "$out/hugo/content/docs"
cp -r "$here/hugo/config.toml" "$here/hugo/layouts" "$out/hugo/"
for i in $(seq 1 "$n"); do
  number=$((1000 + i))
  folder="$out/content/A-C.3-79-L.$number"
  mkdir -p "$folder"
  cp "$seed" "$folder/zh-Hans.md"
  cat > "$folder/document.yml" <<YAML
symbol: A/C.3/79/L.$number
body: General Assembly
distribution: limited
originalLanguage: en
date: 2024-11-20
versions:
  - language: zh-Hans
    source: zh-Hans.md
YAML
  { printf -- '---\ntitle: "A/C.3/79/L.%s"\n---\n' "$number"; cat "$seed"; } > "$out/hugo/content/docs/l$number.md"
done
