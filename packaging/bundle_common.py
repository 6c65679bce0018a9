"""What the PyInstaller specs of every platform share: entry scripts, data, excludes, trimming.

Imported by packaging/workbench.spec (Linux), packaging/windows/workbench-windows.spec and
packaging/macos/workbench-macos.spec at build time only; it is not part of the bundle. Importing
it needs no PyInstaller (tests/test_packaging.py reads its names); the functions that collect
files import PyInstaller when called.
"""

from __future__ import annotations

import fnmatch
import posixpath
import re
import sys
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
APP_NAME = "fact-check-workbench"  # bundle folder, window executable, desktop file, icon name
APP_ID = "org.factcheck.Workbench"  # AppStream id, macOS bundle identifier
GUI_ENTRY = PACKAGING / "entry_gui.py"
CLI_ENTRY = PACKAGING / "entry_cli.py"
ICON_SVG = PACKAGING / "linux" / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_NAME}.svg"

# wordfreq ships word lists for ~45 languages (58 MB); workbench/linking/signature.py reads those of
# Arabic, Hebrew and English only. Add a language here when the code starts using it.
WORDFREQ_LANGUAGES = ("ar", "he", "en")

# Modules imported only by name at run time, which the analysis cannot see. None so far: the
# workbench imports everything with plain import statements (also inside functions, which the
# analysis follows), and the libraries' hooks name their own.
HIDDEN_IMPORTS: list[str] = []

# matplotlib: only the backends the workbench draws with (PDF/PNG reports: Agg; dashboard: QtAgg).
# PDF/SVG output goes through matplotlib.backends.backend_pdf/svg, imported by savefig by name.
HOOKSCONFIG = {"matplotlib": {"backends": ["Agg", "QtAgg", "PDF", "SVG"]}}

EXCLUDES = [
    # no Tk anywhere
    "tkinter", "_tkinter", "matplotlib.backends._backend_tk", "matplotlib.backends.backend_tkagg",
    "matplotlib.backends.backend_tkcairo", "PIL.ImageTk",
    # other Qt bindings matplotlib or qtpy-style code could pick up instead of PySide6
    "PyQt5", "PyQt6", "PySide2", "sip",
    # test and development tools (in .venv for the test suite, never used by the application)
    "pytest", "_pytest", "pytestqt", "hypothesis", "pluggy._manager_test", "jsonschema", "IPython",
    "matplotlib.tests", "numpy.tests", "scipy.conftest", "PIL.ImageQt",
    "pip", "setuptools", "pkg_resources", "distutils", "numpy.distutils", "lib2to3", "pydoc_data",
    "PyInstaller",
]

# Parts of Qt that the hooks collect but a desktop window never loads: embedded-display platforms
# (eglfs, linuxfb, vnc, vkkhrdisplay) and their device integrations, evdev/tuio input for kiosks,
# the virtual keyboard (it pulls in Qt Quick and QML), printing and QtSql drivers (the app uses
# neither), and the GTK3 platform theme: it links GTK 3, which is not bundled, and bundling half
# of GTK's stack (cairo, pango, atk) next to a system GTK is how bundles break. Without it Qt
# draws its own Fusion style; file dialogs still go through the desktop portal where there is one.
# Kept: xcb (X11), wayland (+ its shell, decoration and graphics plugins), offscreen and minimal
# (headless; the smoke test), image formats, icon engines, the portal theme, input methods; on
# Windows and macOS their own platform plugins (qwindows, qcocoa), which no pattern here names.
# Patterns are matched against paths in the bundle ("*" also crosses "/"): PySide6 keeps its
# plugins in PySide6/Qt/plugins on Linux and macOS, in PySide6/plugins on Windows.
# On Linux, the libraries only the dropped plugins needed go with them (prune_orphans).
UNNEEDED = [
    *(f"PySide6/*plugins/platforms/*q{name}.*" for name in ("eglfs", "linuxfb", "minimalegl", "vkkhrdisplay", "vnc")),
    "PySide6/*plugins/egldeviceintegrations/*",
    "PySide6/*plugins/generic/*",
    "PySide6/*plugins/platforminputcontexts/*qtvirtualkeyboardplugin.*",
    "PySide6/*plugins/platformthemes/*qgtk3.*",
    "PySide6/*plugins/printsupport/*",
    "PySide6/*plugins/sqldrivers/*",
    # wordfreq's Chinese tokenizer data (see WORDFREQ_LANGUAGES for its word lists)
    "wordfreq/data/jieba_*",
    "wordfreq/data/_chinese_mapping*",
]

# Locale data of which only Arabic, Hebrew and English are ever read: Qt's own translations
# (qt_ar.qm, qtbase_he.qm: dialog buttons and the like) and babel's CLDR data, which courlan
# (through trafilatura) reads only to recognise language codes in URLs -- an unknown locale is
# already handled there as "not a language".
KEEP_LOCALES = ("ar", "he", "en")
LOCALE_DATA = (
    (re.compile(r"PySide6/(?:Qt/)?translations/[a-z_]+?_(?P<lang>[a-z]{2,3})(?:_[A-Za-z]+)?\.qm"), ()),
    (re.compile(r"babel/locale-data/(?P<lang>[a-z]{2,3}|root)(?:_[A-Za-z0-9_]+)?\.dat"), ("root",)),
)


def project_version() -> str:
    """version = "..." of pyproject.toml's [project] table (no tomllib: Python 3.10 builds too)."""
    text = (ROOT / "pyproject.toml").read_text("utf-8")
    project = text.split("[project]", 1)[1].split("\n[", 1)[0]
    match = re.search(r'^version\s*=\s*"([^"]+)"', project, re.MULTILINE)
    if not match:
        raise SystemExit("pyproject.toml: no version in [project]")
    return match.group(1)


