#!/usr/bin/env bash
# Build the standalone Linux application dist/fact-check-workbench/ and check it works.
#
#   bash packaging/build-linux.sh              # build, add desktop files, smoke-test
#   bash packaging/build-linux.sh --clean      # the same from an empty PyInstaller cache
#   bash packaging/build-linux.sh --archive    # also pack dist/fact-check-workbench-VERSION-linux-ARCH.tar.gz
#   bash packaging/build-linux.sh --smoke-only # only the smoke test, on the bundle already built
#
# Steps: (1) the libraries Qt's X11 platform links to, so the bundle carries them (apt-get, as
# root or with sudo; skipped with a note otherwise), (2) PyInstaller into .venv from
# packaging/requirements.txt (a build tool, not a dependency of the workbench), (3) PyInstaller
# with packaging/workbench.spec, (4) the desktop entry, icons, AppStream metadata and install.sh
# into the bundle, validated when desktop-file-validate / appstreamcli are there, (5) the smoke
# test (docs/PACKAGING.md): the bundled window's first start, offscreen, in a throw-away home,
# and the bundled `workbench` command importing and listing the sample articles.
# Prints the build time and the bundle's size. Exit code: 0 built and passed; non-zero otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
APP=fact-check-workbench
BUNDLE=$ROOT/dist/$APP
PY=$ROOT/.venv/bin/python
EXPECTED_ARTICLES=5

clean="" archive=0 smoke_only=0
for arg in "$@"; do
  case "$arg" in
    --clean) clean=--clean ;;
    --archive) archive=1 ;;
    --smoke-only) smoke_only=1 ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "build-linux: unknown option $arg" >&2; exit 2 ;;
  esac
done

started=$(date +%s)
say() { printf '\n== %s\n' "$*"; }

if [ "$smoke_only" = 0 ]; then
  say "system libraries for Qt's X11 platform (bundled with the application)"
  # Qt >= 6.5's xcb plugin links these; found on the build machine, PyInstaller copies them into
  # the bundle, so the application starts on desktops that lack some of them.
  XCB_PACKAGES=(libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
                libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0)
  missing=()
  if command -v dpkg >/dev/null 2>&1; then
    for pkg in "${XCB_PACKAGES[@]}"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  fi
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then SUDO="sudo -n"; else SUDO=none; fi
    if [ "$SUDO" = none ]; then
      echo "build-linux: not installed (the bundle will rely on the user's system for them): ${missing[*]}" >&2
    else
      echo "installing ${missing[*]}"
      $SUDO apt-get update -qq >/dev/null
      DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
  else
    echo "all there"
  fi

  say "the project and the build tools in .venv"
  bash scripts/setup.sh
  "$PY" -m pip install -q -r packaging/requirements.txt
  "$PY" -m PyInstaller --version

  say "PyInstaller (packaging/workbench.spec)"
  mkdir -p build
  pyinstaller_started=$(date +%s)
  log=$ROOT/build/pyinstaller.log
  status=0
  "$PY" -m PyInstaller --noconfirm $clean --log-level WARN \
      --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" packaging/workbench.spec >"$log" 2>&1 || status=$?
  # Expected and harmless: Windows DLLs that libraries look up with ctypes, and GTK 3 for the
  # GTK theme plugin, which the spec leaves out (docs/PACKAGING.md). Everything else is shown.
  grep -v -E "required via ctypes not found|libg[dt]k-3\.so\.0', dependency of .*libqgtk3\.so" "$log" || true
  [ "$status" = 0 ] || { echo "build-linux: PyInstaller failed (exit $status); the whole log: $log" >&2; exit 1; }
  echo "PyInstaller took $(( $(date +%s) - pyinstaller_started )) s"

  say "desktop entry, icons, AppStream metadata"
  share=$BUNDLE/share
  rm -rf "$share"
  install -D -m 644 packaging/linux/$APP.desktop "$share/applications/$APP.desktop"
  install -D -m 644 packaging/linux/org.factcheck.Workbench.metainfo.xml "$share/metainfo/org.factcheck.Workbench.metainfo.xml"
  (cd packaging/linux/icons && find hicolor -type f \( -name '*.png' -o -name '*.svg' \) -exec install -D -m 644 {} "$share/icons/{}" \;)
  install -m 755 packaging/linux/install.sh "$BUNDLE/install.sh"
  find "$share" -type f | sed "s|^$BUNDLE/||" | sort
  if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$share/applications/$APP.desktop" && echo "desktop-file-validate: ok"
  else
    echo "(desktop-file-validate not installed: apt-get install desktop-file-utils to check the desktop entry)"
  fi
  if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$share/metainfo/org.factcheck.Workbench.metainfo.xml"
  else
    echo "(appstreamcli not installed: apt-get install appstream to check the metadata)"
  fi
