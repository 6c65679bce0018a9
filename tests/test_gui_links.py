"""Linking the same claim across articles and languages, driven through the window offscreen:
suggestions for the selected claim, same / different, the cluster and split off, opening a
linked claim, whole-library linking in the background, and the desk's glossary."""

import json
import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import app_state  # noqa: E402
from conftest import SCREENSHOTS, Core, by_name  # noqa: E402
from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtGui import QTextCursor  # noqa: E402

from ui.app import prepare_database  # noqa: E402
from ui.linking.links_pane import FSI, PDI, reasons_line  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from workbench.claims.importing import import_claims  # noqa: E402
from workbench.db.store import open_db  # noqa: E402
from workbench.kernel.errors import DatabaseError  # noqa: E402
from workbench.linking.clusters import cluster_of  # noqa: E402
from workbench.linking.glossary import load_glossary, user_terms  # noqa: E402
from workbench.linking.links import decide  # noqa: E402

restore_application = app_state.restore_application  # the fixture, for the tests in Arabic and Hebrew

pytestmark = pytest.mark.usefixtures("event_loops_run")
WAIT_MS = 30000  # generous: the index is built in a pool thread; no timing is asserted


def import_seed(db_path, tmp_path, seed, leave_out=()) -> dict[str, int]:
    """The sample articles and the hand-marked claims (without their pairs): external id -> claim id."""
    prepare_database(db_path)
    data = {"claims": [c for c in seed["claims"] if c["id"] not in leave_out]}
    path = tmp_path / "claims.json"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    db = open_db(db_path)
    try:
        report = import_claims(db, path, who="dana", with_pairs=False)
    finally:
        db.close()
    assert not report.problems
    return report.added


def new_window(qtbot, db_path, tmp_path) -> MainWindow:
    win = MainWindow(db_path, "Noa", QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat))
    qtbot.addWidget(win)
    return win


def wait_for_index(qtbot, win) -> None:
    qtbot.waitUntil(lambda: win.linking.link_index is not None or bool(win.linking.index_error), timeout=WAIT_MS)
    assert not win.linking.index_error


@pytest.fixture
def marked(db_path, tmp_path, seed) -> dict[str, int]:
    return import_seed(db_path, tmp_path, seed)


@pytest.fixture
def window(qtbot, db_path, tmp_path, marked):
    win = new_window(qtbot, db_path, tmp_path)
    win.show()
    qtbot.waitExposed(win)
    wait_for_index(qtbot, win)
    return win


def show_claim(win, claim_id: int) -> None:
    """Open the claim's article and select the claim, as clicking it in the claims list does."""
    win.open_claim(claim_id)
    assert win.claim_pane.current is not None and win.claim_pane.current.id == claim_id


def candidate_ids(win) -> list[int]:
    return [row.claim_id for row in win.links_pane.candidates.rows]


def choose_candidate(win, claim_id: int) -> None:
    pane = win.links_pane
    row = pane.candidates.row_of(claim_id)
    assert row is not None, f"claim {claim_id} is not among the candidates {candidate_ids(win)}"
    pane.candidate_view.setCurrentIndex(pane.candidates.index(row, 0))


def plain(text: str) -> str:
    return text.replace(FSI, "").replace(PDI, "")


def test_reasons_read_as_one_short_line():
    line = reasons_line({"numbers": ["10000"], "names": ["شويغو = שויגו"], "concepts": ["visit", "defense_minister"],
                         "text": 0.634})
    assert plain(line) == "numbers: 10000 · names: شويغو = שויגו · concepts: visit, defense minister · text 0.63"
    assert line.count(FSI) == line.count(PDI) == 5  # each side in its own direction
    assert plain(reasons_line({"numbers": [], "names": [], "concepts": [], "text": 0.4})) == "text 0.40"


def test_concepts_in_the_reasons_read_in_the_interface_language(marked, db_path):
    from types import SimpleNamespace

    from ui.kit import i18n
    from ui.linking.links_pane import link_rows
    from workbench.linking.glossary import concept_names

    names = concept_names("he")
    assert names["visit"] == "ביקר" and names["joint"] == "משותפ…"  # a whole word, else a stem marked as cut
    assert concept_names("en") == {}  # the ids are English words
    line = reasons_line({"concepts": ["visit", "joint_drill"]}, {"visit": "زار"})
    assert plain(line) == "concepts: زار, joint drill"
    candidate = SimpleNamespace(score=0.5, language="he", reasons={"concepts": ["visit"], "text": 0.5})
    i18n.install_language("he")
    try:
        with Core(db_path) as db:
            [row] = link_rows(db, [(marked["he-shoigu-visit"], candidate)])
    finally:
        i18n.install_language("en")
    assert "ביקר" in row.why and "visit" not in row.why
    assert row.language == "he"  # the code: shown by its name where it is drawn


