"""Publication that hostile or careless text cannot subvert: ClaimReview pasted inside a
page's <script> element, addresses with characters that break out of the text around them,
and direction controls that make a value display as another one (docs/EXPORT.md)."""

from __future__ import annotations

import csv
import json
import random
import re
from pathlib import Path

import jsonschema
import pytest

from workbench.claims.marking import change_claim, create_claim
from workbench.kernel.errors import BadInput
from workbench.library.ingest import import_paths
from workbench.linking.links import decide
from workbench.publish import export_rows
from workbench.publish.csv_cells import balanced_directions, clean_cell, clean_text, safe_row
from workbench.publish.export import write_claimreview, write_csv
from workbench.publish.settings import get_setting, set_setting
from workbench.review.people import register
from workbench.review.sources import Source
from workbench.review.verdicts import get_verdict, set_verdict, transition
from workbench.text.addresses import AddressProblem, _checked, shown_address, web_address

SCHEMA = json.loads((Path(__file__).parent / "schemas" / "claimreview.schema.json").read_text("utf-8"))
SCRIPT = "</script><script>alert(1)</script>"
LRE, RLE, PDF, LRO, RLO = "\u202a", "\u202b", "\u202c", "\u202d", "\u202e"
LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
LRM, RLM, ALM = "\u200e", "\u200f", "\u061c"
OVERRIDES = (LRO, RLO)



def _kept_from_before(db, key: str, value: str) -> None:
    """A setting as an older version kept it, before such values were refused where they are typed."""
    db.execute("INSERT INTO settings (key, value, changed_by, changed_at) VALUES (?, ?, 'sara', '2026-01-01') "
               "ON CONFLICT(key) DO UPDATE SET value = excluded.value", [key, value])

def _publish(db, claim: int, summary: str, sources: list[Source], rating: str = "False") -> int:
    verdict = set_verdict(db, claim, who="dana", rating=rating, summary=summary, sources=sources)
    for action, who in (("submit", "dana"), ("approve", "sara"), ("publish", "sara")):
        transition(db, verdict.id, action, who=who)
    return verdict.id


def _library(db, tmp_path, articles: list[dict]) -> list[int]:
    source = tmp_path / "articles.jsonl"
    source.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in articles), "utf-8")
    added = import_paths(db, [source]).added
    assert len(added) == len(articles), "every article goes in"
    return added


def _first_line_claim(db, article: int) -> int:
    text = db.execute("SELECT text FROM articles WHERE id = ?", [article]).fetchone()[0]
    end = text.index("\n") if "\n" in text else len(text)
    return create_claim(db, article, 0, end, checker="dana").id


@pytest.fixture
def people(db):
    register(db, "dana", "checker")
    register(db, "sara", "supervisor")
    return db


def _csv(db, path: Path) -> list[dict]:
    write_csv(db, path, who="sara")
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _articles(row: dict) -> list[str]:
    """The lines of a row's articles cells, whichever language its claims were found in (a
    sentence this short may be too short to tell)."""
    return [line for lang in ("ar", "he", "en", "other") for line in row[f"articles_{lang}"].split("\n") if line]


def _reviews(db, path: Path) -> tuple[list[dict], object]:
    report = write_claimreview(db, path, who="sara")
    data = json.loads(path.read_text("utf-8"))
    jsonschema.validate(data, SCHEMA)
    lines = path.read_text("utf-8").splitlines()
    assert [json.loads(line.rstrip(",")) for line in lines[1:-1]] == data  # still one review a line
    return data, report


# --- 1. ClaimReview inside <script type="application/ld+json"> -------------------------------------


