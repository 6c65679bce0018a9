"""Search: normalised matching, ranking, snippets from the original text, and any input is safe."""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.library.ingest import import_paths
from workbench.library.search import RANK_SQL, find_matches, parse_query, search


@pytest.fixture
def library(db, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    records = [
        {"title": "لقاء مُحَمَّد", "text": "قال مُحَمَّدٌ إنَّ الاجتماعَ في مَدرسةٍ كبيرة انتهى. وروسيا تراقب."},
        {"title": "שלום עכשיו", "text": "הוא אמר שָׁלוֹם לכולם בצפון הארץ, ואז הלך."},
        {"title": "أخبار", "text": "أرسلت كوريا ١٠٬٠٠٠ جندي إلى روسيا، وفق مصادر إسلامية وأمريكية."},
        {"title": "Summit in Pyongyang", "text": "Putin and Kim met in Pyongyang. Both countries denied arms deals."},
        {"title": "Troops", "text": "Pyongyang sent more than 10,000 troops, officials said about Pyongyang."},
    ]
    (folder / "batch.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), "utf-8")
    assert import_paths(db, [folder]).ok
    return db


def titles(hits):
    return [h.title for h in hits]


@pytest.mark.parametrize(
    "query, expected_title",
    [
        ("محمد", "لقاء مُحَمَّد"),  # no diacritics in the query, diacritics in the text
        ("مُحَمَّد", "لقاء مُحَمَّد"),
        ("مدرسه", "لقاء مُحَمَّد"),  # taa marbuta
        ("שלום", "שלום עכשיו"),  # niqqud in the text, final mem
        ("צפון", "שלום עכשיו"),  # found inside בצפון
        ("اسلامية", "أخبار"),  # alef with hamza
        ("10000", "أخبار"),  # Arabic-Indic digits with Arabic thousands separator fold to 10,000 -> 10 000
        ("امريكيه", "أخبار"),
    ],
)
def test_normalised_queries_find_the_article(library, query, expected_title):
    if query == "10000":
        query = "١٠٬٠٠٠"
    assert expected_title in titles(search(library, query))


def test_clitic_forms_are_found_by_the_bare_word(library):
    found = titles(search(library, "روسيا"))
    assert set(found) == {"لقاء مُحَمَّد", "أخبار"}  # وروسيا and روسيا


def test_all_words_must_occur_and_phrases_keep_order(library):
    assert titles(search(library, "Pyongyang troops")) == ["Troops"]
    assert titles(search(library, '"arms deals"')) == ["Summit in Pyongyang"]
    assert titles(search(library, '"deals arms"')) == []


def test_prefix_query(library):
    assert set(titles(search(library, "Pyong*"))) == {"Summit in Pyongyang", "Troops"}


def test_title_matches_rank_first(library):
    assert titles(search(library, "Pyongyang"))[0] == "Summit in Pyongyang"


def test_snippet_and_highlights_come_from_the_original_text(library):
    hit = search(library, "محمد")[0]
    assert [hit.snippet[s:e] for s, e in hit.highlights] == ["مُحَمَّدٌ"]
    text = library.execute("SELECT text FROM articles WHERE id = ?", [hit.id]).fetchone()[0]
    assert [text[s:e] for s, e in hit.matches] == ["مُحَمَّدٌ"]


def test_language_filter(library):
    assert titles(search(library, "Pyongyang", language="ar")) == []
    assert len(search(library, "Pyongyang", language="en")) == 2


@pytest.mark.parametrize("query", ['"', "(", ")", "AND(", "*", "NOT", "OR OR", "a AND", "NEAR(x y", '"unclosed',
                                   "col:value", "^start", "-", "+", "'", "{}", "   ", "", "“«„", "ארה\"ב"])
def test_fts_syntax_in_user_input_never_raises(library, query):
    search(library, query)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40))
def test_any_text_is_a_valid_query(library, query):
    search(library, query)  # the library is only read, so sharing it between examples is safe
    assert isinstance(parse_query(query), list)


def test_matches_of_a_phrase_with_a_geresh():
    text = 'גורמים ביטחוניים בארה"ב סבורים'
    spans = find_matches(text, parse_query('"ארה"ב"') + parse_query('ארה"ב'))
    assert any(text[s:e].endswith('ארה"ב') for s, e in spans)


