"""The pieces of claim matching: skeletons, quantities, glossary, signatures, the index."""

from __future__ import annotations

import pytest

from workbench.linking.glossary import load_glossary
from workbench.linking.matching import ClaimIndex, Item, may_link_automatically
from workbench.linking.signature import signature
from workbench.text.quantities import quantities
from workbench.text.skeleton import skeleton
from workbench.text.textnorm import fold


@pytest.mark.parametrize("spellings", [
    ["שויגו", "شويغو", "Shoigu"],
    ["פוטין", "بوتين", "Putin"],
    ["לנקוב", "لانكوف", "Lankov"],
    ["ג'ונג", "جونغ", "جونج", "Jong"],
    ["סרגיי", "سيرغي", "Sergei"],
    ["פיונגיאנג", "بيونغيانغ", "Pyongyang"],
    ["שנה", "سنة"], ["שלושה", "ثلاثة"], ["אלף", "ألف"], ["עולם", "عالم"],
])
def test_names_and_shared_roots_meet_across_scripts(spellings):
    assert len({skeleton(fold(word)) for word in spellings}) == 1, [skeleton(fold(w)) for w in spellings]


def test_different_names_stay_apart():
    assert skeleton(fold("بوتين")) != skeleton(fold("شويغو"))
    assert skeleton(fold("Lankov")) != skeleton(fold("Lavrov"))


@pytest.mark.parametrize("text", [
    "أرسلت أكثر من 10 آلاف جندي", "أرسلت أكثر من 10،000 جندي", "أرسلت ١٠٬٠٠٠ جندي",
    "שלחה עשרת אלפים חיילים", "sent 10,000 troops", "sent ten thousand troops", "عشرة آلاف جندي",
])
def test_numbers_are_comparable_in_every_writing(text):
    assert 10000 in [q.value for q in quantities(text) if q.kind == "number"]


@pytest.mark.parametrize("text", ["ב-25 ביולי", "في يوليو/تموز", "on 25 July", "في تموز"])
def test_months_in_each_language(text):
    assert [q.value for q in quantities(text) if q.kind == "month"][:1] == [7]


def test_number_words_and_years():
    values = [q.value for q in quantities("وأجرت كوريا الشمالية ست تجارب نووية منذ عام 2006")]
    assert 6 in values and 2006 in values
    assert [q.value for q in quantities("ثلاثة كيانات")] == [3]


def test_glossary_concepts_shared_by_languages():
    glossary = load_glossary()
    arabic = signature("نفت الدولتان توقيع اتفاقيات عسكرية", glossary).keys
    hebrew = signature("שתי המדינות הכחישו הסכמים צבאיים", glossary).keys
    english = signature("both countries denied military agreements", glossary).keys
    shared = set(arabic) & set(hebrew) & set(english)
    assert {"#deny"} <= shared, (arabic, hebrew, english)
    assert len([k for k in shared if k.startswith("#")]) >= 3


def test_glossary_prefix_terms_and_clitics():
    glossary = load_glossary()
    assert "#exercise" in signature("وتدريبات", glossary).keys
    assert "#exercise" in signature("התרגילים", glossary).keys


def test_user_terms_extend_the_glossary(db):
    from workbench.linking.glossary import add_term

    before = load_glossary(db)
    assert "#hypersonic" not in signature("צירקון", before).keys
    add_term(db, "hypersonic", "he", "צירקון", added_by="dana")
    after = load_glossary(db)
    assert "#hypersonic" in signature("וצירקון", after).keys
    assert after.fingerprint != before.fingerprint


def test_a_desks_term_needs_a_language_the_library_tells_apart(db):
    from workbench.kernel.errors import BadInput
    from workbench.linking.glossary import add_term, user_terms

    with pytest.raises(BadInput, match="'xx' is not a language"):
        add_term(db, "hypersonic", "xx", "צירקון", added_by="dana")
    add_term(db, "hypersonic", " HE ", "צירקון", added_by="dana")
    add_term(db, "hypersonic", "", "Zircon", added_by="dana")  # no language: und
    assert sorted(user_terms(db)) == [("hypersonic", "he", "צירקון"), ("hypersonic", "und", "Zircon")]


