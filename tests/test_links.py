"""Claims imported from a gold file, links decided by people, clusters, whole-library linking."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import shared_corpus

from workbench.claims.importing import import_claims
from workbench.claims.marking import create_claim, get_claim, update_claim
from workbench.kernel.errors import BadInput, NotFound
from workbench.library.ingest import import_paths
from workbench.linking.clusters import cluster_of, clusters
from workbench.linking.links import decide, link_all, resolve_claim, split_off, suggest, withdraw


def _write(tmp_path: Path, data) -> Path:
    path = tmp_path / "claims.json"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return path


def test_import_the_hand_marked_claims_with_their_pairs(library, seed, tmp_path):
    report = import_claims(library, _write(tmp_path, seed), who="dana")
    assert not report.problems
    assert len(report.added) == len(seed["claims"])
    for record in seed["claims"]:
        claim = get_claim(library, report.added[record["id"]])
        assert (claim.start, claim.end, claim.quote) == (record["start"], record["end"], record["quote"])
        assert claim.external_id == record["id"]
    assert report.pairs == len(seed["duplicate_pairs"])
    a, b = seed["duplicate_pairs"][0]
    assert report.added[b] in cluster_of(library, report.added[a])
    again = import_claims(library, _write(tmp_path, seed), who="dana")
    assert not again.added and len(again.already) == len(seed["claims"])
    assert library.execute("SELECT count(*) FROM claims").fetchone()[0] == len(seed["claims"])


def test_moved_offsets_are_reanchored_by_the_quote(library, seed, tmp_path):
    record = dict(seed["claims"][1], start=seed["claims"][1]["start"] + 7, end=seed["claims"][1]["end"] + 7)
    report = import_claims(library, _write(tmp_path, {"claims": [record]}), who="dana")
    assert report.reanchored == [f"{record['id']}: {record['start']}-{record['end']} -> "
                                 f"{seed['claims'][1]['start']}-{seed['claims'][1]['end']}"]
    claim = get_claim(library, report.added[record["id"]])
    assert (claim.start, claim.quote) == (seed["claims"][1]["start"], record["quote"])


def test_bad_claims_are_reported_and_the_good_ones_go_in(library, seed, tmp_path):
    good = seed["claims"][0]
    bad = [
        {"id": "no-quote", "article": good["article"], "start": 0, "end": 5},
        {"id": "unknown-article", "article": "nowhere.txt", "start": 0, "end": 5, "quote": "x"},
        {"id": "out-of-range", "article": good["article"], "start": 10**6, "end": 10**6 + 4, "quote": "ليس هنا"},
        {"id": "text-offsets", "article": good["article"], "start": "a", "end": 5, "quote": "x"},
        "not an object",
    ]
    report = import_claims(library, _write(tmp_path, {"claims": [good, *bad], "duplicate_pairs": [[good["id"], "no-quote"]]}),
                           who="dana")
    assert list(report.added) == [good["id"]]
    text = "\n".join(report.problems)
    for reason in ("no-quote: missing quote", "nowhere.txt", "out-of-range: offsets", "whole numbers",
                   "#6: not an object", "pair"):
        assert reason in text
    assert library.execute("SELECT count(*) FROM claims").fetchone()[0] == 1
    assert library.execute("SELECT count(*) FROM claim_links").fetchone()[0] == 0


@pytest.mark.parametrize("content", ["{", "[]", '{"claims": 3}', '{"claims": [], "duplicate_pairs": 1}'])
def test_an_invalid_file_stores_nothing(library, tmp_path, content):
    path = tmp_path / "claims.json"
    path.write_text(content, "utf-8")
    with pytest.raises(BadInput, match="claims.json"):
        import_claims(library, path, who="dana")
    assert library.execute("SELECT count(*) FROM claims").fetchone()[0] == 0


def test_a_bad_pair_is_named_and_the_others_link_claims_of_this_file_or_imported_before(library, seed, tmp_path):
    first, second, third = seed["claims"][:3]
    import_claims(library, _write(tmp_path, {"claims": [first]}), who="dana")
    report = import_claims(library, _write(tmp_path, {
        "claims": [second, third],
        "duplicate_pairs": [[second["id"]], [first["id"], second["id"]], "x", [third["id"], "nowhere"],
                            [second["id"], third["id"]]]}), who="dana")
    assert sorted(report.added) == sorted([second["id"], third["id"]]) and report.pairs == 2
    problems = "\n".join(report.problems)
    assert "duplicate pair #1" in problems and "duplicate pair #3" in problems
    assert f"pair {third['id']} / nowhere: one or both of its claims are not in the library" in problems
    assert len(report.problems) == 3
    ids = {c["id"]: resolve_claim(library, c["id"]) for c in (first, second, third)}
    assert cluster_of(library, ids[first["id"]]) == sorted(ids.values())  # the earlier claim linked too


@pytest.fixture
def marked(library, seed, tmp_path):
    report = import_claims(library, _write(tmp_path, seed), who="dana", with_pairs=False)
    return report.added


def test_suggestions_rank_the_true_duplicate_and_say_why(library, marked):
    found = suggest(library, marked["ar2-shoigu"], top=5)
    assert found[0].claim_id == marked["he-shoigu-visit"]
    reasons = found[0].reasons
    assert reasons["names"] and reasons["concepts"]
    assert all(0 <= c.score <= 1 for c in found)
    assert [c.score for c in found] == sorted((c.score for c in found), reverse=True)


def test_external_ids_resolve(library, marked):
    assert resolve_claim(library, "ar1-troops") == marked["ar1-troops"]
    assert resolve_claim(library, str(marked["ar1-troops"])) == marked["ar1-troops"]
    with pytest.raises(NotFound, match="nope"):
        resolve_claim(library, "nope")


def test_decisions_are_kept_and_rejected_pairs_never_come_back(library, marked):
    a, b = marked["ar1-troops"], marked["ar4-troops"]
    assert b in [c.claim_id for c in suggest(library, a)]
    decide(library, a, b, "different", who="dana")
    assert b not in [c.claim_id for c in suggest(library, a)]
    assert a not in [c.claim_id for c in suggest(library, b)]
    row = library.execute("SELECT decision, origin, decided_by FROM claim_links").fetchone()
    assert row == ("different", "person", "dana")
    assert withdraw(library, b, a) is not None and withdraw(library, a, b) is None
    assert b in [c.claim_id for c in suggest(library, a)]
    decide(library, a, b, "different", who="dana")
    with pytest.raises(BadInput):
        decide(library, a, a, "same", who="dana")
    with pytest.raises(BadInput):
        decide(library, a, b, "maybe", who="dana")


def test_confirmed_links_form_clusters_and_a_claim_can_be_split_off(library, marked):
    d2, d3, d4 = marked["ar2-denial"], marked["ar3-denial"], marked["ar4-denial"]
    decide(library, d2, d3, "same", who="dana")
    decide(library, d3, d4, "same", who="dana")
    assert cluster_of(library, d2) == sorted([d2, d3, d4])
    assert sorted([d2, d3, d4]) in clusters(library)
    split = split_off(library, d3, who="omar")
    assert sorted(split.left) == sorted([d2, d4])
    assert split.messages == []  # no verdict on the cluster: nothing to reconcile
    assert cluster_of(library, d3) == [d3]
    assert cluster_of(library, d2) == sorted([d2, d4])
    assert d3 not in [c.claim_id for c in suggest(library, d2, top=50)]


def test_link_all_is_incremental_and_keeps_people_in_charge(library, marked):
    first = link_all(library)
    assert first.scored == len(marked) and not first.cancelled
    candidates = {tuple(r) for r in library.execute("SELECT a, b FROM link_candidates")}
    cross = tuple(sorted((marked["ar2-shoigu"], marked["he-shoigu-visit"])))
    assert cross in candidates
    auto = library.execute("SELECT a, b FROM claim_links WHERE origin = 'auto'").fetchall()
    for a, b in auto:  # automatic links only between long claims of one language
        assert get_claim(library, a).quote.count(" ") >= 7 and get_claim(library, b).quote.count(" ") >= 7
    assert link_all(library).scored == 0
    update_claim(library, marked["ar1-troops"], statement="North Korea sent more than 10,000 troops to Russia")
    again = link_all(library)
    assert again.scored == 1


def test_link_all_can_be_cancelled_and_resumed(library, marked, monkeypatch):
    import workbench.linking.links as links

    monkeypatch.setattr(links, "_BATCH", 10)
    stopped = link_all(library, progress=lambda done, total: False)
    assert stopped.cancelled and stopped.scored == 10
    rest = link_all(library)
    assert rest.scored == len(marked) - 10


def test_deleting_a_claim_removes_its_links(library, marked):
    from workbench.claims.marking import delete_claim

    a, b = marked["ar1-troops"], marked["ar4-troops"]
    decide(library, a, b, "same", who="dana")
    delete_claim(library, b)
    assert library.execute("SELECT count(*) FROM claim_links").fetchone()[0] == 0


def test_eval_links_on_the_sample(tmp_path):
    """The goals: hit@1 >= 0.75, hit@5 >= 0.95, F1 >= 0.75 at the default threshold."""
    from workbench.linking.evaluation import evaluate

    corpus = shared_corpus()
    if corpus is None:
        pytest.skip("the hand-marked corpus is not beside the project")
    figures = evaluate(corpus / "seed-claims.json")
    assert not figures.problems
    assert figures.hit1 >= 0.75 and figures.hit5 >= 0.95 and figures.f1 >= 0.75, figures.as_dict()
    assert figures.hit1 > figures.baseline["hit1"] and figures.hit5 > figures.baseline["hit5"]
    assert figures.cross_language_found >= 0.8 * figures.cross_language_pairs > 0


def test_eval_links_on_the_second_set():
    """A second hand-marked set on other stories (Gaza talks, an earthquake, an IAEA
    report, a poll) in Arabic, Hebrew and English, shipped in bench/heldout."""
    from conftest import ROOT

    from workbench.linking.evaluation import evaluate

    figures = evaluate(ROOT / "bench" / "heldout" / "gold.json")
    assert not figures.problems
    assert figures.hit1 >= 0.9 and figures.hit5 >= 0.95 and figures.f1 >= 0.85, figures.as_dict()
    assert figures.cross_language_found >= 0.9 * figures.cross_language_pairs > 10


def test_eval_links_reports_a_bad_gold_file(tmp_path, seed):
    from workbench.linking.evaluation import evaluate

    shutil.copytree(shared_corpus() / "articles", tmp_path / "articles")
    gold = dict(seed, claims=seed["claims"] + [{"id": "ghost", "article": "missing.txt", "start": 0, "end": 3,
                                                 "quote": "abc"}])
    path = _write(tmp_path, gold)
    figures = evaluate(path)
    assert any("missing.txt" in p for p in figures.problems)
    assert figures.claims_with_duplicates > 0


def test_a_claim_created_in_the_window_is_suggested_for(library, marked):
    article = library.execute("SELECT article_id FROM claims WHERE id = ?", [marked["ar4-troops"]]).fetchone()[0]
    existing = get_claim(library, marked["ar4-troops"])
    create_claim(library, article, existing.start, existing.start + 20, checker="dana")
    assert suggest(library, marked["ar1-troops"], top=10)


def test_sentences_of_unmarked_articles_that_state_a_claim(library, seed):
    from workbench.linking.glossary import load_glossary
    from workbench.linking.links import load_index
    from workbench.linking.sentence_links import sentence_candidates

    record = next(c for c in seed["claims"] if c["id"] == "he-shoigu-visit")
    article = library.execute("SELECT id FROM articles WHERE source_path LIKE ?", ["%" + record["article"]]).fetchone()[0]
    claim = create_claim(library, article, record["start"], record["end"], checker="dana")
    glossary = load_glossary(library)
    found = sentence_candidates(library, claim.id, index=load_index(library, glossary), glossary=glossary)
    twin = next(c for c in seed["claims"] if c["id"] == "ar2-shoigu")
    assert found and found[0].article_id != article
    text = library.execute("SELECT text FROM articles WHERE id = ?", [found[0].article_id]).fetchone()[0]
    assert text[found[0].start:found[0].end] == found[0].quote
    assert twin["quote"] in found[0].quote and found[0].reasons["names"]


def test_a_read_only_library_still_gives_suggestions(library, marked, db_path):
    import os

    from workbench.db.store import open_db

    library.close()
    os.chmod(db_path, 0o444)
    try:
        read_only = open_db(db_path, create=False)
        assert suggest(read_only, marked["ar2-shoigu"])[0].claim_id == marked["he-shoigu-visit"]
    finally:
        os.chmod(db_path, 0o644)


def test_a_reimport_keeps_a_persons_decision_and_reports_only_new_pairs(library, seed, tmp_path):
    path = _write(tmp_path, seed)
    first = import_claims(library, path, who="import")
    a, b = (first.added[x] for x in seed["duplicate_pairs"][0])
    decide(library, a, b, "different", who="dana")
    again = import_claims(library, path, who="import")
    assert again.pairs == 0 and not again.added
    assert library.execute("SELECT decision, decided_by FROM claim_links WHERE a = ? AND b = ?",
                           [min(a, b), max(a, b)]).fetchone() == ("different", "dana")


def test_bad_pairs_and_repeated_ids_are_named_and_the_rest_goes_in(library, seed, tmp_path):
    one, two = seed["claims"][0], seed["claims"][1]
    moved = dict(two, start=two["start"] + 1, end=two["end"] + 1)
    report = import_claims(library, _write(tmp_path, {"claims": [one, two, moved],
                                                       "duplicate_pairs": [[one["id"], one["id"]],
                                                                           [one["id"], two["id"]]]}), who="dana")
    assert set(report.added) == {one["id"], two["id"]} and report.pairs == 1
    text = "\n".join(report.problems)
    assert f"claim {two['id']}: the id is used twice" in text and "cannot be paired with itself" in text


def test_different_inside_a_cluster_is_refused(library, marked):
    d2, d3, d4 = marked["ar2-denial"], marked["ar3-denial"], marked["ar4-denial"]
    decide(library, d2, d3, "same", who="dana")
    decide(library, d3, d4, "same", who="dana")
    with pytest.raises(BadInput, match="split one of them off"):
        decide(library, d2, d4, "different", who="dana")
    assert cluster_of(library, d2) == sorted([d2, d3, d4])
    decide(library, d2, d3, "different", who="dana")  # breaks the only link of d2: allowed
    assert cluster_of(library, d2) == [d2]


def test_a_number_is_a_claim_id_first(library, seed, tmp_path):
    record = dict(seed["claims"][0], id="1")
    import_claims(library, _write(tmp_path, {"claims": [seed["claims"][1], record]}), who="dana")
    assert resolve_claim(library, "1") == 1 and resolve_claim(library, "#2") == 2


def test_a_capital_counts_as_its_country_for_automatic_links(library, marked):
    report = link_all(library)
    troops = tuple(sorted((marked["ar1-troops"], marked["ar4-troops"])))
    auto = {tuple(r) for r in library.execute("SELECT a, b FROM claim_links WHERE origin = 'auto'")}
    assert troops in auto and report.linked >= 1


def test_the_automatic_linker_leaves_a_published_verdicts_claims_to_a_supervisor(library, marked):
    from workbench.review.people import register
    from workbench.review.sources import Source
    from workbench.review.verdicts import get_verdict, set_verdict, transition

    register(library, "dana", "checker")
    register(library, "sara", "supervisor")
    register(library, "omar", "supervisor", by="sara")
    troops = sorted((marked["ar1-troops"], marked["ar4-troops"]))
    verdict = set_verdict(library, troops[0], who="dana", rating="False", summary="لم يحدث", rationale="",
                          sources=[Source(url="https://example.org/report")])
    for action, who in (("submit", "dana"), ("approve", "sara"), ("publish", "omar")):
        transition(library, verdict.id, action, who=who)
    link_all(library)
    pair = [list(r) for r in library.execute("SELECT a, b FROM claim_links")]
    assert troops not in pair and get_verdict(library, verdict.id).claims == [troops[0]]
    assert library.execute("SELECT 1 FROM link_candidates WHERE a = ? AND b = ?", troops).fetchone()  # suggested
    decide(library, *troops, "same", who="sara")
    assert get_verdict(library, verdict.id).claims == troops



def test_a_claim_names_one_article_of_a_file_of_several_by_its_number(db, tmp_path):
    """``news.jsonl#2`` as 'workbench list' shows it; the bare file name of a file of several is
    refused, naming the choices, where it used to take one of them without a word."""
    articles = tmp_path / "news.jsonl"
    articles.write_text("\n".join(json.dumps({"title": title, "text": text}, ensure_ascii=False) for title, text in [
        ("الأول", "قالت الحكومة إن أكثر من عشرة آلاف جندي وصلوا إلى الحدود أمس."),
        ("השני", "הממשלה הודיעה כי יותר מעשרת אלפים חיילים הגיעו לגבול אתמול.")]) + "\n", "utf-8")
    import_paths(db, [articles])
    quote = "יותר מעשרת אלפים חיילים"

    def claim(claim_id: str, article: str) -> dict:
        return {"id": claim_id, "article": article, "start": 14, "end": 14 + len(quote), "quote": quote}

    report = import_claims(db, _write(tmp_path, {"claims": [claim("by-number", "news.jsonl#2"),
                                                            claim("bare", "news.jsonl"),
                                                            claim("no-such", "news.jsonl#3")]}), who="dana")
    added = get_claim(db, report.added["by-number"])
    assert added.quote == quote and db.execute("SELECT source_record FROM articles WHERE id = ?",
                                               [added.article_id]).fetchone()[0] == 2
    assert set(report.added) == {"by-number"}
    problems = " ".join(str(p) for p in report.problems)
    assert "'news.jsonl': the file holds 2 articles; name one as news.jsonl#1 … news.jsonl#2" in problems
    assert "'news.jsonl#3' is not in the library" in problems
