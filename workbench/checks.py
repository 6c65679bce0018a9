"""``workbench check``: prove the database is sound, or say exactly what is wrong."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from sqlite_utils import Database

from workbench.db import audit
from workbench.db.schema import EXPORT_STALE_TRIGGERS, SCHEMA_VERSION
from workbench.db.store import schema_version
from workbench.kernel.messages import msg, template
from workbench.library.ingest import content_hash
from workbench.publish import export_rows
from workbench.review import verdicts


@dataclass
class CheckReport:
    schema_version: int = 0
    expected_schema_version: int = SCHEMA_VERSION
    articles: int = 0
    audit_entries: int = 0
    problems: list[str] = field(default_factory=list)
    not_checked: list[str] = field(default_factory=list)
    head: audit.Head | None = None  # the audit log's newest entry, to keep outside the library

    @property
    def ok(self) -> bool:
        return not self.problems


def check(db: Database, seen: list[tuple[audit.Head, str]] = ()) -> CheckReport:
    """Everything ``workbench check`` looks at. ``seen``: audit log heads kept outside the library
    (with where they were seen), each of which the log must still extend."""
    report = CheckReport(schema_version=schema_version(db))
    if report.schema_version != SCHEMA_VERSION:
        report.problems.append(msg("schema version is {version}, expected {expected}",
                                       version=report.schema_version, expected=SCHEMA_VERSION))
    for (line,) in db.execute("PRAGMA integrity_check"):
        if line != "ok":
            report.problems.append(msg("SQLite integrity: {finding}", finding=line))
    for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check"):
        report.problems.append(msg("{table} row {row} points to a missing row in {parent}",
                                   table=table, row=rowid, parent=parent))
    try:
        db.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
    except sqlite3.DatabaseError as exc:
        if "readonly" in str(exc):
            report.not_checked.append(msg("the search index: SQLite checks it by writing, and the database is "
                                          "opened read-only"))
        else:
            report.problems.append(msg("search index is damaged ({reason}); run 'workbench reindex'",
                                       reason=str(exc)))
    _check_articles(db, report)
    _check_ranges(db, report)
    report.audit_entries, broken = audit.verify(db)
    if broken:
        report.problems.append(broken)
    report.head = audit.head(db)
    for head, where in seen:
        problem = audit.extends(db, head, where)
        if problem:
            report.problems.append(problem)
    report.problems += _missing_guards(db)
    report.problems += verdicts.integrity_problems(db)
    report.problems += _export_rows_problems(db)
    return report


# The triggers that keep history unchangeable: without them nothing stops an edit in place.
GUARDS = ("articles_text_is_immutable", "verdict_revisions_no_update", "verdict_revisions_no_delete",
          "audit_log_no_update", "audit_log_no_delete", "audit_head_follows")


def _missing_guards(db: Database) -> list[str]:
    present = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    return [msg("the database's guard {name} is missing: it was dropped outside the workbench, "
                "and history can be changed in place", name=name) for name in GUARDS if name not in present]


def _check_articles(db: Database, report: CheckReport) -> None:
    for article_id, text, digest in db.execute("SELECT id, text, content_hash FROM articles"):
        report.articles += 1
        if content_hash(text) != digest:
            report.problems.append(msg("article {id}: text does not match its content hash "
                                       "(altered outside the workbench)", id=article_id))
    current_twice = db.execute(
        """SELECT source_key, count(*) FROM articles WHERE is_current = 1
           AND source_key IS NOT NULL GROUP BY source_key HAVING count(*) > 1"""
    ).fetchall()
    for key, n in current_twice:
        report.problems.append(msg("{count} current versions of {key}", count=n, key=key))
    unindexed = db.execute(
        "SELECT count(*) FROM articles WHERE id NOT IN (SELECT rowid FROM articles_fts)"
    ).fetchone()[0]
    if unindexed == 1:
        report.problems.append(msg("1 article is missing from the search index; run 'workbench reindex'"))
    elif unindexed:
        report.problems.append(msg("{count} articles are missing from the search index; run 'workbench reindex'",
                                   count=unindexed))


_OUTSIDE_TEXT = {
    "paragraphs": template("article {id}: paragraph {start}-{end} lies outside its text"),
    "folds": template("article {id}: fold {start}-{end} lies outside its text"),
}


def _check_ranges(db: Database, report: CheckReport) -> None:
    """Every paragraph, fold and claim inside its article's text. Each text is read and measured
    once (in Python: SQLite's length() ends a text at a NUL character, which articles imported
    before NULs were refused may hold), not once per row that points into it: an article of
    27,000 paragraphs made the check run for minutes."""
    lengths = {article_id: len(text) for article_id, text in db.execute("SELECT id, text FROM articles")}
    for table in ("paragraphs", "folds"):
        for article_id, start, end in db.execute(f'SELECT article_id, start, "end" FROM {table}'):
            if not (isinstance(start, int) and isinstance(end, int)) \
                    or start < 0 or end > lengths.get(article_id, -1) or end <= start:
                report.problems.append(msg(_OUTSIDE_TEXT[table], id=article_id, start=start, end=end))
    text_of, text = None, ""
    for claim_id, article_id, start, end, quote in db.execute(
            'SELECT id, article_id, start, "end", quote FROM claims ORDER BY article_id'):
        if article_id != text_of:
            row = db.execute("SELECT text FROM articles WHERE id = ?", [article_id]).fetchone()
            text_of, text = article_id, row[0] if row else ""
        if not (isinstance(start, int) and isinstance(end, int)) or text[start:end] != quote:
            report.problems.append(msg("claim {claim}: its quote no longer matches article {article} at {start}-{end}",
                                       claim=claim_id, article=article_id, start=start, end=end))


def _export_rows_problems(db: Database) -> list[str]:
    """Triggers missing that keep the export's rows current, and rows kept that are not current."""
    present = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    problems = [msg("the database's trigger {name} is missing: it was dropped outside the workbench, and the "
                    "CSV export can miss changes", name=f"export_stale_{name}")
                for name in EXPORT_STALE_TRIGGERS if f"export_stale_{name}" not in present]
    differing = export_rows.differing_rows(db)
    if differing:
        shown = ", ".join(map(str, differing[:10])) + (" …" if len(differing) > 10 else "")
        problems.append(msg("the CSV rows kept for {count} verdict(s) ({ids}) are not current: they were changed "
                            "outside the workbench; run 'workbench reindex'", count=len(differing), ids=shown))
    return problems
