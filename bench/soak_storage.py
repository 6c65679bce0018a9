"""Storage soak: the window's connection pattern against other processes on one library.

Roles, each its own process, for ``--seconds``:
- window: one main connection kept open (as the window does), the two-second change poll
  (``PRAGMA data_version``), a claim saved every ~0.2 s on the main connection, and every
  ~0.7 s a background task's connection opened, used (read, or a save) and closed, as
  ``ui/tasks.on_own_connection`` does;
- writer-N: another person's command line runs saving claims: a connection for a few
  saves, then none for a while, so that at times the window's are the only connections;
- reader-N: commands that only read (``open_db(create=False)``, a list, a search), a new
  connection every time, and now and then a real ``python -m workbench list`` process;
- reindex: a long job (``workbench reindex``'s rebuild) now and then, which commits in
  short transactions so that the saves around it are not refused;
- bare: the reference, a bare ``sqlite3`` connection for each row inserted into a table of
  its own in the same file, under the same contention.

Every writer logs each save only after its commit returned. At the end the library is
opened afresh and each writer's rows are counted: lost = committed - found. A save refused
("busy") is counted apart: it is not lost (the caller is told), but it should not happen.

    .venv/bin/python bench/soak_storage.py --seconds 180
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workbench.claims.marking import create_claim  # noqa: E402
from workbench.db.store import open_db  # noqa: E402
from workbench.kernel.errors import BadInput, DatabaseError  # noqa: E402
from workbench.library.ingest import import_paths  # noqa: E402


def _save(db, article: int, role: str, n: int, length: int) -> None:
    start = random.randrange(0, length - 4)
    create_claim(db, article, start, start + 3, checker=role, statement=f"{role} {n}")


def _role_window(lib: Path, seconds: float, role: str, out: dict) -> None:
    from workbench.library.articles import list_articles

    main = open_db(lib)
    article, length = main.execute("SELECT id, length(text) FROM articles ORDER BY id LIMIT 1").fetchone()
    version = main.execute("PRAGMA data_version").fetchone()[0]
    end = time.monotonic() + seconds
    next_poll = next_task = time.monotonic()
    n = 0
    while time.monotonic() < end:
        now = time.monotonic()
        if now >= next_poll:
            seen = main.execute("PRAGMA data_version").fetchone()[0]
            out["changes_seen"] += seen != version
            version, next_poll = seen, now + 2.0
        if now >= next_task:  # a background task: its own connection, opened and closed
            task = open_db(lib)
            try:
                if random.random() < 0.5:
                    list_articles(task)
                else:
                    _timed_save(task, article, role, n, length, out)
                    n += 1
            finally:
                task.close()
            out["tasks"] += 1
            next_task = now + 0.7
        _timed_save(main, article, role, n, length, out)
        n += 1
        time.sleep(0.2)
    main.close()


def _role_writer(lib: Path, seconds: float, role: str, out: dict) -> None:
    """Command-line runs: a connection for a few saves, then none for a while, so that at
    times the window's connections are the only ones (when a dropped lock would cost rows)."""
    end = time.monotonic() + seconds
    n = 0
    while time.monotonic() < end:
        db = open_db(lib)
        article, length = db.execute("SELECT id, length(text) FROM articles ORDER BY id DESC LIMIT 1").fetchone()
        for _ in range(random.randint(1, 8)):
            _timed_save(db, article, role, n, length, out)
            n += 1
            time.sleep(random.uniform(0.02, 0.2))
        db.close()
        time.sleep(random.uniform(0.2, 2.0))


def _role_reader(lib: Path, seconds: float, role: str, out: dict) -> None:
    from workbench.library.articles import list_articles
    from workbench.library.search import search

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if random.random() < 0.1:
            done = subprocess.run([sys.executable, "-m", "workbench", "--db", str(lib), "--bidi", "off", "list",
                                   "--limit", "3"], capture_output=True, text=True, cwd=ROOT, timeout=120)
            out["processes"] += 1
            out["failed_reads"] += done.returncode != 0
        else:
            db = open_db(lib, create=False)
            try:
                list_articles(db)
                search(db, "روسيا")
            finally:
                db.close()
        out["reads"] += 1
        time.sleep(random.uniform(0.05, 0.3))