def test_suggestions_wait_for_the_index_then_list_the_cross_language_duplicate(qtbot, db_path, tmp_path, marked):
    win = new_window(qtbot, db_path, tmp_path)
    show_claim(win, marked["ar2-shoigu"])  # no event processed yet: the index cannot have arrived
    assert win.links_pane.status.text() == "Preparing suggestions…"
    assert candidate_ids(win) == []
    win.show()
    qtbot.waitUntil(lambda: marked["he-shoigu-visit"] in candidate_ids(win), timeout=WAIT_MS)
    row = win.links_pane.candidates.rows[win.links_pane.candidates.row_of(marked["he-shoigu-visit"])]
    assert row.language == "he" and row.direction == "rtl"
    assert row.quote.startswith("שר ההגנה הרוסי סרגיי שויגו")
    with Core(db_path) as db:
        assert row.title == db.execute("SELECT title FROM articles WHERE id = ?", [row.article_id]).fetchone()[0]
    assert row.reasons["names"] and 0 < row.score <= 1
    assert "names: " in plain(row.why) and "text " in row.why
    assert all(r.direction == "ltr" or r.language in ("ar", "he") for r in win.links_pane.candidates.rows)
    scores = [r.score for r in win.links_pane.candidates.rows]
    assert scores == sorted(scores, reverse=True)
    assert "possible match(es), best first" in win.links_pane.status.text()


def test_same_claim_links_them_and_shows_the_cluster(qtbot, window, db_path, marked):
    a, b = marked["ar2-shoigu"], marked["he-shoigu-visit"]
    show_claim(window, a)
    choose_candidate(window, b)
    assert window.same_action.isEnabled()
    qtbot.mouseClick(window.links_pane.same_button, Qt.LeftButton)
    with Core(db_path) as db:
        assert cluster_of(db, a) == sorted([a, b])
        assert db.execute("SELECT decision, origin, decided_by FROM claim_links WHERE a = ? AND b = ?",
                          sorted([a, b])).fetchone() == ("same", "person", "Noa")
    assert b not in candidate_ids(window)  # linked: no longer a candidate
    members = window.links_pane.cluster.rows
    assert [m.claim_id for m in members] == [a, b] and members[0].is_self
    assert {m.language for m in members} == {"ar", "he"}
    assert "2 claims" in window.links_pane.cluster_label.text()
    show_claim(window, b)  # seen from the other side, the cluster is the same
    assert sorted(m.claim_id for m in window.links_pane.cluster.rows) == sorted([a, b])


def test_linking_into_a_published_verdicts_cluster_is_left_to_a_supervisor(qtbot, db_path, tmp_path, marked):
    from workbench.review.people import register
    from workbench.review.sources import Source
    from workbench.review.verdicts import set_verdict, transition

    a, b = marked["ar2-shoigu"], marked["he-shoigu-visit"]
    with Core(db_path) as db:
        register(db, "Noa", "checker")
        register(db, "sara", "supervisor")
        register(db, "omar", "supervisor", by="sara")
        verdict = set_verdict(db, a, who="Noa", rating="False", summary="لم يحدث", rationale="",
                              sources=[Source(url="https://example.org/report")])
        for action, who in (("submit", "Noa"), ("approve", "sara"), ("publish", "omar")):
            transition(db, verdict.id, action, who=who)
    window = new_window(qtbot, db_path, tmp_path)
    window.show()
    wait_for_index(qtbot, window)
    show_claim(window, a)
    choose_candidate(window, b)
    qtbot.mouseClick(window.links_pane.same_button, Qt.LeftButton)
    assert "it is published: only a supervisor may change" in window.last_message
    with Core(db_path) as db:
        assert cluster_of(db, a) == [a] and db.execute("SELECT count(*) FROM claim_links").fetchone()[0] == 0
    assert b in candidate_ids(window)  # still suggested, for a supervisor to link


