#!/bin/sh
# Removes what install.sh put under ~/.local (and $XDG_DATA_HOME): the bundle, the launcher
# link, the menu entry, the icons and the metainfo. Your routines, settings and history (in
# ~/.local/share/Leg Timer and ~/.config) are kept; delete them yourself if you want them gone.
#
#   ~/.local/lib/leg-timer/uninstall.sh    (also works from the unpacked release archive)
set -eu

lib_dir="$HOME/.local/lib/leg-timer"
bin_dir="$HOME/.local/bin"
share_dir="${XDG_DATA_HOME:-$HOME/.local/share}"

say() { printf 'leg-timer uninstall: %s\n' "$*" >&2; }

# The app id, from the installed bundle's .desktop file (or, with the bundle already gone,
# from the unpacked archive this script sits in).
app_id=
for candidate in "$lib_dir"/_internal/leg_timer/data/resources/desktop/*.desktop \
                 "$(dirname "$0")"/leg-timer/_internal/leg_timer/data/resources/desktop/*.desktop; do
  if [ -f "$candidate" ]; then
    app_id=$(basename "$candidate" .desktop)
    break
  fi
done
[ -n "$app_id" ] || { say "Leg Timer is not installed (no $lib_dir)"; exit 0; }

# Only our link: a leg-timer on PATH installed some other way (pip, a package) stays.
link="$bin_dir/leg-timer"
if [ -L "$link" ] && [ "$(readlink "$link")" = "$lib_dir/leg-timer" ]; then
  rm -f "$link"
fi

rm -f "$share_dir/applications/$app_id.desktop"
rm -f "$share_dir/metainfo/$app_id.metainfo.xml"
for icon in "$share_dir"/icons/hicolor/*/apps/"$app_id".png \
            "$share_dir"/icons/hicolor/scalable/apps/"$app_id".svg; do
  [ ! -e "$icon" ] || rm -f "$icon"
done
rm -rf "$lib_dir" "$lib_dir.new" "$lib_dir.old"

if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$share_dir/applications" ]; then
  update-desktop-database -q "$share_dir/applications" || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -d "$share_dir/icons/hicolor" ]; then
  gtk-update-icon-cache -q -t -f "$share_dir/icons/hicolor" || true
fi
say "removed Leg Timer ($app_id)"
