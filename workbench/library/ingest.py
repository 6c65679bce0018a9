"""Importing articles into the library: dedupe, versions, batches that commit whole.

Articles are written in batches, each batch one transaction together with its
derived rows. A process killed half way loses at most the batch in flight and
leaves the database consistent; importing the same paths again skips what is
already there (same content hash) and finishes the job.

A large import reads and analyses its files in worker processes, while this
process checks for duplicates and writes the batches, in the order of the files:
the rows stored are the same as when one process does everything.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import closing
from dataclasses import dataclass, field
from datetime import datetime, timezone
from itertools import chain, islice
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from workbench.library.derived import analyse, fold_rows, fts_row, paragraph_rows, write_derived
from workbench.library.readers import MULTI_RECORD_SUFFIXES, Item, Problem, SourceRecord, count_files, read_file, walk

if TYPE_CHECKING:
    from sqlite_utils import Database

# The modules that write (audit, store) are imported where they are used, not here: a
# worker process imports this module for _read_and_analyse, and it never writes. Without
# them it does not load sqlite_utils and its dependencies (about 10 MB in each worker).

BATCH_SIZE = 200
# Worker processes take about a second to start (a fresh interpreter, the
# language model, dateparser), which an import of a few hundred files would
# not win back: below this many files everything happens in this process.
PARALLEL_MIN_FILES = 1000
_MAX_WORKERS = 4  # beyond this the writing in this process is the bottleneck
_CHUNK_FILES = 25  # files per task sent to a worker
# Tasks in flight per worker: with two, the workers ran dry while this process wrote a batch
# (2.5-3.1x the bare insert at 10,000 articles, against 2.2-2.4x with eight); eight tasks of
# 25 files hold about 2 MB of results per worker.
_TASKS_AHEAD = 8

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


class Prepared(NamedTuple):
    """An article's derived rows without its id (not known before it is written), as plain
    tuples: made in a worker process, they cross to this one cheaply."""

    digest: str
    language: str  # detected, for an article whose source does not state it
    direction: str
    paragraphs: list[tuple[int, int, str, str]]  # start, end, language, direction
    folds: list[tuple[int, int, str]]  # start, end, kind
    fts: tuple[str, str, str]  # title, body, stems


def prepare(record: SourceRecord) -> Prepared:
    """Everything the library stores about an article besides what the record says."""
    analysis = analyse(record.text)
    # The rows as derived.py makes them, less the article id in front.
    return Prepared(content_hash(record.text), analysis.profile.language, analysis.profile.direction,
                    [row[1:] for row in paragraph_rows(0, analysis)], [row[1:] for row in fold_rows(0, analysis)],
                    fts_row(0, record.title, analysis.folded)[1:])


@dataclass
class _Pending:
    record: SourceRecord
    prepared: Prepared


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
    workers: int | None = None,
) -> ImportReport:
    """Import every article under ``paths``; bad items are reported, good ones go in.
    Each batch written is an entry of the audit log, by ``who``.

    ``workers``: processes that read and analyse the files; None chooses (one
    per core, up to four, for imports of ``PARALLEL_MIN_FILES`` files or more;
    none below), 0 or 1 does everything in this process."""
    report = ImportReport()
    roots = [Path(p) for p in paths]
    # Walked twice, counting first, rather than holding every path of a large
    # folder in memory: the import's memory stays flat in the size of the folder.
    total = count_files(roots) if progress else 0
    batch = _Batch(who)
    done = 0
    with closing(_read_files(_without_library(db, walk(roots)), workers)) as files:
        for entry, items in files:
            if isinstance(entry, Problem):
                report.problems.append(entry)
                continue
            if should_cancel and should_cancel():
                report.cancelled = True
                break
            done += 1
            for item, prepared in items:
                if isinstance(item, Problem):
                    report.problems.append(item)
                else:
                    _queue(db, batch, item, prepared, report)
                    if len(batch) >= batch_size:
                        _flush(db, batch, report)
            report.files = done
            if progress:
                progress(done, total, str(entry))
    _flush(db, batch, report)
    return report


def _without_library(db: Database, entries: Iterator[Path | Problem]) -> Iterator[Path | Problem]:
    """The walk without the library's own files (a folder holding the library imported whole):
    reading them with plain file calls would drop this process's SQLite locks on them."""
    from workbench.db.store import database_file

    main = database_file(db)
    if not main:
        yield from entries
        return
    library = os.path.realpath(main)
    own = {library, f"{library}-wal", f"{library}-shm", f"{library}-journal"}
    names = {os.path.basename(path) for path in own}
    for entry in entries:  # by name first: resolving every path of a large folder costs
        if isinstance(entry, Problem) or entry.name not in names or os.path.realpath(entry) not in own:
            yield entry


Analysed = tuple[Item, Prepared | None]  # an item read, and its derived rows when a worker made them


def _read_files(entries: Iterator[Path | Problem], workers: int | None) -> Iterator[tuple[Path | Problem, Iterable[Analysed]]]:
    """Each entry of the walk with what its file holds, in the walk's order.

    In this process the items are read lazily and not analysed (the caller
    analyses only those that are not duplicates); worker processes analyse
    every record of the files they read."""
    if workers is None:
        head = list(islice(entries, PARALLEL_MIN_FILES))
        entries = chain(head, entries)
        many = len(head) == PARALLEL_MIN_FILES
        # A frozen bundle's executable runs the window or the command line unless its entry script
        # calls multiprocessing.freeze_support(), so a bundle does the work in one process.
        workers = min(os.cpu_count() or 1, _MAX_WORKERS) if many and not getattr(sys, "frozen", False) else 0
    if workers > 1:
        yield from _read_in_workers(entries, workers)
        return
    for entry in entries:
        yield entry, (() if isinstance(entry, Problem) else ((item, None) for item in read_file(entry)))


