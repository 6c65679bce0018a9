"""Language, direction, dates, publisher and boilerplate folds, as stored by an import."""

import pytest

from workbench.boilerplate import find_folds
from workbench.dates import stated_date
from workbench.ingest import import_paths
from workbench.language import profile
from workbench.library import get_article

from conftest import DATA, by_name


@pytest.fixture
def library(db):
    import_paths(db, [DATA])
    return db


def test_sample_languages_and_directions(library, sample_articles):
    found = {p.name: (by_name(library, p.name)["language"], by_name(library, p.name)["direction"]) for p in sample_articles}
    assert sorted(found.values()) == [("ar", "rtl")] * 4 + [("he", "rtl")]


def test_paragraph_starting_with_latin_words_is_still_right_to_left(library):
    article = next(a for a in (get_article(library, i) for i in range(1, 6)) if "Pyongyang, Nordkorea -" in a["text"])
    start = article["text"].index("Pyongyang, Nordkorea -")
    para = next(p for p in article["paragraphs"] if p["start"] == start)
    assert (para["language"], para["direction"]) == ("ar", "rtl")


def test_english_article_quoting_arabic_stays_left_to_right_with_an_rtl_line():
    text = ("Kim and Putin sign a pact\nThe agreement was signed in Pyongyang on Wednesday, state media said.\n"
            "قال بوتين إن البلدين سيوقعان اتفاقية\nAnalysts expect more deliveries of artillery shells to Russia.\n")
    result = profile(text)
    assert (result.language, result.direction) == ("en", "ltr")
    arabic = next(p for p in result.paragraphs if text[p.start:p.end].startswith("قال"))
    assert (arabic.language, arabic.direction) == ("ar", "rtl")


@pytest.mark.parametrize(
    "text, language, direction",
    [
        ("روسیه و کره شمالی پیمان همکاری راهبردی امضا کردند و پوتین گفت که این پیمان مهم است", "fa", "rtl"),
        ("Россия и Северная Корея подписали договор о стратегическом партнёрстве.", "ru", "ltr"),
        ("רוסיה וצפון קוריאה חתמו על הסכם שותפות אסטרטגית מקיפה", "he", "rtl"),
        ("روسيا وكوريا الشمالية توقعان اتفاقية شراكة استراتيجية شاملة", "ar", "rtl"),
        ("Russia and North Korea signed a comprehensive strategic partnership treaty.", "en", "ltr"),
    ],
)
def test_languages_are_told_apart(text, language, direction):
    result = profile(text)
    assert (result.language, result.direction) == (language, direction)


def test_stated_publication_date_and_publisher_from_url(library):
    dated = [a for a in (get_article(library, i) for i in range(1, 6)) if "تاريخ النشر" in a["text"]]
    assert [a["published"] for a in dated] == ["2023-09-13"]
    with_url = [a for a in (get_article(library, i) for i in range(1, 6)) if a["url"]]
    assert all(a["publisher"] and a["publisher"] in a["url"] for a in with_url)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("عنوان\nتاريخ النشر: 13th, September 2023 GMT\nنص", "2023-09-13"),
        ("כותרת\nפורסם: 25 ביולי 2023\nטקסט", "2023-07-25"),
        ("Headline\nPublished on 3 March 2024\nBody", "2024-03-03"),
        ("عنوان\nنشر في: 5 أغسطس 2024\nنص", "2024-08-05"),
        ("Headline with no date\nBody 2024 text", None),
    ],
)
def test_stated_dates(text, expected):
    assert stated_date(text) == expected


@pytest.mark.parametrize("value, expected", [
    ("yesterday", None), ("منذ 3 ساعات", None), ("2023", None), ("12:30", None), ("Monday", None),
    ("09/10/2023", "2023-10-09"), ("2024-06-19T08:00:00Z", "2024-06-19"), ("19 يونيو 2024", "2024-06-19"),
    ("13th, September 2023 GMT", "2023-09-13"),
])
def test_only_whole_absolute_dates_are_accepted(value, expected):
    from workbench.dates import parse_date

    assert parse_date(value) == expected


def folded_text(article, kind=None):
    return [article["text"][f["start"]:f["end"]] for f in article["folds"] if kind is None or f["kind"] == kind]


def test_hebrew_telegram_notice_and_its_repeat_are_folded(library):
    article = get_article(library, 1)
    folded = " ".join(folded_text(article))
    assert folded.count("ההרשמה לערוץ הטלגרם") == 2 and "הרשמו לערוץ הטלגרם" in folded
    assert "מומחה לצפון קוריאה אנדרי לנקוב" not in folded


def test_comment_form_captcha_and_repeated_headline_are_folded(library):
    folds = {f["kind"] for i in range(1, 6) for f in get_article(library, i)["folds"]}
    assert {"subscription", "comment_form", "captcha", "repeated"} <= folds
    all_folded = " ".join(t for i in range(1, 6) for t in folded_text(get_article(library, i)))
    assert "لن يتم نشر عنوان بريدك الإلكتروني" in all_folded and "CAPTCHA" in all_folded


def test_no_hand_marked_claim_falls_in_folded_boilerplate(library, seed):
    for claim in seed["claims"]:
        article = by_name(library, claim["article"])
        for fold in find_folds(article["text"]):
            assert fold.end <= claim["start"] or fold.start >= claim["end"], (claim["id"], fold)


def test_read_also_list_and_unrelated_short_lines():
    text = ("Headline\nA long paragraph of the article that reports the visit in detail and goes on.\n"
            "Read also:\nPutin arrives in Pyongyang\nKim inspects missile factory\n\n"
            "Another real paragraph of the article, long enough to be content and not a list item at all.\n")
    folds = find_folds(text)
    assert [(f.kind, text[f.start:f.end]) for f in folds] == [
        ("read_also", "Read also:\nPutin arrives in Pyongyang\nKim inspects missile factory")]


def test_folds_never_change_the_text(library, sample_articles):
    for path in sample_articles:
        assert by_name(library, path.name)["text"] == path.read_text("utf-8")
