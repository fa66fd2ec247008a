#!/bin/sh
# Install KRONOS for the current user from the unpacked tarball (no root needed):
#   tar -xzf kronos-desktop-<version>-linux-<arch>.tar.gz && ./kronos-desktop-<version>/install.sh
# The program goes to ~/.local/lib/kronos-desktop, a link to ~/.local/bin/kronos-desktop, the
# menu entry to ~/.local/share/applications and the icons to ~/.local/share/icons/hicolor.
#   ./install.sh --uninstall   removes those again; the studio's data folder is never touched
#                              (~/.local/share/KRONOS: remove it yourself only if you mean to).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
lib_dir=$HOME/.local/lib/kronos-desktop
bin_link=$HOME/.local/bin/kronos-desktop
desktop_file=$data_home/applications/kronos-desktop.desktop
icons=$data_home/icons/hicolor

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$lib_dir"
    rm -f "$bin_link" "$desktop_file" "$icons/scalable/apps/kronos-desktop.svg" "$icons/256x256/apps/kronos-desktop.png"
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data_home/applications" || true
    echo "KRONOS removed (the studio's data folder was left where it is)"
    exit 0
fi

if [ ! -x "$here/kronos-desktop/kronos-desktop" ]; then
    echo "error: $here/kronos-desktop/kronos-desktop not found: run install.sh from the unpacked tarball" >&2
    exit 1
fi
rm -rf "$lib_dir.new"
mkdir -p "$(dirname "$lib_dir")" "$(dirname "$bin_link")" "$(dirname "$desktop_file")" \
    "$icons/scalable/apps" "$icons/256x256/apps"
cp -a "$here/kronos-desktop" "$lib_dir.new"
rm -rf "$lib_dir"
mv "$lib_dir.new" "$lib_dir"
ln -sf "$lib_dir/kronos-desktop" "$bin_link"
# Exec= names the installed program by its full path: ~/.local/bin is not on every PATH.
sed "s|^Exec=kronos-desktop|Exec=$lib_dir/kronos-desktop|" "$here/kronos-desktop.desktop" >"$desktop_file"
cp "$here/icons/kronos-desktop.svg" "$icons/scalable/apps/kronos-desktop.svg"
cp "$here/icons/kronos-desktop.png" "$icons/256x256/apps/kronos-desktop.png"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data_home/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$icons" || true
echo "KRONOS $("$lib_dir/kronos-desktop" --version 2>/dev/null | sed 's/^KRONOS //') installed: run kronos-desktop or open it from the menu"
