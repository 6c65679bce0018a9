"""The window, driven through its real widgets offscreen: mark, undo, suggestions, import, settings."""

import os
import sqlite3

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from conftest import DATA, SCREENSHOTS, by_name, import_bad_batch  # noqa: E402
from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtGui import QTextCursor  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from ui.app import prepare_database  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.reader.commands import MarkClaim  # noqa: E402
from workbench.claims.marking import claims_of  # noqa: E402
from workbench.db.store import open_db  # noqa: E402

pytestmark = pytest.mark.usefixtures("event_loops_run")



@pytest.fixture
def window(qtbot, db_path, tmp_path):
    prepare_database(db_path)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)
    win = MainWindow(db_path, "Noa", settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def select_original(win, start: int, end: int) -> None:
    """Select original offsets in the reader as a user would, with a QTextCursor."""
    cursor = QTextCursor(win.reader.document())
    cursor.setPosition(win.reader.map.to_doc(start))
    cursor.setPosition(win.reader.map.to_doc(end), QTextCursor.KeepAnchor)
    win.reader.setTextCursor(cursor)


def press_mark(qtbot, win) -> None:
    win.reader.setFocus()
    qtbot.keyClick(win.reader, Qt.Key_M, Qt.ControlModifier)


def stored_claims(db_path):
    db = open_db(db_path)
    try:
        return db.execute('SELECT article_id, start, "end", quote, checker FROM claims ORDER BY id').fetchall()
    finally:
        db.close()


def import_one(db_path, folder, name: str, text: str) -> int:
    """Import one article file written into ``folder``; its id."""
    from workbench.library.ingest import import_paths

    folder.mkdir()
    (folder / name).write_text(text, "utf-8")
    db = open_db(db_path)
    try:
        [aid] = import_paths(db, [folder]).added
        return aid
    finally:
        db.close()


def article_id(db_path, name):
    db = open_db(db_path)
    try:
        return by_name(db, name)["id"]
    finally:
        db.close()


@pytest.mark.parametrize("name, phrase", [
    ("004_d5d7dac400910391.txt", "10،000"),
    ("000_884bf961611e0af5.txt", "שר ההגנה הרוסי סרגיי שויגו ביקר בצפון קוריאה ב-25 ביולי"),
])
def test_mark_a_claim_with_the_shortcut_and_undo_it(qtbot, window, db_path, name, phrase):
    aid = article_id(db_path, name)
    window.open_article(aid)
    text = window.reader.article["text"]
    if phrase == "10،000":  # the whole sentence with the number
        at = text.index(phrase)
        start = text.rfind("\n", 0, at) + 1
        end = text.index(".", at) + 1 if "." in text[at:at + 300] else text.index("\n", at)
        start = text.rfind(". ", start, at) + 2 if text.rfind(". ", start, at) != -1 else start
    else:
        start, end = text.index(phrase), text.index(phrase) + len(phrase)
    select_original(window, start, end)
    press_mark(qtbot, window)
    [(stored_article, s, e, quote, checker)] = stored_claims(db_path)
    assert (stored_article, s, e, quote, checker) == (aid, start, end, text[start:end], "Noa")
    assert phrase in quote
    assert not window.reader.document().isModified()
    assert [c.id for c in window.reader.claims] == [window.claim_pane.current.id]
    qtbot.keyClick(window.reader, Qt.Key_Z, Qt.ControlModifier)
    assert stored_claims(db_path) == []
    window.undo_stack.redo()
    assert [row[1:3] for row in stored_claims(db_path)] == [(start, end)]


def test_selection_inside_a_word_snaps_to_whole_words_unless_alt(qtbot, window, db_path):
    window.open_article(article_id(db_path, "001_3a0885cf1020a608.txt"))
    text = window.reader.article["text"]
    at = text.index("أرسلت أكثر من 10 آلاف جندي")
    select_original(window, at + 2, at + len("أرسلت أكثر من 10 آلاف جن"))
    press_mark(qtbot, window)
    assert stored_claims(db_path)[0][3] == "أرسلت أكثر من 10 آلاف جندي"


def test_claim_after_an_emoji_and_across_two_paragraphs(qtbot, window, db_path, tmp_path):
    aid = import_one(db_path, tmp_path / "in", "emoji.txt",
                     "عاجل 🔴 خبر\nقال المسؤول 🇰🇵 إن البلاد أرسلت 10 آلاف جندي.\nوأضاف أن الجنود وصلوا.\n")
    window.open_article(aid)
    text = window.reader.article["text"]
    start, end = text.index("إن البلاد"), text.index("وصلوا") + len("وصلوا")
    select_original(window, start, end)
    press_mark(qtbot, window)
    [(_, s, e, quote, _)] = stored_claims(db_path)
    assert (s, e) == (start, end) and quote == "إن البلاد أرسلت 10 آلاف جندي.\nوأضاف أن الجنود وصلوا"
    assert "\u2029" not in quote


def test_empty_and_folded_selections_give_a_message_and_store_nothing(qtbot, window, db_path):
    window.open_article(article_id(db_path, "000_884bf961611e0af5.txt"))
    cursor = window.reader.textCursor()
    cursor.clearSelection()
    window.reader.setTextCursor(cursor)
    press_mark(qtbot, window)
    assert "select the text" in window.last_message
    [(_, doc_start, doc_end)] = window.reader.map.placeholders()[:1]
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(doc_start - 5)
    cursor.setPosition(doc_end, QTextCursor.KeepAnchor)
    window.reader.setTextCursor(cursor)
    press_mark(qtbot, window)
    assert "folded boilerplate" in window.last_message
    assert stored_claims(db_path) == []


def test_folded_boilerplate_unfolds_with_one_click(window, db_path):
    window.open_article(article_id(db_path, "000_884bf961611e0af5.txt"))
    assert "ההרשמה לערוץ הטלגרם" not in window.reader.toPlainText()
    indices, _, _ = window.reader.map.placeholders()[0]
    from PySide6.QtCore import QUrl
    window.reader.anchorClicked.emit(QUrl("fold:" + ",".join(map(str, indices))))
    assert "ההרשמה לערוץ הטלגרם" in window.reader.toPlainText()


def test_a_fold_names_the_key_that_shows_folded_text(qtbot, window, db_path):
    window.open_article(article_id(db_path, "000_884bf961611e0af5.txt"))
    keys = dict(window.shortcut_rows())["Show folded boilerplate"]
    _, start, end = window.reader.map.placeholders()[0]
    assert keys in window.reader.toPlainText()[start:end]
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key_U, Qt.ControlModifier)
    assert "ההרשמה לערוץ הטלגרם" in window.reader.toPlainText()


