#!/usr/bin/env bash
# Render the application icon resources/icons/resto360.svg to the PNG sizes that the Linux
# package installs, and to the 256 px PNG the application uses as its window icon.
# The PNG files are kept in the repository, so run this after changing the SVG.
# Needs rsvg-convert (Debian package librsvg2-bin).
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo_root"

if ! command -v rsvg-convert >/dev/null; then
    echo "render-icons: rsvg-convert not found; install it with 'apt-get install librsvg2-bin'." >&2
    exit 1
fi

source_svg=resources/icons/resto360.svg
mkdir -p packaging/linux/icons
for size in 16 32 48 64 128 256; do
    rsvg-convert --width "$size" --height "$size" \
        --output "packaging/linux/icons/resto360-$size.png" "$source_svg"
done
cp packaging/linux/icons/resto360-256.png resources/icons/resto360-256.png
echo "render-icons: wrote packaging/linux/icons/resto360-{16,32,48,64,128,256}.png" \
    "and resources/icons/resto360-256.png"
