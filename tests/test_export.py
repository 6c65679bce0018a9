"""Publication: CSV read back field by field, spreadsheet safety, filters, ClaimReview
validated against a schema, and exports that fail, are cancelled or find nothing."""

from __future__ import annotations

import csv
import json
import os
import random
from pathlib import Path

import jsonschema
import pytest
from sqlite_utils import Database

from workbench.claims.marking import change_claim, create_claim, delete_claim, move_claim
from workbench.db import audit
from workbench.db.schema import migrations
from workbench.db.store import open_db
from workbench.kernel.errors import BadInput, Refused
from workbench.library.derived import rebuild
from workbench.library.ingest import import_paths
from workbench.linking.links import decide
from workbench.publish import export, export_rows
from workbench.publish.csv_cells import clean_cell, safe_row
from workbench.publish.export import COMPOSING, WRITING, ExportFilter, write_claimreview, write_csv
from workbench.publish.export_rows import CSV_COLUMNS, composed_rows
from workbench.publish.settings import get_setting, set_setting
from workbench.review.people import register
from workbench.review.sources import Source
from workbench.review.verdicts import ratings, set_rating, set_verdict, transition

SCHEMA = json.loads((Path(__file__).parent / "schemas" / "claimreview.schema.json").read_text("utf-8"))
ARTICLES = [
    {"title": "كوريا الشمالية ترسل قوات", "publisher": "الجزيرة", "url": "https://aljazeera.example/a1",
     "published": "2024-10-20",
     "text": "أرسلت كوريا الشمالية أكثر من 10 آلاف جندي إلى روسيا، بحسب مسؤولين.\n\nوقال المسؤولون إن الجنود يتدربون."},
    {"title": "צפון קוריאה שלחה חיילים", "publisher": "הארץ", "url": "https://haaretz.example/b2",
     "published": "2024-10-21",
     "text": "צפון קוריאה שלחה יותר מ-10,000 חיילים לרוסיה, כך אמרו גורמים.\n\nהחיילים מתאמנים במזרח."},
    {"title": "Troops, \"sent\", again", "publisher": "Wire", "url": "https://wire.example/c3",
     "published": "2024-11-02",
     "text": "=SUM(A1) North Korea sent more than 10,000 troops, officials said.\n\nBoth countries denied arms deals."},
]


def _sentence(db, article_id: int) -> int:
    text = db.execute("SELECT text FROM articles WHERE id = ?", [article_id]).fetchone()[0]
    return create_claim(db, article_id, 0, text.index("\n"), checker="dana").id


@pytest.fixture
def export_desk(db, tmp_path):
    source = tmp_path / "articles.jsonl"
    source.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in ARTICLES), "utf-8")
    import_paths(db, [source])
    register(db, "dana", "checker")
    register(db, "sara", "supervisor")
    ids = [r[0] for r in db.execute("SELECT id FROM articles ORDER BY id")]
    ar, he, en = (_sentence(db, i) for i in ids)
    change_claim(db, ar, tags=["troops", "russia"], who="dana")
    decide(db, ar, he, "same", who="dana")
    rationale = 'فقرة أولى, مع "اقتباس"\n\nSecond paragraph, with a comma'
    first = set_verdict(db, ar, who="dana", rating="Mostly false", summary="لم يثبت العدد, \"بعد\"",
                        rationale=rationale, sources=[Source(url="https://example.org/r?a=1,2")])
    second = set_verdict(db, en, who="dana", rating="True", summary="-1 is not a formula\tnor @this",
                         sources=[Source(url="https://example.org/s")])
    for verdict in (first, second):
        transition(db, verdict.id, "submit", who="dana")
        transition(db, verdict.id, "approve", who="sara")
    transition(db, first.id, "publish", who="sara")
    db.ids = {"ar": ar, "he": he, "en": en, "first": first.id, "second": second.id}
    return db


def _read(path: Path, encoding="utf-8") -> list[dict]:
    with path.open(encoding=encoding, newline="") as fh:
        return list(csv.DictReader(fh))


def test_csv_round_trips_field_by_field(export_desk, tmp_path):
    out = tmp_path / "verdicts.csv"
    report = write_csv(export_desk, out, who="sara")
    assert (report.rows, report.written, report.problems) == (1, True, [])
    raw = out.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = _read(out)
    assert list(rows[0]) == list(CSV_COLUMNS)
    row = rows[0]
    assert row["verdict_id"] == str(export_desk.ids["first"]) and row["cluster_id"] == str(export_desk.ids["ar"])
    assert row["rating"] == "Mostly false" and row["rating_value"] == "2"
    assert row["summary"] == 'لم يثبت العدد, "بعد"'
    assert row["quotes_ar"] == "أرسلت كوريا الشمالية أكثر من 10 آلاف جندي إلى روسيا، بحسب مسؤولين."
    assert row["quotes_he"] == "צפון קוריאה שלחה יותר מ-10,000 חיילים לרוסיה, כך אמרו גורמים."
    assert row["articles_he"] == "צפון קוריאה שלחה חיילים | הארץ | 2024-10-21 | https://haaretz.example/b2"
    assert row["canonical_claim"] == row["quotes_ar"]
    assert row["source_urls"] == "https://example.org/r?a=1,2"
    assert row["tags"] == "russia, troops" and row["languages"] == "ar,he" and row["claim_count"] == "2"
    assert (row["checker"], row["reviewer"], row["revision"]) == ("dana", "sara", "4")
    assert row["approved_at"] and row["published_at"] >= row["approved_at"]


