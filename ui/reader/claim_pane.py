"""The claims pane: the open article's claims, and what the selected one records."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.kit.appearance import message_label
from ui.kit.directed_text import DirectedTextEdit
from ui.kit.roles import ID_ROLE
from ui.kit.words import kind_name, status_name
from ui.reader.claim_list import ClaimListModel
from workbench.claims.marking import KINDS, STATUSES, Claim, join_list, split_list


def _choose(combo: QComboBox, value: str) -> None:
    """Show ``value`` (a word of the core) in ``combo``; one the list lacks is added as it is."""
    index = combo.findData(value)
    if index < 0 and value:
        combo.addItem(value, value)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


class ClaimPane(QWidget):
    claimSelected = Signal(int)
    editRequested = Signal(int, dict)  # claim id, changed fields

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = ClaimListModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Claims of this article"))
        self.list.setWordWrap(True)
        self.list.selectionModel().currentChanged.connect(self._on_current)

        # Read-only text rather than a label: a long quote scrolls instead of being cut, and each
        # of its paragraphs is laid out in its own direction.
        self.quote = DirectedTextEdit()
        self.quote.setReadOnly(True)
        self.quote.setAccessibleName(self.tr("Quote"))
        self.quote.setMaximumHeight(110)
        self.statement = QPlainTextEdit()
        self.statement.setPlaceholderText(self.tr("The claim in your own words (any language)"))
        self.statement.setAccessibleName(self.tr("Canonical statement"))
        self.statement.setMaximumHeight(90)
        self.kind = QComboBox()
        for kind in KINDS:  # shown in the interface's language, stored as the core's word
            self.kind.addItem(kind_name(kind), kind)
        self.kind.setAccessibleName(self.tr("Kind"))
        self.tags = QLineEdit()
        self.tags.setAccessibleName(self.tr("Tags"))
        self.people = QLineEdit()
        self.people.setAccessibleName(self.tr("People"))
        self.places = QLineEdit()
        self.places.setAccessibleName(self.tr("Places"))
        self.numbers = QLineEdit()
        self.numbers.setAccessibleName(self.tr("Numbers"))
        self.status = QComboBox()
        for status in STATUSES:
            self.status.addItem(status_name(status), status)
        self.status.setAccessibleName(self.tr("Status"))
        self.checker = QLabel()
        self.save = QPushButton(self.tr("Save changes"))
        self.save.setAccessibleName(self.tr("Save the claim's changes"))
        self.save.clicked.connect(self._on_save)
        self.message = message_label(self.tr("Message"))

        form = QFormLayout()
        form.addRow(self.tr("Quote"), self.quote)
        form.addRow(self.tr("Statement"), self.statement)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Tags"), self.tags)
        form.addRow(self.tr("People"), self.people)
        form.addRow(self.tr("Places"), self.places)
        form.addRow(self.tr("Numbers"), self.numbers)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Checker"), self.checker)
        self.editor = QWidget()
        self.editor.setLayout(form)

        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 2)
        layout.addWidget(self.editor, 3)
        layout.addWidget(self.save)
        layout.addWidget(self.message)
        self.current: Claim | None = None
        self._show(None)

    def set_claims(self, claims: list[Claim], current: int | None = None, direction: str = "ltr") -> None:
        """The article's claims; ``direction``: the article's (see ``ClaimListModel.set_claims``)."""
        self.model.set_claims(claims, direction)
        self.select(current)

    def select(self, claim_id: int | None) -> None:
        row = self.model.row_of(claim_id) if claim_id is not None else None
        if row is None:
            self.list.clearSelection()
            self._show(None)
        else:
            self.list.setCurrentIndex(self.model.index(row))
            self._show(self.model.claims[row])

    def _on_current(self, index, _previous) -> None:
        if index.isValid():
            self._show(self.model.claims[index.row()])
            self.claimSelected.emit(index.data(ID_ROLE))

    def _show(self, claim: Claim | None) -> None:
        self.current = claim
        self.editor.setEnabled(claim is not None)
        self.save.setEnabled(claim is not None)
        if claim is None:
            self.quote.set_text(self.tr("Select text in the article and press Ctrl+M to mark a claim."))
            for field in (self.tags, self.people, self.places, self.numbers):
                field.clear()
            self.statement.clear()
            self.checker.clear()
            self.kind.setCurrentIndex(-1)
            self.status.setCurrentIndex(-1)
            return
        self.quote.set_text(claim.quote, self.model.direction)
        self.statement.setPlainText(claim.statement)
        _choose(self.kind, claim.kind)
        self.tags.setText(join_list(claim.tags))
        self.people.setText(join_list(claim.people))
        self.places.setText(join_list(claim.places))
        self.numbers.setText(join_list(claim.numbers))
        _choose(self.status, claim.status)
        self.checker.setText(claim.checker)

    def edited_fields(self) -> dict:
        """The fields whose values in the form differ from the claim's."""
        claim = self.current
        form = {
            "statement": self.statement.toPlainText().strip(),
            "kind": self.kind.currentData(),
            "tags": split_list(self.tags.text()),
            "people": split_list(self.people.text()),
            "places": split_list(self.places.text()),
            "numbers": split_list(self.numbers.text()),
            "status": self.status.currentData(),
        }
        return {k: v for k, v in form.items() if v != getattr(claim, k)}

    def _on_save(self) -> None:
        if self.current is not None:
            changes = self.edited_fields()
            if changes:
                self.editRequested.emit(self.current.id, changes)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
