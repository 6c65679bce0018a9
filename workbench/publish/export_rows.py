"""The CSV rows of the publication, composed by SQLite and kept ready.

Composing a row gathers a verdict's claims by language, with their articles, its
sources and tags: most of an export's cost. So each published or approved verdict's
row is kept, made safe (``csv_cells.safe_row``), in ``export_rows``, and composed again
only when the verdict is marked stale: the triggers of schema step m010 mark it in the
same transaction as any change its row shows. An export first composes the stale rows,
then reads the rows in one snapshot in which none is stale. A change of this module's
composition (its query, its columns, ``ROW_FORMAT``) marks every row stale.
The columns are documented in docs/EXPORT.md; they only ever grow at the end.
"""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from collections.abc import Iterator
from typing import NamedTuple

from sqlite_utils import Database

from workbench.db.store import write_transaction
from workbench.publish.csv_cells import balanced_directions, has_direction_controls, safe_row
from workbench.text.addresses import shown_address

LANGUAGE_COLUMNS = ("ar", "he", "en")
CSV_COLUMNS = (
    "verdict_id", "cluster_id", "canonical_claim", "rating", "rating_value", "summary", "languages",
    "claim_count",
    *(f"{kind}_{lang}" for lang in (*LANGUAGE_COLUMNS, "other") for kind in ("quotes", "articles")),
    "source_urls", "tags", "checker", "reviewer", "approved_at", "published_at", "revision",
)
EXPORTED_STATES = ("published", "approved")
ROW_FORMAT = 1  # raise it when the cells change in a way neither the query's text nor _PROBE shows
COMPOSE_BATCH = 2000
_SEPARATOR = "\x00"  # between a kept row's cells: a safe cell holds no control character


def _one_line(expression: str) -> str:
    """``expression`` with its line breaks as spaces: a cell holds one quote (or article) a
    line, the n-th quote's article on the n-th line of the next cell."""
    return f"replace(replace({expression}, char(13), ' '), char(10), ' ')"


# An article's line, "title | publisher | date | URL", is made by Python (``_article_line``): its
# title's and publisher's direction controls balanced inside each (an open embedding would
# reach the parts after it on the line), its address as it is shown; one call a claim.
_LINE = _one_line("wb_article(a.title, a.publisher, a.published, a.url)")
_LANG_COLUMNS = ",\n       ".join(
    f"coalesce(group_concat(CASE WHEN {condition} THEN {_one_line('c.quote')} END, char(10)), ''), "
    f"coalesce(group_concat(CASE WHEN {condition} THEN {_LINE} END, char(10)), '')"
    for condition in [*(f"c.language = '{lang}'" for lang in LANGUAGE_COLUMNS),
                      f"c.language NOT IN ({', '.join(repr(lang) for lang in LANGUAGE_COLUMNS)})"])
# One pass over the verdicts joined to their claims, grouped as they come: the verdicts are
# read in id order (NOT INDEXED: an index on the state would hand them over in another order
# and the grouping would need a sort; the rowid is still used to find given ids), so each
# verdict's claims arrive together, in claim order, from verdict_claims' index. Every cell
# comes out as text; the tags' subquery runs only for a verdict whose claims have tags. The
# first five columns are the verdict's, for the export's filters and order.
_COMPOSE = f"""
SELECT v.id, v.state, coalesce(v.published_at, v.approved_at), v.languages, v.rating,
       CAST(v.id AS TEXT), CAST(v.anchor_claim AS TEXT),
       coalesce((SELECT CASE WHEN ac.statement != '' THEN ac.statement ELSE ac.quote END
                 FROM claims ac WHERE ac.id = v.anchor_claim), ''),
       v.rating, CASE WHEN r.value IS NULL THEN '' ELSE printf('%g', r.value) END, v.summary, v.languages,
       CAST(v.cluster_size AS TEXT),
       {_LANG_COLUMNS},
       (SELECT coalesce(group_concat(u, char(10)), '') FROM (
            SELECT coalesce(wb_address(s.url), wb_address(a2.url), 'article ' || s.article_id || CASE WHEN a2.title != ''
                   THEN ': ' || {_one_line('a2.title')} ELSE '' END) AS u
            FROM verdict_sources s
            LEFT JOIN articles a2 ON a2.id = s.article_id WHERE s.verdict_id = v.id ORDER BY s.position)),
       CASE WHEN max(c.tags != '[]') THEN (SELECT coalesce(group_concat(value, ', '), '') FROM (
            SELECT DISTINCT t.value FROM verdict_claims tvc JOIN claims tc ON tc.id = tvc.claim_id,
            json_each(tc.tags) t WHERE tvc.verdict_id = v.id ORDER BY t.value)) ELSE '' END,
       v.checker, coalesce(v.approved_by, ''), coalesce(v.approved_at, ''), coalesce(v.published_at, ''),
       CAST(v.revision AS TEXT)
FROM verdicts v NOT INDEXED
LEFT JOIN verdict_claims vc ON vc.verdict_id = v.id
LEFT JOIN claims c ON c.id = vc.claim_id
LEFT JOIN articles a ON a.id = c.article_id
LEFT JOIN ratings r ON r.label = v.rating
WHERE v.state IN ({', '.join(repr(s) for s in EXPORTED_STATES)}) AND {{where}}
GROUP BY v.id
"""
_BIDI_PROBE = "".join(map(chr, [*range(0x202a, 0x202f), *range(0x2066, 0x206a), 0x200e, 0x200f, 0x061c, 0x200c,
                                0x200d]))
