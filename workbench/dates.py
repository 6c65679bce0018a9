"""Publication dates: found where the text states them, parsed by dateparser."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

from .textnorm import fold

# Labels that introduce a publication date, in folded form (see textnorm.fold).
_LABELS = [
    "تاريخ النشر", "نشر في", "نشر بتاريخ", "تاريخ الاضافه", "اخر تحديث", "تاريخ انتشار",
    "פורסמ", "תאריכ פרסומ", "עודכנ",
    "published on", "published", "date published", "posted on", "updated",
    "опубликовано", "дата публикации",
]
_LABEL_RE = re.compile(r"^\W*(?:" + "|".join(re.escape(x) for x in _LABELS) + r")\b\W*(.+)$")
_SEARCH_LINES = 30


def parse_date(value: str) -> str | None:
    """An ISO date (YYYY-MM-DD) from a date written in any common form, or None."""
    value = value.strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        pass
    parsed: datetime | None = _parser().get_date_data(value[:80]).date_obj
    return parsed.date().isoformat() if parsed else None


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
    return bool(_LABEL_RE.match(fold(line).strip()))


def stated_date(text: str) -> str | None:
    """The publication date a text states near its top (``تاريخ النشر: 13th, September 2023 GMT``)."""
    for line in text.split("\n", _SEARCH_LINES)[:_SEARCH_LINES]:
        match = _LABEL_RE.match(fold(line).strip())
        if match:
            # Month names are best parsed as written (with hamza: أغسطس), so
            # try the original text after the label's colon first.
            candidates = [line.split(":", 1)[1]] if ":" in line else []
            for candidate in candidates + [match.group(1)]:
                found = parse_date(candidate)
                if found:
                    return found
    return None