def test_excel_gets_a_byte_order_mark_and_formulas_are_neutralised(export_desk, tmp_path):
    out = tmp_path / "excel.csv"
    write_csv(export_desk, out, ExportFilter(include_approved=True), who="sara", excel=True)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = {r["verdict_id"]: r for r in _read(out, "utf-8-sig")}
    second = rows[str(export_desk.ids["second"])]
    assert second["summary"] == "'-1 is not a formula\tnor @this"
    assert second["quotes_en"].startswith("'=SUM(A1) North Korea")
    assert second["articles_en"] == 'Troops, "sent", again | Wire | 2024-11-02 | https://wire.example/c3'
    for cell in ("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"):
        assert clean_cell(cell) == "'" + cell
    assert clean_cell("a\x00b\x1bc\nd") == "a\ufffdb\ufffdc\nd"
    assert clean_cell("x\ud800y") == "x\ufffdy"
    assert clean_cell(2.5) == "2.5" and clean_cell(None) == ""


def test_a_row_is_made_safe_exactly_as_cell_by_cell():
    # safe_row tests whole rows at once; it must decide as clean_cell does for every cell,
    # whatever the cell holds: formula starts, NULs (its own separator), control characters,
    # unpaired surrogates, direction marks, line breaks, commas and quotes.
    alphabet = ["a", "ب", "ש", "1", " ", ",", '"', "\n", "\r", "\t", "=", "+", "-", "@", "\x00", "\x01", "\x1f",
                "\x7f", "\ud800", "\u200f", "\ufeff"]
    rng = random.Random(7)
    for _ in range(5000):
        row = tuple("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 4))) for _ in range(rng.randint(1, 6)))
        assert list(safe_row(row)) == [clean_cell(c) for c in row], row
    plain = ("1", "كوريا", "a\n=b is no formula on its second line", "")
    assert list(safe_row(plain)) == list(plain)


def test_a_cluster_in_several_languages_lists_each_claim_under_its_language(export_desk, tmp_path):
    text = export_desk.execute("SELECT text FROM articles WHERE id = (SELECT article_id FROM claims WHERE id = ?)",
                        [export_desk.ids["ar"]]).fetchone()[0]
    second = text.index("وقال")
    ar2 = create_claim(export_desk, export_desk.execute("SELECT article_id FROM claims WHERE id = ?", [export_desk.ids["ar"]]).fetchone()[0],
                       second, len(text), checker="dana").id
    change_claim(export_desk, ar2, tags=["troops", "army"], who="dana")
    change_claim(export_desk, export_desk.ids["he"], tags=["russia"], who="sara")  # published: a supervisor changes it
    decide(export_desk, export_desk.ids["ar"], ar2, "same", who="sara")  # the verdict is published: a supervisor links
    out = tmp_path / "cluster.csv"
    write_csv(export_desk, out, who="sara")
    row = _read(out)[0]
    assert row["claim_count"] == "3"
    assert row["quotes_ar"].split("\n") == ["أرسلت كوريا الشمالية أكثر من 10 آلاف جندي إلى روسيا، بحسب مسؤولين.",
                                             "وقال المسؤولون إن الجنود يتدربون."]  # in the order they were marked
    article = "كوريا الشمالية ترسل قوات | الجزيرة | 2024-10-20 | https://aljazeera.example/a1"
    assert row["articles_ar"].split("\n") == [article, article]
    assert row["quotes_he"].count("\n") == 0 and row["quotes_en"] == row["articles_en"] == row["quotes_other"] == ""
    assert row["tags"] == "army, russia, troops"  # each once, sorted


MIXED = ("أرسلت كوريا الشمالية أكثر من 10 آلاف جندي إلى روسيا، بحسب مسؤولين في العاصمة.\n\n"
         "North Korea sent more than ten thousand troops to Russia, officials in the capital said on Monday.")


def _language(db, claim_id: int) -> str:
    return db.execute("SELECT language FROM claims WHERE id = ?", [claim_id]).fetchone()[0]


def test_a_claim_is_listed_under_the_language_of_its_paragraph_as_it_moves(export_desk, tmp_path):
    source = tmp_path / "mixed.jsonl"
    source.write_text(json.dumps({"title": "خبر", "text": MIXED, "url": "https://x.example/m"}, ensure_ascii=False),
                      "utf-8")
    import_paths(export_desk, [source])
    article = export_desk.execute("SELECT id FROM articles WHERE url = 'https://x.example/m'").fetchone()[0]
    english = MIXED.index("North")
    claim = create_claim(export_desk, article, english, len(MIXED), checker="dana").id
    assert _language(export_desk, claim) == "en"
    decide(export_desk, export_desk.ids["ar"], claim, "same", who="sara")  # the verdict is published: a supervisor links
    out = tmp_path / "mixed.csv"
    write_csv(export_desk, out, who="sara")
    assert _read(out)[0]["quotes_en"] == MIXED[english:]
    change_claim(export_desk, claim, span=(0, MIXED.index("\n")), who="sara")
    assert _language(export_desk, claim) == "ar"
    rebuild(export_desk)  # paragraphs derived again
    assert _language(export_desk, claim) == "ar"
    write_csv(export_desk, out, who="sara")
    assert _read(out)[0]["quotes_en"] == "" and MIXED[:MIXED.index("\n")] in _read(out)[0]["quotes_ar"]


def test_claims_marked_before_the_upgrade_get_their_language(tmp_path):
    old = Database(tmp_path / "v7.sqlite")
    migrations.apply(old, stop_before="m008_claim_language")
    old.execute("INSERT INTO articles (id, title, text, content_hash, language, direction, source_format, "
                "source_encoding, imported_at) VALUES (1, 't', ?, 'h', 'und', 'rtl', 'txt', 'utf-8', 'now')", [MIXED])
    english = MIXED.index("North")
    old.execute('INSERT INTO paragraphs (article_id, start, "end", language, direction) VALUES '
                "(1, 0, ?, 'ar', 'rtl'), (1, ?, ?, 'en', 'ltr')", [MIXED.index("\n"), english, len(MIXED)])
    old.execute('INSERT INTO claims (id, article_id, start, "end", quote, created_at) VALUES '
                "(1, 1, 0, 5, 'x', 'now'), (2, 1, ?, ?, 'y', 'now'), (3, 1, ?, ?, 'z', 'now')",
                [english, english + 5, english - 1, english])  # the last one starts between paragraphs:
    old.conn.commit()
    old.close()
    upgraded = open_db(tmp_path / "v7.sqlite")
    assert [_language(upgraded, i) for i in (1, 2, 3)] == ["ar", "en", "und"]  # its article's language


def test_rows_come_oldest_publication_first_whatever_the_ids(export_desk, tmp_path):
    first, second = export_desk.ids["first"], export_desk.ids["second"]
    export_desk.execute("UPDATE verdicts SET published_at = '2030-01-01T00:00:00+00:00' WHERE id = ?", [first])
    export_desk.execute("UPDATE verdicts SET approved_at = '2029-01-01T00:00:00+00:00' WHERE id = ?", [second])
    out = tmp_path / "order.csv"
    write_csv(export_desk, out, ExportFilter(include_approved=True), who="sara")
    assert [int(r["verdict_id"]) for r in _read(out)] == [second, first]
    export_desk.execute("UPDATE verdicts SET approved_at = '2031-01-01T00:00:00+00:00' WHERE id = ?", [second])
    write_csv(export_desk, out, ExportFilter(include_approved=True), who="sara")
    assert [int(r["verdict_id"]) for r in _read(out)] == [first, second]


def test_filters_choose_the_rows(export_desk, tmp_path):
    out = tmp_path / "f.csv"

    def ids(**kw):
        write_csv(export_desk, out, ExportFilter(include_approved=True, **kw), who="sara", allow_empty=True)
        return [int(r["verdict_id"]) for r in _read(out)]

    first, second = export_desk.ids["first"], export_desk.ids["second"]
    assert sorted(ids()) == sorted([first, second])
    assert ids(language="he") == [first]
    assert ids(rating="True") == [second]
    assert ids(tag="troops") == [first]
    assert ids(since="2999-01-01") == []
    assert sorted(ids(until="2999-01-01")) == sorted([first, second])
    with pytest.raises(BadInput, match="--since '20/10/2024' is not a date"):
        write_csv(export_desk, out, ExportFilter(since="20/10/2024"), who="sara")
    with pytest.raises(BadInput, match="the period starts on 2026-12-05, after it ends on 2026-12-01"):
        write_csv(export_desk, out, ExportFilter(since="2026-12-05", until="2026-12-01"), who="sara", allow_empty=True)
    assert ids(since="2000-01-01", until="2000-01-01") == []  # one day is a period
    before = out.read_bytes()
    with pytest.raises(BadInput, match="unknown rating 'true': the scale writes it 'True'; the scale is: True, Mostly true"):
        write_csv(export_desk, out, ExportFilter(rating="true"), who="sara", allow_empty=True)  # a typo finds nothing
    assert out.read_bytes() == before
    set_rating(export_desk, "True", 5, who="sara", retired=True)  # still on published verdicts: still a filter
    assert ids(rating="True") == [second]


def test_nothing_to_publish_writes_nothing_unless_asked(export_desk, tmp_path):
    out = tmp_path / "none.csv"
    with pytest.raises(BadInput, match="nothing to export: no published verdicts, rating Mixed"):
        write_csv(export_desk, out, ExportFilter(rating="Mixed"), who="sara")
    assert not out.exists()
    report = write_csv(export_desk, out, ExportFilter(rating="Mixed"), who="sara", allow_empty=True)
    assert report.rows == 0 and _read(out) == [] and out.read_text("utf-8").startswith("verdict_id,")


def test_a_bad_destination_is_named(export_desk, tmp_path):
    with pytest.raises(BadInput, match="the folder .*missing does not exist"):
        write_csv(export_desk, tmp_path / "missing" / "x.csv", who="sara")
    with pytest.raises(BadInput, match="is a folder"):
        write_csv(export_desk, tmp_path, who="sara")
    kept = tmp_path / "sent-to-partners.csv"
    kept.write_text("as published\n", "utf-8")
    kept.chmod(0o444)
    with pytest.raises(BadInput, match="sent-to-partners.csv is read-only: it is kept as it is"):
        write_csv(export_desk, kept, who="sara")
    assert kept.read_text("utf-8") == "as published\n" and kept.stat().st_mode & 0o777 == 0o444
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)  # marked read-only: refused even for an administrator, whom the system lets write
    try:
        with pytest.raises(BadInput, match="the folder .*locked cannot be written"):
            write_csv(export_desk, locked / "x.csv", who="sara")
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o755)


