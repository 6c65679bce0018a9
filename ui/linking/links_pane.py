"""The links pane: the same claim elsewhere (ranked candidates, and why) and the cluster of
claims a person confirmed as the same, with the glossary dialog that teaches the matcher."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPalette, QTextCharFormat, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.kit.appearance import message_label
from ui.kit.bidi import FSI, PDI, joined
from ui.kit.roles import ID_ROLE, ROW_ROLE
from ui.kit.words import interface_language, language_name
from ui.linking.link_rows import LinkRow, LinkRowsModel
from workbench.claims.marking import get_claim
from workbench.kernel.errors import WorkbenchError
from workbench.library.articles import list_articles
from workbench.linking.glossary import concept_names
from workbench.linking.links import claim_language
from workbench.text.language import text_direction


def _isolated(value: str) -> str:
    """A shown value (``10 آلاف = 10,000``, ``شويغو = שויגו``): each side laid out in its own direction,
    the sides and the values kept in order inside the left-to-right reasons line."""
    return " = ".join(FSI + side + PDI for side in value.split(" = "))


def reasons_line(reasons: dict | None, concepts: dict[str, str] | None = None) -> str:
    """``numbers: 10000 · names: شويغو = שויגו · concepts: visit, defense · text 0.63``; a concept
    by its name in ``concepts`` (the interface's language) where it has one."""
    if not reasons:
        return ""
    names = {"numbers": QApplication.translate("LinksPane", "numbers"),
             "names": QApplication.translate("LinksPane", "names"),
             "concepts": QApplication.translate("LinksPane", "concepts")}
    concepts = concepts or {}
    parts = []
    for key in ("numbers", "names", "concepts"):
        values = reasons.get(key) or []
        if key == "concepts":
            values = [concepts.get(v) or v.replace("_", " ") for v in values]
        if values:
            parts.append(f"{names[key]}: " + joined(_isolated(v) for v in values))
    if reasons.get("text") is not None:
        parts.append(QApplication.translate("LinksPane", "text {score}").format(score=f"{float(reasons['text']):.2f}"))
    return " · ".join(parts)


def link_rows(db, entries: list[tuple[int, object]], self_id: int | None = None) -> list[LinkRow]:
    """Rows for claim ids, each with its candidate (score, language, reasons) or None for a cluster
    member. A claim deleted meanwhile is left out."""
    claims = []
    for claim_id, candidate in entries:
        try:
            claims.append((get_claim(db, claim_id), candidate))
        except WorkbenchError:
            continue
    article_ids = sorted({claim.article_id for claim, _ in claims})
    titles = {a.id: a.title for a in list_articles(db, ids=article_ids, include_old_versions=True)} if article_ids else {}
    concepts = concept_names(interface_language(), db)
    rows = []
    for claim, candidate in claims:
        title = titles.get(claim.article_id) or QApplication.translate("LinksPane", "article {id}").format(
            id=claim.article_id)
        language = candidate.language if candidate is not None else claim_language(db, claim.article_id, claim.start)
        rows.append(LinkRow(
            claim_id=claim.id, article_id=claim.article_id, language=language, title=title, quote=claim.quote,
            direction=text_direction(claim.quote),
            score=candidate.score if candidate is not None else None,
            reasons=candidate.reasons if candidate is not None else None,
            why=reasons_line(candidate.reasons, concepts) if candidate is not None else "",
            is_self=claim.id == self_id))
    return rows


def sentence_rows(db, found: list) -> list[LinkRow]:
    """Rows for sentences of unmarked articles (workbench.linking.sentence_links.SentenceCandidate)."""
    ids = sorted({c.article_id for c in found})
    articles = {a.id: a for a in list_articles(db, ids=ids)} if ids else {}
    concepts = concept_names(interface_language(), db)
    rows = []
    for c in found:
        article = articles.get(c.article_id)
        if article is None:
            continue
        rows.append(LinkRow(
            claim_id=0, article_id=c.article_id, language=claim_language(db, c.article_id, c.start),
            title=QApplication.translate("LinksPane", "not marked yet") + " · " + article.title, quote=c.quote,
            direction=text_direction(c.quote), score=c.score, reasons=c.reasons, why=reasons_line(c.reasons, concepts),
            span=(c.start, c.end)))
    return rows


class LinkCardDelegate(QStyledItemDelegate):
    """Draws a row as a card in the direction of its quote: a header (score, language, source
    article), the quote wrapped, and for candidates the reasons in a small left-to-right line.
    An Arabic or Hebrew row reads from the right edge, whatever the window's direction."""

    PAD = 6
    GAP = 3

    def __init__(self, view: QListView, reasons: bool):
        super().__init__(view)
        self.view = view
        self.reasons = reasons

    @staticmethod
    def _layout(text: str, font: QFont, width: float, rtl: bool, formats=(), wrap=True) -> tuple[QTextLayout, float]:
        layout = QTextLayout(text, font)
        option = QTextOption()
        option.setTextDirection(Qt.RightToLeft if rtl else Qt.LeftToRight)
        option.setAlignment(Qt.AlignAbsolute | (Qt.AlignRight if rtl else Qt.AlignLeft))
        option.setWrapMode(QTextOption.WrapAtWordBoundaryOrAnywhere if wrap else QTextOption.NoWrap)
        layout.setTextOption(option)
        if formats:
            layout.setFormats(list(formats))
        layout.beginLayout()
        height = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0, height))
            height += line.height()
        layout.endLayout()
        return layout, height

    def _parts(self, row: LinkRow, font: QFont, width: float) -> list[tuple[QTextLayout, float, str]]:
        """(layout, height, role) for the header, the quote and the reasons."""
        rtl = row.direction == "rtl"
        small = QFont(font)
        small.setPointSizeF(font.pointSizeF() * 0.88)
        lead = f"{row.score:.2f}" if row.score is not None else (self.tr("this claim") if row.is_self else "")
        pieces = [p for p in (lead, language_name(row.language)) if p]
        prefix = " · ".join(pieces) + " · "
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Bold)
        strong = QTextLayout.FormatRange()
        strong.start, strong.length, strong.format = 0, len(lead), bold
        heavy = QFont(small)
        heavy.setBold(True)
        used = QFontMetricsF(heavy).horizontalAdvance(prefix) + 8
        title = QFontMetricsF(small).elidedText(" ".join(row.title.split()), Qt.ElideRight, max(40.0, width - used))
        parts = [(*self._layout(prefix + title, small, width, rtl, [strong] if lead else [], wrap=False), "header")]
        quote_font = QFont(font)
        quote_font.setBold(row.is_self)
        parts.append((*self._layout(LinkRowsModel.quote(row), quote_font, width, rtl), "quote"))
        if self.reasons and row.why:
            # the reasons speak the interface's language: its direction (each value is isolated in its own)
            interface_rtl = QApplication.layoutDirection() == Qt.RightToLeft
            parts.append((*self._layout(row.why, small, width, interface_rtl), "reasons"))
        return parts

    def sizeHint(self, option, index) -> QSize:
        row = index.data(ROW_ROLE)
        if row is None:
            return super().sizeHint(option, index)
        width = max(120, self.view.viewport().width() - 2 * self.PAD)
        parts = self._parts(row, option.font, width)
        height = sum(h for _, h, _ in parts) + self.GAP * (len(parts) - 1) + 2 * self.PAD
        return QSize(width, int(height) + 2)

    def paint(self, painter, option, index) -> None:
        row = index.data(ROW_ROLE)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.CE_ItemViewItem, opt, painter, opt.widget)
        if row is None:
            return
        selected = bool(opt.state & QStyle.State_Selected)
        text = opt.palette.color(QPalette.HighlightedText if selected else QPalette.Text)
        quiet = QColor(text)
        quiet.setAlphaF(0.72)
        rect = opt.rect
        width = rect.width() - 2 * self.PAD
        painter.save()
        y = rect.top() + self.PAD
        for layout, height, role in self._parts(row, opt.font, width):
            painter.setPen(text if role == "quote" else quiet)
            layout.draw(painter, QPointF(rect.left() + self.PAD, y))
            y += height + self.GAP
        painter.setPen(opt.palette.color(QPalette.Mid))
        painter.drawLine(rect.left(), rect.bottom(), rect.right(), rect.bottom())
        painter.restore()


