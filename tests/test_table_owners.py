"""One owner per table: every table of the library is written by one module of the core (its
store), which the others call; the window and the command line hold no SQL at all."""

from __future__ import annotations

import ast
import re

from conftest import ROOT

CORE = ROOT / "workbench"
WRITE = re.compile(r"\b(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)\s+\"?(\w+)",
                   re.IGNORECASE)
OWNERS = {
    "articles": "library/ingest.py",
    "paragraphs": "library/derived.py",
    "folds": "library/derived.py",
    "articles_fts": "library/derived.py",
    "audit_log": "db/audit.py",
    "claims": "claims/marking.py",
    "suggestion_decisions": "claims/checkworthy.py",
    "claim_links": "linking/links.py",
    "claim_signatures": "linking/links.py",
    "link_candidates": "linking/links.py",
    "glossary_terms": "linking/glossary.py",
    "people": "review/people.py",
    "ratings": "review/verdicts.py",
    "verdicts": "review/verdicts.py",
    "verdict_claims": "review/verdicts.py",
    "verdict_revisions": "review/verdicts.py",
    "verdict_sources": "review/verdicts.py",
    "verdicts_fts": "review/verdict_search.py",
    "settings": "publish/settings.py",
    "export_rows": "publish/export_rows.py",
    "export_stale": "publish/export_rows.py",
    "export_format": "publish/export_rows.py",
}
# Writes by another module than the owner that must stay, each with its reason.
EXCEPTIONS = {
    ("verdicts", "review/coverage.py"):
        "coverage applies a cluster's merge or split to its verdicts inside the linking write; verdicts.py "
        "calls coverage, so coverage cannot call back into it",
    ("verdict_claims", "review/coverage.py"): "the same: which claims a verdict covers follows its cluster",
    ("articles_fts", "checks.py"):
        "FTS5's integrity check is spelled as an INSERT of the command 'integrity-check': it writes nothing",
}


def _sql_strings(path):
    """Every string constant of a module (the SQL it runs is among them), with its line."""
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.lineno, node.value
        elif isinstance(node, ast.JoinedStr):
            yield node.lineno, "".join(v.value for v in node.values if isinstance(v, ast.Constant))


def _writes() -> dict[tuple[str, str], list[int]]:
    found: dict[tuple[str, str], list[int]] = {}
    for path in sorted(CORE.rglob("*.py")):
        where = path.relative_to(CORE).as_posix()
        if where == "db/schema.py":  # the migrations make every table, and move data between forms
            continue
        for line, text in _sql_strings(path):
            for match in WRITE.finditer(text):
                table = match.group(1)
                if table.upper() not in {"SET", "OF"}:
                    found.setdefault((table, where), []).append(line)
    return found


def test_every_table_is_written_by_its_owner_alone():
    wrong, used = [], set()
    for (table, where), lines in sorted(_writes().items()):
        if table not in OWNERS:
            wrong.append(f"{where}:{lines[0]} writes {table}, a table with no owner in OWNERS")
        elif OWNERS[table] != where:
            if (table, where) in EXCEPTIONS:
                used.add((table, where))
            else:
                wrong.append(f"{where}:{lines[0]} writes {table}, which {OWNERS[table]} owns")
    assert wrong == []
    assert used == set(EXCEPTIONS), f"exceptions no longer needed: {set(EXCEPTIONS) - used}"


# Tables no module writes: sqlite-utils' record of the migration steps applied, and the rows
# that the schema's own triggers keep (the audit log's newest hash, the highest claim number).
SCHEMA_ONLY = {"_sqlite_migrations", "audit_head", "claim_ids"}


def test_every_table_of_the_schema_has_an_owner(db):
    tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
              if not name.startswith("sqlite_")}
    shadow = {name for name in tables for fts in ("articles_fts", "verdicts_fts")
              if name.startswith(fts + "_")}  # FTS5 keeps its index in tables of its own
    assert tables - shadow - SCHEMA_ONLY == set(OWNERS)


def test_the_window_and_the_command_line_run_no_sql():
    offenders = []
    for path in sorted([*(ROOT / "ui").rglob("*.py"), *(CORE / "cli").rglob("*.py")]):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in {
                    "execute", "executemany", "executescript", "query"}:
                offenders.append(f"{path.relative_to(ROOT).as_posix()}:{node.lineno}")
    assert offenders == []
