"""Settings: the interface (language, font size, theme), where the database and its backups
are, and the desk's own settings kept in the database (the organisation's details, the rating
scale, the glossary terms the desk added).

Nothing changes until OK. Then the desk's settings go to the database through the core, which
decides who may change them (a checker sees the organisation and the rating scale read-only;
should the core refuse anyway, its reason is shown and the dialog stays open); the personal
ones go to QSettings; the font size and the theme apply at once, to the windows already open;
the language and the database file apply at the next start.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from ui.kit import appearance, i18n
from ui.kit.bidi import LRI, PDI, aligned
from ui.kit.core_text import error_text
from ui.kit.words import interface_language, language_name
from ui.linking.links_pane import GlossaryDialog
from ui.settings import backup_timer
from workbench.db.store import DB_ENV, database_file, default_db_path
from workbench.kernel.errors import WorkbenchError
from workbench.linking.glossary import add_term, checked_term, concept_names, load_glossary, remove_term, user_terms
from workbench.publish import settings as desk_settings
from workbench.review import verdicts
from workbench.review.people import role_of
from workbench.review.verdicts import set_rating
from workbench.review.workflow import SUPERVISOR
from workbench.text.language import text_direction

DB_KEY = "db/path"  # as ui/app.py reads it


def ltr(text: object) -> str:
    """A path or address, left to right inside an Arabic or Hebrew sentence."""
    return f"{LRI}{text}{PDI}"


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextSelectableByMouse)
    return label


def _buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def _aligned(text: str) -> int:
    return aligned(text_direction(text))


class SettingsDialog(QDialog):
    """``applied`` is emitted after OK stored everything (e.g. to re-arm the backup timer)."""

    applied = Signal()

    def __init__(self, db: Database, user: str, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.user, self.settings = db, user, settings
        self.supervisor = role_of(db, user) == SUPERVISOR
        self.current_db = database_file(db)
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        self.last_message = ""

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Settings pages"))
        self.tabs.addTab(self._interface_page(), self.tr("&Interface"))
        self.tabs.addTab(self._data_page(), self.tr("&Data and backups"))
        self.tabs.addTab(self._organisation_page(), self.tr("Organi&sation"))
        self.tabs.addTab(self._ratings_page(), self.tr("&Ratings"))
        self.tabs.addTab(self._glossary_page(), self.tr("&Glossary"))

        self.message = appearance.message_label(self.tr("Message"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setAccessibleName(self.tr("Save the settings"))
        self.buttons.button(QDialogButtonBox.Cancel).setAccessibleName(self.tr("Close without saving"))
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._tab_order()
        self.resize(640, 520)

    # --- pages ------------------------------------------------------------------------------------
    def _interface_page(self) -> QWidget:
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Interface language"))
        system = i18n.NATIVE_NAMES[i18n.system_language()]
        self.language.addItem(self.tr("The computer's language ({name})").format(name=system), i18n.SYSTEM)
        for code in i18n.LANGUAGES:
            self.language.addItem(i18n.NATIVE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.chosen_language(self.settings))))
        self.font_size = QSpinBox()
        self.font_size.setAccessibleName(self.tr("Interface font size"))
        self.font_size.setRange(appearance.MIN_FONT - 1, appearance.MAX_FONT)
        self.font_size.setSpecialValueText(self.tr("The computer's size"))
        self.font_size.setSuffix(self.tr(" pt"))
        self.font_size.setValue(appearance.font_size(self.settings) or self.font_size.minimum())
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Colour theme"))
        names = {"system": self.tr("The computer's colours"), "light": self.tr("Light"), "dark": self.tr("Dark"),
                 "high contrast": self.tr("High contrast")}
        for key in appearance.THEMES:
            self.theme.addItem(names[key], key)
        self.theme.setCurrentIndex(max(0, self.theme.findData(appearance.theme(self.settings))))

        page = QWidget()
        page.setAccessibleName(self.tr("Interface"))
        form = QFormLayout(page)
        self.language_label = _buddy(self.tr("&Language"), self.language)
        form.addRow(self.language_label, self.language)
        self.language_note = _note(self.tr("A new language takes effect the next time the workbench starts. "
                                           "Articles always keep the direction of their own script."))
        self.language_note.setAccessibleName(self.tr("About the language"))
        form.addRow(self.language_note)
        form.addRow(_buddy(self.tr("&Font size"), self.font_size), self.font_size)
        form.addRow(_buddy(self.tr("T&heme"), self.theme), self.theme)
        appearance_note = _note(self.tr("The font size and the theme change as soon as you press OK. "
                                        "The article's text size is set in the reader (View menu)."))
        appearance_note.setAccessibleName(self.tr("About the appearance"))
        form.addRow(appearance_note)
        return page

    def _data_page(self) -> QWidget:
        chosen = str(self.settings.value(DB_KEY, "") or "")
        self.db_path = QLineEdit(chosen)
        self.db_path.setLayoutDirection(Qt.LeftToRight)  # a path reads left to right in any interface
        self.db_path.setReadOnly(True)
        self.db_path.setPlaceholderText(self.tr("The default: {path}").format(path=ltr(default_db_path())))
        self.db_path.setAccessibleName(self.tr("Database file used from the next start"))
        self.choose_db = QPushButton(self.tr("Choose fil&e…"))
        self.choose_db.setAccessibleName(self.tr("Choose another database file"))
        self.choose_db.clicked.connect(self._choose_database)
        self.default_db = QPushButton(self.tr("&Use the default"))
        self.default_db.setAccessibleName(self.tr("Use the database in the default location"))
        self.default_db.clicked.connect(lambda: self.db_path.clear())
        db_row = QHBoxLayout()
        db_row.addWidget(self.db_path, 1)
        db_row.addWidget(self.choose_db)
        db_row.addWidget(self.default_db)
        in_use = self.tr("In use now: {path}. Another file is opened the next time the workbench starts "
                         "(a new file becomes a new, empty workspace).").format(path=ltr(self.current_db))
        if os.environ.get(DB_ENV):
            in_use += " " + self.tr("${env} is set, and takes precedence over this setting.").format(env=DB_ENV)
        self.db_note = _note(in_use)
        self.db_note.setAccessibleName(self.tr("Database in use"))

        self.backup_folder = QLineEdit(str(self.settings.value(backup_timer.FOLDER_KEY, "") or ""))
        self.backup_folder.setLayoutDirection(Qt.LeftToRight)
        default = backup_timer.default_folder(Path(self.current_db or "."))
        self.backup_folder.setPlaceholderText(self.tr("Beside the database: {path}").format(path=ltr(default)))
        self.backup_folder.setAccessibleName(self.tr("Backup folder"))
        self.choose_backup = QPushButton(self.tr("C&hoose folder…"))
        self.choose_backup.setAccessibleName(self.tr("Choose the backup folder"))
        self.choose_backup.clicked.connect(self._choose_backup_folder)
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_folder, 1)
        backup_row.addWidget(self.choose_backup)
        self.backup_keep = QSpinBox()
        self.backup_keep.setRange(1, backup_timer.MAX_KEEP)
        self.backup_keep.setValue(backup_timer.backup_keep(self.settings))
        self.backup_keep.setSuffix(self.tr(" backups"))
        self.backup_keep.setAccessibleName(self.tr("Number of backups kept"))
        self.backup_hours = QSpinBox()
        self.backup_hours.setRange(0, backup_timer.MAX_HOURS)
        self.backup_hours.setValue(backup_timer.backup_hours(self.settings))
        self.backup_hours.setSpecialValueText(self.tr("Never"))
        self.backup_hours.setSuffix(self.tr(" hours"))
        self.backup_hours.setAccessibleName(self.tr("Hours between backups"))

        page = QWidget()
        page.setAccessibleName(self.tr("Data and backups"))
        layout = QVBoxLayout(page)
        database = QGroupBox(self.tr("Database"))
        form = QFormLayout(database)
        form.addRow(_buddy(self.tr("Data&base file"), self.db_path), db_row)
        form.addRow(self.db_note)
        backups = QGroupBox(self.tr("Scheduled backups"))
        form = QFormLayout(backups)
        form.addRow(_buddy(self.tr("Backup fo&lder"), self.backup_folder), backup_row)
        form.addRow(_buddy(self.tr("&Keep the newest"), self.backup_keep), self.backup_keep)
        form.addRow(_buddy(self.tr("Back up e&very"), self.backup_hours), self.backup_hours)
        backup_note = _note(self.tr("A copy of the database is made while the workbench is open; a folder on "
                                    "another disk or a network drive protects against losing this one."))
        backup_note.setAccessibleName(self.tr("About backups"))
        form.addRow(backup_note)
        layout.addWidget(database)
        layout.addWidget(backups)
        layout.addStretch(1)
        return page

    def _organisation_page(self) -> QWidget:
        values = desk_settings.all_settings(self.db)
        self.organisation = {}
        names = {"organisation_name": (self.tr("Organisation &name"), self.tr("Organisation name")),
                 "organisation_url": (self.tr("&Web site"), self.tr("Organisation web site")),
                 "review_url": (self.tr("Re&view address"), self.tr("Address of a published fact-check"))}
        page = QWidget()
        page.setAccessibleName(self.tr("Organisation"))
        form = QFormLayout(page)
        for key, (label, name) in names.items():
            edit = QLineEdit(values.get(key, ""))
            edit.setAccessibleName(name)
            edit.setReadOnly(not self.supervisor)
            if key != "organisation_name":
                edit.setLayoutDirection(Qt.LeftToRight)  # addresses read left to right in any interface
            self.organisation[key] = edit
            form.addRow(_buddy(label, edit), edit)
        self.organisation["organisation_url"].setPlaceholderText("https://example.org")
        self.organisation["review_url"].setPlaceholderText("https://example.org/fact-checks/{id}")
        self._organisation_before = {key: edit.text() for key, edit in self.organisation.items()}
        about = self.tr("Published with every fact-check (the export's author and addresses). In the review "
                        "address, {id} stands for the verdict's number; left empty, it is the web site followed "
                        "by {path}.").format(id="{id}", path=ltr("/fact-checks/{id}"))
        if not self.supervisor:
            about += " " + self.tr("Only a supervisor changes these.")
        self.organisation_note = _note(about)
        self.organisation_note.setAccessibleName(self.tr("About the organisation's details"))
        form.addRow(self.organisation_note)
        return page

    def _ratings_page(self) -> QWidget:
        self.ratings = QTableWidget(0, 3)
        self.ratings.setAccessibleName(self.tr("Rating scale"))
        self.ratings.setHorizontalHeaderLabels([self.tr("Label"), self.tr("Value"), self.tr("Retired")])
        self.ratings.verticalHeader().hide()
        self.ratings.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.ratings.setSelectionMode(QAbstractItemView.SingleSelection)
        self.ratings.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        header = self.ratings.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeToContents)
        if self.supervisor:
            self.ratings.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed
                                         | QAbstractItemView.AnyKeyPressed | QAbstractItemView.SelectedClicked)
        else:
            self.ratings.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self._ratings_before: dict[str, tuple[float, bool]] = {}
        for label, value, retired in verdicts.rating_scale(self.db):
            self._ratings_before[label] = (float(value), bool(retired))
            self._add_rating_row(label, float(value), bool(retired), new=False)
        self.add_rating = QPushButton(self.tr("&Add a rating"))
        self.add_rating.setAccessibleName(self.tr("Add a rating to the scale"))
        self.add_rating.clicked.connect(self._on_add_rating)
        self.add_rating.setEnabled(self.supervisor)

        page = QWidget()
        page.setAccessibleName(self.tr("Ratings"))
        layout = QVBoxLayout(page)
        self.ratings_label = _buddy(self.tr("Ra&ting scale"), self.ratings)
        layout.addWidget(self.ratings_label)
        layout.addWidget(self.ratings, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_rating)
        row.addStretch(1)
        layout.addLayout(row)
        about = self.tr("The value is published with the rating (ClaimReview's ratingValue). A retired rating "
                        "is no longer offered; the verdicts that have it keep it.")
        about += " " + (self.tr("Select a value and type to change it; Space retires a rating.") if self.supervisor
                        else self.tr("Only a supervisor changes the rating scale."))
        self.ratings_note = _note(about)
        self.ratings_note.setAccessibleName(self.tr("About the rating scale"))
        layout.addWidget(self.ratings_note)
        return page

    def _add_rating_row(self, label: str, value: float, retired: bool, *, new: bool) -> int:
        row = self.ratings.rowCount()
        self.ratings.insertRow(row)
        name = QTableWidgetItem(label)
        flags = Qt.ItemIsSelectable | Qt.ItemIsEnabled
        name.setFlags(flags | (Qt.ItemIsEditable if new else Qt.NoItemFlags))
        name.setTextAlignment(Qt.AlignmentFlag(_aligned(label)))
        number = QTableWidgetItem(f"{value:g}")
        number.setFlags(flags | (Qt.ItemIsEditable if self.supervisor else Qt.NoItemFlags))
        number.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
        gone = QTableWidgetItem()
        gone.setFlags(flags | (Qt.ItemIsUserCheckable if self.supervisor else Qt.NoItemFlags))
        gone.setCheckState(Qt.Checked if retired else Qt.Unchecked)
        gone.setData(Qt.AccessibleTextRole, self.tr("retired") if retired else self.tr("offered"))
        for column, item in enumerate((name, number, gone)):
            self.ratings.setItem(row, column, item)
        return row

    def _on_add_rating(self) -> None:
        row = self._add_rating_row("", 0.0, False, new=True)
        self.ratings.setCurrentCell(row, 0)
        self.ratings.setFocus()
        self.ratings.editItem(self.ratings.item(row, 0))

    def _glossary_page(self) -> QWidget:
        self.glossary = QTableWidget(0, 3)
        self.glossary.setAccessibleName(self.tr("The desk's glossary terms"))
        self.glossary.setHorizontalHeaderLabels([self.tr("Concept"), self.tr("Language"), self.tr("Term")])
        self.glossary.verticalHeader().hide()
        self.glossary.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.glossary.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.glossary.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.glossary.setTabKeyNavigation(False)
        header = self.glossary.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.Stretch)
        self.concept_names = concept_names(interface_language(), self.db)
        for concept, language, term in user_terms(self.db):
            self._put_term_row(concept, language, term)
        self.removed_terms: list[tuple[str, str]] = []
        self.added_terms: list[tuple[str, str, str]] = []
        self.add_glossary_term = QPushButton(self.tr("&Add…"))
        self.add_glossary_term.setAccessibleName(self.tr("Add a term to the glossary"))
        self.add_glossary_term.clicked.connect(self.open_add_term)
        self.remove_term = QPushButton(self.tr("Re&move"))
        self.remove_term.setAccessibleName(self.tr("Remove the selected terms"))
        self.remove_term.clicked.connect(self._on_remove_terms)
        self.glossary.itemSelectionChanged.connect(
            lambda: self.remove_term.setEnabled(bool(self.glossary.selectionModel().selectedRows())))
        self.remove_term.setEnabled(False)

        page = QWidget()
        page.setAccessibleName(self.tr("Glossary"))
        layout = QVBoxLayout(page)
        layout.addWidget(_buddy(self.tr("The desk's &terms"), self.glossary))
        layout.addWidget(self.glossary, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_glossary_term)
        row.addWidget(self.remove_term)
        row.addStretch(1)
        layout.addLayout(row)
        about = _note(self.tr("Terms this desk taught the claim matcher; a removed term reads as the shipped "
                              "glossary has it again. Terms are also added from the reader: select a word, then "
                              "Links → Add to glossary…"))
        about.setAccessibleName(self.tr("About the glossary"))
        layout.addWidget(about)
        if not self.glossary.rowCount():
            self.glossary.setAccessibleDescription(self.tr("The desk has added no terms."))
        return page

    def _put_term_row(self, concept: str, language: str, term: str) -> int:
        """Show a term, in the row of the same word in the same language if there is one (a term
        added again moves to the new concept)."""
        row = next((r for r in range(self.glossary.rowCount())
                    if self.glossary.item(r, 0).data(Qt.UserRole)[1:] == (language, term)), None)
        if row is None:
            row = self.glossary.rowCount()
            self.glossary.insertRow(row)
        shown = (self.concept_names.get(concept) or concept.replace("_", " "), language_name(language), term)
        for column, text in enumerate(shown):
            item = QTableWidgetItem(text)
            item.setData(Qt.UserRole, (concept, language, term))
            item.setTextAlignment(Qt.AlignmentFlag(_aligned(text)))
            self.glossary.setItem(row, column, item)
        self.glossary.item(row, 0).setToolTip(concept)  # the concept's id, as typed when adding a term
        return row

    def open_add_term(self) -> GlossaryDialog:
        """The reader's "Add to glossary" dialog; the term is stored on OK, with the rest."""
        try:
            concepts = sorted(load_glossary(self.db).concepts)
        except (WorkbenchError, OSError, ValueError):  # the shipped glossary is unreadable: new concepts still work
            concepts = []
        dialog = GlossaryDialog(concepts, interface_language(), "", self._add_term_row, self,
                                names=concept_names(interface_language(), self.db))
        self.glossary_dialog = dialog
        dialog.open()
        return dialog

    def _add_term_row(self, concept: str, language: str, term: str) -> str | None:
        try:
            added = checked_term(concept, language, term)
        except WorkbenchError as exc:
            return error_text(exc)
        self.added_terms.append(added)
        row = self._put_term_row(*added)
        self.glossary.setAccessibleDescription("")
        self.glossary.selectRow(row)
        self.glossary.setFocus()
        return None

    def _on_remove_terms(self) -> None:
        rows = sorted({index.row() for index in self.glossary.selectionModel().selectedRows()}, reverse=True)
        for row in rows:
            entry = self.glossary.item(row, 0).data(Qt.UserRole)
            if entry in self.added_terms:  # added in this dialog: nothing to remove from the database
                self.added_terms.remove(entry)
            else:
                self.removed_terms.append(entry[1:])
            self.glossary.removeRow(row)
        if self.glossary.rowCount():
            self.glossary.selectRow(min(rows[-1], self.glossary.rowCount() - 1))
            self.glossary.setFocus()

    def _tab_order(self) -> None:
        """Each page top to bottom, then the message and the buttons."""
        chains = [
            [self.language, self.font_size, self.theme],
            [self.choose_db, self.default_db, self.backup_folder, self.choose_backup, self.backup_keep,
             self.backup_hours],
            list(self.organisation.values()),
            [self.ratings, self.add_rating],
            [self.glossary, self.add_glossary_term, self.remove_term],
        ]
        for chain in chains:
            for first, second in zip(chain, chain[1:]):
                QWidget.setTabOrder(first, second)

    # --- choosing files --------------------------------------------------------------------------
    def _choose_database(self) -> None:
        start = self.db_path.text() or self.current_db
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Database file"), start,
                                              self.tr("Workbench database (*.sqlite);;All files (*)"),
                                              options=QFileDialog.DontConfirmOverwrite)
        if path:
            self.db_path.setText(path)

    def _choose_backup_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), self.backup_folder.text())
        if folder:
            self.backup_folder.setText(folder)

    # --- OK ----------------------------------------------------------------------------------------
    def show_message(self, text: str) -> None:
        self.last_message = text
        self.message.setText(text)

    def _rating_changes(self) -> list[tuple[str, float, bool]] | str:
        """(label, value, retired) of the rows added or changed, or what is wrong with one."""
        changes, seen = [], set()
        for row in range(self.ratings.rowCount()):
            label = " ".join(self.ratings.item(row, 0).text().split())
            text = self.ratings.item(row, 1).text().strip().replace(",", ".").replace("\u066b", ".")
            retired = self.ratings.item(row, 2).checkState() == Qt.Checked
            if not label:
                if not text or text == "0":
                    continue  # an added row left empty
                return self.tr("Row {row} of the rating scale needs a label.").format(row=row + 1)
            try:
                value = float(text)
            except ValueError:
                return self.tr("The value of \u201c{label}\u201d is not a number: {text}").format(
                    label=label, text=self.ratings.item(row, 1).text())
            if label in seen:
                return self.tr("\u201c{label}\u201d is in the rating scale twice.").format(label=label)
            seen.add(label)
            if self._ratings_before.get(label) != (value, retired):
                changes.append((label, value, retired))
        return changes

    def _store_desk_settings(self) -> str | None:
        """The database part: organisation, rating scale, glossary removals and additions. Stops at the first
        refusal and returns the core's reason; what was stored before it stays stored."""
        for key, edit in self.organisation.items():
            value = edit.text().strip()
            if value == self._organisation_before[key].strip():
                continue
            try:
                desk_settings.set_setting(self.db, key, value, who=self.user)
            except WorkbenchError as exc:
                self.tabs.setCurrentIndex(2)
                edit.setFocus()
                return error_text(exc)
            self._organisation_before[key] = value
        changes = self._rating_changes()
        if isinstance(changes, str):
            self.tabs.setCurrentIndex(3)
            return changes
        for label, value, retired in changes:
            try:
                set_rating(self.db, label, value, who=self.user, retired=retired)
            except WorkbenchError as exc:
                self.tabs.setCurrentIndex(3)
                return error_text(exc)
            self._ratings_before[label] = (value, retired)
        while self.removed_terms:
            language, term = self.removed_terms[0]
            try:
                remove_term(self.db, language, term, who=self.user)
            except WorkbenchError as exc:
                self.tabs.setCurrentIndex(4)
                return error_text(exc)
            self.removed_terms.pop(0)
        while self.added_terms:
            try:
                add_term(self.db, *self.added_terms[0], added_by=self.user)
            except WorkbenchError as exc:
                self.tabs.setCurrentIndex(4)
                return error_text(exc)
            self.added_terms.pop(0)
        return None

    def _store_personal_settings(self) -> None:
        s = self.settings
        s.setValue(i18n.KEY, self.language.currentData())
        size = self.font_size.value()
        s.setValue(appearance.FONT_KEY, 0 if size < appearance.MIN_FONT else size)
        s.setValue(appearance.THEME_KEY, self.theme.currentData())
        s.setValue(DB_KEY, self.db_path.text().strip())
        s.setValue(backup_timer.FOLDER_KEY, self.backup_folder.text().strip())
        s.setValue(backup_timer.KEEP_KEY, self.backup_keep.value())
        s.setValue(backup_timer.HOURS_KEY, self.backup_hours.value())
        s.sync()

    def apply(self) -> bool:
        """Store everything and apply the appearance; False (with the reason shown) if the
        database refused a change."""
        problem = self._store_desk_settings()
        if problem:
            self.show_message(problem)
            return False
        self._store_personal_settings()
        appearance.apply_appearance(self.settings)
        self.show_message("")
        self.applied.emit()
        return True

    def _on_ok(self) -> None:
        if self.apply():
            self.accept()