def test_different_removes_the_candidate_and_it_stays_gone(qtbot, window, db_path, marked):
    a, b = marked["ar1-troops"], marked["ar4-troops"]
    show_claim(window, a)
    choose_candidate(window, b)
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key_L, Qt.ControlModifier | Qt.ShiftModifier)
    assert b not in candidate_ids(window)
    with Core(db_path) as db:
        assert db.execute("SELECT decision, decided_by FROM claim_links WHERE a = ? AND b = ?",
                          sorted([a, b])).fetchone() == ("different", "Noa")
        assert cluster_of(db, a) == [a]
    show_claim(window, marked["ar2-shoigu"])
    show_claim(window, a)
    assert b not in candidate_ids(window)
    builds = window.linking.index_builds
    window.linking.rebuild_index()
    qtbot.waitUntil(lambda: window.linking.index_builds > builds, timeout=WAIT_MS)
    assert b not in candidate_ids(window)
    show_claim(window, b)
    assert a not in candidate_ids(window)


def test_split_off_takes_the_selected_member_out_of_the_cluster(qtbot, window, db_path, marked):
    a, b, c = marked["ar2-denial"], marked["ar3-denial"], marked["ar4-denial"]
    with Core(db_path) as db:  # a colleague linked the three denials
        decide(db, a, b, "same", who="Ali")
        decide(db, b, c, "same", who="Ali")
    show_claim(window, a)
    window._refresh_if_changed()
    pane = window.links_pane
    assert sorted(m.claim_id for m in pane.cluster.rows) == [a, b, c]
    pane.cluster_view.setCurrentIndex(pane.cluster.index(pane.cluster.row_of(c), 0))
    assert window.split_action.isEnabled()
    qtbot.mouseClick(pane.split_button, Qt.LeftButton)
    with Core(db_path) as db:
        assert cluster_of(db, a) == [a, b]
        assert cluster_of(db, c) == [c]
    assert sorted(m.claim_id for m in pane.cluster.rows) == [a, b]
    assert c not in candidate_ids(window)  # split off means "different": not suggested again
    assert "Split off" in window.last_message


def test_double_click_opens_the_claim_in_its_article(qtbot, window, db_path, marked):
    a, b = marked["ar2-shoigu"], marked["he-shoigu-visit"]
    show_claim(window, a)
    view = window.links_pane.candidate_view
    index = window.links_pane.candidates.index(window.links_pane.candidates.row_of(b), 0)
    view.scrollTo(index)
    where = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=where)  # a double click is a press, then a double press
    qtbot.mouseDClick(view.viewport(), Qt.LeftButton, pos=where)
    with Core(db_path) as db:
        assert window.article_id == by_name(db, "000_884bf961611e0af5.txt")["id"]
    assert window.claim_pane.current.id == b and window.reader.current_claim == b
    assert a in candidate_ids(window)  # now the Hebrew claim's own suggestions


def test_enter_opens_a_candidate_and_a_cluster_member(qtbot, window, db_path, marked):
    a, b = marked["ar2-shoigu"], marked["he-shoigu-visit"]
    show_claim(window, a)
    choose_candidate(window, b)
    view = window.links_pane.candidate_view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key_Return)
    assert window.claim_pane.current.id == b and window.reader.current_claim == b
    with Core(db_path) as db:
        decide(db, a, b, "same", who="Ali")
    window._refresh_if_changed()
    pane = window.links_pane
    pane.cluster_view.setCurrentIndex(pane.cluster.index(pane.cluster.row_of(a), 0))
    pane.cluster_view.setFocus()
    qtbot.keyClick(pane.cluster_view, Qt.Key_Enter, Qt.KeypadModifier)
    assert window.claim_pane.current.id == a and window.reader.current_claim == a


