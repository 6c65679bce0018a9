"""Large and hostile input: huge files, big folders with bad files, an import killed half way."""

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from conftest import ROOT

from workbench.checks import check
from workbench.db.store import open_db
from workbench.library.ingest import import_paths

WORDS = {
    "ar": "قال وزير الدفاع إن كوريا الشمالية أرسلت جنودا إلى روسيا لدعم حربها في أوكرانيا".split(),
    "he": "שר ההגנה אמר כי צפון קוריאה שלחה חיילים לרוסיה כדי לתמוך במלחמה באוקראינה".split(),
    "en": "The defence minister said North Korea sent troops to Russia to support its war in Ukraine".split(),
}


def write_articles(folder: Path, n: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        lang = ("ar", "he", "en")[i % 3]
        words = WORDS[lang]
        body = " ".join(words[(i + k) % len(words)] for k in range(40))
        (folder / f"{i:05d}.txt").write_text(f"{words[i % len(words)]} {i}\n{body} {i}.\n{body[::-1]} {i * 7}.\n", "utf-8")


@pytest.mark.slow
def test_a_50_mb_text_file_is_refused_quickly_and_the_rest_imports(db, tmp_path):
    folder = tmp_path / "in"
    write_articles(folder, 3)
    line = ("وقال مسؤول إن البلدين سيوقعان اتفاقية شراكة استراتيجية شاملة تشمل التعاون العسكري " * 4 + "\n").encode()
    with open(folder / "dump.txt", "wb") as fh:
        for _ in range(50 * 2**20 // len(line) + 1):
            fh.write(line)
    started = time.monotonic()
    report = import_paths(db, [folder])
    assert time.monotonic() - started < 30
    assert len(report.added) == 3
    [problem] = report.problems
    assert problem.path.endswith("dump.txt") and "50 MB, over the 20 MB limit for an article" in problem.reason


@pytest.mark.slow
def test_a_folder_of_10000_files_with_bad_ones(db, tmp_path):
    folder = tmp_path / "in"
    write_articles(folder / "good", 10_000)
    bad = folder / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(200))
    (bad / "noise.txt").write_bytes(os.urandom(300))
    (bad / "broken.jsonl").write_text('{"title": "ok", "text": "fine text"}\n{"title": \n', "utf-8")
    report = import_paths(db, [folder])
    assert len(report.added) == 10_001
    assert sorted(Path(p.path).name for p in report.problems) == ["broken.jsonl", "empty.txt", "image.txt", "noise.txt"]
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 10_001
    assert db.execute("SELECT count(DISTINCT article_id) FROM paragraphs").fetchone()[0] == 10_001
    assert check(db).ok


def child_processes(pid: int) -> list[int]:
    """The processes ``pid`` started (Linux; elsewhere none are known)."""
    listing = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in listing.read_text().split()] if listing.exists() else []


def running(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] != "Z"
    except (FileNotFoundError, ProcessLookupError):
        return False


def test_an_import_killed_half_way_leaves_a_consistent_database_and_a_rerun_finishes(tmp_path):
    folder = tmp_path / "in"
    write_articles(folder, 3000)
    db_path = tmp_path / "killed.sqlite"
    open_db(db_path).close()
    child = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            from workbench.library.ingest import import_paths
            from workbench.db.store import open_db
            import_paths(open_db({str(db_path)!r}), [{str(folder)!r}], batch_size=50)
        """)],
        cwd=ROOT,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            probe = open_db(db_path)
            count = probe.execute("SELECT count(*) FROM articles").fetchone()[0]
            probe.close()
            if count >= 200:
                break
            time.sleep(0.05)
        workers = child_processes(child.pid)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL
    # The worker processes that read the files end with the import, not waiting for ever for work.
    assert workers or sys.platform != "linux" or (os.cpu_count() or 1) < 2
    deadline = time.monotonic() + 10
    while any(running(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(running(pid) for pid in workers)

    db = open_db(db_path)
    partial = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert 200 <= partial < 3000 and partial % 50 == 0  # whole batches only
    assert db.execute("SELECT count(DISTINCT article_id) FROM paragraphs").fetchone()[0] == partial
    assert check(db).ok
    report = import_paths(db, [folder])
    assert len(report.added) == 3000 - partial and len(report.duplicates) == partial
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 3000
    assert check(db).ok