def test_an_export_through_a_link_keeps_the_link_and_the_files_permissions(export_desk, tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "pub.csv").write_text("before\n", "utf-8")
    (shared / "pub.csv").chmod(0o640)  # the desk's group reads it, nobody else
    link = tmp_path / "link.csv"
    link.symlink_to(shared / "pub.csv")
    write_csv(export_desk, link, who="sara")
    assert link.is_symlink() and _read(shared / "pub.csv")[0]["verdict_id"] == str(export_desk.ids["first"])
    assert (shared / "pub.csv").stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in shared.iterdir()) == ["pub.csv"]  # no temporary file left
    pipe = tmp_path / "pipe.csv"
    os.mkfifo(pipe)
    with pytest.raises(BadInput, match="pipe.csv is not a regular file: it is left as it is"):
        write_csv(export_desk, pipe, who="sara")
    assert pipe.exists() and not pipe.is_file()


def test_a_failed_or_cancelled_export_leaves_the_previous_file(export_desk, tmp_path, monkeypatch):
    out = tmp_path / "keep.csv"
    out.write_text("the previous export\n", "utf-8")
    def broken(db, where, params, rows=export.ready_rows):
        yield from rows(db, where, params)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export, "ready_rows", broken)
    with pytest.raises(BadInput, match="No space left on device"):
        write_csv(export_desk, out, who="sara")
    monkeypatch.undo()
    monkeypatch.setattr(export, "_PROGRESS_EVERY", 1)
    report = write_csv(export_desk, out, ExportFilter(include_approved=True), who="sara", progress=lambda done, total, stage: False)
    assert report.cancelled and not report.written
    assert out.read_text("utf-8") == "the previous export\n"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
    assert not [e for e in audit.entries(export_desk) if e.action == "export"]
    seen = []
    write_csv(export_desk, tmp_path / "other.csv", ExportFilter(include_approved=True), who="sara",
              progress=lambda *step: seen.append(step))
    assert seen == [(1, 2, WRITING), (2, 2, WRITING), (2, 2, WRITING)]  # after every row here, and once more at the end