def test_language_filter_is_applied_before_ranking(db, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    records = [{"title": f"English {i}", "text": f"Pyongyang report number {i}", "language": "en"} for i in range(60)]
    records.append({"title": "עברית", "text": "Pyongyang נזכרת בכתבה עברית", "language": "he"})
    (folder / "b.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), "utf-8")
    import_paths(db, [folder])
    assert [h.title for h in search(db, "Pyongyang", limit=1, language="he")] == ["עברית"]


def test_very_common_words_rank_the_newest_matches(db, tmp_path, monkeypatch):
    monkeypatch.setattr("workbench.library.search.RANK_WINDOW", 3)
    folder = tmp_path / "window"
    folder.mkdir()
    records = [{"title": f"Story {i}", "text": "summit " * (10 if i == 0 else 1) + f"number {i}"} for i in range(6)]
    (folder / "s.jsonl").write_text("\n".join(json.dumps(r) for r in records), "utf-8")
    import_paths(db, [folder])
    found = [h.title for h in search(db, "summit")]
    assert sorted(found) == ["Story 3", "Story 4", "Story 5"]  # the oldest, best match is past the window
    monkeypatch.setattr("workbench.library.search.RANK_WINDOW", 5000)
    assert search(db, "summit")[0].title == "Story 0"


def test_snippet_deep_in_an_arabic_article_highlights_the_words_as_written(db, tmp_path):
    filler = "تقرير عن الطقس والأسواق في المنطقة. " * 40  # the match is far past the snippet's reach
    text = filler + "وقال وزيرُ الخارجيّةِ إنَّ المُفاوَضاتِ مستمرة، وأكّد الوزيرُ أنَّ المفاوضات ستنتهي قريباً. " + filler
    (tmp_path / "deep.jsonl").write_text(json.dumps({"title": "خبر", "text": text, "language": "ar"}), "utf-8")
    import_paths(db, [tmp_path / "deep.jsonl"])
    [hit] = search(db, "مفاوضات")
    start = text.index(hit.snippet)
    assert start > 0 and len(hit.snippet) <= 160
    assert [hit.snippet[s:e] for s, e in hit.highlights] == ["المُفاوَضاتِ", "المفاوضات"]
    # the same code-point ranges as every match of the whole text that lies in the snippet
    assert [(s - start, e - start) for s, e in hit.matches if start <= s and e <= start + len(hit.snippet)] \
        == hit.highlights
    assert [text[s:e] for s, e in hit.matches] == ["المُفاوَضاتِ", "المفاوضات"]
    assert hit.as_dict()["matches"] == hit.matches


def test_snippet_of_an_article_matched_by_its_title_only_is_its_beginning(db, tmp_path):
    (tmp_path / "t.jsonl").write_text(json.dumps({"title": "Pyongyang", "text": "A story\nabout the north."}), "utf-8")
    import_paths(db, [tmp_path / "t.jsonl"])
    [hit] = search(db, "Pyongyang")
    assert (hit.snippet, hit.highlights, hit.matches) == ("A story about the north.", [], [])


@pytest.mark.parametrize("language", [None, "en"])
def test_earlier_versions_are_not_found(db, tmp_path, language):
    path = tmp_path / "feed.jsonl"
    record = {"title": "Summit", "text": "Pyongyang talks, first report.", "url": "https://example.org/1", "language": "en"}
    path.write_text(json.dumps(record), "utf-8")
    import_paths(db, [path])
    path.write_text(json.dumps({**record, "text": "Pyongyang talks, corrected report."}), "utf-8")
    import_paths(db, [path])
    current = db.execute("SELECT id FROM articles WHERE is_current = 1").fetchone()[0]
    assert [h.id for h in search(db, "Pyongyang talks", language=language)] == [current]
    assert [h.id for h in search(db, "first", language=language)] == []


def test_ranking_uses_the_weights_the_index_was_set_up_with(db):
    configured = db.execute("SELECT v FROM articles_fts_config WHERE k = 'rank'").fetchone()[0]
    assert RANK_SQL == configured.replace("bm25(", "bm25(articles_fts, ")


def test_the_rank_window_counts_only_matches_in_the_chosen_language(db, tmp_path, monkeypatch):
    monkeypatch.setattr("workbench.library.search.RANK_WINDOW", 2)
    records = [{"title": f"עברית {i}", "text": f"Pyongyang בכתבה {i}", "language": "he"} for i in range(3)]
    records += [{"title": f"English {i}", "text": f"Pyongyang report {i}", "language": "en"} for i in range(5)]
    (tmp_path / "w.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), "utf-8")
    import_paths(db, [tmp_path / "w.jsonl"])
    assert sorted(h.title for h in search(db, "Pyongyang", language="he")) == ["עברית 1", "עברית 2"]
    assert sorted(h.title for h in search(db, "Pyongyang")) == ["English 3", "English 4"]