def test_claimreview_can_be_pasted_inside_a_script_element(people, tmp_path):
    db = people
    title = f"عنوان {SCRIPT} <!-- & כותרת"
    publisher = f"Wire {SCRIPT}"
    [article] = _library(db, tmp_path, [{
        "title": title, "publisher": publisher, "published": "2024-10-20",
        "url": "https://news.example/a?x=1&y=2",
        "text": "أرسلت كوريا الشمالية أكثر من 10 آلاف جندي إلى روسيا.\n\nوقال المسؤولون إن الجنود يتدربون."}])
    # an older library kept the imported address as it came
    db.execute("UPDATE articles SET url = ? WHERE id = ?", [f"https://news.example/a?x={SCRIPT}&y=<!--", article])
    claim = _first_line_claim(db, article)
    statement = f"الادعاء {SCRIPT} <!-- x > y && z"
    change_claim(db, claim, statement=statement, who="dana")
    summary = f"لم يثبت {SCRIPT} <!-- a<b & c>d end"
    verdict = _publish(db, claim, summary, [Source(url="https://example.org/r")])
    organisation = f"مرصد {SCRIPT} \u2028 <!--"
    _kept_from_before(db, "organisation_name", organisation)  # refused as typed now (a control character)
    set_setting(db, "organisation_url", f"https://factcheck.example/{SCRIPT}", who="sara")
    set_setting(db, "review_url", "https://factcheck.example/<!--/{id}?a=1&b=</script>", who="sara")

    out = tmp_path / "claimreview.json"
    [review], report = _reviews(db, out)
    raw = out.read_bytes()
    assert b"<" not in raw and b">" not in raw and b"&" not in raw
    assert "\u2028".encode() not in raw and b"\\u003c/script\\u003e" in raw
    assert report.problems == []
    # every text comes back exactly as it was
    assert review["reviewBody"] == summary
    assert review["claimReviewed"] == statement
    assert review["author"]["name"] == organisation
    [appearance] = review["itemReviewed"]["appearance"]
    assert appearance["headline"] == title and appearance["publisher"]["name"] == publisher
    # and addresses percent-encoded, with their & kept (a query's separator)
    assert review["author"]["url"] == "https://factcheck.example/%3C/script%3E%3Cscript%3Ealert(1)%3C/script%3E"
    assert review["url"] == f"https://factcheck.example/%3C!--/{verdict}?a=1&b=%3C/script%3E"
    assert appearance["url"] == ("https://news.example/a?x=%3C/script%3E%3Cscript%3Ealert(1)%3C/script%3E"
                                 "&y=%3C!--")


def test_settings_kept_before_addresses_were_encoded_are_encoded_when_published(people, tmp_path):
    db = people
    [article] = _library(db, tmp_path, [{"title": "t", "url": "https://news.example/a",
                                         "text": "North Korea sent more than ten thousand troops."}])
    _publish(db, _first_line_claim(db, article), "Not proven", [Source(url="https://example.org/r")])
    set_setting(db, "organisation_name", "Desk", who="sara")
    set_setting(db, "organisation_url", "https://factcheck.example", who="sara")
    db.execute("UPDATE settings SET value = ? WHERE key = 'organisation_url'", ['https://factcheck.example/"x"'])
    [review], _ = _reviews(db, tmp_path / "a.json")
    assert review["author"]["url"] == "https://factcheck.example/%22x%22"
    assert review["url"].startswith("https://factcheck.example/%22x%22/fact-checks/")
    db.execute("UPDATE settings SET value = ? WHERE key = 'organisation_url'", ['https://factcheck.example"><x/'])
    before = (tmp_path / "a.json").read_bytes()
    with pytest.raises(BadInput, match=r"organisation_url.*is not a web address: its host holds '\"'"):
        write_claimreview(db, tmp_path / "a.json", who="sara")
    assert (tmp_path / "a.json").read_bytes() == before  # nothing written


# --- 2. addresses: encoded where they enter and where they leave -----------------------------------


