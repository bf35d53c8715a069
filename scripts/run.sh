#!/usr/bin/env bash
# Install what is missing, build, and start RESTO360 Back Office on this display.
#
# Usage: scripts/run.sh [APPLICATION ARGUMENT ...]
#   Arguments go to the application, for example: scripts/run.sh --help
# Environment:
#   BUILD_DIR  build folder (default: build), as in scripts/build.sh
#
# The application and its local PostgreSQL server do not run as root. Run as root, this
# script starts the application as the unprivileged user "resto360" (created when missing),
# whose home folder keeps the application's data between runs.
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo_root"

build_dir=${BUILD_DIR:-build}
if [[ "$build_dir" != /* ]]; then
    build_dir="$repo_root/$build_dir"
fi
export BUILD_DIR="$build_dir"

app_binary="$build_dir/bin/resto360-backoffice"
app_user=resto360

bash scripts/install-deps.sh
bash scripts/build.sh

# Offscreen and minimal platforms draw nowhere and need no display.
platform=${QT_QPA_PLATFORM:-}
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" &&
    "$platform" != offscreen* && "$platform" != minimal* ]]; then
    echo "run: no display found (DISPLAY and WAYLAND_DISPLAY are both unset)." >&2
    echo "run: start it from a desktop session, or on a virtual display with:" >&2
    echo "run:     xvfb-run -a bash scripts/run.sh $*" >&2
    echo "run: the build is ready in $build_dir." >&2
    exit 1
fi

if [[ ! -x "$app_binary" ]]; then
    echo "run: $app_binary was not built; check the build output above." >&2
    exit 1
fi

if [[ $(id -u) -ne 0 ]]; then
    exec "$app_binary" "$@"
fi

# From here on the script runs as root. It starts the application as $app_user, passing only
# the environment variables the application needs.
if ! id -u "$app_user" >/dev/null 2>&1; then
    echo "run: creating the unprivileged user $app_user to run the application"
    useradd --system --create-home --shell /usr/sbin/nologin "$app_user"
fi
app_home=$(getent passwd "$app_user" | cut -d: -f6)

if ! runuser -u "$app_user" -- test -x "$app_binary"; then
    echo "run: the user $app_user cannot execute $app_binary." >&2
    echo "run: make every folder above it readable and traversable by others," \
        "or set BUILD_DIR to a folder $app_user can reach." >&2
    exit 1
fi

session_dir=$(mktemp -d "${TMPDIR:-/tmp}/resto360-run.XXXXXX")
trap 'rm -rf "$session_dir"' EXIT
runtime_dir="$session_dir/runtime"
mkdir -m 0700 "$runtime_dir"

app_environment=(
    PATH=/usr/local/bin:/usr/bin:/bin
    HOME="$app_home"
    USER="$app_user"
    LOGNAME="$app_user"
    LANG="${LANG:-C.UTF-8}"
    XDG_RUNTIME_DIR="$runtime_dir"
)
for name in LANGUAGE LC_ALL LC_MESSAGES QT_QPA_PLATFORM QT_SCALE_FACTOR RESTO360_PG_BIN; do
    if [[ -n "${!name:-}" ]]; then
        app_environment+=("$name=${!name}")
    fi
done

if [[ -n "${DISPLAY:-}" ]]; then
    app_environment+=(DISPLAY="$DISPLAY")
    # The X server admits only clients that hold its cookie, so the user gets a private copy.
    authority_file=${XAUTHORITY:-$HOME/.Xauthority}
    if [[ -r "$authority_file" ]]; then
        cp "$authority_file" "$session_dir/Xauthority"
        chmod 0600 "$session_dir/Xauthority"
        app_environment+=(XAUTHORITY="$session_dir/Xauthority")
    fi
elif [[ -n "${WAYLAND_DISPLAY:-}" ]]; then
    # The compositor's socket is in root's runtime folder, so pass its full path.
    wayland_socket=$WAYLAND_DISPLAY
    if [[ "$wayland_socket" != /* ]]; then
        wayland_socket="${XDG_RUNTIME_DIR:-/run/user/0}/$wayland_socket"
    fi
    echo "run: note: on Wayland without X, $app_user needs access to $wayland_socket;" \
        "if the window does not open, start the application from an X11 session."
    app_environment+=(WAYLAND_DISPLAY="$wayland_socket")
fi

chown -R "$app_user:" "$session_dir"

# Not exec: the trap removes the session folder when the application exits.
status=0
(cd "$app_home" && runuser -u "$app_user" -- env -i "${app_environment[@]}" "$app_binary" "$@") ||
    status=$?
exit "$status"