def _role_reindex(lib: Path, seconds: float, role: str, out: dict) -> None:
    from workbench.library.derived import rebuild

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        db = open_db(lib)
        started = time.monotonic()
        try:
            rebuild(db)
            out["rebuilds"] += 1
        except DatabaseError:
            out["refused"] += 1
        finally:
            db.close()
        out["rebuild_seconds"].append(time.monotonic() - started)
        time.sleep(random.uniform(1.0, 4.0))


def _role_bare(lib: Path, seconds: float, role: str, out: dict) -> None:
    """The reference: the same kind of save with nothing but the sqlite3 module, a connection
    for each, as a command line run makes."""
    import sqlite3

    end = time.monotonic() + seconds
    n = 0
    while time.monotonic() < end:
        started = time.monotonic()
        conn = sqlite3.connect(str(lib), timeout=5, isolation_level=None)
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("INSERT INTO soak_reference (role, n) VALUES (?, ?)", [role, n])
            conn.execute("COMMIT")
        except sqlite3.OperationalError:
            out["refused"] += 1
        else:
            out["committed"] += 1
            out["waits"].append(time.monotonic() - started)
            n += 1
        finally:
            conn.close()
        time.sleep(random.uniform(0.05, 0.5))


def _timed_save(db, article: int, role: str, n: int, length: int, out: dict) -> None:
    started = time.monotonic()
    try:
        _save(db, article, role, n, length)
    except DatabaseError:  # the lock could not be had in time: refused, and said so
        out["refused"] += 1
        return
    except BadInput:  # the random span was marked already, or reaches into boilerplate
        out["same_span"] += 1
        return
    out["committed"] += 1
    out["waits"].append(time.monotonic() - started)


ROLES = {"window": _role_window, "writer": _role_writer, "reader": _role_reader, "reindex": _role_reindex,
         "bare": _role_bare}


def run_role(lib: Path, seconds: float, role: str) -> None:
    out = {"role": role, "committed": 0, "refused": 0, "same_span": 0, "waits": [], "tasks": 0,
           "changes_seen": 0, "reads": 0, "processes": 0, "failed_reads": 0, "rebuilds": 0, "rebuild_seconds": []}
    random.seed(role)
    try:
        ROLES[role.split("-")[0]](lib, seconds, role, out)
    except Exception as exc:  # noqa: BLE001 - reported in the table, never hidden
        out["error"] = f"{type(exc).__name__}: {exc}"
    print(json.dumps(out))


def _articles(folder: Path, count: int) -> Path:
    """``count`` articles of the sample texts, each made distinct, as one JSON Lines file: a
    library large enough that a rebuild holds the write lock for seconds if it may."""
    samples = [p.read_text("utf-8") for p in sorted((ROOT / "data").glob("*.txt"))]
    path = folder / "articles.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for n in range(count):
            text = samples[n % len(samples)]
            out.write(json.dumps({"title": f"{n} {text.splitlines()[0][:60]}", "text": f"{text}\n{n}"},
                                 ensure_ascii=False) + "\n")
    return path


