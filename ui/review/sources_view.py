"""A verdict's sources in the window: their table, the dialog that adds or edits one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableView,
)

from ui.kit.appearance import message_colour, message_label
from ui.kit.bidi import FSI, LRM, PDI, RLM, aligned_text, direct_label, directed
from ui.kit.core_text import error_text
from ui.kit.directed_text import DirectedTextEdit
from ui.review.translate import pane_tr as _tr
from workbench.kernel.errors import WorkbenchError
from workbench.library.articles import list_articles
from workbench.review import verdicts
from workbench.review.sources import STANCES, Source, clean_source, flag_duplicates
from workbench.text.language import text_direction


class SourceTableModel(QAbstractTableModel):
    """A verdict's sources: stance, the page or library article, publisher, dates, and which
    earlier source a row repeats."""

    COLUMNS = ("Stance", "Source", "Publisher", "Published", "Accessed", "Repeats")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.sources: list[Source] = []

    def set_sources(self, sources: list[Source]) -> None:
        self.beginResetModel()
        self.sources = flag_duplicates([replace(s) for s in sources])
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.sources)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role != Qt.DisplayRole:
            return None
        if orientation == Qt.Horizontal:
            return self.tr(self.COLUMNS[section])
        return str(section + 1)

    @staticmethod
    def name(source: Source) -> str:
        if source.article_id is not None:
            return _tr("article {id}").format(id=source.article_id) + (f": {source.title}" if source.title else "")
        return source.title or source.url or ""

    @staticmethod
    def shown_name(source: Source) -> str:
        """The name as the cell shows it: a right-to-left title reads from the right and a cut
        one ends in "…" at its end; a library article's title is isolated after its number."""
        if source.article_id is not None:
            number = _tr("article {id}").format(id=source.article_id)
            mark = RLM if text_direction(number) == "rtl" else LRM  # the line reads in the direction of "article"
            return mark + number + (f": {FSI}{source.title}{PDI}" if source.title else "")
        return directed(source.title or source.url or "")

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        source, column = self.sources[index.row()], index.column()
        if role == Qt.DisplayRole:
            if column == 1:
                return self.shown_name(source)
            if column == 5:
                return self.tr("repeats {n}").format(n=source.duplicate_of) if source.duplicate_of else ""
            return (self.tr(source.stance), "", directed(source.publisher), directed(source.published),
                    directed(source.accessed))[column]
        if role == Qt.TextAlignmentRole and column in (1, 2):
            if column == 1 and source.article_id is not None:
                return int(Qt.AlignAbsolute | Qt.AlignLeft | Qt.AlignVCenter)
            return aligned_text(self.name(source) if column == 1 else source.publisher)
        if role == Qt.ForegroundRole:
            if column == 5 and source.duplicate_of:
                return QColor(message_colour("warning"))
            if column == 0:
                return QColor("#1b6e2f") if source.stance == "supports" else QColor("#a11d1d")
        if role == Qt.ToolTipRole:
            lines = [self.name(source)]
            if source.url and source.url not in lines[0]:
                lines.append(source.url)
            if source.archive_url:
                lines.append(self.tr("archived: {url}").format(url=source.archive_url))
            if source.passage:
                lines.append("\u201c" + source.passage[:400] + "\u201d")
            return "\n".join(lines)
        return None


