"""Language, direction, dates, publisher and boilerplate folds, as stored by an import."""

import re

import pytest
from conftest import DATA, by_name

from workbench.library.articles import get_article
from workbench.text.boilerplate import find_folds
from workbench.text.dates import stated_date
from workbench.text.language import profile


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


def test_paragraph_letter_counts_agree_with_script_counts():
    """profile counts letters for all paragraphs at once; the counts must be those of
    script_counts on each paragraph, astral characters and a lone surrogate included."""
    from workbench.text.language import _MARK_LETTERS, _SCRIPTS, _span_letters, line_spans, script_counts

    text = ("عنوان الخبر 🙂 في طهران\n  \nپیمان گفت کہ ہے اردو ٹیم\nЄвропа і Україна \ud800 Kyiv\n"
            "שָׁלוֹם Reuters 123\n\n   trailing line   \n")
    spans = [(0, 22), (26, 50), (51, 74), (75, 93), (95, 113)]
    assert all(text[s:e].strip() for s, e in spans)
    counts, marks = _span_letters(text, spans)
    assert [dict(zip(_SCRIPTS, row)) for row in counts] == [dict(script_counts(text[s:e])) for s, e in spans]
    assert marks == [[sum(text[s:e].count(c) for c in letters) for letters in _MARK_LETTERS.values()]
                     for s, e in spans]
    # The paragraphs profile counts: every line that is not blank.
    assert line_spans(text) == [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]


def test_short_latin_line_in_an_arabic_article_takes_the_language_of_its_latin_words():
    names = ("قال وزير الخارجية Antony Blinken إن المحادثات مع Secretary General of the United Nations "
             "كانت مفيدة وأضاف أن the State Department will publish the statement today\n")
    text = "عنوان الخبر في واشنطن\n" + names + "Reuters\n" + "وتابع المتحدث أن الاجتماع القادم سيعقد قريبا\n"
    line = next(p for p in profile(text).paragraphs if text[p.start:p.end] == "Reuters")
    assert (line.language, line.direction) == ("en", "ltr")
    # With too few Latin letters in the whole article to tell, the line's language is unknown.
    alone = "عنوان الخبر في واشنطن\nقال المتحدث إن الاجتماع كان مفيدا\nCAPTCHA\n"
    line = next(p for p in profile(alone).paragraphs if alone[p.start:p.end] == "CAPTCHA")
    assert line.language == "und"


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


@pytest.mark.parametrize("line, expected", [
    ("تاريخ النشر: 13th, September 2023 GMT", True),
    ("Published on 3 March 2024", True),
    ("Updated 2 hours ago", True),  # no whole date, but the page's stamp all the same
    ("آخر تحديث: منذ 3 ساعات", True),
    ("Published figures show 10,000 troops crossed the border", False),
    ("פורסם היום כי 5,000 חיילים נשלחו לגבול הצפוני", False),
])
def test_a_label_starts_a_date_line_only_when_a_date_or_a_short_stamp_follows(line, expected):
    from workbench.text.dates import is_date_line

    assert is_date_line(line) is expected


def test_sentences_that_start_with_a_label_are_not_given_to_dateparser(monkeypatch):
    import workbench.text.dates as dates

    def no_parser():
        raise AssertionError("dateparser was asked")

    monkeypatch.setattr(dates, "_parser", no_parser)
    text = ("Headline\nPublished figures show that 10,000 troops crossed the border on Monday after "
            "weeks of talks between the two governments\nUpdated yesterday\nBody")
    assert dates.stated_date(text) is None
    assert dates.parse_date("yesterday") is None and dates.parse_date("13 September 2023") == "2023-09-13"


@pytest.mark.parametrize("value", ["20230913", "13092023", "2023", "September 2023", "13 Sept", "٢٠٢٣ سبتمبر",
                                   "ומצרים היה 2018 מתנחלים"])
def test_values_with_fewer_than_two_numbers_are_no_dates_without_asking_dateparser(monkeypatch, value):
    """dateparser itself finds no whole date in them (asked first); parse_date does not ask it."""
    import workbench.text.dates as dates

    assert dates._parser().get_date_data(value).date_obj is None

    def no_parser():
        raise AssertionError("dateparser was asked")

    monkeypatch.setattr(dates, "_parser", no_parser)
    assert dates.parse_date(value) is None


@pytest.mark.parametrize("value, expected", [
    ("yesterday", None), ("منذ 3 ساعات", None), ("2023", None), ("12:30", None), ("Monday", None),
    ("09/10/2023", "2023-10-09"), ("2024-06-19T08:00:00Z", "2024-06-19"), ("19 يونيو 2024", "2024-06-19"),
    ("13th, September 2023 GMT", "2023-09-13"),
])
def test_only_whole_absolute_dates_are_accepted(value, expected):
    from workbench.text.dates import parse_date

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


