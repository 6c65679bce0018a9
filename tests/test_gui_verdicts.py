"""Verdicts in the window, driven offscreen through the real widgets: the Verdict dock (write,
sources, save, submit; the supervisor's approve, return, publish, reopen; conflicts between two
windows; history), the review queue (its lazy model alone, filters, keyboard decisions) and
refreshing when another program changed the database."""

import json
import os
import re
from datetime import datetime, timedelta, timezone

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import app_state  # noqa: E402
from conftest import SCREENSHOTS, Core, by_name  # noqa: E402
from PySide6.QtCore import QEvent, QSettings, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent, QTextCursor  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox  # noqa: E402

from ui.app import prepare_database  # noqa: E402
from ui.kit.directed_text import DirectedTextEdit  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.review.queue_window import QueueModel, waiting_text  # noqa: E402
from workbench.claims.importing import import_claims  # noqa: E402
from workbench.db.audit import entries  # noqa: E402
from workbench.linking.clusters import cluster_of  # noqa: E402
from workbench.linking.links import decide  # noqa: E402
from workbench.review import verdicts  # noqa: E402
from workbench.review.people import register  # noqa: E402
from workbench.review.sources import Source  # noqa: E402

restore_application = app_state.restore_application

pytestmark = pytest.mark.usefixtures("event_loops_run")
WAIT_MS = 30000  # generous; no timing is asserted

SUMMARY_AR = "صحيح إلى حد كبير: أكثر من 10 آلاف جندي كوري شمالي في روسيا بحسب البنتاغون"
RATIONALE_AR = ("Pyongyang أرسلت بحسب وزارة الدفاع الأمريكية أكثر من 10 آلاف جندي إلى شرق روسيا، "
                "ومن المتوقع أن يشاركوا في القتال قريبا.")
RATIONALE_EN = "The Pentagon briefing of 28 October 2024 gives the figure: https://www.defense.gov/News/"
COMMENT_AR = "أضف مصدرا ثانيا مستقلا عن البنتاغون"


def import_seed(db_path, tmp_path, seed) -> dict[str, int]:
    """The sample articles and the hand-marked claims (their pairs left out): external id -> claim id."""
    prepare_database(db_path)
    path = tmp_path / "claims.json"
    path.write_text(json.dumps({"claims": seed["claims"]}, ensure_ascii=False), "utf-8")
    with Core(db_path) as db:
        report = import_claims(db, path, who="Noa", with_pairs=False)
    assert not report.problems
    return report.added


def troops_claims(seed, marked) -> tuple[int, int]:
    """The two Arabic claims that North Korea sent more than 10,000 troops, found by their quotes."""
    found = [c for c in seed["claims"] if "جندي" in c["quote"] and ("آلاف جندي" in c["quote"] or "10،000" in c["quote"])]
    assert len(found) == 2, [c["id"] for c in found]
    return marked[found[0]["id"]], marked[found[1]["id"]]


@pytest.fixture
def seeded_desk(db_path, tmp_path, seed):
    """The sample library with the seed claims, the troops claims linked, a checker (Noa, Dan) and
    a supervisor (Sara, Omar)."""
    marked = import_seed(db_path, tmp_path, seed)
    a, b = troops_claims(seed, marked)
    with Core(db_path) as db:
        register(db, "Noa", "checker")
        register(db, "Sara", "supervisor")
        register(db, "Dan", "checker", by="Sara")
        register(db, "Omar", "supervisor", by="Sara")
        decide(db, a, b, "same", who="Noa")

    class Desk:
        pass

    seeded_desk = Desk()
    seeded_desk.marked, seeded_desk.troops = marked, (a, b)
    return seeded_desk


def plain(text) -> str:
    """A cell's text without the direction marks the window adds for display."""
    return text.translate({ord(c): None for c in "\u200e\u200f\u2068\u2069"}) if isinstance(text, str) else text


def type_text(qtbot, widget, text: str) -> None:
    """Type as a keyboard of any script does: one key event per character, carrying its text
    (QTest.keyClicks knows only ASCII keys)."""
    widget.setFocus()
    for char in text:
        if char == "\n":
            qtbot.keyClick(widget, Qt.Key_Return)
            continue
        for kind in (QEvent.KeyPress, QEvent.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key_unknown, Qt.NoModifier, char))


def new_window(qtbot, db_path, tmp_path, user: str) -> MainWindow:
    settings = QSettings(str(tmp_path / f"settings-{user}.ini"), QSettings.IniFormat)
    win = MainWindow(db_path, user, settings)
    qtbot.addWidget(win)
    win.show()
    activate(qtbot, win)
    return win


def show_claim(win, claim_id: int) -> None:
    win.open_claim(claim_id)
    assert win.claim_pane.current is not None and win.claim_pane.current.id == claim_id
    win.show_verdict_dock()


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.LeftButton)


def add_web_source(qtbot, pane, url: str, title: str, stance: str = "supports", **fields) -> None:
    click(qtbot, pane.add_source_button)
    dialog = pane.source_dialog
    assert dialog is not None and dialog.isVisible()
    type_text(qtbot, dialog.url, url)
    type_text(qtbot, dialog.title, title)
    for name, value in fields.items():
        widget = getattr(dialog, name)
        widget.clear()
        type_text(qtbot, widget, value)
    dialog.stance.setCurrentIndex(dialog.stance.findData(stance))
    click(qtbot, dialog.buttons.button(QDialogButtonBox.Ok))
    assert not dialog.isVisible(), dialog.message.text()


def add_article_source(qtbot, pane, article_id: int, passage: str) -> None:
    click(qtbot, pane.add_source_button)
    dialog = pane.source_dialog
    dialog.article.setValue(article_id)
    assert not dialog.url.isEnabled()  # linked: what the library says of the article
    dialog.passage.setFocus()
    type_text(qtbot, dialog.passage, passage)
    click(qtbot, dialog.buttons.button(QDialogButtonBox.Ok))
    assert not dialog.isVisible(), dialog.message.text()


