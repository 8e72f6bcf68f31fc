#!/usr/bin/env bash
# What each script family's fonts add to Heirloom's packages (docs/benchmarks.md, "Fonts for
# every script"): the bytes embedded in each program (heirloom and heirloom-app both carry
# them), and the bytes they add to the xz-compressed .deb and .rpm, where the second copy
# costs almost nothing (it falls in the compressor's window).
set -euo pipefail
cd "$(dirname "$0")/../src-tauri/crates/heirloom-core/fonts"
row() {
    local family=$1; shift
    local raw xz
    raw=$(cat "$@" | wc -c)
    xz=$(cat "$@" | xz -9e -c | wc -c)
    printf '| %s | %s | %d | %d |\n' "$family" "$*" "$raw" "$xz"
}
echo "| family | files | embedded, per program (bytes) | in the package, xz -9e (bytes) |"
echo "|---|---|---:|---:|"
row "Latin, Greek, Cyrillic (DejaVu, before issue 16)" DejaVuSans.ttf DejaVuSans-Bold.ttf DejaVuSansMono.ttf
row "Arabic" NotoSansArabic-Regular.ttf
row "Hebrew" NotoSansHebrew-Regular.ttf
row "Devanagari" NotoSansDevanagari-Regular.ttf
row "Thai" NotoSansThai-Regular.ttf
row "Chinese, Japanese, Korean" NotoSansCJKsc-Regular-subset.otf
row "all Noto fonts together" NotoSansArabic-Regular.ttf NotoSansHebrew-Regular.ttf \
    NotoSansDevanagari-Regular.ttf NotoSansThai-Regular.ttf NotoSansCJKsc-Regular-subset.otf
