"""Find the web-page boilerplate in an article: ranges the reader folds.

Nothing is removed from the original text; the result is a list of ranges
(start, end, kind) into it. Three kinds of evidence:
  * a line matching a pattern of ``data/boilerplate.json`` (subscription
    notices, comment forms, CAPTCHA lines, share buttons, "read also" lists,
    photo credits), which also takes in the short lines that follow it;
  * a paragraph repeated from earlier in the article, also when the earlier
    copy was broken over several lines;
  * lines with no letters or digits at all (separators, stray symbols), and
    short lines after a comment form or CAPTCHA at the end of the page.
"""

from __future__ import annotations

import json
import re
import re._constants as _sre
import re._parser as _sre_parse
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from workbench.text.spans import trim
from workbench.text.textnorm import fold

_FOLLOWER_MAX_CHARS = 60  # a line this short after a boilerplate line joins its block
_TAIL_MAX_CHARS = 80
_REPEAT_MIN_CHARS = 20
_REPEAT_WINDOW = 4  # an earlier paragraph may have been split over this many lines
_END_KINDS = {"comment_form", "captcha", "share"}
_KINDS_WITH_FOLLOWERS = {"subscription", "comment_form", "read_also"}  # notices and lists span lines


@dataclass(frozen=True)
class Fold:
    start: int
    end: int
    kind: str


@lru_cache(maxsize=1)
def _rules() -> tuple[re.Pattern, re.Pattern, tuple[str, ...] | None]:
    """The patterns as two regexes, one named group per kind: those anchored at
    the line's start (tried there only) and the others; and the literals of
    which every match of the others contains one (None: some pattern has none).

    Most lines are article text that no rule matches, and searching a line
    with the combined regex costs several times more than looking for a few
    dozen literals in it (Arabic and Hebrew text is full of the letters the
    rules begin with), so a line none of the literals occurs in is not searched."""
    data = json.loads(resources.files("workbench").joinpath("data/boilerplate.json").read_text("utf-8"))
    anchored: dict[str, list[str]] = {}
    floating: dict[str, list[str]] = {}
    for kind, patterns in data["kinds"].items():
        for pattern in patterns:
            if pattern.startswith("^"):
                anchored.setdefault(kind, []).append(pattern[1:])
            else:
                floating.setdefault(kind, []).append(pattern.removeprefix("\\b"))

    def combine(groups: dict[str, list[str]]) -> re.Pattern:
        return re.compile("|".join(f"(?P<{k}>" + "|".join(f"(?:{p})" for p in ps) + ")" for k, ps in groups.items()))

    floating_regex = combine(floating)
    literals: set[str] = set()
    for patterns in floating.values():
        for pattern in patterns:
            parsed = _sre_parse.parse(pattern)
            found = None if parsed.state.flags & re.IGNORECASE else _required_literals(parsed)
            if found is None:
                return combine(anchored), floating_regex, None
            literals.update(found)
    # A literal that contains another is implied by it.
    kept = tuple(sorted(x for x in literals if not any(y != x and y in x for y in literals)))
    return combine(anchored), floating_regex, kept


def _required_literals(items) -> list[str] | None:
    """Strings of which any match of a parsed regex sequence contains at least
    one, the longest such choice found; None when none is found (the line must
    then always be searched)."""
    best: list[str] | None = None

    def consider(candidates: list[str] | None) -> None:
        nonlocal best
        if candidates and all(candidates) and (best is None or min(map(len, candidates)) > min(map(len, best))):
            best = candidates

    run = ""
    for op, av in [*items, (None, None)]:
        if op is _sre.LITERAL:
            run += chr(av)
            continue
        consider([run] if run else None)
        run = ""
        if op is _sre.SUBPATTERN:
            consider(_required_literals(av[3]))
        elif op is _sre.BRANCH:
            alternatives = [_required_literals(branch) for branch in av[1]]
            consider(None if None in alternatives else [x for alt in alternatives for x in alt])
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] >= 1:
            consider(_required_literals(av[2]))
    return best