WEB_ADDRESSES = [  # as given, as kept
    ("https://example.org/report", "https://example.org/report"),
    ("  https://example.org/a b  ", "https://example.org/a%20b"),
    ('https://example.org/"q"?x=<1>&y={2}|3^`4\\5', "https://example.org/%22q%22?x=%3C1%3E&y=%7B2%7D%7C3%5E%604%5C5"),
    ("https://example.org/%D9%83%d9%84/100%", "https://example.org/%D9%83%d9%84/100%25"),  # escapes kept as written
    ("https://ar.example/أخبار/روسيا-٢٠٢٤?ق=ש", "https://ar.example/أخبار/روسيا-٢٠٢٤?ق=ש"),  # an IRI's letters kept
    ("https://example.org/\u202egnp.exe", "https://example.org/%E2%80%AEgnp.exe"),
    (f"https://example.org/{LRM}{RLM}{ALM}{LRE}{RLE}{PDF}{LRO}{LRI}{RLI}{FSI}{PDI}",
     "https://example.org/%E2%80%8E%E2%80%8F%D8%9C%E2%80%AA%E2%80%AB%E2%80%AC%E2%80%AD%E2%81%A6%E2%81%A7%E2%81%A8%E2%81%A9"),
    ("https://example.org/a\x00b\x1fc\x7fd\x85e\x9ff", "https://example.org/a%00b%1Fc%7Fd%C2%85e%C2%9Ff"),
    ("https://example.org/a\u200bb\ufeffc\u00a0d\u3000e", "https://example.org/a%E2%80%8Bb%EF%BB%BFc%C2%A0d%E3%80%80e"),
    ("https://example.org/a\ud800b", "https://example.org/a%EF%BF%BDb"),  # no UTF-8: U+FFFD's
    ("\t https://example.org/a\u3000\n", "https://example.org/a"),  # spaces around it
    (f"https://example.org/a{RLM}", "https://example.org/a%E2%80%8F"),
    ("HTTPS://Example.ORG:8443/x#frag ment", "https://Example.ORG:8443/x#frag%20ment"),
    ("http://user:p w@example.org/", "http://user:p%20w@example.org/"),
    ("https://[2001:db8::1]:8080/a b", "https://[2001:db8::1]:8080/a%20b"),
    ("https://مثال.إختبار/", "https://مثال.إختبار/"),  # an internationalised host name
    ("https://xn--mgbh0fb.xn--kgbechtv/?a[]=1", "https://xn--mgbh0fb.xn--kgbechtv/?a[]=1"),
]
NOT_WEB = ["javascript:alert(1)", "file:///etc/passwd", "ftp://example.org/x", "data:text/html,x", "https://",
           "https:///example.org", "https:example.org", "//example.org/x", "example.org", "", "   ", "mailto:a@b.c",
           "https://user@/x", "https:\\\\example.org", f"{RLM}https://example.org/"]
BAD_HOSTS = [('https://exa"mple.org/', "'\"'"), ("https://example.org\\@good.example/", "'\\\\\\\\'"),
             ("https://exa mple.org/", "U\\+0020"), ("https://example\u202e.org/", "U\\+202E"),
             ("https://exa<mple.org/", "'<'"), ("https://example.org%2F/", "'%'"), ("https://[::1/", "'\\['"),
             ("https://[zz::1]/", "'z'"), ("https://ex\u200dample.org/", "U\\+200D")]


@pytest.mark.parametrize("given, kept", WEB_ADDRESSES)
def test_a_web_address_is_kept_with_its_unsafe_characters_encoded(given, kept):
    assert web_address(given) == kept
    assert web_address(kept) == kept  # once is enough
    assert shown_address(given) == kept


@pytest.mark.parametrize("given", NOT_WEB)
def test_what_is_not_a_web_address_is_refused(given):
    with pytest.raises(BadInput, match="is not a web address: only http:// and https:// addresses with a host"):
        web_address(given)


