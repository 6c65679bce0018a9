"""The library file shared by the window, its background tasks and the command line: no
committed write is ever lost. On POSIX, closing any descriptor of a file drops every lock
the process holds on it, so a plain ``open()`` of the library while a connection is open
makes SQLite think nobody uses it: the next process to close it deletes the write-ahead
log under the live connection, whose later commits then vanish."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import DATA, ROOT

from workbench.claims.importing import import_claims
from workbench.claims.marking import create_claim
from workbench.db.store import BUSY_TIMEOUT_MS, MAX_HOLD_SECONDS, TimedBatches, open_db
from workbench.kernel.errors import DatabaseError
from workbench.library.ingest import import_paths

LINUX = sys.platform.startswith("linux")


def _count_elsewhere(db_path: Path, table: str = "claims") -> int:
    """The rows of ``table`` that another process sees."""
    code = ("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
            f"print(c.execute('SELECT count(*) FROM {table}').fetchone()[0])")
    done = subprocess.run([sys.executable, "-c", code, str(db_path)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return int(done.stdout)


def _open_descriptors(path: Path) -> list[str]:
    """Where this process's open descriptors of ``path``'s files point (Linux)."""
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith(str(path)):
            found.append(target)
    return found


def _locks_held(path: Path) -> int:
    """How many POSIX locks this process holds on the library or its shared-memory file (Linux)."""
    inodes = set()
    for name in (path, Path(f"{path}-shm")):
        if name.exists():
            inodes.add(name.stat().st_ino)
    held = 0
    with open("/proc/locks") as locks:
        for line in locks:
            fields = line.split()
            # "1: POSIX  ADVISORY  READ 1234 08:01:5678 128 128"
            if len(fields) >= 6 and fields[1] == "POSIX" and fields[4] == str(os.getpid()):
                if int(fields[5].rsplit(":", 1)[1]) in inodes:
                    held += 1
    return held


def test_opening_the_library_again_and_another_reader_keep_the_log_and_every_write(db_path):
    first = open_db(db_path)
    import_paths(first, sorted(DATA.glob("*.txt")))
    article = first.execute("SELECT id FROM articles ORDER BY id LIMIT 1").fetchone()[0]
    assert first.execute("SELECT count(*) FROM articles").fetchone()[0] == 5
    locks_before = _locks_held(db_path) if LINUX else None

    second = open_db(db_path)  # a background task opens and closes its own connection
    second.close()
    reader = subprocess.run([sys.executable, "-m", "workbench", "--db", str(db_path), "--bidi", "off",
                             "list", "--limit", "1"], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert reader.returncode == 0, reader.stderr

    assert Path(f"{db_path}-wal").exists(), "the write-ahead log was deleted under a live connection"
    if LINUX:
        assert not [t for t in _open_descriptors(db_path) if t.endswith("(deleted)")]
        assert _locks_held(db_path) >= max(1, locks_before)

    # both this process and another one write; every committed row is seen at once elsewhere
    for n in range(10):
        create_claim(first, article, n * 3, n * 3 + 2, checker="dana")
        assert _count_elsewhere(db_path) == n + 1
    writer = subprocess.run(
        [sys.executable, "-c", "import sys; from workbench.db.store import open_db; from workbench.claims.marking import "
         "create_claim; db = open_db(sys.argv[1]); create_claim(db, int(sys.argv[2]), 100, 110, checker='lina')",
         str(db_path), str(article)], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert writer.returncode == 0, writer.stderr
    assert first.execute("SELECT count(*) FROM claims").fetchone()[0] == 11
    first.close()
    assert _count_elsewhere(db_path) == 11
    again = open_db(db_path)
    assert again.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    again.close()


def test_a_file_that_is_not_a_database_is_told_by_sqlite_without_dropping_the_locks(db_path, tmp_path):
    live = open_db(db_path)
    notes = tmp_path / "notes.sqlite"
    notes.write_text("my notes")
    with pytest.raises(DatabaseError, match="not an SQLite database; refusing to touch it"):
        open_db(notes)
    assert notes.read_text() == "my notes" and not Path(f"{notes}-wal").exists()
    with pytest.raises(DatabaseError, match="not an SQLite database"):
        open_db(notes, create=False)
    live.execute("SELECT count(*) FROM articles").fetchone()
    if LINUX:
        assert _locks_held(db_path) >= 1
    live.close()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_given_as_the_library_is_refused_without_waiting(tmp_path):
    pipe = tmp_path / "lib.sqlite"
    os.mkfifo(pipe)
    with pytest.raises(DatabaseError, match="not a regular file"):
        open_db(pipe)


def test_timed_batches_commit_whenever_the_lock_was_held_long_enough(db):
    db.execute("CREATE TABLE scratch (n INTEGER)")
    with TimedBatches(db, seconds=0.05) as batches:
        for n in range(6):
            batches.step()
            db.execute("INSERT INTO scratch VALUES (?)", [n])
            time.sleep(0.03)
    assert batches.commits >= 3
    assert db.execute("SELECT count(*) FROM scratch").fetchone()[0] == 6
    with pytest.raises(RuntimeError):
        with TimedBatches(db, seconds=60) as batches:
            db.execute("INSERT INTO scratch VALUES (99)")
            raise RuntimeError("the job failed")
    assert db.execute("SELECT count(*) FROM scratch WHERE n = 99").fetchone()[0] == 0
    assert not db.conn.in_transaction


# Each claim made slower, as in a library of many thousand articles, where finding a claim's
# article and checking its span take milliseconds: the import runs for several seconds.
LONG_IMPORT = """
import json, sys, time
from workbench.db.store import open_db
from workbench.claims import importing as claim_import
from workbench.claims.importing import import_claims
real = claim_import._import_one
def slower(*args, **kwargs):
    time.sleep(0.005)
    return real(*args, **kwargs)
