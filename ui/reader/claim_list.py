"""The claims of the open article as a Qt model, in reading order."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

from ui.kit.bidi import aligned, marked
from ui.kit.roles import ID_ROLE
from ui.kit.words import kind_name, status_name
from workbench.claims.marking import Claim
from workbench.text.language import text_direction


class ClaimListModel(QAbstractListModel):
    """The claims of the open article, in reading order."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.claims: list[Claim] = []
        self.direction = "ltr"

    def set_claims(self, claims: list[Claim], direction: str = "ltr") -> None:
        """``direction``: the article's, which a quote mixing both directions (a Latin name
        heading an Arabic sentence) is laid out in, as the reader lays out its paragraph."""
        self.beginResetModel()
        self.claims = list(claims)
        self.direction = direction
        self.endResetModel()

    def quote_direction(self, claim: Claim) -> str:
        return text_direction(claim.quote, self.direction)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.claims)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        claim = self.claims[index.row()]
        if role == Qt.DisplayRole:
            quote = claim.quote.replace("\n", " ")
            return marked(f"{quote[:90]}{'…' if len(quote) > 90 else ''}", self.quote_direction(claim))
        if role == Qt.TextAlignmentRole:
            return aligned(self.quote_direction(claim))
        if role == Qt.ToolTipRole:
            return f"{kind_name(claim.kind)} · {status_name(claim.status)} · {claim.checker}\n{claim.statement}"
        if role == ID_ROLE:
            return claim.id
        return None

    def row_of(self, claim_id: int) -> int | None:
        return next((i for i, c in enumerate(self.claims) if c.id == claim_id), None)
