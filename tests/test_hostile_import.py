"""Hostile files in an import: each is named with its reason, nothing else of the batch is
lost, and the library stays sound (``workbench check``)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from conftest import ROOT
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet

from workbench.checks import check
from workbench.db.store import backup_db, open_db
from workbench.kernel.atomic import atomic_write, partial_path, sweep_partials
from workbench.library.ingest import import_paths

GOOD = "خبر رقم {n}: قال المتحدث إن الاجتماع سيعقد في الدوحة يوم الخميس المقبل لبحث وقف إطلاق النار."


def _good_files(folder: Path, count: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (folder / f"good-{n:04d}.txt").write_text(f"عنوان {n}\n\n" + GOOD.format(n=n), "utf-8")


def _problems(report) -> dict[str, str]:
    return {Path(p.path).name + (f"#{p.record}" if p.record else ""): p.reason for p in report.problems}


@pytest.mark.parametrize("workers", [0, 2])
def test_deeply_nested_json_is_named_and_the_rest_of_the_folder_goes_in(db, tmp_path, workers):
    folder = tmp_path / "in"
    _good_files(folder, 300)
    (folder / "deep.json").write_text("[" * 5000 + "]" * 5000)
    (folder / "deep-object.json").write_text('{"a":' * 1200 + "1" + "}" * 1200)
    lines = [json.dumps({"title": "first", "text": GOOD.format(n="a")}),
             '{"text": ' * 2000 + '"x"' + "}" * 2000,
             json.dumps({"title": "third", "text": GOOD.format(n="c")})]
    (folder / "deep.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    report = import_paths(db, [folder], workers=workers)
    problems = _problems(report)
    assert "nested too deeply" in problems["deep.json"]
    assert "nested too deeply" in problems["deep-object.json"]
    assert "line 2 is nested too deeply" in problems["deep.jsonl#2"]
    assert len(report.problems) == 3
    assert len(report.added) == 302  # 300 files and two records of the JSON Lines file
    assert check(db).ok


def test_a_nul_character_is_refused_in_every_format_and_check_stays_clean(db, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Headline\nText with a \x00 inside it.\n", "utf-8")
    (folder / "b.md").write_text("# Heading\n\nMore \x00 text.\n", "utf-8")
    (folder / "c.csv").write_text('title,text\nfine,"A good row of text."\nbad,"A row with \x00 here."\n', "utf-8")
    (folder / "d.json").write_text(json.dumps([{"title": "t\u0000itle", "text": "good text here"},
                                               {"title": "ok", "text": "another good text"}]), "utf-8")
    (folder / "e.jsonl").write_text(json.dumps({"title": "x", "text": "nul \u0000 escaped"}) + "\n"
                                    + json.dumps({"title": "y", "text": "a clean record"}) + "\n", "utf-8")
    (folder / "f.html").write_text("<html><head><title>T</title></head><body><article><p>"
                                   + "Paragraph of news text. " * 20 + "\x00</p></article></body></html>", "utf-8")
    report = import_paths(db, [folder])
    problems = _problems(report)
    assert "NUL character (U+0000) at line 2, column 13" in problems["a.txt"]
    assert "NUL character" in problems["b.md"]
    assert "NUL character" in problems["c.csv#3"]
    assert "its title holds a NUL character" in problems["d.json#1"]
    assert "NUL character" in problems["e.jsonl#1"]
    texts = [row[0] for row in db.execute("SELECT text FROM articles")]
    assert not any("\x00" in text for text in texts)
    assert {"A good row of text.", "another good text", "a clean record"} <= set(texts)
    assert check(db).ok, check(db).problems


def test_the_library_itself_in_an_import_folder_is_never_read(tmp_path):
    """Not even under a name an import reads: closing a plain descriptor of it would drop the
    locks of the connection that imports."""
    folder = tmp_path / "in"
    _good_files(folder, 2)
    library = open_db(folder / "library.json")
    report = import_paths(library, [folder, folder / "library.json"])
    assert len(report.added) == 2 and report.problems == []
    assert Path(f"{folder / 'library.json'}-wal").exists()
    library.close()


def test_check_measures_an_old_articles_text_past_a_nul(db):
    """A library imported before NULs were refused: its paragraphs are not 'outside its text'."""
    from workbench.library.ingest import prepare
    from workbench.library.readers import SourceRecord

    text = "First line with a \x00 in it.\nSecond line of the article."
    record = SourceRecord("old.txt", None, "old", text, "txt", "utf-8")
    from workbench.library import ingest

    batch = ingest._Batch("dana")
    report = ingest.ImportReport()
    ingest._queue(db, batch, record, prepare(record), report)
    ingest._flush(db, batch, report)
    assert db.execute("SELECT count(*) FROM paragraphs").fetchone()[0] >= 1
    assert check(db).ok, check(db).problems


@pytest.mark.timeout(60)
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_never_blocks_an_import(db, tmp_path):
    folder = tmp_path / "in"
    _good_files(folder, 3)
    os.mkfifo(folder / "pipe.txt")
    os.mkfifo(folder / "pipe.json")
    report = import_paths(db, [folder, folder / "pipe.txt"])
    problems = [(Path(p.path).name, p.reason) for p in report.problems]
    assert ("pipe.txt", "it is a named pipe (FIFO), not a file: skipped") in problems
    assert ("pipe.json", "it is a named pipe (FIFO), not a file: skipped") in problems
    assert len(report.added) == 3


@pytest.mark.timeout(60)
@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() != 0, reason="making a device file needs root")
def test_a_device_is_skipped_and_named(db, tmp_path):
    import stat

    folder = tmp_path / "in"
    folder.mkdir()
    os.mknod(folder / "zero.txt", stat.S_IFCHR | 0o600, os.makedev(1, 5))  # /dev/zero's numbers
    report = import_paths(db, [folder])
    assert [p.reason for p in report.problems] == ["it is a device, not a file: skipped"]


KILLED_WRITER = """
import os, signal, sys
from pathlib import Path
from workbench.kernel.atomic import atomic_write
with atomic_write(Path(sys.argv[1])) as out:
    out.write("half of an export" * 1000)
    out.flush()
    os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX signals")