def write_verdict(qtbot, win, db_path) -> None:
    """As a checker: rating, Arabic summary, a rationale of two paragraphs, two sources."""
    pane = win.verdict_pane
    pane.rating.setCurrentIndex(pane.rating.findText("Mostly true"))
    type_text(qtbot, pane.summary, SUMMARY_AR)
    pane.rationale.setFocus()
    type_text(qtbot, pane.rationale, RATIONALE_AR)
    qtbot.keyClick(pane.rationale, Qt.Key_Return)
    type_text(qtbot, pane.rationale, RATIONALE_EN)
    add_web_source(qtbot, pane, "https://www.defense.gov/News/Transcripts/Transcript/Article/3948466/",
                   "Pentagon press briefing", publisher="U.S. Department of Defense", published="2024-10-28",
                   archive="https://web.archive.org/web/2024/https://www.defense.gov/News/")
    with Core(db_path) as db:
        article = by_name(db, "004_d5d7dac400910391.txt")["id"]
    add_article_source(qtbot, pane, article, "أكثر من 10،000 جندي")


def confirm_reload(monkeypatch, answer: str) -> list[str]:
    """Answer the conflict message box with its button called ``answer``; the texts it showed."""
    shown = []

    def exec_(box):
        shown.append(box.text())
        [button] = [b for b in box.buttons() if b.text() == answer]
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


def stored(db_path, verdict_id):
    with Core(db_path) as db:
        return verdicts.get_verdict(db, verdict_id), verdicts.history(db, verdict_id)


def activate(qtbot, window) -> None:
    """Make the window the active one, as a click on it would: window shortcuts need it."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)


def queue_of(qtbot, win):
    activate(qtbot, win)
    win.reader.setFocus()
    qtbot.keyClick(win.reader, Qt.Key_Q, Qt.ControlModifier | Qt.ShiftModifier)
    queue = win.queue_window
    assert queue is not None and queue.isVisible()
    activate(qtbot, queue)
    queue.table.setFocus()
    return queue


# --- the end-to-end path -----------------------------------------------------------------------------------


TROOPS_NUMBER = re.compile(r"10(?:،000| آلاف) جندي")
"""More than 10,000 North Korean soldiers: "10 آلاف جندي" in one Arabic article, "10،000 جندي" in the
other."""


@pytest.fixture
def sample_desk(db_path):
    """The sample articles, nothing marked yet, a checker (Noa) and a supervisor (Sara)."""
    prepare_database(db_path)
    with Core(db_path) as db:
        register(db, "Noa", "checker")
        register(db, "Sara", "supervisor")


def troops_sentences(db_path) -> list[tuple[int, int, int, str]]:
    """(article, start, end, sentence) of each article's one sentence saying the number of troops,
    found in the text: from the end of the sentence before (or the line's start) to its full stop."""
    found = []
    with Core(db_path) as db:
        articles = db.execute("SELECT id, text, language FROM articles WHERE is_current = 1 ORDER BY id").fetchall()
    for article_id, text, language in articles:
        hits = list(TROOPS_NUMBER.finditer(text))
        if not hits:
            continue
        assert len(hits) == 1 and language == "ar", (article_id, language, len(hits))
        at = hits[0].start()
        start = max(text.rfind("\n", 0, at) + 1, text.rfind(". ", 0, at) + 2)
        end = text.index(".", at) + 1
        assert "\n" not in text[start:end]
        found.append((article_id, start, end, text[start:end]))
    assert len(found) == 2, found
    return found


def open_in_library(qtbot, win, article_id: int) -> None:
    """Click the article's row in the library, as a checker does."""
    view = win.library_view
    index = win.library_filter.mapFromSource(win.library_model.index(win.library_model.row_of(article_id), 0))
    assert index.isValid()
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=view.visualRect(index).center())
    assert win.article_id == article_id and win.reader.article["id"] == article_id


def select_in_reader(win, start: int, end: int) -> None:
    """Select original offsets in the reader, as dragging over the text does."""
    cursor = QTextCursor(win.reader.document())
    cursor.setPosition(win.reader.map.to_doc(start))
    cursor.setPosition(win.reader.map.to_doc(end), QTextCursor.KeepAnchor)
    win.reader.setTextCursor(cursor)
    assert win.reader.selection_span() == (start, end)


def press(qtbot, win, key, modifiers=Qt.ControlModifier) -> None:
    """A window shortcut, pressed while reading the article."""
    activate(qtbot, win)
    win.reader.setFocus()
    qtbot.keyClick(win.reader, key, modifiers)


def candidate_ids(win) -> list[int]:
    return [row.claim_id for row in win.links_pane.candidates.rows]


def mark_troops_in_both_and_link(qtbot, win, db_path) -> tuple[tuple[int, str], tuple[int, str]]:
    """As the checker, in the window: mark the troops sentence of each Arabic article (select it in the
    reader, Ctrl+M), then link the two from the "Same claim elsewhere" pane (F8 to the candidate, Ctrl+L);
    what the core stored is checked after each step. The claims' ids and quotes."""
    (first_article, s1, e1, sentence1), (second_article, s2, e2, sentence2) = troops_sentences(db_path)
    qtbot.waitUntil(lambda: win.linking.link_index is not None or bool(win.linking.index_error), timeout=WAIT_MS)
    assert not win.linking.index_error

    # mark the sentence in the first Arabic article
    open_in_library(qtbot, win, first_article)
    select_in_reader(win, s1, e1)
    press(qtbot, win, Qt.Key_M)
    with Core(db_path) as db:
        rows = db.execute('SELECT id, article_id, start, "end", quote, checker FROM claims ORDER BY id').fetchall()
    assert [r[1:] for r in rows] == [(first_article, s1, e1, sentence1, "Noa")]
    first = rows[0][0]
    assert win.claim_pane.current.id == first and win.reader.current_claim == first
    qtbot.waitUntil(lambda: win.linking.link_index is not None and first in win.linking.link_index.row_of, timeout=WAIT_MS)

    # and in the second: the first is offered as the same claim elsewhere
    open_in_library(qtbot, win, second_article)
    select_in_reader(win, s2, e2)
    press(qtbot, win, Qt.Key_M)
    with Core(db_path) as db:
        rows = db.execute('SELECT id, article_id, start, "end", quote, checker FROM claims ORDER BY id').fetchall()
    assert [r[1:] for r in rows] == [(first_article, s1, e1, sentence1, "Noa"),
                                      (second_article, s2, e2, sentence2, "Noa")]
    second = rows[1][0]
    assert win.claim_pane.current.id == second
    qtbot.waitUntil(lambda: first in candidate_ids(win), timeout=WAIT_MS)
    for _ in candidate_ids(win):  # F8 (next candidate) until the first claim is the chosen one
        if win.links_pane.current_candidate() is not None and win.links_pane.current_candidate().claim_id == first:
            break
        press(qtbot, win, Qt.Key_F8, Qt.NoModifier)
    assert win.links_pane.current_candidate().claim_id == first
    assert win.same_action.isEnabled()
    press(qtbot, win, Qt.Key_L)  # Ctrl+L: the same claim
    with Core(db_path) as db:
        assert cluster_of(db, first) == cluster_of(db, second) == [first, second]
        assert db.execute("SELECT a, b, decision, origin, decided_by FROM claim_links").fetchall() == [
            (first, second, "same", "person", "Noa")]
    assert sorted(m.claim_id for m in win.links_pane.cluster.rows) == [first, second]
    assert first not in candidate_ids(win) and win.claim_pane.current.id == second
    return (first, sentence1), (second, sentence2)


