#!/usr/bin/env bash
# Compile a Windows installer on Linux from packaging/windows/NsisSettings.cmake, with a
# stand-in file in place of the program, to check the NSIS code there (the uninstaller's
# data question, the shortcut, the icon) with Debian's makensis. Nothing here runs Windows
# code: the Windows CI job builds the real installer.
#
# Usage: scripts/check-nsis-installer.sh VERSION
#   VERSION  the project version, which the installer's file name must carry
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
version=${1:?usage: scripts/check-nsis-installer.sh VERSION}

if ! command -v makensis >/dev/null; then
    echo "check-nsis-installer: makensis not found; install it with 'apt-get install nsis'." >&2
    exit 2
fi

work_dir=$(mktemp -d "${TMPDIR:-/tmp}/resto360-nsis.XXXXXX")
trap 'rm -rf "$work_dir"' EXIT

# The variables that packaging/Packaging.cmake sets before it includes NsisSettings.cmake.
cat >"$work_dir/CMakeLists.txt" <<CMAKE
cmake_minimum_required(VERSION 3.25)
project(Resto360NsisCheck VERSION $version HOMEPAGE_URL "https://resto360.example" LANGUAGES NONE)
set(RESTO360_DISPLAY_NAME "RESTO360 Back Office")
set(RESTO360_PACKAGE_NAME "resto360-backoffice")
set(CPACK_PACKAGE_NAME "\${RESTO360_PACKAGE_NAME}")
set(CPACK_PACKAGE_VENDOR "RESTO360")
set(CPACK_PACKAGE_VERSION "\${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "RESTO360 <support@resto360.example>")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "\${RESTO360_DISPLAY_NAME}")
set(CPACK_PACKAGE_DIRECTORY "\${CMAKE_BINARY_DIR}/packages")
set(CPACK_PACKAGE_FILE_NAME "\${RESTO360_PACKAGE_NAME}-\${PROJECT_VERSION}-Windows-AMD64")
file(WRITE "\${CMAKE_BINARY_DIR}/stand-in.exe" "a stand-in for the program")
install(PROGRAMS "\${CMAKE_BINARY_DIR}/stand-in.exe" DESTINATION bin
    RENAME "\${RESTO360_PACKAGE_NAME}.exe")
set(CPACK_GENERATOR NSIS)
include("$repo_root/packaging/windows/NsisSettings.cmake")
include(CPack)
CMAKE

cmake -S "$work_dir" -B "$work_dir/build" >/dev/null
if ! (cd "$work_dir/build" && cpack -G NSIS >"$work_dir/cpack.log" 2>&1); then
    cat "$work_dir/cpack.log" >&2
    find "$work_dir/build" -name 'NSISOutput.log' -exec tail -n 30 {} \; >&2
    echo "check-nsis-installer: makensis failed on the NSIS settings" >&2
    exit 1
fi

installer="$work_dir/build/packages/resto360-backoffice-$version-Windows-AMD64.exe"
if [[ ! -f "$installer" ]]; then
    echo "check-nsis-installer: expected $(basename "$installer"), found:" \
        "$(ls "$work_dir/build/packages")" >&2
    exit 1
fi
script=$(find "$work_dir/build" -name project.nsi)
for expected in 'MessageBox MB_YESNO' 'resto360_keep_data:' 'RESTO360 Back Office.lnk'; do
    if ! grep -qF "$expected" "$script"; then
        echo "check-nsis-installer: the NSIS script lacks '$expected'" >&2
        exit 1
    fi
done
echo "check-nsis-installer: makensis built $(basename "$installer") from the NSIS settings"