@pytest.mark.parametrize("given, character", BAD_HOSTS)
def test_a_host_no_host_name_can_be_is_refused_naming_the_character(given, character):
    with pytest.raises(AddressProblem, match=f"is not a web address: its host holds {character}"
                                             r"( \(U\+[0-9A-F]{4}\))?, which no host name can hold"):
        web_address(given)
    with pytest.raises(AddressProblem, match="its port '8o' is not a number"):
        web_address("https://example.org:8o/")
    shown = shown_address(given)  # an old value shown as text: every unsafe character encoded
    assert not re.search(r'[\s"<>\\^`{|}\u202a-\u202e\u2066-\u2069\u200d]', shown)


def test_plain_addresses_are_looked_at_as_closely_as_the_others():
    """web_address takes a shortcut for the plain addresses almost all are: it must give what
    the character-by-character rule gives, for any address."""
    alphabet = ["a", "Z", "0", ".", "-", "_", "~", "/", "?", "#", ":", "@", "%", "%4", "%41", "[", "]", "&", "=",
                "+", "!", "'", "(", " ", '"', "<", ">", "\\", "^", "`", "{", "|", "}", "\x00", "\x7f", "\x85", "é",
                "ب", RLO, RLM, "\u3000"]
    rng = random.Random(11)
    for _ in range(20000):
        value = rng.choice(["https://", "http://", "HTTP://", "ftp://", "https:", ""]) + "".join(
            rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        try:
            expected = _checked(value)
        except AddressProblem as exc:
            expected = exc
        try:
            got = web_address(value)
        except AddressProblem as exc:
            got = exc
        assert type(got) is type(expected) and str(got) == str(expected), value


def test_a_typed_source_address_is_encoded_and_a_non_web_one_refused(people, tmp_path):
    db = people
    [article] = _library(db, tmp_path, [{"title": "t", "text": "North Korea sent more than ten thousand troops."}])
    claim = _first_line_claim(db, article)
    verdict = set_verdict(db, claim, who="dana", rating="False", summary="s", sources=[
        Source(url='https://example.org/a b"<x>"\u202e', archive_url="https://web.archive.example/2024/https://example.org/a b")])
    [source] = get_verdict(db, verdict.id).sources
    assert source.url == "https://example.org/a%20b%22%3Cx%3E%22%E2%80%AE"
    assert source.archive_url == "https://web.archive.example/2024/https://example.org/a%20b"
    stored = db.execute("SELECT url, archive_url FROM verdict_sources").fetchall()
    assert stored == [(source.url, source.archive_url)]
    for url, reason in (("javascript:alert(1)", "only http:// and https:// addresses with a host are accepted"),
                        ("https://exa\u202emple.org/", "its host holds U+202E, which no host name can hold")):
        with pytest.raises(BadInput) as refused:
            set_verdict(db, claim, who="dana", rating="False", summary="s", sources=[Source(url=url)])
        assert str(refused.value) == f"source 1: address {url!r} is not a web address: {reason}"
        with pytest.raises(BadInput, match=r"source 1: archived copy .* is not a web address"):
            set_verdict(db, claim, who="dana", rating="False", summary="s",
                        sources=[Source(url="https://example.org/x", archive_url=url)])
    with pytest.raises(BadInput, match="source 1: address is 2821 characters long; the limit is 2048"):
        set_verdict(db, claim, who="dana", rating="False", summary="s",
                    sources=[Source(url="https://example.org/" + "a " * 700 + "b")])  # its escapes make it too long
    assert len(get_verdict(db, verdict.id).sources) == 1  # nothing of the refused revisions was written


def test_settings_keep_their_addresses_encoded(people):
    db = people
    set_setting(db, "organisation_url", 'https://factcheck.example/a b"', who="sara")
    assert get_setting(db, "organisation_url") == "https://factcheck.example/a%20b%22"
    set_setting(db, "review_url", "https://factcheck.example/<r>/{id} x", who="sara")
    assert get_setting(db, "review_url") == "https://factcheck.example/%3Cr%3E/{id}%20x"
    set_setting(db, "review_url", "https://factcheck.example/reviewid/{id}", who="sara")  # the placeholder's stand-in
    assert get_setting(db, "review_url") == "https://factcheck.example/reviewid/{id}"
    with pytest.raises(BadInput) as refused:
        set_setting(db, "review_url", "https://fact\u202echeck.example/{id}", who="sara")
    assert str(refused.value) == ("the address of a verdict's page (review_url) 'https://fact\\u202echeck.example/{id}' "
                                  "is not a web address: its host holds U+202E, which no host name can hold")
    with pytest.raises(BadInput, match=r"\(organisation_url\) 'ftp://x' is not a web address"):
        set_setting(db, "organisation_url", "ftp://x", who="sara")
    assert get_setting(db, "review_url") == "https://factcheck.example/reviewid/{id}"


def test_addresses_an_older_library_kept_are_encoded_in_both_exports(people, tmp_path):
    db = people
    good, bad, library_only = _library(db, tmp_path, [
        {"title": "one", "url": "https://news.example/one", "text": "North Korea sent more than ten thousand troops."},
        {"title": "two", "url": "https://news.example/two", "text": "North Korea sent over ten thousand soldiers."},
        {"title": "three", "text": "North Korea sent ten thousand troops, officials said."}])
    # kept as they came, before addresses were checked: raw characters, and a host no address has
    db.execute("UPDATE articles SET url = ? WHERE id = ?", ['https://news.example/o ne"<b>"\u202e', good])
    db.execute("UPDATE articles SET url = ? WHERE id = ?", ['https://news"><img src=x>.example/two', bad])
    claims = [_first_line_claim(db, a) for a in (good, bad)]
    decide(db, claims[0], claims[1], "same", who="dana")
    verdict = _publish(db, claims[0], "Not proven", [Source(url="https://example.org/r"), Source(article_id=good),
                                                     Source(article_id=library_only)])
    db.execute("UPDATE verdict_sources SET url = ? WHERE verdict_id = ? AND url = 'https://example.org/r'",
               ["https://example.org/r s|<t>", verdict])
    [row] = _csv(db, tmp_path / "v.csv")
    articles = _articles(row)
    assert articles[0].endswith("| https://news.example/o%20ne%22%3Cb%3E%22%E2%80%AE")
    assert articles[1].endswith("| https://news%22%3E%3Cimg%20src=x%3E.example/two")  # shown, inert
    assert row["source_urls"].split("\n") == ["https://example.org/r%20s%7C%3Ct%3E",
                                              "https://news.example/o%20ne%22%3Cb%3E%22%E2%80%AE",
                                              f"article {library_only}: three"]
    set_setting(db, "organisation_name", "Desk", who="sara")
    set_setting(db, "organisation_url", "https://factcheck.example", who="sara")
    [review], report = _reviews(db, tmp_path / "v.json")
    appearances = review["itemReviewed"]["appearance"]
    assert [a.get("url") for a in appearances] == ["https://news.example/o%20ne%22%3Cb%3E%22%E2%80%AE", None]
    assert [a["headline"] for a in appearances] == ["one", "two"]  # the second appears, without its address
    assert report.problems == [f"verdict {verdict}: the address of article {bad}, "
                               "'https://news\"><img src=x>.example/two', is not a web address: its host holds "
                               "'\"' (U+0022), which no host name can hold; the article is published as an "
                               "appearance without it"]


def test_rows_kept_by_an_earlier_version_are_composed_again(people, tmp_path):
    """A library upgraded with rows composed before addresses and direction controls were
    made safe: the composition's signature differs, and the first export composes every row."""
    db = people
    [article] = _library(db, tmp_path, [{"title": f"{RLO}gnp.exe", "url": "https://news.example/one",
                                         "text": "North Korea sent more than ten thousand troops."}])
    _publish(db, _first_line_claim(db, article), "Not proven", [Source(url="https://example.org/r")])
    _csv(db, tmp_path / "a.csv")
    db.execute("UPDATE articles SET url = 'https://news.example/o ne' WHERE id = ?", [article])  # the trigger marks it
    db.execute("DELETE FROM export_stale")
    db.execute("UPDATE export_rows SET cells = replace(cells, ?, ?)", ["gnp.exe", RLO + "gnp.exe"])
    db.execute("UPDATE export_rows SET cells = replace(cells, 'news.example/one', 'news.example/o ne')")
    db.execute("UPDATE export_format SET signature = 'as an earlier version composed them'")
    [row] = _csv(db, tmp_path / "b.csv")
    assert _articles(row) == ["gnp.exe | news.example |  | https://news.example/o%20ne"]
    assert export_rows.differing_rows(db) == []


def test_the_signature_follows_the_rules_for_directions_and_addresses():
    assert export_rows.signature() == export_rows._SIGNATURE
    keeps_overrides = lambda cells: [c if RLO in c else clean_cell(c) for c in cells]  # noqa: E731
    assert export_rows.signature(keeps_overrides) != export_rows._SIGNATURE
    leaves_isolates_open = lambda cells: [c if RLI in c else clean_cell(c) for c in cells]  # noqa: E731
    assert export_rows.signature(leaves_isolates_open) != export_rows._SIGNATURE
    assert export_rows.signature(address=lambda a: a) != export_rows._SIGNATURE  # addresses as stored
    assert export_rows.signature(address=lambda a: a if a is None else a.replace(" ", "%20")) != export_rows._SIGNATURE


# --- 3. direction controls -------------------------------------------------------------------------


def _balanced(text: str) -> bool:
    """Every embedding and isolate closed, on each line, and no closer without its opener."""
    for line in text.split("\n"):
        open_ = []
        for c in line:
            if c in (LRE, RLE):
                open_.append("E")
            elif c in (LRI, RLI, FSI):
                open_.append("I")
            elif c == PDF:
                if not open_ or open_.pop() != "E":
                    return False
            elif c == PDI:
                if not open_ or open_.pop() != "I":
                    return False
        if open_:
            return False
    return True


def test_direction_controls_are_balanced_and_overrides_left_out():
    cases = {
        f"{RLO}gnp.exe": "gnp.exe",
        f"a{LRO}b{PDF}c": "abc",  # an override's own PDF goes with it
        f"{RLE}مرحبا": f"{RLE}مرحبا{PDF}",
        f"{RLI}שלום{PDF}x": f"{RLI}שלוםx{PDI}",  # a PDF does not end an isolate
        f"x{PDF}y{PDI}z": "xyz",  # closers that end nothing
        f"{LRE}a{RLI}b{LRE}c{PDI}d": f"{LRE}a{RLI}b{LRE}c{PDF}{PDI}d{PDF}",  # a PDI ends what it holds
        f"{RLE}a{RLO}b{PDF}c{PDF}": f"{RLE}abc{PDF}",
        f"{FSI}a\nb{PDI}": f"{FSI}a{PDI}\nb",  # closed at the end of its line
        f"{LRM}x{RLM}y{ALM}z\u200c\u200d": f"{LRM}x{RLM}y{ALM}z\u200c\u200d",
        f"{RLI}balanced{PDI} {LRE}too{PDF}": f"{RLI}balanced{PDI} {LRE}too{PDF}",
    }
    for given, expected in cases.items():
        assert balanced_directions(given) == expected, given
        assert clean_text(given) == expected
        assert clean_text(expected) == expected  # once is enough
        assert _balanced(expected)
    assert clean_cell(f"{RLO}=1+1") == "'=1+1"  # no longer hidden behind the override
    assert clean_text("a\x85b\x9bc") == "a\ufffdb\ufffdc"  # C1 controls are control characters too


def test_a_row_is_made_safe_exactly_as_cell_by_cell_with_direction_controls():
    alphabet = ["a", "ب", "ש", "1", " ", "\n", "=", "\x00", "\x85", LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI,
                LRM, RLM, ALM]
    rng = random.Random(5)
    for _ in range(5000):
        row = tuple("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 5))) for _ in range(rng.randint(1, 5)))
        safe = list(safe_row(row))
        assert safe == [clean_cell(c) for c in row], row
        assert all(_balanced(c) and not any(o in c for o in OVERRIDES) for c in safe), row


def test_no_exported_value_displays_as_another_one(people, tmp_path):
    db = people
    arabic = f"أرسلت كوريا {RLO}الشمالية{PDF} أكثر من 10 آلاف {RLE}جندي، بحسب {LRM}CNN{RLM} {ALM}1{ALM}."
    hebrew = f"צפון קוריאה {RLI}שלחה יותר מ-10,000 חיילים, כך אמרו גורמים."
    ar_article, he_article, named = _library(db, tmp_path, [
        {"title": f"{RLO}gnp.exe", "publisher": f"{RLE}الجزيرة", "url": "https://aljazeera.example/a1",
         "published": "2024-10-20",
         "text": arabic + "\n\nوقال المسؤولون إن الجنود يتدربون."},
        {"title": f"{LRE}צפון קוריאה", "publisher": "הארץ", "url": "https://haaretz.example/b2",
         "published": "2024-10-21", "text": hebrew},
        {"title": f"{RLO}fdp.exe{LRI}", "text": "North Korea sent more than ten thousand troops to Russia."}])
    ar, he = (_first_line_claim(db, a) for a in (ar_article, he_article))
    decide(db, ar, he, "same", who="dana")
    summary = f"لم يثبت {RLI}العدد {LRO}10{PDF} {RLM}בכלל"
    verdict = _publish(db, ar, summary, [Source(url="https://example.org/r"), Source(article_id=named)])

    [row] = _csv(db, tmp_path / "v.csv")
    for column, value in row.items():
        assert not any(o in value for o in OVERRIDES), column
        assert _balanced(value), column
    assert row["summary"] == f"لم يثبت {RLI}العدد 10 {RLM}בכלל{PDI}"
    assert row["quotes_ar"] == f"أرسلت كوريا الشمالية أكثر من 10 آلاف {RLE}جندي، بحسب {LRM}CNN{RLM} {ALM}1{ALM}.{PDF}"
    assert row["quotes_he"] == hebrew + PDI
    # a title's or a publisher's embedding is closed before the next part of its line
    assert row["articles_ar"] == f"gnp.exe | {RLE}الجزيرة{PDF} | 2024-10-20 | https://aljazeera.example/a1"
    assert row["articles_he"] == f"{LRE}צפון קוריאה{PDF} | הארץ | 2024-10-21 | https://haaretz.example/b2"
    assert row["source_urls"].split("\n") == ["https://example.org/r", f"article {named}: fdp.exe{LRI}{PDI}"]

    _kept_from_before(db, "organisation_name", f"مرصد {RLO}التحقق")  # refused as typed now (invisible)
    set_setting(db, "organisation_url", "https://factcheck.example", who="sara")
    [review], _ = _reviews(db, tmp_path / "v.json")

    def strings(value):
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict):
            for v in value.values():
                yield from strings(v)
        elif isinstance(value, list):
            for v in value:
                yield from strings(v)

    for value in strings(review):
        assert not any(o in value for o in OVERRIDES) and _balanced(value), value
    assert review["reviewBody"] == row["summary"]
    assert review["claimReviewed"] == row["quotes_ar"]
    assert review["author"]["name"] == "مرصد التحقق"
    headlines = [a["headline"] for a in review["itemReviewed"]["appearance"]]
    assert headlines == ["gnp.exe", f"{LRE}צפון קוריאה{PDF}"]
    assert review["itemReviewed"]["author"]["name"] == f"{RLE}الجزيرة{PDF}"
    assert review["url"].endswith(f"/fact-checks/{verdict}")