def test_checker_writes_and_submits_supervisor_approves_and_publishes(qtbot, sample_desk, db_path, tmp_path):
    """The whole path in the window: the checker marks the troops sentence in both Arabic articles,
    links them as the same claim, writes the verdict with two sources and submits it; a supervisor
    approves and publishes it from the review queue's keyboard."""
    win = new_window(qtbot, db_path, tmp_path, "Noa")
    (first, sentence1), (second, sentence2) = mark_troops_in_both_and_link(qtbot, win, db_path)

    # the verdict, in the Verdict dock
    press(qtbot, win, Qt.Key_V, Qt.ControlModifier | Qt.ShiftModifier)
    pane = win.verdict_pane
    assert win.verdict_dock.isVisible()
    assert pane.verdict is None and pane.expected == verdicts.NEW
    assert "New verdict" in pane.heading.text()  # its count of claims: see the test after this one
    assert not pane.save_button.isEnabled() and not pane.action_buttons["approve"].isEnabled()
    write_verdict(qtbot, win, db_path)
    assert pane.rationale.block_directions() == ["rtl", "ltr"]  # each paragraph its own direction
    assert [s.stance for s in pane.source_model.sources] == ["supports", "supports"]
    assert plain(pane.source_model.data(pane.source_model.index(1, 1))).startswith("article ")
    click(qtbot, pane.save_button)
    assert "Saved verdict" in win.last_message and "2 claim(s)" in pane.heading.text()
    verdict = pane.verdict
    assert verdict is not None
    saved, _ = stored(db_path, verdict.id)
    assert (saved.state, saved.revision, saved.checker, saved.submitted_at) == ("draft", 1, "Noa", None)
    assert sorted(saved.claims) == [first, second] and saved.cluster_size == 2 and saved.languages == "ar"
    click(qtbot, pane.action_buttons["submit"])
    assert pane.verdict.state == "submitted" and pane.expected == 2
    assert not pane.action_buttons["approve"].isEnabled()  # a checker: greyed out
    assert "only a supervisor" in pane.action_buttons["approve"].toolTip()
    submitted, _ = stored(db_path, verdict.id)
    assert (submitted.state, submitted.revision, submitted.approved_by) == ("submitted", 2, None)
    assert submitted.submitted_at and len(submitted.sources) == 2

    # the supervisor's review queue
    boss = new_window(qtbot, db_path, tmp_path, "Sara")
    queue = queue_of(qtbot, boss)
    assert queue.model.rowCount() == 1
    row = queue.model.rows[0]
    assert row.id == verdict.id and row.summary == SUMMARY_AR and row.cluster_size == 2 and row.languages == "ar"
    assert queue.current.id == verdict.id
    assert sorted(quote for _, quote in queue.claims_view.quotes) == sorted([sentence1, sentence2])
    assert {lang for lang, _ in queue.claims_view.quotes} == {"ar"}
    assert "submitted 1" in queue.counts.text()
    assert queue.approve_action.isEnabled()
    qtbot.keyClick(queue.table, Qt.Key_Return, Qt.ControlModifier)  # approve
    approved, _ = stored(db_path, verdict.id)
    assert (approved.state, approved.revision, approved.approved_by, approved.reviewed_by) == (
        "approved", 3, "Sara", "Sara")
    assert approved.approved_at and approved.published_at is None
    assert queue.model.rowCount() == 0  # approved: it left the queue of submitted verdicts
    assert "approved 1" in queue.counts.text() and "submitted 0" in queue.counts.text()
    queue.state_filter.setCurrentIndex(queue.state_filter.findData("approved"))
    assert queue.model.rowCount() == 1 and queue.current.id == verdict.id
    qtbot.keyClick(queue.table, Qt.Key_P, Qt.ControlModifier | Qt.ShiftModifier)  # publish
    assert queue.model.rowCount() == 0 and "published 1" in queue.counts.text()

    final, revisions = stored(db_path, verdict.id)
    assert (final.state, final.revision, final.approved_by, final.published_by) == ("published", 4, "Sara", "Sara")
    assert final.published_at and final.published_at >= final.approved_at >= final.submitted_at
    assert [(r.revision, r.action, r.actor) for r in revisions] == [
        (1, "create", "Noa"), (2, "submit", "Noa"), (3, "approve", "Sara"), (4, "publish", "Sara")]
    assert final.rating == "Mostly true" and final.summary == SUMMARY_AR
    assert final.rationale == RATIONALE_AR + "\n" + RATIONALE_EN
    assert sorted(final.claims) == [first, second]
    with Core(db_path) as db:
        sources = db.execute("SELECT position, url, article_id, title, publisher, published, archive_url, passage, "
                             "stance FROM verdict_sources WHERE verdict_id = ? ORDER BY position",
                             [verdict.id]).fetchall()
        log = [(e.actor, e.action) for e in entries(db, entity="verdict", entity_id=verdict.id)]
        article = by_name(db, "004_d5d7dac400910391.txt")["id"]
    assert sources == [
        (1, "https://www.defense.gov/News/Transcripts/Transcript/Article/3948466/", None, "Pentagon press briefing",
         "U.S. Department of Defense", "2024-10-28", "https://web.archive.org/web/2024/https://www.defense.gov/News/",
         "", "supports"),
        (2, None, article, "", "", "", "", "أكثر من 10،000 جندي", "supports")]
    assert log == [("Noa", "create"), ("Noa", "submit"), ("Sara", "approve"), ("Sara", "publish")]

    win._refresh_if_changed()  # the checker's window sees the supervisor's decisions
    assert pane.verdict.state == "published" and "reviewed by Sara" in pane.state_line.text()
    assert not pane.save_button.isEnabled() and pane.summary.isReadOnly()


