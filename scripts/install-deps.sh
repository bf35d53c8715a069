#!/usr/bin/env bash
# Install every Debian 12 package needed to build, test and package RESTO360 Back Office.
# Does nothing and prints nothing when all of them are already installed.
set -euo pipefail

packages=(
    # Compilers and build tools.
    build-essential cmake pkg-config ccache
    # Qt 6.4 with Linguist tools, Qt's own French catalogs and the PostgreSQL driver.
    qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n libqt6sql6-psql libgl-dev
    # QtKeychain loads libsecret at run time, and its package does not depend on it.
    qtkeychain-qt6-dev libsecret-1-0
    # Libraries used by core.
    libsodium-dev libssl-dev libphonenumber-dev
    # The local database server that integration tests start themselves.
    postgresql-15
    # Test sessions: virtual display, private D-Bus, Secret Service, a font for rendering.
    # dbus-x11 stays out because with it, a keychain call under Xvfb can start a bus and
    # then wait forever on an unlock prompt.
    xvfb xauth dbus-daemon gnome-keyring fonts-dejavu-core
    # ps, used by scripts/test.sh; minimal Debian images lack it.
    procps
    # Packaging and checks of the packaging metadata and the workflow files. makensis
    # compiles the Windows installer's NSIS script, and the workflow check uses python3-yaml.
    dpkg-dev fakeroot file desktop-file-utils appstream yamllint nsis python3 python3-yaml
)

# Print the packages that dpkg does not report as fully installed.
list_missing_packages()
{
    local package status
    for package in "${packages[@]}"; do
        status=$(dpkg-query -W -f='${db:Status-Abbrev}' "$package" 2>/dev/null || true)
        if [[ "$status" != ii* ]]; then
            printf '%s\n' "$package"
        fi
    done
}

mapfile -t missing < <(list_missing_packages)

if ((${#missing[@]} > 0)); then
    sudo_command=()
    if [[ $(id -u) -ne 0 ]]; then
        if ! command -v sudo >/dev/null; then
            echo "install-deps: missing packages: ${missing[*]}" >&2
            echo "install-deps: run this script as root, or install sudo, to install them." >&2
            exit 1
        fi
        sudo_command=(sudo)
    fi

    echo "install-deps: installing ${missing[*]}"
    "${sudo_command[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo_command[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends "${packages[@]}"
fi

if dpkg-query -W -f='${db:Status-Abbrev}' dbus-x11 2>/dev/null | grep -q '^ii'; then
    echo "install-deps: warning: dbus-x11 is installed; keychain tests under Xvfb can hang" \
        "waiting for an unlock prompt. Remove it with 'apt-get remove dbus-x11' if they do." >&2
fi
