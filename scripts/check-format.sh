#!/usr/bin/env bash
# Check the formatting of C++ sources with clang-format and the repository's .clang-format.
# Changes nothing; prints what clang-format would change and exits with 1 when it would.
#
# Usage: scripts/check-format.sh [BASE | --all]
#   BASE   check only the lines added or changed since the merge base of BASE and HEAD (see
#          scripts/changed-cxx-files.sh), with git clang-format, so that a change fails only
#          on lines it touches. Uncommitted changes count as changed lines.
#   --all  check every C++ file under src, tests and bench as a whole.
# Environment:
#   CLANG_FORMAT      the program (default: clang-format-14, Debian 12's, else clang-format)
#   GIT_CLANG_FORMAT  git's clang-format command (default: git-clang-format-14, else
#                     git-clang-format); both come with Debian's clang-format package
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo_root"

clang_format=${CLANG_FORMAT:-$(command -v clang-format-14 || command -v clang-format || true)}
git_clang_format=${GIT_CLANG_FORMAT:-$(command -v git-clang-format-14 ||
    command -v git-clang-format || true)}
if [[ -z "$clang_format" || -z "$git_clang_format" ]]; then
    echo "check-format: clang-format not found; install it with 'apt-get install clang-format'." >&2
    exit 2
fi

mapfile -t files < <(bash scripts/changed-cxx-files.sh "$@")
if ((${#files[@]} == 0)); then
    echo "check-format: no changed C++ file to check"
    exit 0
fi
echo "check-format: checking ${#files[@]} file(s) with $("$clang_format" --version)"

if [[ "${1:-}" == --all ]]; then
    unformatted=()
    for file in "${files[@]}"; do
        if ! "$clang_format" --dry-run --Werror "$file" 2>/dev/null; then
            unformatted+=("$file")
        fi
    done
    if ((${#unformatted[@]} > 0)); then
        echo "check-format: ${#unformatted[@]} of ${#files[@]} file(s) need formatting:" >&2
        printf '  %s\n' "${unformatted[@]}" >&2
        exit 1
    fi
    echo "check-format: all ${#files[@]} file(s) are formatted"
    exit 0
fi

merge_base=$(bash scripts/changed-cxx-files.sh --merge-base "$@")
changes=$("$git_clang_format" --binary "$clang_format" --diff "$merge_base" -- "${files[@]}")
if [[ "$changes" == diff* ]]; then
    printf '%s\n' "$changes"
    echo "check-format: the changed lines above need formatting; fix them with:" >&2
    echo "check-format:     $git_clang_format --binary $clang_format $merge_base" >&2
    exit 1
fi
echo "check-format: the changed lines of ${#files[@]} file(s) are formatted"
