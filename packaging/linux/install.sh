#!/usr/bin/env bash
# Install this fact-check workbench bundle (the folder this script is in) for one user or, as
# root, for everyone; or remove it again.
#
#   ./install.sh                 # ~/.local: ~/.local/opt/fact-check-workbench, ~/.local/bin, ~/.local/share
#   sudo ./install.sh            # /opt/fact-check-workbench, /usr/local/bin, /usr/local/share
#   ./install.sh --prefix DIR    # DIR/opt/fact-check-workbench, DIR/bin, DIR/share
#   ./install.sh --uninstall     # (with the same prefix) removes what it installed
#
# The desktop entry's Exec points at the installed executable by its full path, so the menu
# entry works even where DIR/bin is not on the session's PATH.
set -euo pipefail
APP=fact-check-workbench
METAINFO=org.factcheck.Workbench.metainfo.xml
SRC=$(cd "$(dirname "$0")" && pwd)

if [ "$(id -u)" = 0 ]; then prefix=/usr/local; dest=/opt/$APP; else prefix=$HOME/.local; dest=$HOME/.local/opt/$APP; fi
uninstall=0
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix=$2; dest=$2/opt/$APP; shift ;;
    --uninstall) uninstall=1 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "install.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
share=$prefix/share

refresh_caches() {
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$share/applications" 2>/dev/null || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$share/icons/hicolor" 2>/dev/null || true
}

if [ "$uninstall" = 1 ]; then
  rm -f "$prefix/bin/$APP" "$prefix/bin/workbench" "$share/applications/$APP.desktop" "$share/metainfo/$METAINFO"
  find "$share/icons/hicolor" -name "$APP.*" -delete 2>/dev/null || true
  rm -rf "$dest"
  refresh_caches
  echo "removed $dest and its launchers under $prefix"
  exit 0
fi

[ -x "$SRC/$APP" ] && [ -d "$SRC/share" ] || { echo "install.sh: run the install.sh inside a built bundle" >&2; exit 1; }
if [ "$SRC" != "$dest" ]; then
  mkdir -p "$(dirname "$dest")"
  rm -rf "$dest.new"
  cp -a "$SRC" "$dest.new"
  rm -rf "$dest"
  mv "$dest.new" "$dest"
fi
mkdir -p "$prefix/bin" "$share/applications" "$share/metainfo"
ln -sfn "$dest/$APP" "$prefix/bin/$APP"
ln -sfn "$dest/workbench" "$prefix/bin/workbench"
sed -e "s|^Exec=$APP|Exec=$dest/$APP|" -e "s|^TryExec=$APP|TryExec=$dest/$APP|" \
    "$dest/share/applications/$APP.desktop" > "$share/applications/$APP.desktop"
cp "$dest/share/metainfo/$METAINFO" "$share/metainfo/$METAINFO"
(cd "$dest/share/icons" && find hicolor -type f -name "$APP.*" -exec install -D -m 644 {} "$share/icons/{}" \;)
refresh_caches
echo "installed $dest"
echo "  window:  $prefix/bin/$APP (and the desktop menu: Office)"
echo "  command: $prefix/bin/workbench"