def test_a_paragraph_repeated_from_earlier_lines_is_folded():
    """A repeat of one earlier line or of up to four consecutive ones (a paragraph the page
    broke over lines) is folded, whatever the punctuation; one spanning five lines, or one
    whose earlier copy has a line of no words inside, is not."""
    text = ("Headline of the story\n"
            "The minister said on Monday that the talks\nwent well, and that more would follow.\n"
            "Officials in the capital, who asked not to be named, disagreed.\n"
            "One two three four\nfive six seven eight\nnine ten eleven twelve\nthirteen fourteen\nfifteen sixteen\n"
            "Alpha beta gamma delta\n* * *\nepsilon zeta eta theta\n"
            "The minister said on Monday that the talks went well and that more would follow\n"
            "OFFICIALS in the capital who asked not to be named disagreed!\n"
            "One two three four five six seven eight nine ten eleven twelve thirteen fourteen\n"
            "One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen\n"
            "Alpha beta gamma delta epsilon zeta eta theta\n")
    repeated = [text[f.start:f.end] for f in find_folds(text) if f.kind == "repeated"]
    assert repeated == [
        "The minister said on Monday that the talks went well and that more would follow\n"
        "OFFICIALS in the capital who asked not to be named disagreed!\n"
        "One two three four five six seven eight nine ten eleven twelve thirteen fourteen"]


def test_folds_never_change_the_text(library, sample_articles):
    for path in sample_articles:
        assert by_name(library, path.name)["text"] == path.read_text("utf-8")


@pytest.mark.parametrize("value", [
    "13 سبتمبر 2023", "٢٦ مايو ٢٠٢٤", "5 أغسطس 2024", "5 اغسطس 2024", "1 يونيه 2022", "28 במאי 2020", "1 מרץ 2021",
    "March 25, 2025", "march 3, 2020", "3 May 2020", "29 فبراير 2024", "31 فبراير 2023", "30 February 2023",
    "12 Brumaire 2023", "31 דצמבר 1899",
])
def test_month_name_dates_are_read_as_dateparser_reads_them(value):
    from workbench.text.dates import _parser, parse_date

    expected = _parser().get_date_data(value).date_obj
    assert parse_date(value) == (expected.date().isoformat() if expected else None)


def test_month_name_dates_in_common_forms_do_not_wait_for_dateparser():
    from workbench.text.dates import _month_name_date

    assert _month_name_date("٢٦ مايو ٢٠٢٤") == "2024-05-26" and _month_name_date("March 25, 2025") == "2025-03-25"
    assert _month_name_date("28 במאי 2020") == "2020-05-28"
    assert _month_name_date("13th, September 2023 GMT") is None  # dateparser's


def test_rules_are_searched_only_in_lines_where_they_can_match():
    import re._parser

    from workbench.text.boilerplate import _candidates, _pattern_kind, _required_literals, _rules
    from workbench.text.textnorm import fold

    def literals(pattern: str):
        found = _required_literals(re._parser.parse(pattern))
        return sorted(found) if found else found

    assert literals("sign up (for|to) our") == ["sign up "]
    assert literals("i'?m not a robot") == ["m not a robot"]
    assert literals(r"\d+ (min|minute|minutes) read\b") == [" read"]
    assert literals(r"(afp|reuters)\b.*/|/.*\b(afp|reuters)\b") == ["afp", "afp", "reuters", "reuters"]
    assert literals(r"\d+") is None and literals("(a|b?)c?") is None
    anchored, floating, prefilter = _rules()
    assert prefilter and "captcha" in prefilter

    def unfiltered(line: str) -> str | None:
        match = anchored.match(line) or floating.search(line, 0, 300)
        return match.lastgroup if match else None

    lines = [fold(line).strip() for path in sorted(DATA.glob("*.txt")) for line in path.read_text("utf-8").split("\n")]
    lines += ["photo: afp / someone", "5 minutes read", "| a | b |", "© 2024", "x" * 290 + " captcha", "x" * 300 + " captcha"]
    kinds = [_pattern_kind(line, _candidates(line)) for line in lines]
    assert kinds == [unfiltered(line) for line in lines]
    assert _candidates("captcha\nread more") == ("captcha",) and _pattern_kind("x captcha", ()) is None
    assert {"subscription", "comment_form", "captcha", "credits", "reading_time", "details_table"} <= set(kinds)


ARABIC_WITH_LINK = "المصدر: تقرير وكالة رويترز https://www.reuters.com/world/middle-east/north-korea-sends-troops-russia-2024-10-18/"


@pytest.mark.parametrize("text, direction", [
    (ARABIC_WITH_LINK, "rtl"),
    ("للاستفسار راسلونا على factcheck.desk@example-newsroom.org", "rtl"),
    ("לפרטים: www.ynet.co.il/news/article/international-affairs-north-korea", "rtl"),
    ("The ministry's statement: https://mod.gov.example/ar/بيان-الوزارة", "ltr"),
    ("https://www.reuters.com/world/", "ltr"),  # nothing but an address: the default
])
def test_an_address_says_nothing_of_the_direction(text, direction):
    from workbench.text.language import direction_of, script_counts, text_direction

    assert text_direction(text) == direction
    if text is ARABIC_WITH_LINK:
        assert direction_of(script_counts(text)) == "ltr"  # counting the link's letters got it wrong


def test_a_paragraph_ending_with_its_link_keeps_its_language_and_direction():
    text = ("كوريا الشمالية ترسل قوات إلى روسيا\n" + ARABIC_WITH_LINK + "\n"
            "Reuters reported the figure on Friday: https://www.reuters.com/world/\n")
    result = profile(text)
    linked = next(p for p in result.paragraphs if text[p.start:p.end] == ARABIC_WITH_LINK)
    english = result.paragraphs[-1]
    assert (linked.language, linked.direction) == ("ar", "rtl")
    assert (english.language, english.direction) == ("en", "ltr")
    headline_and_source = text[:text.index("Reuters reported")]  # its link had more letters than its Arabic
    assert (profile(headline_and_source).language, profile(headline_and_source).direction) == ("ar", "rtl")
