"""The fact-checker's main window: library, reader and claims, driven from the keyboard."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.kit import i18n, tasks
from ui.kit.bidi import isolated, isolated_ltr
from ui.kit.core_text import error_text
from ui.kit.jobs import Job
from ui.kit.roles import ID_ROLE
from ui.kit.task_status import TaskStatus
from ui.kit.words import action_label, key_text, language_name, menu_text
from ui.library.importing import ImportController
from ui.library.table import ArticleFilter, ArticleTableModel
from ui.linking.controller import LinkingController
from ui.linking.links_pane import LinksPane
from ui.publish.dashboard import DashboardWindow
from ui.publish.exporting import ExportController
from ui.reader.claim_pane import ClaimPane
from ui.reader.commands import ClaimOps
from ui.reader.marking import MarkingController
from ui.reader.suggestions import SuggestionsController
from ui.reader.view import ReaderView
from ui.review.queue_window import QueueWindow
from ui.review.verdict_pane import VerdictPane
from ui.settings.backup_timer import BackupTimer
from ui.settings.settings_dialog import SettingsDialog
from workbench.claims.checkworthy import suggest_for_article
from workbench.claims.marking import claims_of, get_claim
from workbench.db.store import data_version, open_db
from workbench.kernel.errors import WorkbenchError
from workbench.library import articles
from workbench.library.articles import get_article
from workbench.library.articles import languages as library_languages

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
        self.last_message = ""
        # claim linking: the matching index is built in the background and kept here
        self.queue_window: QueueWindow | None = None
        self.dashboard: DashboardWindow | None = None
        self.setWindowTitle(self.tr("Fact-check workbench"))
        self.setAcceptDrops(True)

        self.undo_stack = QUndoStack(self)
        self.ops = ClaimOps(self.db, user, self)
        self.linking = LinkingController(self)
        self.importing = ImportController(self)
        self.suggestions = SuggestionsController(self)
        self.marking = MarkingController(self)
        self.exporting = ExportController(self)
        self.ops.changed.connect(self._on_claims_changed)
        self.ops.linksChanged.connect(self.linking.on_links_changed)
        self.ops.failed.connect(lambda message: self.notify(message, error=True))
        self.ops.notice.connect(self.notify)

        self.backup_timer = BackupTimer(self.db_path, self.settings, self)
        self.backup_timer.reported.connect(lambda message: self.notify(message, error=True))
        self.backup_timer.backedUp.connect(
            lambda path: self.notify(self.tr("Backed up to {path}").format(path=isolated(str(path)))))

        self._build_library()
        self.reader = ReaderView()
        self.reader.claimClicked.connect(self.select_claim)
        self.setCentralWidget(self.reader)
        self._build_claims()
        self._build_links()
        self._build_verdict()
        self._build_status()
        self._build_actions()
        self._build_jobs()
        self._data_version = self._current_data_version()
        self.refresh_timer = QTimer(self, interval=REFRESH_MS, timeout=self._refresh_if_changed)
        self.refresh_timer.start()
        self.state_restored = False
        self._restore()
        self.linking.rebuild_index()

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
        self.addDockWidget(i18n.reading_start(), self.library_dock)
        self.library_model.reload()
        self.library_model.fetchMore()
        self._fill_languages()

    def _fill_languages(self) -> None:
        """The language filter offers the languages the library holds."""
        chosen = self.language_filter.currentData() or ""
        codes = library_languages(self.db)
        self.language_filter.blockSignals(True)
        self.language_filter.clear()
        self.language_filter.addItem(self.tr("all languages"), "")
        for code in codes:
            self.language_filter.addItem(language_name(code), code)
        self.language_filter.setCurrentIndex(max(0, self.language_filter.findData(chosen)))
        self.language_filter.blockSignals(False)

    def _build_claims(self) -> None:
        self.claim_pane = ClaimPane()
        self.claim_pane.claimSelected.connect(self.select_claim)
        self.claim_pane.editRequested.connect(self.marking.edit_claim)
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
        self.addDockWidget(i18n.reading_end(), self.claims_dock)

    def _build_links(self) -> None:
        self.links_pane = LinksPane()
        self.links_pane.claimActivated.connect(self.open_claim)
        self.links_pane.sentenceActivated.connect(self.open_sentence)
        self.links_pane.candidate_view.selectionModel().currentChanged.connect(lambda *_: self.linking.update_actions())
        self.links_pane.cluster_view.selectionModel().currentChanged.connect(lambda *_: self.linking.update_actions())
        self.links_dock = QDockWidget(self.tr("Same claim elsewhere"), self)
        self.links_dock.setObjectName("links")
        self.links_dock.setWidget(self.links_pane)
        # the library runs the window's whole height on the side reading starts from
        start_corner, end_corner = ((Qt.BottomRightCorner, Qt.BottomLeftCorner) if i18n.reading_start() == Qt.RightDockWidgetArea
                                    else (Qt.BottomLeftCorner, Qt.BottomRightCorner))
        self.setCorner(start_corner, i18n.reading_start())
        self.setCorner(end_corner, Qt.BottomDockWidgetArea)
        self.addDockWidget(Qt.BottomDockWidgetArea, self.links_dock)

    def _build_verdict(self) -> None:
        """The verdict of the selected claim's cluster, in a tab beside the claims."""
        self.verdict_pane = VerdictPane(self.db, self.user)
        self.verdict_pane.message.connect(self.notify)
        self.verdict_pane.verdictChanged.connect(self._on_verdict_changed)
        self.verdict_dock = QDockWidget(self.tr("Verdict"), self)
        self.verdict_dock.setObjectName("verdict")
        self.verdict_dock.setWidget(self.verdict_pane)
        self.addDockWidget(i18n.reading_end(), self.verdict_dock)
        self.tabifyDockWidget(self.claims_dock, self.verdict_dock)
        self.claims_dock.raise_()

    def _build_status(self) -> None:
        self.import_status = TaskStatus(self.statusBar(), self.tr("Import progress"), self.tr("Cancel"),
                                        self.tr("Cancel the import"))
        self.link_status = TaskStatus(self.statusBar(), self.tr("Linking progress"), self.tr("Cancel linking"),
                                      self.tr("Cancel linking all claims"))
        self.export_status = TaskStatus(self.statusBar(), self.tr("Export progress"), self.tr("Cancel export"),
                                        self.tr("Cancel the export"))

    def _build_jobs(self) -> None:
        self.import_job = Job(self.notify, busy=self.tr("An import is already running."), status=self.import_status,
                              ended=self.importing.end_import, finished=self.importing.on_import_finished, failed=self.importing.on_import_failed)
        self.link_job = Job(self.notify, busy=self.tr("Linking is already running."), status=self.link_status,
                            action=self.link_all_action, ended=self.linking.end_link_all, finished=self.linking.on_link_finished,
                            failed=self.linking.on_link_failed)
        self.export_job = Job(self.notify, busy=self.tr("An export is already running."), status=self.export_status,
                              action=self.export_action, finished=self.exporting.on_export_finished,
                              failed=self.exporting.on_export_failed)

    @property
    def import_task(self) -> tasks.Task | None:
        return self.import_job.task

    @property
    def link_task(self) -> tasks.Task | None:
        return self.link_job.task

    @property
    def export_task(self) -> tasks.Task | None:
        return self.export_job.task

    def _action(self, text: str, shortcut, slot, menu, *, toolbar=None) -> QAction:
        action = QAction(text, self)
        if shortcut:
            keys = shortcut if isinstance(shortcut, list) else [QKeySequence(shortcut)]
            action.setShortcuts(keys)
            if not action.shortcut().isEmpty():  # a standard key this platform has no binding for is empty
                action.setText(menu_text(text, action.shortcut()))
                action.setIconText(action_label(text))  # a toolbar button shows the label alone
                action.setToolTip(f"{action_label(text)} ({key_text(action.shortcut())})")
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
        self.import_files_action = self._action(self.tr("Import files…"), QKeySequence.Open, self.importing.choose_files, file_menu, toolbar=toolbar)
        self._action(self.tr("Import folder…"), "Ctrl+Shift+O", self.importing.choose_folder, file_menu)
        self.problems_action = self._action(self.tr("What the last import left out…"), None, self.importing.show_import_problems, file_menu)
        self.problems_action.setEnabled(False)
        file_menu.addSeparator()
        self.export_action = self._action(self.tr("Export verdicts…"), "Ctrl+E", self.exporting.open_export, file_menu)
        self._action(self.tr("Back up now"), None, self.backup_timer.back_up_on_request, file_menu)
        file_menu.addSeparator()
        self._action(self.tr("Settings…"), "Ctrl+,", self.open_settings, file_menu)
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
        self.mark_action = self._action(self.tr("Mark claim"), "Ctrl+M", self.marking.mark_claim, edit_menu, toolbar=toolbar)
        self.resize_action = self._action(self.tr("Set claim to selection"), "Ctrl+Shift+M", self.marking.resize_claim, edit_menu)
        self.delete_action = self._action(self.tr("Delete claim"), "Ctrl+Delete", self.marking.delete_claim, edit_menu, toolbar=toolbar)
        self.accept_action = self._action(self.tr("Accept suggestion"), "Ctrl+Return", self.suggestions.accept_suggestion, edit_menu, toolbar=toolbar)
        self.dismiss_action = self._action(self.tr("Dismiss suggestion"), "Ctrl+Backspace", self.suggestions.dismiss_suggestion, edit_menu, toolbar=toolbar)
        self.reader.setContextMenuPolicy(Qt.ActionsContextMenu)
        for action in (self.mark_action, self.resize_action, self.delete_action, self.accept_action, self.dismiss_action):
            self.reader.addAction(action)

        go_menu = bar.addMenu(self.tr("&Go"))
        self._action(self.tr("Next article"), "Ctrl+PgDown", lambda: self.step_article(1), go_menu)
        self._action(self.tr("Previous article"), "Ctrl+PgUp", lambda: self.step_article(-1), go_menu)
        self._action(self.tr("Next claim"), "F6", lambda: self.step_claim(1), go_menu)
        self._action(self.tr("Previous claim"), "Shift+F6", lambda: self.step_claim(-1), go_menu)
        self._action(self.tr("Next suggestion"), "F7", lambda: self.suggestions.step_suggestion(1), go_menu)
        self._action(self.tr("Previous suggestion"), "Shift+F7", lambda: self.suggestions.step_suggestion(-1), go_menu)
        self._action(self.tr("Search the library"), QKeySequence.Find, self.focus_search, go_menu)
        self._action(self.tr("Go to the text"), "F4", self.reader.setFocus, go_menu)

        view_menu = bar.addMenu(self.tr("&View"))
        self._action(self.tr("Larger text"), QKeySequence.ZoomIn, lambda: self.reader.zoom(1), view_menu)
        self._action(self.tr("Smaller text"), QKeySequence.ZoomOut, lambda: self.reader.zoom(-1), view_menu)
        self._action(self.tr("Show folded boilerplate"), "Ctrl+U", self.reader.unfold_all, view_menu)
        view_menu.addAction(self.library_dock.toggleViewAction())
        view_menu.addAction(self.claims_dock.toggleViewAction())

        links_menu = bar.addMenu(self.tr("&Links"))
        self.same_action = self._action(self.tr("Same claim"), "Ctrl+L", lambda: self.linking.decide_candidate("same"), links_menu)
        self.different_action = self._action(self.tr("Different claim"), "Ctrl+Shift+L",
                                             lambda: self.linking.decide_candidate("different"), links_menu)
        self._action(self.tr("Next candidate"), "F8", lambda: self.links_pane.step_candidate(1), links_menu)
        self._action(self.tr("Previous candidate"), "Shift+F8", lambda: self.links_pane.step_candidate(-1), links_menu)
        self._action(self.tr("Open the candidate's article"), "Ctrl+Shift+Return", self.links_pane.open_current_candidate,
                     links_menu)
        self.split_action = self._action(self.tr("Split off from cluster"), None, self.linking.split_off_member, links_menu)
        links_menu.addSeparator()
        self.link_all_action = self._action(self.tr("Link all claims…"), None, self.linking.start_link_all, links_menu)
        self.glossary_action = self._action(self.tr("Add to glossary…"), None, self.linking.add_to_glossary, links_menu)
        self.unmarked_action = self._action(self.tr("Find in unmarked articles"), "Ctrl+Shift+U",
                                            self.linking.find_in_unmarked, links_menu)
        self.links_pane.use_actions(self.same_action, self.different_action, self.split_action, self.glossary_action,
                                    self.unmarked_action)
        view_menu.addAction(self.links_dock.toggleViewAction())
        view_menu.addAction(self.verdict_dock.toggleViewAction())
        self.linking.update_actions()

        verdict_menu = bar.addMenu(self.tr("Ve&rdicts"))
        self._action(self.tr("Verdict of the claim"), "Ctrl+Shift+V", self.show_verdict_dock, verdict_menu)
        self.queue_action = self._action(self.tr("Review queue…"), "Ctrl+Shift+Q", self.open_queue, verdict_menu)
        self._action(self.tr("Desk dashboard…"), "Ctrl+Shift+D", self.open_dashboard, verdict_menu)

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(self.tr("Keyboard shortcuts"), QKeySequence.HelpContents, self.show_shortcuts, help_menu)

    # --- settings -------------------------------------------------------------------------
    def _restore(self) -> None:
        self.resize(1400, 850)
        self.resizeDocks([self.library_dock, self.claims_dock], [430, 380], Qt.Horizontal)
        self.resizeDocks([self.links_dock], [320], Qt.Vertical)
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.value(self._state_key())
        if state is not None:
            self.state_restored = bool(self.restoreState(state))
        size = self.settings.value("reader/font_size", type=int)
        if size:
            self.reader.zoom(size - self.reader.font_size())
        last = self.settings.value("reader/last_article", type=int)
        self.open_article(last if last and self._exists(last) else self._first_article())

    def closeEvent(self, event) -> None:
        unsaved = self.verdict_pane.unsaved_claims()
        if unsaved and not self.may_discard(len(unsaved)):
            event.ignore()
            return
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue(self._state_key(), self.saveState())
        self.settings.setValue("reader/font_size", self.reader.font_size())
        if self.article_id is not None:
            self.settings.setValue("reader/last_article", self.article_id)
        self.settings.sync()
        self.import_status.cancel()
        self.link_status.cancel()
        self.export_status.cancel()
        self.refresh_timer.stop()
        self.linking.index_timer.stop()
        self.backup_timer.stop()
        for window in (self.queue_window, self.dashboard):
            if window is not None:
                window.close()
        super().closeEvent(event)

    def may_discard(self, count: int) -> bool:
        """Closing would lose verdict edits nobody saved: the checker decides."""
        self.verdict_dock.show()
        answer = QMessageBox.question(
            self, self.tr("Unsaved verdicts"),
            self.tr("The verdicts of {n} claim(s) have edits that are not saved. Close and lose them?").format(
                n=count),
            QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.Cancel)
        return answer == QMessageBox.Discard

    def _state_key(self) -> str:
        """Docks are laid out for one direction: a mirrored interface keeps its own layout."""
        return "window/state-rtl" if self.layoutDirection() == Qt.RightToLeft else "window/state"

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.db, self.user, self.settings, self)
        dialog.applied.connect(self._on_settings_applied)
        self.settings_dialog = dialog
        dialog.open()
        return dialog

    def _on_settings_applied(self) -> None:
        """Backups follow the new schedule; a changed rating scale or glossary reaches the panes."""
        self.backup_timer.schedule()
        self.verdict_pane.refresh()
        self.linking.glossary = None
        self.linking.rebuild_index()
        self.notify(self.tr("Settings saved. A new language or database takes effect at the next start."))

    def _exists(self, article_id: int) -> bool:
        return articles.is_current(self.db, article_id)

    def _first_article(self) -> int | None:
        return articles.first_current(self.db)

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
            self.linking.show_links()
            return
        try:
            article = get_article(self.db, article_id)
        except WorkbenchError as exc:
            self.notify(error_text(exc), error=True)
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
        self.claim_pane.set_claims(claims, current_claim, self.reader.article["direction"])
        if current_claim is not None:
            self.reader.set_current_claim(current_claim)
        self.suggestions.show_suggestion()
        self.linking.show_links()

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






    def select_claim(self, claim_id: int) -> None:
        self.reader.set_current_claim(claim_id)
        self.claim_pane.select(claim_id)
        self.linking.show_links()

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
        self.linking.index_timer.start()  # the index learns the new or changed claim once the checker pauses
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





    # --- the same claim elsewhere ------------------------------------------------------------------









    def select_claim_in_place(self, claim) -> None:
        """Keep the claim the checker was working on selected after a change elsewhere."""
        if claim.article_id != self.article_id:
            self.open_article(claim.article_id)
        self.select_claim(claim.id)


    def open_sentence(self, article_id: int, start: int, end: int) -> None:
        """Open an unmarked article with the sentence selected, ready to mark (Ctrl+M)."""
        if article_id != self.article_id:
            self.open_article(article_id)
        if self.article_id == article_id:
            self.reader.select_span(start, end)
            self.reader.setFocus()


    def open_claim(self, claim_id: int) -> None:
        """Open the claim's article in the reader with the claim selected."""
        try:
            claim = get_claim(self.db, claim_id)
        except WorkbenchError as exc:
            self.notify(error_text(exc), error=True)
            return
        if claim.article_id != self.article_id:
            self.open_article(claim.article_id)
        if self.article_id == claim.article_id:
            self.select_claim(claim_id)






    # --- import -------------------------------------------------------------------------------------


    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.importing.start_import(paths)
            event.acceptProposedAction()






    # --- other instances ------------------------------------------------------------------------------
    def _current_data_version(self) -> int:
        return data_version(self.db)

    def _refresh_if_changed(self) -> None:
        """Another program (a colleague's window) committed: show its changes."""
        version = self._current_data_version()
        if version == self._data_version:
            return
        self._data_version = version
        self._refresh_library()
        self.linking.forget_shown()  # links and claims may have changed too
        if self.article_id is not None:
            if self._exists(self.article_id):
                self._load_marks(self.reader.current_claim)
            else:
                self.notify(self.tr("The open article was removed by someone else."), error=True)
        self.verdict_pane.refresh()
        if self.queue_window is not None and self.queue_window.isVisible():
            self.queue_window.refresh()
        self.linking.index_timer.start()

    # --- verdicts ----------------------------------------------------------------------------------------
    def show_verdict_dock(self) -> None:
        self.verdict_dock.show()
        self.verdict_dock.raise_()
        self.verdict_pane.summary.setFocus()

    def open_queue(self) -> QueueWindow:
        """The review queue, in a window of its own over this window's database connection."""
        if self.queue_window is None:
            self.queue_window = QueueWindow(self.db, self.user, self)
            self.queue_window.verdictChanged.connect(lambda _id: self.verdict_pane.refresh())
            self.queue_window.claimActivated.connect(self.open_claim)
        else:
            self.queue_window.refresh()
        self.queue_window.show()
        self.queue_window.raise_()
        self.queue_window.activateWindow()
        return self.queue_window

    def open_dashboard(self) -> DashboardWindow:
        """The desk's charts, in a window of its own over this window's connection."""
        if self.dashboard is None:
            self.dashboard = DashboardWindow(self.db, self, user=self.user)
        else:
            self.dashboard.refresh()
        self.dashboard.show()
        self.dashboard.raise_()
        self.dashboard.activateWindow()
        return self.dashboard

    # --- export --------------------------------------------------------------------------------------




    def _on_verdict_changed(self, _verdict_id: int) -> None:
        """Written in the dock: an open queue shows it (the same connection: no data_version change)."""
        if self.queue_window is not None and self.queue_window.isVisible():
            self.queue_window.refresh()

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
        return [(action_label(a.text()), ", ".join(s.toString(QKeySequence.NativeText) for s in a.shortcuts()))
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
            table.setItem(i, 1, QTableWidgetItem(isolated_ltr(keys)))  # left to right, as keys are written
        table.resizeColumnsToContents()
        layout = QVBoxLayout(dialog)
        layout.addWidget(table)
        dialog.resize(460, 520)
        self.shortcuts_dialog = dialog
        dialog.show()
