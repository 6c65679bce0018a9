"""Shared fixtures: a fresh database per test, the sample corpus and its hand-marked claims."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# the audit log heads this computer has seen (workbench/db/heads.py): the run's own, never the user's
os.environ.setdefault("WORKBENCH_HEADS", os.path.join(tempfile.mkdtemp(prefix="workbench-heads-"), "heads.json"))

from workbench.db.store import open_db  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
# The screenshot tests write into docs/screenshots/ only when asked to
# (WORKBENCH_SCREENSHOTS=docs/screenshots ./test.sh), after a visible change, so that the
# images are looked at before they are committed; an ordinary run writes them into a
# temporary folder, removed at the end, and leaves the checkout as it was.
_SCREENSHOTS_ASKED = os.environ.get("WORKBENCH_SCREENSHOTS", "")
SCREENSHOTS = (Path(_SCREENSHOTS_ASKED).resolve() if _SCREENSHOTS_ASKED
               else Path(tempfile.mkdtemp(prefix="workbench-screenshots-")))
SCREENSHOTS.mkdir(parents=True, exist_ok=True)  # a folder asked for that does not exist yet is made


def pytest_sessionfinish(session, exitstatus) -> None:
    if not _SCREENSHOTS_ASKED:
        shutil.rmtree(SCREENSHOTS, ignore_errors=True)


def shared_corpus() -> Path | None:
    """The hand-marked sample corpus: ``$WORKBENCH_CORPUS``, the one beside the project
    (``../shared/corpus``), else the copy the tests carry (``tests/corpus``: its seed claims, and the
    articles of ``data/``), so that a clone anywhere runs every test."""
    candidates = [os.environ.get("WORKBENCH_CORPUS"), ROOT.parent / "shared" / "corpus", ROOT / "tests" / "corpus"]
    for candidate in candidates:
        if candidate and (Path(candidate) / "seed-claims.json").is_file():
            return Path(candidate)
    return None


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "workbench.sqlite"


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory) -> Path:
    """An empty library with every migration applied, made once for the whole run."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    open_db(path).close()
    return path


def copy_library(source: Path, target: Path) -> None:
    """``source`` copied to ``target`` with SQLite's backup API (never with file calls: see
    no_library_log_deleted_under_a_connection)."""
    src, dest = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dest)
    finally:
        src.close()
        dest.close()


@pytest.fixture
def db(db_path: Path, migrated_template: Path):
    """A fresh, empty library: the migrated template copied, not migrated again for each test."""
    copy_library(migrated_template, db_path)
    database = open_db(db_path)
    yield database
    database.close()


@pytest.fixture
def library(db):
    """The sample articles of data/ imported into a fresh library."""
    from workbench.library.ingest import import_paths

    import_paths(db, [DATA])
    return db


@pytest.fixture
def desk(library):
    """The sample library and the desk most tests start from: dana, a checker, and sara, its
    supervisor. Test modules that need more (people, claims, verdicts) build on it under the same
    name; those that need other articles have fixtures of their own names (export_desk,
    dashboard_desk, seeded_desk)."""
    from workbench.review.people import register

    register(library, "dana", "checker")
    register(library, "sara", "supervisor")
    return library


@pytest.fixture
def sample_articles() -> list[Path]:
    files = sorted(DATA.glob("*.txt"))
    assert len(files) >= 5, "data/ must hold the sample articles"
    return files


@pytest.fixture
def seed() -> dict:
    corpus = shared_corpus()
    if corpus is None:
        pytest.skip("the hand-marked corpus (../shared/corpus/seed-claims.json) is not beside the project")
    return json.loads((corpus / "seed-claims.json").read_text("utf-8"))


def by_name(db, name: str) -> dict:
    """The current article imported from a file called ``name``."""
    row = db.execute(
        "SELECT * FROM articles WHERE source_path LIKE ? AND is_current = 1", ["%/" + name]
    ).fetchone()
    assert row is not None, f"no article imported from {name}"
    columns = [d[0] for d in db.execute("SELECT * FROM articles LIMIT 0").description]
    return dict(zip(columns, row))


@pytest.fixture
def event_loops_run(qapp):
    """Event loops must run for background tasks to report. A test that ran the application's
    own exec() and quit it (the first start in test_gui) can leave Qt's "quit now" flag set, after
    which every new event loop -- qtbot.waitUntil's too -- returns at once and no task reports.
    A short exec() of the application clears the flag. GUI test modules use it for every test."""
    from PySide6.QtCore import QEventLoop, QTimer

    probe = QEventLoop()
    QTimer.singleShot(0, probe.quit)
    if probe.exec() != 0:
        QTimer.singleShot(0, qapp.quit)
        qapp.exec()


@pytest.fixture(autouse=True)
def unanswered_questions_discard(monkeypatch):
    """A modal question waits forever offscreen (a window closed at teardown with unsaved
    edits asks one): unless a test answers it itself, the answer is Discard."""
    widgets = sys.modules.get("PySide6.QtWidgets")
    if widgets is not None:
        monkeypatch.setattr(widgets.QMessageBox, "question", lambda *args, **kwargs: widgets.QMessageBox.Discard)


class Core:
    """A second connection, as another program would have: what the core stored."""

    def __init__(self, db_path):
        self.db_path = db_path

    def __enter__(self):
        self.db = open_db(self.db_path)
        return self.db

    def __exit__(self, *exc):
        self.db.close()


def import_bad_batch(qtbot, window, folder: Path) -> dict[str, str]:
    """Import, in the window, a folder holding one good article, an empty file and a PDF renamed
    .txt; wait for the list of what was left out and return it as {file name: reason shown}."""
    folder.mkdir()
    (folder / "good.txt").write_text("Headline\nA body about the summit.\n", "utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "scan.txt").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8)
    task = window.importing.start_import([folder])
    with qtbot.waitSignal(task.signals.finished, timeout=30000):
        pass
    qtbot.waitUntil(lambda: window.importing.problems_dialog is not None and window.importing.problems_dialog.isVisible())
    return {Path(where).name: why for where, why in window.importing.problems_dialog.model.rows}


@pytest.fixture(autouse=True)
def no_library_log_deleted_under_a_connection():
    """After every test: no write-ahead log or shared-memory file this process still has open
    was deleted. SQLite deletes them on the last close it believes there is; a plain open and
    close of a library file while a connection lives (which drops the process's locks on it)
    makes it believe so, and the connection's later commits are lost."""
    yield
    if not os.path.isdir("/proc/self/fd"):
        return
    deleted = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.endswith(("-wal (deleted)", "-shm (deleted)")):
            deleted.append(target)
    assert not deleted, f"a live connection's files were deleted under it: {deleted}"
