"""Opening the workspace database: location, pragmas, migrations and backups."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

from sqlite_utils import Database

from workbench.db.schema import SCHEMA_VERSION, migrations
from workbench.kernel.appdirs import data_dir
from workbench.kernel.atomic import partial_path, sweep_partials
from workbench.kernel.errors import DatabaseError
from workbench.kernel.messages import Message, msg

DB_ENV = "WORKBENCH_DB"
BUSY_TIMEOUT_MS = 5000
# A long job (a claims import, a reindex) commits whenever it has held the write lock this
# long, so that another person's save, which waits up to BUSY_TIMEOUT_MS, gets it well in time.
MAX_HOLD_SECONDS = 0.5
# ...and then leaves the lock free this long before it goes on. SQLite keeps no queue of
# writers: one that waits tries again every 100 ms (its busy handler's longest pause), so a
# job taking the lock back at once would win it every time, and the save would still fail.
YIELD_SECONDS = 0.11
_PARTIAL_BACKUP = "workbench-backup.sqlite"  # the name a backup is written under until it is whole


def default_db_path() -> Path:
    """``$WORKBENCH_DB`` if set, else ``workbench.sqlite`` in the platform's user data folder."""
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    return data_dir() / "workbench.sqlite"


def open_db(path: Path | str | None = None, *, migrate: bool = True, create: bool = True) -> Database:
    """Open the database at ``path`` and bring its schema up to date.

    With ``create`` false, a missing file is an error rather than a new empty
    database (for commands that only read). A file that cannot be written is
    opened read-only: reading works, and writing says why it cannot. Raises
    ``DatabaseError`` with the reason when the file is not a workbench
    database, cannot be created, or is locked by another program.
    """
    path = Path(path) if path is not None else default_db_path()
    _refuse_non_file(path)
    if not create and not holds_database(path):
        raise DatabaseError(msg("there is no database at {path} yet; 'workbench import PATH' creates it", path=path))
    try:
        if path.exists() and not _writable(path):
            return _open_read_only(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        db = _connect(str(path))
        _refuse_non_database(db, path)
        _refuse_foreign_schema(db, path)
        if db.journal_mode != "wal":
            db.enable_wal()
        if migrate:
            apply_migrations(db, path)
        return db
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(explain(exc, path)) from None
    except OSError as exc:
        raise DatabaseError(msg("cannot open the database {path}: {reason}", path=path,
                                 reason=exc.strerror or str(exc))) from None


def database_file(db: Database) -> str:
    """The file of an open database (empty for an in-memory one)."""
    for _seq, name, path in db.execute("PRAGMA database_list"):
        if name == "main":
            return path or ""
    return ""


def is_library_file(db: Database, path: Path) -> bool:
    """Whether ``path`` is the open library's file or its -wal, -shm or -journal (by ``stat``,
    never by opening it: reading it with plain file calls would drop this process's locks)."""
    main = database_file(db)
    if not main:
        return False
    try:
        target = os.stat(path)
    except OSError:
        return False
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            own = os.stat(main + suffix)
        except OSError:
            continue
        if (own.st_dev, own.st_ino) == (target.st_dev, target.st_ino):
            return True
    return False


def data_version(db: Database) -> int:
    """A number that changes when another connection commits to the database: the window
    polls it to show what other people and programs changed."""
    return db.execute("PRAGMA data_version").fetchone()[0]


def holds_database(path: Path) -> bool:
    """Whether there is a database at ``path`` to read: an empty file holds none yet (SQLite
    would make one of it, and reading must not write)."""
    return path.exists() and not (path.is_file() and path.stat().st_size == 0)


def _connect(target: str, uri: bool = False) -> Database:
    conn = sqlite3.connect(target, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, uri=uri)
    db = Database(conn)
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA foreign_keys = ON")
    return db


def _writable(path: Path) -> bool:
    """The file and its folder (WAL keeps -wal and -shm files beside it) can be written."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _open_read_only(path: Path) -> Database:
    """Open for reading only. A database in WAL mode needs its -shm file: where that file
    cannot be made (a read-only disk or share), the file is opened as immutable, which
    only a medium nobody writes allows, so that comes second."""
    uri = path.resolve().as_uri()
    try:
        db = _connect(f"{uri}?mode=ro", uri=True)
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        db = _connect(f"{uri}?mode=ro&immutable=1", uri=True)
    except sqlite3.DatabaseError as exc:
        _raise_if_not_a_database(exc, path)
        raise
    _refuse_foreign_schema(db, path)
    if migrations.pending(db):
        raise DatabaseError(msg("the database {path} is read-only and needs an upgrade this version must write",
                                 path=path))
    return db


def _refuse_foreign_schema(db: Database, path: Path) -> None:
    """Refuse an SQLite database that belongs to another program: never add our tables to it."""
    tables = [t for t in db.table_names() if not t.startswith("sqlite_")]
    if tables and not migrations.applied(db):
        shown = ", ".join(tables[:5]) + (" …" if len(tables) > 5 else "")
        raise DatabaseError(msg("{path} is an SQLite database of another program (tables: {tables}); "
                                 "refusing to change it", path=path, tables=shown))


def explain(exc: sqlite3.Error, path: Path | str) -> Message:
    """A message for people about an SQLite error on the database at ``path``."""
    message = str(exc)
    if "locked" in message or "busy" in message:
        return msg("the library {path} is busy: another window, person or program is writing to it "
                   "(waited {seconds} s); nothing was written: try again in a moment",
                   path=path, seconds=BUSY_TIMEOUT_MS // 1000)
    if "full" in message:
        return msg("the disk holding {path} is full (or the database reached its size limit): "
                   "nothing was written; free some space and try again", path=path)
    if "disk I/O error" in message:
        return msg("the disk holding {path} could not be read or written (is it full, unplugged or failing?): "
                   "nothing was written; free some space or check the disk, and try again", path=path)
    if "not a database" in message or "malformed" in message:
        return msg("{path} is not a workbench database (or is damaged): {reason}", path=path, reason=message)
    if "readonly" in message or "read-only" in message or "unable to open" in message:
        return msg("the database {path} cannot be written (read-only file or folder)", path=path)
    return msg("database error on {path}: {reason}", path=path, reason=message)


def _refuse_non_file(path: Path) -> None:
    """A folder, a pipe or a device is no database file (SQLite would block on a pipe).
    Only ``stat`` is used: opening and closing the file with plain calls would drop
    the POSIX locks that every SQLite connection of this process holds on it."""
    if path.is_dir():
        raise DatabaseError(msg("{path} is a folder, not a database file", path=path))
    if path.exists() and not path.is_file():
        raise DatabaseError(msg("{path} is not a regular file (a device, pipe or socket); refusing to touch it",
                                 path=path))


def _refuse_non_database(db: Database, path: Path) -> None:
    """Ask SQLite itself whether the file is a database (it answers ``SQLITE_NOTADB``),
    before anything is written to it. Reading the file's header with Python's own file
    calls instead would, on closing it, release the locks of every other connection this
    process holds on the library: SQLite then deletes the write-ahead log under them."""
    try:
        db.execute("PRAGMA schema_version").fetchone()
    except sqlite3.DatabaseError as exc:
        db.close()
        _raise_if_not_a_database(exc, path)
        raise


def _raise_if_not_a_database(exc: sqlite3.DatabaseError, path: Path) -> None:
    if getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_NOTADB:
        raise DatabaseError(msg("{path} is not an SQLite database; refusing to touch it", path=path)) from None


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
    """Copy the database with SQLite's online backup API into ``folder``, under a
    temporary name renamed when the copy is whole."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"workbench-{stamp}-{label}.sqlite"
    sweep_partials(folder / _PARTIAL_BACKUP)
    partial = partial_path(folder / _PARTIAL_BACKUP)
    dest = sqlite3.connect(str(partial))
    try:
        db.conn.backup(dest)
    except BaseException:
        dest.close()
        partial.unlink(missing_ok=True)
        raise
    dest.close()
    os.replace(partial, target)
    return target


@contextlib.contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """``BEGIN IMMEDIATE`` … ``COMMIT``: takes the write lock up front, rolls back on any error.

    Inside another write transaction it is a savepoint: the inner work is undone
    on error and the outer one goes on (a batch keeps its good items).
    SQLite errors (locked, read-only, full disk) come out as ``DatabaseError``
    with a message for people; the database keeps its previous state.
    """
    if db.conn.in_transaction:
        with _savepoint(db):
            yield db
        return
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
        raise DatabaseError(explain(exc, database_file(db))) from None


@contextlib.contextmanager
def _savepoint(db: Database) -> Iterator[Database]:
    db.execute("SAVEPOINT inner_write")
    try:
        yield db
    except BaseException:
        db.execute("ROLLBACK TO inner_write")
        db.execute("RELEASE inner_write")
        raise
    db.execute("RELEASE inner_write")


class TimedBatches:
    """A long job's writes as a run of short transactions: ``step()`` between two items
    commits the work so far once the write lock has been held ``MAX_HOLD_SECONDS``, leaves
    the lock to whoever waits for it, and begins the next transaction. An interrupted job keeps the batches it committed, so
    a job that skips what is done already resumes by running it again.

    ``with TimedBatches(db) as batches: for item in items: batches.step(); work(item)``
    """

    def __init__(self, db: Database, seconds: float | None = None) -> None:
        self.db, self.seconds = db, MAX_HOLD_SECONDS if seconds is None else seconds
        self._transaction: contextlib.AbstractContextManager | None = None
        self._since = 0.0
        self.commits = 0

    def __enter__(self) -> TimedBatches:
        self._begin()
        return self

    def step(self) -> None:
        if time.monotonic() - self._since >= self.seconds:
            self._end(None, None, None)
            time.sleep(YIELD_SECONDS)
            self._begin()

    def __exit__(self, kind, value, trace) -> bool | None:
        if self._transaction is None:  # a commit in step() failed, or it was interrupted between two batches
            return None
        return self._end(kind, value, trace)

    def _begin(self) -> None:
        self._transaction = write_transaction(self.db)
        self._transaction.__enter__()
        self._since = time.monotonic()

    def _end(self, kind, value, trace) -> bool | None:
        transaction = self._transaction
        try:
            ended = transaction.__exit__(kind, value, trace)
        finally:
            self._transaction = None  # committed or rolled back: nothing left to end
        if kind is None:
            self.commits += 1
        return ended
