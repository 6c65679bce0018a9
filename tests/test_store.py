"""The database: pragmas, ordered migrations with backups, refusal of bad files, integrity check."""

import json
import os
import sqlite3
import subprocess
import sys
import textwrap

import pytest
from click.testing import CliRunner
from conftest import DATA
from sqlite_utils import Database

from workbench.checks import check
from workbench.cli.main import main
from workbench.db.schema import SCHEMA_VERSION, migrations
from workbench.db.store import default_db_path, open_db, schema_version
from workbench.kernel.errors import DatabaseError
from workbench.library.ingest import import_paths


def schema_of(db) -> list[tuple]:
    return sorted(db.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND name != '_sqlite_migrations'"
    ).fetchall())


def test_new_database_uses_wal_foreign_keys_and_latest_schema(db, db_path):
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert schema_version(db) == SCHEMA_VERSION
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert {"articles", "paragraphs", "folds", "articles_fts", "claims"} <= set(db.table_names())


@pytest.mark.parametrize("stop", range(1, SCHEMA_VERSION))
def test_migrating_from_every_earlier_version_gives_the_same_schema(tmp_path, stop, db):
    names = [m.name for m in migrations.pending(Database(memory=True))]
    old_path = tmp_path / f"v{stop}.sqlite"
    old = Database(old_path)
    migrations.apply(old, stop_before=names[stop])
    assert len(migrations.applied(old)) == stop
    old.execute(
        "INSERT INTO articles (title, text, content_hash, language, direction, source_format, source_encoding, imported_at)"
        " VALUES ('t', 'text', 'h', 'en', 'ltr', 'txt', 'utf-8', 'now')"
    )
    old.conn.commit()
    old.close()

    upgraded = open_db(old_path)
    assert schema_version(upgraded) == SCHEMA_VERSION
    assert schema_of(upgraded) == schema_of(db)
    assert upgraded.execute("SELECT text FROM articles").fetchall() == [("text",)]
    backups = list((tmp_path / "backups").glob(f"*before-{names[stop]}.sqlite"))
    assert len(backups) == 1
    saved = sqlite3.connect(backups[0])
    assert saved.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0] == stop
    assert saved.execute("SELECT text FROM articles").fetchall() == [("text",)]


def test_no_backup_for_a_brand_new_database(db_path):
    open_db(db_path)
    assert not (db_path.parent / "backups").exists()


def test_a_file_that_is_not_a_database_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("these are my notes, not a database")
    with pytest.raises(DatabaseError, match="not an SQLite database"):
        open_db(path)
    assert path.read_text() == "these are my notes, not a database"


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(DatabaseError, match="is a folder"):
        open_db(tmp_path)


