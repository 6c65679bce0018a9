"""A verdict's history: its revisions, what changed between two, side by side."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ui.kit.bidi import aligned_text, directed
from ui.kit.core_text import term_text, translated
from ui.kit.directed_text import DirectedTextEdit
from ui.review.translate import pane_tr as _tr
from workbench.review import verdicts


def revision_lines(before: verdicts.Revision | None, after: verdicts.Revision) -> list[str]:
    """What a revision changed (the core's diff), or for the first one what it held."""
    if before is None:
        return [_tr("rating: {value}").format(value=repr(after.rating)),
                _tr("summary: {value}").format(value=repr(after.summary)),
                _tr("checker: {value}").format(value=repr(after.checker)),
                _tr("{n} source(s)").format(n=len(after.sources)), _tr("rationale:"), *after.rationale.splitlines()]
    changes = [translated(line) for line in verdicts.diff(before, after)]
    action = term_text(after.action)
    return changes or [_tr("(no change of content: {action})").format(action=action)]


class HistoryDialog(QDialog):
    """Every revision of a verdict (action, who, when, state, rating, comment); the selected
    one's changes against the one before it."""

    COLUMNS = ("Rev.", "Action", "Who", "When", "State", "Rating", "Comment")

    def __init__(self, revisions: list[verdicts.Revision], parent=None):
        super().__init__(parent)
        self.revisions = revisions
        self.setWindowTitle(self.tr("History of verdict {id}").format(id=revisions[0].verdict_id if revisions else ""))
        self.table = revision_table(revisions, self.tr("Revisions"))
        self.table.currentCellChanged.connect(lambda row, *_: self.show_diff(row))
        self.diff = DirectedTextEdit()  # each line in its own direction: an Arabic rationale reads from the right
        self.diff.setReadOnly(True)
        self.diff.setAccessibleName(self.tr("Changes of the selected revision"))
        splitter = QSplitter(Qt.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.diff)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addWidget(buttons)
        self.resize(820, 560)
        if revisions:
            self.table.setCurrentCell(len(revisions) - 1, 0)
            self.show_diff(len(revisions) - 1)

    def show_diff(self, row: int) -> None:
        if not 0 <= row < len(self.revisions):
            self.diff.set_text("")
            return
        before = self.revisions[row - 1] if row > 0 else None
        self.diff.set_text("\n".join(revision_lines(before, self.revisions[row])))


def revision_table(revisions: list[verdicts.Revision], name: str) -> QTableWidget:
    table = QTableWidget(len(revisions), len(HistoryDialog.COLUMNS))
    table.setHorizontalHeaderLabels([_tr(c) for c in HistoryDialog.COLUMNS])
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setSelectionMode(QAbstractItemView.SingleSelection)
    table.verticalHeader().hide()
    for i, r in enumerate(revisions):
        values = (str(r.revision), term_text(r.action), r.actor, r.at.replace("T", " ")[5:16], term_text(r.state), r.rating,
                  r.comment)
        for j, value in enumerate(values):
            item = QTableWidgetItem(directed(value) if j == 3 else value)
            if j == 3:
                item.setToolTip(r.at)
            if j == 6:
                item.setTextAlignment(Qt.AlignmentFlag(aligned_text(value)))
                item.setToolTip(value)
            table.setItem(i, j, item)
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
    return table
