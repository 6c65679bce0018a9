"""Full-text search over the library, with Arabic and Hebrew normalisation.

FTS5 indexes a folded copy of each article (``textnorm.fold``). Whatever a
user types is turned into a safe FTS5 query: every word becomes a quoted
string, text in quotation marks (any kind: " “ ” « » „ ״) a phrase, and so
does a word with punctuation inside (ארה"ב, جونج-أون); a word ending in ``*``
is a prefix; nothing typed can reach FTS5's own syntax, so
no input raises an error. Snippets are cut from the original text and the
highlights placed with ``textnorm.term_pattern``, so they show the article as
written, with its diacritics.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import asdict, dataclass
from functools import lru_cache

from sqlite_utils import Database

from .errors import DatabaseError
from .textnorm import fold, term_pattern, tokens

_QUOTES = "\"“”«»„״‟"
# A quotation mark opens or closes a phrase only at a word's edge: inside a
# word, " and ״ are Hebrew gershayim (ארה"ב), part of the word.
_PHRASE_RE = re.compile(rf"(?:^|(?<=[\s(]))[{_QUOTES}]([^{_QUOTES}]*)[{_QUOTES}](?=[\s).,;:!?؟،]|$)")
_WORD_RE = re.compile(r"[^\s]+")
SNIPPET_CHARS = 160


@dataclass(frozen=True)
class Term:
    words: tuple[str, ...]  # folded tokens: one for a word, several for a phrase
    prefix: bool = False

    def fts(self) -> str:
        return '"' + " ".join(self.words) + '"' + ("*" if self.prefix else "")


@dataclass(frozen=True)
class Hit:
    id: int
    title: str
    language: str
    direction: str
    publisher: str | None
    published: str | None
    score: float
    snippet: str
    highlights: list[tuple[int, int]]  # offsets inside snippet
    matches: list[tuple[int, int]]  # offsets in the article's original text

    def as_dict(self) -> dict:
        return asdict(self)


def parse_query(query: str) -> list[Term]:
    """The terms of a user's query (see the module docstring)."""
    terms: list[Term] = []
    for phrase in _PHRASE_RE.findall(query):
        words = tuple(tokens(fold(phrase)))
        if words:
            terms.append(Term(words))
    rest = _PHRASE_RE.sub(" ", query)
    for raw in _WORD_RE.findall(rest):
        words = tokens(fold(raw))
        if not words:
            continue
        # One typed word may hold several tokens (ארה"ב, جونج-أون): a phrase.
        prefix = raw.rstrip(_QUOTES + ")]}.,;:!?؟،").endswith("*")
        terms.append(Term(tuple(words), prefix))
    return list(dict.fromkeys(terms))


def to_fts(terms: list[Term]) -> str:
    return " ".join(t.fts() for t in terms)


def search(db: Database, query: str, *, limit: int = 20, language: str | None = None) -> list[Hit]:
    """Current articles matching every term of ``query``, best first."""
    terms = parse_query(query)
    if not terms or limit <= 0:
        return []
    hits = []
    for article_id, title, lang, direction, publisher, published, text, rank in _ranked(db, terms, limit, language):
        matches = find_matches(text, terms)
        snippet, start = _window(text, matches)
        highlights = [(s - start, e - start) for s, e in matches if s >= start and e <= start + len(snippet)]
        hits.append(Hit(article_id, title, lang, direction, publisher, published, -rank, snippet, highlights, matches))
    return hits


# Ranking costs time for every matching article: a word found in tens of
# thousands of articles would take far over 50 ms to rank on a desk's laptop.
# Beyond this many matches, the most recently imported ones are ranked; the
# newsroom looks for the latest reporting first.
RANK_WINDOW = 5000


def _ranked(db: Database, terms: list[Term], limit: int, language: str | None):
    """Best matches among current articles (earlier versions stay in the index, filtered here).

    The filter is a join, not ``rowid IN (…)``: SQLite hands an IN list to FTS5
    as a rowid constraint, which costs time in proportion to the whole library.
    """
    where = "articles_fts MATCH ? AND a.is_current = 1" + (" AND a.language = ?" if language else "")
    match = [to_fts(terms), *([language] if language else [])]
    joined = "FROM articles_fts f JOIN articles a ON a.id = f.rowid WHERE " + where
    try:
        cut = db.execute(f"SELECT f.rowid {joined} ORDER BY f.rowid DESC LIMIT 1 OFFSET ?",
                         [*match, RANK_WINDOW - 1]).fetchone()
        return db.execute(
            f"SELECT a.id, a.title, a.language, a.direction, a.publisher, a.published, a.text, f.rank "
            f"{joined} AND f.rowid >= ? ORDER BY f.rank LIMIT ?",
            [*match, cut[0] if cut else 0, limit],
        ).fetchall()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"the search index cannot be read ({exc}); run 'workbench reindex'") from None


def search_ids(db: Database, query: str, *, limit: int = 200, language: str | None = None) -> list[int]:
    """Ids of the best matches, without snippets: for lists that show titles only."""
    terms = parse_query(query)
    return [row[0] for row in _ranked(db, terms, limit, language)] if terms and limit > 0 else []


@lru_cache(maxsize=256)
def _compiled(term: Term) -> re.Pattern:
    separator = r"[\W_]+"
    parts = [term_pattern(w, prefix=term.prefix and i == len(term.words) - 1) for i, w in enumerate(term.words)]
    return re.compile(separator.join(parts))


def find_matches(text: str, terms: list[Term]) -> list[tuple[int, int]]:
    """Where the terms occur in the original ``text``, as sorted (start, end) offsets."""
    spans = {m.span() for term in terms for m in _compiled(term).finditer(text)}
    return sorted(spans)


def _window(text: str, matches: list[tuple[int, int]]) -> tuple[str, int]:
    """A snippet of about SNIPPET_CHARS around the first match, cut at spaces."""
    if not matches:
        cut = text[:SNIPPET_CHARS]
        return cut.replace("\n", " "), 0
    first = matches[0][0]
    start = max(0, first - SNIPPET_CHARS // 3)
    if start:
        space = text.find(" ", start, first)
        start = space + 1 if space != -1 else start
    end = min(len(text), start + SNIPPET_CHARS)
    if end < len(text):
        space = text.rfind(" ", max(first, start + SNIPPET_CHARS // 2), end)
        end = space if space != -1 else end
    return text[start:end].replace("\n", " "), start
