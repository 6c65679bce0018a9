"""Normalised forms of Arabic, Hebrew and Latin text for searching and matching.

The original text of an article is never changed; these functions build the
derived copies that the search index (and later the claim matcher) compares.
The rules live here and only here: a query and the text it searches are
folded by the same function, so they always agree.

Folding, in order:
  * NFKD, which splits presentation forms and letters with hamza or madda
    (أ إ آ ؤ ئ) into a base letter plus a combining mark, and Latin accents;
  * every combining mark is dropped: Arabic harakat, shadda, superscript alef,
    Hebrew niqqud and cantillation, Latin accents; so are tatweel, soft hyphen,
    zero-width and bidi control characters;
  * letter variants are merged: alef wasla, alef maqsura and Persian yeh to the
    Arabic letters, taa marbuta to haa, Persian kaf to kaf, Hebrew final
    letters to their ordinary forms; Arabic-Indic and Persian digits to ASCII;
  * case is folded.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_IGNORABLE_EXTRA = (
    "\u0640"  # tatweel
    "\u00ad"  # soft hyphen
    "\u200b-\u200f"  # zero width space, ZWNJ, ZWJ, LRM, RLM
    "\u202a-\u202e"  # bidi embeddings and overrides
    "\u2066-\u2069"  # bidi isolates
    "\u061c"  # Arabic letter mark
    "\ufeff"  # zero width no-break space / BOM
)


# What is not text to store or publish: control characters (tab and line breaks are text) and
# unpaired surrogates (bytes that were not UTF-8, passed on by a terminal or a JSON escape).
CONTROL_CHARS = r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f"
SURROGATES = r"\ud800-\udfff"
CONTROL_RE = re.compile(f"[{CONTROL_CHARS}]")
SURROGATE_RE = re.compile(f"[{SURROGATES}]")


def _mark_ranges() -> str:
    """A regex character-class body covering every nonspacing mark in the BMP."""
    ranges: list[tuple[int, int]] = []
    for cp in range(0x10000):
        if unicodedata.category(chr(cp)) == "Mn":
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1] = (ranges[-1][0], cp)
            else:
                ranges.append((cp, cp))
    return "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
        for a, b in ranges
    )


IGNORABLE_CLASS = "[" + _mark_ranges() + _IGNORABLE_EXTRA + "]"
# One character at a time, not runs ("+"): a pattern that opens with a character class lets
# the regex engine skip to the next ignorable in C, and fold's removal takes half the time.
_IGNORABLE_RE = re.compile(IGNORABLE_CLASS)

_CHARACTER_FOLDS = {
    "\u0671": "\u0627",  # alef wasla -> alef
    "\u0649": "\u064a",  # alef maqsura -> yeh
    "\u06cc": "\u064a",  # Persian yeh -> yeh
    "\u0629": "\u0647",  # taa marbuta -> haa
    "\u06a9": "\u0643",  # keheh (Persian kaf) -> kaf
    "\u06c1": "\u0647",  # heh goal -> heh
    "\u05da": "\u05db",  # final kaf
    "\u05dd": "\u05de",  # final mem
    "\u05df": "\u05e0",  # final nun
    "\u05e3": "\u05e4",  # final pe
    "\u05e5": "\u05e6",  # final tsadi
    "\u066c": ",",  # Arabic thousands separator
    "\u066b": ".",  # Arabic decimal separator
    "\u060c": ",",  # Arabic comma
}
_CHARACTER_FOLDS |= {chr(0x0660 + i): str(i) for i in range(10)}  # Arabic-Indic digits
_CHARACTER_FOLDS |= {chr(0x06F0 + i): str(i) for i in range(10)}  # Persian digits


def fold(text: str) -> str:
    """Return the search form of ``text`` (see the module docstring)."""
    text = unicodedata.normalize("NFKD", text)
    text = _IGNORABLE_RE.sub("", text)
    # One replace per character fold present rather than one translate: translate looks up
    # every character in a dictionary (for an article with Arabic-Indic digits, 25 times
    # the replaces' time), replace scans in C. No character folds into one that is folded
    # in turn, so the order is free.
    for character, folded in _CHARACTER_FOLDS.items():
        if character in text:
            text = text.replace(character, folded)
    return text.casefold()


@lru_cache(maxsize=1)
def fold_article(text: str) -> str:
    """``fold(text)``, remembered for the article last folded: reading an article looks for
    its stated date in the folded text (``dates.stated_date``), and analysing it right
    after folds the same text."""
    return fold(text)


# Clitics written joined to the next word. A token that starts with one of
# them is indexed both as written and without it, so that a search for روسيا
# also finds وروسيا and لروسيا, and צפון finds בצפון. Listed folded.
_ARABIC_PROCLITICS = ("وبال", "فبال", "وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك")
_HEBREW_PROCLITICS = ("וכש", "וש", "וה", "וב", "ול", "ומ", "שה", "שב", "של", "כש", "מה", "ו", "ה", "ב", "ל", "מ", "ש", "כ")
_MIN_STEM = 3
_ARABIC_LETTERS = "".join(map(chr, range(0x0621, 0x064B)))  # hamza to yeh: the letters of a stem
_HEBREW_LETTERS = "".join(map(chr, range(0x05D0, 0x05EB)))  # alef to tav


def _clitic_re(proclitics: tuple[str, ...], letters: str) -> re.Pattern:
    """Stems of ``letters`` (a run of code points) after a joined clitic at the start of a
    word. The lookahead for the clitics' first letters changes no match; opening the pattern
    with it lets the regex engine skip in C to the next place a clitic can start, instead of
    trying the pattern at every character (a sixth less time)."""
    first_letters = "".join(sorted({clitic[0] for clitic in proclitics}))
    return re.compile(f"(?=[{first_letters}])(?<!\\w)(?:{'|'.join(proclitics)})"
                      f"([{letters[0]}-{letters[-1]}]{{{_MIN_STEM},}})")


_ARABIC_CLITIC_RE = _clitic_re(_ARABIC_PROCLITICS, _ARABIC_LETTERS)
_HEBREW_CLITIC_RE = _clitic_re(_HEBREW_PROCLITICS, _HEBREW_LETTERS)


def _has_any(text: str, letters: str) -> bool:
    """Whether ``text`` holds one of ``letters``. Looking for the letters one by one costs a
    fraction of one scan with a regex class (4 µs against 16 µs an article): CPython finds
    a character almost as fast as it copies memory, and text of the letters' script holds
    one of the first few."""
    return any(letter in text for letter in letters)


def clitic_stems(folded: str) -> str:
    """The stems of the folded tokens that start with a joined clitic, space-separated.

    The search index keeps them in a column of their own, so that phrase
    queries still see the words of the body in order.
    """
    # Each pattern is tried only on text that has a letter of its script (every match has
    # some): looking for one letter is a fraction of what trying the pattern costs.
    stems = _ARABIC_CLITIC_RE.findall(folded) if _has_any(folded, _ARABIC_LETTERS) else []
    if _has_any(folded, _HEBREW_LETTERS):
        stems += _HEBREW_CLITIC_RE.findall(folded)
    return " ".join(stems)


_PROCLITICS_BY_LENGTH = sorted(set(_ARABIC_PROCLITICS + _HEBREW_PROCLITICS), key=len, reverse=True)


@lru_cache(maxsize=65536)
def clitic_variants(word: str) -> tuple[str, ...]:
    """The stems ``word`` may have once a joined clitic is taken off, longest clitic
    first (وال, then و): the caller tries each against its vocabulary, because a
    word that merely starts with the letter of a clitic (بيونغ) has no clitic."""
    hebrew = "\u05d0" <= word[:1] <= "\u05ea"
    found = []
    for clitic in _PROCLITICS_BY_LENGTH:
        if word.startswith(clitic) and len(word) - len(clitic) >= _MIN_STEM \
                and (clitic in _HEBREW_PROCLITICS) == hebrew:
            found.append(word[len(clitic):])
    return tuple(found)


@lru_cache(maxsize=1)
def _variants() -> dict[str, str]:
    """Map each folded character to every original character that folds to it."""
    blocks = [
        (0x0030, 0x007F), (0x00C0, 0x024F), (0x0370, 0x03FF), (0x0400, 0x04FF),
        (0x0590, 0x05FF), (0x0600, 0x06FF), (0x0750, 0x077F),
        (0xFB1D, 0xFB4F), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF),
    ]
    found: dict[str, set[str]] = {}
    for lo, hi in blocks:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            folded = fold(ch)
            if len(folded) == 1 and folded != ch or (folded == ch and ch.isalnum()):
                found.setdefault(folded, {folded}).add(ch)
    return {k: "".join(sorted(v)) for k, v in found.items()}


def term_pattern(term: str, prefix: bool = False) -> str:
    """A regex that finds ``term`` (already folded) in *original* text.

    It accepts any spelling that folds to the term: letters with or without
    diacritics or tatweel between them, alef or yaa variants, final letters,
    Arabic-Indic digits, either case, and a joined clitic in front. Matches
    start and end on word boundaries (or anywhere after the start when
    ``prefix`` is true). Used to place highlights in the original text without
    keeping an offset map of the folded copy.
    """
    variants = _variants()
    marks = _MARKS_CLASS + "*"
    body = "".join("[" + "".join(re.escape(a) for a in variants.get(ch, ch)) + "]" + marks for ch in term)
    end = "" if prefix else r"(?!\w)"
    return rf"(?<!\w){_CLITIC_PREFIX}{body}{end}"


# For placing highlights only, a compact class of the marks met in news text
# (the full IGNORABLE_CLASS makes every term's regex slow to compile), and a
# loose joined-clitic prefix: the index has already decided what matches.
_MARKS_CLASS = ("[\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
                "\u0640\u00ad\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff]")
_CLITIC_PREFIX = (f"(?:(?:[{''.join(sorted(set(''.join(_ARABIC_PROCLITICS))))}]{_MARKS_CLASS}*){{1,4}}"
                  f"|[{''.join(sorted(set(''.join(_HEBREW_PROCLITICS))))}]{{1,3}})?")


_TOKEN_RE = re.compile(r"[^\W_]+")


def tokens(folded: str) -> list[str]:
    """Word tokens of folded text, split as the FTS5 unicode61 tokenizer splits."""
    return _TOKEN_RE.findall(folded)


def spelled_tokens(text: str) -> list[tuple[str, str]]:
    """Word tokens of ``text`` as (folded, as written without vowel marks) pairs, in the
    order of ``tokens(fold(text))``: what a person is shown when a folded word matched."""
    plain = _IGNORABLE_RE.sub("", unicodedata.normalize("NFC", text))
    pairs = [(folded, written) for written in _TOKEN_RE.findall(plain) for folded in tokens(fold(written))]
    folded_only = tokens(fold(text))
    if [f for f, _ in pairs] != folded_only:  # a presentation form split differently: show folded words
        return [(f, f) for f in folded_only]
    return pairs


def check_printable(field: str, text: str) -> None:
    """Refuse what is not text to keep or publish: an unpaired surrogate (bytes that were not
    UTF-8, as a terminal in another encoding passes them) or a control character. The message
    names the field (a word of ``messages.TERMS``) and the position, never the character
    itself, which cannot be printed."""
    from workbench.kernel.errors import BadInput
    from workbench.kernel.messages import msg, term

    bad = SURROGATE_RE.search(text)
    if bad:
        raise BadInput(msg("the {name} holds bytes that are not UTF-8 text (character {position}): "
                           "type it again, or set the terminal to UTF-8", name=term(field), position=bad.start() + 1))
    bad = CONTROL_RE.search(text) or _LINE_SEPARATORS.search(text)
    if bad:
        raise BadInput(msg("the {name} holds a control character (U+{code:04X}, character {position}), "
                           "which is invisible and cannot be published: remove it",
                           name=term(field), code=ord(bad.group()), position=bad.start() + 1))


_LINE_SEPARATORS = re.compile("[\u2028\u2029]")
# Invisible characters a name has no use for (bidi controls, zero-width spaces, soft hyphens):
# "sara\u200b" or "sup\u202e" would read as another person's name. ZWNJ and ZWJ are kept: they
# shape Persian and Arabic letters.
_INVISIBLE_IN_NAMES = re.compile("[\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u206f\ufeff]")


def check_name(field: str, text: str) -> None:
    """``check_printable``, and no invisible character either: a name (of a person, a rating,
    a glossary term) is told apart from another by its letters alone."""
    from workbench.kernel.errors import BadInput
    from workbench.kernel.messages import msg, term

    check_printable(field, text)
    if "\n" in text or "\t" in text:
        raise BadInput(msg("the {name} holds a line break or a tab: a name is one line", name=term(field)))
    bad = _INVISIBLE_IN_NAMES.search(text)
    if bad:
        raise BadInput(msg("the {name} holds an invisible character (U+{code:04X}, character {position}), "
                           "which would make it look like another: remove it",
                           name=term(field), code=ord(bad.group()), position=bad.start() + 1))