def test_a_new_verdicts_heading_counts_the_claim_just_linked(qtbot, sample_desk, db_path, tmp_path):
    win = new_window(qtbot, db_path, tmp_path, "Noa")
    _, (second, _) = mark_troops_in_both_and_link(qtbot, win, db_path)
    press(qtbot, win, Qt.Key_V, Qt.ControlModifier | Qt.ShiftModifier)
    assert win.verdict_pane.verdict is None and win.verdict_pane.claim_id == second
    assert win.verdict_pane.heading.text() == f"New verdict on the cluster of claim {second}: 2 claim(s), Arabic"


def test_a_checker_cannot_approve_even_when_forced(qtbot, seeded_desk, db_path, tmp_path):
    a, _ = seeded_desk.troops
    win = new_window(qtbot, db_path, tmp_path, "Noa")
    show_claim(win, a)
    write_verdict(qtbot, win, db_path)
    click(qtbot, win.verdict_pane.action_buttons["submit"])  # saved first, then submitted
    pane = win.verdict_pane
    assert pane.verdict.state == "submitted"
    assert not pane.action_buttons["approve"].isEnabled() and not pane.action_buttons["publish"].isEnabled()
    assert pane.transition("approve") is False  # the core refuses, whatever the button says
    assert "only a supervisor may approve" in win.last_message and "only a supervisor" in pane.note.text()
    assert "Traceback" not in win.statusBar().currentMessage()
    verdict, revisions = stored(db_path, pane.verdict.id)
    assert verdict.state == "submitted" and [r.action for r in revisions] == ["create", "submit"]


def test_the_author_of_a_verdict_cannot_approve_it(qtbot, seeded_desk, db_path, tmp_path):
    """Four eyes: a supervisor who wrote the verdict sees Approve greyed out, and the core refuses."""
    a, _ = seeded_desk.troops
    win = new_window(qtbot, db_path, tmp_path, "Sara")
    show_claim(win, a)
    write_verdict(qtbot, win, db_path)
    click(qtbot, win.verdict_pane.action_buttons["submit"])
    pane = win.verdict_pane
    assert not pane.action_buttons["approve"].isEnabled() and "four-eyes" in pane.action_buttons["approve"].toolTip()
    assert pane.action_buttons["return"].isEnabled()
    assert pane.transition("approve") is False and "four-eyes" in win.last_message


def test_return_with_a_comment_reaches_the_checker(qtbot, seeded_desk, db_path, tmp_path):
    a, _ = seeded_desk.troops
    win = new_window(qtbot, db_path, tmp_path, "Noa")
    show_claim(win, a)
    write_verdict(qtbot, win, db_path)
    click(qtbot, win.verdict_pane.action_buttons["submit"])
    verdict_id = win.verdict_pane.verdict.id

    boss = new_window(qtbot, db_path, tmp_path, "Sara")
    queue = queue_of(qtbot, boss)
    qtbot.keyClick(queue.table, Qt.Key_R, Qt.ControlModifier)
    dialog = queue.comment_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.buttons.accepted.emit()  # an empty comment is not sent
    assert dialog.isVisible() and "comment" in dialog.message.text()
    activate(qtbot, dialog)
    type_text(qtbot, dialog.text, COMMENT_AR)
    assert dialog.text.block_directions() == ["rtl"]
    qtbot.keyClick(dialog.text, Qt.Key_Return, Qt.ControlModifier)
    assert not dialog.isVisible()
    assert queue.model.rowCount() == 0 and "returned 1" in queue.counts.text()
    verdict, revisions = stored(db_path, verdict_id)
    assert verdict.state == "returned" and verdict.comment == COMMENT_AR
    assert (revisions[-1].action, revisions[-1].actor, revisions[-1].comment) == ("return", "Sara", COMMENT_AR)

    win._refresh_if_changed()
    pane = win.verdict_pane
    assert pane.verdict.state == "returned"
    assert pane.comment_box.isVisible() and pane.comment.text() == COMMENT_AR
    assert pane.comment.layoutDirection() == Qt.RightToLeft and "Sara" in pane.comment_caption.text()
    assert not pane.action_buttons["submit"].isEnabled()  # returned: revise first
    add_web_source(qtbot, pane, "https://www.reuters.com/world/asia-pacific/", "Reuters report", stance="supports")
    assert pane.action_buttons["submit"].isEnabled()  # submitting saves the revision first
    click(qtbot, pane.action_buttons["submit"])
    verdict, revisions = stored(db_path, verdict_id)
    assert verdict.state == "submitted" and len(verdict.sources) == 3
    assert [r.action for r in revisions][-2:] == ["revise", "submit"]


def test_the_supervisor_returns_from_the_dock_too(qtbot, seeded_desk, db_path, tmp_path):
    a, b = seeded_desk.troops
    win = new_window(qtbot, db_path, tmp_path, "Noa")
    show_claim(win, a)
    write_verdict(qtbot, win, db_path)
    click(qtbot, win.verdict_pane.action_buttons["submit"])
    boss = new_window(qtbot, db_path, tmp_path, "Omar")
    show_claim(boss, b)  # the other claim of the cluster: the same verdict
    pane = boss.verdict_pane
    assert pane.verdict.id == win.verdict_pane.verdict.id
    assert pane.summary.isReadOnly()  # submitted: nobody edits it in review
    dialog = pane.ask_return()
    type_text(qtbot, dialog.text, "Name the briefing's date in the summary.")
    click(qtbot, dialog.buttons.button(QDialogButtonBox.Ok))
    assert pane.verdict.state == "returned" and pane.comment.text() == "Name the briefing's date in the summary."


# --- conflicts and refreshing ---------------------------------------------------------------------------------


def test_a_conflict_between_two_windows_offers_to_reload(qtbot, seeded_desk, db_path, tmp_path, monkeypatch):
    a, b = seeded_desk.troops
    noa = new_window(qtbot, db_path, tmp_path, "Noa")
    show_claim(noa, a)
    write_verdict(qtbot, noa, db_path)
    click(qtbot, noa.verdict_pane.save_button)
    dan = new_window(qtbot, db_path, tmp_path, "Dan")
    show_claim(dan, b)
    assert dan.verdict_pane.verdict.revision == 1
    noa.verdict_pane.summary.setText("Mostly true: more than 10,000 troops, says the Pentagon")
    click(qtbot, noa.verdict_pane.save_button)  # revision 2, while Dan's form shows revision 1
    dan.verdict_pane.rationale.moveCursor(QTextCursor.End)
    type_text(qtbot, dan.verdict_pane.rationale, " Dan's addition.")

    shown = confirm_reload(monkeypatch, "Keep editing")
    click(qtbot, dan.verdict_pane.save_button)
    assert len(shown) == 1 and "changed by Noa" in shown[0] and "revision 2" in shown[0]
    assert dan.verdict_pane.rationale.text().endswith("Dan's addition.")  # kept
    assert "changed" in dan.verdict_pane.warnings.text()
    assert stored(db_path, noa.verdict_pane.verdict.id)[0].revision == 2  # nothing overwritten

    shown = confirm_reload(monkeypatch, "Reload")
    click(qtbot, dan.verdict_pane.save_button)
    assert len(shown) == 1
    assert dan.verdict_pane.summary.text() == "Mostly true: more than 10,000 troops, says the Pentagon"
    assert dan.verdict_pane.expected == 2 and not dan.verdict_pane.is_dirty()
    assert "Dan's addition" not in dan.verdict_pane.rationale.text()


