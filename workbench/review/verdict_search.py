"""The review queue's search index: each verdict's summary and the quotes and
statements of the claims it covers, folded like the library's search (derived:
``rebuild`` makes it again from the verdicts)."""

from __future__ import annotations

from sqlite_utils import Database

from workbench.library.search import parse_query, to_fts
from workbench.text.textnorm import clitic_stems, fold


def _body(db: Database, verdict_id: int) -> str:
    row = db.execute(
        "SELECT v.summary || ' ' || coalesce((SELECT group_concat(c.quote || ' ' || c.statement, ' ') "
        "FROM verdict_claims vc JOIN claims c ON c.id = vc.claim_id WHERE vc.verdict_id = v.id), '') "
        "FROM verdicts v WHERE v.id = ?", [verdict_id]).fetchone()
    folded = fold(row[0]) if row else ""
    return f"{folded} {clitic_stems(folded)}"


def reindex(db: Database, verdict_ids: list[int]) -> None:
    """Bring the index rows of these verdicts up to date (inside the caller's transaction)."""
    for verdict_id in verdict_ids:
        db.execute("DELETE FROM verdicts_fts WHERE rowid = ?", [verdict_id])
        db.execute("INSERT INTO verdicts_fts (rowid, body) VALUES (?, ?)", [verdict_id, _body(db, verdict_id)])


def rebuild(db: Database) -> int:
    """Make the whole index again. Returns the number of verdicts."""
    ids = [r[0] for r in db.execute("SELECT id FROM verdicts")]
    db.execute("DELETE FROM verdicts_fts")
    reindex(db, ids)
    return len(ids)


def match_clause(text: str) -> tuple[str, list] | None:
    """An SQL condition on ``v.id`` for verdicts matching every word of ``text`` (the
    library search's query syntax), or None when the text has no words."""
    terms = parse_query(text)
    if not terms:
        return None
    return "v.id IN (SELECT rowid FROM verdicts_fts WHERE verdicts_fts MATCH ?)", [to_fts(terms)]
