"""The verdict of the selected claim's cluster, edited in a dock: rating, one-line summary,
rationale and sources; submitted, withdrawn, approved, returned, published and reopened
through the core, which enforces the rules (a greyed-out button is only a convenience).

The editor remembers the revision it loaded and passes it with every write, so a save over
a colleague's newer revision comes back as ``Conflict`` and the person chooses to reload it
or to keep editing. The pieces shared with the review queue (the sources table, the rationale
editor that lays out each paragraph in its own direction, the history and comment dialogs)
live here too.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.kit.appearance import show_as_message
from ui.kit.bidi import direct_label, isolated, joined
from ui.kit.core_text import error_text, term_text, translated
from ui.kit.directed_text import DirectedTextEdit
from ui.kit.words import language_name
from ui.review.comments import COMMENT_STYLE, CommentDialog, ask_reload
from ui.review.history import HistoryDialog
from ui.review.sources_view import SourceDialog, SourceTableModel, sources_view
from ui.review.translate import pane_tr as _tr
from workbench.claims.marking import get_claim
from workbench.kernel.errors import BadInput, Conflict, Refused, WorkbenchError
from workbench.linking.clusters import cluster_of
from workbench.linking.links import claim_language
from workbench.review import verdicts, workflow
from workbench.review.people import role_of
from workbench.review.sources import Source
from workbench.text.language import text_direction

SUPERVISOR_ACTIONS = ("approve", "return", "publish", "reopen")


def _when(stamp: str | None) -> str:
    return (stamp or "").replace("T", " ")[:16]


def why_not(action: str, verdict: verdicts.Verdict, who: str, role: str | None, authors: set[str]) -> str:
    """The core's reason ``who`` may not do ``action`` now, or "" when allowed (for tooltips)."""
    if role is None:
        return _tr("{who} is not a person of this desk").format(who=who)
    try:
        workflow.check(action, verdict_id=verdict.id, state=verdict.state, who=who, role=role, authors=authors,
                       source_count=len(verdict.sources), comment="-")
    except (Refused, BadInput) as exc:
        return error_text(exc)
    return ""






# --- sources ----------------------------------------------------------------------------------------








# --- history ----------------------------------------------------------------------------------------








# --- the dock -----------------------------------------------------------------------------------------


@dataclass
class _Draft:
    """Unsaved edits of a claim's verdict, kept while the checker looks at another claim."""

    rating: str
    summary: str
    rationale: str
    sources: list[Source]
    expected: int


