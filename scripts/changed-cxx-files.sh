#!/usr/bin/env bash
# Print the C++ files (.cpp and .h under src, tests and bench) that were added or changed
# between a base commit and HEAD, one a line, leaving out deleted files.
#
# Usage: scripts/changed-cxx-files.sh [--merge-base] [BASE | --all]
#   BASE          a commit, branch or tag. Files are compared from the merge base of BASE and
#                 HEAD, as a pull request shows them. Empty, all zeros (the "before" of a push
#                 that created a branch) or a commit missing from the clone means HEAD~1.
#   --all         every C++ file under src, tests and bench.
#   --merge-base  print that merge base instead of the files.
# The CI workflow's format and clang-tidy jobs check these files, so a finding fails a change
# only in the files that the change touches.
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo_root"

pathspecs=('src/*.cpp' 'src/*.h' 'tests/*.cpp' 'tests/*.h' 'bench/*.cpp' 'bench/*.h')

print_merge_base=false
if [[ "${1:-}" == --merge-base ]]; then
    print_merge_base=true
    shift
fi

if [[ "${1:-}" == --all ]]; then
    git ls-files -- "${pathspecs[@]}"
    exit 0
fi

base=${1:-}
if [[ -z "$base" || "$base" =~ ^0+$ ]] || ! git cat-file -e "$base^{commit}" 2>/dev/null; then
    echo "changed-cxx-files: base '${base}' is not a commit here; comparing with HEAD~1" >&2
    base=HEAD~1
fi

if [[ "$print_merge_base" == true ]]; then
    git merge-base "$base" HEAD
else
    git diff --name-only --diff-filter=ACMR "$base...HEAD" -- "${pathspecs[@]}"
fi
