"""The same claim elsewhere, in the window: the matching index built in the background and
kept, the links pane's candidates and cluster for the selected claim, same / different
decisions (undoable), sentences of unmarked articles, linking the whole library, and the
desk's glossary terms. The window builds the pane and the actions; this drives them."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from ui.kit import tasks
from ui.kit.core_text import error_text
from ui.kit.words import interface_language, language_name
from ui.linking.links_pane import GlossaryDialog, link_rows, sentence_rows
from ui.reader.commands import DecideLink, MarkClaim
from workbench.kernel.errors import WorkbenchError
from workbench.linking.clusters import cluster_of
from workbench.linking.glossary import add_term, concept_key, concept_names, load_glossary
from workbench.linking.links import link_all, load_index, split_off
from workbench.linking.links import suggest as suggest_links
from workbench.linking.sentence_links import sentence_candidates
from workbench.text.textnorm import fold, tokens

INDEX_DELAY_MS = 1500  # claims changed: rebuild the matching index once the checker pauses
SUGGESTIONS = 10


class LinkingController(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.glossary = None
        self.link_index = None
        self.index_task: tasks.Task | None = None
        self.index_error = ""
        self.index_builds = 0  # indexes received so far
        self._index_again = False
        self.unmarked_task: tasks.Task | None = None
        self.last_link_report = None
        self._links_shown = None
        self._link_version = 0
        self.index_timer = QTimer(self, singleShot=True, interval=INDEX_DELAY_MS, timeout=self.rebuild_index)

    def forget_shown(self) -> None:
        """Show the links again at the next look, even for the same claim (another program changed them)."""
        self._links_shown = None

    def rebuild_index(self) -> tasks.Task | None:
        """Build the matching index in a pool thread with its own connection; the window keeps
        using the previous index (if any) until the new one is ready."""
        self.index_timer.stop()
        if self.index_task is not None:
            self._index_again = True  # claims changed while building: build once more afterwards
            return None
        def work(db, progress, cancelled):
            glossary = load_glossary(db)
            return glossary, load_index(db, glossary)

        task = tasks.Task(tasks.on_own_connection(self.window.db_path, work))
        task.signals.finished.connect(self._on_index_ready)
        task.signals.failed.connect(self._on_index_failed)
        self.index_task = task
        return tasks.start(task)

    def _after_index_task(self) -> None:
        self.index_task = None
        if self._index_again:
            self._index_again = False
            self.rebuild_index()

    def _on_index_ready(self, result) -> None:
        self.glossary, self.link_index = result
        if self.link_index.refreshed:  # the signatures it stored are no colleague's change: no second build
            self.window._data_version = self.window._current_data_version()
        self.index_error = ""
        self.index_builds += 1
        self._links_shown = None
        self._after_index_task()
        self.show_links()

    def _on_index_failed(self, message: str) -> None:
        self.index_error = message
        self._links_shown = None
        self._after_index_task()
        self.show_links()
        # shown in the links pane; the status bar only, so it does not replace the checker's last message
        self.window.statusBar().showMessage(self.tr("Suggestions of the same claim are unavailable: {why}").format(why=message), 10000)

    def show_links(self, keep_row: int | None = None) -> None:
        """Candidates and cluster of the selected claim (asked of the core, with the cached index)."""
        claim = self.window.claim_pane.current
        self.window.verdict_pane.show_claim(claim.id if claim is not None else None)  # its cluster's verdict
        pane = self.window.links_pane
        if claim is None:
            key = None
        else:
            key = (claim.id, claim.quote, claim.statement, self.index_builds, self.index_error, self._link_version)
        if key is not None and key == self._links_shown and keep_row is None:
            return
        self._links_shown = key
        if claim is None:
            pane.clear(self.tr("Select a claim to see the same claim in other articles."))
            self.update_actions()
            return
        try:
            members = cluster_of(self.window.db, claim.id)
            pane.set_cluster(link_rows(self.window.db, [(m, None) for m in members], self_id=claim.id))
            if self.link_index is None:
                pane.set_candidates([])
                pane.show_status(self.tr("Suggestions are unavailable: {why}").format(why=self.index_error)
                                 if self.index_error else self.tr("Preparing suggestions…"))
            else:
                found = suggest_links(self.window.db, claim.id, top=SUGGESTIONS, index=self.link_index, glossary=self.glossary)
                pane.set_candidates(link_rows(self.window.db, [(c.claim_id, c) for c in found]), keep_row)
                pane.show_status(
                    self.tr("{n} possible match(es), best first · Ctrl+L same claim · Ctrl+Shift+L different · "
                            "F8 next").format(n=len(found)) if found else
                    self.tr("No other claim in the library looks like this one."))
        except WorkbenchError as exc:
            pane.clear(error_text(exc))
        except Exception as exc:  # a bug in matching must reach the checker as a message, not a dead pane
            pane.clear(self.tr("Suggestions failed: {why}").format(why=f"{type(exc).__name__}: {exc}"))
        self.update_actions()

    def update_actions(self) -> None:
        pane = self.window.links_pane
        has_claim = self.window.claim_pane.current is not None
        if hasattr(self.window, "same_action"):  # the actions are made after the pane
            chosen = has_claim and pane.current_candidate() is not None
            self.window.same_action.setEnabled(chosen)
            self.window.different_action.setEnabled(chosen)
            self.window.split_action.setEnabled(has_claim and pane.current_member() is not None)
            self.window.unmarked_action.setEnabled(has_claim)

    def on_links_changed(self) -> None:
        self._link_version += 1
        self.show_links()

    def decide_candidate(self, decision: str) -> None:
        """The selected claim and the selected candidate are the same claim, or different ones."""
        claim, candidate = self.window.claim_pane.current, self.window.links_pane.current_candidate()
        if claim is None or candidate is None:
            self.window.notify(self.tr("Select a claim and one of its candidates first."), error=True)
            return
        if candidate.span is not None:
            self._decide_sentence(claim, candidate, decision)
            return
        row = self.window.links_pane.candidate_view.currentIndex().row()
        command = DecideLink(self.window.ops, claim.id, candidate.claim_id, decision, self.window.user, candidate.score)
        self.window.undo_stack.push(command)
        if not command.stored:
            return
        self.show_links(keep_row=row)
        if decision == "same":
            self.window.notify(self.tr("Linked as the same claim ({lang}, {title}).").format(
                lang=language_name(candidate.language), title=candidate.title[:60]))
        else:
            self.window.notify(self.tr("Marked as a different claim: it will not be suggested again (Ctrl+Z takes it back)."))

    def _decide_sentence(self, claim, candidate, decision: str) -> None:
        """A sentence of an unmarked article: "same" marks it as a claim and links it (one undo
        step); "different" only takes it off the list (nothing is stored about unmarked text)."""
        if decision == "different":
            self.window.links_pane.remove_candidate(candidate)
            return
        self.window.undo_stack.beginMacro(self.tr("Mark and link as the same claim"))
        mark = MarkClaim(self.window.ops, candidate.article_id, *candidate.span, checker=self.window.user)
        self.window.undo_stack.push(mark)
        if mark.claim is not None:
            self.window.undo_stack.push(DecideLink(self.window.ops, claim.id, mark.claim.id, "same", self.window.user, candidate.score))
        self.window.undo_stack.endMacro()
        if mark.claim is not None:
            self.window.notify(self.tr("Marked in \u201c{title}\u201d and linked as the same claim.").format(
                title=candidate.title[:60]))
        self.window.select_claim_in_place(claim)

    def find_in_unmarked(self) -> tasks.Task | None:
        """Sentences of articles nobody has marked that may state the selected claim (in a pool
        thread: it searches the whole library); they are added after the candidate claims."""
        claim = self.window.claim_pane.current
        if claim is None or self.link_index is None:
            self.window.notify(self.tr("Select a claim (and wait for suggestions to be ready) first."), error=True)
            return None
        index, glossary, claim_id = self.link_index, self.glossary, claim.id

        def work(db, progress, cancelled):
            return claim_id, sentence_rows(db, sentence_candidates(db, claim_id, index=index, glossary=glossary))

        def done(result) -> None:
            self.unmarked_task = None
            found_for, rows = result
            current = self.window.claim_pane.current
            if current is None or current.id != found_for:
                return
            self.window.links_pane.add_candidates(rows)
            if rows:
                self.window.links_pane.show_status(self.tr(
                    "{n} sentence(s) of unmarked articles, after the claims: double-click to open, "
                    "Ctrl+L marks and links").format(n=len(rows)))
            self.window.notify(self.tr("{n} sentence(s) of unmarked articles may state this claim.").format(n=len(rows))
                        if rows else self.tr("No unmarked article seems to state this claim."))

        task = tasks.Task(tasks.on_own_connection(self.window.db_path, work))
        task.signals.finished.connect(done)
        task.signals.failed.connect(lambda message: self.window.notify(message, error=True))
        self.unmarked_task = task
        self.window.notify(self.tr("Searching unmarked articles…"))
        return tasks.start(task)

    def split_off_member(self) -> None:
        claim, member = self.window.claim_pane.current, self.window.links_pane.current_member()
        if claim is None or member is None:
            self.window.notify(self.tr("Select a claim of the cluster first."), error=True)
            return
        try:
            split = split_off(self.window.db, member.claim_id, who=self.window.user)
        except WorkbenchError as exc:
            self.window.notify(error_text(exc), error=True)
            return
        self._link_version += 1
        self.show_links()
        self.window.verdict_pane.refresh()
        message = self.tr("Split off from a cluster of {n} other claim(s).").format(n=len(split.left))
        self.window.notify(" ".join([message, *split.messages]))

    def start_link_all(self) -> tasks.Task | None:
        """Link the whole library in a pool thread: progress and cancel in the status bar."""
        def work(db, progress, cancelled):
            def report(done: int, total: int) -> bool:
                progress(done, total, "")
                return not cancelled()
            return link_all(db, progress=report)

        return self.window.link_job.start(self.window.db_path, work, self.tr("Linking all claims…"))

    def end_link_all(self) -> None:
        self._link_version += 1
        self.show_links()

    def on_link_finished(self, report) -> None:
        self.last_link_report = report
        message = self.tr("Linked all claims: {claims} claim(s), {scored} new or changed scored, "
                          "{candidates} candidate pair(s) for review, {linked} linked automatically.").format(
            claims=report.claims, scored=report.scored, candidates=report.candidates, linked=report.linked)
        if report.cancelled:
            message = self.tr("Linking cancelled (it resumes where it stopped). ") + message
        self.window.verdict_pane.refresh()
        self.window.notify(" ".join([message, *report.messages]))

    def on_link_failed(self, message: str) -> None:
        self.window.notify(self.tr("Linking failed: {why}").format(why=message), error=True)

    def add_to_glossary(self) -> GlossaryDialog:
        """Teach the matcher a desk's own term (the selected word, by default); the index is rebuilt."""
        selected = self.window.reader.textCursor().selectedText().replace("\u2029", " ").strip()
        language = (self.window.reader.article or {}).get("language", "")
        try:
            concepts = sorted((self.glossary or load_glossary(self.window.db)).concepts)
        except (WorkbenchError, OSError, ValueError):  # the shipped glossary is unreadable: new concepts still work
            concepts = []

        def save(concept: str, term_language: str, term: str) -> str | None:
            words = tokens(fold(term.rstrip("*")))
            try:
                before = {m.concept for m in load_glossary(self.window.db).find(words) if m.first == 0 and m.count == len(words)}
                add_term(self.window.db, concept, term_language, term, added_by=self.window.user)
            except (WorkbenchError, OSError, ValueError) as exc:
                return error_text(exc)
            self.rebuild_index()
            concept = concept_key(concept)
            message = self.tr("Added \u201c{term}\u201d ({lang}) to {concept}; suggestions are being updated.")
            if before and concept not in before:  # the desk's reading replaces the shipped one: say so
                message = self.tr("\u201c{term}\u201d ({lang}) now reads as {concept} instead of {other}; "
                                  "suggestions are being updated.")
            self.window.notify(message.format(term=term, lang=language_name(term_language), concept=concept, other=", ".join(sorted(before))))
            return None

        dialog = GlossaryDialog(concepts, language, selected[:80], save, self.window,
                                names=concept_names(interface_language(), self.window.db))
        self.glossary_dialog = dialog
        dialog.open()
        return dialog
