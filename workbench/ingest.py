"""Importing articles into the library: dedupe, versions, batches that commit whole.

Articles are written in batches, each batch one transaction together with its
derived rows. A process killed half way loses at most the batch in flight and
leaves the database consistent; importing the same paths again skips what is
already there (same content hash) and finishes the job.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from sqlite_utils import Database

from .derived import Analysis, analyse, fold_rows, fts_row, paragraph_rows, write_derived
from .readers import Problem, SourceRecord, read_file, walk
from . import audit
from .store import write_transaction

BATCH_SIZE = 200

ProgressFn = Callable[[int, int, str], None]  # files done, files in all, current path
CancelFn = Callable[[], bool]


@dataclass(frozen=True)
class Duplicate:
    path: str
    record: int | None
    existing_id: int

    def where(self) -> str:
        return f"{self.path} (record {self.record})" if self.record is not None else self.path


@dataclass
class ImportReport:
    added: list[int] = field(default_factory=list)
    new_versions: list[int] = field(default_factory=list)  # ids of the new versions (also in added)
    restored: list[int] = field(default_factory=list)  # earlier versions made current again
    duplicates: list[Duplicate] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    files: int = 0
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class _Pending:
    record: SourceRecord
    digest: str
    analysis: Analysis


class _Batch:
    """Articles waiting to be written, deduplicated against the database and each other."""

    def __init__(self, who: str) -> None:
        self.who = who
        self.items: list[_Pending] = []
        self.digests: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self.items)


def import_paths(
    db: Database,
    paths: Iterable[Path | str],
    *,
    progress: ProgressFn | None = None,
    should_cancel: CancelFn | None = None,
    batch_size: int = BATCH_SIZE,
    who: str = "",
) -> ImportReport:
    """Import every article under ``paths``; bad items are reported, good ones go in.
    Each batch written is an entry of the audit log, by ``who``."""
    report = ImportReport()
    roots = [Path(p) for p in paths]
    # Walked twice, counting first, rather than holding every path of a large
    # folder in memory: the import's memory stays flat in the size of the folder.
    total = sum(1 for entry in walk(roots) if isinstance(entry, Path)) if progress else 0
    batch = _Batch(who)
    done = 0
    for path in walk(roots):
        if isinstance(path, Problem):
            report.problems.append(path)
            continue
        if should_cancel and should_cancel():
            report.cancelled = True
            break
        done += 1
        for item in read_file(path):
            if isinstance(item, Problem):
                report.problems.append(item)
            else:
                _queue(db, batch, item, report)
                if len(batch) >= batch_size:
                    _flush(db, batch, report)
        report.files = done
        if progress:
            progress(done, total, str(path))
    _flush(db, batch, report)
    return report


def _queue(db: Database, batch: _Batch, record: SourceRecord, report: ImportReport) -> None:
    digest = content_hash(record.text)
    existing = db.execute("SELECT id, source_key, is_current FROM articles WHERE content_hash = ?", [digest]).fetchone()
    if existing:
        article_id, key, current = existing
        if not current and key is not None and key == record.source_key:
            _make_current(db, article_id, key)  # the file went back to an earlier text
            report.restored.append(article_id)
        else:
            report.duplicates.append(Duplicate(record.source_path, record.record, article_id))
        return
    if digest in batch.digests:
        report.duplicates.append(Duplicate(record.source_path, record.record, -batch.digests[digest]))
        return
    batch.digests[digest] = len(batch.items) + 1
    batch.items.append(_Pending(record, digest, analyse(record.text)))


def _flush(db: Database, batch: _Batch, report: ImportReport) -> None:
    if not batch.items:
        return
    with write_transaction(db):
        next_id = db.execute("SELECT coalesce(max(id), 0) + 1 FROM articles").fetchone()[0]
        ids = _write_batch(db, batch.items, next_id, report)
        audit.record(db, batch.who, "import", "articles", f"{ids[0]}-{ids[-1]}",
                     {"count": len(ids), "new_versions": [i for i in report.new_versions if i in ids]})
    report.added.extend(ids)
    # Duplicates found inside the batch pointed at its positions; now they have ids.
    for i, dup in enumerate(report.duplicates):
        if dup.existing_id < 0:
            report.duplicates[i] = Duplicate(dup.path, dup.record, ids[-dup.existing_id - 1])
    batch.items.clear()
    batch.digests.clear()


def _write_batch(db: Database, items: list[_Pending], next_id: int, report: ImportReport) -> list[int]:
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    articles, paragraphs, folds, fts, ids = [], [], [], [], []
    for offset, pending in enumerate(items):
        rec = pending.record
        article_id = next_id + offset
        analysis = pending.analysis
        previous = _current_version(db, rec.source_key)
        if previous:
            db.execute("UPDATE articles SET is_current = 0 WHERE id = ?", [previous[0]])
            report.new_versions.append(article_id)
        language = rec.language or analysis.profile.language
        articles.append((
            article_id, rec.title, rec.text, pending.digest, language, analysis.profile.direction,
            rec.publisher, rec.url, rec.published, rec.source_path, rec.record, rec.source_key, rec.format,
            rec.encoding, previous[1] + 1 if previous else 1, previous[0] if previous else None, now,
        ))
        paragraphs += paragraph_rows(article_id, analysis)
        folds += fold_rows(article_id, analysis)
        fts.append(fts_row(article_id, rec.title, analysis.folded))
        ids.append(article_id)
    db.conn.executemany(
        """INSERT INTO articles (id, title, text, content_hash, language, direction, publisher, url,
           published, source_path, source_record, source_key, source_format, source_encoding, version,
           previous_id, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        articles,
    )
    write_derived(db, paragraphs, folds, fts)
    return ids


def _current_version(db: Database, key: str | None) -> tuple | None:
    """(id, version) of the current article imported earlier under the same source key, if any."""
    if key is None:
        return None
    return db.execute(
        "SELECT id, version FROM articles WHERE source_key = ? AND is_current = 1", [key]
    ).fetchone()


def _make_current(db: Database, article_id: int, key: str) -> None:
    """Make an earlier version current again (its search-index row was never removed)."""
    with write_transaction(db):
        db.execute("UPDATE articles SET is_current = 0 WHERE source_key = ? AND is_current = 1", [key])
        db.execute("UPDATE articles SET is_current = 1 WHERE id = ?", [article_id])