_PATTERN_SPAN = 300  # boilerplate shows itself early in a line; long paragraphs are not searched to the end


@lru_cache(maxsize=1)
def _gated_literals() -> tuple[tuple[str, str | None], ...] | None:
    """The prefilter's literals, each with its first character beyond ASCII (None: it has none).

    A literal cannot occur in a text without each of its characters, and looking for one
    character costs a tenth of looking for a string: an Arabic article rules out the Hebrew
    literals that way, a Hebrew one the Arabic literals (13 µs of 55 an article). ASCII
    characters are in every article, so they rule out nothing."""
    literals = _rules()[2]
    return None if literals is None else tuple((x, next((c for c in x if not c.isascii()), None)) for x in literals)


def _candidates(folded_text: str) -> tuple[str, ...] | None:
    """The prefilter's literals that occur in an article's folded text: a line can hold
    only these (looked for once per article rather than in every line). None: no prefilter."""
    gated = _gated_literals()
    return None if gated is None else tuple(literal for literal, gate in gated
                                            if (gate is None or gate in folded_text) and literal in folded_text)


def _pattern_kind(folded_line: str, candidates: tuple[str, ...] | None) -> str | None:
    """The kind of the first rule matching a line; ``candidates`` as from ``_candidates``."""
    anchored, floating, _ = _rules()
    match = anchored.match(folded_line)
    if match is None:
        head = folded_line[:_PATTERN_SPAN]
        if candidates is None or any(literal in head for literal in candidates):
            match = floating.search(folded_line, 0, _PATTERN_SPAN)
    return match.lastgroup if match else None


_WORDS_RE = re.compile(r"[^\W_]+")


def find_folds(text: str, folded_text: str | None = None) -> list[Fold]:
    """Boilerplate ranges of ``text``, merged where adjacent lines share a kind.

    ``folded_text`` is ``fold(text)`` when the caller has it already; folding
    keeps every newline, so its lines pair up with the original's.
    """
    folded_text = fold(text) if folded_text is None else folded_text
    lines: list[tuple[int, int]] = []
    folded_lines: list[str] = []
    start = 0
    for original, folded_line in zip(text.split("\n"), folded_text.split("\n")):
        if original.strip():
            lines.append((start, start + len(original)))
            folded_lines.append(folded_line.strip())
        start += len(original) + 1
    repeats = _Repeats(folded_lines)
    candidates = _candidates(folded_text)
    kinds: list[str | None] = [None] * len(lines)
    block = 0  # lines in the current block of notice lines
    for i, (s, e) in enumerate(lines):
        first = _WORDS_RE.search(folded_lines[i])
        kind = _pattern_kind(folded_lines[i], candidates)
        if kind is None and first is None:
            kind = "noise"
        if kind is None and repeats.repeats_earlier(i, first.group()):
            kind = "repeated"
        if kind is None and i and kinds[i - 1] in _KINDS_WITH_FOLLOWERS and _continues(text, lines[i - 1], (s, e), block):
            kind = kinds[i - 1]
        block = block + 1 if kind is not None and i and kind == kinds[i - 1] else 1
        kinds[i] = kind
        if first is not None:
            repeats.add(i, first.group())
    _fold_page_tail(text, lines, kinds)
    return _merge(text, lines, kinds)


_SENTENCE_END = tuple(".!?؟۔:")


def _continues(text: str, previous: tuple[int, int], line: tuple[int, int], block: int) -> bool:
    """Whether a line belongs to the notice or list above it.

    A blank line ends the block. A long line joins only when the line above is
    a long one wrapped mid-sentence. A short line joins when it is no sentence
    of its own (a list item, a link title, a notice's next line) or when the
    block already runs over two lines or more; a short sentence right after a
    one-line notice is the article going on.
    """
    if text[previous[1] : line[0]].count("\n") > 1:
        return False
    here = text[line[0] : line[1]].strip()
    above = text[previous[0] : previous[1]].strip()
    if len(here) > _FOLLOWER_MAX_CHARS:
        return len(above) > _FOLLOWER_MAX_CHARS and not above.endswith(_SENTENCE_END)
    return not here.endswith(_SENTENCE_END) or block >= 2