def test_a_quote_across_a_line_break_keeps_each_quote_beside_its_article(export_desk, tmp_path):
    en_article, text = export_desk.execute("SELECT a.id, a.text FROM claims c JOIN articles a ON a.id = c.article_id "
                                    "WHERE c.id = ?", [export_desk.ids["en"]]).fetchone()
    start = text.index("officials said.")
    across = create_claim(export_desk, en_article, start, text.index("denied") + len("denied"), checker="dana")
    decide(export_desk, export_desk.ids["ar"], across.id, "same", who="sara")
    write_csv(export_desk, tmp_path / "q.csv", who="sara")
    [row] = _read(tmp_path / "q.csv")
    assert row["quotes_en"] == "officials said.  Both countries denied"  # the paragraph break as spaces
    assert len(row["quotes_en"].split("\n")) == len(row["articles_en"].split("\n")) == 1


def test_a_library_article_without_an_address_is_named_by_its_title(export_desk, tmp_path):
    he_article = export_desk.execute("SELECT article_id FROM claims WHERE id = ?", [export_desk.ids["he"]]).fetchone()[0]
    export_desk.execute("UPDATE articles SET url = NULL WHERE id = ?", [he_article])
    en_article, text = export_desk.execute("SELECT a.id, a.text FROM claims c JOIN articles a ON a.id = c.article_id "
                                    "WHERE c.id = ?", [export_desk.ids["en"]]).fetchone()
    start = text.index("Both countries")
    claim = create_claim(export_desk, en_article, start, len(text), checker="dana")
    verdict = set_verdict(export_desk, claim.id, who="dana", rating="True", summary="נמצא בארכיון",
                          sources=[Source(article_id=he_article), Source(url="https://example.org/s")])
    for action in ("submit", "approve", "publish"):
        verdict = transition(export_desk, verdict.id, action, who="dana" if action == "submit" else "sara")
    write_csv(export_desk, tmp_path / "s.csv", who="sara")
    row = next(r for r in _read(tmp_path / "s.csv") if r["verdict_id"] == str(verdict.id))
    assert row["source_urls"].split("\n") == [f"article {he_article}: צפון קוריאה שלחה חיילים",
                                               "https://example.org/s"]


def test_every_export_is_in_the_audit_log(export_desk, tmp_path):
    write_csv(export_desk, tmp_path / "a.csv", ExportFilter(language="ar"), who="sara")
    entry = [e for e in audit.entries(export_desk) if e.action == "export"][-1]
    assert (entry.actor, entry.entity_id, entry.details["rows"]) == ("sara", "csv", 1)
    assert entry.details["path"].endswith("a.csv") and "language ar" in entry.details["filter"]


def test_a_rating_no_longer_in_the_scale_is_exported_and_noted(export_desk, tmp_path):
    export_desk.execute("PRAGMA foreign_keys = OFF")
    export_desk.execute("UPDATE ratings SET label = 'Largely false' WHERE label = 'Mostly false'")
    report = write_csv(export_desk, tmp_path / "r.csv", who="sara")
    assert report.problems == [f"verdict {export_desk.ids['first']}: rating 'Mostly false' is no longer in the rating "
                               f"scale; exported without a value"]
    assert _read(tmp_path / "r.csv")[0]["rating_value"] == ""


def test_a_rating_value_is_written_as_a_plain_number(export_desk, tmp_path):
    for value, written in ((2.5, "2.5"), (4, "4"), (-1, "'-1")):  # a minus sign starts a formula
        export_desk.execute("UPDATE ratings SET value = ? WHERE label = 'Mostly false'", [value])
        write_csv(export_desk, tmp_path / "v.csv", who="sara")
        assert _read(tmp_path / "v.csv")[0]["rating_value"] == written


def test_claimreview_follows_the_schema_with_the_organisation_from_settings(export_desk, tmp_path):
    out = tmp_path / "claimreview.json"
    with pytest.raises(BadInput, match="organisation's name and web site"):
        write_claimreview(export_desk, out, who="sara")
    with pytest.raises(Refused):
        set_setting(export_desk, "organisation_name", "x", who="dana")
    with pytest.raises(BadInput, match="not a web address"):
        set_setting(export_desk, "organisation_url", "javascript:alert(1)", who="sara")
    with pytest.raises(BadInput, match=r"holds \{slug\}; \{id\} is the only one it may hold"):
        set_setting(export_desk, "review_url", "https://factcheck.example/r/{id}/{slug}", who="sara")
    assert get_setting(export_desk, "review_url") == ""
    set_setting(export_desk, "organisation_name", "مرصد التحقق", who="sara")
    set_setting(export_desk, "organisation_url", "https://factcheck.example", who="sara")
    report = write_claimreview(export_desk, out, who="sara")
    data = json.loads(out.read_text("utf-8"))
    jsonschema.validate(data, SCHEMA)
    assert report.rows == len(data) == 1
    lines = out.read_text("utf-8").splitlines()  # one review per line, between the array's brackets
    assert lines[0] == "[" and lines[-1] == "]" and [json.loads(line.rstrip(",")) for line in lines[1:-1]] == data
    review = data[0]
    assert review["url"] == f"https://factcheck.example/fact-checks/{export_desk.ids['first']}"
    assert review["author"] == {"@type": "Organization", "name": "مرصد التحقق", "url": "https://factcheck.example"}
    assert review["reviewRating"] == {"@type": "Rating", "alternateName": "Mostly false", "ratingValue": 2,
                                      "bestRating": 5, "worstRating": 0}
    assert review["claimReviewed"].startswith("أرسلت كوريا الشمالية")
    item = review["itemReviewed"]
    assert [a["url"] for a in item["appearance"]] == ["https://aljazeera.example/a1", "https://haaretz.example/b2"]
    assert item["datePublished"] == "2024-10-20" and item["author"]["name"] == "الجزيرة"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate([{**review, "reviewRating": {"@type": "Rating"}}], SCHEMA)