class SourceDialog(QDialog):
    """A source: a web page (address, title, publisher, dates, archived copy) or an article of
    the library by id, with the quoted passage and whether it supports or contradicts the claim.
    The core checks it (``clean_source``) before the dialog closes; ``add(source)`` receives it."""

    def __init__(self, db, position: int, add: Callable[[Source], None], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a source"))
        self.db, self.position, self.add = db, position, add
        self.article = QSpinBox()
        self.article.setRange(0, 2_000_000_000)
        self.article.setSpecialValueText(self.tr("none: a web page"))
        self.article.setAccessibleName(self.tr("Library article id"))
        self.article.valueChanged.connect(self._on_article)
        self.article_title = QLabel()
        self.article_title.setWordWrap(True)
        self.url = QLineEdit()
        self.url.setAccessibleName(self.tr("Address (URL)"))
        self.url.setPlaceholderText("https://…")
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Title"))
        self.publisher = QLineEdit()
        self.publisher.setAccessibleName(self.tr("Publisher"))
        self.published = QLineEdit()
        self.published.setAccessibleName(self.tr("Date published"))
        self.published.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.accessed = QLineEdit(date.today().isoformat())
        self.accessed.setAccessibleName(self.tr("Date accessed"))
        self.accessed.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.archive = QLineEdit()
        self.archive.setAccessibleName(self.tr("Archived copy (URL)"))
        self.archive.setPlaceholderText(self.tr("https://web.archive.org/… (optional)"))
        self.passage = DirectedTextEdit()
        self.passage.setAccessibleName(self.tr("Quoted passage"))
        self.passage.setMaximumHeight(110)
        self.stance = QComboBox()
        for stance in STANCES:
            self.stance.addItem(self.tr(stance), stance)
        self.stance.setAccessibleName(self.tr("Stance"))
        for field in (self.title, self.publisher):
            field.textChanged.connect(lambda text, f=field: f.setLayoutDirection(
                Qt.RightToLeft if text_direction(text) == "rtl" else Qt.LeftToRight))
        self.message = message_label(self.tr("Message"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Add"))
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Library article"), self.article)
        form.addRow("", self.article_title)
        form.addRow(self.tr("Address"), self.url)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Publisher"), self.publisher)
        form.addRow(self.tr("Published"), self.published)
        form.addRow(self.tr("Accessed"), self.accessed)
        form.addRow(self.tr("Archived copy"), self.archive)
        form.addRow(self.tr("Quoted passage"), self.passage)
        form.addRow(self.tr("Stance"), self.stance)
        form.addRow(self.message)
        form.addRow(self.buttons)
        self.resize(520, self.sizeHint().height())

    def _on_article(self, article_id: int) -> None:
        """A library article is linked: its address, title, publisher and date are the library's."""
        found = list_articles(self.db, ids=[article_id], include_old_versions=True) if article_id else []
        article = found[0] if found else None
        for field in (self.url, self.title, self.publisher, self.published):
            field.setEnabled(article is None)
        if article is None:
            self.article_title.setText(self.tr("There is no article {id} in the library.").format(id=article_id)
                                       if article_id else "")
            return
        direct_label(self.article_title, article.title)
        self.url.setText(article.url or "")
        self.title.setText(article.title)
        self.publisher.setText(article.publisher or "")
        self.published.setText(article.published or "")

    def source(self) -> Source:
        article_id = self.article.value() or None
        return Source(url=self.url.text().strip() or None, article_id=article_id, title=self.title.text(),
                      publisher=self.publisher.text(), published=self.published.text(),
                      accessed=self.accessed.text(), archive_url=self.archive.text(),
                      passage=self.passage.text(), stance=self.stance.currentData())

    def _on_ok(self) -> None:
        source = self.source()
        try:
            cleaned = clean_source(self.db, verdicts.stored_sources([source])[0], self.position)
        except WorkbenchError as exc:
            self.message.setText(error_text(exc))
            return
        if source.article_id is not None:  # shown with what the library says of the article
            cleaned = replace(cleaned, title=source.title, publisher=source.publisher, published=source.published,
                              url=source.url)
        self.add(cleaned)
        self.accept()


def sources_view(model: SourceTableModel, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setSelectionMode(QAbstractItemView.SingleSelection)
    view.setEditTriggers(QAbstractItemView.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeToContents)  # a handful of rows: cheap to measure
    header.setSectionResizeMode(1, QHeaderView.Stretch)
    header.setSectionResizeMode(2, QHeaderView.Interactive)
    view.setColumnWidth(2, 110)
    return view