def _list(model: LinkRowsModel, name: str, reasons: bool) -> QListView:
    view = QListView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setItemDelegate(LinkCardDelegate(view, reasons))
    view.setSelectionMode(QAbstractItemView.SingleSelection)
    view.setEditTriggers(QAbstractItemView.NoEditTriggers)
    view.setResizeMode(QListView.Adjust)  # cards re-wrap when the pane is resized
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    view.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
    view.setUniformItemSizes(False)
    return view


class LinksPane(QWidget):
    """Ranked candidates for the selected claim, and its cluster. The window owns the actions
    (so their shortcuts reach the F1 help); the buttons here show them."""

    claimActivated = Signal(int)  # a candidate or cluster member was activated (double-click, Enter): open it
    sentenceActivated = Signal(int, int, int)  # article, start, end of an unmarked sentence to open

    def __init__(self, parent=None):
        super().__init__(parent)
        self.candidates = LinkRowsModel(self)
        self.cluster = LinkRowsModel(self)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Suggestions status"))
        self.candidate_view = _list(self.candidates, self.tr("Same claim elsewhere"), reasons=True)
        self.candidate_view.activated.connect(self._on_candidate_activated)
        self.same_button = QToolButton()
        self.different_button = QToolButton()
        self.glossary_button = QToolButton()
        self.unmarked_button = QToolButton()
        buttons = QHBoxLayout()
        for button in (self.same_button, self.different_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.unmarked_button)
        buttons.addWidget(self.glossary_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.status)
        left_layout.addWidget(self.candidate_view, 1)
        left_layout.addLayout(buttons)

        self.cluster_label = QLabel()
        self.cluster_label.setWordWrap(True)
        self.cluster_label.setAccessibleName(self.tr("Cluster"))
        self.cluster_view = _list(self.cluster, self.tr("Claims linked as the same"), reasons=False)
        self.cluster_view.activated.connect(lambda index: self.claimActivated.emit(index.data(ID_ROLE)))
        self.split_button = QToolButton()
        split_row = QHBoxLayout()
        split_row.addWidget(self.split_button)
        split_row.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.cluster_label)
        right_layout.addWidget(self.cluster_view, 1)
        right_layout.addLayout(split_row)

        self.splitter = QSplitter(Qt.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)
        self.show_status(self.tr("Select a claim to see the same claim in other articles."))
        self.set_cluster([])

    def use_actions(self, same, different, split, glossary, unmarked) -> None:
        """Show the window's actions as this pane's buttons (label, enabled state, and the tooltip
        the window gave them, which names the shortcut)."""
        for button, action in ((self.same_button, same), (self.different_button, different),
                               (self.split_button, split), (self.glossary_button, glossary),
                               (self.unmarked_button, unmarked)):
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonTextOnly)

    def open_current_candidate(self) -> None:
        """Open the current candidate, as activating it does (a sentence of an unmarked article too)."""
        index = self.candidate_view.currentIndex()
        if index.isValid():
            self._on_candidate_activated(index)

    def _on_candidate_activated(self, index) -> None:
        row = self.candidates.rows[index.row()]
        if row.span is not None:
            self.sentenceActivated.emit(row.article_id, *row.span)
        else:
            self.claimActivated.emit(row.claim_id)

    # --- contents --------------------------------------------------------------------------
    def show_status(self, text: str) -> None:
        self.status.setText(text)

    def set_candidates(self, rows: list[LinkRow], keep_row: int | None = None) -> None:
        """Show ranked candidates; the best (or the one at ``keep_row``, after a decision) is current."""
        self.candidates.set_rows(rows)
        if rows:
            row = 0 if keep_row is None else max(0, min(keep_row, len(rows) - 1))
            self.candidate_view.setCurrentIndex(self.candidates.index(row, 0))
            self.candidate_view.scrollTo(self.candidates.index(row, 0))

    def add_candidates(self, rows: list[LinkRow]) -> None:
        """Add sentences of unmarked articles after the claims, keeping the current row."""
        current = self.candidate_view.currentIndex().row()
        claims = [r for r in self.candidates.rows if r.span is None]
        self.candidates.set_rows(claims + rows)
        if self.candidates.rows:
            self.candidate_view.setCurrentIndex(self.candidates.index(max(current, 0), 0))

    def remove_candidate(self, row: LinkRow) -> None:
        current = self.candidate_view.currentIndex().row()
        self.candidates.set_rows([r for r in self.candidates.rows if r is not row])
        if self.candidates.rows:
            self.candidate_view.setCurrentIndex(self.candidates.index(min(current, len(self.candidates.rows) - 1), 0))

    def set_cluster(self, rows: list[LinkRow]) -> None:
        keep = self.current_member()
        rows = sorted(rows, key=lambda r: not r.is_self)  # the selected claim first, the others in id order
        self.cluster.set_rows(rows if len(rows) > 1 else [])
        if len(rows) > 1:
            self.cluster_label.setText(self.tr("Linked as the same claim: {n} claims, {langs}.").format(
                n=len(rows), langs=joined(sorted({language_name(r.language) for r in rows}))))
            row = self.cluster.row_of(keep.claim_id) if keep is not None else None
            self.cluster_view.setCurrentIndex(self.cluster.index(row if row is not None else 0, 0))
        else:
            self.cluster_label.setText(self.tr("Not linked to other claims yet. \u201cSame claim\u201d links a candidate."))

    def clear(self, status: str) -> None:
        self.candidates.set_rows([])
        self.set_cluster([])
        self.show_status(status)

    def current_candidate(self) -> LinkRow | None:
        index = self.candidate_view.currentIndex()
        return self.candidates.rows[index.row()] if index.isValid() and index.row() < len(self.candidates.rows) else None

    def current_member(self) -> LinkRow | None:
        index = self.cluster_view.currentIndex()
        return self.cluster.rows[index.row()] if index.isValid() and index.row() < len(self.cluster.rows) else None

    def step_candidate(self, step: int) -> None:
        count = len(self.candidates.rows)
        if not count:
            return
        index = self.candidate_view.currentIndex()
        row = (index.row() + step) % count if index.isValid() else (0 if step > 0 else count - 1)
        self.candidate_view.setCurrentIndex(self.candidates.index(row, 0))
        self.candidate_view.scrollTo(self.candidates.index(row, 0))


