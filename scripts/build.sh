#!/usr/bin/env bash
# Configure and build RESTO360 Back Office in one build folder.
#
# Usage: scripts/build.sh [-DNAME=VALUE ...]
#   Arguments are CMake cache settings, for example -DRESTO360_WERROR=ON or
#   -DRESTO360_BUILD_GUI=OFF. A setting stays in the cache until it is given another value.
# Environment:
#   BUILD_DIR  build folder, relative to the repository root unless absolute (default: build)
#   JOBS       parallel compile jobs (default: the number of processors)
#
# A new build folder gets RelWithDebInfo and ccache as the compiler launcher. This script runs
# CMake again only when the cache does not exist yet or an argument differs from the cached
# value. The build tool itself re-runs CMake when a CMakeLists.txt changes.
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${BUILD_DIR:-build}
if [[ "$build_dir" != /* ]]; then
    build_dir="$repo_root/$build_dir"
fi
jobs=${JOBS:-$(nproc)}

# Defaults for a new build folder. An existing cache keeps the values it has.
initial_settings=(-DCMAKE_BUILD_TYPE=RelWithDebInfo)
if command -v ccache >/dev/null; then
    initial_settings+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
requested_settings=("$@")

# Return success when every -DNAME[:TYPE]=VALUE argument already has that value in the cache.
cache_has_requested_settings()
{
    local cache="$build_dir/CMakeCache.txt"
    local setting name value cached
    [[ -f "$cache" ]] || return 1

    for setting in "${requested_settings[@]}"; do
        if [[ "$setting" != -D*=* ]]; then
            return 1
        fi
        name=${setting#-D}
        name=${name%%=*}
        name=${name%%:*}
        value=${setting#*=}
        cached=$(sed -n "s/^${name}:[A-Z]*=//p" "$cache")
        if [[ "$cached" != "$value" ]]; then
            return 1
        fi
    done
}

if [[ ! -f "$build_dir/CMakeCache.txt" ]]; then
    echo "build: configuring $build_dir"
    cmake -S "$repo_root" -B "$build_dir" "${initial_settings[@]}" "${requested_settings[@]}"
# After a failed configure the cache exists, but the Makefile or build.ninja does not.
elif [[ ! -f "$build_dir/Makefile" && ! -f "$build_dir/build.ninja" ]] ||
    ! cache_has_requested_settings; then
    echo "build: updating the settings of $build_dir"
    cmake -S "$repo_root" -B "$build_dir" "${requested_settings[@]}"
fi

echo "build: building $build_dir with $jobs jobs"
cmake --build "$build_dir" --parallel "$jobs"