@pytest.mark.parametrize("bad", ["", "   ", "!!!", "12345", "x" * 20000, "a"])
def test_odd_claims_give_a_signature_without_failing(bad):
    sig = signature(bad, load_glossary())
    assert sig.words == len(fold(bad).split()) or sig.words <= 1
    index = ClaimIndex([Item(1, "ar", signature("روسيا ترسل جنودا", load_glossary())), Item(2, "ar", sig)])
    for candidate in index.query(sig, exclude={2}):
        assert 0.0 <= candidate.score <= 1.0


def _index(texts: dict[int, tuple[str, str]]) -> ClaimIndex:
    glossary = load_glossary()
    return ClaimIndex(Item(i, lang, signature(text, glossary)) for i, (lang, text) in texts.items())


def test_the_same_claim_ranks_first_across_languages():
    index = _index({
        1: ("he", "שר ההגנה הרוסי סרגיי שויגו ביקר בצפון קוריאה ב-25 ביולי"),
        2: ("ar", "وزير الدفاع الروسي سيرغي شويغو، الذي زار بيونغ يانغ في يوليو/تموز"),
        3: ("ar", "وفرضت الولايات المتحدة عقوبات على ثلاثة كيانات"),
        4: ("ar", "الرئيس الروسي فلاديمير بوتين يلتقي كيم في قمة"),
    })
    top = index.query(index.items[0].signature, exclude={1})
    assert top[0].claim_id == 2
    assert "SG" in [skeleton(fold(n.split(" = ")[0])) for n in top[0].reasons["names"]]
    assert "#visit" in ["#" + c for c in top[0].reasons["concepts"]]


def test_candidate_pairs_find_planted_duplicates_without_all_pairs():
    texts = {i: ("ar", f"بيان رقم {i * 7919} عن موضوع {i}") for i in range(1, 300)}
    texts[1000] = ("ar", "بيونغيانغ أرسلت أكثر من 10 آلاف جندي إلى روسيا")
    texts[1001] = ("ar", "كوريا الشمالية قد أرسلت أكثر من 10،000 جندي لدعم روسيا")
    index = _index(texts)
    pairs = {(index.items[a].claim_id, index.items[b].claim_id) for a, b, _ in index.candidate_pairs()}
    assert (1000, 1001) in pairs


def test_a_reworded_twin_is_found_among_sentences_built_alike():
    """A claim told again in another language with other words keeps its facts (who,
    when); sentences built like each side with another country are nearer on words."""
    others = [("الهند", "הודו"), ("إسبانيا", "ספרד"), ("البرازيل", "ברזיל"), ("كندا", "קנדה"),
              ("ألمانيا", "גרמניה"), ("فرنسا", "צרפת"), ("إيطاليا", "איטליה"), ("تركيا", "טורקיה"),
              ("مصر", "מצרים"), ("الأردن", "ירדן"), ("الصين", "סין"), ("روسيا", "רוסיה"),
              ("أوكرانيا", "אוקראינה"), ("بولندا", "פולין"), ("اليونان", "יוון"), ("كوبا", "קובה"),
              ("السويد", "שוודיה"), ("النرويج", "נורווגיה"), ("فنلندا", "פינלנד"), ("البرتغال", "פורטוגל")]
    texts = {1: ("ar", "أبرمت اليابان اتفاقية شراكة استراتيجية مع المغرب في أكتوبر 2022"),
             2: ("he", "יפן חתמה על אמנת הגנה עם מרוקו באוקטובר 2022")}
    for i, (arabic, hebrew) in enumerate(others):
        texts[10 + i] = ("ar", f"أبرمت {arabic} اتفاقية شراكة استراتيجية مع المغرب في أكتوبر 2022")
        texts[50 + i] = ("he", f"{hebrew} חתמה על אמנת הגנה עם מרוקו באוקטובר 2022")
        texts[100 + i] = ("ar", f"فرضت اليابان عقوبات على {arabic} في مايو 2021")  # Japan is no rarer than a treaty
        texts[150 + i] = ("he", f"יפן הטילה סנקציות על {hebrew} במאי 2021")
    index = _index(texts)
    twin = index.similarity(index.items[0].signature, index.items[1].signature)[0]
    nearer = [c for c in index.query(index.items[0].signature, top=len(texts), exclude={1}) if c.score > twin]
    assert len(nearer) > 10  # outranked on the whole score by sentences built alike
    pairs = {(index.items[a].claim_id, index.items[b].claim_id) for a, b, _ in index.candidate_pairs()}
    assert (1, 2) in pairs
    assert len(pairs) < len(texts) * (len(texts) - 1) / 2


