#!/usr/bin/env bash
# `make test-package`: checks the .deb of `make package` as a distribution would.
#  1. lintian: no error (the warnings left are listed and justified in docs/building.md);
#  2. its files: the programs, the menu entry, the icons, the manual pages, the
#     completions, the copyright file;
#  3. unpacked with `dpkg-deb -x` into a throwaway root: `heirloom --version` runs from there
#     and names this version and commit;
#  4. the unpacked app starts under Xvfb and shows its first screen, with the About line
#     (the end-to-end harness, scripts/e2e.sh, with tests/e2e/package.mjs).
# The .rpm's file list is checked too when the `rpm` program is installed.
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf 'check-package: %s\n' "$*" >&2; }
fail() { say "FAILED: $*"; exit 1; }

version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)
deb=target/release/bundle/deb/heirloom_${version}_amd64.deb
rpm_file=target/release/bundle/rpm/heirloom-${version}-1.x86_64.rpm
commit=$(git rev-parse HEAD 2>/dev/null || echo "${HEIRLOOM_COMMIT:-unknown}")
[ -f "$deb" ] || fail "no $deb: run make package"

# --- 1. lintian ----------------------------------------------------------------------------
say "lintian $deb"
lintian --fail-on error --tag-display-limit 0 "$deb" || fail "lintian reports an error"

# --- 2. the files ------------------------------------------------------------------------
listing=$(dpkg-deb -c "$deb")
expected=(
    ./usr/bin/heirloom-app
    ./usr/bin/heirloom
    ./usr/share/applications/Heirloom.desktop
    ./usr/share/icons/hicolor/32x32/apps/heirloom-app.png
    ./usr/share/icons/hicolor/64x64/apps/heirloom-app.png
    ./usr/share/icons/hicolor/128x128/apps/heirloom-app.png
    ./usr/share/icons/hicolor/256x256/apps/heirloom-app.png
    ./usr/share/icons/hicolor/512x512/apps/heirloom-app.png
    ./usr/share/doc/heirloom/copyright
    ./usr/share/doc/heirloom/changelog.gz
    ./usr/share/man/man1/heirloom.1.gz
    ./usr/share/man/man1/heirloom-split.1.gz
    ./usr/share/man/man1/heirloom-app.1.gz
    ./usr/share/bash-completion/completions/heirloom
    ./usr/share/zsh/vendor-completions/_heirloom
    ./usr/share/fish/vendor_completions.d/heirloom.fish
)
for f in "${expected[@]}"; do
    grep -q " $f\$" <<<"$listing" || fail "the .deb has no $f"
done
control=$(dpkg-deb -f "$deb")
grep -qx "Version: $version" <<<"$control" || fail "the .deb's version is not $version"
grep -q '^Depends:.*libwebkit2gtk-4.1-0' <<<"$control" || fail "the .deb does not depend on WebKitGTK 4.1"
size=$(stat -c %s "$deb")
[ "$size" -le $((15 * 1024 * 1024)) ] || fail "the .deb is $size bytes, more than 15 MB"
say "the .deb holds every expected file; $size bytes"

if command -v rpm >/dev/null && [ -f "$rpm_file" ]; then
    rpm_listing=$(rpm -qpl "$rpm_file" 2>/dev/null)
    for f in /usr/bin/heirloom-app /usr/bin/heirloom /usr/share/man/man1/heirloom.1.gz; do
        grep -qx "$f" <<<"$rpm_listing" || fail "the .rpm has no $f"
    done
    say "the .rpm holds the programs and the manual"
fi

# --- 3. unpacked: the command line ---------------------------------------------------------
unpacked=$(mktemp -d "${TMPDIR:-/tmp}/heirloom-unpacked.XXXXXX")
trap 'rm -rf "$unpacked"' EXIT
dpkg-deb -x "$deb" "$unpacked"
line=$("$unpacked/usr/bin/heirloom" --version)
say "unpacked heirloom --version: $line"
[ "$line" = "heirloom $version (commit $commit)" ] || fail "expected \"heirloom $version (commit $commit)\""
"$unpacked/usr/bin/heirloom" --help >/dev/null || fail "heirloom --help"

# --- 4. unpacked: the app's first screen ---------------------------------------------------
say "starting the unpacked app under Xvfb"
HEIRLOOM_APP="$unpacked/usr/bin/heirloom-app" \
    HEIRLOOM_CLI="$unpacked/usr/bin/heirloom" \
    HEIRLOOM_EXPECT_VERSION="$version" HEIRLOOM_EXPECT_COMMIT="$commit" \
    E2E_ARTIFACTS="$PWD/target/package-check" \
    E2E_SPEC=tests/e2e/package.mjs \
    scripts/e2e.sh
say "every check passed; the first screen is in target/package-check/"
