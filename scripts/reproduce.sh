#!/usr/bin/env bash
# Builds the packages twice from clean clones of one commit, in two different folders, and
# compares the sha256 sums of the programs and of the .deb and .rpm. Exits 0 only when the
# programs and the .deb are byte-identical (see docs/building.md for the .rpm).
#
#   scripts/reproduce.sh [COMMIT]      default: HEAD of this checkout
#
# REPRODUCE_DIR chooses where the two clones go (default: a new folder under /tmp); they are
# kept, with diffoscope's report of any difference when diffoscope is installed. Each build
# is a full `make package` from nothing, so this takes as long as two release builds.
set -euo pipefail
cd "$(dirname "$0")/.."
src=$PWD
commit=$(git rev-parse --verify "${1:-HEAD}^{commit}")
work=${REPRODUCE_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/heirloom-reproduce.XXXXXX")}
mkdir -p "$work"
say() { printf 'reproduce: %s\n' "$*" >&2; }
if [ -z "${1:-}" ] && [ -n "$(git status --porcelain --untracked-files=no)" ]; then
    say "note: this checkout has uncommitted changes; they are not part of the build of $commit"
fi

version=$(git show "$commit:Cargo.toml" | sed -n 's/^version = "\(.*\)"/\1/p' | head -n 1)
outputs=(
    target/release/heirloom
    target/release/heirloom-app
    "target/release/bundle/deb/heirloom_${version}_amd64.deb"
    "target/release/bundle/rpm/heirloom-${version}-1.x86_64.rpm"
)

# Two folders of different names and depths, built one after the other.
dirs=("$work/first/heirloom" "$work/second-build/src/heirloom-checkout")
for dir in "${dirs[@]}"; do
    rm -rf "$dir"
    mkdir -p "$(dirname "$dir")"
    git clone --quiet --no-checkout "$src" "$dir"
    git -C "$dir" checkout --quiet --detach "$commit"
    say "building $commit in $dir (log: $dir.log)"
    start=$(date +%s)
    if ! make -C "$dir" package >"$dir.log" 2>&1; then
        tail -n 30 "$dir.log" >&2
        say "the build in $dir failed"
        exit 1
    fi
    say "built in $(( $(date +%s) - start )) s"
done

status=0
printf '%-64s  %-64s  %s\n' "first build (sha256)" "second build (sha256)" "file"
for f in "${outputs[@]}"; do
    a=$(sha256sum "${dirs[0]}/$f" | cut -d' ' -f1)
    b=$(sha256sum "${dirs[1]}/$f" | cut -d' ' -f1)
    mark="identical"
    if [ "$a" != "$b" ]; then
        mark="DIFFERENT"
        case "$f" in *.rpm) ;; *) status=1 ;; esac
        if command -v diffoscope >/dev/null; then
            report="$work/diffoscope-$(basename "$f").txt"
            diffoscope --text "$report" "${dirs[0]}/$f" "${dirs[1]}/$f" >/dev/null 2>&1 || true
            mark="DIFFERENT (diffoscope: $report)"
        fi
    fi
    printf '%s  %s  %s: %s\n' "$a" "$b" "$f" "$mark"
done
if [ "$status" -eq 0 ]; then
    say "the programs and the .deb of $commit are byte-identical in both builds"
else
    say "the builds differ; see above"
fi
exit "$status"
