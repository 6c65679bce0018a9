#!/usr/bin/env python
"""Benchmark of verdicts: the review queue over 100,000 verdicts, saves, and the audit chain.

    .venv/bin/python bench/bench_verdicts.py              # 100,000 verdicts
    .venv/bin/python bench/bench_verdicts.py --verdicts 10000

The database is built for the benchmark: the sample articles imported with
``workbench.library.ingest``, then N claims, N verdicts (45% submitted, the rest
spread over the other states, 1-6 claims a cluster, languages ar/he/en,
waiting from minutes to 60 days), their sources and revisions written in bulk
with plain SQL and the queue's search index rebuilt (a setup step, not
measured against the goals). Then, each
timed 25 times after one untimed warm-up (p50 / p95):

* the queue as the window opens it: ``queue_count`` + the first page of 200
  (``verdicts.queue``), with the default filter and each filter the window
  has; the reference is a bare ``sqlite3`` query of the same 200 rows;
* the window's lazy table model (``ui.review.queue_window.QueueModel``) created on
  the database and its first page fetched, offscreen — the goal: the queue
  opens in under 300 ms;
* writing: ``set_verdict`` (a revision with sources, audit entry and
  coverage) and a ``transition`` (submit), each one transaction; the
  reference is a bare INSERT of one revision row in its own transaction;
* ``audit.verify`` over the whole log, against hashing the same entries
  with bare ``hashlib.sha256``.

Prints one table (also to bench/out/verdicts.md). Timings never belong in tests.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from tabulate import tabulate

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from workbench.db import audit  # noqa: E402
from workbench.db.store import open_db, write_transaction  # noqa: E402
from workbench.library.ingest import import_paths  # noqa: E402
from workbench.review import verdict_search
from workbench.review.people import register  # noqa: E402
from workbench.review.sources import Source  # noqa: E402
from workbench.review.verdicts import QueueFilter, queue, queue_count, set_verdict, transition  # noqa: E402

REPEATS = 25
STATES = ["submitted"] * 9 + ["draft"] * 4 + ["approved"] * 3 + ["returned"] * 2 + ["published"] * 2
RATINGS = ["True", "Mostly true", "Mixed", "Mostly false", "False", "Misleading", "Unverifiable"]
CHECKERS = [f"checker{i}" for i in range(20)]
LANGS = ["ar", "he", "en", "ar,he", "ar,en", "ar,he,en"]
WORDS = ["أرسلت", "كوريا", "الشمالية", "جندي", "روسيا", "שלחה", "צפון", "קוריאה", "חיילים", "troops", "sanctions",
         "denied", "عقوبات", "نفت", "הכחישה", "missiles", "صواريخ", "טילים", "visit", "زيارة"]


def timed(fn, repeats: int = REPEATS) -> tuple[float, float]:
    """(p50, p95) milliseconds of ``fn`` after one untimed warm-up call."""
    fn()
    samples = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(0.95 * (len(samples) - 1))]


def build(db_path: Path, n: int, seed: int, states: list[str] = STATES) -> dict:
    """The library, people, N claims and N verdicts with sources and revisions, in bulk."""
    rng = random.Random(seed)
    db = open_db(db_path)
    import_paths(db, sorted((ROOT / "data").glob("*.txt")))
    register(db, "sara", "supervisor")
    for name in CHECKERS + ["omar"]:
        register(db, name, "supervisor" if name == "omar" else "checker", by="sara")
    articles = [r[0] for r in db.execute("SELECT id FROM articles")]
    now = datetime.now(timezone.utc)
    t = time.perf_counter()
    conn = db.conn
    conn.execute("BEGIN")
    claims, verdicts, covered, sources, revisions = [], [], [], [], []
    claim_id = 0
    for vid in range(1, n + 1):
        size = rng.choice([1, 1, 1, 2, 2, 3, 4, 6])
        members = []
        for _ in range(size):
            claim_id += 1
            quote = " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 12)))
            claims.append((claim_id, rng.choice(articles), 0, len(quote), quote, now.isoformat()))
            members.append(claim_id)
            covered.append((claim_id, vid))
        state = rng.choice(states)
        waited = timedelta(minutes=rng.randint(5, 60 * 24 * 60))
        stamp = (now - waited).isoformat(timespec="seconds")
        summary = " ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 10)))
        rating, checker = rng.choice(RATINGS), rng.choice(CHECKERS)
        reviewed = state in ("approved", "published")
        verdicts.append((vid, members[0], state, rating, summary, "", checker, 2, stamp, stamp,
                         stamp if state != "draft" else None, size, rng.choice(LANGS),
                         "omar" if reviewed else None, stamp if reviewed else None,
                         stamp if state == "published" else None))
        sources.append((vid, 1, f"https://example.org/{vid}", "supports"))
        for revision in (1, 2):
            revisions.append((vid, revision, "create" if revision == 1 else "submit", checker, stamp,
                              "draft" if revision == 1 else state, rating, summary, "", checker, "[]"))
    conn.executemany('INSERT INTO claims (id, article_id, start, "end", quote, created_at) VALUES (?,?,?,?,?,?)',
                     claims)
    conn.executemany("INSERT INTO verdicts (id, anchor_claim, state, rating, summary, rationale, checker, revision, "
                     "created_at, updated_at, submitted_at, cluster_size, languages, approved_by, approved_at, "
                     "published_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", verdicts)
    conn.executemany("INSERT INTO verdict_claims (claim_id, verdict_id) VALUES (?,?)", covered)
    conn.executemany("INSERT INTO verdict_sources (verdict_id, position, url, stance) VALUES (?,?,?,?)", sources)
    conn.executemany("INSERT INTO verdict_revisions (verdict_id, revision, action, actor, at, state, rating, "
                     "summary, rationale, checker, sources) VALUES (?,?,?,?,?,?,?,?,?,?,?)", revisions)
    conn.execute("COMMIT")
    with write_transaction(db):
        verdict_search.rebuild(db)
    conn.execute("ANALYZE")
    built = time.perf_counter() - t
    db.close()
    return {"claims": claim_id, "build_s": built}


def bare_first_page(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute("SELECT v.id, v.state, v.rating, v.summary, v.checker, v.languages, v.cluster_size, v.submitted_at, "
                 "v.updated_at, v.revision, c.quote FROM verdicts v JOIN claims c ON c.id = v.anchor_claim "
                 "WHERE v.state = 'submitted' ORDER BY v.submitted_at LIMIT 200").fetchall()
    conn.close()


def queue_rows(db, db_path: Path) -> list[list]:
    filters = {
        "default (submitted, longest waiting)": QueueFilter(),
        "checker": QueueFilter(checker="checker3"),
        "rating": QueueFilter(rating="Misleading"),
        "language he": QueueFilter(language="he"),
        "waiting ≥ 30 days": QueueFilter(min_age_days=30),
        "cluster ≥ 4 claims": QueueFilter(min_cluster_size=4),
        "largest cluster first": QueueFilter(order="cluster"),
        "search 'عقوبات نفت'": QueueFilter(text="عقوبات نفت"),
        "search (no match)": QueueFilter(text="zzzz"),
    }
    ref = timed(lambda: bare_first_page(db_path))
    rows = []
    for name, f in filters.items():
        p50, p95 = timed(lambda f=f: (queue_count(db, f), queue(db, f, limit=200)))
        rows.append([f"queue: {name}", f"{p50:.1f}", f"{p95:.1f}", f"bare sqlite3 first page {ref[1]:.1f}",
                     f"{p95 / ref[1]:.1f}x", "< 300 ms" if name.startswith("default") else "-"])
    return rows


def model_rows(db_path: Path) -> list[list]:
    try:
        from PySide6.QtWidgets import QApplication

        from ui.review.queue_window import QueueModel
    except ImportError as exc:
        return [["window queue model", "-", "-", f"not measured: {exc}", "-", "< 300 ms"]]
    app = QApplication.instance() or QApplication([])

    def open_model():
        db = open_db(db_path)
        model = QueueModel(db)
        if model.canFetchMore():
            model.fetchMore()
        model.rowCount()
        db.close()

    ref = timed(lambda: bare_first_page(db_path))
    p50, p95 = timed(open_model)
    del app
    return [["window: queue model opened, first page", f"{p50:.1f}", f"{p95:.1f}",
             f"bare sqlite3 first page {ref[1]:.1f}", f"{p95 / ref[1]:.1f}x", "< 300 ms"]]


def write_rows(db, db_path: Path) -> list[list]:
    free = iter(range(1, 10**9))
    claim_ids = [r[0] for r in db.execute("SELECT claim_id FROM verdict_claims vc JOIN verdicts v ON v.id = "
                                          "vc.verdict_id WHERE v.state = 'draft' LIMIT 100")]
    picks = iter(claim_ids)

    def save():
        set_verdict(db, next(picks), who="checker1", rating="Mixed", summary="عُدّل الحكم",
                    rationale="فقرة\n\nparagraph", sources=[Source(url=f"https://example.org/s{next(free)}")])

    p50, p95 = timed(save, repeats=min(REPEATS, len(claim_ids) - 1))
    submitted = iter([r[0] for r in db.execute("SELECT id FROM verdicts WHERE state = 'draft' LIMIT 100")])
    t50, t95 = timed(lambda: transition(db, next(submitted), "submit", who="checker1"))
    conn = sqlite3.connect(db_path, isolation_level=None)

    def bare():
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO verdict_revisions (verdict_id, revision, action, actor, at, state, rating, summary,"
                     " rationale, checker, sources) VALUES (1, ?, 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', '[]')",
                     [100 + next(free)])
        conn.execute("COMMIT")

    r50, r95 = timed(bare)
    conn.close()
    return [["set_verdict (revision, sources, audit)", f"{p50:.1f}", f"{p95:.1f}",
             f"bare INSERT + commit {r95:.1f}", f"{p95 / r95:.1f}x", "-"],
            ["transition: submit", f"{t50:.1f}", f"{t95:.1f}", f"bare INSERT + commit {r95:.1f}",
             f"{t95 / r95:.1f}x", "-"]]


def audit_rows(db) -> list[list]:
    with db.conn:
        pass
    db.execute("BEGIN IMMEDIATE")
    for i in range(20000):
        audit.record(db, "bench", "change", "claim", i, {"statement": "x" * 40})
    db.execute("COMMIT")
    entries = db.execute("SELECT at, actor, action, entity, entity_id, details FROM audit_log").fetchall()

    def bare():
        prev = "0" * 64
        for e in entries:
            prev = hashlib.sha256(json.dumps([prev, *e], ensure_ascii=False, separators=(",", ":"))
                                  .encode()).hexdigest()

    t = time.perf_counter()
    count, problem = audit.verify(db)
    took = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    bare()
    ref = (time.perf_counter() - t) * 1000
    assert problem is None, problem
    return [[f"audit.verify, {count:,} entries", f"{took:.0f}", "-", f"bare sha256 chain {ref:.0f}",
             f"{took / ref:.1f}x", "-"]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--verdicts", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "bench.sqlite"
        print(f"building {args.verdicts:,} verdicts…", file=sys.stderr)
        info = build(db_path, args.verdicts, args.seed)
        db = open_db(db_path)
        rows = queue_rows(db, db_path) + model_rows(db_path) + write_rows(db, db_path) + audit_rows(db)
        size_mb = db_path.stat().st_size / 1e6
        db.close()
    table = tabulate(rows, headers=["what", "p50 ms", "p95 ms", "reference (p95 ms)", "ratio", "goal"],
                     tablefmt="github")
    head = (f"{args.verdicts:,} verdicts, {info['claims']:,} claims (bulk build {info['build_s']:.1f} s, "
            f"{size_mb:.0f} MB); {REPEATS} runs after a warm-up")
    print(head)
    print(table)
    out = ROOT / "bench" / "out"
    out.mkdir(exist_ok=True)
    (out / "verdicts.md").write_text(head + "\n\n" + table + "\n", "utf-8")


if __name__ == "__main__":
    main()