def test_two_new_verdicts_on_one_cluster_conflict(qtbot, seeded_desk, db_path, tmp_path, monkeypatch):
    a, b = seeded_desk.troops
    noa = new_window(qtbot, db_path, tmp_path, "Noa")
    show_claim(noa, a)
    write_verdict(qtbot, noa, db_path)
    with Core(db_path) as db:  # meanwhile Dan wrote one from the command line
        verdicts.set_verdict(db, b, who="Dan", rating="True", summary="Dan's verdict",
                             sources=[Source(url="https://example.org/a")], expected_revision=verdicts.NEW)
    shown = confirm_reload(monkeypatch, "Reload")
    click(qtbot, noa.verdict_pane.save_button)
    assert "Dan wrote verdict" in shown[0]
    assert noa.verdict_pane.verdict.summary == "Dan's verdict" and noa.verdict_pane.summary.text() == "Dan's verdict"


def test_another_programs_change_is_shown_but_never_replaces_unsaved_edits(qtbot, seeded_desk, db_path, tmp_path):
    a, b = seeded_desk.troops
    win = new_window(qtbot, db_path, tmp_path, "Noa")
    show_claim(win, a)
    pane = win.verdict_pane
    with Core(db_path) as db:
        made = verdicts.set_verdict(db, b, who="Dan", rating="True", summary="Dan's first words",
                                    sources=[Source(url="https://example.org/a")])
    win._refresh_if_changed()
    assert pane.verdict is not None and pane.verdict.id == made.id and pane.summary.text() == "Dan's first words"
    pane.summary.setText("Noa's better words")
    with Core(db_path) as db:
        verdicts.set_verdict(db, b, who="Dan", rating="True", summary="Dan's second words",
                             sources=[Source(url="https://example.org/a")], expected_revision=1)
    win._refresh_if_changed()
    assert pane.summary.text() == "Noa's better words" and pane.expected == 1
    assert "your edits are kept" in pane.warnings.text()


def test_an_open_queue_follows_other_programs(qtbot, seeded_desk, db_path, tmp_path):
    a, _ = seeded_desk.troops
    m = seeded_desk.marked
    boss = new_window(qtbot, db_path, tmp_path, "Sara")
    queue = queue_of(qtbot, boss)
    assert queue.model.rowCount() == 0
    with Core(db_path) as db:
        for claim in (a, m["ar2-shoigu"], m["ar2-denial"]):
            v = verdicts.set_verdict(db, claim, who="Noa", rating="True", summary=f"verdict on {claim}",
                                     sources=[Source(url=f"https://example.org/{claim}")])
            verdicts.transition(db, v.id, "submit", who="Noa")
    boss._refresh_if_changed()
    assert queue.model.rowCount() == 3 and "submitted 3" in queue.counts.text()
    queue.select_row(1)
    chosen = queue.current_id()
    with Core(db_path) as db:
        first = queue.model.rows[0].id
        verdicts.transition(db, first, "withdraw", who="Noa")
    boss._refresh_if_changed()
    assert queue.model.rowCount() == 2 and queue.current_id() == chosen  # the selection stays


# --- the queue's model, without a widget -----------------------------------------------------------------------


@pytest.fixture
def many(db_path, tmp_path, seeded_desk):
    """Verdicts in several states by two checkers, one on a cluster across Arabic and Hebrew."""
    m = seeded_desk.marked
    with Core(db_path) as db:
        decide(db, m["ar2-shoigu"], m["he-shoigu-visit"], "same", who="Noa")
        made = {}
        for key, who, rating, state in (
                ("ar1-troops", "Noa", "Mostly true", "submitted"), ("ar2-shoigu", "Dan", "True", "submitted"),
                ("ar2-denial", "Noa", "False", "submitted"), ("ar1-ammo", "Dan", "Unverifiable", "draft"),
                ("ar1-tech", "Noa", "Misleading", "approved"), ("ar1-train", "Dan", "True", "submitted")):
            v = verdicts.set_verdict(db, m[key], who=who, rating=rating, summary=f"{rating}: {key}",
                                     sources=[Source(url=f"https://example.org/{key}")])
            if state != "draft":
                v = verdicts.transition(db, v.id, "submit", who=who)
            if state == "approved":
                v = verdicts.transition(db, v.id, "approve", who="Sara")
            made[key] = v.id
        # Submitted within one second, they would tie and come out by id whatever the queue's order: each is
        # made to have waited a different time, the longest waiting not the first made.
        for key, waited in SUBMITTED_AGO.items():
            backdate_submission(db, made[key], waited)
    return made


SUBMITTED_AGO = {"ar2-denial": timedelta(days=3), "ar1-train": timedelta(hours=5),
                 "ar2-shoigu": timedelta(minutes=40), "ar1-troops": timedelta(minutes=2)}
"""How long each submitted verdict of ``many`` has waited: longest first is denial, train, shoigu, troops,
neither the order they were made in (troops, shoigu, denial, train) nor its reverse."""


def backdate_submission(db, verdict_id: int, ago: timedelta) -> None:
    """As if the verdict had been submitted ``ago`` (the core has no way to: a test's own UPDATE)."""
    at = (datetime.now(timezone.utc) - ago).isoformat(timespec="seconds")
    db.execute("UPDATE verdicts SET submitted_at = ? WHERE id = ? AND state = 'submitted'", [at, verdict_id])
    assert db.execute("SELECT submitted_at FROM verdicts WHERE id = ?", [verdict_id]).fetchone()[0] == at


