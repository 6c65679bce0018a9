"""The article library as a Qt model: loaded in chunks as the view scrolls, filtered."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSortFilterProxyModel, Qt

from ui.kit.bidi import aligned, marked
from ui.kit.paged_model import PagedTableModel
from ui.kit.roles import CLAIMS_ROLE, ID_ROLE, LANGUAGE_ROLE
from ui.kit.words import language_name
from workbench.library.articles import ArticleSummary, list_articles
from workbench.library.search import search_ids
from workbench.text.language import text_direction


class ArticleTableModel(PagedTableModel):
    """Articles in import order, fetched CHUNK rows at a time as the view scrolls;
    or, while a search is active, the search hits in rank order."""

    CONTEXT = "ArticleTableModel"
    CHUNK = 200
    SEARCH_LIMIT = 300
    COLUMNS = (QT_TRANSLATE_NOOP("ArticleTableModel", "Title"), QT_TRANSLATE_NOOP("ArticleTableModel", "Lang"),
               QT_TRANSLATE_NOOP("ArticleTableModel", "Publisher"), QT_TRANSLATE_NOOP("ArticleTableModel", "Date"),
               QT_TRANSLATE_NOOP("ArticleTableModel", "Claims"))

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.rows: list[ArticleSummary] = []
        self._exhausted = False
        self._query = ""

    # loading
    def reload(self) -> None:
        self.beginResetModel()
        self.rows = []
        self._exhausted = False
        if self._query:
            ids = search_ids(self.db, self._query, limit=self.SEARCH_LIMIT)
            by_id = {a.id: a for a in list_articles(self.db, ids=ids)}
            self.rows = [by_id[i] for i in ids if i in by_id]
            self._exhausted = True
        self.endResetModel()

    def set_query(self, query: str) -> None:
        self._query = query.strip()
        self.reload()

    def has_more(self) -> bool:
        return not self._exhausted

    def next_page(self) -> list[ArticleSummary]:
        more = list_articles(self.db, limit=self.CHUNK, after_id=self.rows[-1].id if self.rows else 0)
        if len(more) < self.CHUNK:
            self._exhausted = True
        return more

    # model interface
    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        article = self.rows[index.row()]
        column = index.column()
        if role == Qt.DisplayRole:  # a title or publisher in its own script's direction (a Latin title of an Arabic article)
            title = marked(article.title, text_direction(article.title, article.direction))
            publisher = marked(article.publisher or "", text_direction(article.publisher or ""))
            return (title, language_name(article.language), publisher, article.published or "",
                    article.claim_count)[column]
        if role == Qt.TextAlignmentRole and column in (0, 2):
            return aligned(text_direction(article.title, article.direction) if column == 0
                           else text_direction(article.publisher or ""))
        if role == Qt.ToolTipRole and column == 0:
            return article.title
        if role == ID_ROLE:
            return article.id
        if role == LANGUAGE_ROLE:
            return article.language
        if role == CLAIMS_ROLE:
            return article.claim_count
        return None

    def refresh_article(self, article_id: int) -> None:
        """Re-read one article's row in place (its claim count changed)."""
        row = self.row_of(article_id)
        if row is None:
            return
        fresh = list_articles(self.db, ids=[article_id], include_old_versions=True)
        if fresh:
            self.rows[row] = fresh[0]
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))


class ArticleFilter(QSortFilterProxyModel):
    """Filters the library by language and by whether articles have claims yet."""

    # keys, shown through the window's tr() (hence its context)
    STATUSES = (QT_TRANSLATE_NOOP("MainWindow", "any"), QT_TRANSLATE_NOOP("MainWindow", "unmarked"),
                QT_TRANSLATE_NOOP("MainWindow", "with claims"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.language = ""
        self.status = "any"

    def set_language(self, language: str) -> None:
        self._refilter(lambda: setattr(self, "language", language))

    def set_status(self, status: str) -> None:
        self._refilter(lambda: setattr(self, "status", status))

    def _refilter(self, change) -> None:
        """Qt 6.10 replaced invalidateFilter() by begin/endFilterChange(); older Qt lacks them."""
        if hasattr(self, "endFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent) -> bool:
        index = self.sourceModel().index(row, 0, parent)
        if self.language and index.data(LANGUAGE_ROLE) != self.language:
            return False
        claims = index.data(CLAIMS_ROLE) or 0
        if self.status == "unmarked":
            return claims == 0
        if self.status == "with claims":
            return claims > 0
        return True
