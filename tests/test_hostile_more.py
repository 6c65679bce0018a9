"""More hostile input, of the kinds an import, a claims file, a command line or a person's name
can carry: each is one clear refusal, and nothing else of the batch is lost."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import DATA

from workbench.checks import check
from workbench.claims.importing import import_claims
from workbench.claims.marking import change_claim, create_claim
from workbench.cli.main import main
from workbench.kernel.atomic import atomic_write
from workbench.kernel.errors import BadInput
from workbench.library.ingest import import_paths
from workbench.linking.glossary import add_term
from workbench.publish.report import short_label
from workbench.publish.settings import set_setting
from workbench.review.people import register
from workbench.review.sources import Source
from workbench.review.verdicts import ratings, set_rating, set_verdict, transition

GOOD = "قال المتحدث إن الاجتماع سيعقد في الدوحة يوم الخميس المقبل لبحث وقف إطلاق النار رقم {n}."


def _problems(report) -> dict[str, str]:
    return {Path(p.path).name + (f"#{p.record}" if p.record else ""): p.reason for p in report.problems}


def _good(folder: Path, count: int = 2) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (folder / f"good-{n}.txt").write_text(f"عنوان {n}\n\n" + GOOD.format(n=n), "utf-8")


def test_a_loop_of_links_in_an_import_folder_is_named_and_the_rest_goes_in(db, tmp_path):
    folder = tmp_path / "in"
    _good(folder)
    os.symlink("l2.txt", folder / "l1.txt")
    os.symlink("l1.txt", folder / "l2.txt")
    os.symlink("self", folder / "self")
    report = import_paths(db, [folder, folder / "l1.txt"], progress=lambda *a: None)
    problems = [(Path(p.path).name, p.reason) for p in report.problems]
    assert ("l1.txt", "it is a link in a loop of links (or one too long to follow): skipped") in problems
    assert {name for name, _ in problems} == {"l1.txt", "l2.txt", "self"}
    assert len(report.added) == 2


def test_a_number_of_thousands_of_digits_is_named_and_the_files_before_it_stay(db, tmp_path):
    folder = tmp_path / "in"
    _good(folder, 1)
    (folder / "n.jsonl").write_text('{"text": "x", "title": ' + "1" * 5000 + '}\n{"text": "' + GOOD.format(n=9)
                                    + '"}\n', "utf-8")
    (folder / "n.json").write_text('[{"text": "y", "n": ' + "2" * 5000 + "}]", "utf-8")
    (folder / "z.txt").write_text("آخر\n\n" + GOOD.format(n=7), "utf-8")
    report = import_paths(db, [folder])
    problems = _problems(report)
    assert "line 1 holds a number of over 4,300 digits" in problems["n.jsonl#1"]
    assert "it holds a number of over 4,300 digits" in problems["n.json"]
    assert len(report.added) == 3


@pytest.mark.timeout(60)
def test_a_quote_left_open_in_a_large_csv_costs_one_row(db, tmp_path):
    path = tmp_path / "open.csv"
    path.write_text("\n".join(["title,text", '"unclosed,row'] + [f"t{i},row number {i}" for i in range(150_000)]),
                    "utf-8")
    report = import_paths(db, [path])
    assert [p.record for p in report.problems] == [2]
    assert "never closed" in report.problems[0].reason
    assert len(report.added) == 150_000


def test_a_valid_csv_cell_over_several_lines_is_one_article(db, tmp_path):
    path = tmp_path / "m.csv"
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["title", "text"])
        writer.writerow(["Story two", "Para one.\nIn Gaza, officials said 10 were killed.\nEnd."])
        writer.writerow(["Story three", "A line of its own."])
    report = import_paths(db, [path])
    assert report.problems == []
    texts = dict(db.execute("SELECT title, text FROM articles"))
    assert texts == {"Story two": "Para one.\nIn Gaza, officials said 10 were killed.\nEnd.",
                     "Story three": "A line of its own."}


def test_a_json_lines_file_with_one_line_not_utf8_keeps_the_others_as_utf8(db, tmp_path):
    path = tmp_path / "b.jsonl"
    path.write_bytes('{"title": "first", "text": "مرحبا بكم في الخبر"}\n'.encode()
                     + b'{"text": "bad \xff\xfe"}\n' + '\ufeff{"title": "third", "text": "عربي آخر"}\n'.encode())
    report = import_paths(db, [path])
    assert _problems(report) == {"b.jsonl#2": "line 2 is not valid UTF-8 text (byte 15 of the line)"}
    assert dict(db.execute("SELECT title, text FROM articles")) == {"first": "مرحبا بكم في الخبر",
                                                                    "third": "عربي آخر"}


def test_a_file_of_records_that_holds_none_says_so(db, tmp_path):
    for name, text in (("empty.json", "[]"), ("none.json", '{"articles": []}'), ("header.csv", "title,text\n")):
        (tmp_path / name).write_text(text, "utf-8")
    report = import_paths(db, [tmp_path / "empty.json", tmp_path / "none.json", tmp_path / "header.csv"])
    assert set(_problems(report).values()) == {"it holds no article"} and len(report.problems) == 3


@pytest.mark.timeout(60)
def test_a_page_with_a_tag_of_thousands_of_attributes_is_refused_at_once(db, tmp_path):
    page = tmp_path / "a.html"
    page.write_text("<html><body><article><p " + " ".join(f'a{i}="v"' for i in range(50_000))
                    + ">text of the article long enough to be extracted</p></article></body></html>", "utf-8")
    report = import_paths(db, [page])
    assert report.problems[0].reason == "a tag of the page has over 2,000 attributes: not an article page"


def test_a_page_whose_date_cannot_be_read_still_gives_its_text(db, tmp_path):
    page = tmp_path / "d.html"
    page.write_text('<html><head><meta property="article:published_time" content="2024-01-01T00:00:00+99:99">'
                    "<title>T</title></head><body><article><p>"
                    + "Paragraph of the news article with enough words in it. " * 10
                    + "</p></article></body></html>", "utf-8")
    report = import_paths(db, [page])
    assert report.problems == [] and len(report.added) == 1


@pytest.mark.timeout(60)
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_claims_files_that_are_pipes_devices_or_hostile_json_are_refused(library, tmp_path):
    pipe = tmp_path / "claims.json"
    os.mkfifo(pipe)
    for path, says in ((pipe, "named pipe"), (Path("/dev/zero"), "device")):
        with pytest.raises(BadInput, match=says):
            import_claims(library, path, who="dana")
    deep = tmp_path / "deep.json"
    deep.write_text('{"claims": ' + "[" * 100_000 + "]" * 100_000 + "}")
    with pytest.raises(BadInput, match="nested too deeply"):
        import_claims(library, deep, who="dana")
    huge = tmp_path / "huge.json"
    huge.write_text('{"claims": [' + "1" * 5000 + "]}")
    with pytest.raises(BadInput, match="a number of over 4,300 digits"):
        import_claims(library, huge, who="dana")
    bom = tmp_path / "bom.json"
    bom.write_bytes(b'\xef\xbb\xbf{"claims": []}')
    assert import_claims(library, bom, who="dana").problems == []


@pytest.mark.timeout(60)
def test_a_rationale_file_that_never_ends_is_refused_without_reading_it_whole(library, tmp_path):
    register(library, "dana", "checker")
    claim = create_claim(library, 1, 0, 5, checker="dana").id
    db_path = library.execute("PRAGMA database_list").fetchone()[2]
    result = CliRunner().invoke(main, ["--db", db_path, "--user", "dana", "verdict", "set", str(claim), "--rating",
                                       "False", "--summary", "s", "--rationale-file", "/dev/zero"])
    assert result.exit_code == 2 and "the rationale file /dev/zero: it is a device" in result.output


def test_a_planted_partial_file_with_no_process_id_does_not_stop_an_export(tmp_path):
    from workbench.kernel.atomic import _HOST

    (tmp_path / f".v.csv.99999999999999999999-{_HOST}-deadbeef.part").write_text("planted")
    with atomic_write(tmp_path / "v.csv") as out:
        out.write("rows\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["v.csv"]


def test_another_machines_partial_file_is_left_to_it_until_it_is_stale(tmp_path):
    """A folder shared by several machines: a process id there says nothing here."""
    working = tmp_path / ".v.csv.4194000-0a1b2c-0123abcd.part"
    working.write_text("another machine is writing this")
    stale = tmp_path / ".v.csv.4194001-0a1b2c-4567cdef.part"
    stale.write_text("left two hours ago")
    os.utime(stale, (os.path.getmtime(stale) - 7200,) * 2)
    with atomic_write(tmp_path / "v.csv") as out:
        out.write("rows\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == [working.name, "v.csv"]


def test_an_export_to_a_loop_of_links_is_refused(tmp_path):
    os.symlink("lb.csv", tmp_path / "la.csv")
    os.symlink("la.csv", tmp_path / "lb.csv")
    with pytest.raises(BadInput, match="a link in a loop of links: nothing was written"):
        with atomic_write(tmp_path / "la.csv") as out:
            out.write("rows\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["la.csv", "lb.csv"]


def test_an_argument_in_bytes_that_are_not_utf8_is_one_line_and_writes_nothing(library):
    db_path = library.execute("PRAGMA database_list").fetchone()[2]
    runner = CliRunner()
    for args in (["user", "add", "u\udcff\udcfe", "--role", "checker"], ["audit", "--entity", "\udcff"],
                 ["glossary", "add", "ceasefire", "en", "t\udcff"]):
        result = runner.invoke(main, ["--db", db_path, *args])
        assert result.exit_code == 2, (args, result.output)
        assert "holds bytes that are not UTF-8 text" in result.output and "Traceback" not in result.output
    assert library.execute("SELECT count(*) FROM people").fetchone()[0] == 0


def test_the_dashboards_labels_hold_no_control_character():
    label = short_label("claim \x1b]0;PWNED\x07 of troops")
    assert "\x1b" not in label and "\x07" not in label and "PWNED" in label


def test_check_measures_every_paragraph_of_a_large_article(db, tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("Title\n\n" + "\n\n".join(f"words {i}" for i in range(20_000)), "utf-8")
    import_paths(db, [big])
    assert db.execute("SELECT count(*) FROM paragraphs").fetchone()[0] >= 20_000
    report = check(db)
    assert report.ok, report.problems
    db.execute("INSERT INTO folds (article_id, start, \"end\", kind) VALUES (1, 0, 10000000, 'noise')")
    assert check(db).problems == ["article 1: fold 0-10000000 lies outside its text"]


@pytest.mark.parametrize("name, says", [
    ("chk\x1b]0;X\x07", "control character"), ("new\nline", "line break"),
    ("sup\u202e", "invisible character"), ("sara\u200b", "invisible character"), ("dana\u00ad", "invisible"),
])
def test_a_persons_name_holds_no_control_or_invisible_character(db, name, says):
    with pytest.raises(BadInput, match=says):
        register(db, name, "checker")
    assert db.execute("SELECT count(*) FROM people").fetchone()[0] == 0


def test_a_name_that_reads_like_another_persons_is_refused(db):
    register(db, "sara", "supervisor")
    for lookalike in ("SARA", "Sára", "Sara"):
        with pytest.raises(BadInput, match="reads like 'sara'"):
            register(db, lookalike, "checker", by="sara")
    register(db, "sarah", "checker", by="sara")
    assert sorted(n for (n,) in db.execute("SELECT name FROM people")) == ["sara", "sarah"]


def test_what_the_desk_publishes_holds_no_control_character(library):
    register(library, "dana", "checker")
    register(library, "sara", "supervisor")
    with pytest.raises(BadInput, match="control character"):
        set_setting(library, "organisation_name", "Org \x1b]0;x\x07", who="sara")
    with pytest.raises(BadInput, match="control character"):
        set_rating(library, "R\x1b[2J", 3, who="sara")
    with pytest.raises(BadInput, match="invisible character"):
        add_term(library, "ceasefire", "en", "truce\u202e", added_by="dana")
    claim = create_claim(library, 1, 0, 5, checker="dana").id
    with pytest.raises(BadInput, match="control character"):
        change_claim(library, claim, statement="says \x1b[31m this", who="dana")
    with pytest.raises(BadInput, match="control character"):
        set_verdict(library, claim, who="dana", rating="False", summary="s",
                    sources=[Source(url="https://example.org/a", title="t\x1b]0;x\x07")])
    verdict = set_verdict(library, claim, who="dana", rating="False", summary="s",
                          sources=[Source(url="https://example.org/a")])
    transition(library, verdict.id, "submit", who="dana")
    with pytest.raises(BadInput, match="control character"):
        transition(library, verdict.id, "return", who="sara", comment="fix \x1b[2J")
    assert library.execute("SELECT state FROM verdicts").fetchone()[0] == "submitted"


def test_the_library_itself_is_never_read_as_a_claims_file(library):
    """Reading it with plain file calls would drop this process's SQLite locks on it."""
    path = Path(library.execute("PRAGMA database_list").fetchone()[2])
    for name in (path, Path(f"{path}-wal")):
        with pytest.raises(BadInput, match="is the library itself, not a claims file"):
            import_claims(library, name, who="dana")