class _Repeats:
    """Which lines repeat a paragraph from earlier in the article, also one whose earlier copy
    was broken over up to ``_REPEAT_WINDOW`` lines: a line of ``_REPEAT_MIN_CHARS`` or more
    repeats when its words (joined by single spaces) are those of a run of consecutive earlier
    lines.

    Making every line's words (a regex pass over the whole article) and remembering every run
    of lines was a seventh of the analysis of an article, and most lines repeat nothing. A run
    that a line's words can equal starts with a line that has the same first word (a run
    starting with a line of no words is a shorter run too), so lines are kept by their first
    word, and the words and runs of a line are made only once a later line of that first word
    asks for them: for about one line in five in the benchmark's corpus."""

    def __init__(self, folded_lines: list[str]) -> None:
        self._lines = folded_lines
        self._words: list[str | None] = [None] * len(folded_lines)
        # first word -> (the runs made of the lines that start with it, the lines whose runs are not made yet)
        self._by_first: dict[str, tuple[set[str], list[int]]] = {}

    def add(self, i: int, first: str) -> None:
        """Line ``i``, whose first word is ``first``, can be repeated by the lines after it."""
        entry = self._by_first.get(first)
        if entry is None:
            entry = self._by_first[first] = (set(), [])
        entry[1].append(i)

    def repeats_earlier(self, i: int, first: str) -> bool:
        """Whether line ``i`` (first word ``first``) repeats a run of lines added before it."""
        entry = self._by_first.get(first)
        if entry is None or len(self._lines[i]) < _REPEAT_MIN_CHARS:  # its words are no longer than the line
            return False
        runs, waiting = entry
        for start in waiting:
            runs.update(self._runs_from(start))
        waiting.clear()
        words = self._words_of(i)
        return len(words) >= _REPEAT_MIN_CHARS and words in runs

    def _runs_from(self, start: int) -> list[str]:
        """The words of the runs of 1 to ``_REPEAT_WINDOW`` lines starting at line ``start``.
        A run that reaches the line asking, or lines after it, holds that line's words and more:
        it never equals them, so it need not be left out."""
        run = self._words_of(start)
        runs = [run]
        for k in range(start + 1, min(start + _REPEAT_WINDOW, len(self._lines))):
            run += " " + self._words_of(k)
            runs.append(run)
        return runs

    def _words_of(self, i: int) -> str:
        words = self._words[i]
        if words is None:
            words = self._words[i] = " ".join(_WORDS_RE.findall(self._lines[i]))
        return words


def _fold_page_tail(text: str, lines: list[tuple[int, int]], kinds: list[str | None]) -> None:
    """After the last comment form or CAPTCHA, fold the short lines that end the page."""
    last = max((i for i, k in enumerate(kinds) if k in _END_KINDS), default=None)
    if last is None or lines[last][0] < len(text) * 0.5:
        return
    for i in range(last + 1, len(lines)):
        s, e = lines[i]
        if kinds[i] is None and len(text[s:e].strip()) <= _TAIL_MAX_CHARS:
            kinds[i] = "page_footer"


def _merge(text: str, lines: list[tuple[int, int]], kinds: list[str | None]) -> list[Fold]:
    folds: list[Fold] = []
    for (s, e), kind in zip(lines, kinds):
        if kind is None:
            continue
        s, e = trim(text, s, e)
        if folds and folds[-1].kind == kind and not text[folds[-1].end : s].strip():
            folds[-1] = Fold(folds[-1].start, e, kind)
        else:
            folds.append(Fold(s, e, kind))
    return folds

