"""The interface language: English, Arabic or Hebrew, chosen in the settings.

QSettings ``ui/language`` is ``system`` (the default: the computer's language, when it is one
the workbench speaks, else English), ``en``, ``ar`` or ``he``. ``apply_language`` installs two
translators on the application -- the workbench's own strings (``ui/i18n/workbench_<lang>.qm``)
and Qt's (``qtbase_<lang>.qm``: dialog buttons, context menus) -- and sets the application's
layout direction, right-to-left for Arabic and Hebrew, so menus, docks, tables and dialogs
mirror. Without the workbench's own translation file for the language the interface is
English, left to right, silently (Qt's file is optional: without it Qt's buttons stay English).

The language applies to windows built afterwards: ``main()`` applies it before the window is
built, and a change in the settings dialog takes effect at the next start. Articles are not
affected: the reader lays each paragraph out in the direction of its own script.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QTabBar

KEY = "ui/language"
SYSTEM = "system"
LANGUAGES = ("en", "ar", "he")
RTL_LANGUAGES = ("ar", "he")
NATIVE_NAMES = {"en": "English", "ar": "العربية", "he": "עברית"}  # each in its own language, never translated
FOLDER = Path(__file__).resolve().parent / "i18n"
CATALOGUE = "workbench"  # workbench_ar.qm, workbench_he.qm
QT_CATALOGUES = ("qtbase",)

_installed: list[QTranslator] = []  # ours, so that they can be replaced or removed


def system_language(locale: QLocale | None = None) -> str:
    """The computer's language if the workbench speaks it, else English."""
    language = (locale or QLocale.system()).language()
    return {QLocale.Arabic: "ar", QLocale.Hebrew: "he"}.get(language, "en")


def chosen_language(settings: QSettings) -> str:
    """The setting (``system``, ``en``, ``ar`` or ``he``); anything else reads as ``system``."""
    value = str(settings.value(KEY, SYSTEM) or SYSTEM)
    return value if value in LANGUAGES else SYSTEM


def effective_language(settings: QSettings, locale: QLocale | None = None) -> str:
    chosen = chosen_language(settings)
    return system_language(locale) if chosen == SYSTEM else chosen


def qt_translation_folders() -> list[Path]:
    """Where Qt's own .qm files may be: Qt's translations path, then PySide6's folders
    (a bundled application may not report the path its files were copied to)."""
    folders = [Path(QLibraryInfo.path(QLibraryInfo.TranslationsPath))]
    try:
        import PySide6

        package = Path(PySide6.__file__).resolve().parent
        folders += [package / "Qt" / "translations", package / "translations"]
    except (ImportError, TypeError):  # pragma: no cover - PySide6 is what runs this
        pass
    seen, unique = set(), []
    for folder in folders:
        if folder not in seen:
            seen.add(folder)
            unique.append(folder)
    return unique


def _load(catalogue: str, language: str, folders: list[Path]) -> QTranslator | None:
    for folder in folders:
        path = folder / f"{catalogue}_{language}.qm"
        if path.is_file():
            translator = QTranslator()
            if translator.load(str(path)):
                return translator
    return None


def remove_translators(app: QCoreApplication | None = None) -> None:
    """Take the translators this module installed off the application (back to English)."""
    app = app or QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)


def install_language(language: str, app: QApplication | None = None, *, folder: Path | None = None) -> str:
    """Install the translators of ``language`` (``en``, ``ar`` or ``he``) and set the layout
    direction. Without the workbench's own catalogue for it (a missing or unreadable .qm) the
    interface is English, left to right; Qt's catalogue is optional (its buttons stay English).
    Returns the language in effect."""
    app = app or QApplication.instance()
    remove_translators(app)
    ours = _load(CATALOGUE, language, [folder or FOLDER]) if language in LANGUAGES and language != "en" else None
    if ours is None:
        language = "en"
    else:
        for name in QT_CATALOGUES:
            qt = _load(name, language, qt_translation_folders())
            if qt is not None and app.installTranslator(qt):
                _installed.append(qt)
        if app.installTranslator(ours):  # installed last: searched first
            _installed.append(ours)
    app.setLayoutDirection(Qt.RightToLeft if language in RTL_LANGUAGES else Qt.LeftToRight)
    return language


def apply_language(settings: QSettings, app: QApplication | None = None) -> str:
    """The interface language the settings ask for, installed; returns the one in effect."""
    return install_language(effective_language(settings), app)


_SWAPPED = {Qt.LeftDockWidgetArea: Qt.RightDockWidgetArea, Qt.RightDockWidgetArea: Qt.LeftDockWidgetArea}
_MIRRORED = "workbench_docks_mirrored"


def _raised(window: QMainWindow, group: list[QDockWidget]) -> QDockWidget:
    """The dock whose tab is current in a group of tabbed docks (Qt tells only through the tab
    bar it made for them, whose tabs carry the docks' titles)."""
    titles = {d.windowTitle(): d for d in group}
    for bar in window.findChildren(QTabBar):
        if bar.isHidden() or bar.parentWidget() is not window or bar.count() != len(group):
            continue
        if {bar.tabText(i) for i in range(bar.count())} == set(titles) and bar.currentIndex() >= 0:
            return titles[bar.tabText(bar.currentIndex())]
    return group[0]


def mirror_docks(window: QMainWindow) -> bool:
    """Qt mirrors what is inside a dock but not where docks are: in a right-to-left interface,
    move the docks of the left area to the right and back (tabbed docks stay tabbed, the same
    tab in front) and swap the corners. For the default layout: a saved state puts docks where
    they were saved. Once per window; returns whether it moved anything."""
    if window.layoutDirection() != Qt.RightToLeft or window.property(_MIRRORED):
        return False
    window.setProperty(_MIRRORED, True)
    docks = [d for d in window.findChildren(QDockWidget) if d.parentWidget() is window and not d.isFloating()]
    done: set[int] = set()
    moved = False
    for dock in docks:
        area = window.dockWidgetArea(dock)
        if area not in _SWAPPED or id(dock) in done:
            continue
        group = [dock] + [d for d in window.tabifiedDockWidgets(dock) if id(d) not in done]
        front = _raised(window, group) if len(group) > 1 else dock
        hidden = [d for d in group if d.isHidden()]
        window.addDockWidget(_SWAPPED[area], group[0])
        for other in group[1:]:
            window.tabifyDockWidget(group[0], other)
        for d in hidden:
            d.hide()
        front.raise_()
        done.update(id(d) for d in group)
        moved = True
    corners = {corner: window.corner(corner) for corner in (Qt.TopLeftCorner, Qt.TopRightCorner,
                                                          Qt.BottomLeftCorner, Qt.BottomRightCorner)}
    for left, right in ((Qt.TopLeftCorner, Qt.TopRightCorner), (Qt.BottomLeftCorner, Qt.BottomRightCorner)):
        window.setCorner(left, _SWAPPED.get(corners[right], corners[right]))
        window.setCorner(right, _SWAPPED.get(corners[left], corners[left]))
    return moved