def test_a_long_job_whose_commit_fails_says_why(db, monkeypatch):
    from workbench.db.store import TimedBatches
    from workbench.kernel.errors import DatabaseError

    db.execute("CREATE TABLE scratch (n INTEGER)")
    db.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY)")
    db.execute("CREATE TABLE child (p INTEGER REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED)")
    with pytest.raises(DatabaseError, match="FOREIGN KEY"):
        with TimedBatches(db, seconds=0) as batches:
            db.execute("INSERT INTO scratch VALUES (1)")
            db.execute("INSERT INTO child VALUES (99)")  # fails only when committed
            batches.step()
            db.execute("INSERT INTO scratch VALUES (2)")
    assert not db.conn.in_transaction
    assert db.execute("SELECT count(*) FROM scratch").fetchone()[0] == 0


def test_a_json_lines_file_in_a_legacy_encoding_is_still_read_whole(db, tmp_path):
    lines = [{"title": "English one", "text": "A line of English text."},
             {"title": "عربي", "text": "نص عربي بترميز ويندوز"},
             {"title": "English two", "text": "More English text."},
             {"title": "عربي آخر", "text": "نص آخر"}]
    path = tmp_path / "legacy.jsonl"
    path.write_bytes("\n".join(json.dumps(r, ensure_ascii=False) for r in lines).encode("cp1256"))
    report = import_paths(db, [path])
    assert report.problems == []
    assert sorted(t for (t,) in db.execute("SELECT title FROM articles")) == sorted(r["title"] for r in lines)


