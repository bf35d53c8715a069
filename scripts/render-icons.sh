#!/usr/bin/env bash
# Render the application icon resources/icons/resto360.svg to the PNG sizes that the Linux
# package installs, to the 256 px PNG the application uses as its window icon, to the .ico of
# the Windows installer and to the .icns of the macOS app bundle.
# The rendered files are kept in the repository, so run this after changing the SVG.
# Needs rsvg-convert, icotool and png2icns (Debian packages librsvg2-bin, icoutils and
# icnsutils).
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo_root"

for tool in rsvg-convert:librsvg2-bin icotool:icoutils png2icns:icnsutils; do
    if ! command -v "${tool%%:*}" >/dev/null; then
        echo "render-icons: ${tool%%:*} not found; install it with" \
            "'apt-get install ${tool#*:}'." >&2
        exit 1
    fi
done

source_svg=resources/icons/resto360.svg
mkdir -p packaging/linux/icons
for size in 16 32 48 64 128 256; do
    rsvg-convert --width "$size" --height "$size" \
        --output "packaging/linux/icons/resto360-$size.png" "$source_svg"
done
cp packaging/linux/icons/resto360-256.png resources/icons/resto360-256.png

render_dir=$(mktemp -d)
trap 'rm -rf "$render_dir"' EXIT
for size in 16 24 32 48 64 128 256 512 1024; do
    rsvg-convert --width "$size" --height "$size" --output "$render_dir/$size.png" "$source_svg"
done

# The .ico keeps the 256 px image as PNG and the smaller ones as bitmaps, as Windows expects.
icotool --create --output packaging/windows/resto360.ico \
    "$render_dir"/{16,24,32,48,64}.png --raw="$render_dir/256.png"
png2icns packaging/macos/resto360.icns "$render_dir"/{16,32,48,128,256,512,1024}.png >/dev/null

echo "render-icons: wrote packaging/linux/icons/resto360-{16,32,48,64,128,256}.png," \
    "resources/icons/resto360-256.png, packaging/windows/resto360.ico" \
    "and packaging/macos/resto360.icns"