def soak(seconds: float, writers: int, readers: int, articles: int, folder: Path) -> dict:
    """Run every role for ``seconds`` on a fresh library in ``folder``; the figures of the run."""
    lib = folder / "soak.sqlite"
    db = open_db(lib)
    import_paths(db, sorted((ROOT / "data").glob("*.txt")) + [_articles(folder, articles)])
    db.execute("CREATE TABLE soak_reference (id INTEGER PRIMARY KEY, role TEXT, n INTEGER)")
    db.close()
    roles = ["window", "reindex", "bare"] + [f"writer-{i}" for i in range(writers)] + [f"reader-{i}" for i in range(readers)]
    procs = {role: subprocess.Popen([sys.executable, __file__, "--role", role, "--lib", str(lib), "--seconds",
                                     str(seconds)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                    cwd=ROOT)
             for role in roles}
    results = {}
    for role, proc in procs.items():
        out, err = proc.communicate(timeout=seconds + 300)
        lines = out.strip().splitlines()
        results[role] = json.loads(lines[-1]) if lines else {"role": role, "error": err.strip()[-300:] or "no output"}
    check = open_db(lib, create=False)
    found = dict(check.execute("SELECT checker, count(*) FROM claims GROUP BY checker"))
    found_bare = check.execute("SELECT count(*) FROM soak_reference").fetchone()[0]
    integrity = check.execute("PRAGMA integrity_check").fetchone()[0]
    check.close()
    from workbench.checks import check as workbench_check

    again = open_db(lib, create=False)
    problems = workbench_check(again).problems
    again.close()
    for role, result in results.items():
        result["found"] = found_bare if role == "bare" else found.get(role, 0)
        result["lost"] = result.get("committed", 0) - result["found"]
    return {"results": results, "integrity": integrity, "check_problems": problems, "seconds": seconds,
            "articles": articles}


def _ms(values: list[float], q: float) -> str:
    if not values:
        return "-"
    values = sorted(values)
    return f"{values[min(len(values) - 1, int(q * len(values)))] * 1000:.0f}"


def table(run: dict) -> str:
    rows = [("role", "committed", "found", "lost", "refused", "save p50 ms", "save p99 ms", "max ms", "other")]
    for role, r in run["results"].items():
        if "error" in r and "committed" not in r:
            rows.append((role, "-", "-", "-", "-", "-", "-", "-", "error: " + r["error"]))
            continue
        other = []
        if role == "window":
            other.append(f"{r['tasks']} task connections, {r['changes_seen']} changes seen by the poll")
        if role.startswith("reader"):
            other.append(f"{r['reads']} reads, {r['processes']} processes, {r['failed_reads']} failed")
        if role == "reindex":
            times = r["rebuild_seconds"]
            other.append(f"{r['rebuilds']} rebuilds, {statistics.mean(times):.1f} s each" if times else "no rebuild")
        if role == "bare":
            other.append("reference: bare sqlite3, one row per transaction")
        if "error" in r:
            other.append("error: " + r["error"])
        waits = r.get("waits", [])
        rows.append((role, r.get("committed", 0), r["found"] if role != "reindex" else "-",
                     r["lost"] if role != "reindex" else "-", r.get("refused", 0), _ms(waits, 0.5), _ms(waits, 0.99),
                     _ms(waits, 1.0), "; ".join(other)))
    widths = [max(len(str(row[i])) for row in rows) for i in range(len(rows[0]))]
    lines = [" | ".join(str(v).ljust(w) for v, w in zip(row, widths)).rstrip() for row in rows]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    lost = sum(r.get("lost", 0) for role, r in run["results"].items() if role != "reindex")
    lines.append("")
    lines.append(f"{run['seconds']:.0f} s, {run['articles'] + 5} articles; rows lost: {lost}; integrity_check: {run['integrity']}; "
                 f"workbench check: {'OK' if not run['check_problems'] else run['check_problems']}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=180)
    parser.add_argument("--writers", type=int, default=2)
    parser.add_argument("--readers", type=int, default=2)
    parser.add_argument("--articles", type=int, default=3000, help="articles in the library besides the samples")
    parser.add_argument("--role")
    parser.add_argument("--lib", type=Path)
    args = parser.parse_args()
    if args.role:
        run_role(args.lib, args.seconds, args.role)
        return 0
    with tempfile.TemporaryDirectory(prefix="workbench-soak-") as folder:
        run = soak(args.seconds, args.writers, args.readers, args.articles, Path(folder))
    print(table(run))
    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT)
    print(f"workbench at {head.stdout.strip() or '?'}")
    lost = sum(r.get("lost", 0) for role, r in run["results"].items() if role != "reindex")
    errors = [r for r in run["results"].values() if "error" in r]
    return 0 if lost == 0 and run["integrity"] == "ok" and not run["check_problems"] and not errors else 1


if __name__ == "__main__":
    sys.exit(main())
