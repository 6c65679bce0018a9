"""Consonant skeletons: one spelling of a word shared by Arabic, Hebrew and Latin.

Names of people and places are written with corresponding letters across
the three scripts (שויגו / شويغو / Shoigu, פוטין / بوتين / Putin), and Arabic
and Hebrew share consonantal roots (سنة / שנה, ثلاثة / שלושה, عالم / עולם).
Both meet once each word is reduced to classes of consonants: vowels and the
letters that mostly write vowels (ا و ي ع ء, א ו י ע, a e i o u w y) are
dropped, and letters that transliterate one another fall into one class.
The classes are coarse on purpose: they must absorb the many ways one name
is transliterated (ج/غ for g, ف/ب for v/p, س/ش/ث for s/sh/th).
"""

from __future__ import annotations

import re
from functools import lru_cache

# Letter -> class. Anything not listed (vowels, semivowels, marks) is dropped.
_CLASSES = {
    "B": "bpfv" "بفپڤ" "בפ",
    "T": "t" "تطة" "טת",
    "D": "d" "دذضظ" "ד",
    "S": "szx" "سشصزثژ" "סשצזש",
    "G": "gj" "جغگ" "ג",
    "K": "kqc" "كقک" "כק",
    "L": "l" "ل" "ל",
    "M": "m" "م" "מ",
    "N": "n" "ن" "נ",
    "R": "r" "ر" "ר",
    "H": "h" "حخه" "חה",
}
_TABLE = {ord(ch): cls for cls, letters in _CLASSES.items() for ch in letters}
# Latin digraphs written for one consonant: sh, ch, kh, gh, th, ph, ts/tz, zh.
_DIGRAPHS = [("sh", "s"), ("ch", "s"), ("tch", "s"), ("kh", "h"), ("gh", "g"), ("th", "s"), ("ph", "f"),
             ("ts", "s"), ("tz", "s"), ("zh", "s"), ("dj", "j"), ("ck", "k")]
_DIGRAPH_RE = re.compile("|".join(sorted((d for d, _ in _DIGRAPHS), key=len, reverse=True)))
_DIGRAPH_MAP = dict(_DIGRAPHS)
_WORD_FINAL_H = re.compile(r"[הه]$")
_LETTERS_ONLY = re.compile(r"[^\w]|[\d_]")


@lru_cache(maxsize=131072)
def skeleton(word: str) -> str:
    """The consonant skeleton of one folded word: ``شويغو`` -> ``SG``.

    A final ה or ه usually writes a vowel (קוריאה, سنة folded to سنه) and is
    dropped; doubled consonants count once (Pyongyang's "ngy" and "نغي" agree).
    """
    word = _LETTERS_ONLY.sub("", word)
    word = _WORD_FINAL_H.sub("", word)
    word = _DIGRAPH_RE.sub(lambda m: _DIGRAPH_MAP[m.group()], word)
    classes = word.translate(_TABLE)
    out = []
    for ch in classes:
        if ch.isupper() and ch.isascii() and (not out or out[-1] != ch):
            out.append(ch)
    return "".join(out)
