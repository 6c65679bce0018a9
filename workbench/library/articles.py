"""Reading the article library: lists, single articles with their derived data."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlite_utils import Database

from workbench.kernel.errors import NotFound
from workbench.kernel.messages import msg


@dataclass(frozen=True)
class ArticleSummary:
    id: int
    title: str
    language: str
    direction: str
    publisher: str | None
    published: str | None
    url: str | None
    source_path: str | None
    source_record: int | None
    version: int
    claim_count: int

    def as_dict(self) -> dict:
        return asdict(self)


_SUMMARY_SQL = """
    SELECT a.id, a.title, a.language, a.direction, a.publisher, a.published, a.url,
           a.source_path, a.source_record, a.version,
           (SELECT count(*) FROM claims c WHERE c.article_id = a.id) AS claim_count
    FROM articles a
"""


def list_articles(
    db: Database, *, language: str | None = None, include_old_versions: bool = False,
    limit: int | None = None, after_id: int = 0, ids: list[int] | None = None,
) -> list[ArticleSummary]:
    """Articles in import order; current versions only unless asked otherwise.

    Paged by ``after_id`` (keyset), which stays fast however deep the page.
    """
    where, params = ["a.id > ?"], [after_id]
    if not include_old_versions:
        where.append("a.is_current = 1")
    if language:
        where.append("a.language = ?")
        params.append(language)
    if ids is not None:
        where.append(f"a.id IN ({', '.join('?' * len(ids))})")
        params += ids
    sql = _SUMMARY_SQL + " WHERE " + " AND ".join(where) + " ORDER BY a.id"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [ArticleSummary(*row) for row in db.execute(sql, params)]


def languages(db: Database) -> list[str]:
    """The languages of the library's current articles, for filters that offer them."""
    return [row[0] for row in db.execute(
        "SELECT DISTINCT language FROM articles WHERE is_current = 1 ORDER BY language")]


def count_articles(db: Database, *, all_versions: bool = False) -> int:
    """How many articles the library holds: current versions, or every version."""
    where = "" if all_versions else " WHERE is_current = 1"
    return db.execute("SELECT count(*) FROM articles" + where).fetchone()[0]


def is_current(db: Database, article_id: int) -> bool:
    """Whether ``article_id`` is an article of the library in its current version."""
    return db.execute("SELECT 1 FROM articles WHERE id = ? AND is_current = 1", [article_id]).fetchone() is not None


def first_current(db: Database) -> int | None:
    """The first current article of the library, if there is one."""
    return db.execute("SELECT min(id) FROM articles WHERE is_current = 1").fetchone()[0]


def get_article(db: Database, article_id: int) -> dict:
    """One article with its text, metadata, paragraphs, folds and version history."""
    row = db.execute("SELECT * FROM articles WHERE id = ?", [article_id]).fetchone()
    if row is None:
        raise NotFound(msg("there is no article {id}", id=article_id))
    columns = [d[0] for d in db.execute("SELECT * FROM articles LIMIT 0").description]
    article = dict(zip(columns, row))
    article["is_current"] = bool(article["is_current"])
    article["claim_count"] = db.execute("SELECT count(*) FROM claims WHERE article_id = ?", [article_id]).fetchone()[0]
    article["paragraphs"] = [
        {"start": s, "end": e, "language": lang, "direction": d}
        for s, e, lang, d in db.execute(
            'SELECT start, "end", language, direction FROM paragraphs WHERE article_id = ? ORDER BY start', [article_id])
    ]
    article["folds"] = [
        {"start": s, "end": e, "kind": k}
        for s, e, k in db.execute('SELECT start, "end", kind FROM folds WHERE article_id = ? ORDER BY start', [article_id])
    ]
    article["versions"] = _versions(db, article)
    return article


def _versions(db: Database, article: dict) -> list[dict]:
    """All versions imported from the same source, oldest first."""
    if article["source_key"] is None:
        return [{"id": article["id"], "version": article["version"], "imported_at": article["imported_at"],
                 "is_current": article["is_current"]}]
    return [
        {"id": i, "version": v, "imported_at": t, "is_current": bool(c)}
        for i, v, t, c in db.execute(
            "SELECT id, version, imported_at, is_current FROM articles WHERE source_key = ? ORDER BY version",
            [article["source_key"]],
        )
    ]