fi

say "smoke test: the window's first start (offscreen, throw-away home)"
[ -x "$BUNDLE/$APP" ] || { echo "build-linux: no bundle at $BUNDLE; build it first" >&2; exit 1; }
scratch=$(mktemp -d "${TMPDIR:-/tmp}/$APP-build-smoke.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch"/{home,config,data,cache,state} && chmod 700 "$scratch"/*
# The bundle must not lean on the build tree or the virtual environment: a bare environment,
# started from an empty folder, with HOME and the XDG folders inside the scratch folder (the
# --smoke-test mode makes its own throw-away home too, and sets QT_QPA_PLATFORM=offscreen).
isolated=(env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/config"
          XDG_DATA_HOME="$scratch/data" XDG_CACHE_HOME="$scratch/cache" XDG_STATE_HOME="$scratch/state"
          TMPDIR="$scratch" QT_QPA_PLATFORM=offscreen)
(cd "$scratch" && "${isolated[@]}" "$BUNDLE/$APP" --smoke-test)

say "smoke test: the bundled workbench command"
db=$scratch/cli.sqlite
(cd "$scratch" && "${isolated[@]}" "$BUNDLE/workbench" --version)
(cd "$scratch" && "${isolated[@]}" "$BUNDLE/workbench" --db "$db" import --quiet "$ROOT/data/")
(cd "$scratch" && "${isolated[@]}" "$BUNDLE/workbench" --db "$db" list --json) > "$scratch/list.json"
count=$("$PY" -c 'import json, sys; print(len(json.load(open(sys.argv[1], encoding="utf-8"))))' "$scratch/list.json")
echo "workbench list --json: $count article(s)"
[ "$count" = "$EXPECTED_ARTICLES" ] || { echo "build-linux: expected $EXPECTED_ARTICLES articles, got $count" >&2; exit 1; }
(cd "$scratch" && "${isolated[@]}" "$BUNDLE/workbench" --db "$db" --bidi off search 'كوريا' --json) > "$scratch/search.json"
"$PY" -c 'import json, sys; hits = json.load(open(sys.argv[1], encoding="utf-8")); assert hits, "no hits"; print(f"workbench search: {len(hits)} hit(s)")' "$scratch/search.json"
(cd "$scratch" && "${isolated[@]}" "$BUNDLE/workbench" --db "$db" check)
if [ -n "$(find "$scratch"/home -mindepth 1 -maxdepth 1 ! -name '.cache' 2>/dev/null)" ]; then
  echo "(files the bundle wrote into the throw-away home:)"; find "$scratch/home" -maxdepth 3 | sed "s|^$scratch/||"
fi

if [ "$archive" = 1 ]; then
  say "archive"
  version=$("$PY" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
  tarball=$ROOT/dist/$APP-$version-linux-$(uname -m).tar.gz
  tar -C "$ROOT/dist" -czf "$tarball" "$APP"
  echo "$tarball: $(du -h "$tarball" | cut -f1)"
fi

say "done"
echo "bundle: $BUNDLE"
echo "size: $(du -sh "$BUNDLE" | cut -f1) ($(find "$BUNDLE" -type f | wc -l) files)"
echo "time: $(( $(date +%s) - started )) s in all"