def test_the_queue_model_loads_pages_lazily(db_path, many):
    with Core(db_path) as db:
        model = QueueModel(db)
        model.PAGE = 2
        assert model.total == 4 and model.rowCount() == 0 and model.canFetchMore()
        model.fetchMore()
        assert model.rowCount() == 2 and model.canFetchMore()
        model.fetchMore()
        assert model.rowCount() == 4 and not model.canFetchMore()
        model.fetchMore()
        assert model.rowCount() == 4
        assert model.columnCount() == 7
        assert [model.headerData(i, Qt.Horizontal) for i in range(7)] == list(QueueModel.COLUMNS)
        ids = [model.index(r, 0).data(Qt.UserRole + 1) for r in range(4)]
        # longest waiting first
        assert ids == [many["ar2-denial"], many["ar1-train"], many["ar2-shoigu"], many["ar1-troops"]]
        cell = lambda row, column: plain(model.index(row, column).data())  # noqa: E731
        assert [cell(r, 0) for r in range(3)] == ["3 d", "5 h", "40 min"] and cell(3, 0) in ("2 min", "3 min")
        assert [cell(r, 1) for r in range(4)] == ["False", "True", "True", "Mostly true"]
        assert cell(3, 2) == "Mostly true: ar1-troops"
        assert [cell(r, 3) for r in range(4)] == ["Noa", "Dan", "Dan", "Noa"]
        assert cell(3, 4) == "Arabic" and cell(3, 5) == 2
        quote = model.index(3, 6).data()
        assert "جندي" in quote and quote.startswith("\u200f")  # kept right-to-left in a left-to-right view
        assert model.index(3, 6).data(Qt.TextAlignmentRole) & Qt.AlignRight
        assert model.index(3, 0).data().startswith("\u200e")  # "2 min", not "min 2", in a mirrored interface
        assert cell(2, 4) == "Arabic, Hebrew" and cell(2, 5) == 2
        model.remove_verdict(ids[0])
        assert model.rowCount() == 3 and model.total == 3
        assert [model.index(r, 0).data(Qt.UserRole + 1) for r in range(3)] == ids[1:]


def test_the_queue_model_filters_in_the_core(db_path, many):
    F = verdicts.QueueFilter
    with Core(db_path) as db:
        def shown(**kw) -> list[int]:
            model = QueueModel(db, F(**kw))
            while model.canFetchMore():
                model.fetchMore()
            return [r.id for r in model.rows]

        assert shown() == [many["ar2-denial"], many["ar1-train"], many["ar2-shoigu"], many["ar1-troops"]]
        assert shown(checker="Dan") == [many["ar1-train"], many["ar2-shoigu"]]
        assert shown(rating="False") == [many["ar2-denial"]]
        assert shown(language="he") == [many["ar2-shoigu"]]
        assert shown(min_cluster_size=2) == [many["ar2-shoigu"], many["ar1-troops"]]
        assert shown(text="شويغو") == [many["ar2-shoigu"]]  # in a claim's quote
        assert shown(text="ar1-train") == [many["ar1-train"]]  # in the summary
        assert shown(state="approved") == [many["ar1-tech"]]
        assert shown(state="draft") == [many["ar1-ammo"]]
        assert shown(min_age_days=2) == [many["ar2-denial"]] and shown(min_age_days=4) == []
        assert shown(min_age_days=0.1) == [many["ar2-denial"], many["ar1-train"]]  # waited 2.4 hours or more
        assert shown(order="cluster") == [many["ar2-shoigu"], many["ar1-troops"], many["ar2-denial"], many["ar1-train"]]


def test_waiting_reads_as_people_say_it():
    now = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)
    assert waiting_text((now - timedelta(minutes=7)).isoformat(), now) == "7 min"
    assert waiting_text((now - timedelta(hours=3, minutes=5)).isoformat(), now) == "3 h"
    assert waiting_text((now - timedelta(days=2, hours=1)).isoformat(), now) == "2 d"
    assert waiting_text(None, now) == "" and waiting_text("not a date", now) == ""


def test_the_queue_window_filters_and_shows_every_language(qtbot, seeded_desk, many, db_path, tmp_path):
    boss = new_window(qtbot, db_path, tmp_path, "Sara")
    queue = queue_of(qtbot, boss)
    assert queue.model.rowCount() == 4
    assert [r.id for r in queue.model.rows] == [many["ar2-denial"], many["ar1-train"], many["ar2-shoigu"],
                                                many["ar1-troops"]]  # longest waiting first
    assert queue.current.id == many["ar2-denial"]
    queue.checker_filter.setCurrentIndex(queue.checker_filter.findData("Dan"))
    assert [r.id for r in queue.model.rows] == [many["ar1-train"], many["ar2-shoigu"]]
    queue.search.setText("شويغو")
    queue.apply_filters()  # what the search box's timer does
    assert [r.id for r in queue.model.rows] == [many["ar2-shoigu"]]
    assert queue.current.id == many["ar2-shoigu"]
    directions = dict(queue.claims_view.block_directions())
    quotes = dict(queue.claims_view.quotes)
    assert set(quotes) == {"ar", "he"}
    assert directions[quotes["ar"]] == "rtl" and directions[quotes["he"]] == "rtl"
    assert queue.source_model.rowCount() == 1 and queue.history.rowCount() == 2
    assert not queue.approve_action.isEnabled() or queue.current.checker != "Sara"
    queue.search.clear()
    queue.checker_filter.setCurrentIndex(0)
    queue.apply_filters()
    assert queue.model.rowCount() == 4


def test_after_a_decision_the_next_row_is_selected(qtbot, seeded_desk, many, db_path, tmp_path):
    boss = new_window(qtbot, db_path, tmp_path, "Sara")
    queue = queue_of(qtbot, boss)
    queue.select_row(1)
    second, third = many["ar1-train"], many["ar2-shoigu"]  # the second and third longest waiting
    assert [r.id for r in queue.model.rows][1:3] == [second, third] and queue.current.id == second
    qtbot.keyClick(queue.table, Qt.Key_Return, Qt.ControlModifier)
    assert queue.current.id == third and queue.model.rowCount() == 3
    with Core(db_path) as db:
        assert verdicts.get_verdict(db, second).state == "approved"


# --- history, long text, directions -------------------------------------------------------------------------


