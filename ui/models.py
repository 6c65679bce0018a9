"""Qt models over the core: the article library (loaded in chunks) and an article's claims."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractListModel, QAbstractTableModel, QCoreApplication, QModelIndex,
                            QSortFilterProxyModel, Qt)
from PySide6.QtGui import QGuiApplication, QKeySequence

from workbench.claims.marking import Claim
from workbench.text.language import LANGUAGE_NAMES, text_direction
from workbench.library.articles import ArticleSummary, list_articles
from workbench.kernel.messages import LIST_SEPARATOR
from workbench.library.search import search_ids

from .i18n import CORE_CONTEXT

ID_ROLE = Qt.UserRole + 1
LANGUAGE_ROLE = Qt.UserRole + 2
CLAIMS_ROLE = Qt.UserRole + 3
DIRECTION_ROLE = Qt.UserRole + 4  # "rtl" or "ltr": the direction a row's text is laid out in
ROW_ROLE = Qt.UserRole + 5


RLM = "\u200f"  # right-to-left mark
LRM = "\u200e"  # left-to-right mark


def joined(items) -> str:
    """Items as a list in the interface language: "a, b" in English, "a، b" in Arabic."""
    return QCoreApplication.translate(CORE_CONTEXT, LIST_SEPARATOR).join(items)


def isolated(text: str) -> str:
    """``text`` between first-strong isolates: a path, an address, a file type or a name keeps its
    own order inside a sentence of the other direction (``/tmp/a.txt`` not ``tmp/a.txt/``), and a
    sentence that starts with one still takes its direction from its own words."""
    return f"\u2068{text}\u2069" if text else text


def isolated_ltr(text: str) -> str:
    """``text`` isolated and laid out left to right whatever it starts with (a path, a shortcut)."""
    return f"\u2066{text}\u2069" if text else text


def key_text(keys: QKeySequence) -> str:
    """A shortcut as the platform writes it, isolated left to right: in an Arabic or Hebrew
    sentence "Ctrl+," must not read ",+Ctrl" (nor Qt's Hebrew key names, which open a
    left-to-right embedding without closing it, swallow the text after them)."""
    return isolated_ltr(keys.toString(QKeySequence.NativeText))


def menu_text(label: str, keys: QKeySequence) -> str:
    """A menu entry's text: ``label``, a tab, and the shortcut isolated left to right. A menu
    draws what follows the tab as the entry's shortcut; the text it makes itself when there is
    no tab is not isolated, so an Arabic or Hebrew menu read "Ctrl+," as ",+Ctrl" and "Ctrl++"
    as "++Ctrl"."""
    return f"{label}\t{key_text(keys)}"


def action_label(text: str) -> str:
    """An action's label as a person reads it: without the menu's shortcut part and the ``&``
    that marks its access key."""
    return text.split("\t", 1)[0].replace("&", "")


def marked(text: str, direction: str) -> str:
    """A cell's text between marks of its own direction (``rtl`` or ``ltr``): a view lays a cell
    out in the interface's direction, so without them an Arabic quote in an English interface
    (or one that starts with a Latin name) reads left to right, its final "." and a cut text's
    "…" at its start, and "0 min" reads "min 0" in an Arabic or Hebrew one."""
    mark = RLM if direction == "rtl" else LRM
    return mark + text + mark if text else text


def in_interface_direction(text: str) -> str:
    """A sentence of the interface (a translated template) marked with the interface's direction:
    one that opens with an isolated name or rating would otherwise be laid out in the direction
    of whatever strong letter comes first."""
    return marked(text, "rtl" if QGuiApplication.layoutDirection() == Qt.RightToLeft else "ltr")


def aligned(direction: str) -> int:
    """A cell's alignment for text of ``direction``: on its own side whatever the interface's
    direction (AlignAbsolute: a mirrored interface does not swap it)."""
    side = Qt.AlignRight if direction == "rtl" else Qt.AlignLeft
    return int(side | Qt.AlignAbsolute | Qt.AlignVCenter)

# A claim's kind and status are stored in English (workbench.claims.marking.KINDS, STATUSES) and shown
# in the interface's language.
KIND_NAMES = {
    "numeric": QT_TRANSLATE_NOOP("ClaimPane", "numeric"),
    "quote": QT_TRANSLATE_NOOP("ClaimPane", "quote"),
    "event": QT_TRANSLATE_NOOP("ClaimPane", "event"),
    "denial": QT_TRANSLATE_NOOP("ClaimPane", "denial"),
    "prediction": QT_TRANSLATE_NOOP("ClaimPane", "prediction"),
    "other": QT_TRANSLATE_NOOP("ClaimPane", "other"),
}
STATUS_NAMES = {
    "marked": QT_TRANSLATE_NOOP("ClaimPane", "marked"),
    "checking": QT_TRANSLATE_NOOP("ClaimPane", "checking"),
    "verdict": QT_TRANSLATE_NOOP("ClaimPane", "verdict"),
    "published": QT_TRANSLATE_NOOP("ClaimPane", "published"),
}


def language_name(code: str) -> str:
    """``he`` as "Hebrew", "العبرية" or "עברית", in the interface's language: the names of
    ``workbench.text.language.LANGUAGE_NAMES``; any other code is shown as it is."""
    return QCoreApplication.translate(CORE_CONTEXT, LANGUAGE_NAMES[code]) if code in LANGUAGE_NAMES else code


def interface_language() -> str:
    """The code of the interface's language: each catalogue translates "en" into its own code
    (as Qt's own catalogues translate QT_LAYOUT_DIRECTION)."""
    return QCoreApplication.translate("Languages", "en", "the code of the language translated into")


def kind_name(kind: str) -> str:
    return QCoreApplication.translate("ClaimPane", KIND_NAMES.get(kind, kind))


def status_name(status: str) -> str:
    return QCoreApplication.translate("ClaimPane", STATUS_NAMES.get(status, status))


class ArticleTableModel(QAbstractTableModel):
    """Articles in import order, fetched CHUNK rows at a time as the view scrolls;
    or, while a search is active, the search hits in rank order."""

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

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid() or self._exhausted:
            return
        more = list_articles(self.db, limit=self.CHUNK, after_id=self.rows[-1].id if self.rows else 0)
        if len(more) < self.CHUNK:
            self._exhausted = True
        if more:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()

    # model interface
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self.tr(self.COLUMNS[section])
        return None

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

    def row_of(self, article_id: int) -> int | None:
        """The row of an article among those loaded (ids ascend, so this never loads the library)."""
        for i, a in enumerate(self.rows):
            if a.id == article_id:
                return i
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