claim_import._import_one = slower
db = open_db(sys.argv[1])
print("start", flush=True)
started = time.monotonic()
report = import_claims(db, sys.argv[2], who="importer", with_pairs=False)
print(json.dumps({"added": len(report.added), "problems": report.problems,
                  "seconds": time.monotonic() - started}), flush=True)
"""


def test_a_long_claims_import_lets_another_persons_save_through(db_path, tmp_path):
    """A claims import that runs for several seconds commits in short transactions: a save
    in another process meanwhile waits well under its limit, and both sets of rows stay."""
    db = open_db(db_path)
    import_paths(db, sorted(DATA.glob("*.txt")))
    articles = db.execute("SELECT source_path, text FROM articles ORDER BY id").fetchall()
    records = []
    for path, text in articles:
        words = [i for i in range(1, len(text) - 6) if text[i - 1] == " " and text[i] != " "]
        for n, start in enumerate(words[:250]):
            records.append({"id": f"{Path(path).name}-{n}", "article": Path(path).name,
                            "start": start, "end": start + 5, "quote": text[start:start + 5]})
    claims_file = tmp_path / "claims.json"
    claims_file.write_text(__import__("json").dumps({"claims": records}), "utf-8")
    target = db.execute("SELECT id FROM articles ORDER BY id DESC LIMIT 1").fetchone()[0]
    db.close()

    importer = subprocess.Popen([sys.executable, "-c", LONG_IMPORT, str(db_path), str(claims_file)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert importer.stdout.readline().strip() == "start"
        me = open_db(db_path)
        waits = []
        deadline = time.monotonic() + 60
        while importer.poll() is None and time.monotonic() < deadline:
            started = time.monotonic()
            me.execute("BEGIN IMMEDIATE")  # what a save does first: take the write lock
            waits.append(time.monotonic() - started)
            me.execute("ROLLBACK")
            time.sleep(0.05)
        out, err = importer.communicate(timeout=120)
    finally:
        if importer.poll() is None:
            importer.kill()
    result = __import__("json").loads(out.strip().splitlines()[-1])
    assert result["added"] + len(result["problems"]) == len(records), err
    assert len(waits) >= 3, f"the import took {result['seconds']:.1f} s: too short to try saving meanwhile"
    assert max(waits) < BUSY_TIMEOUT_MS / 1000 / 2, f"a save waited {max(waits):.2f} s for the write lock"
    assert max(waits) < MAX_HOLD_SECONDS * 4
    create_claim(me, target, 0, 3, checker="dana")  # a real save goes through too
    assert me.execute("SELECT count(*) FROM claims").fetchone()[0] == result["added"] + 1
    me.close()


def test_an_interrupted_claims_import_finishes_when_run_again(db_path, tmp_path, monkeypatch):
    db = open_db(db_path)
    import_paths(db, sorted(DATA.glob("*.txt")))
    path, text = db.execute("SELECT source_path, text FROM articles ORDER BY id LIMIT 1").fetchone()
    records = [{"id": f"c{n}", "article": Path(path).name, "start": n * 4, "end": n * 4 + 3,
                "quote": text[n * 4:n * 4 + 3]} for n in range(30)]
    claims_file = tmp_path / "claims.json"
    claims_file.write_text(__import__("json").dumps({"claims": records}), "utf-8")
    monkeypatch.setattr("workbench.db.store.MAX_HOLD_SECONDS", 0.0)  # every claim its own transaction
    monkeypatch.setattr("workbench.db.store.YIELD_SECONDS", 0.0)
    import workbench.claims.importing as claim_import

    real = claim_import._import_one
    calls = {"n": 0}

    def dies_at_the_twentieth(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 20:
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(claim_import, "_import_one", dies_at_the_twentieth)
    with pytest.raises(KeyboardInterrupt):
        import_claims(db, claims_file, who="dana", with_pairs=False)
    assert db.execute("SELECT count(*) FROM claims").fetchone()[0] == 19
    monkeypatch.setattr(claim_import, "_import_one", real)
    report = import_claims(db, claims_file, who="dana", with_pairs=False)
    assert len(report.added) == 11 and len(report.already) == 19
    assert db.execute("SELECT count(*) FROM claims").fetchone()[0] == 30
    db.close()