_PROBE = ["".join(map(chr, range(0x100))), "\ud800a\udfff", *(c + "1" for c in "=+-@\t\r'a"), "", "x",
          # direction controls alone, twice over, in the other order, across lines, before a formula
          _BIDI_PROBE, _BIDI_PROBE * 2, _BIDI_PROBE[::-1], "\n".join(_BIDI_PROBE), *(c + "=1" for c in _BIDI_PROBE)]
# What the addresses of a row are written as (addresses.shown_address): plain, needing escapes,
# refused, with every character below U+0100 and the direction controls in its path and host.
_ADDRESS_PROBE = ["https://example.org/a?b=1#c", "HTTPS://x.example/%d9%83%zz", "ftp://x", "https://", "https:x",
                  "https://a b/", "https://x.example:8o/", "https://[::1]:8/", "https://u:p@x/", "https://x\\@y/",
                  "https://x/" + "".join(map(chr, range(0x100))) + _BIDI_PROBE + "\ud800\ufeff\u3000أخبار",
                  "https://" + _BIDI_PROBE + "x/", " \u200fhttps://x/\u200f "]


def _wb_address(value):
    return shown_address(value) if isinstance(value, str) else value


def _article_line(title: str | None, publisher: str | None, published: str | None, url: str | None) -> str:
    title, publisher = title or "", publisher or ""
    if has_direction_controls(title + publisher):
        title, publisher = balanced_directions(title), balanced_directions(publisher)
    return f"{title} | {publisher} | {published or ''} | {shown_address(url) or ''}"


_LINE_PROBE = [(None, None, None, None), ("t", "p", "2024-01-01", "https://x/a b"),
               (_BIDI_PROBE, _BIDI_PROBE[::-1], "d", _ADDRESS_PROBE[-3])]


def signature(safe=safe_row, address=_wb_address, line=_article_line) -> str:
    """The composition's signature: the query, the columns, what ``safe`` makes of every
    character below U+0100, of surrogates, of formula starts and of direction controls, and
    what ``address`` and ``line`` make of addresses and articles, so that a change of the
    cells' safety (csv_cells, textnorm's control characters), of the rule for addresses
    (addresses.py) or of an article's line marks every row stale too."""
    safety = repr(list(safe(_PROBE)))
    addresses = repr([address(a) for a in _ADDRESS_PROBE])
    lines = repr([line(*parts) for parts in _LINE_PROBE])
    return hashlib.sha256(f"{ROW_FORMAT}\n{CSV_COLUMNS}\n{_COMPOSE}\n{safety}\n{addresses}\n{lines}".encode(
        "utf-8", "surrogatepass")).hexdigest()


_SIGNATURE = signature()


def _functions(db: Database) -> None:
    """The composition's own SQL functions, on ``db``'s connection: ``wb_address`` (an address
    as it is shown, ``addresses.shown_address``) and ``wb_article`` (``_article_line``). Made
    once: SQLite refuses to make a function again while a statement of the connection runs."""
    try:
        db.conn.execute("SELECT wb_address(NULL), wb_article(NULL, NULL, NULL, NULL)").fetchone()
    except sqlite3.OperationalError:
        db.conn.create_function("wb_address", 1, _wb_address, deterministic=True)
        db.conn.create_function("wb_article", 4, _article_line, deterministic=True)


