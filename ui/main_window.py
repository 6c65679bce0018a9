"""The fact-checker's main window: library, reader and claims, driven from the keyboard."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QDockWidget, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QMainWindow, QProgressBar, QPushButton, QTableView, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from workbench.claims import claims_of, get_claim, snap_to_words
from workbench.errors import WorkbenchError
from workbench.ingest import import_paths
from workbench.library import get_article
from workbench.store import open_db
from workbench.suggest import decide, suggest_for_article

from . import tasks
from .claim_pane import ClaimPane
from .commands import ClaimOps, DeleteClaim, EditClaim, MarkClaim
from .models import ID_ROLE, ArticleFilter, ArticleTableModel
from .reader import ReaderView

SEARCH_DELAY_MS = 150
REFRESH_MS = 2000


class MainWindow(QMainWindow):
    def __init__(self, db_path: Path, user: str, settings: QSettings | None = None):
        super().__init__()
        self.db_path = Path(db_path)
        self.db = open_db(self.db_path)
        self.user = user
        self.settings = settings or QSettings()
        self.article_id: int | None = None
        self.import_task: tasks.Task | None = None
        self.last_message = ""
        self.setWindowTitle(self.tr("Fact-check workbench"))
        self.setAcceptDrops(True)

        self.undo_stack = QUndoStack(self)
        self.ops = ClaimOps(self.db, self)
        self.ops.changed.connect(self._on_claims_changed)
        self.ops.failed.connect(lambda message: self.notify(message, error=True))

        self._build_library()
        self.reader = ReaderView()
        self.reader.claimClicked.connect(self.select_claim)
        self.setCentralWidget(self.reader)
        self._build_claims()
        self._build_status()
        self._build_actions()
        self._data_version = self._current_data_version()
        self.refresh_timer = QTimer(self, interval=REFRESH_MS, timeout=self._refresh_if_changed)
        self.refresh_timer.start()
        self._restore()

    # --- building -----------------------------------------------------------------------
    def _build_library(self) -> None:
        self.library_model = ArticleTableModel(self.db, self)
        self.library_filter = ArticleFilter(self)
        self.library_filter.setSourceModel(self.library_model)
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Search titles and text (Ctrl+F)"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setAccessibleName(self.tr("Search the library"))
        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(lambda: self.library_model.set_query(self.search_box.text()))
        self.search_box.textChanged.connect(lambda _: self.search_timer.start())
        self.language_filter = QComboBox()
        self.language_filter.setAccessibleName(self.tr("Filter by language"))
        self.language_filter.currentIndexChanged.connect(
            lambda _: self.library_filter.set_language(self.language_filter.currentData()))
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        for status in ArticleFilter.STATUSES:
            self.status_filter.addItem(self.tr(status), status)
        self.status_filter.currentIndexChanged.connect(
            lambda _: self.library_filter.set_status(self.status_filter.currentData()))
        self.library_view = QTableView()
        self.library_view.setAccessibleName(self.tr("Articles"))
        self.library_view.setModel(self.library_filter)
        self.library_view.setSelectionBehavior(QTableView.SelectRows)
        self.library_view.setSelectionMode(QTableView.SingleSelection)
        self.library_view.verticalHeader().hide()
        header = self.library_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        self.library_view.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.library_view.setWordWrap(False)
        self.library_view.selectionModel().currentRowChanged.connect(self._on_library_row)

        filters = QHBoxLayout()
        filters.addWidget(self.language_filter)
        filters.addWidget(self.status_filter)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.addWidget(self.search_box)
        layout.addLayout(filters)
        layout.addWidget(self.library_view)
        self.library_dock = QDockWidget(self.tr("Library"), self)
        self.library_dock.setObjectName("library")
        self.library_dock.setWidget(box)
        self.addDockWidget(Qt.LeftDockWidgetArea, self.library_dock)
        self.library_model.reload()
        self.library_model.fetchMore()
        self._fill_languages()

    def _fill_languages(self) -> None:
        """The language filter offers the languages the library holds."""
        chosen = self.language_filter.currentData() or ""
        codes = [row[0] for row in self.db.execute(
            "SELECT DISTINCT language FROM articles WHERE is_current = 1 ORDER BY language")]
        self.language_filter.blockSignals(True)
        self.language_filter.clear()
        self.language_filter.addItem(self.tr("all languages"), "")
        for code in codes:
            self.language_filter.addItem(code, code)
        self.language_filter.setCurrentIndex(max(0, self.language_filter.findData(chosen)))
        self.language_filter.blockSignals(False)

    def _build_claims(self) -> None:
        self.claim_pane = ClaimPane()
        self.claim_pane.claimSelected.connect(self.select_claim)
        self.claim_pane.editRequested.connect(self._edit_claim)
        self.suggestion_label = QLabel()
        self.suggestion_label.setWordWrap(True)
        self.suggestion_label.setAccessibleName(self.tr("Current suggestion"))
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.addWidget(self.suggestion_label)
        layout.addWidget(self.claim_pane)
        self.claims_dock = QDockWidget(self.tr("Claims"), self)
        self.claims_dock.setObjectName("claims")
        self.claims_dock.setWidget(box)
        self.addDockWidget(Qt.RightDockWidgetArea, self.claims_dock)

    def _build_status(self) -> None:
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(240)
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the import"))
        self.cancel_button.clicked.connect(self.cancel_import)
        for widget in (self.progress, self.cancel_button):
            widget.hide()
            self.statusBar().addPermanentWidget(widget)

    def _action(self, text: str, shortcut, slot, menu, *, toolbar=None) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcuts(shortcut if isinstance(shortcut, list) else [QKeySequence(shortcut)])
        action.setShortcutContext(Qt.WindowShortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        if toolbar is not None:
            toolbar.addAction(action)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        bar = self.menuBar()
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main-toolbar")
        file_menu = bar.addMenu(self.tr("&File"))
        self.import_files_action = self._action(self.tr("Import files…"), QKeySequence.Open, self.choose_files, file_menu, toolbar=toolbar)
        self._action(self.tr("Import folder…"), "Ctrl+Shift+O", self.choose_folder, file_menu)
        file_menu.addSeparator()
        self._action(self.tr("Quit"), QKeySequence.Quit, self.close, file_menu)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut(QKeySequence.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        redo.setShortcut(QKeySequence.Redo)
        for action in (undo, redo):
            edit_menu.addAction(action)
            self.addAction(action)
        edit_menu.addSeparator()
        self.mark_action = self._action(self.tr("Mark claim"), "Ctrl+M", self.mark_claim, edit_menu, toolbar=toolbar)
        self.resize_action = self._action(self.tr("Set claim to selection"), "Ctrl+Shift+M", self.resize_claim, edit_menu)
        self.delete_action = self._action(self.tr("Delete claim"), "Ctrl+Delete", self.delete_claim, edit_menu, toolbar=toolbar)
        self.accept_action = self._action(self.tr("Accept suggestion"), "Ctrl+Return", self.accept_suggestion, edit_menu, toolbar=toolbar)
        self.dismiss_action = self._action(self.tr("Dismiss suggestion"), "Ctrl+Backspace", self.dismiss_suggestion, edit_menu, toolbar=toolbar)
        self.reader.setContextMenuPolicy(Qt.ActionsContextMenu)
        for action in (self.mark_action, self.resize_action, self.delete_action, self.accept_action, self.dismiss_action):
            self.reader.addAction(action)

        go_menu = bar.addMenu(self.tr("&Go"))
        self._action(self.tr("Next article"), "Ctrl+PgDown", lambda: self.step_article(1), go_menu)
        self._action(self.tr("Previous article"), "Ctrl+PgUp", lambda: self.step_article(-1), go_menu)
        self._action(self.tr("Next claim"), "F6", lambda: self.step_claim(1), go_menu)
        self._action(self.tr("Previous claim"), "Shift+F6", lambda: self.step_claim(-1), go_menu)
        self._action(self.tr("Next suggestion"), "F7", lambda: self.step_suggestion(1), go_menu)
        self._action(self.tr("Previous suggestion"), "Shift+F7", lambda: self.step_suggestion(-1), go_menu)
        self._action(self.tr("Search the library"), QKeySequence.Find, self.focus_search, go_menu)
        self._action(self.tr("Go to the text"), "F4", self.reader.setFocus, go_menu)

        view_menu = bar.addMenu(self.tr("&View"))
        self._action(self.tr("Larger text"), QKeySequence.ZoomIn, lambda: self.reader.zoom(1), view_menu)
        self._action(self.tr("Smaller text"), QKeySequence.ZoomOut, lambda: self.reader.zoom(-1), view_menu)
        self._action(self.tr("Show folded boilerplate"), "Ctrl+U", self.reader.unfold_all, view_menu)
        view_menu.addAction(self.library_dock.toggleViewAction())
        view_menu.addAction(self.claims_dock.toggleViewAction())

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(self.tr("Keyboard shortcuts"), QKeySequence.HelpContents, self.show_shortcuts, help_menu)

    # --- settings -------------------------------------------------------------------------
    def _restore(self) -> None:
        self.resize(1400, 850)
        self.resizeDocks([self.library_dock, self.claims_dock], [430, 380], Qt.Horizontal)
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        size = self.settings.value("reader/font_size", type=int)
        if size:
            self.reader.zoom(size - self.reader.font_size())
        last = self.settings.value("reader/last_article", type=int)
        self.open_article(last if last and self._exists(last) else self._first_article())

    def closeEvent(self, event) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("reader/font_size", self.reader.font_size())
        if self.article_id is not None:
            self.settings.setValue("reader/last_article", self.article_id)
        self.settings.sync()
        self.cancel_import()
        self.refresh_timer.stop()
        super().closeEvent(event)

    def _exists(self, article_id: int) -> bool:
        return self.db.execute("SELECT 1 FROM articles WHERE id = ? AND is_current = 1", [article_id]).fetchone() is not None

    def _first_article(self) -> int | None:
        row = self.db.execute("SELECT min(id) FROM articles WHERE is_current = 1").fetchone()
        return row[0] if row else None

    # --- articles ---------------------------------------------------------------------------
    def _on_library_row(self, current, _previous) -> None:
        if current.isValid():
            article_id = current.data(ID_ROLE)
            if article_id != self.article_id:
                self.open_article(article_id)

    def open_article(self, article_id: int | None) -> None:
        if article_id is None:
            self.article_id = None
            self.reader.set_article(None)
            self.claim_pane.set_claims([])
            return
        try:
            article = get_article(self.db, article_id)
        except WorkbenchError as exc:
            self.notify(str(exc), error=True)
            return
        self.article_id = article_id
        self.reader.set_article(article)
        self._load_marks()
        self._select_in_library(article_id)
        self.setWindowTitle(f"{article['title'][:80]} — {self.tr('Fact-check workbench')}")

    def _select_in_library(self, article_id: int) -> None:
        row = self.library_model.row_of(article_id)
        if row is None:
            return
        index = self.library_filter.mapFromSource(self.library_model.index(row, 0))
        if index.isValid() and self.library_view.currentIndex().row() != index.row():
            self.library_view.setCurrentIndex(index)

    def _load_marks(self, current_claim: int | None = None) -> None:
        claims = claims_of(self.db, self.article_id)
        suggestions = suggest_for_article(self.db, self.article_id)
        self.reader.set_marks(claims, suggestions)
        self.claim_pane.set_claims(claims, current_claim)
        if current_claim is not None:
            self.reader.set_current_claim(current_claim)
        self._show_suggestion()

    def step_article(self, step: int) -> None:
        rows = self.library_filter.rowCount()
        if rows == 0:
            return
        current = self.library_view.currentIndex().row()
        target = max(0, min(rows - 1, current + step if current >= 0 else 0))
        if target == rows - 1 and step > 0 and self.library_model.canFetchMore():
            self.library_model.fetchMore()
        self.library_view.setCurrentIndex(self.library_filter.index(target, 0))

    # --- claims -------------------------------------------------------------------------------
    def _span_from_selection(self, snap: bool) -> tuple[int, int] | None:
        span = self.reader.selection_span()
        if isinstance(span, str):
            self.notify(self.tr(span), error=True)
            return None
        if snap:
            span = snap_to_words(self.reader.article["text"], *span)
        return span

    def _snap_wanted(self) -> bool:
        return not (QApplication.keyboardModifiers() & Qt.AltModifier)

    def mark_claim(self) -> None:
        """Mark the selection (snapped to whole words unless Alt is held) as a claim."""
        span = self._span_from_selection(self._snap_wanted())
        if span is not None:
            self.undo_stack.push(MarkClaim(self.ops, self.article_id, *span, checker=self.user))

    def resize_claim(self) -> None:
        claim = self.claim_pane.current
        if claim is None:
            self.notify(self.tr("Select a claim first, then the new text for it."), error=True)
            return
        span = self._span_from_selection(self._snap_wanted())
        if span is not None:
            self.undo_stack.push(EditClaim(self.ops, claim, span=span))

    def delete_claim(self) -> None:
        claim = self.claim_pane.current
        if claim is not None:
            self.undo_stack.push(DeleteClaim(self.ops, claim))

    def _edit_claim(self, claim_id: int, changes: dict) -> None:
        try:
            before = get_claim(self.db, claim_id)
        except WorkbenchError as exc:
            self.notify(str(exc), error=True)
            return
        self.undo_stack.push(EditClaim(self.ops, before, changes))

    def select_claim(self, claim_id: int) -> None:
        self.reader.set_current_claim(claim_id)
        self.claim_pane.select(claim_id)

    def step_claim(self, step: int) -> None:
        claims = self.reader.claims
        if not claims:
            return
        ids = [c.id for c in claims]
        current = self.reader.current_claim
        index = (ids.index(current) + step) % len(ids) if current in ids else (0 if step > 0 else len(ids) - 1)
        self.select_claim(ids[index])

    def _on_claims_changed(self, article_id: int, claim_id) -> None:
        if article_id != self.article_id:
            self.open_article(article_id)
        self._load_marks(claim_id)
        self.library_model.refresh_article(article_id)
        self.notify("")

    def _refresh_library(self) -> None:
        """Reload the library list after others changed it, keeping the scroll position."""
        current, scroll = self.article_id, self.library_view.verticalScrollBar().value()
        loaded = len(self.library_model.rows)
        self.library_model.reload()
        while len(self.library_model.rows) < loaded and self.library_model.canFetchMore():
            self.library_model.fetchMore()
        if current is not None:
            self._select_in_library(current)
        self.library_view.verticalScrollBar().setValue(scroll)
        self._fill_languages()

    # --- suggestions ---------------------------------------------------------------------------
    def step_suggestion(self, step: int) -> None:
        suggestions = self.reader.suggestions
        if not suggestions:
            self.notify(self.tr("No suggestions left in this article."))
            return
        current = self.reader.current_suggestion
        index = (current + step) % len(suggestions) if current is not None else (0 if step > 0 else len(suggestions) - 1)
        self.reader.set_current_suggestion(index)
        self._show_suggestion()

    def _show_suggestion(self) -> None:
        index = self.reader.current_suggestion
        if index is None:
            count = len(self.reader.suggestions)
            self.suggestion_label.setText(self.tr("{n} suggested claim(s): F7 to go through them.").format(n=count))
            return
        suggestion = self.reader.suggestions[index]
        self.suggestion_label.setText(self.tr("Suggestion {i} of {n} ({why}): Ctrl+Enter accepts, Ctrl+Backspace dismisses.")
                                      .format(i=index + 1, n=len(self.reader.suggestions), why=", ".join(suggestion.reasons)))

    def _current_suggestion(self):
        index = self.reader.current_suggestion
        if index is None:
            self.notify(self.tr("Go to a suggestion first (F7)."), error=True)
            return None
        return self.reader.suggestions[index]

    def accept_suggestion(self) -> None:
        suggestion = self._current_suggestion()
        if suggestion is not None:
            kind = "denial" if "denial" in suggestion.reasons else "numeric" if "quantity" in suggestion.reasons else "other"
            self.undo_stack.push(MarkClaim(self.ops, self.article_id, suggestion.start, suggestion.end,
                                           checker=self.user, details={"kind": kind}))

    def dismiss_suggestion(self) -> None:
        suggestion = self._current_suggestion()
        if suggestion is None:
            return
        try:
            decide(self.db, self.article_id, suggestion, "dismissed", self.user)
        except WorkbenchError as exc:
            self.notify(str(exc), error=True)
            return
        index = self.reader.current_suggestion
        self._load_marks()
        if self.reader.suggestions:
            self.reader.set_current_suggestion(min(index, len(self.reader.suggestions) - 1))
        self._show_suggestion()

    # --- import -------------------------------------------------------------------------------------
    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Import articles"), "",
                                                self.tr("Articles (*.txt *.md *.html *.htm *.json *.jsonl *.csv)"))
        if files:
            self.start_import([Path(f) for f in files])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder of articles"))
        if folder:
            self.start_import([Path(folder)])

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.start_import(paths)
            event.acceptProposedAction()

    def start_import(self, paths: list[Path]) -> tasks.Task | None:
        """Import in a pool thread with its own connection; progress and cancel in the status bar."""
        if self.import_task is not None:
            self.notify(self.tr("An import is already running."), error=True)
            return None
        db_path = self.db_path

        def work(progress, cancelled):
            db = open_db(db_path)
            try:
                return import_paths(db, paths, progress=progress, should_cancel=cancelled)
            finally:
                db.close()

        task = tasks.Task(work)
        task.signals.progress.connect(self._on_import_progress)
        task.signals.finished.connect(self._on_import_finished)
        task.signals.failed.connect(self._on_import_failed)
        self.import_task = task
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.notify(self.tr("Importing…"))
        return tasks.start(task)

    def cancel_import(self) -> None:
        if self.import_task is not None:
            self.import_task.cancel()

    def _on_import_progress(self, done: int, total: int, path: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress.setFormat(f"{done}/{total}")

    def _end_import(self) -> None:
        self.import_task = None
        self.progress.hide()
        self.cancel_button.hide()
        self._refresh_library()
        self.library_model.fetchMore()
        if self.article_id is None:
            self.open_article(self._first_article())
        elif self.article_id is not None:
            self._select_in_library(self.article_id)

    def _on_import_finished(self, report) -> None:
        self._end_import()
        message = self.tr("Imported {added} article(s); {dups} already in the library; {bad} not imported.").format(
            added=len(report.added), dups=len(report.duplicates), bad=len(report.problems))
        if report.cancelled:
            message = self.tr("Import cancelled. ") + message
        if report.problems:
            first = report.problems[0]
            message += " " + self.tr("First problem: {where}: {why}").format(where=first.where(), why=first.reason)
        self.notify(message, error=bool(report.problems))
        self.last_import = report

    def _on_import_failed(self, message: str) -> None:
        self._end_import()
        self.notify(self.tr("Import failed: {why}").format(why=message), error=True)

    # --- other instances ------------------------------------------------------------------------------
    def _current_data_version(self) -> int:
        return self.db.execute("PRAGMA data_version").fetchone()[0]

    def _refresh_if_changed(self) -> None:
        """Another program (a colleague's window) committed: show its changes."""
        version = self._current_data_version()
        if version == self._data_version:
            return
        self._data_version = version
        self._refresh_library()
        if self.article_id is not None:
            if self._exists(self.article_id):
                self._load_marks(self.reader.current_claim)
            else:
                self.notify(self.tr("The open article was removed by someone else."), error=True)

    # --- messages and help --------------------------------------------------------------------------
    def notify(self, message: str, error: bool = False) -> None:
        self.last_message = message
        self.claim_pane.show_message(message if error else "")
        self.statusBar().showMessage(message, 10000)

    def focus_search(self) -> None:
        self.library_dock.show()
        self.search_box.setFocus()
        self.search_box.selectAll()

    def shortcut_rows(self) -> list[tuple[str, str]]:
        return [(a.text().replace("&", ""), ", ".join(s.toString(QKeySequence.NativeText) for s in a.shortcuts()))
                for a in self.actions() if a.shortcuts()]

    def show_shortcuts(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = self.shortcut_rows()
        table = QTableWidget(len(rows), 2, dialog)
        table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        for i, (name, keys) in enumerate(rows):
            table.setItem(i, 0, QTableWidgetItem(name))
            table.setItem(i, 1, QTableWidgetItem(keys))
        table.resizeColumnsToContents()
        layout = QVBoxLayout(dialog)
        layout.addWidget(table)
        dialog.resize(460, 520)
        self.shortcuts_dialog = dialog
        dialog.show()