def test_a_database_locked_by_another_process_gives_a_clear_error(db, db_path, monkeypatch):
    monkeypatch.setattr("workbench.db.store.BUSY_TIMEOUT_MS", 200)
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sqlite3, sys, time
            c = sqlite3.connect({str(db_path)!r}, isolation_level=None)
            c.execute("BEGIN EXCLUSIVE")
            print("locked", flush=True)
            sys.stdin.readline()
        """)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        db.execute("PRAGMA busy_timeout = 200")
        with pytest.raises(DatabaseError, match="is busy: another window, person or program is writing to it"):
            import_paths(db, [DATA])
    finally:
        holder.communicate("done\n", timeout=10)
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
    assert len(import_paths(db, [DATA]).added) == 5


def test_original_text_cannot_be_rewritten(db):
    import_paths(db, [DATA])
    with pytest.raises(sqlite3.IntegrityError, match="immutable"):
        db.execute("UPDATE articles SET text = 'changed' WHERE id = 1")


def test_check_passes_on_a_sound_database_and_finds_tampering(db):
    import_paths(db, [DATA])
    report = check(db)
    assert report.ok, report.problems
    assert report.articles == 5 and report.schema_version == SCHEMA_VERSION
    db.execute("DROP TRIGGER articles_text_is_immutable")
    db.execute("UPDATE articles SET text = text || ' (edited)' WHERE id = 2")
    db.execute("INSERT INTO folds (article_id, start, \"end\", kind) VALUES (3, 0, 10000000, 'noise')")
    problems = check(db).problems
    assert any("article 2: text does not match its content hash" in p for p in problems)
    assert any("article 3: fold 0-10000000 lies outside its text" in p for p in problems)


def test_database_location_default_and_override(monkeypatch, tmp_path):
    monkeypatch.delenv("WORKBENCH_DB", raising=False)
    assert default_db_path().name == "workbench.sqlite"
    monkeypatch.setenv("WORKBENCH_DB", str(tmp_path / "elsewhere.sqlite"))
    assert default_db_path() == tmp_path / "elsewhere.sqlite"


def test_a_database_of_another_program_is_left_alone(tmp_path):
    path = tmp_path / "other.sqlite"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
    other.commit()
    other.close()
    with pytest.raises(DatabaseError, match="database of another program"):
        open_db(path)
    tables = sqlite3.connect(path).execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall()
    assert tables == [("invoices",)] and not (tmp_path / "backups").exists()


def test_reading_commands_do_not_create_a_database(tmp_path):
    with pytest.raises(DatabaseError, match="there is no database"):
        open_db(tmp_path / "typo.sqlite", create=False)
    assert not (tmp_path / "typo.sqlite").exists()
    empty = tmp_path / "notes.txt"
    empty.touch()  # SQLite would make an empty file a database
    with pytest.raises(DatabaseError, match="there is no database"):
        open_db(empty, create=False)
    assert empty.read_bytes() == b"" and not (tmp_path / "notes.txt-wal").exists()


def test_a_database_that_cannot_be_written_is_opened_read_only(db_path, monkeypatch):
    from workbench.claims.marking import create_claim
    from workbench.library.articles import list_articles

    db = open_db(db_path)
    import_paths(db, [DATA])
    db.close()
    monkeypatch.setattr("workbench.db.store._writable", lambda path: False)
    ro = open_db(db_path)
    assert len(list_articles(ro)) == 5
    with pytest.raises(DatabaseError, match="cannot be written"):
        create_claim(ro, 1, 0, 5, checker="x")


@pytest.fixture
def read_only_mount(tmp_path):
    """A folder on a read-only mount (a read-only share or disk), where SQLite cannot make
    the -shm file a WAL database needs; only where this machine lets the tests mount."""
    source, mount = tmp_path / "source", tmp_path / "mount"
    source.mkdir()
    mount.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "--bind", str(source), str(mount)],
                                           capture_output=True).returncode != 0:
        pytest.skip("needs permission to mount a folder read-only")
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(mount)], check=True, capture_output=True)
        yield source, mount
    finally:
        subprocess.run(["umount", "--lazy", str(mount)], capture_output=True)


def test_a_database_on_a_read_only_disk_can_be_read(read_only_mount):
    from workbench.claims.marking import create_claim
    from workbench.library.articles import list_articles

    source, mount = read_only_mount
    db = open_db(source / "desk.sqlite")
    import_paths(db, [DATA])
    db.close()
    for leftover in source.glob("desk.sqlite-*"):
        leftover.unlink()
    ro = open_db(mount / "desk.sqlite")
    assert len(list_articles(ro)) == 5
    with pytest.raises(DatabaseError, match="cannot be written"):
        create_claim(ro, 1, 0, 5, checker="x")
    ro.close()
    result = CliRunner().invoke(main, ["--db", str(mount / "desk.sqlite"), "--bidi", "off", "list", "--json"])
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.output)) == 5


@pytest.mark.parametrize("error, says", [
    ("database or disk is full", "is full"),
    ("disk I/O error", "could not be read or written (is it full, unplugged or failing?)"),
    ("attempt to write a readonly database", "cannot be written"),
    ("database is locked", "is busy: another window, person or program is writing to it"),
])
def test_sqlite_errors_are_explained_for_people(error, says):
    from workbench.db.store import explain

    message = explain(sqlite3.OperationalError(error), "/desk/workbench.sqlite")
    assert says in message and "/desk/workbench.sqlite" in message


def test_check_of_a_read_only_database_says_what_it_could_not_check(db_path, monkeypatch):
    from workbench.checks import check

    db = open_db(db_path)
    import_paths(db, [DATA])
    db.close()
    monkeypatch.setattr("workbench.db.store._writable", lambda path: False)
    report = check(open_db(db_path))
    assert report.ok, report.problems  # the search index is not "damaged" for being read-only
    assert report.not_checked == ["the search index: SQLite checks it by writing, and the database is opened read-only"]
    result = CliRunner().invoke(main, ["--db", str(db_path), "check"])
    assert result.exit_code == 0 and "not checked: the search index" in result.output
