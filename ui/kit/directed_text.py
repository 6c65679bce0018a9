"""A plain-text editor in which every paragraph is laid out in the direction of its own script,
by the core's rule, as the reader applies it to articles."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from workbench.text.language import text_direction


class DirectedTextEdit(QTextEdit):
    """Plain text (pasted rich text arrives as plain text) in which every paragraph is laid out
    in the direction of its own dominant script, as the reader lays out articles: an Arabic
    paragraph that opens with a Latin name or a link still reads from the right, and an English
    paragraph after it from the left. The direction is a block format, joined to the edit that
    caused it, so Ctrl+Z undoes the typing, not the layout."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.default_direction = "ltr"  # of a paragraph that mixes both directions (see set_text)
        self._changed: tuple[int, int] | None = None
        self._directing = False
        self.document().contentsChange.connect(self._note_change)
        self.textChanged.connect(self._direct_changed)

    def set_text(self, text: str, default_direction: str = "ltr") -> None:
        """Replace the text (not an undoable edit) and lay out every paragraph; one that mixes
        both directions about evenly (a Latin name heading an Arabic sentence) takes
        ``default_direction``, as the reader gives it the article's."""
        self.default_direction = default_direction
        self._directing = True
        try:
            self.setPlainText(text)
        finally:
            self._directing = False
        document = self.document()
        document.setUndoRedoEnabled(False)
        self._direct(0, document.characterCount())
        document.setUndoRedoEnabled(True)
        self._changed = None

    def text(self) -> str:
        return self.toPlainText()

    def _note_change(self, position: int, _removed: int, added: int) -> None:
        if self._directing:
            return
        start, end = position, position + added
        if self._changed is not None:
            start, end = min(start, self._changed[0]), max(end, self._changed[1])
        self._changed = (start, end)

    def _direct_changed(self) -> None:
        if self._directing or self._changed is None:
            return
        start, end = self._changed
        self._changed = None
        self._direct(start, end, join=self.document().isUndoRedoEnabled())

    def _direct(self, start: int, end: int, join: bool = False) -> None:
        document = self.document()
        block = document.findBlock(max(0, start))
        last = document.findBlock(max(0, min(end, document.characterCount() - 1)))
        cursor = QTextCursor(document)
        editing = False
        self._directing = True
        try:
            while block.isValid():
                wanted = Qt.RightToLeft if text_direction(block.text(), self.default_direction) == "rtl" \
                    else Qt.LeftToRight
                fmt = block.blockFormat()
                if fmt.layoutDirection() != wanted or not fmt.alignment() & Qt.AlignLeading:
                    if not editing:
                        if join:
                            cursor.joinPreviousEditBlock()
                        else:
                            cursor.beginEditBlock()
                        editing = True
                    direction = QTextBlockFormat()
                    direction.setLayoutDirection(wanted)
                    direction.setAlignment(Qt.AlignLeading)
                    cursor.setPosition(block.position())
                    cursor.mergeBlockFormat(direction)
                if block == last:
                    break
                block = block.next()
        finally:
            if editing:
                cursor.endEditBlock()
            self._directing = False

    def block_directions(self) -> list[str]:
        """The direction each paragraph is laid out in (for tests and checks)."""
        out, block = [], self.document().begin()
        while block.isValid():
            out.append("rtl" if block.blockFormat().layoutDirection() == Qt.RightToLeft else "ltr")
            block = block.next()
        return out