def test_only_long_claims_in_one_language_with_the_same_figures_link_without_a_person():
    glossary = load_glossary()

    def item(language: str, text: str) -> Item:
        return Item(1, language, signature(text, glossary))

    long_ar = item("ar", "أرسلت كوريا الشمالية أكثر من 10 آلاف جندي إلى روسيا في تشرين الأول الماضي")
    same_ar = item("ar", "كوريا الشمالية أرسلت أكثر من 10،000 جندي إلى روسيا خلال تشرين الأول الماضي")
    other_figure = item("ar", "أرسلت كوريا الشمالية أكثر من 12 ألف جندي إلى روسيا في تشرين الأول الماضي")
    hebrew = item("he", "צפון קוריאה שלחה יותר מעשרת אלפים חיילים לרוסיה באוקטובר האחרון, כך נמסר")
    other_actor = item("ar", "أرسلت كوريا الجنوبية أكثر من 10 آلاف جندي إلى روسيا في تشرين الأول الماضي")
    short = item("ar", "أرسلت 10 آلاف جندي")
    assert may_link_automatically(long_ar, same_ar, 0.9)
    assert not may_link_automatically(long_ar, same_ar, 0.5)
    assert not may_link_automatically(long_ar, other_figure, 0.99)
    assert not may_link_automatically(long_ar, other_actor, 0.99)
    assert not may_link_automatically(long_ar, hebrew, 0.99)
    assert not may_link_automatically(long_ar, short, 0.99)


@pytest.mark.parametrize("text, kind, value", [
    ("ثلاثة عشر ألف جندي", "number", 13000), ("خمسة وعشرون", "number", 25), ("twenty five", "number", 25),
    ("5 بالمئة", "percent", 5), ("5 في المئة", "percent", 5), ("30%", "percent", 30),
    ("עשרים וחמישה אחוזים", "percent", 25), ("שלושה עשר", "number", 13), ("مئة جندي", "number", 100),
])
def test_compound_numbers_and_percentages(text, kind, value):
    assert [(q.kind, q.value) for q in quantities(text)] == [(kind, value)]


def test_ordinal_that_is_a_glossary_concept_counts_once():
    keys = signature("أول زيارة", load_glossary()).keys
    assert "#first" in keys and "^1" not in keys


def test_a_desks_term_wins_over_the_shipped_reading(db):
    from workbench.linking.glossary import add_term

    shipped = signature("לדון", load_glossary(db)).keys
    assert "#discuss" in shipped
    add_term(db, "negotiation", "he", "לדון", added_by="dana")
    mine = signature("לדון", load_glossary(db)).keys
    assert "#negotiation" in mine and "#discuss" not in mine


@pytest.mark.parametrize("text, present, absent", [
    ("שמונה חיילים", {"=8", "#troops"}, {"#appoint"}),
    ("في تشرين الأول", {"@10"}, {"#first"}),
])
def test_number_and_month_words_are_not_read_as_other_words(text, present, absent):
    keys = set(signature(text, load_glossary()).keys)
    assert present <= keys and not absent & keys


def test_english_may_is_a_month_only_in_phrases():
    assert [q.value for q in quantities("since May 2023") if q.kind == "month"] == [5]
    assert not [q for q in quantities("the talks may resume") if q.kind == "month"]
