#!/usr/bin/env bash
# `make package`: builds the release app and command line once, and bundles them with the
# Tauri bundler (the Tauri CLI pinned in package.json) into
#   target/release/bundle/deb/heirloom_<version>_amd64.deb
#   target/release/bundle/rpm/heirloom-<version>-1.x86_64.rpm
# The build is reproducible: the same commit gives the same bytes in any folder, on any
# day (scripts/reproduce.sh checks it; docs/building.md explains each step).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
export PATH="$HOME/.cargo/bin:$PATH"
say() { printf 'package: %s\n' "$*" >&2; }

version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)
release=target/release
files=$release/package-files
bundle=$release/bundle

# --- A build that does not depend on when or where it runs -------------------------------
# Time: the commit's date, for every file date in the packages and the changelog.
if [ -z "${SOURCE_DATE_EPOCH:-}" ]; then
    SOURCE_DATE_EPOCH=$(git log -1 --pretty=%ct 2>/dev/null || echo 0)
fi
export SOURCE_DATE_EPOCH
# Place: the checkout and the cargo home appear in panic messages and in the C++ objects of
# zxing-cpp; both are mapped to fixed names.
cargo_home=${CARGO_HOME:-$HOME/.cargo}
export RUSTFLAGS="${RUSTFLAGS:+$RUSTFLAGS }--remap-path-prefix=$root=/build/heirloom --remap-path-prefix=$cargo_home=/cargo"
prefix_map="-ffile-prefix-map=$root=/build/heirloom -ffile-prefix-map=$cargo_home=/cargo"
export CFLAGS="${CFLAGS:+$CFLAGS }$prefix_map" CXXFLAGS="${CXXFLAGS:+$CXXFLAGS }$prefix_map"
# Locale and permissions of the files the scripts write.
export LC_ALL=C TZ=UTC
umask 022

# --- The release binaries ----------------------------------------------------------------
# The two programs are stripped (Debian ships stripped binaries); stripping only their own
# packages keeps the dependencies the ones `cargo build --release` made.
say "building the release app and command line"
strip=()
for p in heirloom-app heirloom-cli; do strip+=(--config "profile.release.package.$p.strip=\"symbols\""); done
cargo build --release --locked "${strip[@]}" -p heirloom-app -p heirloom-cli

# --- Manual pages, completions, changelog: generated, compressed without dates ----------
rm -rf "$files"
mkdir -p "$files"
"$release/heirloom" --write-manual "$files"
cp packaging/heirloom-app.1 "$files/man1/"
gzip -9n "$files"/man1/*.1
changelog_date=$(date -u -d "@$SOURCE_DATE_EPOCH" -R)
commit=$(git rev-parse HEAD 2>/dev/null || echo "${HEIRLOOM_COMMIT:-unknown}")
cat > "$files/changelog" <<EOF
heirloom ($version) unstable; urgency=medium

  * Built from commit
    $commit.
    The history is in the source repository; its docs/building.md says how
    to rebuild this package bit for bit.

 -- Heirloom contributors <packages@heirloom.invalid>  $changelog_date
EOF
gzip -9n "$files/changelog"
# Every file the bundler copies carries the commit's date, not the checkout's or the build's.
touch -d "@$SOURCE_DATE_EPOCH" "$files"/man1/* "$files"/completions/* "$files"/changelog.gz \
    "$release/heirloom" "$release/heirloom-app" icons/* packaging/*

# --- The Tauri bundler ---------------------------------------------------------------------
say "bundling the .deb and the .rpm"
rm -rf "$bundle/deb" "$bundle/rpm"
npx --no-install tauri bundle --bundles deb,rpm --ci

# --- The .deb, rebuilt deterministically ---------------------------------------------------
# The bundler writes file dates of the moment, the members in the order the file system
# lists them, and names the package after the product ("Heirloom_…"). Its content is kept;
# the archive is rebuilt with dpkg-deb: sorted members, every date SOURCE_DATE_EPOCH,
# root:root, 0755 for folders and programs and 0644 for the rest, a sorted md5sums.
tauri_deb=$(ls "$bundle"/deb/*.deb)
deb="$bundle/deb/heirloom_${version}_amd64.deb"
tree=$(mktemp -d "${TMPDIR:-/tmp}/heirloom-deb.XXXXXX")
trap 'rm -rf "$tree"' EXIT
dpkg-deb -R "$tauri_deb" "$tree/root"
rm -f "$tauri_deb"
rm -rf "$bundle/deb/"*/
(
    cd "$tree/root"
    find . -type d -exec chmod 0755 {} +
    find . -type f -exec chmod 0644 {} +
    chmod 0755 usr/bin/*
    find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z | xargs -0 md5sum > DEBIAN/md5sums
    # Installed-Size as dpkg-gencontrol counts it (KiB per file, rounded up, and 1 per
    # folder): the bundler adds up folder sizes, which differ between file systems.
    kib=$(find . -mindepth 1 -path ./DEBIAN -prune -o \( -type f -printf '%s\n' -o -printf '1024\n' \) |
        awk '{ total += int(($1 + 1023) / 1024) } END { print total }')
    sed -i "s/^Installed-Size: .*/Installed-Size: $kib/" DEBIAN/control
    # Depends from the libraries the programs link, with the lowest versions that provide
    # the symbols they use (dpkg-shlibdeps, as a Debian build does); it covers the bundler's
    # libwebkit2gtk-4.1-0 and libgtk-3-0 and adds libc6 and the rest.
    mkdir -p "$tree/shlibs/debian"
    printf 'Source: heirloom\n\nPackage: heirloom\nArchitecture: any\n' > "$tree/shlibs/debian/control"
    depends=$(cd "$tree/shlibs" && dpkg-shlibdeps -O -e"$tree/root/usr/bin/heirloom" -e"$tree/root/usr/bin/heirloom-app" 2>/dev/null |
        sed -n 's/^shlibs:Depends=//p')
    [ -n "$depends" ] || { say "dpkg-shlibdeps found no dependencies"; exit 1; }
    sed -i "s/^Depends: .*/Depends: $depends/" DEBIAN/control
    find . -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
)
dpkg-deb --root-owner-group -Zxz -z9 -Sextreme --threads-max=1 --build "$tree/root" "$deb" >/dev/null

