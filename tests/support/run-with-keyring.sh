#!/bin/sh
# Runs a command against a throwaway Secret Service: a private D-Bus session bus and an
# unlocked gnome-keyring-daemon whose keyrings live in a temporary HOME, so a test never
# touches the keychain of whoever runs it.
#
#   tests/support/run-with-keyring.sh COMMAND [ARGUMENT...]
#
# Exits with the command's status. Needs dbus-run-session and dbus-send (Debian: dbus-daemon,
# dbus-bin) and gnome-keyring-daemon (gnome-keyring). The command sees
# RESTO360_THROWAWAY_KEYRING=1, which keychain tests require before they write anything.
set -eu

me=run-with-keyring.sh

# Second stage, inside the private bus: start the keyring, then become the command.
if [ "${1:-}" = --inside-session ]; then
    shift
    workdir=${RESTO360_KEYRING_WORKDIR:?}
    unset RESTO360_KEYRING_WORKDIR

    # The keyring lives and dies with the temporary folder, so a fixed password is enough.
    # Its output goes to a file: the forked daemon keeps it open, a pipe would never end.
    printf '%s' resto360-throwaway \
        | gnome-keyring-daemon --unlock --components=secrets >"$workdir/daemon.env"
    while IFS= read -r line; do
        name=${line%%=*}
        case $name in
            '' | *[!A-Za-z0-9_]*) continue ;;
        esac
        [ "$name" != "$line" ] && export "$name=${line#*=}"
    done <"$workdir/daemon.env"

    # Wait until the daemon owns the Secret Service name: a call made earlier would start a
    # second daemon through D-Bus activation, with a locked keyring that waits for a prompt.
    bus() {
        dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            "org.freedesktop.DBus.$1" string:org.freedesktop.secrets 2>/dev/null
    }
    tries=0
    until bus NameHasOwner | grep -q 'boolean true'; do
        tries=$((tries + 1))
        if [ "$tries" -ge 100 ]; then
            echo "$me: gnome-keyring-daemon did not register the Secret Service" >&2
            exit 2
        fi
        sleep 0.1
    done
    bus GetConnectionUnixProcessID | awk '/uint32/ { print $2 }' >"$workdir/daemon.pid"

    export RESTO360_THROWAWAY_KEYRING=1
    exec "$@"
fi

if [ $# -eq 0 ]; then
    echo "usage: $me COMMAND [ARGUMENT...]" >&2
    exit 2
fi
for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$me: $tool is not installed (Debian: dbus-daemon, dbus-bin, gnome-keyring)" >&2
        exit 2
    fi
done

workdir=$(mktemp -d "${TMPDIR:-/tmp}/resto360-keyring.XXXXXX")
chmod 0700 "$workdir"

cleanup() {
    # The daemon leaves when its bus closes; stop it in case it did not. Check the name
    # first so a recycled process id is never signalled.
    pid=$(cat "$workdir/daemon.pid" 2>/dev/null || true)
    if [ -n "$pid" ]; then
        case $(ps -p "$pid" -o comm= 2>/dev/null || true) in
            gnome-keyring*) kill "$pid" 2>/dev/null || true ;;
        esac
    fi
    rm -rf "$workdir"
}
trap cleanup EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

mkdir -m 0700 "$workdir/home" "$workdir/runtime"
export HOME="$workdir/home"
export XDG_RUNTIME_DIR="$workdir/runtime"
export XDG_DATA_HOME="$HOME/.local/share"
export XDG_CONFIG_HOME="$HOME/.config"
export XDG_CACHE_HOME="$HOME/.cache"
export RESTO360_KEYRING_WORKDIR="$workdir"
# No display and no inherited keyring or bus: nothing may reach the real session or prompt.
unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL SSH_AUTH_SOCK DISPLAY WAYLAND_DISPLAY

status=0
dbus-run-session -- "$0" --inside-session "$@" || status=$?
exit "$status"
