"""Claims anchored to the original text: validation, context, re-anchoring, edits, delete and restore."""

import pytest
from conftest import by_name

from workbench.claims.marking import (
    anchor_for,
    claims_of,
    create_claim,
    delete_claim,
    get_claim,
    move_claim,
    numbers_in,
    reanchor,
    restore_claim,
    snap_to_words,
    update_claim,
)
from workbench.kernel.errors import BadInput, NotFound
from workbench.library.ingest import import_paths


def test_seed_claims_can_be_marked_at_their_offsets(library, seed):
    for c in seed["claims"]:
        article = by_name(library, c["article"])
        claim = create_claim(library, article["id"], c["start"], c["end"], checker="Noa", kind=c["kind"])
        assert (claim.start, claim.end, claim.quote) == (c["start"], c["end"], c["quote"])
        assert claim.prefix == article["text"][max(0, c["start"] - 32):c["start"]]
        assert claim.suffix == article["text"][c["end"]:c["end"] + 32]
    assert library.execute("SELECT count(*) FROM claims").fetchone()[0] == len(seed["claims"])


def test_selection_white_space_is_trimmed_and_numbers_extracted(library):
    article = by_name(library, "001_3a0885cf1020a608.txt")
    text = article["text"]
    start = text.index("أرسلت أكثر من 10 آلاف جندي")
    claim = create_claim(library, article["id"], start - 1, start + len("أرسلت أكثر من 10 آلاف جندي") + 1, checker="Ali")
    assert claim.quote == "أرسلت أكثر من 10 آلاف جندي" and claim.start == start
    assert claim.numbers == ["10"]
    assert numbers_in("أرسلت ١٠٬٠٠٠ جندي و 3.5 مليون") == ["10,000", "3.5"]


@pytest.mark.parametrize("span, reason", [((10, 10), "outside"), ((5, 3), "outside"), ((-1, 4), "outside"),
                                          ((0, 10**7), "outside")])
def test_spans_outside_the_text_are_refused(library, span, reason):
    with pytest.raises(BadInput, match=reason):
        create_claim(library, 1, *span, checker="x")


def test_whitespace_only_and_boilerplate_selections_are_refused(library):
    article = by_name(library, "000_884bf961611e0af5.txt")
    text = article["text"]
    newline = text.index("\n")
    with pytest.raises(BadInput, match="empty or only white space"):
        create_claim(library, article["id"], newline, newline + 1, checker="x")
    notice = text.index("הרשמו לערוץ הטלגרם")
    with pytest.raises(BadInput, match="folded boilerplate"):
        create_claim(library, article["id"], notice - 20, notice + 5, checker="x")
    assert claims_of(library, article["id"]) == []


def test_a_deleted_article_is_reported(library):
    with pytest.raises(NotFound, match="article 999"):
        create_claim(library, 999, 0, 5, checker="x")


def test_snap_to_words_keeps_arabic_words_whole():
    text = "أرسلت أكثر من 10 آلاف جندي"
    start = text.index("كثر")  # inside أكثر
    end = text.index("آلاف") + 2  # inside آلاف
    s, e = snap_to_words(text, start, end)
    assert text[s:e] == "أكثر من 10 آلاف"


def test_snap_includes_diacritics_of_the_last_letter():
    text = "قال مُحَمَّدٌ ذلك"
    s, e = snap_to_words(text, 4, 6)
    assert text[s:e] == "مُحَمَّدٌ"


def test_reanchor_by_quote_and_context():
    text = "troops said troops. Officials said 10,000 troops were sent."
    assert reanchor(text, "troops", prefix="Officials said 10,000 ", suffix=" were") == (42, 48)
    assert reanchor(text, "troops", hint=12) == (12, 18)
    assert reanchor(text, "tanks") is None


def test_edit_move_delete_and_restore(library):
    article = by_name(library, "002_8cd855bd8944e8de.txt")
    text = article["text"]
    start = text.index("لم تقم مطلقا بصفقات أسلحة")
    claim = create_claim(library, article["id"], start, start + 6, checker="Ali")
    edited = update_claim(library, claim.id, statement="North Korea never made arms deals with Russia",
                          kind="denial", tags="arms, Russia", people=["Kim Jong Un"])
    assert (edited.kind, edited.tags, edited.people) == ("denial", ["arms", "Russia"], ["Kim Jong Un"])
    assert edited.updated_at
    moved = move_claim(library, claim.id, start, start + len("لم تقم مطلقا بصفقات أسلحة"))
    assert moved.quote == "لم تقم مطلقا بصفقات أسلحة"
    with pytest.raises(BadInput, match="kind must be one of"):
        update_claim(library, claim.id, kind="rumour")
    with pytest.raises(BadInput, match="cannot change quote"):
        update_claim(library, claim.id, quote="other")
    gone = delete_claim(library, claim.id)
    with pytest.raises(NotFound):
        get_claim(library, claim.id)
    back = restore_claim(library, gone)
    assert back == moved


