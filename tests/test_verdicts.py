"""Verdicts on claim clusters: content checks, sources, the workflow's rules, revisions,
coverage when clusters merge and split, optimistic saves, the review queue."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from workbench.claims.marking import change_claim, create_claim, delete_claim, get_claim
from workbench.db import audit
from workbench.kernel.errors import BadInput, Conflict, NotFound, Refused
from workbench.linking.links import decide, split_off, withdraw
from workbench.review.people import register
from workbench.review.sources import Source, canonical_url
from workbench.review.verdicts import (
    NEW,
    QueueFilter,
    diff,
    get_verdict,
    history,
    merge,
    queue,
    queue_count,
    ratings,
    set_rating,
    set_verdict,
    state_counts,
    transition,
    verdict_of_claim,
)

URL_A = "https://example.org/report"
URL_B = "https://news.example.com/2024/denial"


@pytest.fixture
def desk(desk):
    """The sample library, two checkers, two supervisors, and a claim in each article."""
    db = desk
    register(db, "omar", "supervisor", by="sara")
    register(db, "lina", "checker", by="sara")
    claims = []
    for (article_id,) in db.execute("SELECT id FROM articles ORDER BY id").fetchall():
        start, end = db.execute(  # the longest paragraph that is not folded boilerplate
            'SELECT p.start, p."end" FROM paragraphs p WHERE p.article_id = ? AND NOT EXISTS (SELECT 1 FROM folds f '
            'WHERE f.article_id = p.article_id AND f.start < p."end" AND f."end" > p.start) '
            'ORDER BY p."end" - p.start DESC LIMIT 1', [article_id]).fetchone()
        claims.append(create_claim(db, article_id, start, min(end, start + 80), checker="dana").id)
    db.claims = claims
    return db


def _draft(db, claim, who="dana", sources=(URL_A,), **fields):
    values = {"rating": "False", "summary": "لم يحدث ذلك", "rationale": "", **fields}
    return set_verdict(db, claim, who=who, sources=[Source(url=u) for u in sources], **values)


def test_a_verdict_covers_the_cluster_and_setting_it_again_revises_it(desk):
    a, b, c = desk.claims[:3]
    decide(desk, a, b, "same", who="dana")
    first = _draft(desk, a, rationale="فقرة أولى\n\nSecond paragraph with https://example.org/x")
    assert first.claims == [a, b] and first.revision == 1 and first.state == "draft"
    again = _draft(desk, b, summary="Not true")  # the other claim of the cluster: same verdict
    assert again.id == first.id and again.revision == 2 and again.summary == "Not true"
    assert desk.execute("SELECT count(*) FROM verdicts").fetchone()[0] == 1
    assert verdict_of_claim(desk, c) is None
    assert [r.action for r in history(desk, first.id)] == ["create", "revise"]
    assert get_verdict(desk, first.id).rationale == ""  # the second save left it empty


def test_bad_content_is_refused_and_nothing_is_written(desk):
    claim = desk.claims[0]
    cases = [
        ({"rating": "Falsy"}, "unknown rating 'Falsy'"),
        ({"rating": "false"}, "unknown rating 'false': the scale writes it 'False'"),
        ({"summary": "   "}, "summary is empty"),
        ({"summary": "two\nlines"}, "one line"),
        ({"rationale": "x" * 1_048_576}, "1,048,576 characters"),
    ]
    for fields, message in cases:
        with pytest.raises(BadInput, match=message):
            _draft(desk, claim, **fields)
    for url in ("javascript:alert(1)", "file:///etc/passwd", "ftp://example.org/x", "https://", "data:text/html,x"):
        with pytest.raises(BadInput, match="source 2.*not a web address"):
            _draft(desk, claim, sources=(URL_A, url))
    with pytest.raises(Refused, match="not a person of this desk"):
        _draft(desk, claim, who="mallory")
    assert desk.execute("SELECT count(*) FROM verdicts").fetchone()[0] == 0
    assert desk.execute("SELECT count(*) FROM verdict_sources").fetchone()[0] == 0


def test_a_bad_revision_leaves_the_previous_one(desk):
    verdict = _draft(desk, desk.claims[0], rationale="قبل")
    with pytest.raises(BadInput):
        _draft(desk, desk.claims[0], rationale="x" * 1_048_576)
    kept = get_verdict(desk, verdict.id)
    assert (kept.revision, kept.rationale) == (1, "قبل")
    assert len(history(desk, verdict.id)) == 1


def test_sources_duplicates_are_flagged_and_articles_are_linked_not_copied(desk):
    article_id, title = desk.execute("SELECT id, title FROM articles ORDER BY id LIMIT 1").fetchone()
    verdict = set_verdict(desk, desk.claims[0], who="dana", rating="Misleading", summary="s", sources=[
        Source(url=URL_A, title="Report", stance="contradicts"),
        Source(url="http://www.EXAMPLE.org/report/?utm_source=x#top"),
        Source(article_id=article_id, passage="اقتباس"),
        Source(article_id=article_id),
    ])
    assert [s.duplicate_of for s in verdict.sources] == [None, 1, None, 3]
    assert "source 2 repeats source 1" in verdict.warnings()
    assert verdict.sources[2].title == title  # shown from the library
    stored = desk.execute("SELECT title, url FROM verdict_sources WHERE article_id IS NOT NULL").fetchall()
    assert stored == [("", None), ("", None)]
    assert canonical_url("https://www.example.org/a/?b=2&a=1") == canonical_url("http://example.org/a?a=1&b=2")
    with pytest.raises(BadInput, match="source 1: there is no article 999"):
        set_verdict(desk, desk.claims[0], who="dana", rating="False", summary="s", sources=[Source(article_id=999)])
    with pytest.raises(BadInput, match="source 1: date published '13/09/2023' is not a date"):
        set_verdict(desk, desk.claims[0], who="dana", rating="False", summary="s",
                    sources=[Source(url=URL_A, published="13/09/2023")])


@pytest.mark.parametrize("field, value, reason", [
    ("published", "2024-10-20 nonsense", "is not a date"),
    ("published", "2024-13-01", "is not a date"),
    ("accessed", "2999-01-01", "is in the future"),
])
def test_a_source_date_must_be_a_real_date_not_in_the_future(desk, field, value, reason):
    with pytest.raises(BadInput, match=f"source 1: date {field} {value!r} {reason}"):
        set_verdict(desk, desk.claims[0], who="dana", rating="False", summary="s",
                    sources=[Source(url=URL_A, **{field: value})])
    assert desk.execute("SELECT count(*) FROM verdicts").fetchone()[0] == 0
    stored = set_verdict(desk, desk.claims[0], who="dana", rating="False", summary="s",
                         sources=[Source(url=URL_A, published="2024-10-20T08:30:00+03:00", accessed="2024-10-21")])
    assert (stored.sources[0].published, stored.sources[0].accessed) == ("2024-10-20T08:30:00+03:00", "2024-10-21")


def test_the_workflow_from_draft_to_published(desk):
    verdict = _draft(desk, desk.claims[0], sources=())
    with pytest.raises(Refused, match="no source"):
        transition(desk, verdict.id, "submit", who="dana")
    verdict = _draft(desk, desk.claims[0], sources=(URL_A, URL_B))
    verdict = transition(desk, verdict.id, "submit", who="dana")
    assert verdict.state == "submitted" and verdict.submitted_at
    with pytest.raises(Refused, match="only a supervisor may approve"):
        transition(desk, verdict.id, "approve", who="lina")
    with pytest.raises(Refused, match="cannot be changed: it is submitted"):
        _draft(desk, desk.claims[0])
    with pytest.raises(BadInput, match="needs a comment"):
        transition(desk, verdict.id, "return", who="sara")
    returned = transition(desk, verdict.id, "return", who="sara", comment="المصدر الثاني لا يكفي")
    assert returned.state == "returned" and returned.comment == "المصدر الثاني لا يكفي"
    with pytest.raises(Refused, match="revise it first"):
        transition(desk, verdict.id, "submit", who="dana")
    _draft(desk, desk.claims[0], sources=(URL_A, URL_B), summary="better")
    transition(desk, verdict.id, "submit", who="dana")
    with pytest.raises(Refused, match="not approved yet"):
        transition(desk, verdict.id, "publish", who="sara")
    transition(desk, verdict.id, "approve", who="sara")
    published = transition(desk, verdict.id, "publish", who="omar")
    assert published.state == "published" and published.published_at
    with pytest.raises(Refused, match="published: a supervisor reopens it"):
        _draft(desk, desk.claims[0])
    with pytest.raises(Refused, match="only a supervisor may reopen"):
        transition(desk, verdict.id, "reopen", who="dana")
    reopened = transition(desk, verdict.id, "reopen", who="sara")
    assert reopened.state == "draft"
    actions = [r.action for r in history(desk, verdict.id)]
    assert actions == ["create", "revise", "submit", "return", "revise", "submit", "approve", "publish", "reopen"]
    published_revision = history(desk, verdict.id)[7]
    assert (published_revision.state, published_revision.summary) == ("published", "better")


def test_nobody_approves_their_own_verdict_even_after_a_role_change(desk):
    verdict = _draft(desk, desk.claims[0], who="dana")
    transition(desk, verdict.id, "submit", who="dana")
    with pytest.raises(Refused, match="cannot change their own role"):
        register(desk, "sara", "checker", by="sara")
    register(desk, "dana", "supervisor", by="sara")  # promoted after writing it
    with pytest.raises(Refused, match="four-eyes"):
        transition(desk, verdict.id, "approve", who="dana")
    # a supervisor who revised it is an author too
    other = _draft(desk, desk.claims[1], who="dana")
    _draft(desk, desk.claims[1], who="sara", summary="sharper")
    transition(desk, other.id, "submit", who="dana")
    with pytest.raises(Refused, match="four-eyes"):
        transition(desk, other.id, "approve", who="sara")
    assert transition(desk, other.id, "approve", who="omar").state == "approved"


def test_people_are_added_by_a_supervisor_once_there_is_one(desk):
    with pytest.raises(Refused, match="only a supervisor"):
        register(desk, "eve", "supervisor", by="dana")
    with pytest.raises(Refused, match="only a supervisor"):
        register(desk, "eve", "checker")
    assert desk.execute("SELECT count(*) FROM people WHERE name = 'eve'").fetchone()[0] == 0


def test_history_diff_names_what_changed(desk):
    verdict = _draft(desk, desk.claims[0], rationale="سطر أول\nسطر ثان")
    _draft(desk, desk.claims[0], rating="Mixed", rationale="سطر أول\nسطر ثالث", sources=(URL_A, URL_B))
    before, after = history(desk, verdict.id)
    lines = diff(before, after)
    assert "rating: 'False' -> 'Mixed'" in lines
    assert "-سطر ثان" in lines and "+سطر ثالث" in lines
    assert f"source added: {URL_B} (supports)" in lines


def test_revisions_cannot_be_changed_or_deleted(desk):
    verdict = _draft(desk, desk.claims[0])
    for sql in ("UPDATE verdict_revisions SET summary = 'x'", "DELETE FROM verdict_revisions"):
        with pytest.raises(Exception, match="never"):
            desk.execute(sql)
    assert history(desk, verdict.id)[0].summary == "لم يحدث ذلك"


def test_a_save_over_someone_elses_newer_revision_is_refused(desk):
    opened = _draft(desk, desk.claims[0])
    _draft(desk, desk.claims[0], who="lina", summary="lina's change")
    with pytest.raises(Conflict, match="changed by lina .*since you opened revision 1"):
        set_verdict(desk, desk.claims[0], who="dana", rating="False", summary="dana's change",
                    expected_revision=opened.revision)
    assert get_verdict(desk, opened.id).summary == "lina's change"
    with pytest.raises(Conflict, match="lina wrote verdict"):
        set_verdict(desk, desk.claims[0], who="dana", rating="False", summary="new", expected_revision=NEW)
    with pytest.raises(Conflict):
        transition(desk, opened.id, "submit", who="dana", expected_revision=1)


def test_merging_clusters_with_two_verdicts_is_flagged_and_resolved(desk):
    a, b, c = desk.claims[:3]
    first, second = _draft(desk, a), _draft(desk, b, summary="other")
    messages = decide(desk, a, b, "same", who="dana")
    assert any(f"verdict {first.id} now also covers claim(s) {b}" in m for m in messages)
    assert any(f"verdicts {first.id}, {second.id} now cover one cluster" in m for m in messages)
    assert get_verdict(desk, first.id).conflicts == [second.id]
    with pytest.raises(Refused, match="merge them first"):
        _draft(desk, a)
    with pytest.raises(Refused, match="do not cover one cluster"):
        merge(desk, first.id, _draft(desk, c).id, who="dana")
    with pytest.raises(BadInput, match=f"verdict {first.id} cannot be merged into itself"):
        merge(desk, first.id, first.id, who="dana")
    kept = merge(desk, first.id, second.id, who="dana")
    assert kept.claims == [a, b] and kept.conflicts == []
    gone = get_verdict(desk, second.id)
    assert (gone.state, gone.merged_into, gone.claims) == ("merged", first.id, [])
    assert history(desk, second.id)[-1].action == "merged"
    with pytest.raises(Refused, match=f"verdict {second.id} was merged into verdict {first.id} already"):
        merge(desk, first.id, second.id, who="dana")
    assert [e.action for e in audit.entries(desk, entity="verdict") if e.action in ("coverage", "conflict")] \
        == ["coverage", "coverage", "conflict"]


def test_a_split_keeps_the_verdict_with_the_larger_part_and_names_the_rest(desk):
    a, b, c = desk.claims[:3]
    decide(desk, a, b, "same", who="dana")
    decide(desk, b, c, "same", who="dana")
    verdict = _draft(desk, a)
    assert verdict.claims == [a, b, c]
    split = split_off(desk, a, who="dana")  # the anchor leaves: the verdict stays with b and c
    assert any("no longer covers" in m for m in split.messages)
    moved = get_verdict(desk, verdict.id)
    assert moved.claims == [b, c] and moved.anchor_claim in (b, c)
    assert verdict_of_claim(desk, a) is None
    lost = [e for e in audit.entries(desk, entity="verdict", entity_id=verdict.id) if e.action == "coverage"]
    assert lost[-1].details["lost"] == [a]
    messages = withdraw(desk, b, c, who="dana")
    assert any("no longer covers" in m for m in messages)
    assert len(get_verdict(desk, verdict.id).claims) == 1


def _links(db) -> set[tuple[int, int, str]]:
    return {tuple(r) for r in db.execute("SELECT a, b, decision FROM claim_links")}


def test_what_a_reviewed_verdict_covers_is_changed_by_a_supervisor_only(desk):
    """Its claims are what a supervisor approved, and what the export gives partners."""
    a, b, c, d = desk.claims[:4]
    verdict = _draft(desk, a)
    transition(desk, verdict.id, "submit", who="dana")
    transition(desk, verdict.id, "approve", who="sara")
    with pytest.raises(Refused, match=f"claim\\(s\\) {b}\\).*it is approved: only a supervisor may change what"):
        decide(desk, a, b, "same", who="dana")
    assert _links(desk) == set() and get_verdict(desk, verdict.id).claims == [a]  # nothing half-done
    decide(desk, b, c, "same", who="dana")  # claims no reviewed verdict covers: anyone links them
    messages = decide(desk, a, b, "same", who="sara")
    assert get_verdict(desk, verdict.id).claims == [a, b, c] and any("now also covers" in m for m in messages)
    transition(desk, verdict.id, "publish", who="omar")
    for change in (lambda: split_off(desk, c, who="lina"), lambda: withdraw(desk, a, b, who="dana"),
                   lambda: decide(desk, d, a, "same", who="nobody")):
        before = _links(desk)
        with pytest.raises(Refused, match="it is published: only a supervisor"):
            change()
        assert _links(desk) == before and get_verdict(desk, verdict.id).claims == [a, b, c]
    split_off(desk, c, who="omar")
    assert get_verdict(desk, verdict.id).claims == [a, b]
    claim = get_claim(desk, b)  # and so are its claims' quotes, statements and tags
    for change in (lambda: change_claim(desk, b, tags=["troops"], who="dana"),
                   lambda: change_claim(desk, b, span=(claim.start, claim.end - 5), who="lina"),
                   lambda: delete_claim(desk, b, who="dana")):
        with pytest.raises(Refused, match=f"claim {b} is covered by verdict {verdict.id}, which is published: only a"):
            change()
        assert get_claim(desk, b) == claim and get_verdict(desk, verdict.id).claims == [a, b]
    assert get_claim(desk, b).tags == [] and change_claim(desk, b, tags=["troops"], who="sara").tags == ["troops"]
    change_claim(desk, c, tags=["troops"], who="dana")  # split off: no reviewed verdict covers it now


def test_deleting_a_claim_moves_the_verdict_or_is_refused_for_its_last_claim(desk):
    a, b = desk.claims[:2]
    decide(desk, a, b, "same", who="dana")
    verdict = _draft(desk, a)
    delete_claim(desk, a, who="dana")
    assert get_verdict(desk, verdict.id).claims == [b]
    with pytest.raises(Refused, match="only claim of verdict"):
        delete_claim(desk, b, who="dana")
    assert desk.execute("SELECT count(*) FROM claims WHERE id = ?", [b]).fetchone()[0] == 1


def test_the_rating_scale_is_configurable_by_a_supervisor(desk):
    assert [label for label, _ in ratings(desk)] == [
        "True", "Mostly true", "Mixed", "Mostly false", "False", "Misleading", "Unverifiable"]
    with pytest.raises(Refused):
        set_rating(desk, "Satire", 0, who="dana")
    set_rating(desk, "Satire", 0, who="sara")
    assert _draft(desk, desk.claims[0], rating="Satire").rating == "Satire"
    set_rating(desk, "Satire", 0, who="sara", retired=True)
    assert "Satire" not in dict(ratings(desk))
    with pytest.raises(BadInput, match="unknown rating"):
        _draft(desk, desk.claims[1], rating="Satire")


@pytest.mark.parametrize("value", [float("inf"), float("-inf"), float("nan")])
def test_a_ratings_value_is_a_finite_number(desk, value):
    """ClaimReview publishes it, and JSON has no infinity (Python's json writes one all the same)."""
    before = dict(ratings(desk))
    with pytest.raises(BadInput, match="its value must be a number"):
        set_rating(desk, "Misleading", value, who="sara")
    with pytest.raises(BadInput, match="its value must be a number"):
        set_rating(desk, "Satire", value, who="sara")
    assert dict(ratings(desk)) == before


def test_the_queue_filters_sorts_and_counts(desk):
    ids = []
    for claim in desk.claims[:4]:
        verdict = _draft(desk, claim, who="lina" if claim == desk.claims[3] else "dana")
        ids.append(transition(desk, verdict.id, "submit", who=verdict.checker).id)
    decide(desk, desk.claims[0], desk.claims[4], "same", who="dana")
    now = datetime.now(timezone.utc)
    for verdict_id, waited in zip(ids, (timedelta(hours=5), timedelta(minutes=2), timedelta(hours=30),
                                        timedelta(minutes=40))):
        desk.execute("UPDATE verdicts SET submitted_at = ? WHERE id = ?",
                     [(now - waited).isoformat(timespec="seconds"), verdict_id])
    assert [r.id for r in queue(desk)] == [ids[2], ids[0], ids[3], ids[1]]  # longest waiting first
    assert queue_count(desk) == 4
    assert [r.id for r in queue(desk, QueueFilter(checker="lina"))] == [ids[3]]
    assert [r.id for r in queue(desk, QueueFilter(min_cluster_size=2))] == [ids[0]]
    assert queue(desk, QueueFilter(order="cluster"))[0].id == ids[0]
    language = desk.execute("SELECT languages FROM verdicts WHERE id = ?", [ids[1]]).fetchone()[0].split(",")[0]
    assert ids[1] in [r.id for r in queue(desk, QueueFilter(language=language))]
    assert [r.id for r in queue(desk, QueueFilter(min_age_days=1))] == [ids[2]]
    words = " ".join(queue(desk)[0].quote.split()[1:4])  # words, any form: folded like the library search
    assert ids[2] in [r.id for r in queue(desk, QueueFilter(text=words))]
    assert queue(desk, QueueFilter(text="zzzz")) == [] and queue_count(desk, QueueFilter(text="zzzz")) == 0
    transition(desk, ids[3], "withdraw", who="lina")
    set_verdict(desk, desk.claims[3], who="lina", rating="False", summary="أطلقت الصواريخ")
    assert [r.id for r in queue(desk, QueueFilter(state="draft", text="صواريخ"))] == [ids[3]]
    assert [r.id for r in queue(desk, offset=1, limit=2)] == [ids[0], ids[1]]
    transition(desk, ids[0], "approve", who="sara")
    assert state_counts(desk) == {"draft": 1, "submitted": 2, "approved": 1, "returned": 0, "published": 0}


def test_unknown_verdict_is_named(desk):
    with pytest.raises(NotFound, match="no verdict 42"):
        transition(desk, 42, "submit", who="dana")


@pytest.mark.parametrize("name, fields", [
    ("summary", {"summary": "bell \x07 in it"}),
    ("summary", {"summary": "escape \x1b[31m red"}),
    ("rationale", {"rationale": "a paragraph\x00 with a NUL"}),
    ("rationale", {"rationale": "form feed\x0c between pages"}),
])
def test_control_characters_are_refused_naming_the_field(desk, name, fields):
    with pytest.raises(BadInput, match=f"the {name} holds a control character .*cannot be published"):
        _draft(desk, desk.claims[0], **fields)
    assert desk.execute("SELECT count(*) FROM verdicts").fetchone()[0] == 0


def test_tabs_and_line_breaks_are_text_in_the_rationale(desk):
    rationale = "first\tcolumn\r\nsecond line\n\nthird paragraph"
    assert _draft(desk, desk.claims[0], summary="a\ttab", rationale=rationale).rationale == rationale
    with pytest.raises(BadInput, match="one line"):
        _draft(desk, desk.claims[0], summary="carriage\rreturn")


@pytest.mark.parametrize("name", ["summary", "rationale"])
def test_bytes_that_were_not_utf8_are_refused_naming_the_field(desk, name):
    with pytest.raises(BadInput, match=f"the {name} holds bytes that are not UTF-8 text \\(character 5\\)"):
        _draft(desk, desk.claims[0], **{name: "bad \udcff byte"})
    assert desk.execute("SELECT count(*) FROM verdicts").fetchone()[0] == 0


def test_the_command_line_names_the_field_with_bytes_that_were_not_utf8(desk, tmp_path):
    from click.testing import CliRunner

    from workbench.cli.main import main

    db_path = desk.execute("PRAGMA database_list").fetchone()[2]
    base = ["--db", db_path, "--user", "dana", "verdict", "set", str(desk.claims[0]), "--rating", "False"]
    # what a shell passes for $'bad \xff byte' in a UTF-8 locale: Python keeps the byte as a surrogate
    result = CliRunner().invoke(main, [*base, "--summary", "bad \udcff byte"])
    assert result.exit_code == 2 and "the summary holds bytes that are not UTF-8 text" in result.output
    latin1 = tmp_path / "rationale.txt"
    latin1.write_bytes("café".encode("latin-1"))
    result = CliRunner().invoke(main, [*base, "--summary", "s", "--rationale-file", str(latin1)])
    assert result.exit_code == 2 and "is not UTF-8 text (byte 4)" in result.output
    assert desk.execute("SELECT count(*) FROM verdicts").fetchone()[0] == 0


def test_changing_a_rating_value_counts_the_published_verdicts_it_changes(desk):
    verdict = _draft(desk, desk.claims[0])
    transition(desk, verdict.id, "submit", who="dana")
    transition(desk, verdict.id, "approve", who="sara")
    assert set_rating(desk, "False", 0.5, who="sara") == 0  # approved, not yet published
    transition(desk, verdict.id, "publish", who="sara")
    assert set_rating(desk, "False", 0.5, who="sara") == 0  # the same value
    assert set_rating(desk, "False", 1, who="sara", retired=True) == 1
    assert set_rating(desk, "True", 6, who="sara") == 0 and set_rating(desk, "Satire", 0, who="sara") == 0