# --- ClaimReview as a publisher needs it ----------------------------------------------------------


def _organisation(db) -> None:
    set_setting(db, "organisation_name", "مرصد التحقق", who="sara")
    set_setting(db, "organisation_url", "https://factcheck.example", who="sara")


def _claimreview(db, tmp_path, **kwargs) -> tuple[list[dict], object]:
    out = tmp_path / "claimreview.json"
    report = write_claimreview(db, out, who="sara", **kwargs)
    data = json.loads(out.read_text("utf-8"))
    jsonschema.validate(data, SCHEMA)
    return data, report


def _republish(db, claim: int, **fields) -> None:
    """Reopen the verdict of the claim's cluster (omar, a supervisor), revise it (dana) and take it
    through review to publication again (sara)."""
    verdict_id, rating, summary = db.execute(
        "SELECT v.id, v.rating, v.summary FROM verdicts v JOIN verdict_claims vc ON vc.verdict_id = v.id "
        "WHERE vc.claim_id = ?", [claim]).fetchone()
    register(db, "omar", "supervisor", by="sara")
    transition(db, verdict_id, "reopen", who="omar")
    verdict = set_verdict(db, claim, who="dana", **{"rating": rating, "summary": summary, **fields})
    for action, who in (("submit", "dana"), ("approve", "sara"), ("publish", "sara")):
        transition(db, verdict.id, action, who=who)


def test_claimreview_bounds_cover_every_published_value_retired_ones_too(export_desk, tmp_path):
    _organisation(export_desk)
    transition(export_desk, export_desk.ids["second"], "publish", who="sara")  # rated True: 5
    set_rating(export_desk, "True", 5, who="sara", retired=True)
    set_rating(export_desk, "Mostly true", 4, who="sara", retired=True)
    data, _ = _claimreview(export_desk, tmp_path)
    ratings = {r["reviewRating"]["alternateName"]: r["reviewRating"] for r in data}
    assert ratings["True"]["ratingValue"] == 5 and ratings["Mostly false"]["ratingValue"] == 2
    for rating in ratings.values():
        assert (rating["worstRating"], rating["bestRating"]) == (0, 5)
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]


def test_a_verdict_whose_rating_left_the_scale_is_left_out_and_named(export_desk, tmp_path):
    _organisation(export_desk)
    transition(export_desk, export_desk.ids["second"], "publish", who="sara")
    export_desk.execute("PRAGMA foreign_keys = OFF")
    export_desk.execute("UPDATE ratings SET label = 'Largely false' WHERE label = 'Mostly false'")
    data, report = _claimreview(export_desk, tmp_path)
    assert [r["url"].rsplit("/", 1)[1] for r in data] == [str(export_desk.ids["second"])]  # the rest still goes in
    assert report.rows == 1 and len(report.problems) == 1
    assert report.problems[0].startswith(f"verdict {export_desk.ids['first']}: rating 'Mostly false' is no longer in "
                                         f"the rating scale, and ClaimReview needs its value; not published")


def test_changing_a_value_says_how_many_published_verdicts_it_changes(export_desk):
    from click.testing import CliRunner

    from workbench.cli.main import main

    db_path = export_desk.execute("PRAGMA database_list").fetchone()[2]
    run = CliRunner().invoke
    changed = run(main, ["--db", db_path, "--user", "sara", "rating", "set", "Mostly false", "1.5"])
    assert changed.exit_code == 0, changed.output
    assert ("warning: this changes 1 published verdict(s) rated 'Mostly false': the next export publishes them "
            "with the value 1.5") in changed.output
    for args in (["Mostly false", "1.5"], ["True", "6"], ["Satire", "0"]):  # the same value; none published; new
        quiet = run(main, ["--db", db_path, "--user", "sara", "rating", "set", *args])
        assert quiet.exit_code == 0 and "warning" not in quiet.output
    retired = run(main, ["--db", db_path, "--user", "sara", "rating", "set", "Satire", "--retire"])
    assert retired.exit_code == 0 and "Satire: 0 (retired)" in retired.output  # its value kept
    assert "Satire" not in dict(ratings(export_desk)) and dict(ratings(export_desk, include_retired=True))["Satire"] == 0
    for args, reason in ((["Satire"], "give the rating's VALUE"), (["Parody", "--retire"], "needs its VALUE")):
        refused = run(main, ["--db", db_path, "--user", "sara", "rating", "set", *args])
        assert refused.exit_code == 2 and reason in refused.output


def test_inlanguage_is_the_language_the_review_is_written_in(export_desk, tmp_path):
    _organisation(export_desk)
    transition(export_desk, export_desk.ids["second"], "publish", who="sara")

    def languages() -> dict[int, str | None]:
        return {int(r["url"].rsplit("/", 1)[1]): r.get("inLanguage") for r in _claimreview(export_desk, tmp_path)[0]}

    first, second = export_desk.ids["first"], export_desk.ids["second"]
    assert languages() == {first: "ar", second: "en"}  # the second's summary is too short to tell: its claim's
    _republish(export_desk, export_desk.ids["ar"], summary="המספר לא הוכח")  # in Hebrew, on claims in Arabic and Hebrew
    assert languages()[first] == "he"
    _republish(export_desk, export_desk.ids["ar"], summary="Not proven")  # too short to tell, and not in the claim's script
    assert languages()[first] is None


