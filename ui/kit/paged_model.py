"""A table model that fetches its rows a page at a time as the view scrolls (Qt's
``canFetchMore``/``fetchMore``), never the whole table: the library's articles and the review
queue's verdicts both grow to tens of thousands."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt


class PagedTableModel(QAbstractTableModel):
    """Subclasses name their ``COLUMNS`` (translated in ``CONTEXT``) and say whether there is
    more to load (``has_more``) and what the next page is (``next_page``); each row has an
    ``id``."""

    CONTEXT = ""
    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []

    def has_more(self) -> bool:
        raise NotImplementedError

    def next_page(self) -> list:
        raise NotImplementedError

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and self.has_more()

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid() or not self.has_more():
            return
        page = self.next_page()
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def row_of(self, row_id: int) -> int | None:
        """The row of ``row_id`` among those loaded (never loads more)."""
        return next((i for i, row in enumerate(self.rows) if row.id == row_id), None)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return QCoreApplication.translate(self.CONTEXT, self.COLUMNS[section])
        return None
