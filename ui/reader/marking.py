"""Marking claims in the reader, from the keyboard: the selection marked as a claim (snapped
to whole words unless Alt is held), a claim set to a new selection, deleted or edited from the
claim pane; every change an undoable command."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication

from ui.kit.core_text import error_text
from ui.reader.commands import DeleteClaim, EditClaim, MarkClaim
from workbench.claims.marking import get_claim, snap_to_words
from workbench.kernel.errors import WorkbenchError


class MarkingController(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window

    def _span_from_selection(self, snap: bool) -> tuple[int, int] | None:
        span = self.window.reader.selection_span()
        if isinstance(span, str):
            self.window.notify(self.tr(span), error=True)
            return None
        if snap:
            span = snap_to_words(self.window.reader.article["text"], *span)
        return span

    def _snap_wanted(self) -> bool:
        return not (QApplication.keyboardModifiers() & Qt.AltModifier)

    def mark_claim(self) -> None:
        """Mark the selection (snapped to whole words unless Alt is held) as a claim."""
        span = self._span_from_selection(self._snap_wanted())
        if span is not None:
            self.window.undo_stack.push(MarkClaim(self.window.ops, self.window.article_id, *span, checker=self.window.user))

    def resize_claim(self) -> None:
        claim = self.window.claim_pane.current
        if claim is None:
            self.window.notify(self.tr("Select a claim first, then the new text for it."), error=True)
            return
        span = self._span_from_selection(self._snap_wanted())
        if span is not None:
            self.window.undo_stack.push(EditClaim(self.window.ops, claim, span=span))

    def delete_claim(self) -> None:
        claim = self.window.claim_pane.current
        if claim is not None:
            self.window.undo_stack.push(DeleteClaim(self.window.ops, claim))

    def edit_claim(self, claim_id: int, changes: dict) -> None:
        try:
            before = get_claim(self.window.db, claim_id)
        except WorkbenchError as exc:
            self.window.notify(error_text(exc), error=True)
            return
        self.window.undo_stack.push(EditClaim(self.window.ops, before, changes))