def test_a_new_claim_gets_suggestions_and_joins_the_index(qtbot, db_path, tmp_path, seed):
    marked = import_seed(db_path, tmp_path, seed, leave_out={"he-shoigu-visit"})
    window = new_window(qtbot, db_path, tmp_path)
    window.show()
    wait_for_index(qtbot, window)
    record = next(c for c in seed["claims"] if c["id"] == "he-shoigu-visit")
    with Core(db_path) as db:
        window.open_article(by_name(db, record["article"])["id"])
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(window.reader.map.to_doc(record["start"]))
    cursor.setPosition(window.reader.map.to_doc(record["end"]), QTextCursor.KeepAnchor)
    window.reader.setTextCursor(cursor)
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key_M, Qt.ControlModifier)
    new = window.claim_pane.current.id
    assert window.claim_pane.current.quote == record["quote"]
    assert marked["ar2-shoigu"] in candidate_ids(window)  # matched by its text before the index knows it
    assert window.linking.index_timer.isActive()  # the index is rebuilt once the checker pauses
    qtbot.waitUntil(lambda: window.linking.link_index is not None and new in window.linking.link_index.row_of, timeout=WAIT_MS)
    show_claim(window, marked["ar2-shoigu"])
    assert new in candidate_ids(window)


def test_editing_a_claim_refreshes_its_suggestions_and_the_index(qtbot, window, marked, monkeypatch):
    import ui.linking.controller as controller  # where the window asks the core for candidates

    asked = []
    real = controller.suggest_links
    monkeypatch.setattr(controller, "suggest_links", lambda db, claim_id, **kw: asked.append(claim_id) or real(db, claim_id, **kw))
    show_claim(window, marked["he-meet-arms"])
    assert asked == [marked["he-meet-arms"]]
    show_claim(window, marked["he-meet-arms"])  # nothing changed: not asked again
    assert len(asked) == 1
    window.claim_pane.statement.setPlainText("Putin and Kim may meet soon to negotiate arms deals")
    qtbot.mouseClick(window.claim_pane.save, Qt.LeftButton)
    assert asked == [marked["he-meet-arms"]] * 2  # its new statement is matched at once
    assert window.linking.index_timer.isActive()


def test_link_all_can_be_cancelled(qtbot, window, monkeypatch):
    import threading

    import ui.linking.controller as controller  # where the window links the whole library
    from workbench.linking.links import LinkReport

    started = threading.Event()

    def slow_link_all(db, progress=None, index=None):  # stands in for a library of many batches
        report = LinkReport(claims=5000)
        for batch in range(10):
            started.set()
            threading.Event().wait(0.05)
            report.scored = (batch + 1) * 500
            if progress(report.scored, 5000) is False:
                report.cancelled = True
                break
        return report

    monkeypatch.setattr(controller, "link_all", slow_link_all)
    assert window.linking.start_link_all() is not None
    assert started.wait(10)
    qtbot.mouseClick(window.link_status.button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.link_task is None, timeout=WAIT_MS)
    assert window.linking.last_link_report.cancelled and window.linking.last_link_report.scored < 5000
    assert window.last_message.startswith("Linking cancelled")


def test_link_all_runs_in_the_background_and_reports(qtbot, window, db_path, marked):
    task = window.linking.start_link_all()
    assert task is not None and window.link_status.bar.isVisible() and not window.link_all_action.isEnabled()
    assert window.linking.start_link_all() is None and "already running" in window.last_message
    qtbot.waitUntil(lambda: window.link_task is None, timeout=WAIT_MS)
    report = window.linking.last_link_report
    assert report.claims == len(marked) and report.scored == len(marked) and not report.cancelled
    assert window.last_message.startswith(f"Linked all claims: {len(marked)} claim(s), {len(marked)} new or changed")
    assert f"{report.candidates} candidate pair(s)" in window.last_message
    assert f"{report.linked} linked automatically" in window.last_message
    assert not window.link_status.bar.isVisible() and window.link_all_action.isEnabled()
    assert window.linking.start_link_all() is not None  # nothing changed since: nothing is scored again
    qtbot.waitUntil(lambda: window.link_task is None, timeout=WAIT_MS)
    assert window.linking.last_link_report.scored == 0


def select_word(win, word: str) -> None:
    text = win.reader.article["text"]
    at = text.index(word)
    cursor = QTextCursor(win.reader.document())
    cursor.setPosition(win.reader.map.to_doc(at))
    cursor.setPosition(win.reader.map.to_doc(at + len(word)), QTextCursor.KeepAnchor)
    win.reader.setTextCursor(cursor)