def test_paragraph_direction_follows_the_dominant_script(window, db_path):
    window.open_article(article_id(db_path, "004_d5d7dac400910391.txt"))
    doc = window.reader.document()
    block = doc.findBlock(window.reader.map.to_doc(window.reader.article["text"].index("Pyongyang, Nordkorea -")))
    assert block.blockFormat().layoutDirection() == Qt.RightToLeft
    details = doc.findBlock(window.reader.map.to_doc(window.reader.article["text"].index("Details")))
    assert details.text().startswith("▸")  # the details table is folded


def test_suggestions_accept_and_dismiss_from_the_keyboard(qtbot, window, db_path):
    aid = article_id(db_path, "002_8cd855bd8944e8de.txt")
    window.open_article(aid)
    total = len(window.reader.suggestions)
    assert total > 2
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key_F7)
    first = window.reader.suggestions[0]
    qtbot.keyClick(window.reader, Qt.Key_Return, Qt.ControlModifier)
    assert [row[1:4] for row in stored_claims(db_path)] == [(first.start, first.end, first.quote)]
    qtbot.keyClick(window.reader, Qt.Key_F7)
    dismissed = window.reader.suggestions[window.reader.current_suggestion]
    qtbot.keyClick(window.reader, Qt.Key_Backspace, Qt.ControlModifier)
    assert dismissed not in window.reader.suggestions
    assert len(window.reader.suggestions) == total - 2


def test_edit_claim_in_the_pane_and_undo(qtbot, window, db_path):
    aid = article_id(db_path, "002_8cd855bd8944e8de.txt")
    window.open_article(aid)
    text = window.reader.article["text"]
    at = text.index("لم تقم مطلقا بصفقات أسلحة")
    select_original(window, at, at + len("لم تقم مطلقا بصفقات أسلحة"))
    press_mark(qtbot, window)
    pane = window.claim_pane
    pane.statement.setPlainText("North Korea never made arms deals with Russia")
    pane.kind.setCurrentText("denial")
    pane.tags.setText("arms, Russia")
    qtbot.mouseClick(pane.save, Qt.LeftButton)
    db = open_db(db_path)
    [claim] = claims_of(db, aid)
    assert (claim.statement, claim.kind, claim.tags) == ("North Korea never made arms deals with Russia", "denial", ["arms", "Russia"])
    window.undo_stack.undo()
    [claim] = claims_of(db, aid)
    assert (claim.statement, claim.kind, claim.tags) == ("", "other", [])
    db.close()