class VerdictPane(QWidget):
    """The verdict of the selected claim's cluster, or an empty form for a new one."""

    message = Signal(str, bool)  # text, is an error: for the window's status bar
    verdictChanged = Signal(int)  # a verdict was written here (its id)

    def __init__(self, db, user: str, parent=None):
        super().__init__(parent)
        self.db, self.user = db, user
        self.claim_id: int | None = None
        self.verdict: verdicts.Verdict | None = None
        self.expected: int = verdicts.NEW  # the revision the form was loaded from
        self.role: str | None = None
        self.authors: set[str] = set()
        self.sources: list[Source] = []  # the form's sources, as shown
        self.stale = ""  # someone else changed the verdict while the form had edits
        self._drafts: dict[int, _Draft] = {}
        self._filling = False
        self.history_dialog: HistoryDialog | None = None
        self.source_dialog: SourceDialog | None = None
        self.comment_dialog: CommentDialog | None = None

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(self.tr("Claim and cluster"))
        self.state_line = QLabel()
        self.state_line.setWordWrap(True)
        self.state_line.setAccessibleName(self.tr("State of the verdict"))
        self.comment_caption = QLabel()
        self.comment = QLabel()
        self.comment.setWordWrap(True)
        self.comment.setAccessibleName(self.tr("Supervisor's comment"))
        self.comment.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.comment_box = QWidget()
        self.comment_box.setObjectName("comment")
        self.comment_box.setStyleSheet("#comment { " + COMMENT_STYLE + " }")
        self.comment_box.setAttribute(Qt.WA_StyledBackground)
        comment_layout = QVBoxLayout(self.comment_box)
        comment_layout.setContentsMargins(4, 4, 4, 4)
        comment_layout.addWidget(self.comment_caption)
        comment_layout.addWidget(self.comment)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        show_as_message(self.warnings, "warning")
        self.warnings.setAccessibleName(self.tr("Warnings"))

        self.rating = QComboBox()
        self.rating.setAccessibleName(self.tr("Rating"))
        self.rating.setPlaceholderText(self.tr("choose a rating"))
        self.summary = QLineEdit()
        self.summary.setAccessibleName(self.tr("Summary"))
        self.summary.setPlaceholderText(self.tr("The verdict in one line (any language)"))
        self.rationale = DirectedTextEdit()
        self.rationale.setAccessibleName(self.tr("Rationale"))
        self.rationale.setPlaceholderText(self.tr("Why: paragraphs, links, in any language"))
        self.source_model = SourceTableModel(self)
        self.source_view = sources_view(self.source_model, self.tr("Sources"))
        self.source_view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.add_source_button = self._button(self.tr("Add source…"), self.tr("Add a source"), self.add_source)
        self.remove_source_button = self._button(self.tr("Remove source"), self.tr("Remove the selected source"),
                                                 self.remove_source)

        self.save_button = self._button(self.tr("Save"), self.tr("Save the verdict"), self.save)
        self.action_buttons = {
            "submit": self._button(self.tr("Submit"), self.tr("Submit for review"), lambda: self.transition("submit")),
            "withdraw": self._button(self.tr("Withdraw"), self.tr("Withdraw from review"),
                                     lambda: self.transition("withdraw")),
            "approve": self._button(self.tr("Approve"), self.tr("Approve the verdict"), lambda: self.transition("approve")),
            "return": self._button(self.tr("Return…"), self.tr("Return the verdict with a comment"), self.ask_return),
            "publish": self._button(self.tr("Publish"), self.tr("Publish the verdict"), lambda: self.transition("publish")),
            "reopen": self._button(self.tr("Reopen"), self.tr("Reopen the published verdict"),
                                   lambda: self.transition("reopen")),
        }
        self.history_button = self._button(self.tr("History…"), self.tr("History of the verdict"), self.show_history)
        self.note = QLabel()
        self.note.setWordWrap(True)
        show_as_message(self.note)
        self.note.setAccessibleName(self.tr("Message"))
        save = QShortcut(QKeySequence.Save, self)
        save.setContext(Qt.WidgetWithChildrenShortcut)
        save.activated.connect(self.save)

        for signal in (self.rating.currentIndexChanged, self.summary.textChanged, self.rationale.textChanged):
            signal.connect(self._on_edit)
        self.summary.textChanged.connect(lambda text: self.summary.setLayoutDirection(
            Qt.RightToLeft if text_direction(text) == "rtl" else Qt.LeftToRight))

        form = QFormLayout()
        form.addRow(self.tr("Rating"), self.rating)
        form.addRow(self.tr("Summary"), self.summary)
        source_buttons = QHBoxLayout()
        source_buttons.addWidget(self.add_source_button)
        source_buttons.addWidget(self.remove_source_button)
        source_buttons.addStretch(1)
        own = QHBoxLayout()
        for button in (self.save_button, self.action_buttons["submit"], self.action_buttons["withdraw"]):
            own.addWidget(button)
        own.addStretch(1)
        own.addWidget(self.history_button)
        review = QGridLayout()
        for i, action in enumerate(SUPERVISOR_ACTIONS):
            review.addWidget(self.action_buttons[action], 0, i)

        splitter = QSplitter(Qt.Vertical)
        splitter.addWidget(self.rationale)
        sources_box = QWidget()
        sources_layout = QVBoxLayout(sources_box)
        sources_layout.setContentsMargins(0, 0, 0, 0)
        sources_layout.addWidget(QLabel(self.tr("Sources")))
        sources_layout.addWidget(self.source_view)
        sources_layout.addLayout(source_buttons)
        splitter.addWidget(sources_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.state_line)
        layout.addWidget(self.comment_box)
        layout.addWidget(self.warnings)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Rationale")))
        layout.addWidget(splitter, 1)
        layout.addLayout(own)
        layout.addLayout(review)
        layout.addWidget(self.note)
        self._fill_ratings()
        self.show_claim(None)

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        return button

    def _fill_ratings(self, keep: str = "") -> None:
        labels = [label for label, _ in verdicts.ratings(self.db)]
        if keep and keep not in labels:  # a retired rating still shows on the verdicts that have it
            labels.append(keep)
        if labels == [self.rating.itemText(i) for i in range(self.rating.count())]:
            return
        self.rating.blockSignals(True)
        self.rating.clear()
        self.rating.addItems(labels)
        self.rating.blockSignals(False)

    # --- which claim ----------------------------------------------------------------------------------
    def show_claim(self, claim_id: int | None) -> None:
        """Show the verdict of this claim's cluster. Unsaved edits of the previous claim's verdict
        are kept (and come back with it); the same claim again only refreshes."""
        if claim_id is not None and claim_id == self.claim_id:
            self.refresh()
            return
        if self.claim_id is not None and self.is_dirty():
            self._drafts[self.claim_id] = _Draft(self.rating.currentText(), self.summary.text(),
                                                 self.rationale.text(), list(self.sources), self.expected)
        self.claim_id = claim_id
        self.stale = ""
        self.note.clear()
        self._load()
        draft = self._drafts.pop(claim_id, None) if claim_id is not None else None
        if draft is not None and self._editable():
            self._restore(draft)

    def _load(self) -> None:
        """Read the verdict of the current claim's cluster and show it, dropping the form's edits."""
        self.role = role_of(self.db, self.user)
        verdict = None
        if self.claim_id is not None:
            try:
                verdict = verdicts.verdict_of_claim(self.db, self.claim_id)
            except WorkbenchError as exc:  # the claim was deleted meanwhile
                self._say(error_text(exc), error=True)
                self.claim_id = None
        self._show(verdict)

    def _show(self, verdict: verdicts.Verdict | None) -> None:
        self.verdict = verdict
        self.expected = verdict.revision if verdict is not None else verdicts.NEW
        self.authors = verdicts.authors(self.db, verdict.id) if verdict is not None else set()
        self.stale = ""
        self._filling = True
        try:
            self._fill_ratings(verdict.rating if verdict else "")
            self.rating.setCurrentIndex(self.rating.findText(verdict.rating) if verdict else -1)
            self.summary.setText(verdict.summary if verdict else "")
            self.summary.setCursorPosition(0)  # a long summary shows its start, not its end
            self.rationale.set_text(verdict.rationale if verdict else "")
            self._set_sources(list(verdict.sources) if verdict else [])
        finally:
            self._filling = False
        self._show_state()

    def _restore(self, draft: _Draft) -> None:
        self._filling = True
        try:
            self.rating.setCurrentIndex(self.rating.findText(draft.rating))
            self.summary.setText(draft.summary)
            self.summary.setCursorPosition(0)
            self.rationale.set_text(draft.rationale)
            self._set_sources(draft.sources)
        finally:
            self._filling = False
        self.expected = draft.expected
        if self.verdict is not None and self.verdict.revision != draft.expected or \
                self.verdict is None and draft.expected != verdicts.NEW:
            self.stale = self.tr("Changed by someone else since you started editing: saving will ask you to reload.")
        self._say(self.tr("Your unsaved edits of this verdict are back: Save to keep them."))
        self._show_state()

    def _set_sources(self, sources: list[Source]) -> None:
        self.sources = sources
        self.source_model.set_sources(sources)

    def refresh(self) -> None:
        """Someone may have changed the verdict (another window, another program): show the
        stored one; but never replace unsaved edits: they stay, and saving them meets the
        Conflict path, where the person chooses."""
        if self.claim_id is None:
            self.role = role_of(self.db, self.user)
            self._show_state()
            return
        try:
            fresh = verdicts.verdict_of_claim(self.db, self.claim_id)
        except WorkbenchError:
            self.show_claim(None)
            return
        if self.is_dirty():
            self.role = role_of(self.db, self.user)
            changed = (fresh.revision if fresh else verdicts.NEW) != self.expected or \
                (fresh is not None and self.verdict is not None and fresh.id != self.verdict.id)
            if changed:
                who = f"{fresh.checker}" if fresh else ""
                self.stale = self.tr("Changed by someone else (now revision {rev}{by}) since you started "
                                     "editing: your edits are kept; saving will ask you to reload.").format(
                    rev=fresh.revision if fresh else 0, by=f", {who}" if who else "")
            self._show_state()
            return
        if fresh != self.verdict or role_of(self.db, self.user) != self.role:
            self.role = role_of(self.db, self.user)
            self._show(fresh)
        else:  # the same verdict, or still none: the cluster it is for may have grown or shrunk
            self._show_state()

    # --- the form -------------------------------------------------------------------------------------
    def form_sources(self) -> list[Source]:
        return verdicts.stored_sources(self.sources)

    def unsaved_claims(self) -> list[int]:
        """Claims whose verdict has edits not saved: the one shown and those kept aside."""
        current = [self.claim_id] if self.claim_id is not None and self.is_dirty() else []
        return current + [claim for claim in self._drafts if claim not in current]

    def is_dirty(self) -> bool:
        """Whether the form differs from the verdict it was loaded from."""
        if self.claim_id is None:
            return False
        verdict = self.verdict
        if verdict is None:
            return bool(self.rating.currentIndex() >= 0 or self.summary.text().strip()
                        or self.rationale.text().strip() or self.sources)
        return (self.rating.currentText() != verdict.rating or self.summary.text() != verdict.summary
                or self.rationale.text() != verdict.rationale
                or self.form_sources() != verdicts.stored_sources(verdict.sources))

    def _editable(self) -> bool:
        if self.claim_id is None or self.role is None:
            return False
        if self.verdict is None:
            return True
        return not why_not("revise", self.verdict, self.user, self.role, self.authors)

    def _on_edit(self, *_) -> None:
        if not self._filling:
            self._update_buttons()

    def _show_state(self) -> None:
        verdict = self.verdict
        if self.claim_id is None:
            self.heading.setText(self.tr("Select a claim to see or write the verdict of its cluster."))
        else:
            self.heading.setText(self._heading())
        if verdict is None:
            self.state_line.setText(self.tr("No verdict yet: write one (it covers every claim linked as the same).")
                                    if self.claim_id is not None else "")
            self.comment_box.hide()
            self.warnings.setText("")
        else:
            parts = [self.tr("<b>{state}</b> · revision {rev} · checker {checker}").format(
                state=term_text(verdict.state), rev=verdict.revision, checker=isolated(verdict.checker))]
            if verdict.reviewed_by:
                parts.append(self.tr("reviewed by {who} ({when})").format(
                    who=verdict.reviewed_by, when=_when(verdict.reviewed_at)))
            if verdict.published_at:
                # who published is recorded by newer cores (published_by); older ones only say when
                by = getattr(verdict, "published_by", None)
                parts.append(self.tr("published by {who} ({when})").format(who=by, when=_when(verdict.published_at))
                             if by else self.tr("published {when}").format(when=_when(verdict.published_at)))
            self.state_line.setText(" · ".join(parts))
            if verdict.comment:
                self.comment_caption.setText(self.tr("Comment from {who}:").format(who=verdict.reviewed_by or ""))
                direct_label(self.comment, verdict.comment)
                self.comment_box.show()
            else:
                self.comment_box.hide()
            self.warnings.setText("\n".join(["\u26a0 " + translated(w) for w in verdict.warnings()]))
        if self.stale:
            self.warnings.setText("\n".join(filter(None, [self.warnings.text(), "\u26a0 " + self.stale])))
        if self.claim_id is not None and self.role is None:
            self.warnings.setText(self.tr("{who} is not a person of this desk: ask a supervisor to add you.").format(
                who=self.user))
        self._update_buttons()

    def _heading(self) -> str:
        if self.verdict is not None:
            size, languages = self.verdict.cluster_size, self.verdict.languages
            title = self.tr("Verdict {id} on the cluster of claim {claim}").format(id=self.verdict.id,
                                                                                    claim=self.claim_id)
        else:
            members = cluster_of(self.db, self.claim_id)
            size = len(members)
            languages = ",".join(sorted({self._language(m) for m in members}))
            title = self.tr("New verdict on the cluster of claim {claim}").format(claim=self.claim_id)
        names = joined(language_name(code) for code in languages.split(",") if code)
        return self.tr("{title}: {n} claim(s), {langs}").format(title=title, n=size, langs=names or "?")

    def _language(self, claim_id: int) -> str:
        claim = get_claim(self.db, claim_id)
        return claim_language(self.db, claim.article_id, claim.start)

    def _update_buttons(self) -> None:
        editable = self._editable()
        dirty = self.is_dirty()
        for field in (self.summary, self.rationale):
            field.setReadOnly(not editable)
        self.rating.setEnabled(editable)
        self.add_source_button.setEnabled(editable)
        self.remove_source_button.setEnabled(editable and self.source_view.currentIndex().isValid())
        self.save_button.setEnabled(editable and dirty)
        verdict = self.verdict
        for action, button in self.action_buttons.items():
            if verdict is None:
                # a new verdict can be submitted straight away: it is saved first
                ok = action == "submit" and editable and bool(self.sources)
                button.setEnabled(ok)
                button.setToolTip("" if ok else self.tr("Save a verdict with at least one source first."))
                continue
            if action == "submit" and dirty and editable:  # submitting saves the edits first
                verdict = replace(verdict, state="draft", sources=self.sources)
            reason = why_not(action, verdict, self.user, self.role, self.authors)
            button.setEnabled(not reason)
            button.setToolTip(reason)
            verdict = self.verdict
        self.history_button.setEnabled(verdict is not None)

    # --- writing ---------------------------------------------------------------------------------------
    def _say(self, text: str, error: bool = False) -> None:
        self.note.setText(text if error else "")
        self.message.emit(text, error)

    def save(self) -> bool:
        """Store the form as a new verdict or a new revision (expected: the revision loaded)."""
        if self.claim_id is None:
            return False
        if self.verdict is not None and not self.is_dirty():
            self._say(self.tr("Nothing to save: the verdict is as stored."))
            return True
        return self._store(lambda: verdicts.set_verdict(
            self.db, self.claim_id, who=self.user, rating=self.rating.currentText(), summary=self.summary.text(),
            rationale=self.rationale.text(), sources=self.form_sources(), expected_revision=self.expected),
            lambda verdict: self.tr("Saved verdict {id}, revision {rev} ({state}).").format(
                id=verdict.id, rev=verdict.revision, state=term_text(verdict.state)))

    def transition(self, action: str, comment: str = "") -> bool:
        """Move the verdict along the workflow; submitting saves the form's edits first. The core
        decides (role, four-eyes, state); its refusal is shown, never a traceback."""
        if self.claim_id is None:
            return False
        if action == "submit" and (self.verdict is None or self.is_dirty()):
            if not self.save():
                return False
        if self.verdict is None:
            self._say(self.tr("There is no verdict to {action} yet.").format(action=term_text(action)), error=True)
            return False
        verdict_id = self.verdict.id
        return self._store(lambda: verdicts.transition(self.db, verdict_id, action, who=self.user, comment=comment,
                                                       expected_revision=self.expected),
                           lambda verdict: self.tr("Verdict {id}: {action} done; it is {state} (revision {rev}).").format(
                               id=verdict.id, action=term_text(action), state=term_text(verdict.state),
                               rev=verdict.revision))

    def _store(self, write, said) -> bool:
        """One write of the verdict by the core, its outcome shown: the stored verdict and ``said``
        of it; a conflict offers to reload, any other refusal is said and the form kept as typed."""
        try:
            verdict = write()
        except Conflict as exc:
            self._on_conflict(error_text(exc))
            return False
        except WorkbenchError as exc:
            self._say(error_text(exc), error=True)
            return False
        self._show(verdict)
        self._say(said(verdict))
        self.verdictChanged.emit(verdict.id)
        return True

    def _on_conflict(self, message: str) -> None:
        self._say(message, error=True)
        if ask_reload(self, message):
            self._drafts.pop(self.claim_id, None)
            self._load()
            self._say(self.tr("Reloaded: this is the stored verdict (revision {rev}).").format(
                rev=self.verdict.revision if self.verdict else 0))
        else:
            self.stale = self.tr("The stored verdict changed since you opened it: Reload (from a new save) "
                                 "to see it; your edits are still here.")
            self._show_state()

    def ask_return(self) -> CommentDialog | None:
        """Return the verdict to its checker with a comment saying what to change."""
        if self.verdict is None:
            return None

        def send(comment: str) -> str | None:
            return None if self.transition("return", comment) else (self.note.text() or self.tr("Not returned."))

        self.comment_dialog = CommentDialog(self.tr("Return verdict {id}").format(id=self.verdict.id),
                                            self.tr("Say what the checker should change:"), send, self)
        self.comment_dialog.open()
        return self.comment_dialog

    def add_source(self) -> SourceDialog:
        def add(source: Source) -> None:
            self._set_sources([*self.sources, source])
            self._update_buttons()
            dup = self.source_model.sources[-1].duplicate_of
            if dup:
                self._say(self.tr("Added: it repeats source {n}.").format(n=dup))

        self.source_dialog = SourceDialog(self.db, len(self.sources) + 1, add, self)
        self.source_dialog.open()
        return self.source_dialog

    def remove_source(self) -> None:
        row = self.source_view.currentIndex().row()
        if 0 <= row < len(self.sources):
            self._set_sources(self.sources[:row] + self.sources[row + 1:])
            self._update_buttons()

    def show_history(self) -> HistoryDialog | None:
        if self.verdict is None:
            return None
        try:
            revisions = verdicts.history(self.db, self.verdict.id)
        except WorkbenchError as exc:
            self._say(error_text(exc), error=True)
            return None
        self.history_dialog = HistoryDialog(revisions, self)
        self.history_dialog.show()
        return self.history_dialog
