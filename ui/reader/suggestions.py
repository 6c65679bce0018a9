"""Check-worthy sentences in the reader: going through them (F7), accepting one as a claim
(undoable), dismissing one for good."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ui.kit.bidi import isolated, joined
from ui.kit.core_text import error_text
from ui.kit.words import key_text
from ui.reader.commands import MarkClaim
from workbench.claims.checkworthy import decide
from workbench.kernel.errors import WorkbenchError


class SuggestionsController(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window

    def step_suggestion(self, step: int) -> None:
        suggestions = self.window.reader.suggestions
        if not suggestions:
            self.window.notify(self.tr("No suggestions left in this article."))
            return
        current = self.window.reader.current_suggestion
        index = (current + step) % len(suggestions) if current is not None else (0 if step > 0 else len(suggestions) - 1)
        self.window.reader.set_current_suggestion(index)
        self.show_suggestion()

    def show_suggestion(self) -> None:
        index = self.window.reader.current_suggestion
        if index is None:
            count = len(self.window.reader.suggestions)
            self.window.suggestion_label.setText(self.tr("{n} suggested claim(s): F7 to go through them.").format(n=count))
            return
        suggestion = self.window.reader.suggestions[index]
        # the cues of workbench/data/checkworthy.json, by their names in ui/kit/translatable.py; isolated, a
        # cue the desk added (English) keeps the parenthesis and the colon in place in an RTL sentence
        why = joined(self.tr(reason.replace("_", " ")) for reason in suggestion.reasons)
        # the keys as the actions have them, each isolated (left to right inside a right-to-left
        # sentence, where an unisolated "Ctrl+Backspace" ran past the label's edge)
        accept, dismiss = (key_text(action.shortcut()) for action in (self.window.accept_action, self.window.dismiss_action))
        self.window.suggestion_label.setText(self.tr("Suggestion {i} of {n} ({why}): {accept} accepts, {dismiss} dismisses.")
                                      .format(i=index + 1, n=len(self.window.reader.suggestions), why=isolated(why),
                                              accept=accept, dismiss=dismiss))

    def current_suggestion(self):
        index = self.window.reader.current_suggestion
        if index is None:
            self.window.notify(self.tr("Go to a suggestion first (F7)."), error=True)
            return None
        return self.window.reader.suggestions[index]

    def accept_suggestion(self) -> None:
        suggestion = self.current_suggestion()
        if suggestion is not None:
            kind = "denial" if "denial" in suggestion.reasons else "numeric" if "quantity" in suggestion.reasons else "other"
            self.window.undo_stack.push(MarkClaim(self.window.ops, self.window.article_id, suggestion.start, suggestion.end,
                                           checker=self.window.user, details={"kind": kind}))

    def dismiss_suggestion(self) -> None:
        suggestion = self.current_suggestion()
        if suggestion is None:
            return
        try:
            decide(self.window.db, self.window.article_id, suggestion, "dismissed", self.window.user)
        except WorkbenchError as exc:
            self.window.notify(error_text(exc), error=True)
            return
        index = self.window.reader.current_suggestion
        self.window._load_marks()
        if self.window.reader.suggestions:
            self.window.reader.set_current_suggestion(min(index, len(self.window.reader.suggestions) - 1))
        self.show_suggestion()