def test_clicking_a_highlight_selects_the_claim(qtbot, window, db_path):
    window.open_article(article_id(db_path, "002_8cd855bd8944e8de.txt"))
    text = window.reader.article["text"]
    at = text.index("لم تقم مطلقا")
    select_original(window, at, at + 12)
    press_mark(qtbot, window)
    claim_id = window.claim_pane.current.id
    window.claim_pane.select(None)
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(window.reader.map.to_doc(at + 3))
    rect = window.reader.cursorRect(cursor)
    qtbot.mouseClick(window.reader.viewport(), Qt.LeftButton, pos=rect.center())
    assert window.claim_pane.current is not None and window.claim_pane.current.id == claim_id


def test_import_runs_in_the_background_with_progress(qtbot, window, tmp_path):
    folder = tmp_path / "more"
    folder.mkdir()
    for i in range(30):
        (folder / f"{i}.txt").write_text(f"Headline {i}\nBody number {i} about the summit in Pyongyang.\n", "utf-8")
    (folder / "bad.txt").write_bytes(b"")
    seen = []
    task = window.importing.start_import([folder])
    task.signals.progress.connect(lambda done, total, path: seen.append(done))
    with qtbot.waitSignal(task.signals.finished, timeout=30000):
        pass
    qtbot.waitUntil(lambda: window.import_task is None)
    assert window.library_model.rowCount() == 35
    assert "Imported 30 article(s)" in window.last_message and "bad.txt" in window.last_message
    assert not window.import_status.bar.isVisible()


def test_what_an_import_left_out_is_listed_with_the_reasons(qtbot, window, tmp_path):
    rows = import_bad_batch(qtbot, window, tmp_path / "batch")
    dialog = window.importing.problems_dialog
    assert set(rows) == {"empty.txt", "scan.txt"} and all(rows.values())
    assert "2 file(s) or record(s) were not imported; 1 article(s) were." == dialog.heading.text()
    dialog.filter.setText("scan")
    assert dialog.proxy.rowCount() == 1
    dialog.filter.clear()
    dialog.copy_list()
    copied = QApplication.clipboard().text().splitlines()
    assert len(copied) == 2 and all(line.count("\t") == 1 for line in copied)
    dialog.close()
    assert window.problems_action.isEnabled()
    window.problems_action.trigger()
    assert dialog.isVisible()
    dialog.grab().save(str(SCREENSHOTS / "import-problems.png"))


def test_library_search_filters_as_you_type(qtbot, window):
    window.search_box.setText("شويغو")
    qtbot.waitUntil(lambda: window.library_model.rowCount() == 1, timeout=3000)
    window.search_box.clear()
    qtbot.waitUntil(lambda: window.library_model.rowCount() == 5, timeout=3000)
    window.language_filter.setCurrentIndex(window.language_filter.findData("he"))
    assert window.library_filter.rowCount() == 1


