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
from PySide6.QtWidgets import QApplication

CORE_CONTEXT = "core"  # the translators' context of the core's messages (ui/kit/core_messages.py)
CORE_TERM_CONTEXT = "core term"  # and of its workflow words (messages.TERMS)

KEY = "ui/language"
SYSTEM = "system"
LANGUAGES = ("en", "ar", "he")
RTL_LANGUAGES = ("ar", "he")
NATIVE_NAMES = {"en": "English", "ar": "العربية", "he": "עברית"}  # each in its own language, never translated
FOLDER = Path(__file__).resolve().parent.parent / "i18n"  # ui/i18n/: the catalogues
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


def reading_start() -> Qt.DockWidgetArea:
    """The dock area on the side reading starts from: left, or right in a right-to-left
    interface. Qt mirrors what is inside a dock but not where docks go, so the window places its
    default docks by these (a saved layout puts them back where they were)."""
    return Qt.RightDockWidgetArea if QApplication.layoutDirection() == Qt.RightToLeft else Qt.LeftDockWidgetArea


def reading_end() -> Qt.DockWidgetArea:
    """The dock area on the side reading goes towards."""
    return Qt.LeftDockWidgetArea if reading_start() == Qt.RightDockWidgetArea else Qt.RightDockWidgetArea
