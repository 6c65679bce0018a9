#!/usr/bin/env python
"""Benchmark of publication: CSV export of published verdicts, time and peak memory.

    .venv/bin/python bench/bench_export.py                 # 10,000 and 100,000 verdicts
    .venv/bin/python bench/bench_export.py --sizes 20000

For each size N, a database of N published verdicts (1-6 claims each, with
sources; built in bulk as in bench_verdicts.py, untimed) is exported, in a fresh
process (so its peak RSS is its own), with ``workbench.publish.export.write_csv`` (timed,
everything included: the query, the rows, the temporary file, the rename and the
audit entry). The database was just built, so every row is stale: this first export
composes them all (``export_rows``), as the first export after an upgrade or a
change of every verdict would. The exports after it find the rows kept ready, as a
desk's daily export does (a verdict published or changed since is composed again
first, a few milliseconds each).

The references, in the same process: the very rows the export wrote (read back from
its file, untimed) held in a list and written with the bare ``csv`` module (timed);
and the same rows read back by a bare SQLite query from a table that holds them
ready-made (built untimed, in another database file) and written by a bare
``csv.writer`` (timed). Each, and the export, is timed ``--repeat`` times, taking
turns, and its best time counts (the machine is shared: a slower run is another
program's doing, not the code's); peak RSS is that of the first export. Goals: within
2x of the reference, and memory flat in the number of rows (streaming). Also the
ClaimReview export's time.
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tabulate import tabulate

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def rss_mb() -> float:
    """Peak RSS of this process so far (VmHWM: unlike ru_maxrss, not inherited across exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def flat_table(path: Path, rows: list) -> sqlite3.Connection:
    """A database holding ``rows`` as one table, in order: the rows ready-made for a bare query."""
    flat = sqlite3.connect(path)
    width = len(rows[0]) if rows else 1
    flat.execute(f"CREATE TABLE published_rows ({', '.join(f'c{i}' for i in range(width))})")
    flat.executemany(f"INSERT INTO published_rows VALUES ({', '.join('?' * width)})", rows)
    flat.commit()
    return flat


def child(db_path: Path, repeat: int) -> dict:
    """Export the database at ``db_path`` in this fresh process (every row composed), then
    the references and the export again (rows kept ready), taking turns, ``repeat`` times;
    the best time of each."""
    from workbench.db.store import open_db
    from workbench.publish.export import ExportFilter, write_claimreview, write_csv
    from workbench.publish.export_rows import CSV_COLUMNS
    from workbench.publish.settings import set_setting

    with tempfile.TemporaryDirectory() as tmp:
        db = open_db(db_path)
        n = db.execute("SELECT count(*) FROM verdicts").fetchone()[0]
        stale = db.execute("SELECT count(*) FROM export_stale").fetchone()[0]
        base = rss_mb()
        t = time.perf_counter()
        report = write_csv(db, Path(tmp) / "out.csv", who="omar")
        first = time.perf_counter() - t
        peak = rss_mb()
        size = (Path(tmp) / "out.csv").stat().st_size
        with open(Path(tmp) / "out.csv", encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))[1:]  # the very rows the export wrote, untimed
        flat = flat_table(Path(tmp) / "flat.sqlite", rows)
        ours, bare, bare_flat = [], [], []
        for _ in range(repeat):
            t = time.perf_counter()
            with open(Path(tmp) / "bare.csv", "w", encoding="utf-8", newline="") as fh:
                writer = csv.writer(fh, lineterminator="\r\n")
                writer.writerow(CSV_COLUMNS)
                writer.writerows(rows)
            bare.append(time.perf_counter() - t)
            t = time.perf_counter()
            with open(Path(tmp) / "bare-flat.csv", "w", encoding="utf-8", newline="") as fh:
                writer = csv.writer(fh, lineterminator="\r\n")
                writer.writerow(CSV_COLUMNS)
                writer.writerows(flat.execute("SELECT * FROM published_rows ORDER BY rowid"))
            bare_flat.append(time.perf_counter() - t)
            t = time.perf_counter()
            write_csv(db, Path(tmp) / "out.csv", ExportFilter(), who="omar")
            ours.append(time.perf_counter() - t)
        same = (Path(tmp) / "out.csv").read_bytes() == (Path(tmp) / "bare.csv").read_bytes()
        del rows
        flat.close()
        set_setting(db, "organisation_name", "Bench", who="omar")
        set_setting(db, "organisation_url", "https://bench.example", who="omar")
        t = time.perf_counter()
        write_claimreview(db, Path(tmp) / "out.json", who="omar")
        claimreview = time.perf_counter() - t
        db.close()
    return {"n": n, "rows": report.rows, "stale": stale, "first_s": first, "ours_s": min(ours), "bare_s": min(bare),
            "bare_flat_s": min(bare_flat), "same_bytes": same, "claimreview_s": claimreview,
            "rss_before_mb": base, "rss_export_mb": peak, "size_mb": size / 1e6}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--repeat", type=int, default=3, help="times each is timed; the best counts (default 3)")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, max(1, args.repeat))))
        return
    from bench_verdicts import build

    results = []
    for n in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            db_path = Path(tmp) / "bench.sqlite"
            print(f"building {n:,} published verdicts…", file=sys.stderr)
            build(db_path, n, seed=1, states=["published"])
            print(f"exporting {n:,} verdicts…", file=sys.stderr)
            out = subprocess.run([sys.executable, __file__, "--child", str(db_path), "--repeat", str(args.repeat)],
                                 capture_output=True, text=True, check=True, cwd=ROOT)
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    rows = []
    for r in results:
        ratio = r["ours_s"] / r["bare_s"]
        rows.append([f"CSV export, {r['n']:,} verdicts ({r['size_mb']:.0f} MB), rows kept ready, best of {args.repeat}",
                     f"{r['ours_s']:.2f} s",
                     f"bare csv module, same rows {r['bare_s']:.2f} s", f"{ratio:.1f}x (goal <= 2.0)",
                     "ok" if ratio <= 2 else "MISS"])
        rows.append(["  same, against the rows read ready-made", f"{r['ours_s']:.2f} s",
                     f"bare SQLite query + bare csv.writer {r['bare_flat_s']:.2f} s",
                     f"{r['ours_s'] / r['bare_flat_s']:.1f}x (goal <= 2.0)",
                     "ok" if r["ours_s"] <= 2 * r["bare_flat_s"] else "MISS"])
        rows.append([f"  first export, all {r['stale']:,} rows composed", f"{r['first_s']:.2f} s",
                     f"bare csv module, same rows {r['bare_s']:.2f} s", f"{r['first_s'] / r['bare_s']:.1f}x", "-"])
        rows.append(["  export's file = bare csv module's file", "yes" if r["same_bytes"] else "NO", "-", "-",
                     "ok" if r["same_bytes"] else "MISS"])
        rows.append([f"  peak RSS during the first export, {r['n']:,}", f"{r['rss_export_mb']:.0f} MB",
                     f"before export {r['rss_before_mb']:.0f} MB", "-", "-"])
        rows.append([f"ClaimReview export, {r['n']:,}", f"{r['claimreview_s']:.2f} s", "-", "-", "-"])
    if len(results) > 1:
        small, large = results[0], results[-1]
        growth = (large["rss_export_mb"] - large["rss_before_mb"]) - (small["rss_export_mb"] - small["rss_before_mb"])
        rows.append([f"memory growth of the export, {small['n']:,} -> {large['n']:,}", f"{growth:+.0f} MB",
                     "flat means ~0", "-", "ok" if growth < 20 else "MISS"])
    table = tabulate(rows, headers=["measure", "value", "reference", "ratio/goal", "status"], tablefmt="github")
    print(table)
    out_dir = ROOT / "bench" / "out"
    out_dir.mkdir(exist_ok=True)
    (out_dir / "export.md").write_text(table + "\n", "utf-8")


if __name__ == "__main__":
    main()