def test_glossary_terms_are_stored_and_change_the_suggestions(qtbot, window, db_path, marked):
    """"Years" taught in Arabic and Hebrew: Kim's first trip abroad "in more than four years" and his
    first visit "after three years" of isolation now share a concept, and are suggested together."""
    ar, he = marked["ar2-first-trip"], marked["he-covid-3y"]
    show_claim(window, ar)
    select_word(window, "سنوات")
    dialog = window.linking.add_to_glossary()
    assert dialog.isVisible()
    assert dialog.term.text() == "سنوات" and dialog.language.currentData() == "ar"
    assert dialog.language.currentText() == "Arabic"  # by name, not by code
    assert dialog.term.layoutDirection() == Qt.RightToLeft
    assert dialog.concept.findText("visit") >= 0  # the shipped concepts are offered
    dialog.concept.setCurrentText("bad concept!")
    dialog.buttons.accepted.emit()
    assert "letters, digits and _" in dialog.message.text() and dialog.isVisible()
    dialog.concept.setCurrentText("years")
    dialog.buttons.accepted.emit()
    assert not dialog.isVisible()
    assert "Added" in window.last_message and "years" in window.last_message
    dialog = window.linking.add_to_glossary()
    dialog.concept.setCurrentText("years")
    dialog.language.setCurrentIndex(dialog.language.findData("he"))
    dialog.term.setText("שנים")
    dialog.buttons.accepted.emit()
    with Core(db_path) as db:
        assert {("years", "ar", "سنوات"), ("years", "he", "שנים")} <= set(user_terms(db))
        wanted = load_glossary(db).fingerprint
    qtbot.waitUntil(lambda: window.linking.glossary is not None and window.linking.glossary.fingerprint == wanted, timeout=WAIT_MS)
    assert "years" in window.linking.glossary.concepts
    show_claim(window, ar)
    qtbot.waitUntil(lambda: he in candidate_ids(window), timeout=WAIT_MS)
    row = window.links_pane.candidates.rows[window.links_pane.candidates.row_of(he)]
    assert "years" in row.reasons["concepts"] and "years" in plain(row.why)


def test_a_desks_term_replaces_the_glossarys_reading_and_says_so(qtbot, window, db_path, marked):
    show_claim(window, marked["ar1-troops"])
    select_word(window, "روسيا")
    dialog = window.linking.add_to_glossary()
    dialog.concept.setCurrentText("years")
    dialog.buttons.accepted.emit()
    with Core(db_path) as db:
        assert ("years", "ar", "روسيا") in user_terms(db)
    assert "now reads as years instead of russia" in window.last_message


def test_index_failure_is_shown_in_the_pane(qtbot, db_path, tmp_path, marked, monkeypatch):
    def broken(db, glossary=None):
        raise DatabaseError("the database is locked by another program")

    monkeypatch.setattr("ui.linking.controller.load_index", broken)
    win = new_window(qtbot, db_path, tmp_path)
    win.show()
    qtbot.waitUntil(lambda: bool(win.linking.index_error), timeout=WAIT_MS)
    show_claim(win, marked["ar2-shoigu"])
    assert win.links_pane.status.text() == "Suggestions are unavailable: the database is locked by another program"
    assert candidate_ids(win) == [] and not win.same_action.isEnabled()


def test_link_shortcuts_are_in_the_help(window):
    rows = dict(window.shortcut_rows())
    assert rows["Same claim"] == "Ctrl+L"
    assert rows["Different claim"] == "Ctrl+Shift+L"
    for name in ("Next candidate", "Previous candidate", "Open the candidate's article"):
        assert rows.get(name), name
    window.show_shortcuts()
    assert window.shortcuts_dialog.isVisible()


def test_screenshots_of_the_links_pane(qtbot, window, marked):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    window.resize(1400, 850)
    show_claim(window, marked["ar2-drills"])  # joint exercises: in Arabic twice and in Hebrew
    qtbot.wait(50)
    assert marked["he-joint-drills"] in candidate_ids(window)
    assert window.grab().save(str(SCREENSHOTS / "links-window.png"))
    assert window.links_dock.grab().save(str(SCREENSHOTS / "links-pane.png"))
    for other in ("he-joint-drills", "ar1-drills"):
        choose_candidate(window, marked[other])
        window.linking.decide_candidate("same")
    qtbot.wait(50)
    assert len(window.links_pane.cluster.rows) == 3
    assert window.links_dock.grab().save(str(SCREENSHOTS / "cluster.png"))