def composed_rows(db: Database, where: str = "1", params: list | tuple = ()) -> Iterator[tuple]:
    """Rows composed now, safe, for the exported verdicts that ``where`` (on ``verdicts v``)
    selects, in id order: (id, state, stamp, languages, rating, cells)."""
    _functions(db)
    for row in db.execute(_COMPOSE.replace("{where}", where), params):
        yield (*row[:5], safe_row(row[5:]))


def stale_count(db: Database) -> int:
    return db.execute("SELECT count(*) FROM export_stale").fetchone()[0]


def mark_all_stale(db: Database) -> None:
    """Mark every verdict's row to be composed again (inside the caller's transaction)."""
    db.execute("INSERT OR REPLACE INTO export_stale SELECT id FROM verdicts")


def differing_rows(db: Database) -> list[int]:
    """The verdicts whose kept row, not marked stale, is not what composing it now gives:
    only a change made with the triggers of schema step m010 dropped leaves one. Both
    sides are read in id order and compared as they come (memory stays flat)."""
    fresh = "v.id NOT IN (SELECT verdict_id FROM export_stale)"
    _functions(db)  # before the kept rows' statement runs
    kept = db.execute("SELECT * FROM export_rows WHERE verdict_id NOT IN (SELECT verdict_id FROM export_stale) "
                      "ORDER BY verdict_id")
    composed = ((vid, *head, _SEPARATOR.join(cells)) for vid, *head, cells in composed_rows(db, fresh))
    differing = []
    a, b = next(kept, None), next(composed, None)
    while a is not None or b is not None:
        if a is not None and (b is None or a[0] < b[0]):  # kept, and no longer exported
            differing.append(a[0])
            a = next(kept, None)
        elif a is None or b[0] < a[0]:  # exported, and not kept
            differing.append(b[0])
            b = next(composed, None)
        else:
            if a != b:
                differing.append(a[0])
            a, b = next(kept, None), next(composed, None)
    return differing


class Composed(NamedTuple):
    """How far ``compose_stale`` is: rows composed so far, rows still stale."""
    done: int
    remaining: int


def compose_stale(db: Database) -> Iterator[Composed]:
    """Compose every stale row again, a batch per transaction (other windows on the database
    never wait long; a batch done stays done). Yields how far it is after each batch, so
    that the caller can report and stop between batches."""
    with write_transaction(db):
        if db.execute("SELECT signature FROM export_format").fetchone() != (_SIGNATURE,):
            mark_all_stale(db)
            db.execute("INSERT OR REPLACE INTO export_format (one, signature) VALUES (1, ?)", [_SIGNATURE])
    done = 0
    while True:
        with write_transaction(db):
            ids = [r[0] for r in db.execute("SELECT verdict_id FROM export_stale ORDER BY verdict_id LIMIT ?",
                                            [COMPOSE_BATCH])]
            if not ids:
                return
            batch = "verdict_id BETWEEN ? AND ?"
            rows = list(composed_rows(db, f"v.id IN (SELECT verdict_id FROM export_stale WHERE {batch})",
                                      [ids[0], ids[-1]]))
            db.execute(f"DELETE FROM export_rows WHERE verdict_id IN (SELECT verdict_id FROM export_stale WHERE {batch})",
                       [ids[0], ids[-1]])
            done += len(ids)
            db.conn.executemany("INSERT INTO export_rows (verdict_id, state, stamp, languages, rating, cells) "
                                "VALUES (?, ?, ?, ?, ?, ?)", [(*r[:5], _SEPARATOR.join(r[5])) for r in rows])
            db.execute(f"DELETE FROM export_stale WHERE {batch}", [ids[0], ids[-1]])
        yield Composed(done, stale_count(db))


@contextlib.contextmanager
def ready_snapshot(db: Database) -> Iterator[bool]:
    """A read transaction on the database; it yields whether no row is stale in it, in which
    case every kept row is exactly what composing it now would give."""
    db.execute("BEGIN")
    try:
        yield stale_count(db) == 0
    finally:
        db.execute("COMMIT")


def ready_rows(db: Database, where: str, params: list | tuple) -> Iterator[list[str]]:
    """The kept rows that ``where`` (on ``export_rows e``) selects, oldest publication (or
    approval) first; inside ``ready_snapshot``."""
    for (cells,) in db.execute(f"SELECT e.cells FROM export_rows e WHERE {where} ORDER BY e.stamp, e.verdict_id",
                               params):
        yield cells.split(_SEPARATOR)
