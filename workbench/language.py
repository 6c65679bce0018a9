"""Language and text direction of articles and of each of their paragraphs.

Scripts are counted letter by letter, so a paragraph is right-to-left when
most of its letters are Arabic or Hebrew, whatever letter it starts with
("Pyongyang, Nordkorea - في عرض جريء ..." is an Arabic paragraph). Within a
script the language is told apart by letters only that language uses (Persian
پ چ ژ گ, Urdu ے ں ٹ, Ukrainian і ї є); Latin-script text goes to py3langid.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

_SCRIPT_RANGES = {
    "A": [(0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)],
    "H": [(0x0591, 0x05F4), (0xFB1D, 0xFB4F)],
    "L": [(0x41, 0x5A), (0x61, 0x7A), (0xC0, 0x24F), (0x1E00, 0x1EFF)],
    "C": [(0x0400, 0x04FF)],
}
_SCRIPT_TABLE = {
    cp: code
    for code, ranges in _SCRIPT_RANGES.items()
    for lo, hi in ranges
    for cp in range(lo, hi + 1)
    if chr(cp).isalpha() or code == "H"
}
RTL_SCRIPTS = {"A", "H"}

_PERSIAN_RE = re.compile("[پچژگکی]")
_URDU_RE = re.compile("[ےںٹڈڑھ]")
_ARABIC_ONLY_RE = re.compile("[ةيكى]")
_UKRAINIAN_RE = re.compile("[іїєґІЇЄҐ]")

LATIN_LANGUAGES = ["en", "fr", "de", "es", "it", "pt", "nl", "tr", "id", "pl", "sv", "da", "ro"]
_MIN_LATIN_LETTERS = 40
_MAX_LANGID_CALLS = 50


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    language: str
    direction: str


@dataclass(frozen=True)
class LanguageProfile:
    language: str
    direction: str
    paragraphs: list[Paragraph]


def script_counts(text: str) -> Counter:
    """Letters of ``text`` per script: A(rabic), H(ebrew), L(atin), C(yrillic)."""
    mapped = text.translate(_SCRIPT_TABLE)
    return Counter({code: mapped.count(code) for code in _SCRIPT_RANGES})



def main_script(text: str) -> str | None:
    """The script most letters of ``text`` are written in, None when it has no letters."""
    counts = script_counts(text)
    return max(counts, key=counts.__getitem__) if sum(counts.values()) else None

_MIXED_SHARE = 0.3


def direction_of(counts: Counter, default: str = "ltr") -> str:
    """``rtl`` when right-to-left letters are the majority, ``ltr`` when not.

    A line that mixes both with the smaller side at 30% or more (a date line
    "تاريخ النشر: 13th, September 2023", a site's Latin name after an Arabic
    phrase) takes ``default``, the direction of the article around it.
    """
    rtl = sum(counts[c] for c in RTL_SCRIPTS)
    ltr = sum(counts[c] for c in _SCRIPT_RANGES if c not in RTL_SCRIPTS)
    if rtl == ltr == 0 or min(rtl, ltr) >= _MIXED_SHARE * (rtl + ltr):
        return default
    return "rtl" if rtl > ltr else "ltr"


def _main_script(counts: Counter, direction: str) -> str | None:
    """The script with most letters among those written in ``direction``."""
    side = [c for c in _SCRIPT_RANGES if (c in RTL_SCRIPTS) == (direction == "rtl") and counts[c]]
    candidates = side or [c for c in _SCRIPT_RANGES if counts[c]]
    return max(candidates, key=lambda k: counts[k]) if candidates else None


@lru_cache(maxsize=1)
def _latin_identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(LATIN_LANGUAGES)
    return identifier


def latin_language(text: str) -> str:
    """Language of a Latin-script text, or ``und`` when too short to tell."""
    if sum(script_counts(text[:4000]).values()) < _MIN_LATIN_LETTERS:
        return "und"
    language, probability = _latin_identifier().classify(text[:4000])
    return language if probability >= 0.5 else "und"


def _arabic_script_language(text: str) -> str:
    persian = len(_PERSIAN_RE.findall(text))
    urdu = len(_URDU_RE.findall(text))
    arabic = len(_ARABIC_ONLY_RE.findall(text))
    if urdu >= 2 and urdu > arabic:
        return "ur"
    if persian >= 2 and persian > arabic:
        return "fa"
    return "ar"


def _script_language(script: str, text: str) -> str | None:
    if script == "A":
        return _arabic_script_language(text)
    if script == "H":
        return "he"
    if script == "C":
        return "uk" if _UKRAINIAN_RE.search(text) else "ru"
    return None


_LINE_RE = re.compile(r"[^\n]+")


def profile(text: str) -> LanguageProfile:
    """The article's language and direction and those of each paragraph (line)."""
    spans = [(m.start(), m.end()) for m in _LINE_RE.finditer(text) if m.group().strip()]
    counts = [script_counts(text[s:e]) for s, e in spans]
    total = sum(counts, Counter())
    direction = direction_of(total)
    # Where Latin script is the article's main script, one language identification
    # over its Latin text names every Latin paragraph; Latin paragraphs inside an
    # Arabic or Hebrew article (a quoted English sentence, a German details
    # table) are few, and each is identified on its own.
    latin_is_main = total["L"] * 2 > sum(total.values())
    langid_budget = 0 if latin_is_main else _MAX_LANGID_CALLS
    latin_fallback: str | None = None
    paragraphs: list[Paragraph] = []
    for (start, end), c in zip(spans, counts):
        paragraph_direction = direction_of(c, default=direction)
        script = _main_script(c, paragraph_direction)
        chunk = text[start:end]
        if script == "L":
            if c["L"] >= _MIN_LATIN_LETTERS and langid_budget > 0:
                langid_budget -= 1
                language = latin_language(chunk)
            else:
                if latin_fallback is None:
                    latin_fallback = _article_latin_language(text, spans, counts)
                language = latin_fallback
        elif script is None:
            language = "und"
        else:
            language = _script_language(script, chunk) or "und"
        paragraphs.append(Paragraph(start, end, language, paragraph_direction))
    return LanguageProfile(_dominant_language(paragraphs), direction, paragraphs)


def _article_latin_language(text: str, spans, counts) -> str:
    sample = " ".join(text[s:e] for (s, e), c in zip(spans, counts) if c["L"])
    return latin_language(sample[:4000])


def _dominant_language(paragraphs: list[Paragraph]) -> str:
    weight: Counter = Counter()
    for p in paragraphs:
        if p.language != "und":
            weight[p.language] += p.end - p.start
    return weight.most_common(1)[0][0] if weight else "und"
