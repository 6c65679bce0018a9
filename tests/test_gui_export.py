"""File → Export, offscreen: the dialog's choice and the export run as a background task
with progress, and a cancel that leaves the previous file."""

from __future__ import annotations

import csv
import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import app_state  # noqa: E402
from conftest import DATA, SCREENSHOTS  # noqa: E402
from PySide6.QtCore import QSettings, QThreadPool  # noqa: E402
from PySide6.QtGui import QKeySequence  # noqa: E402
from PySide6.QtWidgets import QMainWindow  # noqa: E402

from ui.kit import tasks  # noqa: E402
from ui.kit.task_status import TaskStatus  # noqa: E402
from ui.kit.words import action_label  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.publish.export_dialog import ExportDialog, export_task  # noqa: E402
from workbench.claims.marking import create_claim  # noqa: E402
from workbench.db.audit import entries  # noqa: E402
from workbench.db.store import open_db  # noqa: E402
from workbench.library.articles import languages as library_languages  # noqa: E402
from workbench.library.ingest import import_paths  # noqa: E402
from workbench.review.people import register  # noqa: E402
from workbench.review.sources import Source  # noqa: E402
from workbench.review.verdicts import set_verdict, transition  # noqa: E402

restore_application = app_state.restore_application

pytestmark = pytest.mark.usefixtures("event_loops_run")


@pytest.fixture
def published(db_path):
    db = open_db(db_path)
    import_paths(db, sorted(DATA.glob("*.txt")))
    register(db, "dana", "checker")
    register(db, "sara", "supervisor")
    for article_id in [r[0] for r in db.execute("SELECT id FROM articles ORDER BY id")][:3]:
        claim = create_claim(db, article_id, 0, 12, checker="dana")
        verdict = set_verdict(db, claim.id, who="dana", rating="False", summary="لم يحدث",
                              sources=[Source(url="https://example.org/x")])
        for action, who in (("submit", "dana"), ("approve", "sara"), ("publish", "sara")):
            transition(db, verdict.id, action, who=who)
    db.close()
    return db_path


def test_the_dialog_gives_the_choice(qtbot, tmp_path):
    dialog = ExportDialog(["True", "False"], ["ar", "he"], tmp_path)
    qtbot.addWidget(dialog)
    dialog.rating.setCurrentIndex(dialog.rating.findData("False"))
    dialog.language.setCurrentIndex(dialog.language.findData("he"))
    dialog.excel.setChecked(True)
    dialog.use_since.setChecked(True)
    choice = dialog.choice()
    assert (choice.kind, choice.excel, choice.path) == ("csv", True, tmp_path / "verdicts.csv")
    assert (choice.filter.rating, choice.filter.language) == ("False", "he")
    assert len(choice.filter.since) == 10 and choice.filter.until == ""
    dialog.kind.setCurrentIndex(1)
    choice = dialog.choice()
    assert choice.kind == "claimreview" and choice.path.suffix == ".json" and not choice.excel
    assert not dialog.excel.isEnabled()


def test_a_file_typed_in_that_exists_is_replaced_only_when_the_user_says_so(qtbot, tmp_path, monkeypatch):
    existing = tmp_path / "sent-to-partners.csv"
    existing.write_text("as sent\n", "utf-8")
    dialog = ExportDialog([], [], tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(existing))
    asked = []
    monkeypatch.setattr(dialog, "ask_replace", lambda target: asked.append(target) or False)
    dialog.accept()
    assert asked == [existing] and dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    monkeypatch.setattr(dialog, "ask_replace", lambda target: asked.append(target) or True)
    dialog.accept()
    assert len(asked) == 2 and not dialog.isVisible() and dialog.result() == dialog.DialogCode.Accepted
    fresh = ExportDialog([], [], tmp_path)  # a file that is not there yet: nothing to ask
    qtbot.addWidget(fresh)
    monkeypatch.setattr(fresh, "ask_replace", lambda target: pytest.fail("asked about a new file"))
    fresh.accept()
    assert fresh.result() == fresh.DialogCode.Accepted


def test_dates_read_year_first_in_a_right_to_left_window(qtbot, tmp_path, restore_application):
    """A date edit reverses its format's sections when it is right to left as the format is set."""
    from PySide6.QtCore import QDate, Qt

    restore_application.setLayoutDirection(Qt.RightToLeft)
    dialog = ExportDialog(["True"], ["ar"], tmp_path)
    qtbot.addWidget(dialog)
    dialog.since.setDate(QDate(2026, 12, 3))
    dialog.use_since.setChecked(True)
    assert dialog.since.text() == "2026-12-03" and dialog.choice().filter.since == "2026-12-03"


def test_the_export_runs_in_the_background_and_reports(qtbot, published, tmp_path):
    dialog = ExportDialog([], [], tmp_path)
    qtbot.addWidget(dialog)
    task = export_task(published, dialog.choice(), "sara")
    seen = []
    task.signals.progress.connect(lambda *step: seen.append(step))
    with qtbot.waitSignal(task.signals.finished, timeout=30000) as finished:
        tasks.start(task)
    report = finished.args[0]
    # The rows of the verdicts just published are made ready first, then written.
    assert report.written and report.rows == 3 and seen == [(3, 3, "Preparing rows"), (3, 3, "")]
    with (tmp_path / "verdicts.csv").open(encoding="utf-8", newline="") as fh:
        assert [r["summary"] for r in csv.DictReader(fh)] == ["لم يحدث"] * 3