def _wordfreq_datas() -> list[tuple[str, str]]:
    from PyInstaller.utils.hooks import collect_data_files

    keep = []
    for src, dest in collect_data_files("wordfreq"):
        name = Path(src).name
        if name.endswith(".msgpack.gz") and name.split("_", 1)[-1].split(".", 1)[0] not in WORDFREQ_LANGUAGES:
            continue
        keep.append((src, dest))
    return keep


def datas() -> list[tuple[str, str]]:
    """(source, folder in the bundle) for every data file the bundle needs beyond the hooks'."""
    from PyInstaller.utils.hooks import collect_data_files, copy_metadata

    files = []
    # the workbench's own package data (pyproject.toml: workbench = ["data/*.json", "data/*.txt"])
    for pattern in ("*.json", "*.txt"):
        files += [(str(p), "workbench/data") for p in sorted((ROOT / "workbench" / "data").glob(pattern))]
    # the interface's Arabic and Hebrew catalogues (pyproject.toml: ui = ["i18n/*.qm"])
    files += [(str(p), "ui/i18n") for p in sorted((ROOT / "ui" / "i18n").glob("*.qm"))]
    # the sample library the window imports on its first start: ui/app.py's SAMPLE_FOLDER is
    # <folder of ui/>/../data, which in the bundle is _internal/data
    files += [(str(p), "data") for p in sorted((ROOT / "data").iterdir()) if p.is_file() and not p.name.startswith(".")]
    # data files of libraries that have no PyInstaller hook of their own
    files += collect_data_files("py3langid")  # data/model.npz.xz: the language identifier's model
    files += collect_data_files("trafilatura")  # settings.cfg, the TEI DTD
    files += collect_data_files("justext")  # stoplists (trafilatura's fallback extractor)
    files += collect_data_files("tld")  # the public-suffix list (courlan)
    files += _wordfreq_datas()
    # libraries that read their own version from the installed metadata at import time
    for dist in ("wordfreq", "trafilatura", "tabulate"):
        files += copy_metadata(dist)
    return files


def _unneeded(dest: str) -> bool:
    dest = dest.replace("\\", "/")
    if any(fnmatch.fnmatchcase(dest, pattern) for pattern in UNNEEDED):
        return True
    for pattern, also_keep in LOCALE_DATA:
        match = pattern.fullmatch(dest)
        if match:
            return match["lang"] not in (*KEEP_LOCALES, *also_keep)
    return False


def drop_unneeded(toc):
    """toc without the entries UNNEEDED and LOCALE_DATA leave out."""
    return [entry for entry in toc if not _unneeded(entry[0])]


def prune_orphans(binaries, dropped_sources):
    """binaries without the shared libraries that only the dropped binaries linked to.

    A library stays if anything kept (an extension module, a kept Qt plugin, Python itself, or a
    library one of those needs, transitively) links to it, or if no dropped binary needed it.
    Linux and macOS link information only (on Windows the DLL dependency walk differs; the
    Windows spec does not prune).
    """
    from PyInstaller.depend import bindepend

    by_name = {}
    for dest, src, typecode in binaries:
        if typecode != "SYMLINK":
            by_name.setdefault(Path(dest).name, src)
    cache = {}

    def needs(src):
        if src not in cache:
            try:
                cache[src] = {Path(name).name for name, _ in bindepend.get_imports(src)}
            except Exception:  # noqa: BLE001 -- unreadable: assume it needs nothing we could drop
                cache[src] = set()
        return cache[src]

    def closure(sources):
        seen, todo = set(), list(sources)
        while todo:
            src = todo.pop()
            for name in needs(src):
                if name in by_name and name not in seen:
                    seen.add(name)
                    todo.append(by_name[name])
        return seen

    reachable_from_dropped = closure(dropped_sources)
    roots = [src for dest, src, typecode in binaries
             if typecode != "SYMLINK" and Path(dest).name not in reachable_from_dropped]
    orphans = reachable_from_dropped - closure(roots)
    kept = [entry for entry in binaries if Path(entry[0]).name not in orphans]
    if orphans:
        print("bundle_common: dropped libraries only the dropped plugins needed: " + ", ".join(sorted(orphans)))
    return kept


def trim(analysis) -> None:
    """Apply drop_unneeded to the analysis' binaries and data, then prune_orphans, and drop the
    symbolic links (PyInstaller links libraries into the top folder) left pointing at nothing."""
    dropped = [src for dest, src, _ in analysis.binaries if _unneeded(dest)]
    binaries = drop_unneeded(analysis.binaries)
    if dropped and not sys.platform.startswith("win"):
        binaries = prune_orphans(binaries, dropped)
    datas = drop_unneeded(analysis.datas)
    present = {dest.replace("\\", "/") for dest, _, typecode in [*binaries, *datas] if typecode != "SYMLINK"}

    def target_present(entry) -> bool:
        dest, target, typecode = entry
        if typecode != "SYMLINK":
            return True
        return posixpath.normpath(posixpath.join(posixpath.dirname(dest.replace("\\", "/")), target)) in present

    analysis.binaries = [e for e in binaries if target_present(e)]
    analysis.datas = [e for e in datas if target_present(e)]


def scripts_for(scripts, entry: Path):
    """PyInstaller's bootstrap scripts plus the one entry script of this executable."""
    others = {p.stem for p in (GUI_ENTRY, CLI_ENTRY) if p != entry}  # a script's TOC name is its file's stem
    return [s for s in scripts if s[0] not in others]
