"""The reader: an article's original text, each paragraph in its own direction.

Qt shapes Arabic and orders bidirectional text itself: the text goes in as
stored, never reshaped or reordered. Claims and suggestions are drawn as
extra selections, so the read-only document is never edited by marking.
Positions cross to the core only through ``textmap.DocumentMap``.
"""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
    QTextOption,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit

from ui.kit.bidi import joined
from ui.kit.textmap import FOLD_LABELS, DocumentMap
from workbench.claims.checkworthy import Suggestion
from workbench.claims.marking import Claim

READER_FONTS = ["Noto Naskh Arabic", "Noto Sans Hebrew", "Noto Sans", "DejaVu Sans"]
STATUS_COLOURS = {
    "marked": QColor(255, 214, 10, 110),
    "checking": QColor(80, 160, 255, 100),
    "verdict": QColor(255, 120, 80, 100),
    "published": QColor(60, 190, 110, 100),
}
CURRENT_OUTLINE = QColor(200, 40, 40)
SUGGESTION_COLOUR = QColor(120, 80, 200)


class ReaderView(QTextBrowser):
    claimClicked = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard
                                     | Qt.LinksAccessibleByMouse | Qt.LinksAccessibleByKeyboard)
        self.setAccessibleName(self.tr("Article text"))
        self.anchorClicked.connect(self._on_anchor)
        self.article: dict | None = None
        self.map: DocumentMap | None = None
        self.unfolded: set[int] = set()
        self.claims: list[Claim] = []
        self.suggestions: list[Suggestion] = []
        self.current_claim: int | None = None
        self.current_suggestion: int | None = None
        font = QFont()
        font.setFamilies(READER_FONTS)
        font.setPointSize(14)
        self.setFont(font)
        self.document().setDocumentMargin(24)

    # content
    def set_article(self, article: dict | None) -> None:
        self.article = article
        self.unfolded = set()
        self.claims, self.suggestions = [], []
        self.current_claim = self.current_suggestion = None
        self._build()

    def _build(self) -> None:
        if self.article is None:
            self.map = None
            self.clear()
            return
        folds = [(f["start"], f["end"], f["kind"]) for f in self.article["folds"]]
        self.map = DocumentMap(self.article["text"], folds, self.unfolded, label=self._fold_label)
        document = self.document()
        document.setPlainText(self.map.text)
        option = QTextOption(document.defaultTextOption())
        option.setWrapMode(QTextOption.WrapAtWordBoundaryOrAnywhere)
        document.setDefaultTextOption(option)
        self._format_paragraphs()
        self._format_placeholders()
        document.setModified(False)
        self._paint()

    def _fold_label(self, kinds: list[str], length: int) -> str:
        what = joined(self.tr(FOLD_LABELS.get(kind, kind)) for kind in kinds)
        arrow = "◂ " if QGuiApplication.layoutDirection() == Qt.RightToLeft else "▸ "  # pointing the way it reads
        return arrow + self.tr("{what} folded ({n} characters): click to show, Ctrl+U shows all").format(what=what, n=length)

    def _format_paragraphs(self) -> None:
        """Set each block's direction from the paragraph analysis of the core (dominant script)."""
        paragraphs = self.article["paragraphs"]
        starts = [p["start"] for p in paragraphs]
        default = self.article["direction"]
        cursor = QTextCursor(self.document())
        block = self.document().begin()
        placeholder_starts = {start for _, start, _ in self.map.placeholders()}
        while block.isValid():
            if block.position() in placeholder_starts:
                # The placeholder speaks the interface's language: its direction, on the article's side.
                fmt = QTextBlockFormat()
                fmt.setLayoutDirection(QGuiApplication.layoutDirection())
                fmt.setAlignment(Qt.AlignAbsolute | (Qt.AlignRight if default == "rtl" else Qt.AlignLeft))
                cursor.setPosition(block.position())
                cursor.setBlockFormat(fmt)
                block = block.next()
                continue
            original = self.map.to_original(block.position())
            direction = default
            if original is not None and paragraphs:
                i = bisect_right(starts, original) - 1
                if i >= 0 and original < paragraphs[i]["end"] + 1:
                    direction = paragraphs[i]["direction"]
            fmt = QTextBlockFormat()
            fmt.setLayoutDirection(Qt.RightToLeft if direction == "rtl" else Qt.LeftToRight)
            fmt.setAlignment(Qt.AlignLeading)
            fmt.setLineHeight(140, QTextBlockFormat.ProportionalHeight.value)
            fmt.setBottomMargin(6)
            cursor.setPosition(block.position())
            cursor.setBlockFormat(fmt)
            block = block.next()

    def _format_placeholders(self) -> None:
        cursor = QTextCursor(self.document())
        for indices, start, end in self.map.placeholders():
            fmt = QTextCharFormat()
            fmt.setForeground(QColor(110, 110, 110))
            fmt.setFontItalic(True)
            fmt.setFontPointSize(max(8, self.font().pointSize() - 3))
            fmt.setAnchor(True)
            fmt.setAnchorHref("fold:" + ",".join(map(str, indices)))
            fmt.setToolTip(self.tr("Folded boilerplate: click to show it, or press Ctrl+U to show all of it"))
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.KeepAnchor)
            cursor.setCharFormat(fmt)

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() == "fold":
            self.unfold([int(i) for i in url.path().split(",")])

    def unfold(self, indices: list[int]) -> None:
        scroll = self.verticalScrollBar().value()
        self.unfolded.update(indices)
        self._build()
        self.verticalScrollBar().setValue(scroll)

    def unfold_all(self) -> None:
        if self.article:
            self.unfolded = set(range(len(self.article["folds"])))
            self._build()

    # highlights
    def set_marks(self, claims: list[Claim], suggestions: list[Suggestion]) -> None:
        self.claims, self.suggestions = claims, suggestions
        self._paint()

    def set_current_claim(self, claim_id: int | None) -> None:
        self.current_claim = claim_id
        self.current_suggestion = None
        self._paint()
        claim = next((c for c in self.claims if c.id == claim_id), None)
        if claim:
            self._reveal(claim.start)

    def set_current_suggestion(self, index: int | None) -> None:
        self.current_suggestion = index
        self.current_claim = None
        self._paint()
        if index is not None:
            self._reveal(self.suggestions[index].start)

    def select_span(self, start: int, end: int) -> None:
        """Select original offsets ``start``-``end`` (a sentence found elsewhere), ready for Ctrl+M."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.map.to_doc(start))
        cursor.setPosition(self.map.to_doc(end), QTextCursor.KeepAnchor)
        self._show(cursor)

    def _reveal(self, original: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.map.to_doc(original))
        self._show(cursor)

    def _show(self, cursor: QTextCursor) -> None:
        """Put the cursor there; if its line is out of view, scroll it to a third of the way
        down, with the text before it in view (scrolling just enough left it on the bottom edge)."""
        start = QTextCursor(cursor)
        start.setPosition(cursor.selectionStart())
        line, height = self.cursorRect(start), self.viewport().height()
        self.setTextCursor(cursor)  # scrolls just enough to show the cursor
        if line.top() < 0 or line.bottom() > height:
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + self.cursorRect(start).top() - height // 3)

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.map.to_doc(start))
        cursor.setPosition(self.map.to_doc(end), QTextCursor.KeepAnchor)
        sel.cursor = cursor
        sel.format = fmt
        return sel

    def _paint(self) -> None:
        if self.map is None:
            self.setExtraSelections([])
            return
        selections = []
        # Longer claims first, so nested shorter ones paint over them and stay visible;
        # translucent colours make overlaps darker.
        for claim in sorted(self.claims, key=lambda c: c.start - c.end):
            fmt = QTextCharFormat()
            fmt.setBackground(STATUS_COLOURS.get(claim.status, STATUS_COLOURS["marked"]))
            if claim.id == self.current_claim:
                fmt.setUnderlineStyle(QTextCharFormat.SingleUnderline)
                fmt.setUnderlineColor(CURRENT_OUTLINE)
                fmt.setFontUnderline(True)
            fmt.setProperty(QTextFormat.UserProperty, claim.id)
            selections.append(self._selection(claim.start, claim.end, fmt))
        for i, suggestion in enumerate(self.suggestions):
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.DotLine)
            fmt.setUnderlineColor(SUGGESTION_COLOUR)
            if i == self.current_suggestion:
                fmt.setBackground(QColor(120, 80, 200, 45))
            selections.append(self._selection(suggestion.start, suggestion.end, fmt))
        self.setExtraSelections(selections)

    # selection and clicks
    def selection_span(self) -> tuple[int, int] | str:
        """The selected text as original offsets, or why it cannot be a claim."""
        cursor = self.textCursor()
        if self.map is None:  # the marking controller shows these through its tr(): its context
            return QT_TRANSLATE_NOOP("MarkingController", "no article is open")
        if not cursor.hasSelection():
            return QT_TRANSLATE_NOOP("MarkingController", "select the text of the claim first")
        return self.map.selection_to_original(cursor.anchor(), cursor.position())

    def claims_at(self, original: int) -> list[Claim]:
        """Claims covering an offset, innermost first."""
        return sorted((c for c in self.claims if c.start <= original < c.end), key=lambda c: c.end - c.start)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.LeftButton or self.map is None or self.textCursor().hasSelection():
            return
        original = self.map.to_original(self.cursorForPosition(event.position().toPoint()).position())
        if original is not None:
            hits = self.claims_at(original)
            if hits:
                self.claimClicked.emit(hits[0].id)

    def zoom(self, steps: int) -> None:
        font = self.font()
        font.setPointSize(max(8, min(40, font.pointSize() + steps)))
        self.setFont(font)
        self._build()

    def font_size(self) -> int:
        return self.font().pointSize()
