"""Opening the workspace database: location, pragmas, migrations and backups."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

from platformdirs import user_data_dir
from sqlite_utils import Database

from .errors import DatabaseError
from .schema import SCHEMA_VERSION, migrations

DB_ENV = "WORKBENCH_DB"
APP_NAME = "factcheck-workbench"
BUSY_TIMEOUT_MS = 5000
_SQLITE_HEADER = b"SQLite format 3\x00"


def default_db_path() -> Path:
    """``$WORKBENCH_DB`` if set, else ``workbench.sqlite`` in the platform's user data folder."""
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "workbench.sqlite"


def open_db(path: Path | str | None = None, *, migrate: bool = True) -> Database:
    """Open (creating if needed) the database at ``path`` and bring its schema up to date.

    Raises ``DatabaseError`` with the reason when the file is not a database,
    cannot be created, or is locked by another program.
    """
    path = Path(path) if path is not None else default_db_path()
    _refuse_non_database(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        db = Database(conn)
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA foreign_keys = ON")
        if db.journal_mode != "wal":
            db.enable_wal()
        if migrate:
            apply_migrations(db, path)
        return db
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(explain(exc, path)) from None
    except OSError as exc:
        raise DatabaseError(f"cannot open the database {path}: {exc.strerror or exc}") from None


def explain(exc: sqlite3.Error, path: Path | str) -> str:
    """A message for people about an SQLite error on the database at ``path``."""
    message = str(exc)
    if "locked" in message or "busy" in message:
        return (f"the database {path} is locked by another program (waited {BUSY_TIMEOUT_MS // 1000} s); "
                "close the other program or try again")
    if "not a database" in message or "malformed" in message:
        return f"{path} is not a workbench database (or is damaged): {message}"
    if "readonly" in message or "read-only" in message:
        return f"the database {path} cannot be written (read-only file or folder)"
    return f"database error on {path}: {message}"


def _refuse_non_database(path: Path) -> None:
    if path.is_dir():
        raise DatabaseError(f"{path} is a folder, not a database file")
    if path.exists() and path.stat().st_size > 0:
        with path.open("rb") as fh:
            if fh.read(16) != _SQLITE_HEADER:
                raise DatabaseError(f"{path} is not an SQLite database; refusing to touch it")


def schema_version(db: Database) -> int:
    return len(migrations.applied(db))


def apply_migrations(db: Database, path: Path) -> Path | None:
    """Apply pending migrations, first backing up a database that already holds data.

    Returns the backup's path, if one was made.
    """
    pending = migrations.pending(db)
    if not pending:
        return None
    backup = None
    if db.table_names():
        backup = backup_db(db, path.parent / "backups", f"before-{pending[0].name}")
    migrations.apply(db)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    return backup


def backup_db(db: Database, folder: Path, label: str) -> Path:
    """Copy the database with SQLite's online backup API into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"workbench-{stamp}-{label}.sqlite"
    dest = sqlite3.connect(str(target))
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
    return target


@contextlib.contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """``BEGIN IMMEDIATE`` … ``COMMIT``: takes the write lock up front, rolls back on any error.

    SQLite errors (locked, read-only, full disk) come out as ``DatabaseError``
    with a message for people; the database keeps its previous state.
    """
    try:
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            if db.conn.in_transaction:
                db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
    except sqlite3.Error as exc:
        if db.conn.in_transaction:
            db.execute("ROLLBACK")
        path = db.execute("PRAGMA database_list").fetchone()[2]
        raise DatabaseError(explain(exc, path)) from None
