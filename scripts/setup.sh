#!/usr/bin/env bash
# Installs what building and testing Heirloom needs, each piece only when it is missing, so
# that on a fresh Debian or Ubuntu machine `make test` and `make run` need nothing else.
# Quiet when everything is already there.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf 'setup: %s\n' "$*" >&2; }

# --- Debian packages -------------------------------------------------------------------
# Build tools (CMake builds the bundled zxing-cpp QR decoder); Tauri's WebKitGTK stack; Xvfb,
# WebKitWebDriver and ImageMagick's `import` (window screenshots) for the end-to-end tests;
# zbarimg and pdftoppm, the independent decoder and rasteriser the scan tests check against;
# gnome-keyring, D-Bus and secret-tool for the keychain tests; Python for the reference
# decoder; Node for the UI; lintian, which checks the .deb of `make package`, and rpmbuild
# and cpio, which pack its .rpm again reproducibly; Tesseract and its English data, which
# read a card's printed text when its QR code is destroyed (the tests need them; the app
# only recommends them).
apt_packages=(
    build-essential pkg-config git curl ca-certificates file
    libwebkit2gtk-4.1-dev libgtk-3-dev libayatana-appindicator3-dev librsvg2-dev libssl-dev
    xvfb webkit2gtk-driver xauth imagemagick
    cmake zbar-tools poppler-utils tesseract-ocr tesseract-ocr-eng
    gnome-keyring dbus dbus-x11 libsecret-tools
    python3 python3-venv python3-pip
    lintian rpm cpio
)
command -v node >/dev/null || apt_packages+=(nodejs)
command -v npm >/dev/null || apt_packages+=(npm)

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi

missing=()
for p in "${apt_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    if ! command -v apt-get >/dev/null; then
        say "missing packages ${missing[*]}, and this is not a Debian/Ubuntu system: install them by hand"
        exit 1
    fi
    say "installing ${missing[*]}"
    "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# --- Rust ------------------------------------------------------------------------------
if ! command -v cargo >/dev/null; then
    say "Rust is not installed: install it with rustup (https://rustup.rs), then run this again"
    exit 1
fi
for component in rustfmt clippy; do
    if ! rustup component list --installed 2>/dev/null | grep -q "^$component"; then
        say "adding the $component component"
        rustup component add "$component" >/dev/null 2>&1
    fi
done
if ! cargo deny --version >/dev/null 2>&1; then
    say "installing cargo-deny (a few minutes, once)"
    cargo install cargo-deny --locked --quiet
fi

if ! tauri-driver --help >/dev/null 2>&1; then
    say "installing tauri-driver (a few minutes, once)"
    cargo install tauri-driver --locked --version "^2" --quiet
fi

# --- Advisory database -----------------------------------------------------------------
# cargo-deny reads advisories from a git checkout with an origin it can fetch; the machines
# here cannot reach GitHub, so the snapshot in ../shared is turned into such a checkout.
snapshot="$root/../shared/advisory-db"
db_root="$root/target/advisory-dbs"
db="$db_root/advisory-db-3157b0e258782691"
if [ -d "$snapshot" ]; then
    if ! cmp -s "$snapshot/SNAPSHOT" "$db/SNAPSHOT" 2>/dev/null; then
        say "preparing the offline advisory database"
        rm -rf "$db"
        mkdir -p "$db_root"
        cp -r "$snapshot" "$db"
        chmod -R u+w "$db"
        git_id=(-c user.name=heirloom-setup -c user.email=setup@heirloom.invalid -c commit.gpgsign=false)
        (
            cd "$db"
            git init -q -b main
            git add -A
            git "${git_id[@]}" commit -q -m "advisory-db snapshot"
            git remote add origin "$db"
        )
    fi
else
    say "no ../shared/advisory-db beside the repository: cargo deny will fetch advisories itself"
fi

# --- Python for the reference decoder -------------------------------------------------
req="$root/tests/reference/requirements.txt"
venv="$root/.venv"
if [ -f "$req" ]; then
    if [ ! -x "$venv/bin/python" ]; then
        say "creating .venv for the reference decoder"
        python3 -m venv "$venv"
    fi
    if ! cmp -s "$req" "$venv/.requirements.installed"; then
        say "installing the reference decoder's Python packages"
        "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$req"
        cp "$req" "$venv/.requirements.installed"
    fi
fi

# --- Node packages for the UI -----------------------------------------------------------
# `npm ci`: exactly the committed lock file, which lists every platform's optional packages
# (esbuild, rollup and the Tauri CLI each have one per platform), and is never rewritten, so
# a build leaves the checkout as it found it.
if ! cmp -s package-lock.json node_modules/.heirloom-lock 2>/dev/null; then
    say "installing the UI's npm packages"
    npm ci --no-audit --no-fund --loglevel=error >/dev/null
    cp package-lock.json node_modules/.heirloom-lock
fi
