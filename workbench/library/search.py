"""Full-text search over the library, with Arabic and Hebrew normalisation.

FTS5 indexes a folded copy of each article (``textnorm.fold``). Whatever a
user types is turned into a safe FTS5 query: every word becomes a quoted
string, text in quotation marks (any kind: " “ ” « » „ ״) a phrase, and so
does a word with punctuation inside (ארה"ב, جونج-أون); a word ending in ``*``
is a prefix; nothing typed can reach FTS5's own syntax, so
no input raises an error. Snippets are cut from the original text and the
highlights placed with ``textnorm.term_pattern``, so they show the article as
written, with its diacritics.

A search answers in two steps: FTS5 ranks ids (``_ranked``), then only the
articles shown are read, and only as far as their first match and the snippet
around it; every match in a whole article is found when ``Hit.matches`` is
first read.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import InitVar, asdict, dataclass
from functools import cached_property, lru_cache

from sqlite_utils import Database

from workbench.kernel.errors import DatabaseError
from workbench.kernel.messages import msg
from workbench.text.textnorm import fold, term_pattern, tokens

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
    text: InitVar[str]  # the article's original text, kept for ``matches``
    terms: InitVar[list[Term]]

    def __post_init__(self, text: str, terms: list[Term]) -> None:
        object.__setattr__(self, "_source", (text, terms))

    @cached_property
    def matches(self) -> list[tuple[int, int]]:
        """Offsets of every match in the article's original text.

        Found on first use: scanning 20 whole articles costs 2-10 ms a query,
        and most callers show the snippet only.
        """
        text, terms = self._source
        return find_matches(text, terms)

    def as_dict(self) -> dict:
        return asdict(self) | {"matches": self.matches}


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
    ranked = _ranked(db, terms, limit, language)
    rows = _articles(db, [article_id for article_id, _ in ranked])
    hits = []
    for article_id, rank in ranked:
        if article_id not in rows:  # deleted since the ranking
            continue
        title, lang, direction, publisher, published, text = rows[article_id]
        snippet, highlights = _snippet(text, terms)
        hits.append(Hit(article_id, title, lang, direction, publisher, published, -rank, snippet, highlights,
                        text, terms))
    return hits


def search_ids(db: Database, query: str, *, limit: int = 200, language: str | None = None) -> list[int]:
    """Ids of the best matches, without snippets: for lists that show titles only."""
    terms = parse_query(query)
    return [article_id for article_id, _ in _ranked(db, terms, limit, language)] if terms and limit > 0 else []


# Ranking costs time for every matching article: a word found in tens of
# thousands of articles would take far over 50 ms to rank on a desk's laptop.
# Beyond this many matches, the most recently imported ones are ranked; the
# newsroom looks for the latest reporting first.
RANK_WINDOW = 5000

# Earlier versions of an article stay in the index; they are filtered out here.
# Both filters read the (is_current, language) index, which holds the ids: the
# article row itself keeps is_current and language after the text, on overflow
# pages, and reading them there for thousands of matches cost more than the
# ranking. Neither filter is a rowid IN (…) list, which SQLite would hand to
# FTS5 as a rowid constraint that costs time in proportion to the whole library.
_NOT_EARLIER_VERSION = "f.rowid NOT IN (SELECT id FROM articles WHERE is_current = 0)"
_CURRENT_IN_LANGUAGE = ("EXISTS (SELECT 1 FROM articles a INDEXED BY articles_current_language"
                        " WHERE a.is_current = 1 AND a.language = ? AND a.id = f.rowid)")

# The schema's rank setting (titles 5, texts 1, clitic stems 0.5), called
# directly: SQLite then keeps only the best ``limit`` rows while ranking, where
# ORDER BY rank has FTS5 sort every row of the window (a quarter slower).
RANK_SQL = "bm25(articles_fts, 5.0, 1.0, 0.5)"


def _ranked(db: Database, terms: list[Term], limit: int, language: str | None) -> list[tuple[int, float]]:
    """(id, bm25 score: lower is better) of the best current matches, best first.

    The first query walks the index backwards by rowid, without ranking, over
    the RANK_WINDOW newest matches (about a millisecond): the rowid range they
    span, or that nothing matches. The second ranks the matches in that range,
    which FTS5 applies as a rowid constraint.
    """
    where = "articles_fts MATCH ? AND " + (_CURRENT_IN_LANGUAGE if language else _NOT_EARLIER_VERSION)
    match = [to_fts(terms), *([language] if language else [])]
    source = f"FROM articles_fts f WHERE {where}"
    try:
        found, oldest, newest = db.execute(
            f"SELECT count(*), min(id), max(id) FROM (SELECT f.rowid AS id {source} ORDER BY f.rowid DESC LIMIT ?)",
            [*match, RANK_WINDOW]).fetchone()
        if not found:
            return []
        return db.execute(f"SELECT f.rowid, {RANK_SQL} AS score {source} AND f.rowid BETWEEN ? AND ? "
                          "ORDER BY score LIMIT ?", [*match, oldest, newest, limit]).fetchall()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(msg("the search index cannot be read ({error}); run 'workbench reindex'",
                                error=str(exc))) from None


def _articles(db: Database, ids: list[int]) -> dict[int, tuple]:
    """Title, language, direction, publisher, date and text of the articles ``ids``."""
    if not ids:
        return {}
    rows = db.execute("SELECT id, title, language, direction, publisher, published, text FROM articles "
                      f"WHERE id IN ({', '.join('?' * len(ids))})", ids)
    return {row[0]: row[1:] for row in rows}


@lru_cache(maxsize=256)
def _compiled(term: Term) -> re.Pattern:
    separator = r"[\W_]+"
    parts = [term_pattern(w, prefix=term.prefix and i == len(term.words) - 1) for i, w in enumerate(term.words)]
    return re.compile(separator.join(parts))


def find_matches(text: str, terms: list[Term]) -> list[tuple[int, int]]:
    """Where the terms occur in the original ``text``, as sorted (start, end) offsets."""
    spans = {m.span() for term in terms for m in _compiled(term).finditer(text)}
    return sorted(spans)


def _snippet(text: str, terms: list[Term]) -> tuple[str, list[tuple[int, int]]]:
    """The snippet around the first match and the matches inside it, as offsets into the snippet.

    Only the text up to the first match and the snippet itself are scanned. No
    match starts before the first, so scanning from the snippet's start finds
    what a scan of the whole text would find there.
    """
    firsts = [m.start() for m in (_compiled(term).search(text) for term in terms) if m]
    snippet, start = _window(text, min(firsts, default=None))
    end = start + len(snippet)
    spans = set()
    for term in terms:
        for m in _compiled(term).finditer(text, start):
            if m.start() >= end:
                break
            if m.end() <= end:
                spans.add((m.start() - start, m.end() - start))
    return snippet, sorted(spans)


def _window(text: str, first: int | None) -> tuple[str, int]:
    """A snippet of about SNIPPET_CHARS around offset ``first``, cut at spaces, and where it starts."""
    if first is None:
        cut = text[:SNIPPET_CHARS]
        return cut.replace("\n", " "), 0
    start = max(0, first - SNIPPET_CHARS // 3)
    if start:
        space = text.find(" ", start, first)
        start = space + 1 if space != -1 else start
    end = min(len(text), start + SNIPPET_CHARS)
    if end < len(text):
        space = text.rfind(" ", max(first, start + SNIPPET_CHARS // 2), end)
        end = space if space != -1 else end
    return text[start:end].replace("\n", " "), start
