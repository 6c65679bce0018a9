"""Scheduled backups: a whole copy each time, the newest N kept, a missing folder reported."""

from __future__ import annotations

import sqlite3

from workbench.db.backups import back_up, scheduled_backups
from workbench.library.ingest import import_paths


def test_backups_are_whole_copies_and_the_newest_are_kept(db, sample_articles, tmp_path):
    import_paths(db, sample_articles)
    folder = tmp_path / "backups"
    folder.mkdir()
    made = [back_up(db, folder, keep=3) for _ in range(5)]
    assert all(r.problem is None and r.path.exists() for r in made[-3:])
    kept = scheduled_backups(folder)
    assert kept == [r.path for r in made[-3:]]
    assert made[-1].removed == [made[1].path]
    copy = sqlite3.connect(kept[-1])
    assert copy.execute("SELECT count(*) FROM articles").fetchone()[0] == len(sample_articles)
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert not list(folder.glob("*.part"))


def test_a_missing_backup_folder_is_reported_and_work_goes_on(db, tmp_path):
    result = back_up(db, tmp_path / "unplugged")
    assert result.path is None
    assert result.problem == f"the backup folder {tmp_path / 'unplugged'} does not exist (was it unplugged or moved?); no backup was made"
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 0  # the database still works


def test_a_folder_that_may_be_made_is_made_when_missing(db, tmp_path):
    folder = tmp_path / "fresh" / "backups"
    result = back_up(db, folder, create=True)
    assert result.problem is None and result.path.parent == folder and result.path.is_file()


def test_a_folder_that_cannot_be_made_is_reported(db, tmp_path):
    (tmp_path / "a-file").write_text("not a folder")
    result = back_up(db, tmp_path / "a-file" / "backups", create=True)
    assert result.path is None and "could not be made" in result.problem