def test_layout_font_and_last_article_are_restored(qtbot, db_path, tmp_path):
    prepare_database(db_path)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)
    first = MainWindow(db_path, "Noa", settings)
    qtbot.addWidget(first)
    first.open_article(3)
    first.reader.zoom(4)
    first.close()
    second = MainWindow(db_path, "Noa", QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    qtbot.addWidget(second)
    assert second.article_id == 3 and second.reader.font_size() == 18


def test_another_instance_changes_show_after_refresh(qtbot, window, db_path):
    window.open_article(1)
    other = sqlite3.connect(db_path)
    other.execute("INSERT INTO claims (article_id, start, \"end\", quote, created_at, checker) VALUES (1, 0, 5, ?, 'now', 'Ali')",
                  [window.reader.article["text"][0:5]])
    other.commit()
    other.close()
    window._refresh_if_changed()
    assert [c.checker for c in window.reader.claims] == ["Ali"]


def test_read_only_database_gives_a_message_not_a_traceback(qtbot, window, db_path):
    window.open_article(1)
    window.db.execute("PRAGMA query_only = 1")
    select_original(window, 0, 5)
    press_mark(qtbot, window)
    assert "cannot be written" in window.last_message or "read" in window.last_message.lower()
    window.db.execute("PRAGMA query_only = 0")
    assert stored_claims(db_path) == []


def test_shortcuts_help_lists_every_keyboard_action(window):
    rows = dict(window.shortcut_rows())
    for name in ["Mark claim", "Accept suggestion", "Dismiss suggestion", "Next article", "Previous article",
                 "Next claim", "Previous claim", "Next suggestion", "Previous suggestion", "Search the library", "Undo"]:
        assert rows.get(name), name
    window.show_shortcuts()
    assert window.shortcuts_dialog.isVisible()


def test_screenshots_of_each_sample_article(qtbot, window, db_path):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for path in sorted(DATA.glob("*.txt")):
        aid = article_id(db_path, path.name)
        window.open_article(aid)
        if window.reader.suggestions:
            first = window.reader.suggestions[0]
            window.undo_stack.push(MarkClaim(window.ops, aid, first.start, first.end, "Noa"))
            window.suggestions.step_suggestion(1)
        qtbot.wait(50)
        assert window.grab().save(str(SCREENSHOTS / f"main-{path.stem[:3]}.png"))


def test_first_start_creates_the_database_imports_samples_and_asks_who(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    from ui import app as app_module

    QSettings.setPath(QSettings.NativeFormat, QSettings.UserScope, str(tmp_path / "config"))
    asked = []

    def fake_exec(dialog):
        asked.append(True)
        dialog.name.setText("Layla")
        dialog.role.setCurrentText("supervisor")
        return QDialog.Accepted

    monkeypatch.setattr(app_module.WhoDialog, "exec", fake_exec)
    opened = []

    def close_soon():
        for widget in QApplication.topLevelWidgets():
            if widget.__class__.__name__ == "MainWindow" and widget.isVisible():
                opened.append(widget.article_id)
                widget.close()
        QApplication.instance().quit()

    QTimer.singleShot(300, close_soon)
    db_file = tmp_path / "first.sqlite"
    assert app_module.main(["--db", str(db_file)]) == 0
    assert asked == [True] and opened and opened[0] is not None
    db = open_db(db_file)
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 5
    assert db.execute("SELECT name, role FROM people").fetchall() == [("Layla", "supervisor")]
    db.close()


def test_saving_a_claim_keeps_numbers_with_thousands_separators(qtbot, window, db_path):
    aid = article_id(db_path, "004_d5d7dac400910391.txt")
    window.open_article(aid)
    text = window.reader.article["text"]
    at = text.index("10،000")
    select_original(window, at - 20, at + 12)
    press_mark(qtbot, window)
    before = window.claim_pane.current.numbers
    assert "10,000" in before
    window.claim_pane.statement.setPlainText("More than 10,000 troops")
    qtbot.mouseClick(window.claim_pane.save, Qt.LeftButton)
    db = open_db(db_path)
    [claim] = claims_of(db, aid)
    db.close()
    assert claim.numbers == before and claim.statement == "More than 10,000 troops"


def test_marking_on_an_article_deleted_meanwhile_gives_a_message(qtbot, window, db_path, tmp_path):
    aid = import_one(db_path, tmp_path / "gone", "gone.txt", "Headline\nA sentence that will be deleted by a colleague.\n")
    window.open_article(aid)
    db = open_db(db_path)
    db.execute("DELETE FROM paragraphs WHERE article_id = ?", [aid])
    db.execute("DELETE FROM folds WHERE article_id = ?", [aid])
    db.execute("DELETE FROM articles WHERE id = ?", [aid])
    db.close()
    select_original(window, 9, 20)
    press_mark(qtbot, window)
    assert f"article {aid} no longer exists" in window.last_message
    assert stored_claims(db_path) == []


def test_signals_survive_thousands_of_emits():
    """Guards against a Qt binding whose Signal.emit loses a reference each call (PySide6 6.12.0
    aborts the process after about a thousand emits: a long import's progress would kill the app)."""
    import subprocess
    import sys

    code = ("from PySide6.QtCore import QObject, Signal, QCoreApplication\n"
            "app = QCoreApplication([])\n"
            "class S(QObject):\n    sig = Signal(int, int, str)\n"
            "s = S(); s.sig.connect(lambda *a: None)\n"
            "for i in range(20000): s.sig.emit(i, 1, 'x')\n"
            "print('ok')\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.stdout.strip() == "ok", out.stderr[-500:]


def test_a_claim_out_of_view_is_brought_a_third_of_the_way_down(qtbot, window, db_path):
    """Scrolling just enough to show it left a claim on the reader's bottom edge, with nothing after it."""
    window.resize(1000, 600)
    longest = max(DATA.glob("*.txt"), key=lambda p: len(p.read_text("utf-8")))
    window.open_article(article_id(db_path, longest.name))
    reader = window.reader
    text = reader.article["text"]
    assert reader.verticalScrollBar().maximum() > 0  # the article is longer than the reader
    folded = [(f["start"], f["end"]) for f in reader.article["folds"]]
    last = [p for p in reader.article["paragraphs"] if not any(a <= p["start"] < b for a, b in folded)][-1]
    for span in ((last["start"], last["start"] + 8), (0, 8)):  # the last paragraph shown, then the top
        reader.select_span(*span)
        cursor = QTextCursor(reader.document())
        cursor.setPosition(reader.map.to_doc(span[0]))
        top, height = reader.cursorRect(cursor).top(), reader.viewport().height()
        at_end = reader.verticalScrollBar().value() == reader.verticalScrollBar().maximum()
        assert 0 <= top <= height // 3 + 5 or (at_end and 0 <= top < height), (span, top, height)
        assert reader.textCursor().selectedText() == text[span[0]:span[1]]
    assert reader.verticalScrollBar().value() == 0