def test_history_lists_revisions_and_shows_what_changed(qtbot, seeded_desk, db_path, tmp_path):
    a, _ = seeded_desk.troops
    win = new_window(qtbot, db_path, tmp_path, "Noa")
    show_claim(win, a)
    write_verdict(qtbot, win, db_path)
    click(qtbot, win.verdict_pane.save_button)
    pane = win.verdict_pane
    pane.summary.setText("Mostly true, with a date")
    click(qtbot, pane.save_button)
    click(qtbot, pane.action_buttons["submit"])
    click(qtbot, pane.history_button)
    dialog = pane.history_dialog
    assert dialog.isVisible() and dialog.table.rowCount() == 3
    assert [dialog.table.item(r, 1).text() for r in range(3)] == ["create", "revise", "submit"]
    assert dialog.table.item(0, 2).text() == "Noa" and dialog.table.item(2, 4).text() == "submitted"
    dialog.table.setCurrentCell(1, 0)
    text = dialog.diff.toPlainText()
    assert f"summary: {SUMMARY_AR!r} -> 'Mostly true, with a date'" in text
    dialog.table.setCurrentCell(2, 0)
    assert "state: 'draft' -> 'submitted'" in dialog.diff.toPlainText()
    dialog.table.setCurrentCell(0, 0)  # the first revision: each line in the direction of its own script
    lines = dict(zip(dialog.diff.toPlainText().split("\n"), dialog.diff.block_directions()))
    assert lines["rating: 'Mostly true'"] == "ltr"
    assert [d for line, d in lines.items() if line.startswith("summary: ")] == ["rtl"]
    assert [d for line, d in lines.items() if line.startswith("Pyongyang أرسلت")] == ["rtl"]  # a Latin name first


def test_a_rationale_over_the_limit_is_refused_with_a_message(qtbot, seeded_desk, db_path, tmp_path):
    a, _ = seeded_desk.troops
    win = new_window(qtbot, db_path, tmp_path, "Noa")
    show_claim(win, a)
    write_verdict(qtbot, win, db_path)
    click(qtbot, win.verdict_pane.save_button)
    pane = win.verdict_pane
    huge = ("فقرة طويلة جدا من التبرير " * 40 + "\n") * 1000
    assert len(huge) > 1_000_000
    pane.rationale.set_text(huge)
    click(qtbot, pane.save_button)
    assert "the rationale is" in win.last_message and "the limit is 50,000" in win.last_message
    assert "the limit is 50,000" in pane.note.text()
    verdict, revisions = stored(db_path, pane.verdict.id)
    assert verdict.revision == 1 and len(revisions) == 1 and verdict.rationale == RATIONALE_AR + "\n" + RATIONALE_EN
    assert pane.verdict.revision == 1 and pane.is_dirty()  # the text stays to be cut down


def test_unsaved_edits_come_back_with_their_claim(qtbot, seeded_desk, db_path, tmp_path):
    a, _ = seeded_desk.troops
    other = seeded_desk.marked["ar2-shoigu"]
    win = new_window(qtbot, db_path, tmp_path, "Noa")
    show_claim(win, a)
    type_text(qtbot, win.verdict_pane.summary, "half written")
    show_claim(win, other)
    assert win.verdict_pane.summary.text() == ""
    show_claim(win, a)
    assert win.verdict_pane.summary.text() == "half written" and win.verdict_pane.is_dirty()


def test_closing_with_unsaved_verdicts_asks_first(qtbot, seeded_desk, db_path, tmp_path, monkeypatch):
    a, _ = seeded_desk.troops
    other = seeded_desk.marked["ar2-shoigu"]
    win = new_window(qtbot, db_path, tmp_path, "Noa")
    show_claim(win, a)
    type_text(qtbot, win.verdict_pane.summary, "half written")
    show_claim(win, other)
    type_text(qtbot, win.verdict_pane.summary, "also unsaved")
    asked = []

    def answer(choice):
        def question(parent, title, text, buttons, default):
            asked.append(text)
            assert default == QMessageBox.Cancel  # Enter never loses work
            return choice
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.Cancel))
    win.close()
    assert win.isVisible() and "2 claim(s)" in asked[-1]
    assert win.verdict_pane.summary.text() == "also unsaved"
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.Discard))
    win.close()
    assert not win.isVisible() and len(asked) == 2


def test_closing_without_edits_asks_nothing(qtbot, seeded_desk, db_path, tmp_path, monkeypatch):
    win = new_window(qtbot, db_path, tmp_path, "Noa")
    show_claim(win, seeded_desk.troops[0])
    monkeypatch.setattr(QMessageBox, "question", lambda *args: pytest.fail("asked without unsaved edits"))
    win.close()
    assert not win.isVisible()


def test_each_paragraph_takes_its_own_direction(qtbot):
    edit = DirectedTextEdit()
    qtbot.addWidget(edit)
    edit.set_text("Pyongyang - في عرض جريء للقوة العسكرية أرسلت كوريا الشمالية آلاف الجنود\n"
                  "The figure comes from the Pentagon.\n"
                  "לפי הפנטגון צפון קוריאה שלחה יותר מעשרת אלפים חיילים: https://x.org")
    assert edit.block_directions() == ["rtl", "ltr", "rtl"]
    edit.moveCursor(QTextCursor.End)
    qtbot.keyClick(edit, Qt.Key_Return)
    type_text(qtbot, edit, "Another English paragraph")
    assert edit.block_directions() == ["rtl", "ltr", "rtl", "ltr"]
    typed = edit.toPlainText()
    edit.undo()  # undoes typing, not only the layout that came with it
    assert edit.toPlainText() != typed
    for _ in range(40):
        if edit.toPlainText().endswith("https://x.org"):
            break
        edit.undo()
    assert edit.toPlainText().endswith("https://x.org") and edit.block_directions() == ["rtl", "ltr", "rtl"]


def test_a_rationale_line_ending_with_its_link_reads_from_the_right(qtbot):
    edit = DirectedTextEdit()
    qtbot.addWidget(edit)
    edit.set_text("المصدر: تقرير وكالة رويترز https://www.reuters.com/world/middle-east/north-korea-troops-2024-10-18/\n"
                  "See the ministry's statement: https://mod.gov.example/ar/بيان")
    assert edit.block_directions() == ["rtl", "ltr"]


def test_verdict_shortcuts_are_in_the_help(qtbot, seeded_desk, db_path, tmp_path):
    win = new_window(qtbot, db_path, tmp_path, "Sara")
    rows = dict(win.shortcut_rows())
    assert rows["Review queue…"] == "Ctrl+Shift+Q"
    assert rows["Verdict of the claim"] == "Ctrl+Shift+V"


# --- screenshots ------------------------------------------------------------------------------------------------


