#!/usr/bin/env bash
# Runs the end-to-end tests: the real app under Xvfb, driven by tauri-driver and
# WebKitWebDriver, with a private D-Bus session and gnome-keyring (scripts/with-keyring.sh),
# and a keychain service name of this run only. E2E_SPEC="tests/e2e/one.test.mjs" runs one spec
# (node --test options may come first, e.g. "--test-name-pattern=camera tests/e2e/...").
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
export HEIRLOOM_KEYCHAIN_SERVICE="heirloom-e2e-$$"
export E2E_ARTIFACTS="${E2E_ARTIFACTS:-$PWD/target/e2e-artifacts}"
export HEIRLOOM_APP="${HEIRLOOM_APP:-$PWD/target/debug/heirloom-app}"
export HEIRLOOM_CLI="${HEIRLOOM_CLI:-$PWD/target/debug/heirloom}"
# The record of backup sets, of this run only: the app and the command line both use it.
export HEIRLOOM_DATA_DIR="${HEIRLOOM_DATA_DIR:-$(mktemp -d /tmp/heirloom-e2e-data.XXXXXX)}"
export HEIRLOOM_CARD_IMAGE="${HEIRLOOM_CARD_IMAGE:-$PWD/target/debug/card-image}"
# WebDriver cannot click a native GTK dialog: the debug build answers its questions with
# this (see src-tauri/src/confirm.rs); a release build ignores it.
export HEIRLOOM_E2E_ANSWER="${HEIRLOOM_E2E_ANSWER:-yes}"
# Nor a GTK file chooser: the debug build takes the path chosen in its next save, open or
# folder dialog from this file, which the specs write (answerNextDialog in
# tests/e2e/webdriver.mjs) and the app removes as it reads it; no file is a closed dialog.
# The page never sees it; a release build ignores it.
export HEIRLOOM_E2E_CHOOSE="$E2E_ARTIFACTS/next-dialog-answer"
# The app in English whatever this machine's locale: the specs read English words. The app
# takes its language from the webview's navigator.languages unless one was chosen on its home
# screen; WebKitGTK reports one language there, from the C library's LC_CTYPE locale (LC_ALL,
# else LC_CTYPE, else LANG; C reads as en-US) and never reads LANGUAGE, which the command
# line's own locale detection reads first. A choice made on the home screen is kept in the
# webview's storage under XDG_DATA_HOME, which scripts/with-keyring.sh makes new for each
# run; tests/e2e/i18n.test.mjs puts English back when it is done.
export LC_ALL=C.UTF-8 LANGUAGE=en
rm -rf "$E2E_ARTIFACTS"
mkdir -p "$E2E_ARTIFACTS"
# Free ports of this run, so two runs on one machine never talk to each other's driver.
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
port=$(free_port)
native_port=$(free_port)
export TAURI_DRIVER_URL="http://127.0.0.1:$port"
exec scripts/with-keyring.sh xvfb-run -a -s "-screen 0 1280x1000x24" bash -c '
    tauri-driver --port '"$port"' --native-port '"$native_port"' --native-driver /usr/bin/WebKitWebDriver > "$E2E_ARTIFACTS/tauri-driver.log" 2>&1 &
    driver=$!
    trap "kill $driver 2>/dev/null || true" EXIT
    for _ in $(seq 100); do
        (exec 3<>/dev/tcp/127.0.0.1/'"$port"') 2>/dev/null && break
        sleep 0.1
    done
    if [ "${E2E_ONLY:-}" = figures ]; then
        node "${E2E_SCRIPT:-tests/e2e/figures.mjs}"
    else
        node --test --test-concurrency=1 ${E2E_SPEC:-tests/e2e/}
    fi
'