@pytest.mark.parametrize("language", ["ar", "he"])
def test_screenshots_of_the_links_pane_in_arabic_and_hebrew(qtbot, db_path, tmp_path, marked, restore_application,
                                                            language):
    """docs/screenshots/links-pane-ar.png, -he.png: the reasons in the interface's language and direction."""
    from ui.kit import i18n

    i18n.install_language(language)
    window = new_window(qtbot, db_path, tmp_path)
    window.resize(1400, 850)
    window.show()
    qtbot.waitExposed(window)
    wait_for_index(qtbot, window)
    show_claim(window, marked["ar2-drills"])
    qtbot.waitUntil(lambda: marked["he-joint-drills"] in candidate_ids(window), timeout=WAIT_MS)
    row = window.links_pane.candidates.rows[window.links_pane.candidates.row_of(marked["he-joint-drills"])]
    assert {"ar": "المفاهيم", "he": "מושגים"}[language] in row.why and "_" not in row.why
    assert window.links_dock.grab().save(str(SCREENSHOTS / f"links-pane-{language}.png"))


def test_a_link_decision_is_undone_with_the_undo_stack(qtbot, window, marked):
    a, b = marked["ar1-troops"], marked["ar4-troops"]
    show_claim(window, a)
    qtbot.waitUntil(lambda: b in candidate_ids(window), timeout=WAIT_MS)
    pane = window.links_pane
    pane.candidate_view.setCurrentIndex(pane.candidates.index(pane.candidates.row_of(b), 0))
    window.linking.decide_candidate("different")
    qtbot.waitUntil(lambda: b not in candidate_ids(window), timeout=WAIT_MS)
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: b in candidate_ids(window), timeout=WAIT_MS)
    window.undo_stack.redo()
    qtbot.waitUntil(lambda: b not in candidate_ids(window), timeout=WAIT_MS)


def test_sentences_of_unmarked_articles_are_found_opened_and_linked(qtbot, db_path, tmp_path, seed):
    """Only the Hebrew Shoigu claim is marked: its Arabic twin is found as a sentence of an
    unmarked article; "Same claim" marks it and links it in one undo step."""
    only = {c["id"] for c in seed["claims"]} - {"he-shoigu-visit"}
    ids = import_seed(db_path, tmp_path, seed, leave_out=only)
    win = new_window(qtbot, db_path, tmp_path)
    win.show()
    qtbot.waitExposed(win)
    wait_for_index(qtbot, win)
    he = ids["he-shoigu-visit"]
    show_claim(win, he)
    task = win.linking.find_in_unmarked()
    assert task is not None
    pane = win.links_pane
    qtbot.waitUntil(lambda: any(r.span for r in pane.candidates.rows), timeout=WAIT_MS)
    twin = next(c for c in seed["claims"] if c["id"] == "ar2-shoigu")
    row = next(r for r in pane.candidates.rows if r.span and twin["quote"] in r.quote)
    assert row.reasons["names"] and "not marked yet" in row.title and row.direction == "rtl"
    grab = pane.grab()
    assert grab.save(str(SCREENSHOTS / "links-unmarked.png"))

    pane.candidate_view.setCurrentIndex(pane.candidates.index(pane.candidates.rows.index(row), 0))
    win.reader.setFocus()
    qtbot.keyClick(win.reader, Qt.Key_Return, Qt.ControlModifier | Qt.ShiftModifier)  # "Open the candidate's article"
    assert win.article_id == row.article_id
    cursor = win.reader.textCursor()
    assert cursor.hasSelection() and win.reader.selection_span() == row.span

    show_claim(win, he)
    qtbot.waitUntil(lambda: True, timeout=10)
    win.links_pane.add_candidates([row])
    win.links_pane.candidate_view.setCurrentIndex(win.links_pane.candidates.index(len(win.links_pane.candidates.rows) - 1, 0))
    win.linking.decide_candidate("same")
    with Core(db_path) as db:
        members = cluster_of(db, he)
        assert len(members) == 2
        new = next(m for m in members if m != he)
        quote = db.execute("SELECT quote FROM claims WHERE id = ?", [new]).fetchone()[0]
    assert quote == row.quote and win.claim_pane.current.id == he
    win.undo_stack.undo()
    with Core(db_path) as db:
        assert cluster_of(db, he) == [he]
        assert db.execute("SELECT count(*) FROM claims").fetchone()[0] == 1
