"""File → Export: which verdicts to publish, in which format, to which file.

The dialog only gathers the choice; the window runs the export in the background
(``export_task``) with progress and Cancel, and the core writes the file whole or
not at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from ui.kit import tasks
from ui.kit.bidi import marked
from workbench.publish.export import COMPOSING, ExportFilter, write_claimreview, write_csv

KINDS = ("csv", "claimreview")


@dataclass
class ExportChoice:
    kind: str
    path: Path
    filter: ExportFilter
    excel: bool = False
    allow_empty: bool = False


class ExportDialog(QDialog):
    def __init__(self, ratings: list[str], languages: list[str], folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export verdicts"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("CSV for partners and spreadsheets"), "csv")
        self.kind.addItem(self.tr("ClaimReview (schema.org JSON-LD) for search engines"), "claimreview")
        self.kind.setAccessibleName(self.tr("Format"))
        self.path = QLineEdit(str(folder / "verdicts.csv"))
        self.confirmed: Path | None = None
        self.path.setAccessibleName(self.tr("File"))
        browse = QPushButton(self.tr("Choose…"))
        browse.setAccessibleName(self.tr("Choose the file"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        self.include_approved = QCheckBox(self.tr("Approved verdicts too, not only published ones"))
        self.since, self.use_since = self._date(self.tr("From"))
        self.until, self.use_until = self._date(self.tr("Until"))
        self.language = self._combo(self.tr("Language"), languages)
        self.rating = self._combo(self.tr("Rating"), ratings)
        self.tag = QLineEdit()
        self.tag.setAccessibleName(self.tr("Tag"))
        self.excel = QCheckBox(self.tr("For Excel and other spreadsheet programs (adds a byte-order mark)"))
        self.allow_empty = QCheckBox(self.tr("When nothing matches, still write a file with the headers"))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Format"), self.kind)
        form.addRow(self.tr("File"), file_row)
        form.addRow(self.include_approved)
        form.addRow(self.use_since, self.since)
        form.addRow(self.use_until, self.until)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Rating"), self.rating)
        form.addRow(self.tr("Tag"), self.tag)
        form.addRow(self.excel)
        form.addRow(self.allow_empty)
        form.addRow(buttons)

    def _date(self, label: str) -> tuple[QDateEdit, QCheckBox]:
        edit = QDateEdit(QDate.currentDate())
        edit.setCalendarPopup(True)
        # Left to right before the format is given: a date edit that is right to left when its
        # format is set reverses the format's sections (2026-12-02 read 02-12-2026).
        edit.setLayoutDirection(Qt.LeftToRight)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setAccessibleName(label)
        edit.setEnabled(False)
        use = QCheckBox(label)
        use.toggled.connect(edit.setEnabled)
        return edit, use

    def _combo(self, label: str, values: list[str]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("Any"), "")
        for value in values:
            combo.addItem(value, value)
        combo.setAccessibleName(label)
        return combo

    def _kind_changed(self) -> None:
        csv = self.kind.currentData() == "csv"
        self.excel.setEnabled(csv)
        self.include_approved.setEnabled(csv)
        path = Path(self.path.text() or "verdicts")
        self.path.setText(str(path.with_suffix(".csv" if csv else ".json")))

    def _browse(self) -> None:
        csv = self.kind.currentData() == "csv"
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path.text(),
                                                self.tr("CSV (*.csv)") if csv else self.tr("JSON-LD (*.json)"))
        if chosen:
            self.path.setText(chosen)
            self.confirmed = Path(chosen)  # the file dialog asked about replacing it

    def accept(self) -> None:
        """Export, once a file typed in that exists already is to be replaced (the file dialog
        asks that of a file chosen with it)."""
        target = Path(self.path.text().strip()).expanduser()
        if target.is_file() and target != self.confirmed and not self.ask_replace(target):
            return
        super().accept()

    def ask_replace(self, target: Path) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Replace the file?"),
            self.tr("{file} exists already in {folder}. Replace it with this export?").format(
                file=marked(target.name, "ltr"), folder=marked(str(target.parent), "ltr")),  # paths read left to right
            QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        return answer == QMessageBox.Yes

    def choice(self) -> ExportChoice:
        csv = self.kind.currentData() == "csv"
        f = ExportFilter(
            include_approved=csv and self.include_approved.isChecked(),
            since=self.since.date().toString("yyyy-MM-dd") if self.use_since.isChecked() else "",
            until=self.until.date().toString("yyyy-MM-dd") if self.use_until.isChecked() else "",
            language=self.language.currentData(), rating=self.rating.currentData(), tag=self.tag.text().strip())
        return ExportChoice(self.kind.currentData(), Path(self.path.text().strip()).expanduser(), f,
                            excel=csv and self.excel.isChecked(), allow_empty=self.allow_empty.isChecked())


def export_task(db_path: Path, choice: ExportChoice, who: str) -> tasks.Task:
    """The export as a background task: progress as it goes, Cancel leaves the previous file."""
    def work(db, progress, cancelled):
        def report(done: int, total: int, stage: str) -> bool:
            progress(done, total, QCoreApplication.translate("ExportDialog", "Preparing rows")
                     if stage == COMPOSING else "")
            return not cancelled()
        options = {"who": who, "allow_empty": choice.allow_empty, "progress": report}
        if choice.kind == "csv":
            return write_csv(db, choice.path, choice.filter, excel=choice.excel, **options)
        return write_claimreview(db, choice.path, choice.filter, **options)

    return tasks.Task(tasks.on_own_connection(db_path, work))