def test_the_claims_author_and_date_describe_the_same_first_appearance(export_desk, tmp_path):
    _organisation(export_desk)
    ar, he = (export_desk.execute("SELECT article_id FROM claims WHERE id = ?", [export_desk.ids[k]]).fetchone()[0]
              for k in ("ar", "he"))
    export_desk.execute("UPDATE articles SET publisher = NULL WHERE id = ?", [ar])  # the earliest, without a publisher
    export_desk.execute("UPDATE articles SET published = NULL WHERE id = ?", [he])  # a publisher, without a date
    item = _claimreview(export_desk, tmp_path)[0][0]["itemReviewed"]
    assert item["datePublished"] == "2024-10-20" and "author" not in item
    export_desk.execute("UPDATE articles SET publisher = 'الجزيرة' WHERE id = ?", [ar])
    export_desk.execute("UPDATE articles SET published = '2024-10-21' WHERE id = ?", [he])
    item = _claimreview(export_desk, tmp_path)[0][0]["itemReviewed"]
    assert (item["datePublished"], item["author"]["name"]) == ("2024-10-20", "الجزيرة")


def test_an_article_appears_once_however_many_of_its_claims_a_review_covers(export_desk, tmp_path):
    _organisation(export_desk)
    ar_article = export_desk.execute("SELECT article_id FROM claims WHERE id = ?", [export_desk.ids["ar"]]).fetchone()[0]
    text = export_desk.execute("SELECT text FROM articles WHERE id = ?", [ar_article]).fetchone()[0]
    start = text.index("\n") + 1
    again = create_claim(export_desk, ar_article, start, start + 20, checker="dana").id  # a second claim of the article
    decide(export_desk, export_desk.ids["ar"], again, "same", who="sara")  # a supervisor: the verdict is published
    review = _claimreview(export_desk, tmp_path)[0][0]
    urls = [a["url"] for a in review["itemReviewed"]["appearance"]]
    assert urls == ["https://aljazeera.example/a1", "https://haaretz.example/b2"]
    assert _read_csv_claim_count(export_desk, tmp_path) == "3"  # the CSV still counts the claims


def _read_csv_claim_count(db, tmp_path) -> str:
    write_csv(db, tmp_path / "count.csv", who="sara")
    return _read(tmp_path / "count.csv")[0]["claim_count"]


def test_claimreview_text_has_no_control_characters(export_desk, tmp_path):
    _organisation(export_desk)
    export_desk.execute("PRAGMA foreign_keys = OFF")
    export_desk.execute("UPDATE verdicts SET summary = ? WHERE id = ?", ["bell \x07 escape \x1b[31m, tab\tkept",
                                                                 export_desk.ids["first"]])
    export_desk.execute("UPDATE articles SET title = ? WHERE url = 'https://haaretz.example/b2'", ["head\x00line"])
    out = tmp_path / "claimreview.json"
    write_claimreview(export_desk, out, who="sara")
    raw = out.read_text("utf-8")
    assert "\\u00" not in raw
    review = json.loads(raw)[0]
    assert review["reviewBody"] == "bell \ufffd escape \ufffd[31m, tab\tkept"
    assert "head\ufffdline" in [a["headline"] for a in review["itemReviewed"]["appearance"]]
    assert review["claimReviewed"].startswith("أرسلت")  # no apostrophe: JSON is no spreadsheet


def test_only_a_person_of_the_desk_exports(export_desk, tmp_path):
    from click.testing import CliRunner

    from workbench.cli.main import main

    _organisation(export_desk)
    db_path = export_desk.execute("PRAGMA database_list").fetchone()[2]
    for kind in ("csv", "claimreview"):
        out = tmp_path / f"out.{kind}"
        refused = CliRunner().invoke(main, ["--db", db_path, "--user", "mallory", "export", kind, str(out)])
        assert refused.exit_code == 2 and "'mallory' is not a person of this desk" in refused.output
        assert not out.exists()
        done = CliRunner().invoke(main, ["--db", db_path, "--user", "sara", "export", kind, str(out)])
        assert done.exit_code == 0 and out.exists(), done.output


# --- the rows kept ready (workbench.publish.export_rows) ---------------------------------------------------


def _kept(db) -> dict[int, tuple]:
    return {vid: (state, stamp, languages, rating, cells.split("\x00")) for vid, state, stamp, languages, rating, cells
            in db.execute("SELECT verdict_id, state, stamp, languages, rating, cells FROM export_rows")}


def _fresh(db) -> dict[int, tuple]:
    return {r[0]: (*r[1:5], list(r[5])) for r in composed_rows(db)}


def _stale(db) -> set[int]:
    return {r[0] for r in db.execute("SELECT verdict_id FROM export_stale")}


def _change_title(db, verdict_id):
    db.execute("UPDATE articles SET title = 'عنوان جديد' WHERE id = (SELECT c.article_id FROM claims c "
               "JOIN verdicts v ON v.anchor_claim = c.id WHERE v.id = ?)", [verdict_id])


def _rename_rating(db, verdict_id):
    db.execute("PRAGMA foreign_keys = OFF")
    db.execute("UPDATE ratings SET label = 'Largely false' WHERE label = 'Mostly false'")
    db.execute("PRAGMA foreign_keys = ON")


