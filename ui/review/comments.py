"""A supervisor's comment on a returned verdict, and the question to reload a verdict someone else changed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
)

from ui.kit.appearance import message_label
from ui.kit.directed_text import DirectedTextEdit
from ui.review.translate import pane_tr as _tr

# a supervisor's comment: dark text on pale yellow in every theme
COMMENT_STYLE = "background: #fff4cc; color: #000000; border: 1px solid #e0c060; padding: 4px"


class CommentDialog(QDialog):
    """A comment for a decision (returning a verdict says what to change). ``send(comment)``
    returns None when done, or the reason it was not (shown here; the dialog stays open).
    Ctrl+Return sends; the comment may be in any language."""

    def __init__(self, title: str, prompt: str, send: Callable[[str], str | None], parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.send = send
        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)
        self.text = DirectedTextEdit()
        self.text.setAccessibleName(self.tr("Comment"))
        self.text.setPlaceholderText(self.tr("What should the checker change? (any language)"))
        self.message = message_label(self.tr("Message"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Send (Ctrl+Return)"))
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        send = QShortcut(QKeySequence("Ctrl+Return"), self)
        send.activated.connect(self._on_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.text)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(480, 260)
        self.text.setFocus()

    def _on_ok(self) -> None:
        comment = self.text.text().strip()
        if not comment:
            self.message.setText(self.tr("Write a comment first: say what to change."))
            return
        problem = self.send(comment)
        if problem:
            self.message.setText(problem)
            return
        self.accept()


def ask_reload(parent, message: str) -> bool:
    """Someone else changed the verdict: reload their version (True) or keep editing (False)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Warning)
    box.setWindowTitle(_tr("The verdict changed"))
    box.setText(message)
    box.setInformativeText(_tr(
        "Reload shows their version (your edits are dropped; copy what you need first). "
        "Keep editing leaves your edits in the form."))
    reload = box.addButton(_tr("Reload"), QMessageBox.AcceptRole)
    keep = box.addButton(_tr("Keep editing"), QMessageBox.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is reload
