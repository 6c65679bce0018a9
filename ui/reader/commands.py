"""Undoable claim edits: each command does its change in the database through the core,
and undoes it there too. A command whose database write fails is marked obsolete
and reports the reason through ``ClaimOps.failed``; the stack keeps the previous state."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand

from ui.kit.core_text import error_text
from workbench.claims import marking as core
from workbench.kernel.errors import WorkbenchError
from workbench.linking import links


class ClaimOps(QObject):
    """The database and the signals through which commands report."""

    changed = Signal(int, object)  # article id, claim id to show (or None)
    linksChanged = Signal()
    failed = Signal(str)
    notice = Signal(str)  # what a change did to verdicts, for the person to read

    def __init__(self, db, who: str, parent=None):
        super().__init__(parent)
        self.db, self.who = db, who

    def attempt(self, command: QUndoCommand, work: Callable[[], object]) -> object | None:
        try:
            return work()
        except WorkbenchError as exc:
            command.setObsolete(True)
            self.failed.emit(error_text(exc))
            return None


class MarkClaim(QUndoCommand):
    def __init__(self, ops: ClaimOps, article_id: int, start: int, end: int, checker: str, details: dict | None = None):
        super().__init__(QCoreApplication.translate("ClaimOps", "Mark claim"))
        self.ops, self.article_id, self.span, self.checker = ops, article_id, (start, end), checker
        self.details = details or {}
        self.claim: core.Claim | None = None

    def redo(self) -> None:
        if self.claim is None:
            work = lambda: core.create_claim(self.ops.db, self.article_id, *self.span, checker=self.checker, **self.details)
        else:
            work = lambda: core.restore_claim(self.ops.db, self.claim, who=self.ops.who)
        claim = self.ops.attempt(self, work)
        if claim is not None:
            self.claim = claim
            self.ops.changed.emit(self.article_id, claim.id)

    def undo(self) -> None:
        if self.claim and self.ops.attempt(self, lambda: core.delete_claim(self.ops.db, self.claim.id, who=self.ops.who)) is not None:
            self.ops.changed.emit(self.article_id, None)


class DeleteClaim(QUndoCommand):
    def __init__(self, ops: ClaimOps, claim: core.Claim):
        super().__init__(QCoreApplication.translate("ClaimOps", "Delete claim"))
        self.ops, self.claim = ops, claim

    def redo(self) -> None:
        if self.ops.attempt(self, lambda: core.delete_claim(self.ops.db, self.claim.id, who=self.ops.who)) is not None:
            self.ops.changed.emit(self.claim.article_id, None)

    def undo(self) -> None:
        if self.ops.attempt(self, lambda: core.restore_claim(self.ops.db, self.claim, who=self.ops.who)) is not None:
            self.ops.changed.emit(self.claim.article_id, self.claim.id)


class EditClaim(QUndoCommand):
    """Change what a claim records, or (with ``span``) resize it."""

    def __init__(self, ops: ClaimOps, before: core.Claim, changes: dict | None = None, span: tuple[int, int] | None = None):
        super().__init__(QCoreApplication.translate("ClaimOps", "Resize claim") if span
                         else QCoreApplication.translate("ClaimOps", "Edit claim"))
        self.ops, self.before, self.changes, self.span = ops, before, changes or {}, span

    def _apply(self, changes: dict, span: tuple[int, int] | None) -> None:
        work = lambda: core.change_claim(self.ops.db, self.before.id, span=span, who=self.ops.who, **changes)
        if self.ops.attempt(self, work) is not None:
            self.ops.changed.emit(self.before.article_id, self.before.id)

    def redo(self) -> None:
        self._apply(self.changes, self.span)

    def undo(self) -> None:
        old = {k: getattr(self.before, k) for k in self.changes}
        self._apply(old, (self.before.start, self.before.end) if self.span else None)


class DecideLink(QUndoCommand):
    """A person's decision that two claims are the same claim, or different ones; undo
    takes it back, so the pair is suggested again."""

    def __init__(self, ops: ClaimOps, claim_id: int, other_id: int, decision: str, who: str, score: float | None):
        super().__init__(QCoreApplication.translate("ClaimOps", "Same claim") if decision == "same"
                         else QCoreApplication.translate("ClaimOps", "Different claim"))
        self.ops, self.pair, self.decision, self.who, self.score = ops, (claim_id, other_id), decision, who, score
        # Whether the decision was stored, readable after the push: the undo stack deletes a
        # command made obsolete by a refusal, so its own methods can no longer be called.
        self.stored = False

    def redo(self) -> None:
        work = lambda: links.decide(self.ops.db, *self.pair, self.decision, who=self.who, score=self.score)
        messages = self.ops.attempt(self, work)
        self.stored = messages is not None
        self._report(messages)

    def undo(self) -> None:
        self._report(self.ops.attempt(self, lambda: links.withdraw(self.ops.db, *self.pair, who=self.who)))

    def _report(self, messages: list[str] | None) -> None:
        if messages is None:
            return
        self.ops.linksChanged.emit()
        for message in messages:
            self.ops.notice.emit(message)
