"""Starting the window: database, first start (sample library, who is working), settings."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QMessageBox

from workbench.errors import WorkbenchError
from workbench.ingest import import_paths
from workbench.people import ROLES, ensure
from workbench.store import default_db_path, open_db

SAMPLE_FOLDER = Path(__file__).resolve().parent.parent / "data"
ORGANISATION = "factcheck-workbench"


class WhoDialog(QDialog):
    """Asked once: the checker's name and role."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to the fact-check workbench"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Your name"))
        self.role = QComboBox()
        self.role.addItems(ROLES)
        self.role.setAccessibleName(self.tr("Your role"))
        buttons = QDialogButtonBox(QDialogButtonBox.Ok)
        buttons.accepted.connect(self._accept)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Your name"), self.name)
        layout.addRow(self.tr("Your role"), self.role)
        layout.addRow(buttons)

    def _accept(self) -> None:
        if self.name.text().strip():
            self.accept()


def prepare_database(db_path: Path) -> None:
    """Create the database and, the first time, import the sample articles."""
    db = open_db(db_path)
    try:
        empty = db.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
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
        name, role = dialog.name.text().strip(), dialog.role.currentText()
        settings.setValue("user/name", name)
        settings.setValue("user/role", role)
    role = settings.value("user/role", "checker")
    db = open_db(db_path)
    try:
        ensure(db, name, role)
    finally:
        db.close()
    return name


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="workbench-gui", description="Open the fact-check workbench window.")
    parser.add_argument("--db", type=Path, default=None, help="database file (default: $WORKBENCH_DB or the user data folder)")
    args, qt_args = parser.parse_known_args(argv)
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName("workbench")
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    db_path = args.db or default_db_path()
    try:
        prepare_database(db_path)
        settings = QSettings()
        user = ask_who(settings, db_path)
        if user is None:
            return 0
        from .main_window import MainWindow

        window = MainWindow(db_path, user, settings)
    except WorkbenchError as exc:
        QMessageBox.critical(None, "Fact-check workbench", str(exc))
        return 2
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
