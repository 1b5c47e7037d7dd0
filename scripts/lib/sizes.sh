#!/usr/bin/env bash
# scripts/lib/sizes.sh SITE — prints the size of each file the page fetches, raw / gzip -9 / brotli,
# and the slim ICU data and font subsets packed inside index.data. The full fonts (*.ttf), fetched only
# when a reader's article needs a glyph the subsets lack, are listed apart, outside the total.
set -euo pipefail
site=$1
source "$(dirname "$0")/env.sh"
row() {  # name, file
  local raw gz br
  raw=$(stat -c %s "$2"); gz=$(gzip -9c "$2" | wc -c)
  br=$(command -v brotli >/dev/null && brotli -c -q 11 "$2" | wc -c || echo "-")
  printf '  %-34s %9s %9s %9s\n' "$1" "$raw" "$gz" "$br"
}
echo "sizes (bytes)                         raw      gzip    brotli"
total_raw=0; total_gz=0
for f in "$site"/*; do
  [ -f "$f" ] || continue
  case "$f" in *.ttf) continue ;; esac
  row "$(basename "$f")" "$f"
  total_raw=$((total_raw + $(stat -c %s "$f"))); total_gz=$((total_gz + $(gzip -9c "$f" | wc -c)))
done
printf '  %-34s %9s %9s\n' "total fetched" "$total_raw" "$total_gz"
echo "inside index.data:"
icu_data_dir=$(sed -n 's/^set(ISNAD_ICU_DATA_DIR "\(.*\)")$/\1/p' "$(dirname "$0")/../../build/wasm-deps.cmake")
row "ICU data (slim)" "$(ls "$icu_data_dir"/icudt*l.dat | sed -n 1p)"
for f in "$site/../fonts/NotoNaskhArabic-subset.ttf" "$site/../fonts/NotoSans-subset.ttf"; do
  row "$(basename "$f")" "$f"
done
echo "fetched only when an article needs more glyphs:"
for f in "$site"/*.ttf; do [ -f "$f" ] && row "$(basename "$f")" "$f"; done
