#!/usr/bin/env bash
# Run clang-tidy with the repository's .clang-tidy on the changed C++ files and fail on any
# finding. A changed header is checked through the .cpp file of the same name, because
# clang-tidy reads headers only through a file that includes them (HeaderFilterRegex
# selects which headers it reports).
#
# Usage: scripts/check-tidy.sh [BASE | --all]
#   BASE and --all choose the files as in scripts/changed-cxx-files.sh.
# Environment:
#   BUILD_DIR   a configured and built folder with compile_commands.json (default: build).
#               The build makes the moc and uic headers that the sources include.
#   CLANG_TIDY  the program (default: clang-tidy-14, Debian 12's, else clang-tidy)
#   JOBS        files checked at once (default: the number of processors)
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo_root"

build_dir=${BUILD_DIR:-build}
if [[ "$build_dir" != /* ]]; then
    build_dir="$repo_root/$build_dir"
fi
jobs=${JOBS:-$(nproc)}
clang_tidy=${CLANG_TIDY:-$(command -v clang-tidy-14 || command -v clang-tidy || true)}
if [[ -z "$clang_tidy" ]]; then
    echo "check-tidy: clang-tidy not found; install it with 'apt-get install clang-tidy'." >&2
    exit 2
fi
if [[ ! -f "$build_dir/compile_commands.json" ]]; then
    echo "check-tidy: $build_dir/compile_commands.json is missing; build first with" \
        "BUILD_DIR=$build_dir bash scripts/build.sh" >&2
    exit 2
fi

mapfile -t changed < <(bash scripts/changed-cxx-files.sh "$@")
sources=()
for file in "${changed[@]}"; do
    case "$file" in
    *.cpp) candidate=$file ;;
    *.h) candidate=${file%.h}.cpp ;;
    *) continue ;;
    esac
    # Only files that the build compiles, so that clang-tidy has their compile command.
    if [[ -f "$candidate" ]] && grep -qF "\"$repo_root/$candidate\"" "$build_dir/compile_commands.json"; then
        sources+=("$candidate")
    fi
done
mapfile -t sources < <(printf '%s\n' "${sources[@]}" | sed '/^$/d' | sort -u)

if ((${#sources[@]} == 0)); then
    echo "check-tidy: no changed C++ file to check"
    exit 0
fi

echo "check-tidy: checking ${#sources[@]} file(s) with $("$clang_tidy" --version | grep -m1 version)"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
# Qt 6.4's logging macros, qCInfo(category) and the like, leave a variadic macro argument
# empty, which clang reports under -Wpedantic at every use. That is Qt's macro, not a finding.
printf '%s\0' "${sources[@]}" |
    xargs -0 -n 1 -P "$jobs" "$clang_tidy" -p "$build_dir" --quiet \
        --extra-arg=-Wno-gnu-zero-variadic-macro-arguments >"$log" 2>&1 || status=$?
cat "$log"

findings=$(grep -cE '^[^ ].*:[0-9]+:[0-9]+: (warning|error):' "$log" || true)
if ((findings > 0 || status != 0)); then
    echo "check-tidy: $findings finding(s) in ${#sources[@]} file(s)" >&2
    exit 1
fi
echo "check-tidy: no finding in ${#sources[@]} file(s)"