CHANGES = {  # each changes what the first verdict's row shows, by the code that does it in the workbench or by SQL
    "claim tags": lambda db, v: change_claim(db, db.ids["he"], tags=["north korea"], who="sara"),
    "canonical statement": lambda db, v: change_claim(db, db.ids["ar"], statement="أكثر من 10 آلاف جندي", who="sara"),
    "article title": _change_title,
    "rating value": lambda db, v: set_rating(db, "Mostly false", 1.5, who="sara"),
    "rating renamed": _rename_rating,
    "claim deleted": lambda db, v: delete_claim(db, db.ids["he"], who="sara"),
    "reopened": lambda db, v: transition(db, v, "reopen", who="sara"),
    "published date": lambda db, v: db.execute("UPDATE verdicts SET published_at = '2031-01-01' WHERE id = ?", [v]),
    "source url": lambda db, v: db.execute("UPDATE verdict_sources SET url = 'https://other.example' "
                                           "WHERE verdict_id = ?", [v]),
}


@pytest.mark.parametrize("change", CHANGES)
def test_a_change_to_what_a_row_shows_marks_it_stale_and_the_export_shows_it(export_desk, tmp_path, change):
    first = export_desk.ids["first"]
    write_csv(export_desk, tmp_path / "before.csv", ExportFilter(include_approved=True), who="sara")
    before = _fresh(export_desk)
    assert _stale(export_desk) == set() and _kept(export_desk) == before
    CHANGES[change](export_desk, first)
    after = _fresh(export_desk)
    assert after.get(first) != before[first]  # the change shows in the row…
    assert first in _stale(export_desk)  # …and the row is marked in the same write
    assert all(_kept(export_desk).get(v) == after.get(v) for v in set(after) | set(_kept(export_desk)) if v not in _stale(export_desk))
    write_csv(export_desk, tmp_path / "after.csv", ExportFilter(include_approved=True), who="sara", allow_empty=True)
    assert _stale(export_desk) == set() and _kept(export_desk) == after
    exported = {int(r["verdict_id"]): r for r in _read(tmp_path / "after.csv")}
    assert set(exported) == {v for v, row in after.items() if row[0] in ("published", "approved")}
    if first in exported:
        assert list(exported[first].values()) == after[first][4]


def test_a_new_claim_of_the_cluster_and_a_derived_language_mark_the_row(export_desk, tmp_path):
    write_csv(export_desk, tmp_path / "a.csv", who="sara")
    article = export_desk.execute("SELECT article_id FROM claims WHERE id = ?", [export_desk.ids["ar"]]).fetchone()[0]
    text = export_desk.execute("SELECT text FROM articles WHERE id = ?", [article]).fetchone()[0]
    more = create_claim(export_desk, article, text.index("وقال"), len(text), checker="dana").id
    assert _stale(export_desk) == set()  # a claim of no verdict yet
    decide(export_desk, export_desk.ids["ar"], more, "same", who="sara")
    assert export_desk.ids["first"] in _stale(export_desk)
    write_csv(export_desk, tmp_path / "b.csv", who="sara")
    export_desk.execute("UPDATE claims SET language = 'fa' WHERE id = ?", [more])
    write_csv(export_desk, tmp_path / "c.csv", who="sara")
    assert _read(tmp_path / "c.csv")[0]["quotes_other"] == text[text.index("وقال"):]
    rebuild(export_desk)  # the paragraphs derived again give the claim its language back
    assert export_desk.ids["first"] in _stale(export_desk)
    write_csv(export_desk, tmp_path / "d.csv", who="sara")
    assert _kept(export_desk) == _fresh(export_desk) and _read(tmp_path / "d.csv")[0]["quotes_other"] == ""


def test_a_new_composition_composes_every_row_again(export_desk, tmp_path, monkeypatch):
    write_csv(export_desk, tmp_path / "a.csv", ExportFilter(include_approved=True), who="sara")
    export_desk.execute("UPDATE export_rows SET cells = replace(cells, 'dana', 'someone else')")  # as an older version made them
    monkeypatch.setattr(export_rows, "_SIGNATURE", "another composition")
    write_csv(export_desk, tmp_path / "b.csv", ExportFilter(include_approved=True), who="sara")
    assert _kept(export_desk) == _fresh(export_desk) and {r["checker"] for r in _read(tmp_path / "b.csv")} == {"dana"}


def test_composing_many_rows_reports_progress_and_can_be_cancelled(export_desk, tmp_path, monkeypatch):
    monkeypatch.setattr(export_rows, "COMPOSE_BATCH", 1)
    export_desk.execute("INSERT INTO export_stale SELECT id FROM verdicts WHERE id NOT IN (SELECT verdict_id FROM export_stale)")
    report = write_csv(export_desk, tmp_path / "x.csv", ExportFilter(include_approved=True), who="sara",
                       progress=lambda done, total, stage: False)
    assert report.cancelled and not (tmp_path / "x.csv").exists()
    assert len(_stale(export_desk)) == 1  # the batch composed before the cancel stays composed
    seen = []
    write_csv(export_desk, tmp_path / "x.csv", ExportFilter(include_approved=True), who="sara",
              progress=lambda *step: seen.append(step))
    assert seen == [(1, 1, COMPOSING), (2, 2, WRITING)] and len(_read(tmp_path / "x.csv")) == 2
    export_desk.execute("INSERT INTO export_stale SELECT id FROM verdicts")
    seen.clear()
    write_csv(export_desk, tmp_path / "x.csv", ExportFilter(include_approved=True), who="sara",
              progress=lambda *step: seen.append(step))
    assert seen[:2] == [(1, 2, COMPOSING), (2, 2, COMPOSING)] and seen[-1] == (2, 2, WRITING)


