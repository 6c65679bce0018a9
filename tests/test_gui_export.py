"""File → Export, offscreen: the dialog's choice and the export run as a background task
with progress, and a cancel that leaves the previous file."""

from __future__ import annotations

import csv
import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QThreadPool  # noqa: E402

from ui import tasks  # noqa: E402
from ui.export_dialog import ExportDialog, export_task  # noqa: E402
from workbench.claims import create_claim  # noqa: E402
from workbench.ingest import import_paths  # noqa: E402
from workbench.people import register  # noqa: E402
from workbench.sources import Source  # noqa: E402
from workbench.store import open_db  # noqa: E402
from workbench.verdicts import set_verdict, transition  # noqa: E402

from conftest import DATA  # noqa: E402

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


def test_the_export_runs_in_the_background_and_reports(qtbot, published, tmp_path):
    dialog = ExportDialog([], [], tmp_path)
    qtbot.addWidget(dialog)
    task = export_task(published, dialog.choice(), "sara")
    seen = []
    task.signals.progress.connect(lambda done, total, _: seen.append((done, total)))
    with qtbot.waitSignal(task.signals.finished, timeout=30000) as finished:
        tasks.start(task)
    report = finished.args[0]
    assert report.written and report.rows == 3 and seen[-1] == (3, 3)
    with (tmp_path / "verdicts.csv").open(encoding="utf-8", newline="") as fh:
        assert [r["summary"] for r in csv.DictReader(fh)] == ["لم يحدث"] * 3


def test_a_cancelled_export_keeps_the_previous_file(qtbot, published, tmp_path, monkeypatch):
    import workbench.export as export

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
