"""Import of every supported format, and of every kind of bad input, into a real database."""

import codecs
import csv
import json
import os
import shutil
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest
from conftest import DATA, by_name

from workbench.db.store import open_db
from workbench.library import ingest
from workbench.library.ingest import content_hash, import_paths
from workbench.library.readers import count_files, walk


def articles(db) -> list[dict]:
    cols = [d[0] for d in db.execute("SELECT * FROM articles LIMIT 0").description]
    return [dict(zip(cols, r)) for r in db.execute("SELECT * FROM articles ORDER BY id")]


def test_sample_folder_imports_with_original_text_and_headline(db, sample_articles):
    report = import_paths(db, [DATA])
    assert report.ok and len(report.added) == len(sample_articles)
    for path in sample_articles:
        row = by_name(db, path.name)
        original = path.read_text("utf-8")
        assert row["text"] == original  # samples are already NFC with \n endings
        assert row["title"] == original.split("\n")[0].strip()
        assert row["content_hash"] == content_hash(original)
        assert row["source_format"] == "txt" and row["source_encoding"] == "utf-8"


def test_seed_claim_offsets_hold_in_the_stored_text(db, seed):
    import_paths(db, [DATA])
    for claim in seed["claims"]:
        text = by_name(db, claim["article"])["text"]
        assert text[claim["start"]:claim["end"]] == claim["quote"], claim["id"]


def test_same_article_twice_is_not_duplicated_and_is_reported(db, sample_articles):
    import_paths(db, sample_articles[:2])
    copy_report = import_paths(db, sample_articles[:2])
    assert copy_report.added == [] and len(copy_report.duplicates) == 2
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 2


def test_identical_text_under_another_name_is_a_duplicate(db, tmp_path, sample_articles):
    import_paths(db, [sample_articles[0]])
    twin = tmp_path / "renamed.txt"
    shutil.copy(sample_articles[0], twin)
    report = import_paths(db, [twin])
    assert report.added == [] and report.duplicates[0].existing_id == by_name(db, sample_articles[0].name)["id"]


