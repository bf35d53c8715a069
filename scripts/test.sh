#!/usr/bin/env bash
# Install what is missing, check the workflow files and the packaging metadata, build with
# warnings as errors, run the whole test suite, then build, check, install and start the Linux
# packages, and compile the Windows installer's NSIS script.
#
# Usage: scripts/test.sh [-DNAME=VALUE ...]
#   Arguments are extra CMake settings for scripts/build.sh, for example -DRESTO360_BUILD_GUI=OFF.
# Environment:
#   BUILD_DIR             build folder (default: build), as in scripts/build.sh
#   CTEST_PARALLEL_LEVEL  tests run at once (ctest reads it; default: one at a time)
#
# The package steps run only when the build has the GUI and the application binary exists.
# Installing the .deb needs root or sudo; without either, that step and the ones after it are
# skipped. Every skipped step is listed at the end.
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo_root"

build_dir=${BUILD_DIR:-build}
if [[ "$build_dir" != /* ]]; then
    build_dir="$repo_root/$build_dir"
fi
export BUILD_DIR="$build_dir"

app_id=ci.resto360.BackOffice
package_name=resto360-backoffice
smoke_user=resto360-smoke
smoke_timeout_seconds=180
# Tests without their own TIMEOUT property get this one.
default_test_timeout_seconds=600

skipped_steps=()
temporary_dirs=()

remove_temporary_dirs()
{
    local dir
    for dir in "${temporary_dirs[@]}"; do
        rm -rf "$dir"
    done
}
trap remove_temporary_dirs EXIT

announce_step()
{
    printf '\n==> %s\n' "$*"
}

skip_step()
{
    echo "test: skipped: $*"
    skipped_steps+=("$*")
}

print_skipped_steps()
{
    local step
    if ((${#skipped_steps[@]} > 0)); then
        printf '\ntest: %d step(s) skipped:\n' "${#skipped_steps[@]}"
        for step in "${skipped_steps[@]}"; do
            printf '  - %s\n' "$step"
        done
    fi
}

# Print the value of a CMake cache entry of the build folder.
read_cache_value()
{
    sed -n "s/^$1:[A-Z]*=//p" "$build_dir/CMakeCache.txt"
}

# Run a command as root, through sudo without a password prompt unless already root.
as_root()
{
    if [[ $(id -u) -eq 0 ]]; then
        "$@"
    else
        sudo -n "$@"
    fi
}

can_act_as_root()
{
    [[ $(id -u) -eq 0 ]] || sudo -n true 2>/dev/null
}

announce_step "Installing build dependencies"
bash scripts/install-deps.sh

announce_step "Checking the workflow files and the Linux desktop metadata"
if command -v yamllint >/dev/null; then
    yamllint --strict .github/workflows
else
    skip_step "yamllint on .github/workflows (yamllint is not installed)"
fi
# Debian's interpreter, which has python3-yaml, because python3 on PATH may be another one.
/usr/bin/python3 scripts/check-workflows.py .github/workflows
desktop-file-validate "packaging/linux/$app_id.desktop"
appstreamcli validate --no-net "packaging/linux/$app_id.metainfo.xml"

announce_step "Building in $build_dir"
bash scripts/build.sh -DRESTO360_WERROR=ON "$@"

# CMakeLists.txt's project(VERSION) is the one version number: RESTO360_VERSION, the package
# file names and the metainfo's newest release must all carry it.
version=$(read_cache_value CMAKE_PROJECT_VERSION)

announce_step "Checking that the metainfo's newest release is version $version"
metainfo_version=$(/usr/bin/python3 - "packaging/linux/$app_id.metainfo.xml" <<'PYTHON'
import sys
import xml.etree.ElementTree as ElementTree

releases = ElementTree.parse(sys.argv[1]).getroot().findall("./releases/release")
# AppStream lists the newest release first.
print(releases[0].get("version") if releases else "")
PYTHON
)
if [[ "$metainfo_version" != "$version" ]]; then
    echo "test: the newest release in packaging/linux/$app_id.metainfo.xml is" \
        "'$metainfo_version', but CMakeLists.txt says VERSION $version; add a <release>" \
        "for $version at the top of <releases>." >&2
    exit 1
fi
echo "test: metainfo release $metainfo_version matches the CMake version"

announce_step "Running the tests"
test_runtime_dir=$(mktemp -d "${TMPDIR:-/tmp}/resto360-test-runtime.XXXXXX")
chmod 0700 "$test_runtime_dir"
temporary_dirs+=("$test_runtime_dir")
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="$test_runtime_dir"
if [[ $(id -u) -eq 0 ]]; then
    # PostgreSQL does not run as root, so the tests start it as this user.
    export RESTO360_TEST_PG_USER=postgres
fi
ctest_log="$test_runtime_dir/ctest.log"
bash tests/support/run-with-keyring.sh \
    ctest --test-dir "$build_dir" --output-on-failure --no-tests=error \
    --timeout "$default_test_timeout_seconds" | tee "$ctest_log"

# ctest's summary line reads "100% tests passed, 0 tests failed out of 12". The package steps
# print more after it, so the counts are repeated as the script's last line.
test_summary=$(grep -E '^[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$ctest_log" |
    tail -n 1)
failed_count=$(sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\1/' <<<"$test_summary")
total_count=$(sed -E 's/.* failed out of ([0-9]+).*/\1/' <<<"$test_summary")
print_test_counts()
{
    if [[ -n "$test_summary" ]]; then
        echo "ctest: $((total_count - failed_count)) passed, $failed_count failed"
    fi
}

gui_enabled=$(read_cache_value RESTO360_BUILD_GUI)
app_binary="$build_dir/bin/$package_name"

if [[ "$gui_enabled" != ON ]]; then
    skip_step "packages: this build has RESTO360_BUILD_GUI=$gui_enabled"
    print_skipped_steps
    print_test_counts
    exit 0
fi
if [[ ! -x "$app_binary" ]]; then
    skip_step "packages, installation and smoke test: $app_binary was not built"
    print_skipped_steps
    print_test_counts
    exit 0
fi

announce_step "Building the DEB and TGZ packages"
package_dir="$build_dir/packages"
rm -f "$package_dir"/*.deb "$package_dir"/*.tar.gz
(cd "$build_dir" && cpack -G "DEB;TGZ")
deb_files=("$package_dir"/*.deb)
tgz_files=("$package_dir"/*.tar.gz)
if [[ ${#deb_files[@]} -ne 1 || ! -f "${deb_files[0]}" ]]; then
    echo "test: expected one .deb in $package_dir, found: ${deb_files[*]}" >&2
    exit 1
fi
if [[ ${#tgz_files[@]} -ne 1 || ! -f "${tgz_files[0]}" ]]; then
    echo "test: expected one .tar.gz in $package_dir, found: ${tgz_files[*]}" >&2
    exit 1
fi
deb_file=${deb_files[0]}
for package_file in "$deb_file" "${tgz_files[0]}"; do
    if [[ "$(basename "$package_file")" != *"$version"* ]]; then
        echo "test: the package file name $(basename "$package_file") lacks the version" \
            "$version" >&2
        exit 1
    fi
done

announce_step "Compiling the Windows installer's NSIS script with makensis"
bash scripts/check-nsis-installer.sh "$version"
dpkg-deb --info "$deb_file"

if ! can_act_as_root; then
    skip_step "installing $(basename "$deb_file") and running it" \
        "(needs root, or sudo without a password)"
    print_skipped_steps
    print_test_counts
    exit 0
fi

announce_step "Installing $(basename "$deb_file")"
# --reinstall replaces an installed copy of the same version with this build.
as_root env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --reinstall "$deb_file"
for installed_file in \
    "/usr/bin/$package_name" \
    "/usr/share/applications/$app_id.desktop" \
    "/usr/share/metainfo/$app_id.metainfo.xml" \
    "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
    "/usr/share/icons/hicolor/256x256/apps/$app_id.png"; do
    if [[ ! -f "$installed_file" ]]; then
        echo "test: the installed package lacks $installed_file" >&2
        exit 1
    fi
done

# The installed program runs as an unprivileged user because it does not start its local
# PostgreSQL server as root. A throwaway keyring session gives it a Secret Service.
smoke_dir=$(mktemp -d "${TMPDIR:-/tmp}/resto360-smoke.XXXXXX")
temporary_dirs+=("$smoke_dir")
cp tests/support/run-with-keyring.sh "$smoke_dir/with-keyring.sh"
if [[ $(id -u) -eq 0 ]]; then
    if ! id -u "$smoke_user" >/dev/null 2>&1; then
        useradd --system --create-home --shell /usr/sbin/nologin "$smoke_user"
    fi
    chown -R "$smoke_user:" "$smoke_dir"
    smoke_runner=(runuser -u "$smoke_user" --)
else
    smoke_runner=()
fi
chmod 0755 "$smoke_dir"

# Run the installed program with a clean environment inside a throwaway keyring session.
run_installed_app()
{
    (
        cd "$smoke_dir"
        "${smoke_runner[@]}" env -i \
            PATH=/usr/local/bin:/usr/bin:/bin \
            LANG=C.UTF-8 \
            TMPDIR="$smoke_dir" \
            QT_QPA_PLATFORM=offscreen \
            timeout --kill-after=10 "$smoke_timeout_seconds" \
            bash "$smoke_dir/with-keyring.sh" "/usr/bin/$package_name" "$@"
    )
}

announce_step "Checking the installed $package_name --version"
version_output=$(run_installed_app --version)
echo "$version_output"
if [[ "$version_output" != *"$version"* ]]; then
    echo "test: '$package_name --version' printed no $version" >&2
    exit 1
fi

announce_step "Smoke test of the installed $package_name"
run_installed_app --smoke-test

# Print the ids of the smoke user's processes, leaving out zombies that wait to be reaped.
list_smoke_user_processes()
{
    ps -u "$smoke_user" -o pid=,stat= | awk '$2 !~ /^Z/ { print $1 }'
}

if [[ $(id -u) -eq 0 ]]; then
    # A process that is still stopping gets up to 5 seconds.
    for _ in $(seq 50); do
        mapfile -t leftover_pids < <(list_smoke_user_processes)
        ((${#leftover_pids[@]} == 0)) && break
        sleep 0.1
    done
    if ((${#leftover_pids[@]} > 0)); then
        echo "test: processes of $smoke_user still run after the smoke test:" >&2
        ps -o pid,args -p "$(
            IFS=,
            echo "${leftover_pids[*]}"
        )" >&2 || true
        kill "${leftover_pids[@]}" 2>/dev/null || true
        exit 1
    fi
fi

echo "test: the installed package printed its version and passed the smoke test"
print_skipped_steps
print_test_counts
