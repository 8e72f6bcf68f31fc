#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with its own unlocked gnome-keyring, so that
# tests talk to a real Secret Service and never to the developer's own keychain: the
# keyring's files live in a temporary data folder that is removed afterwards.
set -euo pipefail
for tool in dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || { echo "with-keyring: $tool is missing (make setup installs it)" >&2; exit 1; }
done
sandbox=$(mktemp -d /tmp/heirloom-keyring.XXXXXX)
trap 'rm -rf "$sandbox"' EXIT
mkdir -p "$sandbox/data" "$sandbox/runtime"
chmod 700 "$sandbox/runtime"
export XDG_DATA_HOME="$sandbox/data" XDG_RUNTIME_DIR="$sandbox/runtime"
dbus-run-session -- bash -c '
    # The login keyring is created and unlocked with this throwaway password.
    printf "heirloom-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"
' with-keyring "$@"
