"""What an import left out: every file or record that was not imported, with the reason, in a
table that can be sorted, filtered and copied (a folder of 10,000 files may have hundreds)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from ui.kit.bidi import aligned, isolated_ltr
from ui.kit.core_text import translated
from workbench.library.readers import Problem


class ProblemTableModel(QAbstractTableModel):
    """One row per problem: where (path, and record for a file of several articles), why."""

    COLUMNS = ("File", "Reason")

    def __init__(self, problems: list[Problem] | None = None, parent=None):
        super().__init__(parent)
        self.rows: list[tuple[str, str]] = []
        self.set_problems(problems or [])

    def set_problems(self, problems: list[Problem]) -> None:
        self.beginResetModel()
        self.rows = [(translated(problem.where()), translated(problem.reason)) for problem in problems]
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        text = self.rows[index.row()][index.column()]
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            # a path is isolated left to right: in a right-to-left window its leading "/" would
            # otherwise be drawn at its end
            return isolated_ltr(text) if index.column() == 0 else text
        if role == Qt.TextAlignmentRole and index.column() == 0:
            return aligned("ltr")  # a path reads left to right in either interface
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self.tr(self.COLUMNS[section])
        return None

    def as_text(self) -> str:
        """The rows as tab-separated lines, for the clipboard (a spreadsheet takes them as cells)."""
        return "\n".join("\t".join(row) for row in self.rows)


class ImportProblemsDialog(QDialog):
    """The items of the last import that were not imported; everything else was."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Not imported"))
        self.model = ProblemTableModel(parent=self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseInsensitive)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by file or reason"))
        self.filter.setAccessibleName(self.tr("Filter the problems"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.AscendingOrder)  # by path: a folder's files together
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.ElideMiddle)  # a long path keeps its file name in sight
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setAccessibleName(self.tr("Files and records not imported"))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.copy_button = QPushButton(self.tr("&Copy list"))
        self.copy_button.setAccessibleName(self.tr("Copy the list of problems"))
        self.copy_button.clicked.connect(self.copy_list)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.filter)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(820, 420)

    def show_problems(self, problems: list[Problem], imported: int) -> None:
        self.model.set_problems(problems)
        self.heading.setText(self.tr("{bad} file(s) or record(s) were not imported; {added} article(s) were.")
                             .format(bad=len(problems), added=imported))
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), 420))

    def copy_list(self) -> None:
        QGuiApplication.clipboard().setText(self.model.as_text())