def _read_and_analyse(paths: list[Path]) -> list[list[Analysed]]:
    """A worker's task: the items of each file, every record with its derived rows."""
    return [[(item, prepare(item) if isinstance(item, SourceRecord) else None) for item in read_file(path)]
            for path in paths]


def _worker_started() -> None:
    """Make this worker end when the importing process ends, also when it is killed: it waits
    for tasks on a pipe whose other end it holds too, and would otherwise wait for ever."""
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_exit_after, args=(parent,), daemon=True).start()


def _exit_after(parent: multiprocessing.process.BaseProcess) -> None:
    parent.join()
    os._exit(1)


def _read_in_workers(entries: Iterator[Path | Problem], workers: int) -> Iterator[tuple[Path | Problem, Iterable[Analysed]]]:
    """``_read_files`` with one-article files read and analysed by ``workers`` processes.

    Files of many records (JSON, JSONL, CSV) are read here, lazily, as in one
    process: a worker would have to send back all of a file's records at once.
    At most ``_TASKS_AHEAD`` tasks per worker are in flight, so memory stays flat whatever
    the number of files; leaving the loop (cancel, an error) cancels the tasks
    not yet started and waits for those running.
    """
    # "spawn", not the "fork" default on Linux: the window imports on a thread of
    # its thread pool, and a process forked from one of several threads can
    # inherit a lock another thread held (Qt's, the logging module's) and hang.
    # A spawned worker starts a fresh interpreter, as on Windows and macOS,
    # where "spawn" is the only or the default method, so the workers behave
    # the same everywhere ("forkserver" does not exist on Windows).
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"), initializer=_worker_started)
    queue: deque[tuple[list[Path], Future] | Path | Problem] = deque()
    chunk: list[Path] = []
    exhausted = False

    def send() -> None:
        nonlocal chunk
        if chunk:
            queue.append((chunk, pool.submit(_read_and_analyse, chunk)))
            chunk = []

    try:
        while True:
            while not exhausted and len(queue) < _TASKS_AHEAD * workers:
                entry = next(entries, None)
                if entry is None:
                    exhausted = True
                    send()
                elif isinstance(entry, Path) and entry.suffix.lower() not in MULTI_RECORD_SUFFIXES:
                    chunk.append(entry)
                    if len(chunk) == _CHUNK_FILES:
                        send()
                else:
                    send()
                    queue.append(entry)
            if not queue:
                return
            head = queue.popleft()
            if isinstance(head, tuple):
                yield from zip(head[0], head[1].result())
            elif isinstance(head, Problem):
                yield head, ()
            else:
                yield head, ((item, None) for item in read_file(head))
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _queue(db: Database, batch: _Batch, record: SourceRecord, prepared: Prepared | None, report: ImportReport) -> None:
    digest = prepared.digest if prepared else content_hash(record.text)
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
    batch.items.append(_Pending(record, prepared if prepared is not None else prepare(record)))


def _flush(db: Database, batch: _Batch, report: ImportReport) -> None:
    from workbench.db import audit
    from workbench.db.store import write_transaction

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
    current = _current_versions(db, {pending.record.source_key for pending in items} - {None})
    for offset, pending in enumerate(items):
        rec, prepared = pending.record, pending.prepared
        article_id = next_id + offset
        # Taken out once used: a second article of the batch under the same key finds no
        # current version, the first one no longer being current and not yet written.
        previous = current.pop(rec.source_key, None)
        if previous:
            db.execute("UPDATE articles SET is_current = 0 WHERE id = ?", [previous[0]])
            report.new_versions.append(article_id)
        articles.append((
            article_id, rec.title, rec.text, prepared.digest, rec.language or prepared.language, prepared.direction,
            rec.publisher, rec.url, rec.published, rec.source_path, rec.record, rec.source_key, rec.format,
            rec.encoding, previous[1] + 1 if previous else 1, previous[0] if previous else None, now,
        ))
        paragraphs += [(article_id, *row) for row in prepared.paragraphs]
        folds += [(article_id, *row) for row in prepared.folds]
        fts.append((article_id, *prepared.fts))
        ids.append(article_id)
    db.conn.executemany(
        """INSERT INTO articles (id, title, text, content_hash, language, direction, publisher, url,
           published, source_path, source_record, source_key, source_format, source_encoding, version,
           previous_id, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        articles,
    )
    write_derived(db, paragraphs, folds, fts)
    return ids


def _current_versions(db: Database, keys: set[str]) -> dict[str, tuple[int, int]]:
    """(id, version) of the current article imported earlier under each of these source keys
    that has one."""
    found: dict[str, tuple[int, int]] = {}
    keys_list = sorted(keys)
    for first in range(0, len(keys_list), 500):  # under SQLite's limit on parameters
        part = keys_list[first:first + 500]
        rows = db.execute(f"SELECT source_key, id, version FROM articles WHERE is_current = 1 AND source_key IN "
                          f"({', '.join('?' * len(part))})", part)
        found.update((key, (article_id, version)) for key, article_id, version in rows)
    return found


def _make_current(db: Database, article_id: int, key: str) -> None:
    """Make an earlier version current again (its search-index row was never removed)."""
    from workbench.db.store import write_transaction

    with write_transaction(db):
        db.execute("UPDATE articles SET is_current = 0 WHERE source_key = ? AND is_current = 1", [key])
        db.execute("UPDATE articles SET is_current = 1 WHERE id = ?", [article_id])