# --- The .rpm, rebuilt deterministically --------------------------------------------------
# The bundler's .rpm records the build time and the date of the .desktop file it writes.
# Its files and fields are kept; rpmbuild packs them again with every date
# SOURCE_DATE_EPOCH, a fixed build host, single-threaded xz, and the library requirements
# rpm finds itself.
tauri_rpm=$(ls "$bundle"/rpm/*.rpm)
rpm_name="$bundle/rpm/heirloom-${version}-1.x86_64.rpm"
mkdir -p "$tree/rpm/root"
# (rpm2cpio 4.18 exits 1 on the bundler's .rpm although it writes the whole payload; cpio
# checks the archive through to its trailer.)
rpm2cpio "$tauri_rpm" > "$tree/rpm/payload.cpio" || true
(cd "$tree/rpm/root" && cpio -idm --quiet < "$tree/rpm/payload.cpio")
[ -x "$tree/rpm/root/usr/bin/heirloom-app" ] || { say "no programs in the bundler's .rpm"; exit 1; }
find "$tree/rpm/root" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
q() { rpm -qp --qf "$1" "$tauri_rpm"; }
{
    printf 'Name: %s\nVersion: %s\nRelease: %s\nSummary: %s\nLicense: %s\n' \
        "$(q '%{NAME}')" "$(q '%{VERSION}')" "$(q '%{RELEASE}')" "$(q '%{SUMMARY}')" "$(q '%{LICENSE}')"
    rpm -qp --requires "$tauri_rpm" | grep -v '^rpmlib(' | sed 's/^/Requires: /'
    rpm -qp --recommends "$tauri_rpm" | sed 's/^/Recommends: /'
    printf '\n%%description\n%s\n\n%%install\ncp -a %s/. %%{buildroot}/\n\n%%files\n' \
        "$(q '%{DESCRIPTION}')" "$tree/rpm/root"
    echo '%dir /usr/share/licenses/heirloom'
    (cd "$tree/rpm/root" && find . -type f | sort | sed 's|^\.||')
} > "$tree/rpm/heirloom.spec"
rpmbuild -bb --quiet \
    --define "_topdir $tree/rpm/top" \
    --define "_buildhost reproducible" \
    --define "use_source_date_epoch_as_buildtime 1" \
    --define "clamp_mtime_to_source_date_epoch 1" \
    --define "_build_id_links none" \
    --define "debug_package %{nil}" \
    --define "__os_install_post %{nil}" \
    --define "_binary_payload w9.xzdio" \
    "$tree/rpm/heirloom.spec"
rm -rf "$bundle/rpm"
mkdir -p "$bundle/rpm"
mv "$tree"/rpm/top/RPMS/x86_64/*.rpm "$rpm_name"

say "done:"
ls -l "$deb" "$rpm_name" >&2
