"""Publication dates: found where the text states them, parsed by dateparser."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

from workbench.text.textnorm import fold, fold_article  # the analysis of the text read comes next and folds it too

# Labels that introduce a publication date, in folded form (see textnorm.fold).
_LABELS = [
    "تاريخ النشر", "نشر في", "نشر بتاريخ", "تاريخ الاضافه", "اخر تحديث", "تاريخ انتشار",
    "פורסמ", "תאריכ פרסומ", "עודכנ",
    "published on", "published", "date published", "posted on", "updated",
    "опубликовано", "дата публикации",
]
_LABEL_RE = re.compile(r"^\W*(?:" + "|".join(re.escape(x) for x in _LABELS) + r")\b\W*(.+)$")
_SEARCH_LINES = 30
# A date after its label is a few words ("13th, September 2023 GMT", "الأربعاء 13 سبتمبر 2023 - 10:45");
# a label followed by more is a sentence that starts with the word ("Published figures show ...").
_DATE_MAX_WORDS = 12
# A label with this few words after it that are no date ("Updated 2 hours ago", "آخر تحديث: منذ 3 ساعات")
# is still the page's metadata, not the article's text.
_STAMP_MAX_WORDS = 4
_NUMBER_RE = re.compile(r"\d+")  # ASCII, Arabic-Indic and Persian digits alike


def parse_date(value: str) -> str | None:
    """An ISO date (YYYY-MM-DD) from a date written in any common form, or None."""
    value = value.strip()
    # dateparser is asked for whole dates only (day, month and year): the day and the year are two
    # numbers at least, and it reads no compact form ("20230913") with these settings. A line
    # with one number or none ("2023", "Updated yesterday") spares it its first use, a third
    # of a second of loading locales in each process that imports.
    if len(_NUMBER_RE.findall(value)) < 2:
        return None
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        pass
    value = _common_month_names(value)
    quick = _month_name_date(value)
    if quick is not None:
        return quick
    parsed: datetime | None = _parser().get_date_data(value[:80]).date_obj
    return parsed.date().isoformat() if parsed else None


# Month names as news sites write them in dates such as "13 سبتمبر 2023",
# "28 במאי 2020" or "March 25, 2025". dateparser takes about 5 ms for such a
# date (it tries locale after locale); these forms are read here in
# microseconds, with the result dateparser gives (a test compares the two),
# and every other form still goes to dateparser.
_MONTH_NAMES = [
    ("january", "يناير", "ינואר"), ("february", "فبراير", "פברואר"), ("march", "مارس", "מרץ"),
    ("april", "أبريل", "ابريل", "إبريل", "אפריל"), ("may", "مايو", "מאי"), ("june", "يونيو", "يونيه", "יוני"),
    ("july", "يوليو", "يوليه", "יולי"), ("august", "أغسطس", "اغسطس", "אוגוסט"), ("september", "سبتمبر", "ספטמבר"),
    ("october", "أكتوبر", "اكتوبر", "אוקטובר"), ("november", "نوفمبر", "נובמבר"), ("december", "ديسمبر", "דצמבר"),
]
MONTHS = {name: number for number, names in enumerate(_MONTH_NAMES, start=1) for name in names}
MONTHS |= {"ב" + name: number for name, number in MONTHS.items() if "\u05d0" <= name[0] <= "\u05ea"}  # במאי: "in May"
# The other names of the months in Arabic: the Syriac ones of the Levant and Iraq (أيار, تشرين الأول)
# and the Maghreb's (ماي, غشت, جوان), which dateparser does not know: put as the names above.
_OTHER_ARABIC_MONTHS = [
    ("كانون الثاني", "جانفي", "يناير"), ("شباط", "فيفري", "فبراير"), ("آذار", "اذار", "مارس"),
    ("نيسان", "أفريل", "افريل", "أبريل"), ("أيار", "ايار", "ماي", "مايو"), ("حزيران", "جوان", "يونيو"),
    ("تموز", "جويلية", "يوليوز", "يوليو"), ("آب", "اب", "أوت", "اوت", "غشت", "أغسطس"),
    ("أيلول", "ايلول", "شتنبر", "سبتمبر"), ("تشرين الأول", "تشرين الاول", "تشرين أول", "تشرين اول", "أكتوبر"),
    ("تشرين الثاني", "تشرين ثاني", "نونبر", "نوفمبر"), ("كانون الأول", "كانون الاول", "كانون أول", "دجنبر", "ديسمبر"),
]
_AS_NAMED = {other: names[-1] for names in _OTHER_ARABIC_MONTHS for other in names[:-1]}
_OTHER_MONTH_RE = re.compile(r"(?<!\w)(" + "|".join(sorted(map(re.escape, _AS_NAMED), key=len, reverse=True))
                             + r")(?!\w)")


def _common_month_names(value: str) -> str:
    """``value`` with the Levantine, Iraqi and Maghrebi month names put as the Egyptian ones
    ("14 أيار 2024" → "14 مايو 2024"), which both readers of dates know."""
    return _OTHER_MONTH_RE.sub(lambda m: _AS_NAMED[m.group(1)], value)


_DIGIT = "[0-9\u0660-\u0669]"  # ASCII and Arabic-Indic
_DAY_MONTH_YEAR = re.compile(rf"({_DIGIT}{{1,2}}) (\w+) ({_DIGIT}{{4}})")
_MONTH_DAY_YEAR = re.compile(rf"([a-zA-Z]+) ({_DIGIT}{{1,2}}), ({_DIGIT}{{4}})")


def _month_name_date(value: str) -> str | None:
    """The ISO date of "13 سبتمبر 2023" or "March 25, 2025", or None for any other form
    (also for a day the month does not have, which dateparser does not take either)."""
    match = _DAY_MONTH_YEAR.fullmatch(value)
    if match:
        day, month, year = match.groups()
    else:
        match = _MONTH_DAY_YEAR.fullmatch(value)
        if not match:
            return None
        month, day, year = match.groups()
    number = MONTHS.get(month.lower())
    if number is None or not 1900 <= int(year) <= 2099:
        return None
    try:
        return date(int(year), number, int(day)).isoformat()
    except ValueError:
        return None


# The languages of our sources; limiting dateparser to them keeps it from
# loading (and compiling the patterns of) every locale it knows.
DATE_LANGUAGES = ["ar", "he", "en", "fa", "ru", "fr", "de", "es", "tr"]


@lru_cache(maxsize=1)
def _parser():
    from dateparser.date import DateDataParser  # slow to import; only needed when a date is present

    # Only whole, absolute dates: "yesterday", "منذ 3 ساعات", "2023" or "Monday"
    # would otherwise be stored as dates counted from the day of the import.
    # Numeric dates are read day first, as in Arabic and Hebrew sources.
    return DateDataParser(languages=DATE_LANGUAGES, settings={
        "STRICT_PARSING": True,
        "REQUIRE_PARTS": ["day", "month", "year"],
        "PARSERS": ["custom-formats", "absolute-time"],
        "DATE_ORDER": "DMY",
    })


def is_date_line(line: str) -> bool:
    """A line that states when the article was published ("تاريخ النشر: …"): metadata, not a claim."""
    rest = _after_label(fold(line).strip())
    return rest is not None and (len(rest.split()) <= _STAMP_MAX_WORDS or _line_date(line, rest) is not None)


def stated_date(text: str) -> str | None:
    """The publication date a text states near its top (``تاريخ النشر: 13th, September 2023 GMT``)."""
    lines = text.split("\n", _SEARCH_LINES)[:_SEARCH_LINES]
    # Folding keeps every newline and never looks across one: its lines pair up with the text's.
    folded_lines = fold_article(text).split("\n", _SEARCH_LINES)[:_SEARCH_LINES]
    for line, folded in zip(lines, folded_lines):
        rest = _after_label(folded.strip())
        found = _line_date(line, rest) if rest is not None else None
        if found:
            return found
    return None


def _after_label(folded_line: str) -> str | None:
    """What follows a date label that starts ``folded_line``, None when no label starts it."""
    match = _LABEL_RE.match(folded_line)
    return match.group(1) if match else None


def _line_date(line: str, rest: str) -> str | None:
    """The date a label line states, ``rest`` being what follows its label (folded)."""
    if len(rest.split()) > _DATE_MAX_WORDS:
        return None
    # Month names are best parsed as written (with hamza: أغسطس), so
    # try the original text after the label's colon first.
    candidates = [line.split(":", 1)[1]] if ":" in line else []
    for candidate in candidates + [rest]:
        found = parse_date(candidate)
        if found:
            return found
    return None