def test_changed_file_becomes_a_new_version_keeping_the_old_one_and_its_claims(db, tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Headline\nFirst version of the story about 10,000 troops.\n", "utf-8")
    first = import_paths(db, [path]).added[0]
    db.execute(
        "INSERT INTO claims (article_id, start, \"end\", quote, created_at) VALUES (?, 9, 14, 'First', 'now')", [first]
    )
    path.write_text("Headline\nSecond version of the story about 12,000 troops.\n", "utf-8")
    report = import_paths(db, [path])
    second = report.added[0]
    assert report.new_versions == [second]
    old, new = articles(db)
    assert (old["id"], old["is_current"], old["version"]) == (first, 0, 1)
    assert (new["id"], new["is_current"], new["version"], new["previous_id"]) == (second, 1, 2, first)
    assert old["text"].startswith("Headline\nFirst version")
    assert db.execute("SELECT article_id, quote FROM claims").fetchall() == [(first, "First")]


def test_markdown_html_json_jsonl_csv(db, tmp_path):
    tmp_path = tmp_path / "in"
    tmp_path.mkdir()
    (tmp_path / "a.md").write_text("# עדכון: שויגו בצפון קוריאה\n\nשר ההגנה הרוסי ביקר בפיונגיאנג.\n", "utf-8")
    (tmp_path / "b.html").write_text(
        """<html><head><title>بوتين يزور بيونغ يانغ - موقع</title>
        <meta property="og:site_name" content="الجزيرة">
        <meta property="article:published_time" content="2024-06-19T08:00:00Z">
        <link rel="canonical" href="https://example.net/news/putin">
        <script>var x = "<p>script text must not appear</p>";</script><style>p {color: red}</style></head>
        <body><nav>الرئيسية | أخبار</nav><article><h1>بوتين يزور بيونغ يانغ</h1>
        <p>وصل الرئيس الروسي فلاديمير بوتين إلى بيونغ يانغ في زيارة تستغرق يومين، هي الأولى منذ عام 2000.</p>
        <p>وقال مسؤول إن البلدين سيوقعان اتفاقية شراكة استراتيجية شاملة تشمل التعاون العسكري.</p>
        <script>document.write("advert")</script></article><footer>جميع الحقوق محفوظة</footer></body></html>""",
        "utf-8",
    )
    (tmp_path / "c.json").write_text(json.dumps([
        {"title": "Summit", "text": "Putin met Kim in Pyongyang on 19 June.", "url": "https://news.example.org/a",
         "publisher": "Example News", "published": "2024-06-19", "language": "en"},
        {"title": "Second", "text": "Russia and North Korea signed a treaty."},
    ], ensure_ascii=False), "utf-8")
    (tmp_path / "d.jsonl").write_text(
        json.dumps({"title": "قمة", "text": "التقى بوتين كيم"}, ensure_ascii=False) + "\n"
        + "{not json\n"
        + json.dumps({"title": "بلا نص"}, ensure_ascii=False) + "\n",
        "utf-8",
    )
    with open(tmp_path / "e.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["title", "text", "url", "publisher", "published", "language"])
        writer.writerow(["كوريا", 'قال: "لم تقم مطلقا بصفقات أسلحة"، وأضاف\nسطرا ثانيا', "", "وكالة", "13 سبتمبر 2023", ""])
        writer.writerow(["broken", "row with too many", "fields", "x", "y", "z", "extra"])
        writer.writerow(["Good again", "Text after the broken row still imports.", "", "", "", ""])

    report = import_paths(db, [tmp_path])
    rows = {r["title"]: r for r in articles(db)}
    assert set(rows) == {"עדכון: שויגו בצפון קוריאה", "بوتين يزور بيونغ يانغ", "Summit", "Second", "قمة",
                         "كوريا", "Good again"}
    html = rows["بوتين يزور بيونغ يانغ"]
    assert "script text" not in html["text"] and "advert" not in html["text"] and "color" not in html["text"]
    assert "اتفاقية شراكة استراتيجية" in html["text"]
    assert (html["publisher"], html["published"], html["url"]) == ("الجزيرة", "2024-06-19", "https://example.net/news/putin")
    summit = rows["Summit"]
    assert (summit["publisher"], summit["published"], summit["language"], summit["source_record"]) == (
        "Example News", "2024-06-19", "en", 1)
    assert rows["كوريا"]["text"] == 'قال: "لم تقم مطلقا بصفقات أسلحة"، وأضاف\nسطرا ثانيا'
    assert rows["كوريا"]["published"] == "2023-09-13"
    reasons = {(Path(p.path).name, p.record): p.reason for p in report.problems}
    assert set(reasons) == {("d.jsonl", 2), ("d.jsonl", 3), ("e.csv", 4)}
    assert "not valid JSON" in reasons[("d.jsonl", 2)]
    assert "no 'text' field" in reasons[("d.jsonl", 3)]
    assert "line 4 has 7 fields where the header has 6" in reasons[("e.csv", 4)]


def test_bad_files_are_reported_by_path_and_the_good_ones_still_import(db, tmp_path, sample_articles):
    folder = tmp_path / "mixed"
    (folder / "nested").mkdir(parents=True)
    shutil.copy(sample_articles[0], folder / "good.txt")
    shutil.copy(sample_articles[1], folder / "nested" / "good2.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "report.pdf").write_bytes(b"%PDF-1.4 binary")
    (folder / "renamed-zip.txt").write_bytes(b"PK\x03\x04\x14\x00 zip content")
    (folder / "photo.txt").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF")
    (folder / "broken-utf8.txt").write_bytes("عنوان\nنص عربي طويل بما يكفي".encode() + b"\xc3\x28" + "تتمة".encode())
    (folder / "nested" / "bad.csv").write_text("title,body\nx,y\n", "utf-8")
    missing = tmp_path / "does-not-exist"

    report = import_paths(db, [folder, missing])

    assert len(report.added) == 2
    reasons = {Path(p.path).name: p.reason for p in report.problems}
    assert set(reasons) == {"empty.txt", "report.pdf", "renamed-zip.txt", "photo.txt", "broken-utf8.txt",
                            "bad.csv", "does-not-exist"}
    assert "empty" in reasons["empty.txt"]
    assert "unsupported file type '.pdf'" in reasons["report.pdf"]
    assert "zip" in reasons["renamed-zip.txt"] and "JPEG" in reasons["photo.txt"]
    assert "invalid UTF-8" in reasons["broken-utf8.txt"]
    assert "no 'text' column" in reasons["bad.csv"]
    assert "no such file or folder" in reasons["does-not-exist"]


def test_legacy_encodings_import_correctly(db, tmp_path, sample_articles):
    tmp_path = tmp_path / "in"
    tmp_path.mkdir()
    hebrew = sample_articles[0].read_text("utf-8")
    arabic = sample_articles[2].read_text("utf-8")
    (tmp_path / "he.txt").write_bytes(hebrew.encode("cp1255"))
    (tmp_path / "ar.txt").write_bytes(arabic.encode("cp1256"))
    (tmp_path / "he16.txt").write_bytes(codecs.BOM_UTF16_LE + (hebrew + "\nעוד שורה").encode("utf-16-le"))
    report = import_paths(db, [tmp_path])
    assert report.ok, report.problems
    stored = {Path(r["source_path"]).name: r for r in articles(db)}
    assert stored["he.txt"]["text"] == hebrew and stored["he.txt"]["source_encoding"] == "cp1255"
    assert stored["ar.txt"]["text"] == arabic and stored["ar.txt"]["source_encoding"] == "cp1256"
    assert stored["he16.txt"]["source_encoding"] == "utf-16-le"


def test_crlf_and_decomposed_text_are_stored_canonical(db, tmp_path):
    (tmp_path / "a.txt").write_bytes("Titre\r\nCafe\u0301 cre\u0300me\r\n".encode())
    import_paths(db, [tmp_path])
    assert articles(db)[0]["text"] == "Titre\nCafé crème\n"


def test_cancel_keeps_what_was_imported(db, sample_articles):
    calls = {"n": 0}

    def cancel_after_two() -> bool:
        calls["n"] += 1
        return calls["n"] > 2

    report = import_paths(db, sample_articles, should_cancel=cancel_after_two)
    assert report.cancelled and len(report.added) == 2
    rest = import_paths(db, sample_articles)
    assert len(rest.added) == 3 and len(rest.duplicates) == 2


def test_progress_is_reported_per_file(db, sample_articles):
    seen = []
    import_paths(db, sample_articles, progress=lambda done, total, path: seen.append((done, total)))
    assert seen == [(i, len(sample_articles)) for i in range(1, len(sample_articles) + 1)]


def test_records_version_by_url_or_id_never_by_position(db, tmp_path):
    path = tmp_path / "feed.jsonl"

    def write(records):
        path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), "utf-8")

    r1 = {"title": "One", "text": "First record text.", "url": "https://example.org/1"}
    r2 = {"title": "Two", "text": "Second record text.", "id": "story-2"}
    r3 = {"title": "Three", "text": "Third record, no url or id."}
    write([r1, r2, r3])
    import_paths(db, [path])
    write([r2, {**r1, "text": "First record text, corrected."}, {**r3, "text": "Third, corrected."}])
    report = import_paths(db, [path])
    rows = {r["title"]: r for r in articles(db) if r["is_current"]}
    assert rows["Two"]["text"] == "Second record text."  # moved up a place: still itself, still current
    assert rows["One"]["text"] == "First record text, corrected." and rows["One"]["version"] == 2
    third = [r for r in articles(db) if r["title"] == "Three"]
    assert [(r["version"], r["is_current"]) for r in third] == [(1, 1), (1, 1)]  # no key: a new article
    assert len(report.new_versions) == 1


def test_a_file_changed_back_to_an_earlier_text_makes_that_version_current(db, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Title\nversion one\n", "utf-8")
    first = import_paths(db, [path]).added[0]
    path.write_text("Title\nversion two\n", "utf-8")
    second = import_paths(db, [path]).added[0]
    path.write_text("Title\nversion one\n", "utf-8")
    report = import_paths(db, [path])
    assert report.restored == [first] and report.added == []
    current = {r["id"]: r["is_current"] for r in articles(db)}
    assert current == {first: 1, second: 0}
    from workbench.library.search import search
    assert [h.id for h in search(db, "one")] == [first] and search(db, "two") == []


def test_record_language_must_be_a_code(db, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "x.json").write_text(json.dumps([{"title": "t", "text": "x y z", "language": "Arabic"}]), "utf-8")
    report = import_paths(db, [tmp_path / "in"])
    assert "should be a code such as ar" in report.problems[0].reason


def test_an_unclosed_quote_in_a_csv_costs_one_row_not_the_next_ones(db, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "broken.csv").write_text(
        'title,text,url\n'
        'A,"fine text, with a comma",https://a.example\n'
        'B,"broken quote here,https://b.example\n'
        'C,third row text,https://c.example\n'
        'D,"multi\nline text",https://d.example\n'
        'E,"never closed\n', "utf-8")
    report = import_paths(db, [tmp_path / "in"])
    texts = {r["title"]: r["text"] for r in articles(db)}
    assert texts == {"A": "fine text, with a comma", "C": "third row text", "D": "multi\nline text"}
    reasons = {p.record: p.reason for p in report.problems}
    assert set(reasons) == {3, 7}
    assert "missing quotation mark" in reasons[3] and "never closed" in reasons[7]


def mixed_folder(folder: Path, sample_articles: list[Path], copies: int = 12) -> Path:
    """Many one-article files with bad files, a duplicate and a JSONL feed among them."""
    folder.mkdir(parents=True)
    for i in range(copies):
        for k, path in enumerate(sample_articles[:5]):
            (folder / f"{i:02d}-{k}.txt").write_text(path.read_text("utf-8") + f"\nCopy {i}.\n", "utf-8")
    (folder / "03-empty.txt").write_bytes(b"")
    (folder / "05-image.txt").write_bytes(b"\x89PNG\r\n\x1a\n binary")
    (folder / "06-feed.jsonl").write_text(
        json.dumps({"title": "قمة", "text": "التقى بوتين كيم", "published": "19 يونيو 2024"}, ensure_ascii=False)
        + "\n{not json\n" + json.dumps({"title": "Second", "text": "Russia and North Korea signed a treaty."}) + "\n",
        "utf-8")
    shutil.copy(folder / "01-2.txt", folder / "07-again.txt")
    (folder / "08-report.pdf").write_bytes(b"%PDF-1.4")
    return folder


def stored_rows(db) -> dict[str, list]:
    """Every stored row of the articles and what is derived from them, but the import time."""
    columns = [d[0] for d in db.execute("SELECT * FROM articles LIMIT 0").description if d[0] != "imported_at"]
    return {
        "articles": db.execute(f"SELECT {', '.join(columns)} FROM articles ORDER BY id").fetchall(),
        "paragraphs": db.execute("SELECT * FROM paragraphs ORDER BY article_id, start").fetchall(),
        "folds": db.execute("SELECT * FROM folds ORDER BY article_id, start").fetchall(),
        "fts": db.execute("SELECT rowid, title, body, stems FROM articles_fts ORDER BY rowid").fetchall(),
    }


def test_worker_processes_store_exactly_what_one_process_stores(tmp_path, sample_articles):
    folder = mixed_folder(tmp_path / "in", sample_articles)
    reports, rows = {}, {}
    for workers in (0, 2):
        db = open_db(tmp_path / f"workers-{workers}.sqlite")
        reports[workers] = import_paths(db, [folder], workers=workers, batch_size=16)
        rows[workers] = stored_rows(db)
        db.close()
    assert rows[2] == rows[0]
    assert len(rows[0]["articles"]) == 62 and rows[0]["paragraphs"] and rows[0]["folds"]
    one, two = reports[0], reports[2]
    assert (two.added, two.duplicates, two.problems, two.files) == (one.added, one.duplicates, one.problems, one.files)
    reasons = {(Path(p.path).name, p.record): p.reason for p in two.problems}
    assert set(reasons) == {("03-empty.txt", None), ("05-image.txt", None), ("06-feed.jsonl", 2),
                            ("08-report.pdf", None)}
    assert "PNG" in reasons[("05-image.txt", None)] and "not valid JSON" in reasons[("06-feed.jsonl", 2)]
    [duplicate] = two.duplicates
    assert Path(duplicate.path).name == "07-again.txt"


def test_cancel_with_worker_processes_keeps_what_was_imported(db, tmp_path, sample_articles):
    folder = mixed_folder(tmp_path / "in", sample_articles)
    calls = {"n": 0}

    def cancel_after_thirty() -> bool:
        calls["n"] += 1
        return calls["n"] > 30

    report = import_paths(db, [folder], should_cancel=cancel_after_thirty, workers=2, batch_size=16)
    assert report.cancelled and report.files == 30
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == len(report.added)
    rest = import_paths(db, [folder], workers=2)
    assert len(report.added) + len(rest.added) == 62 and not rest.cancelled


def test_progress_with_worker_processes_is_reported_per_file_in_order(db, tmp_path, sample_articles):
    folder = mixed_folder(tmp_path / "in", sample_articles)
    seen = []
    import_paths(db, [folder], progress=lambda done, total, path: seen.append((done, total, Path(path).name)),
                 workers=2)
    names = sorted(p.name for p in folder.iterdir())
    assert seen == [(i, len(names), name) for i, name in enumerate(names, start=1)]


def test_a_small_import_starts_no_worker_processes(db, sample_articles, monkeypatch):
    monkeypatch.setattr(ingest, "ProcessPoolExecutor", None)  # starting workers would fail
    assert len(import_paths(db, sample_articles).added) == len(sample_articles)


def test_an_import_of_many_files_reads_them_in_worker_processes(db, tmp_path, sample_articles, monkeypatch):
    started = []

    class Pool(ProcessPoolExecutor):
        def __init__(self, workers, **kwargs):
            started.append((workers, kwargs["mp_context"].get_start_method()))
            super().__init__(workers, **kwargs)

    monkeypatch.setattr(ingest, "ProcessPoolExecutor", Pool)
    monkeypatch.setattr(ingest, "PARALLEL_MIN_FILES", 10)
    monkeypatch.setattr(ingest.os, "cpu_count", lambda: 2)
    folder = mixed_folder(tmp_path / "in", sample_articles, copies=3)
    report = import_paths(db, [folder])
    assert started == [(2, "spawn")] and len(report.added) == 17


@pytest.mark.skipif(os.name == "nt", reason="links need privileges on Windows")
def test_files_named_one_by_one_are_read_under_their_real_paths(tmp_path, sample_articles):
    real = tmp_path / "real"
    real.mkdir()
    shutil.copy(sample_articles[0], real / "a.txt")
    shutil.copy(sample_articles[1], real / "b.txt")
    (tmp_path / "link").symlink_to(real)
    (real / "c.txt").symlink_to(sample_articles[2])
    given = [tmp_path / "link" / "a.txt", real / "b.txt", tmp_path / "link" / "c.txt",
             Path(os.path.relpath(real / "a.txt")), tmp_path / "link" / ".." / "real" / "b.txt"]
    assert list(walk(given)) == [path.resolve() for path in given]
    assert list(walk(given))[2] == sample_articles[2].resolve()


def test_an_unpaired_surrogate_costs_its_record_not_the_file(db, tmp_path):
    # JSON may spell half of a UTF-16 pair ("\udc80"); it is no text, and no hash or database can take it
    source = tmp_path / "surrogates.jsonl"
    source.write_text("\n".join([
        json.dumps({"title": "أول", "text": "النص الأول سليم"}, ensure_ascii=False),
        '{"title": "ثان", "text": "bad \\udc80 text"}',
        '{"title": "bad \\ud800 title", "text": "a good text under a bad title"}',
        json.dumps({"title": "رابع", "text": "النص الرابع سليم"}, ensure_ascii=False),
    ]), "utf-8")
    report = import_paths(db, [source])
    assert [a["title"] for a in articles(db)] == ["أول", "رابع"]
    reasons = {p.record: p.reason for p in report.problems}
    assert [p.where() for p in report.problems] == [f"{source} (record 2)", f"{source} (record 3)"]
    assert reasons[2] == ("field 'text' holds \\udc80 at character 5, half of a UTF-16 pair without its other half: "
                          "not text")
    assert reasons[3].startswith("field 'title' holds \\ud800 at character 5")


def test_a_folder_walk_gives_each_folders_files_before_its_subfolders_in_name_order(tmp_path):
    for name in ["b/2.txt", "b/1.txt", "a.txt", "c.txt", "b/x/0.txt", ".hidden/h.txt", "b/.h.txt", "a/z.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("t\nx", "utf-8")
    expected = [tmp_path / n for n in ["a.txt", "c.txt", "a/z.txt", "b/1.txt", "b/2.txt", "b/x/0.txt"]]
    assert list(walk([tmp_path])) == [p.resolve() for p in expected]
    assert count_files([tmp_path, tmp_path / "c.txt", tmp_path / "missing"]) == len(expected) + 1


@pytest.mark.skipif(os.name == "nt", reason="links need privileges on Windows")
def test_a_linked_folder_is_not_entered_and_a_linked_file_is_read_where_it_is(tmp_path, sample_articles):
    inside = tmp_path / "in"
    inside.mkdir()
    (inside / "elsewhere").symlink_to(sample_articles[0].parent)
    (inside / "one.txt").symlink_to(sample_articles[1])
    assert list(walk([inside])) == [sample_articles[1].resolve()]
    assert count_files([inside]) == 1


def test_a_folder_that_cannot_be_read_is_reported_and_the_rest_imported(db, tmp_path, sample_articles, monkeypatch):
    from workbench.library import readers

    root = tmp_path / "in"
    for sub in ("ok", "locked"):
        (root / sub).mkdir(parents=True)
        shutil.copy(sample_articles[0 if sub == "ok" else 1], root / sub / "a.txt")
    scandir = os.scandir

    def refusing(path):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(readers.os, "scandir", refusing)
    report = import_paths(db, [root], progress=lambda *a: None)
    assert len(report.added) == 1 and db["articles"].count == 1
    assert [(p.path, str(p.reason)) for p in report.problems] == [(str((root / "locked").resolve()),
                                                                   "cannot be read: Permission denied")]
