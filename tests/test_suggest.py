"""Suggested claims: check-worthy sentences with reasons, measured against the hand-marked claims."""

from conftest import DATA, by_name

from workbench.claims.checkworthy import decide, sentences, suggest_for_article, suggest_for_text
from workbench.claims.marking import create_claim
from workbench.library.ingest import import_paths
from workbench.text.boilerplate import find_folds


def overlaps(suggestion, claim) -> bool:
    covered = min(suggestion.end, claim["end"]) - max(suggestion.start, claim["start"])
    return covered >= 0.5 * (claim["end"] - claim["start"])


def test_recall_of_hand_marked_claims_is_at_least_0_8(seed, sample_articles):
    texts = {p.name: p.read_text("utf-8") for p in sample_articles}
    found = {name: suggest_for_text(t, [(f.start, f.end) for f in find_folds(t)]) for name, t in texts.items()}
    recalled = [c for c in seed["claims"] if any(overlaps(s, c) for s in found[c["article"]])]
    recall = len(recalled) / len(seed["claims"])
    assert recall >= 0.8, recall
    total_sentences = sum(len(sentences(t)) for t in texts.values())
    assert sum(len(v) for v in found.values()) < total_sentences  # not simply everything


def test_reasons_are_given():
    text = ("قال مسؤول إن بيونغ يانغ أرسلت أكثر من 10 آلاف جندي. ونفت موسكو ذلك. "
            "الطقس جميل اليوم في المدينة الهادئة.\n"
            "לדבריו, צפון קוריאה הכחישה כל עסקת נשק. Officials expect the summit will take place soon.")
    found = {s.quote: s.reasons for s in suggest_for_text(text)}
    assert "quantity" in found["قال مسؤول إن بيونغ يانغ أرسلت أكثر من 10 آلاف جندي."]
    assert "attribution" in found["قال مسؤول إن بيونغ يانغ أرسلت أكثر من 10 آلاف جندي."]
    assert "denial" in found["ونفت موسكو ذلك."]
    assert "denial" in found["לדבריו, צפון קוריאה הכחישה כל עסקת נשק."]
    assert "prediction" in found["Officials expect the summit will take place soon."]
    assert not any(q.startswith("الطقس") for q in found)


def test_publication_date_lines_are_not_suggested():
    text = "عنوان الخبر\nتاريخ النشر: 13th, September 2023 GMT\nقال مسؤول إن 10 آلاف جندي وصلوا."
    assert [s.quote for s in suggest_for_text(text)] == ["قال مسؤول إن 10 آلاف جندي وصلوا."]


def test_sentences_split_without_a_space_after_the_full_stop_but_not_inside_numbers():
    text = "زار الرئيس كوريا منذ عام 2000.والعلاقات بين البلدين وثيقة. النسبة 10.5 بالمئة من الإجمالي."
    quotes = [text[s:e] for s, e in sentences(text)]
    assert quotes == ["زار الرئيس كوريا منذ عام 2000.", "والعلاقات بين البلدين وثيقة.", "النسبة 10.5 بالمئة من الإجمالي."]


def test_marked_accepted_and_dismissed_sentences_are_not_suggested_again(db):
    import_paths(db, [DATA])
    article = by_name(db, "002_8cd855bd8944e8de.txt")
    first, second, *_ = suggest_for_article(db, article["id"])
    create_claim(db, article["id"], first.start, first.end, checker="Ali")
    decide(db, article["id"], second, "dismissed", "Ali")
    remaining = suggest_for_article(db, article["id"])
    assert first not in remaining and second not in remaining
    assert len(suggest_for_article(db, article["id"], include_decided=True)) == len(remaining) + 2


def test_no_suggestion_inside_folded_boilerplate(db):
    import_paths(db, [DATA])
    for article_id in range(1, 6):
        folds = db.execute('SELECT start, "end" FROM folds WHERE article_id = ?', [article_id]).fetchall()
        for s in suggest_for_article(db, article_id):
            assert not any(a <= s.start and s.end <= b for a, b in folds)
