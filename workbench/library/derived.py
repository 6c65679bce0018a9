"""Everything derived from an article's original text, and how to (re)write it.

Paragraph languages and directions, boilerplate folds and the search-index
forms can all be rebuilt from the original text at any time (``workbench
reindex``); only the original text and the import metadata are primary.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from workbench.text.boilerplate import Fold, find_folds
from workbench.text.language import LanguageProfile, profile
from workbench.text.textnorm import clitic_stems, fold, fold_article

if TYPE_CHECKING:
    from sqlite_utils import Database  # only the caller's database passes through here


@dataclass(frozen=True)
class Analysis:
    profile: LanguageProfile
    folds: list[Fold]
    folded: str  # textnorm.fold of the text, for the search index


def analyse(text: str) -> Analysis:
    folded = fold_article(text)
    return Analysis(profile(text), find_folds(text, folded), folded)


def paragraph_rows(article_id: int, analysis: Analysis) -> list[tuple]:
    return [(article_id, p.start, p.end, p.language, p.direction) for p in analysis.profile.paragraphs]


def fold_rows(article_id: int, analysis: Analysis) -> list[tuple]:
    return [(article_id, f.start, f.end, f.kind) for f in analysis.folds]


def fts_row(article_id: int, title: str, folded_text: str) -> tuple:
    """The search-index row of an article, from its folded text (``Analysis.folded``)."""
    return (article_id, fold(title), folded_text, clitic_stems(folded_text))


def write_derived(db: Database, paragraphs: list[tuple], folds: list[tuple], fts: list[tuple]) -> None:
    """Insert derived rows (inside the caller's transaction)."""
    db.conn.executemany('INSERT INTO paragraphs (article_id, start, "end", language, direction) VALUES (?, ?, ?, ?, ?)', paragraphs)
    db.conn.executemany('INSERT INTO folds (article_id, start, "end", kind) VALUES (?, ?, ?, ?)', folds)
    db.conn.executemany("INSERT INTO articles_fts (rowid, title, body, stems) VALUES (?, ?, ?, ?)", fts)


def rebuild(db: Database, progress=None) -> int:
    """Recompute every derived row from the original texts. Returns the number of articles."""
    from workbench.db.store import TimedBatches, write_transaction

    ids = [row[0] for row in db.execute("SELECT id FROM articles ORDER BY id")]
    with write_transaction(db):
        db.execute("DELETE FROM paragraphs")
        db.execute("DELETE FROM folds")
        db.execute("INSERT INTO articles_fts (articles_fts) VALUES ('delete-all')")
    # In short transactions, so that other windows on the database are never kept waiting
    # long; an interrupted rebuild shows in 'workbench check' and a rerun completes it.
    with TimedBatches(db) as batches:
        for n, article_id in enumerate(ids, start=1):
            batches.step()
            title, text = db.execute("SELECT title, text FROM articles WHERE id = ?", [article_id]).fetchone()
            analysis = analyse(text)
            fts = [fts_row(article_id, title, analysis.folded)]
            write_derived(db, paragraph_rows(article_id, analysis), fold_rows(article_id, analysis), fts)
            if progress:
                progress(n, len(ids))
    return len(ids)
