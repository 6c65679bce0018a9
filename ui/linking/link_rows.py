"""The rows of the links pane: candidates with their scores and reasons, or a cluster's members."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

from ui.kit.roles import DIRECTION_ROLE, ID_ROLE, LANGUAGE_ROLE, ROW_ROLE


@dataclass(frozen=True)
class LinkRow:
    """One claim shown in the links pane: a candidate (with its score and reasons) or a cluster member."""

    claim_id: int
    article_id: int
    language: str
    title: str
    quote: str
    direction: str  # of the quote: the whole card is laid out in it
    score: float | None = None
    reasons: dict | None = None
    why: str = ""  # the reasons as one readable line
    is_self: bool = False  # the selected claim itself (in its cluster)
    span: tuple[int, int] | None = None  # a sentence of an unmarked article (claim_id is then 0)


class LinkRowsModel(QAbstractListModel):
    """Claims in the links pane, one row each: ranked candidates (with score and reasons) or the
    members of a cluster. The view's delegate draws each row as a small card in the direction of
    its quote (ROW_ROLE gives it the whole row, DIRECTION_ROLE the direction)."""

    QUOTE_CHARS = 400

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[LinkRow] = []

    def set_rows(self, rows: list[LinkRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.DisplayRole:  # what a screen reader says; the delegate draws the card
            score = "" if row.score is None else f"{row.score:.2f} · "
            return f"{score}{row.language} · {row.title} — {self.quote(row)}"
        if role == ROW_ROLE:
            return row
        if role == DIRECTION_ROLE:
            return row.direction
        if role == Qt.ToolTipRole:
            return f"{row.quote}\n— {row.title}" + (f"\n{row.why}" if row.why else "")
        if role == ID_ROLE:
            return row.claim_id
        if role == LANGUAGE_ROLE:
            return row.language
        return None

    @classmethod
    def quote(cls, row: LinkRow) -> str:
        quote = " ".join(row.quote.split())
        return quote if len(quote) <= cls.QUOTE_CHARS else quote[:cls.QUOTE_CHARS] + "…"

    def row_of(self, claim_id: int) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.claim_id == claim_id), None)
