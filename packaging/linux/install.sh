#!/bin/sh
# Installs Leg Timer for the current user, without root, from an unpacked release archive:
#
#   ./install.sh            (run from the folder that holds this script and leg-timer/)
#
#   ~/.local/lib/leg-timer/                     the bundle (replaced on reinstall)
#   ~/.local/bin/leg-timer                      a symbolic link to the bundle's program
#   ~/.local/share/applications/APP_ID.desktop  the menu entry, Exec pointing at the bundle
#   ~/.local/share/icons/hicolor/*/apps/APP_ID.{png,svg}
#   ~/.local/share/metainfo/APP_ID.metainfo.xml software centres' description
#
# ~/.local/share is $XDG_DATA_HOME when that is set. APP_ID is read from the bundle's own
# .desktop file, so pyproject.toml stays the only place it is written. Uninstall with
# ~/.local/lib/leg-timer/uninstall.sh (installed alongside), which removes all of the above.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
source_bundle="$here/leg-timer"
data="$source_bundle/_internal/leg_timer/data/resources"

lib_dir="$HOME/.local/lib/leg-timer"
bin_dir="$HOME/.local/bin"
share_dir="${XDG_DATA_HOME:-$HOME/.local/share}"

say() { printf 'leg-timer install: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

[ -x "$source_bundle/leg-timer" ] || die "no bundle next to this script ($source_bundle/leg-timer)"
[ "$(id -u)" -ne 0 ] || say "note: running as root installs for root only (under $HOME)"

desktop_source=
for candidate in "$data"/desktop/*.desktop; do
  [ -f "$candidate" ] && desktop_source=$candidate && break
done
[ -n "$desktop_source" ] || die "the bundle has no .desktop file under $data/desktop"
app_id=$(basename "$desktop_source" .desktop)

# The bundle: copied next to its final place, then swapped in, so a failed copy never leaves
# a half-installed program behind.
mkdir -p "$HOME/.local/lib" "$bin_dir"
rm -rf "$lib_dir.new"
cp -R "$source_bundle" "$lib_dir.new"
cp "$here/uninstall.sh" "$lib_dir.new/uninstall.sh"
chmod 755 "$lib_dir.new/uninstall.sh"
rm -rf "$lib_dir.old"
[ ! -e "$lib_dir" ] || mv "$lib_dir" "$lib_dir.old"
mv "$lib_dir.new" "$lib_dir"
rm -rf "$lib_dir.old"
program="$lib_dir/leg-timer"

ln -sfn "$program" "$bin_dir/leg-timer"

# The menu entry: Exec and TryExec point at the bundle, quoted as the Desktop Entry
# specification asks (a home folder may contain spaces; \, ", ` and $ are escaped).
mkdir -p "$share_dir/applications"
quoted=$(printf '%s' "$program" | sed -e 's/[\\"`$]/\\\\&/g')
plain=$(printf '%s' "$program" | sed -e 's/\\/\\\\/g')
while IFS= read -r line; do
  case $line in
    Exec=*) printf 'Exec="%s"%s\n' "$quoted" "${line#Exec=leg-timer}" ;;
    TryExec=*) printf 'TryExec=%s\n' "$plain" ;;
    *) printf '%s\n' "$line" ;;
  esac
done <"$desktop_source" >"$share_dir/applications/$app_id.desktop"
chmod 644 "$share_dir/applications/$app_id.desktop"

for png in "$data"/icons/leg-timer-*.png; do
  size=${png##*/leg-timer-}
  size=${size%.png}
  mkdir -p "$share_dir/icons/hicolor/${size}x${size}/apps"
  cp "$png" "$share_dir/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
mkdir -p "$share_dir/icons/hicolor/scalable/apps"
cp "$data/icons/leg-timer.svg" "$share_dir/icons/hicolor/scalable/apps/$app_id.svg"

mkdir -p "$share_dir/metainfo"
cp "$data/desktop/$app_id.metainfo.xml" "$share_dir/metainfo/$app_id.metainfo.xml"

# Let the desktop notice at once (both tools are optional; menus also rescan by themselves).
if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database -q "$share_dir/applications" || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
  gtk-update-icon-cache -q -t -f "$share_dir/icons/hicolor" || true
fi

say "installed $("$program" --version 2>/dev/null || echo Leg Timer) in $lib_dir"
case ":$PATH:" in
  *":$bin_dir:"*) ;;
  *) say "note: $bin_dir is not on your PATH; the menu entry works regardless" ;;
esac
say "find it in your applications menu as Leg Timer, or run: leg-timer"
