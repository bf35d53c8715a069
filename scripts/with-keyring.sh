#!/usr/bin/env bash
# Run a command with a private D-Bus session bus and an unlocked gnome-keyring Secret Service.
#
# Usage: scripts/with-keyring.sh COMMAND [ARGUMENT ...]
#
# The command gets a throwaway HOME and XDG data, config and cache folders, so the keyring,
# settings and data it finds there are temporary, not those of the person running it.
# XDG_RUNTIME_DIR is kept when it is a folder owned by the current user with mode 0700.
# Otherwise a private one is created.
# Everything created here is removed when the command exits, and its exit status is returned.
set -euo pipefail

if (($# == 0)); then
    echo "usage: $0 COMMAND [ARGUMENT ...]" >&2
    exit 2
fi

for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null; then
        echo "with-keyring: $tool not found; install dbus-daemon and gnome-keyring" \
            "(scripts/install-deps.sh installs both)." >&2
        exit 1
    fi
done

# Second stage, run inside dbus-run-session. It starts the keyring, waits for it and runs the
# command.
if [[ "${RESTO360_KEYRING_STAGE:-}" == inside ]]; then
    unset RESTO360_KEYRING_STAGE

    # The password only unlocks a keyring that lives in a temporary folder.
    printf '%s' "resto360-test-keyring" |
        gnome-keyring-daemon --foreground --unlock --components=secrets \
            >"$RESTO360_KEYRING_LOG" 2>&1 &
    keyring_pid=$!

    # The Secret Service is usable once its bus name has an owner, so wait up to 10 seconds.
    keyring_ready=false
    for _ in $(seq 100); do
        if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
            grep -q 'boolean true'; then
            keyring_ready=true
            break
        fi
        sleep 0.1
    done
    if [[ "$keyring_ready" != true ]]; then
        echo "with-keyring: gnome-keyring-daemon did not register org.freedesktop.secrets" \
            "within 10 seconds. Its output:" >&2
        cat "$RESTO360_KEYRING_LOG" >&2
        kill "$keyring_pid" 2>/dev/null || true
        exit 1
    fi

    status=0
    "$@" || status=$?

    kill "$keyring_pid" 2>/dev/null || true
    wait "$keyring_pid" 2>/dev/null || true
    exit "$status"
fi

self=$(realpath "${BASH_SOURCE[0]}")
session_dir=$(mktemp -d "${TMPDIR:-/tmp}/resto360-keyring.XXXXXX")
# Others may traverse this folder but not list it. When tests run as root, the PostgreSQL
# server they start runs as an unprivileged user, which must reach data folders under HOME.
chmod 0711 "$session_dir"
trap 'rm -rf "$session_dir"' EXIT

mkdir -p "$session_dir/home" "$session_dir/data" "$session_dir/config" "$session_dir/cache"
runtime_dir=${XDG_RUNTIME_DIR:-}
if [[ -z "$runtime_dir" || ! -d "$runtime_dir" || ! -O "$runtime_dir" ||
    $(stat -c '%a' "$runtime_dir") != 700 ]]; then
    runtime_dir="$session_dir/runtime"
    mkdir -m 0700 "$runtime_dir"
fi

# Not exec: the trap above removes the session folder after dbus-run-session returns.
status=0
env HOME="$session_dir/home" \
    XDG_DATA_HOME="$session_dir/data" \
    XDG_CONFIG_HOME="$session_dir/config" \
    XDG_CACHE_HOME="$session_dir/cache" \
    XDG_RUNTIME_DIR="$runtime_dir" \
    RESTO360_KEYRING_LOG="$session_dir/gnome-keyring.log" \
    RESTO360_KEYRING_STAGE=inside \
    dbus-run-session -- bash "$self" "$@" || status=$?
exit "$status"