def test_screenshots_of_the_verdict_editor_and_the_review_queue(qtbot, seeded_desk, db_path, tmp_path):
    m = seeded_desk.marked
    with Core(db_path) as db:
        for a, b in (("ar2-drills", "he-joint-drills"), ("ar1-drills", "ar2-drills"), ("ar2-shoigu", "he-shoigu-visit")):
            decide(db, m[a], m[b], "same", who="Noa")
        for key, who, rating, summary in (
                ("ar2-denial", "Dan", "Misleading", "النفي الرسمي لا يغير الأدلة على شحنات الأسلحة"),
                ("ar2-drills", "Noa", "True", "روسيا وكوريا الشمالية أعلنتا بحث مناورات عسكرية مشتركة"),
                ("he-shoigu-visit", "Dan", "True", "שויגו ביקר בפיונגיאנג ביולי 2023 למצעד הצבאי"),
                ("ar1-ammo", "Noa", "Unverifiable", "Analysts expect ammunition deliveries; no shipment is documented")):
            v = verdicts.set_verdict(db, m[key], who=who, rating=rating, summary=summary,
                                     rationale="ذكرت وكالة رويترز ذلك في تقريرها.\nReuters reported it on 13 Sept 2023.",
                                     sources=[Source(url=f"https://www.reuters.com/world/{key}", title="Reuters",
                                                     publisher="Reuters", published="2023-09-13")])
            verdicts.transition(db, v.id, "submit", who=who)

    a, _ = seeded_desk.troops
    win = new_window(qtbot, db_path, tmp_path, "Noa")
    win.resize(1500, 900)
    win.resizeDocks([win.claims_dock], [560], Qt.Horizontal)
    show_claim(win, a)
    write_verdict(qtbot, win, db_path)
    click(qtbot, win.verdict_pane.save_button)
    qtbot.wait(50)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert win.grab().save(str(SCREENSHOTS / "verdict-editor.png"))

    boss = new_window(qtbot, db_path, tmp_path, "Sara")
    queue = queue_of(qtbot, boss)
    queue.resize(1500, 900)
    drills = next(i for i, r in enumerate(queue.model.rows) if r.cluster_size == 3)
    queue.select_row(drills)
    assert {lang for lang, _ in queue.claims_view.quotes} == {"ar", "he"}
    qtbot.wait(50)
    assert queue.grab().save(str(SCREENSHOTS / "review-queue.png"))


def test_two_verdicts_on_one_cluster_are_shown_as_a_warning(qtbot, seeded_desk, db_path, tmp_path):
    m = seeded_desk.marked
    with Core(db_path) as db:
        first = verdicts.set_verdict(db, m["ar2-denial"], who="Noa", rating="False", summary="first",
                                     sources=[Source(url="https://example.org/1")])
        second = verdicts.set_verdict(db, m["ar3-denial"], who="Dan", rating="False", summary="second",
                                      sources=[Source(url="https://example.org/1")])
    win = new_window(qtbot, db_path, tmp_path, "Noa")
    show_claim(win, m["ar3-denial"])
    assert win.verdict_pane.verdict.id == second.id and win.verdict_pane.warnings.text() == ""
    with Core(db_path) as db:  # a colleague links the two denials: one cluster, two verdicts
        decide(db, m["ar2-denial"], m["ar3-denial"], "same", who="Dan")
    win._refresh_if_changed()
    pane = win.verdict_pane
    assert pane.verdict.id == first.id  # the oldest of the two
    assert f"verdict {second.id} covers the same cluster: merge them" in pane.warnings.text()
    pane.summary.setText("first, revised")
    click(qtbot, pane.save_button)
    assert "merge them first" in win.last_message and "merge them first" in pane.note.text()


def test_the_queue_and_the_history_read_right_to_left_in_arabic(qtbot, seeded_desk, db_path, tmp_path, restore_application):
    """queue-ar.png, history-ar.png: the status line of the verdict reads as one Arabic sentence
    (it opens with the isolated English rating, which would turn it left to right), the history's
    lines each in their own direction, and a long summary shows its start."""
    from ui.kit import i18n

    i18n.install_language("ar")
    a, _ = seeded_desk.troops
    win = new_window(qtbot, db_path, tmp_path, "Noa")
    win.resize(1500, 900)
    show_claim(win, a)
    write_verdict(qtbot, win, db_path)
    click(qtbot, win.verdict_pane.save_button)
    click(qtbot, win.verdict_pane.action_buttons["submit"])
    show_claim(win, seeded_desk.marked["ar2-shoigu"])
    show_claim(win, a)  # shown again: the summary from the database
    assert win.verdict_pane.summary.cursorPosition() == 0
    boss = new_window(qtbot, db_path, tmp_path, "Sara")
    queue = queue_of(qtbot, boss)
    queue.resize(1500, 900)
    queue.select_row(0)
    status = queue.rating_label.text()
    assert status.startswith("\u200f") and "Mostly true" in status and "Noa" in status
    qtbot.wait(50)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert queue.grab().save(str(SCREENSHOTS / "queue-ar.png"))
    dialog = queue.show_history()
    qtbot.waitUntil(dialog.isVisible)
    assert "rtl" in dialog.diff.block_directions()
    assert dialog.grab().save(str(SCREENSHOTS / "history-ar.png"))


HOLDER = """
import sqlite3, sys
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.readline()
"""


def test_a_save_while_another_program_holds_the_library_says_so_and_keeps_what_was_typed(qtbot, seeded_desk, db_path,
                                                                                         tmp_path):
    import subprocess
    import sys

    a, _ = seeded_desk.troops
    win = new_window(qtbot, db_path, tmp_path, "Noa")
    show_claim(win, a)
    write_verdict(qtbot, win, db_path)
    pane = win.verdict_pane
    win.db.execute("PRAGMA busy_timeout = 300")  # the save waits 0.3 s instead of 5
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(db_path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        click(qtbot, pane.save_button)
        assert "is busy" in win.last_message and "nothing was written: try again in a moment" in win.last_message
        assert "is busy" in pane.note.text()
        win.grab().save(str(SCREENSHOTS / "verdict-library-busy.png"))
    finally:
        holder.communicate("done\n", timeout=30)
    assert pane.verdict is None and pane.is_dirty()
    assert pane.summary.text() == SUMMARY_AR and pane.rationale.text() == RATIONALE_AR + "\n" + RATIONALE_EN
    assert len(pane.form_sources()) == 2
    click(qtbot, pane.save_button)  # the lock is free again: the same form goes in whole
    verdict, revisions = stored(db_path, pane.verdict.id)
    assert verdict.summary == SUMMARY_AR and len(verdict.sources) == 2 and len(revisions) == 1