def test_a_claim_number_is_never_given_twice(library, db_path):
    from workbench.db import audit
    from workbench.db.store import open_db

    first = create_claim(library, 1, 0, 5, checker="Noa")
    newest = create_claim(library, 1, 6, 12, checker="Noa")
    gone = delete_claim(library, newest.id)
    other = create_claim(library, 1, 20, 30, checker="Noa")
    assert other.id == newest.id + 1  # SQLite alone gave the deleted claim's number again
    assert restore_claim(library, gone).id == newest.id
    with pytest.raises(BadInput, match=f"claim {newest.id} cannot be restored: it is there already"):
        restore_claim(library, gone)
    assert {e.action for e in audit.entries(library) if e.entity == "claim" and e.entity_id == str(other.id)} == {
        "create"}
    delete_claim(library, other.id)
    library.close()
    reopened = open_db(db_path)  # the highest number given outlives the claim that had it
    assert create_claim(reopened, 1, 40, 50, checker="Noa").id == other.id + 1 > first.id
    reopened.close()


def test_the_upgrade_counts_numbers_the_log_has_seen(library, db_path):
    from workbench.db.store import open_db

    claim = create_claim(library, 1, 0, 5, checker="Noa")
    delete_claim(library, claim.id)  # no claim left; the log still tells of it
    library.executescript("DROP TRIGGER claim_ids_follow; DROP TABLE claim_ids; "
                          "DELETE FROM _sqlite_migrations WHERE name = 'm012_claim_ids';")
    library.close()
    upgraded = open_db(db_path)
    assert create_claim(upgraded, 1, 0, 5, checker="Noa").id == claim.id + 1
    upgraded.close()


def test_claim_count_shows_in_the_library_list(library):
    from workbench.library.articles import list_articles

    create_claim(library, 1, 0, 5, checker="Noa")
    counts = {a.id: a.claim_count for a in list_articles(library)}
    assert counts[1] == 1 and sum(counts.values()) == 1


def test_anchor_holds_quote_and_context(library):
    anchor = anchor_for(library, 1, 0, 5)
    text = by_name(library, "000_884bf961611e0af5.txt")["text"]
    assert (anchor.quote, anchor.prefix, anchor.suffix) == (text[0:5], "", text[5:37])


def test_list_fields_split_on_arabic_and_latin_separators_but_not_inside_numbers():
    from workbench.claims.marking import join_list, split_list

    assert split_list("10,000; 3.5, 25 ") == ["10,000", "3.5", "25"]
    assert split_list("بوتين، كيم جونغ أون؛ شويغو") == ["بوتين", "كيم جونغ أون", "شويغو"]
    assert split_list(join_list(["10,000", "arms, Russia"])) == ["10,000", "arms", "Russia"]


def test_resize_and_edit_together_is_all_or_nothing(library):
    from workbench.claims.marking import change_claim

    claim = create_claim(library, 1, 0, 5, checker="Noa")
    with pytest.raises(BadInput):
        change_claim(library, claim.id, statement="changed", span=(0, 10**7))
    assert get_claim(library, claim.id).statement == ""


def test_no_claims_on_an_earlier_version(db, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Title\nold text here\n", "utf-8")
    old = import_paths(db, [path]).added[0]
    path.write_text("Title\nnew text here\n", "utf-8")
    import_paths(db, [path])
    with pytest.raises(BadInput, match="earlier version"):
        create_claim(db, old, 6, 9, checker="x")


def test_one_span_is_one_claim(library):
    first = create_claim(library, library_article(library), 10, 30, checker="dana")
    with pytest.raises(BadInput, match=f"marked already as claim {first.id}"):
        create_claim(library, first.article_id, first.start, first.end, checker="omar")
    other = create_claim(library, first.article_id, 40, 60, checker="dana")
    with pytest.raises(BadInput, match="marked already"):
        move_claim(library, other.id, first.start, first.end)
    assert move_claim(library, first.id, first.start, first.end).id == first.id  # its own span is fine


def library_article(db) -> int:
    return db.execute("SELECT id FROM articles WHERE is_current = 1 ORDER BY id LIMIT 1").fetchone()[0]
