"""Numbers, ordinals and months in a claim, made comparable across languages.

``10،000``, ``10,000``, ``١٠٬٠٠٠``, ``10 آلاف``, ``عشرة آلاف``, ``עשרת אלפים`` and
"ten thousand" all give the value 10000; ``يوليو``, ``تموز``, ``ביולי`` and "July"
all give month 7. The words live in ``data/numbers.json`` so that a desk can
add its own. Text is read in its folded form (textnorm.fold), where
Arabic-Indic digits are already ASCII and the Arabic comma and thousands
separator are a comma.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from workbench.text.textnorm import clitic_variants, fold, tokens

_PIECE_RE = re.compile(r"\d{1,3}(?:[,.]\d{3})+(?!\d)|\d+(?:\.\d+)?|[^\W\d_]+|%")


@dataclass(frozen=True)
class Quantity:
    """One value found in a text: ``kind`` is ``number``, ``ordinal`` or ``month``."""

    kind: str
    value: float
    text: str

    @property
    def key(self) -> str:
        value = int(self.value) if float(self.value).is_integer() else self.value
        return {"number": "=", "ordinal": "^", "month": "@", "percent": "%"}[self.kind] + str(value)


@dataclass(frozen=True)
class _Words:
    units: dict[str, float]
    multipliers: dict[str, float]
    ordinals: dict[str, float]
    months: dict[tuple[str, ...], int]  # folded words of a month name -> month
    percent: set[tuple[str, ...]]  # folded words that make the number before them a percentage


@lru_cache(maxsize=1)
def _words() -> _Words:
    data = json.loads(resources.files("workbench").joinpath("data/numbers.json").read_text("utf-8"))

    def merged(section: str) -> dict[str, float]:
        return {fold(word): float(value) for by_language in data.get(section, {}).values()
                for word, value in by_language.items()}

    months: dict[tuple[str, ...], int] = {}
    for month, names in data.get("months", {}).items():
        for name in (n for by_language in names.values() for n in by_language):
            months[tuple(tokens(fold(name)))] = int(month)
    percent = {tuple(tokens(fold(w))) or (w,) for by_language in data.get("percent", {}).values() for w in by_language}
    return _Words(merged("units"), merged("multipliers"), merged("ordinals"), months, percent | {("%",)})


def _lookup(table: dict, word: str):
    """The value of ``word`` as written or without a joined clitic."""
    for form in (word, *clitic_variants(word)):
        if form in table:
            return table[form]
    return None


def _digits_value(text: str) -> float:
    if re.fullmatch(r"\d{1,3}(?:[,.]\d{3})+", text):
        return float(re.sub(r"[,.]", "", text))
    return float(text)


def quantities(text: str) -> list[Quantity]:
    """Every number, percentage, ordinal and month stated in ``text``, in order."""
    words = _words()
    pieces = _PIECE_RE.findall(fold(text))
    found: list[Quantity] = []
    i = 0
    while i < len(pieces):
        month = _month_at(pieces, i, words.months)
        if month:
            length, value = month
            found.append(Quantity("month", value, " ".join(pieces[i:i + length])))
            i += length
            continue
        number = _number_at(pieces, i, words)
        if number is None:
            ordinal = _lookup(words.ordinals, pieces[i])
            if ordinal is not None:
                found.append(Quantity("ordinal", ordinal, pieces[i]))
            i += 1
            continue
        value, length = number
        percent = _percent_at(pieces, i + length, words.percent)
        kind = "percent" if percent else "number"
        found.append(Quantity(kind, value, " ".join(pieces[i:i + length + percent])))
        i += length + percent
    return found


def _number_at(pieces: list[str], i: int, words: _Words) -> tuple[float, int] | None:
    """The value of the number written from piece ``i`` and how many pieces it takes:
    digits or number words, added up (ثلاثة عشر, خمسة وعشرون, twenty five) and
    multiplied by a following thousand/million (10 آلاف, עשרת אלפים)."""
    piece = pieces[i]
    if piece[0].isdigit():
        value, length = _digits_value(piece), 1
    else:
        two = _lookup(words.units, f"{piece} {pieces[i + 1]}") if i + 1 < len(pieces) else None
        if two is not None:
            value, length = two, 2
        else:
            value = _lookup(words.units, piece)
            if value is None:
                multiplier = _lookup(words.multipliers, piece)
                return (multiplier, 1) if multiplier is not None else None
            length = 1
        while i + length < len(pieces):
            following = _lookup(words.units, pieces[i + length])
            if following is None or not _adds_up(value, following):
                break
            value += following
            length += 1
    if i + length < len(pieces):
        multiplier = _lookup(words.multipliers, pieces[i + length])
        if multiplier is not None:
            return value * multiplier, length + 1
    return value, length


def _adds_up(value: float, following: float) -> bool:
    """Whether two number words in a row are one number: units and tens (five and
    twenty, twenty five), or a unit and ten (ثلاثة عشر)."""
    if value < 10 and following == 10:
        return True
    if value < 10 and following >= 20 and following < 100 and following % 10 == 0:
        return True
    return value >= 20 and value < 100 and value % 10 == 0 and 0 < following < 10


def _percent_at(pieces: list[str], i: int, percent: set[tuple[str, ...]]) -> int:
    """How many pieces from ``i`` say "percent" (في المئة, אחוזים, %), or 0."""
    for length in (2, 1):
        key = tuple(pieces[i:i + length])
        if len(key) == length and (key in percent or (len(key) == 2 and key[0] in ("في", "ב") and key[1:] in percent)):
            return length
    return 0


def _month_at(pieces: list[str], i: int, months: dict) -> tuple[int, int] | None:
    """The month named from piece ``i`` and how many pieces name it (longest first;
    the first word may carry a joined clitic: ביולי), or None."""
    for length in (2, 1):
        key = tuple(pieces[i:i + length])
        if len(key) < length:
            continue
        for first in (key[0], *clitic_variants(key[0])):
            month = months.get((first, *key[1:]))
            if month is not None:
                return length, month
    return None


def is_quantity_word(word: str) -> bool:
    """Whether a folded word is a number, ordinal or month word (so it is no name)."""
    words = _words()
    if any(ch.isdigit() for ch in word):
        return True
    if any(_lookup(table, word) is not None for table in (words.units, words.multipliers, words.ordinals)):
        return True
    month = _month_at([word], 0, words.months)
    return month is not None


def reserved_words(words: list[str]) -> list[bool]:
    """Which of ``words`` (folded tokens) belong to a month name or are number words as
    written: the glossary must not read them (تشرين الأول is October, not "first";
    שמונה is eight, not ש + מונה "appoints")."""
    table = _words()
    reserved = [False] * len(words)
    i = 0
    while i < len(words):
        month = _month_at(words, i, table.months)
        length = month[0] if month else (1 if words[i] in table.units else 0)
        for j in range(i, i + length):
            reserved[j] = True
        i += max(length, 1)
    return reserved