def test_the_status_bar_shows_the_stage_before_the_count(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    status = TaskStatus(window.statusBar(), "Export progress", "Cancel export", "Cancel export")
    task = tasks.Task(lambda progress, cancelled: None)
    status.follow(task)
    task.signals.progress.emit(2000, 100000, "Preparing rows")
    assert (status.bar.text(), status.bar.maximum(), status.bar.value()) == ("Preparing rows 2000/100000", 100000, 2000)
    task.signals.progress.emit(500, 100000, "")
    assert status.bar.text() == "500/100000" and status.bar.toolTip() == ""


def test_an_arabic_window_says_the_rows_are_being_prepared(qtbot, published, tmp_path, restore_application):
    """docs/screenshots/export-progress-ar.png: the status bar while the first export makes its rows."""
    from ui.kit import i18n

    i18n.install_language("ar")
    win = MainWindow(published, "sara", QSettings(str(tmp_path / "window.ini"), QSettings.IniFormat))
    qtbot.addWidget(win)
    win.resize(900, 300)
    win.show()
    qtbot.waitExposed(win)
    dialog = ExportDialog([], [], tmp_path)
    qtbot.addWidget(dialog)
    task = export_task(published, dialog.choice(), "sara")
    win.export_status.follow(task)
    shown = []

    def look(done, total, text):
        if text:
            shown.append(win.export_status.bar.text())
            win.statusBar().grab().save(str(SCREENSHOTS / "export-progress-ar.png"))
    task.signals.progress.connect(look)
    task.run()  # here, in this thread: the bar is looked at as each step is shown
    assert shown == ["تحضير الصفوف 3/3"]
    assert win.export_status.bar.text() == "3/3"
    win.close()


def test_a_cancelled_export_keeps_the_previous_file(qtbot, published, tmp_path, monkeypatch):
    import workbench.publish.export as export

    monkeypatch.setattr(export, "_PROGRESS_EVERY", 1)
    target = tmp_path / "verdicts.csv"
    target.write_text("before\n", "utf-8")
    dialog = ExportDialog([], [], tmp_path)
    qtbot.addWidget(dialog)
    task = export_task(published, dialog.choice(), "sara")
    task.cancel()
    with qtbot.waitSignal(task.signals.finished, timeout=30000) as finished:
        tasks.start(task)
    assert finished.args[0].cancelled and target.read_text("utf-8") == "before\n"
    QThreadPool.globalInstance().waitForDone(5000)


@pytest.fixture
def window(qtbot, published, tmp_path):
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.IniFormat)
    win = MainWindow(published, "sara", settings)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()
    QThreadPool.globalInstance().waitForDone(10000)


def action(win, text: str):
    found = [a for a in win.actions() if action_label(a.text()) == text]
    assert len(found) == 1, text
    return found[0]


def test_file_export_from_the_window_writes_in_the_background(qtbot, window, tmp_path):
    export = action(window, "Export verdicts…")
    assert export.shortcut() == QKeySequence("Ctrl+E")
    export.trigger()
    dialog = window.exporting.export_dialog
    assert dialog.isVisible()
    offered = [dialog.language.itemData(i) for i in range(1, dialog.language.count())]
    assert offered == library_languages(window.db) and "ar" in offered and "he" in offered
    assert [dialog.rating.itemText(i) for i in range(1, dialog.rating.count())][:2] == ["True", "Mostly true"]
    target = tmp_path / "out" / "published.csv"
    target.parent.mkdir()
    dialog.path.setText(str(target))
    dialog.excel.setChecked(True)
    dialog.grab().save(str(SCREENSHOTS / "export-dialog.png"))
    dialog.accept()
    assert not export.isEnabled()  # one export at a time
    qtbot.waitUntil(lambda: window.exporting.last_export is not None, timeout=30000)
    assert export.isEnabled()
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    with target.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["summary"] for r in rows] == ["لم يحدث"] * 3
    assert "Exported 3 verdict(s)" in window.last_message and str(target) in window.last_message
    assert window.settings.value("export/folder") == str(target.parent)
    assert [e.action for e in entries(window.db)][-1] == "export"


def test_an_export_with_nothing_to_publish_says_so_and_writes_nothing(qtbot, window, tmp_path):
    action(window, "Export verdicts…").trigger()
    dialog = window.exporting.export_dialog
    dialog.rating.setCurrentIndex(dialog.rating.findData("True"))  # every verdict is rated False
    dialog.path.setText(str(tmp_path / "none.csv"))
    dialog.accept()
    qtbot.waitUntil(lambda: window.export_task is None and window.last_message.startswith("Export failed"),
                    timeout=30000)
    assert "nothing" in window.last_message.lower() or "no " in window.last_message.lower()
    assert not (tmp_path / "none.csv").exists()


def test_the_dashboard_opens_from_the_verdicts_menu(qtbot, window):
    dashboard_action = action(window, "Desk dashboard…")
    assert dashboard_action.shortcut() == QKeySequence("Ctrl+Shift+D")
    dashboard_action.trigger()
    dashboard = window.dashboard
    assert dashboard.isVisible() and dashboard.figures.published == 3
    assert dict(dashboard.figures.by_rating)["False"] == 3


def test_settings_open_from_the_file_menu_and_rearm_the_backups(qtbot, window):
    from ui.settings import backup_timer

    settings_action = action(window, "Settings…")
    assert settings_action.shortcut() == QKeySequence("Ctrl+,")
    assert window.backup_timer.remaining_ms() > 0  # a first backup is due once the window settled
    settings_action.trigger()
    dialog = window.settings_dialog
    assert dialog.isVisible()
    dialog.backup_hours.setValue(0)  # no scheduled backups
    assert dialog.apply()
    assert window.settings.value(backup_timer.HOURS_KEY, type=int) == 0
    assert window.backup_timer.remaining_ms() == -1
    assert window.last_message.startswith("Settings saved")