def test_a_change_by_another_window_while_composing_is_in_the_export(export_desk, db_path, tmp_path, monkeypatch):
    compose = export_rows.compose_stale
    other = open_db(db_path)

    def compose_then_change(db):
        yield from compose(db)
        if not getattr(compose_then_change, "done", False):
            compose_then_change.done = True
            other.execute("UPDATE verdicts SET summary = 'تغيّر في نافذة أخرى' WHERE id = ?", [export_desk.ids["first"]])

    monkeypatch.setattr(export, "compose_stale", compose_then_change)
    write_csv(export_desk, tmp_path / "x.csv", who="sara")
    assert _read(tmp_path / "x.csv")[0]["summary"] == "تغيّر في نافذة أخرى"
    other.close()


def test_verdicts_published_before_the_upgrade_are_exported(tmp_path, export_desk, db_path):
    write_csv(export_desk, tmp_path / "a.csv", ExportFilter(include_approved=True), who="sara")
    expected = (tmp_path / "a.csv").read_bytes()
    export_desk.executescript("DROP TABLE export_rows; DROP TABLE export_stale; DROP TABLE export_format;"
                       + "".join(f"DROP TRIGGER {name};" for (name,) in export_desk.execute(
                           "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'export_stale_%'")))
    export_desk.execute("DELETE FROM _sqlite_migrations WHERE name = 'm010_export_rows'")
    export_desk.close()
    upgraded = open_db(db_path)
    assert len(_stale(upgraded)) == 2
    write_csv(upgraded, tmp_path / "b.csv", ExportFilter(include_approved=True), who="sara")
    assert (tmp_path / "b.csv").read_bytes() == expected


def test_check_names_rows_changed_outside_the_workbench_and_reindex_mends_them(export_desk, tmp_path):
    from workbench.checks import check

    write_csv(export_desk, tmp_path / "a.csv", ExportFilter(include_approved=True), who="sara")
    assert check(export_desk).ok
    first, second = export_desk.ids["first"], export_desk.ids["second"]
    export_desk.execute("DROP TRIGGER export_stale_articles_update")
    _change_title(export_desk, second)
    export_desk.execute("DELETE FROM export_rows WHERE verdict_id = ?", [first])
    problems = check(export_desk).problems
    assert "the database's trigger export_stale_articles_update is missing" in problems[0]
    assert problems[1].startswith(f"the CSV rows kept for 2 verdict(s) ({first}, {second}) are not current")
    export_desk.execute("INSERT INTO export_stale VALUES (?)", [first])  # marked: it is composed at the next export
    assert f"1 verdict(s) ({second})" in check(export_desk).problems[1]
    export_rows.mark_all_stale(export_desk)  # what 'workbench reindex' does
    assert len(check(export_desk).problems) == 1
    write_csv(export_desk, tmp_path / "b.csv", ExportFilter(include_approved=True), who="sara")
    assert "عنوان جديد" in {r["verdict_id"]: r for r in _read(tmp_path / "b.csv")}[str(second)]["articles_en"]


def test_a_claim_moved_into_another_language_moves_its_verdict_too(export_desk, tmp_path):
    """The verdict's languages (its CSV column, the export's and the queue's filter) follow its
    claims': they stayed 'ar' when its claim was moved onto an English paragraph."""
    source = tmp_path / "mixed.jsonl"
    text = "قال المسؤولون إن الجنود وصلوا إلى الحدود الشرقية.\n\nThe officials said the soldiers reached the border."
    source.write_text(json.dumps({"title": "مزيج", "url": "https://mixed.example/m", "text": text},
                                 ensure_ascii=False), "utf-8")
    [article] = import_paths(export_desk, [source]).added
    claim = create_claim(export_desk, article, 0, text.index("\n"), checker="dana")
    verdict = set_verdict(export_desk, claim.id, who="dana", rating="False", summary="لم يحدث",
                          sources=[Source(url="https://example.org/m")])
    for action in ("submit", "approve", "publish"):
        verdict = transition(export_desk, verdict.id, action, who="dana" if action == "submit" else "sara")
    assert verdict.languages == "ar"
    write_csv(export_desk, tmp_path / "a.csv", who="sara")
    english = text.index("The officials")
    move_claim(export_desk, claim.id, english, len(text), who="sara")
    assert export_desk.execute("SELECT languages FROM verdicts WHERE id = ?", [verdict.id]).fetchone()[0] == "en"
    write_csv(export_desk, tmp_path / "b.csv", ExportFilter(language="en"), who="sara")
    [row] = [r for r in _read(tmp_path / "b.csv") if r["verdict_id"] == str(verdict.id)]
    assert (row["languages"], row["quotes_ar"], row["quotes_en"]) == ("en", "", text[english:])
    assert not export_rows.differing_rows(export_desk)


def test_the_upgrade_mends_languages_left_behind(export_desk, db_path):
    first = export_desk.ids["first"]
    export_desk.execute("DROP TRIGGER verdict_languages_follow_claims")
    export_desk.execute("UPDATE verdicts SET languages = 'fr' WHERE id = ?", [first])
    export_desk.execute("DELETE FROM _sqlite_migrations WHERE name = 'm011_verdict_languages'")
    export_desk.close()
    upgraded = open_db(db_path)
    assert upgraded.execute("SELECT languages FROM verdicts WHERE id = ?", [first]).fetchone()[0] == "ar,he"
    assert upgraded.execute("SELECT count(*) FROM sqlite_master WHERE name = 'verdict_languages_follow_claims'"
                            ).fetchone()[0] == 1
    upgraded.close()


def test_a_change_of_the_cells_safety_composes_every_row_again():
    from workbench.publish.csv_cells import clean_cell

    assert export_rows.signature() == export_rows._SIGNATURE
    assert export_rows.signature(lambda cells: cells) != export_rows._SIGNATURE  # no cleaning at all
    lenient = lambda cells: [clean_cell(c)[1:] if c[:1] == "@" else clean_cell(c) for c in cells]  # noqa: E731
    assert export_rows.signature(lenient) != export_rows._SIGNATURE  # "@" no longer neutralised
