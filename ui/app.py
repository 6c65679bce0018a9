"""Starting the window: settings (a damaged settings file is set aside), interface language
and appearance, database, first start (sample library, who is working)."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QMessageBox

from ui.kit import appearance, i18n
from ui.kit.bidi import FSI, LRI, PDI
from ui.kit.core_text import error_text
from workbench.db.store import DB_ENV, default_db_path, open_db
from workbench.kernel.appdirs import APP_NAME
from workbench.kernel.errors import WorkbenchError
from workbench.library.articles import count_articles
from workbench.library.ingest import import_paths
from workbench.review.people import ROLES, ensure

SAMPLE_FOLDER = Path(__file__).resolve().parent.parent / "data"
ORGANISATION = APP_NAME  # QSettings keep the window's settings in a folder of this name
DB_KEY = "db/path"  # the database chosen in the settings dialog (used from the next start)
ROLE_NAMES = {"checker": QT_TRANSLATE_NOOP("WhoDialog", "checker"),
              "supervisor": QT_TRANSLATE_NOOP("WhoDialog", "supervisor")}


class WhoDialog(QDialog):
    """Asked once: the checker's name and role."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to the fact-check workbench"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Your name"))
        self.role = QComboBox()
        for role in ROLES:
            self.role.addItem(self.tr(ROLE_NAMES.get(role, role)), role)
        self.role.setAccessibleName(self.tr("Your role"))
        buttons = QDialogButtonBox(QDialogButtonBox.Ok)
        buttons.accepted.connect(self._accept)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Your &name"), self.name)
        layout.addRow(self.tr("Your &role"), self.role)
        layout.addRow(buttons)

    def _accept(self) -> None:
        if self.name.text().strip():
            self.accept()


def _damaged(settings: QSettings) -> bool:
    """Qt's reader reports a broken section header as a format error; a file a crash left
    full of NUL bytes (a common way for a file being written to die) it reads as empty."""
    if settings.status() == QSettings.FormatError:
        return True
    ini = settings.format() == QSettings.IniFormat or sys.platform not in ("win32", "darwin")
    if not ini:  # the registry, or a binary property list (NUL bytes are normal there)
        return False
    try:
        with open(settings.fileName(), "rb") as fh:
            return b"\0" in fh.read(1 << 20)
    except OSError:
        return False


def check_settings(settings: QSettings) -> tuple[QSettings, str | None]:
    """A settings file Qt cannot read is copied to ``<name>.corrupt-<timestamp>`` and started
    afresh. Returns the settings to use and, when that happened, what to tell the person."""
    path = settings.fileName()
    if not path or not os.path.isfile(path) or not _damaged(settings):
        return settings, None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    kept, n = f"{path}.corrupt-{stamp}", 1
    while os.path.exists(kept):  # never overwrite the copy of an earlier damage
        n += 1
        kept = f"{path}.corrupt-{stamp}-{n}"
    try:
        shutil.copy2(path, kept)
        os.remove(path)
    except OSError as exc:
        return settings, QCoreApplication.translate(
            "app", "The settings file {path} is damaged and could not be set aside ({why}); "
                   "the workbench starts with its default settings.").format(
            path=LRI + path + PDI, why=FSI + str(exc.strerror or exc) + PDI)
    fresh = QSettings(path, settings.format())
    fresh.clear()
    fresh.sync()
    return fresh, QCoreApplication.translate(
        "app", "The settings file was damaged and has been reset: window layout, language, theme and "
               "your name are back to their defaults. The damaged file was kept as {kept}.").format(
        kept=LRI + kept + PDI)


def database_path(given: Path | None, settings: QSettings) -> Path:
    """--db, else $WORKBENCH_DB, else the file chosen in the settings, else the user data folder."""
    if given is not None:
        return given
    chosen = str(settings.value(DB_KEY, "") or "").strip()
    if chosen and not os.environ.get(DB_ENV):
        return Path(chosen).expanduser()
    return default_db_path()


def prepare_database(db_path: Path) -> None:
    """Create the database and, the first time, import the sample articles."""
    db = open_db(db_path)
    try:
        empty = count_articles(db, all_versions=True) == 0
        if empty and SAMPLE_FOLDER.is_dir():
            import_paths(db, [SAMPLE_FOLDER])
    finally:
        db.close()


def ask_who(settings: QSettings, db_path: Path) -> str | None:
    name = settings.value("user/name", "")
    if not name:
        dialog = WhoDialog()
        if dialog.exec() != QDialog.Accepted:
            return None
        name, role = dialog.name.text().strip(), dialog.role.currentData()
        settings.setValue("user/name", name)
        settings.setValue("user/role", role)
    role = settings.value("user/role", "checker")
    db = open_db(db_path)
    try:
        ensure(db, name, role)
    except WorkbenchError:
        settings.remove("user/name")  # a name the desk refuses is asked for again at the next start
        raise
    finally:
        db.close()
    return name


def no_display() -> str | None:
    """Why the window cannot open here, or None: on Linux and the BSDs, Qt's X11 and Wayland
    plugins need a display, and without one Qt aborts the process with advice about
    reinstalling libraries. ``QT_QPA_PLATFORM`` chosen by hand (offscreen, vnc, eglfs) is
    left to Qt."""
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return ("workbench-gui: there is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set), so the "
            "window cannot open. Start it from a desktop session, or use the command line: workbench --help")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="workbench-gui", description="Open the fact-check workbench window.")
    parser.add_argument("--db", type=Path, default=None, help="database file (default: $WORKBENCH_DB or the user data folder)")
    args, qt_args = parser.parse_known_args(argv)
    problem = None if QApplication.instance() else no_display()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName("workbench")
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    settings, problem = check_settings(QSettings())
    i18n.apply_language(settings, app)  # before any window is built: its strings and direction
    appearance.apply_appearance(settings, app)
    title = QCoreApplication.translate("app", "Fact-check workbench")
    if problem:
        QMessageBox.warning(None, title, problem)
    db_path = database_path(args.db, settings)
    try:
        prepare_database(db_path)
        user = ask_who(settings, db_path)
        if user is None:
            return 0
        from ui.main_window import MainWindow

        window = MainWindow(db_path, user, settings)
    except WorkbenchError as exc:
        QMessageBox.critical(None, title, error_text(exc))
        return 2
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