GLOSSARY_LANGUAGES = ("ar", "he", "en", "fa", "ru")  # offered for a desk's own terms, by name


class GlossaryDialog(QDialog):
    """Add a desk's own term to a concept: concept, language, term. ``save(concept, language, term)``
    returns None when stored, or the reason it was not (shown here, the dialog stays open)."""

    def __init__(self, concepts: list[str], language: str, term: str,
                 save: Callable[[str, str, str], str | None], parent=None, *, names: dict[str, str] | None = None):
        """``names``: each concept's name in the interface language (``concept_names``, given the
        database for the desk's own concepts too); the shipped concepts' names when None."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add to glossary"))
        self.save = save
        self.concept = QComboBox()
        self.concept.setEditable(True)
        names = concept_names(interface_language()) if names is None else names
        for concept in sorted(concepts):
            name = names.get(concept)
            self.concept.addItem(f"{name} ({concept})" if name else concept, concept)
        self.concept.setCurrentIndex(-1)
        self.concept.setAccessibleName(self.tr("Concept"))
        self.concept.lineEdit().setPlaceholderText(self.tr("e.g. visit, troops, or a new one: joint_exercise"))
        self.language = QComboBox()
        codes = list(GLOSSARY_LANGUAGES) + ([language] if language and language not in GLOSSARY_LANGUAGES else [])
        for code in codes:
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(language or "en")))
        self.language.setAccessibleName(self.tr("Language"))
        self.term = QLineEdit(term)
        self.term.setAccessibleName(self.tr("Term"))
        self.term.setPlaceholderText(self.tr("the word as written, without و / ה; end with * to match a stem"))
        self.term.textChanged.connect(self._direct_term)
        self._direct_term(term)
        self.message = message_label(self.tr("Message"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Concept"), self.concept)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Term"), self.term)
        form.addRow(self.message)
        form.addRow(self.buttons)
        self.resize(460, self.sizeHint().height())

    def _direct_term(self, text: str) -> None:
        rtl = text_direction(text) == "rtl"
        self.term.setLayoutDirection(Qt.RightToLeft if rtl else Qt.LeftToRight)

    def _concept(self) -> str:
        """The concept chosen (its id, whatever name the list shows it by) or typed (a new id)."""
        text, index = self.concept.currentText().strip(), self.concept.currentIndex()
        if index >= 0 and text == self.concept.itemText(index).strip():
            return self.concept.itemData(index)
        return text

    def _on_ok(self) -> None:
        concept, language, term = (self._concept(), self.language.currentData(), self.term.text().strip())
        if not concept or not term:
            self.message.setText(self.tr("Give a concept and a term."))
            return
        problem = self.save(concept, language, term)
        if problem:
            self.message.setText(problem)
            return
        self.accept()
