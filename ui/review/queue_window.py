"""The supervisor's review queue: verdicts waiting for review (or in another state), filtered
and ordered in SQL by the core and loaded a page at a time, with the claims of the selected
verdict's cluster in every language side by side with the verdict, its sources and history.
Approve (Ctrl+Return) and return with a comment (Ctrl+R) from the keyboard; the decided row
leaves the queue and the next one is selected."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSpinBox,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.kit.appearance import scale_font, show_as_message
from ui.kit.bidi import aligned_text, direct_label, directed, in_interface_direction, isolated, joined
from ui.kit.core_text import error_text, term_text, translated
from ui.kit.directed_text import DirectedTextEdit
from ui.kit.paged_model import PagedTableModel
from ui.kit.roles import ID_ROLE, ROW_ROLE
from ui.kit.words import key_text, language_name
from ui.review.comments import CommentDialog
from ui.review.history import HistoryDialog, revision_table
from ui.review.sources_view import SourceTableModel, sources_view
from ui.review.verdict_pane import why_not
from workbench.claims.marking import get_claim
from workbench.kernel.errors import Conflict, WorkbenchError
from workbench.library.articles import languages as library_languages
from workbench.library.articles import list_articles
from workbench.linking.links import claim_language
from workbench.review import verdicts
from workbench.review.people import people, role_of
from workbench.text.language import text_direction

QUEUE_STATES = ("submitted", "approved", "returned", "draft", "published")
ORDERS = (("waiting", "longest waiting"), ("cluster", "largest cluster"))
LANGUAGES = ("ar", "he", "en")  # the order quotes are shown in
SEARCH_DELAY_MS = 250
READING_FONTS = ["Noto Naskh Arabic", "Noto Sans Hebrew", "Noto Sans", "DejaVu Sans"]
READING_SCALE = 1.3  # quotes read larger than the interface: 12 points beside its usual 9


def waiting_text(since: str | None, now: datetime | None = None) -> str:
    """How long a verdict has waited, for people: "12 min", "3 h", "2 d"."""
    if not since:
        return ""
    try:
        then = datetime.fromisoformat(since)
    except ValueError:
        return ""
    if then.tzinfo is None:
        then = then.replace(tzinfo=timezone.utc)
    seconds = max(0.0, ((now or datetime.now(timezone.utc)) - then).total_seconds())
    if seconds < 3600:
        return QCoreApplication.translate("QueueModel", "{n} min").format(n=int(seconds // 60))
    if seconds < 48 * 3600:
        return QCoreApplication.translate("QueueModel", "{n} h").format(n=int(seconds // 3600))
    return QCoreApplication.translate("QueueModel", "{n} d").format(n=int(seconds // 86400))


class QueueModel(PagedTableModel):
    """Verdicts in one state, filtered and ordered by the core (``verdicts.queue``), PAGE rows
    at a time as the view scrolls; never the whole table. Usable without a view."""

    CONTEXT = "QueueModel"
    PAGE = 200
    COLUMNS = ("Waiting", "Rating", "Summary", "Checker", "Languages", "Claims", "Quote")
    QUOTE_CHARS = 160

    def __init__(self, db, queue_filter: verdicts.QueueFilter | None = None, parent=None):
        super().__init__(parent)
        self.db = db
        self.filter = queue_filter or verdicts.QueueFilter()
        self.rows: list[verdicts.QueueRow] = []
        self.total = 0
        self._ids: set[int] = set()
        self.reload()

    # loading
    def reload(self) -> None:
        self.beginResetModel()
        self.rows, self._ids = [], set()
        self.total = verdicts.queue_count(self.db, self.filter)
        self.endResetModel()

    def set_filter(self, queue_filter: verdicts.QueueFilter) -> None:
        self.filter = queue_filter
        self.reload()

    def has_more(self) -> bool:
        return len(self.rows) < self.total

    def next_page(self) -> list[verdicts.QueueRow]:
        page = verdicts.queue(self.db, self.filter, offset=len(self.rows), limit=self.PAGE)
        page = [row for row in page if row.id not in self._ids]  # the queue moved under us: no row twice
        if not page:
            self.total = len(self.rows)  # fewer than counted: others took some meanwhile
        self._ids.update(row.id for row in page)
        return page

    def remove_verdict(self, verdict_id: int) -> None:
        """A decided verdict leaves the queue (the core's next page starts one row earlier too)."""
        row = self.row_of(verdict_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.rows[row]
        self._ids.discard(verdict_id)
        self.total -= 1
        self.endRemoveRows()

    # model interface
    def waiting_since(self, row: verdicts.QueueRow) -> str | None:
        """Waiting for review counts from submission; in other states, from the last change."""
        return row.submitted_at if self.filter.state == "submitted" else row.updated_at

    def quote(self, row: verdicts.QueueRow) -> str:
        quote = " ".join((row.quote or "").split())
        return quote if len(quote) <= self.QUOTE_CHARS else quote[:self.QUOTE_CHARS] + "…"

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.DisplayRole:
            if column == 0:
                return directed(waiting_text(self.waiting_since(row)))
            if column in (2, 6):
                return directed(row.summary if column == 2 else self.quote(row))
            if column == 5:
                return row.cluster_size
            if column == 4:
                return joined(language_name(code) for code in row.languages.split(",") if code)
            return directed((row.rating, row.checker)[(1, 3).index(column)])
        if role == Qt.TextAlignmentRole:
            if column in (2, 6):
                return aligned_text(row.summary if column == 2 else row.quote or "")
            if column in (0, 5):
                return int(Qt.AlignTrailing | Qt.AlignVCenter)
        if role == Qt.ToolTipRole:
            if column == 0:
                return self.waiting_since(row)
            if column == 2:
                return row.summary
            if column == 6:
                return row.quote
        if role == ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        return None


class ClaimsView(QTextBrowser):
    """The quotes of every claim of a cluster, grouped by language, each paragraph laid out in
    the direction of its own script (Arabic and Hebrew from the right)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        font = QFont()
        font.setFamilies(READING_FONTS)
        self.setFont(font)
        scale_font(self, READING_SCALE)
        self.quotes: list[tuple[str, str]] = []  # (language, quote) as shown

    def show_claims(self, groups: list[tuple[str, list[tuple[str, str]]]]) -> None:
        """``groups``: (language, [(quote, article title), ...]) in the order to show."""
        self.clear()
        self.quotes = []
        cursor = QTextCursor(self.document())
        first = True
        heading, quote, small = QTextCharFormat(), QTextCharFormat(), QTextCharFormat()
        heading.setFontWeight(QFont.Bold)
        small.setForeground(self.palette().placeholderText())
        small.setFontPointSize(self.font().pointSizeF() * 0.85)
        for language, claims in groups:
            self._block(cursor, first, "ltr", top=0 if first else 10)
            first = False
            cursor.insertText(self.tr("{lang} · {n} claim(s)").format(lang=language_name(language), n=len(claims)), heading)
            for text, title in claims:
                self.quotes.append((language, text))
                self._block(cursor, False, text_direction(text, "rtl" if language in ("ar", "he") else "ltr"), top=6)
                cursor.insertText(text, quote)
                self._block(cursor, False, text_direction(title), top=0)
                cursor.insertText("\u2014 " + title, small)
        self.moveCursor(QTextCursor.Start)

    @staticmethod
    def _block(cursor: QTextCursor, first: bool, direction: str, top: int) -> None:
        fmt = QTextBlockFormat()
        fmt.setLayoutDirection(Qt.RightToLeft if direction == "rtl" else Qt.LeftToRight)
        fmt.setAlignment(Qt.AlignLeading)
        fmt.setTopMargin(top)
        if first:
            cursor.setBlockFormat(fmt)
        else:
            cursor.insertBlock(fmt)

    def block_directions(self) -> list[tuple[str, str]]:
        out, block = [], self.document().begin()
        while block.isValid():
            out.append((block.text(), "rtl" if block.blockFormat().layoutDirection() == Qt.RightToLeft else "ltr"))
            block = block.next()
        return out


class QueueWindow(QMainWindow):
    """The review queue over the window's database connection (the main window polls for
    other programs' changes and calls ``refresh``)."""

    verdictChanged = Signal(int)  # a decision was made here on this verdict
    claimActivated = Signal(int)  # open this claim in the main window

    def __init__(self, db, user: str, parent=None):
        super().__init__(parent)
        self.setWindowFlag(Qt.Window)
        self.setWindowTitle(self.tr("Review queue"))
        self.db, self.user = db, user
        self.role = role_of(db, user)
        self.current: verdicts.Verdict | None = None
        self.authors: set[str] = set()
        self.comment_dialog: CommentDialog | None = None
        self.history_dialog: HistoryDialog | None = None
        self.last_message = ""

        self.model = QueueModel(db, verdicts.QueueFilter(), self)
        self._build_filters()
        self._build_table()
        self._build_detail()
        self._build_actions()
        self.counts = QLabel()
        self.counts.setAccessibleName(self.tr("Verdicts per state"))
        self.statusBar().addPermanentWidget(self.counts)

        splitter = QSplitter(Qt.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.filters)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(box)
        self.resize(1400, 900)
        self.model.fetchMore()
        self.show_counts()
        self.select_row(0)

    # --- building --------------------------------------------------------------------------
    def _build_filters(self) -> None:
        self.checker_filter = QComboBox()
        self.checker_filter.setAccessibleName(self.tr("Filter by checker"))
        self.checker_filter.addItem(self.tr("any checker"), "")
        for name, _role in people(self.db):
            self.checker_filter.addItem(name, name)
        self.rating_filter = QComboBox()
        self.rating_filter.setAccessibleName(self.tr("Filter by rating"))
        self.rating_filter.addItem(self.tr("any rating"), "")
        for label, _value in verdicts.ratings(self.db, include_retired=True):
            self.rating_filter.addItem(label, label)
        self.language_filter = QComboBox()
        self.language_filter.setAccessibleName(self.tr("Filter by language"))
        self.language_filter.addItem(self.tr("any language"), "")
        for code in library_languages(self.db):
            self.language_filter.addItem(code, code)
        self.age_filter = QDoubleSpinBox()
        self.age_filter.setAccessibleName(self.tr("Minimum age in days"))
        self.age_filter.setRange(0, 3650)
        self.age_filter.setDecimals(1)
        self.age_filter.setSuffix(self.tr(" d"))
        self.size_filter = QSpinBox()
        self.size_filter.setAccessibleName(self.tr("Minimum claims in cluster"))
        self.size_filter.setRange(0, 100000)
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search summaries and quotes"))
        self.search.setPlaceholderText(self.tr("Search summaries, quotes and statements"))
        self.search.setClearButtonEnabled(True)
        self.state_filter = QComboBox()
        self.state_filter.setAccessibleName(self.tr("State"))
        for state in QUEUE_STATES:
            self.state_filter.addItem(self.tr(state), state)
        self.order = QComboBox()
        self.order.setAccessibleName(self.tr("Order"))
        for key, label in ORDERS:
            self.order.addItem(self.tr(label), key)
        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS, timeout=self.apply_filters)
        self.search.textChanged.connect(lambda _: self.search_timer.start())
        for combo in (self.checker_filter, self.rating_filter, self.language_filter, self.state_filter, self.order):
            combo.currentIndexChanged.connect(lambda _: self.apply_filters())
        self.age_filter.valueChanged.connect(lambda _: self.apply_filters())
        self.size_filter.valueChanged.connect(lambda _: self.apply_filters())

        self.filters = QWidget()
        grid = QGridLayout(self.filters)
        grid.setContentsMargins(0, 0, 0, 0)
        for column, (label, widget) in enumerate((
                (self.tr("State"), self.state_filter), (self.tr("Checker"), self.checker_filter),
                (self.tr("Rating"), self.rating_filter), (self.tr("Language"), self.language_filter),
                (self.tr("Older than"), self.age_filter), (self.tr("Claims ≥"), self.size_filter),
                (self.tr("Order"), self.order))):
            grid.addWidget(QLabel(label), 0, column)
            grid.addWidget(widget, 1, column)
        grid.addWidget(QLabel(self.tr("Search")), 0, 7)
        grid.addWidget(self.search, 1, 7)
        grid.setColumnStretch(7, 1)

    def _build_table(self) -> None:
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Verdicts"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)  # no row measured: opens fast
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setSectionResizeMode(2, QHeaderView.Stretch)
        header.setSectionResizeMode(6, QHeaderView.Stretch)
        for column, width in ((0, 70), (1, 100), (3, 100), (4, 80), (5, 60)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _: self._on_row(current))
        self.table.doubleClicked.connect(self._open_in_window)

    def _build_detail(self) -> None:
        self.claims_view = ClaimsView()
        self.claims_view.setAccessibleName(self.tr("Claims of the cluster"))
        self.claims_label = QLabel()
        self.rating_label = QLabel()
        self.rating_label.setAccessibleName(self.tr("Rating and state"))
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(self.tr("Summary"))
        self.summary_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        font = self.summary_label.font()
        font.setBold(True)
        self.summary_label.setFont(font)
        scale_font(self.summary_label, 1.1)
        self.rationale = DirectedTextEdit()
        self.rationale.setReadOnly(True)
        self.rationale.setAccessibleName(self.tr("Rationale"))
        self.source_model = SourceTableModel(self)
        self.sources = sources_view(self.source_model, self.tr("Sources"))
        self.history = revision_table([], self.tr("History"))
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        show_as_message(self.warnings, "warning")

        claims_box = QWidget()
        claims_layout = QVBoxLayout(claims_box)
        claims_layout.setContentsMargins(0, 0, 0, 0)
        claims_layout.addWidget(self.claims_label)
        claims_layout.addWidget(self.claims_view)
        verdict_box = QWidget()
        verdict_layout = QVBoxLayout(verdict_box)
        verdict_layout.setContentsMargins(0, 0, 0, 0)
        verdict_layout.addWidget(self.rating_label)
        verdict_layout.addWidget(self.summary_label)
        verdict_layout.addWidget(self.warnings)
        verdict_layout.addWidget(self.rationale, 3)
        verdict_layout.addWidget(QLabel(self.tr("Sources")))
        verdict_layout.addWidget(self.sources, 2)
        history_box = QWidget()
        history_layout = QVBoxLayout(history_box)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(QLabel(self.tr("History")))
        history_layout.addWidget(self.history)
        self.history_layout = history_layout
        self.detail = QSplitter(Qt.Horizontal)
        for widget in (claims_box, verdict_box, history_box):
            self.detail.addWidget(widget)
        self.detail.setStretchFactor(0, 4)
        self.detail.setStretchFactor(1, 4)
        self.detail.setStretchFactor(2, 3)
        self.detail.setChildrenCollapsible(False)
        self.detail.setSizes([520, 520, 420])

    def _build_actions(self) -> None:
        toolbar = self.addToolBar(self.tr("Review"))
        toolbar.setObjectName("review-toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonTextOnly)

        def action(text: str, keys: str | None, slot) -> QAction:
            made = QAction(text, self)
            if keys:
                made.setShortcut(QKeySequence(keys))
                made.setToolTip(f"{text} ({key_text(QKeySequence(keys))})")
            made.setShortcutContext(Qt.WindowShortcut)
            made.triggered.connect(slot)
            toolbar.addAction(made)
            self.addAction(made)
            return made

        self.approve_action = action(self.tr("Approve"), "Ctrl+Return", lambda: self.decide("approve"))
        self.return_action = action(self.tr("Return…"), "Ctrl+R", self.ask_return)
        self.publish_action = action(self.tr("Publish"), "Ctrl+Shift+P", lambda: self.decide("publish"))
        self.reopen_action = action(self.tr("Reopen"), None, lambda: self.decide("reopen"))
        toolbar.addSeparator()
        self.history_action = action(self.tr("History…"), "Ctrl+H", self.show_history)
        self.open_action = action(self.tr("Open in the window"), "Ctrl+O", self._open_in_window)
        self.refresh_action = action(self.tr("Refresh"), "F5", self.refresh)
        self.decision_actions = {"approve": self.approve_action, "return": self.return_action,
                                 "publish": self.publish_action, "reopen": self.reopen_action}

    # --- filters -----------------------------------------------------------------------------
    def queue_filter(self) -> verdicts.QueueFilter:
        return verdicts.QueueFilter(
            state=self.state_filter.currentData(), checker=self.checker_filter.currentData(),
            rating=self.rating_filter.currentData(), language=self.language_filter.currentData(),
            min_age_days=self.age_filter.value(), min_cluster_size=self.size_filter.value(),
            text=self.search.text().strip(), order=self.order.currentData())

    def apply_filters(self) -> None:
        self.search_timer.stop()
        self.model.set_filter(self.queue_filter())
        self.model.fetchMore()
        self.select_row(0)
        self.show_counts()

    # --- rows ----------------------------------------------------------------------------------
    def select_row(self, row: int) -> None:
        """Select the row (the nearest one left), loading the next page if needed."""
        while row >= self.model.rowCount() and self.model.canFetchMore():
            self.model.fetchMore()
        if self.model.rowCount() == 0:
            self.table.setCurrentIndex(QModelIndex())
            self._show(None)
            return
        index = self.model.index(min(max(row, 0), self.model.rowCount() - 1), 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self._on_row(index)

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _on_row(self, index) -> None:
        verdict = None
        if index.isValid():
            try:
                verdict = verdicts.get_verdict(self.db, index.data(ID_ROLE))
            except WorkbenchError as exc:
                self.notify(error_text(exc), error=True)
        if verdict is None or self.current is None or verdict != self.current:
            self._show(verdict)

    def _show(self, verdict: verdicts.Verdict | None) -> None:
        self.current = verdict
        self.authors = verdicts.authors(self.db, verdict.id) if verdict is not None else set()
        if verdict is None:
            self.claims_label.setText(self.tr("No verdict selected."))
            self.claims_view.show_claims([])
            self.rating_label.clear()
            self.summary_label.clear()
            self.rationale.set_text("")
            self.source_model.set_sources([])
            self._set_history([])
            self.warnings.clear()
        else:
            groups = self._claim_groups(verdict)
            self.claims_label.setText(self.tr("Verdict {id} covers {n} claim(s): {langs}").format(
                id=verdict.id, n=sum(len(c) for _, c in groups), langs=joined(language_name(lang) for lang, _ in groups)))
            self.claims_view.show_claims(groups)
            self.rating_label.setText(in_interface_direction(
                self.tr("<b>{rating}</b> · {state} · revision {rev} · checker {checker}").format(
                    rating=isolated(verdict.rating), state=term_text(verdict.state), rev=verdict.revision,
                    checker=isolated(verdict.checker))))
            direct_label(self.summary_label, verdict.summary)
            self.rationale.set_text(verdict.rationale)
            self.source_model.set_sources(verdict.sources)
            self._set_history(verdicts.history(self.db, verdict.id))
            lines = [("\u26a0 " + translated(w)) for w in verdict.warnings()]
            if verdict.comment:
                lines.append(self.tr("Comment: {text}").format(text=verdict.comment))
            self.warnings.setText("\n".join(lines))
        self._update_actions()

    def _claim_groups(self, verdict: verdicts.Verdict) -> list[tuple[str, list[tuple[str, str]]]]:
        """The verdict's claims grouped by language (Arabic, Hebrew, English first), with the
        title of each claim's article."""
        claims = []
        for claim_id in verdict.claims or [verdict.anchor_claim]:
            try:
                claims.append(get_claim(self.db, claim_id))
            except WorkbenchError:
                continue
        ids = sorted({c.article_id for c in claims})
        titles = {a.id: a.title for a in list_articles(self.db, ids=ids, include_old_versions=True)} if ids else {}
        groups: dict[str, list[tuple[str, str]]] = {}
        for claim in claims:
            language = claim_language(self.db, claim.article_id, claim.start)
            groups.setdefault(language, []).append((claim.quote, titles.get(claim.article_id, "")))
        rank = {code: i for i, code in enumerate(LANGUAGES)}
        return sorted(groups.items(), key=lambda item: (rank.get(item[0], len(rank)), item[0]))

    def _set_history(self, revisions: list) -> None:
        table = revision_table(revisions, self.tr("History"))
        self.history_layout.replaceWidget(self.history, table)
        self.history.hide()
        self.history.deleteLater()
        self.history = table
        if revisions:
            table.scrollToBottom()

    def _update_actions(self) -> None:
        verdict = self.current
        for action_name, action in self.decision_actions.items():
            reason = why_not(action_name, verdict, self.user, self.role, self.authors) if verdict else \
                self.tr("Select a verdict first.")
            action.setEnabled(not reason)
            keys = key_text(action.shortcut())
            action.setToolTip(reason or (f"{action.text()} ({keys})" if keys else action.text()))
        self.history_action.setEnabled(verdict is not None)
        self.open_action.setEnabled(verdict is not None)

    # --- decisions ---------------------------------------------------------------------------
    def decide(self, action: str, comment: str = "") -> bool:
        """Approve, return, publish or reopen the selected verdict; the core decides whether this
        person may. A verdict that leaves the shown state leaves the list; the next is selected."""
        index = self.table.currentIndex()
        row = self.model.rows[index.row()] if index.isValid() else None
        if row is None:
            self.notify(self.tr("Select a verdict first."), error=True)
            return False
        try:
            verdict = verdicts.transition(self.db, row.id, action, who=self.user, comment=comment,
                                          expected_revision=row.revision)
        except Conflict as exc:
            self.notify(error_text(exc) + " " + self.tr("The queue was reloaded."), error=True)
            self.refresh()
            return False
        except WorkbenchError as exc:
            self.notify(error_text(exc), error=True)
            return False
        at = index.row()
        if verdict.state != self.model.filter.state:
            self.model.remove_verdict(verdict.id)
        else:
            self.refresh()
        self.select_row(at)
        self.show_counts()
        self.notify(self.tr("Verdict {id}: {action} done; it is {state} now.").format(
            id=verdict.id, action=term_text(action), state=term_text(verdict.state)))
        self.verdictChanged.emit(verdict.id)
        return True

    def ask_return(self) -> CommentDialog | None:
        if self.current is None:
            self.notify(self.tr("Select a verdict first."), error=True)
            return None
        verdict_id = self.current.id

        def send(comment: str) -> str | None:
            if self.current_id() != verdict_id:
                return self.tr("The selected verdict changed: close this and try again.")
            return None if self.decide("return", comment) else self.last_message

        self.comment_dialog = CommentDialog(self.tr("Return verdict {id}").format(id=verdict_id),
                                            self.tr("Say what the checker should change:"), send, self)
        self.comment_dialog.open()
        return self.comment_dialog

    def show_history(self) -> HistoryDialog | None:
        if self.current is None:
            return None
        self.history_dialog = HistoryDialog(verdicts.history(self.db, self.current.id), self)
        self.history_dialog.show()
        return self.history_dialog

    def _open_in_window(self, *_) -> None:
        if self.current is not None:
            self.claimActivated.emit(self.current.anchor_claim)

    # --- refreshing ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload after a change elsewhere, keeping the selected verdict (or its row) and as many
        rows as were loaded."""
        selected, at = self.current_id(), max(self.table.currentIndex().row(), 0)
        loaded = len(self.model.rows)
        self.role = role_of(self.db, self.user)
        self.model.reload()
        while len(self.model.rows) < loaded and self.model.canFetchMore():
            self.model.fetchMore()
        if not self.model.rows:
            self.model.fetchMore()
        row = self.model.row_of(selected) if selected is not None else None
        self.current = None  # shown again from the database
        self.select_row(row if row is not None else at)
        self.show_counts()

    def show_counts(self) -> None:
        counts = verdicts.state_counts(self.db)
        self.counts.setText(" · ".join(f"{self.tr(state)} {n}" for state, n in counts.items()))
        shown = self.model.filter.state
        self.setWindowTitle(self.tr("Review queue — {n} {state}").format(n=self.model.total, state=self.tr(shown)))

    def notify(self, message: str, error: bool = False) -> None:
        self.last_message = message
        self.statusBar().showMessage(message, 15000 if error else 8000)