def test_the_partial_file_of_a_killed_export_is_removed_by_the_next_one(tmp_path):
    target = tmp_path / "verdicts.csv"
    target.write_text("the previous export\n")
    for _ in range(3):
        killed = subprocess.run([sys.executable, "-c", KILLED_WRITER, str(target)], cwd=ROOT, timeout=60)
        assert killed.returncode == -signal.SIGKILL
    left = [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]
    # each killed writer's own start removed the one before it: one is left, of the last
    assert len(left) == 1 and target.read_text() == "the previous export\n"
    # a partial file of a writer still at work, and a file that only looks alike, are kept
    working = partial_path(target)
    working.write_text("this process is writing it")
    other = tmp_path / ".verdicts.csv.notes.part"
    other.write_text("not ours")
    with atomic_write(target) as out:
        out.write("the new export\n")
    assert target.read_text() == "the new export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([target.name, working.name, other.name])


def test_a_killed_backup_leaves_nothing_behind_the_next_one(db, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    from workbench.kernel.atomic import _HOST

    stale = folder / f".workbench-backup.sqlite.999999999-{_HOST}-0123abcd.part"  # a process of this machine, gone
    stale.write_bytes(b"half a backup")
    Path(f"{stale}-journal").write_bytes(b"its journal")
    made = backup_db(db, folder, "scheduled")
    assert sorted(p.name for p in folder.iterdir()) == [made.name]
    assert sweep_partials(folder / "workbench-backup.sqlite") == []


def test_the_stated_python_is_one_every_dependency_runs_on():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    lowest = str(SpecifierSet(project["requires-python"])).removeprefix(">=")
    assert SpecifierSet(project["requires-python"]) == SpecifierSet(f">={lowest}")
    for dependency in project["dependencies"]:
        name = Requirement(dependency).name
        needs = metadata.metadata(name).get("Requires-Python")
        if needs:
            assert SpecifierSet(needs).contains(f"{lowest}.0"), f"{name} needs Python {needs}, not {lowest}"
    assert sys.version_info >= tuple(int(p) for p in lowest.split("."))


@pytest.mark.skipif(sys.platform != "linux", reason="file names in any bytes are a Linux matter")
def test_a_file_name_that_is_not_utf8_is_named_and_the_rest_goes_in(db, tmp_path):
    folder = tmp_path / "in"
    _good_files(folder, 2)
    raw = os.path.join(os.fsencode(folder), "خبر-\xe4\xf8.txt".encode("cp1256", "replace"))
    with open(raw, "wb") as out:
        out.write("عنوان\n\nنص الخبر كاملا هنا.".encode("utf-8"))
    report = import_paths(db, [folder])
    assert len(report.added) == 2
    [problem] = report.problems
    assert "its name is not valid UTF-8" in problem.reason and problem.path.endswith(".txt")
    problem.path.encode("utf-8")  # storable and printable


def test_imported_addresses_are_made_safe_or_refused(db, tmp_path):
    records = [{"title": "a", "text": "first text of news", "url": 'https://news.example/a"><script>x</script>'},
               {"title": "b", "text": "second text of news", "url": "javascript:alert(1)"},
               {"title": "c", "text": "third text of news", "url": "https://news.example/\u202egnp.exe"},
               {"title": "d", "text": "fourth text of news", "url": "https://موقع.example/خبر"}]
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", "utf-8")
    (tmp_path / "plain.txt").write_text('Headline\nhttps://site.example/a b"<c>\nText of the article.\n', "utf-8")
    report = import_paths(db, [path, tmp_path / "plain.txt"])
    [problem] = report.problems
    assert problem.record == 2 and "'url' 'javascript:alert(1)' is not a web address" in problem.reason
    urls = dict(db.execute("SELECT title, url FROM articles"))
    assert urls["a"] == "https://news.example/a%22%3E%3Cscript%3Ex%3C/script%3E"
    assert urls["c"] == "https://news.example/%E2%80%AEgnp.exe"
    assert urls["d"] == "https://موقع.example/خبر"
    assert urls["Headline"] is None  # "https://site.example/a b..." is not a line holding only an address