def test_a_script_full_of_code_is_no_tag_of_thousands_of_attributes(db, tmp_path):
    script = "for (var i=0; i<imgs.length; i++) {}\n" + "\n".join(
        f'load("https://cdn.example/{n}.jpg?w=800&h=600&q=80");' for n in range(800))
    page = tmp_path / "page.html"
    page.write_text(f"<html><head><title>T</title><script>{script}</script></head><body><article><p>"
                    + "Paragraph of the news article with enough words in it. " * 10
                    + "</p></article></body></html>", "utf-8")
    report = import_paths(db, [page])
    assert report.problems == [] and len(report.added) == 1


def test_check_names_a_range_that_is_not_a_number(db):
    import_paths(db, [DATA])
    db.execute("INSERT INTO folds (article_id, start, \"end\", kind) VALUES (1, '9x', 20, 'noise')")
    assert check(db).problems == ["article 1: fold 9x-20 lies outside its text"]


def test_people_of_old_keep_their_names_and_typed_text_is_tidied_not_refused(library):
    library.execute("INSERT INTO people (name, role, created_at) VALUES ('\u200fנועה', 'supervisor', '2026-01-01')")
    register(library, "dana", "checker", by="\u200fנועה")
    register(library, "dana", "supervisor", by="\u200fנועה")  # an old name with an RLM still acts
    claim = create_claim(library, 1, 0, 5, checker="dana").id
    verdict = set_verdict(library, claim, who="dana", rating="False", summary="s",
                          sources=[Source(url="https://example.org/a", title="A\ttitle\u2028of two lines",
                                          passage="page one\x0cpage two")])
    assert (verdict.sources[0].title, verdict.sources[0].passage) == ("A title of two lines", "page one\npage two")
    set_rating(library, "Half\ttrue", 2, who="dana")
    assert ("Half true", 2.0) in ratings(library)


def test_the_library_is_never_read_as_a_rationale_file(library):
    register(library, "dana", "checker")
    claim = create_claim(library, 1, 0, 5, checker="dana").id
    db_path = library.execute("PRAGMA database_list").fetchone()[2]
    result = CliRunner().invoke(main, ["--db", db_path, "--user", "dana", "verdict", "set", str(claim), "--rating",
                                       "False", "--summary", "s", "--rationale-file", db_path])
    assert result.exit_code == 2 and "is the library itself" in result.output
