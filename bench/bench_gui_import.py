"""Does the window stay responsive while it imports 10,000 articles?

Opens the real main window offscreen, starts an import of N synthetic articles
(the corpus of bench_library.py) through the window's own background import,
and meanwhile measures the event loop: a 10 ms timer records the gap between
its ticks; a gap over 100 ms is a stall a user would feel. Reference, in the
same run: the same import as a bare ``import_paths`` call with no window.

    .venv/bin/python bench/bench_gui_import.py [--n 10000]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from bench_library import corpus_paths, ensure_corpus  # noqa: E402
from PySide6.QtCore import QElapsedTimer, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from ui.main_window import MainWindow  # noqa: E402
from workbench.db.store import open_db  # noqa: E402
from workbench.library.ingest import import_paths  # noqa: E402

TICK_MS = 10
STALL_GOAL_MS = 100


def bare_import(paths: list[Path], work: Path) -> float:
    db = open_db(work / "bare.sqlite")
    started = time.perf_counter()
    report = import_paths(db, paths)
    elapsed = time.perf_counter() - started
    db.close()
    assert len(report.added) > 0
    return elapsed


def window_import(paths: list[Path], work: Path) -> tuple[float, list[float], int]:
    app = QApplication.instance() or QApplication([])
    window = MainWindow(work / "window.sqlite", "bench", QSettings(str(work / "s.ini"), QSettings.IniFormat))
    window.show()
    app.processEvents()
    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer(interval=TICK_MS, timeout=tick)
    done = []
    started = time.perf_counter()
    task = window.start_import(paths)
    task.signals.finished.connect(lambda report: done.append(report))
    task.signals.failed.connect(lambda message: done.append(message))
    timer.start()
    while not done:
        app.processEvents()
        time.sleep(0.001)
    elapsed = time.perf_counter() - started
    timer.stop()
    app.processEvents()
    rows = window.library_model.rowCount()
    window.close()
    return elapsed, gaps, rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10_000, help="articles to import (default 10000)")
    args = parser.parse_args()
    paths = corpus_paths(ensure_corpus(1, args.n), args.n)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        bare = bare_import(paths, work)
        elapsed, gaps, rows = window_import(paths, work)
    gaps.sort()
    worst = gaps[-1] if gaps else 0.0
    p99 = gaps[int(len(gaps) * 0.99)] if gaps else 0.0
    stalls = sum(1 for g in gaps if g > STALL_GOAL_MS)
    print(f"{'measure':44} {'value':>12} {'reference':>12} {'goal':>10}  status")
    print(f"{'import of %d articles in the window (s)' % args.n:44} {elapsed:12.1f} {bare:12.1f} {'':>10}  ratio {elapsed / bare:.2f}")
    print(f"{'longest event-loop gap while importing (ms)':44} {worst:12.0f} {'':>12} {'< %d' % STALL_GOAL_MS:>10}  {'ok' if worst < STALL_GOAL_MS else 'MISS'}")
    print(f"{'99th percentile gap (ms)':44} {p99:12.0f} {TICK_MS:12d} {'':>10}")
    print(f"{'gaps over %d ms' % STALL_GOAL_MS:44} {stalls:12d} {'':>12} {'0':>10}")
    print(f"{'library rows loaded (lazy: first chunk)':44} {rows:12d}")


if __name__ == "__main__":
    main()
