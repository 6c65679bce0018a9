"""Long work off the GUI thread: a QRunnable that reports through signals and can be cancelled.

The work function runs in a pool thread with its own database connection
(SQLite connections belong to the thread that opened them); it receives
``progress(done, total, text)`` and ``cancelled()`` callables and its result
comes back through ``finished``; an exception through ``failed`` as a message.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ui.kit.core_text import error_text
from workbench.db.store import open_db
from workbench.kernel.errors import WorkbenchError

PROGRESS_INTERVAL = 0.05


class TaskSignals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)


class Task(QRunnable):
    def __init__(self, work: Callable[..., object]):
        super().__init__()
        self.work = work
        self.signals = TaskSignals()
        self._cancel = threading.Event()
        self._last_progress = 0.0
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int, text: str) -> None:
        """Report at most every PROGRESS_INTERVAL seconds (and the last step): a bar needs no more."""
        now = time.monotonic()
        if done >= total or now - self._last_progress >= PROGRESS_INTERVAL:
            self._last_progress = now
            self.signals.progress.emit(done, total, text)

    def run(self) -> None:
        try:
            result = self.work(progress=self._progress, cancelled=self.cancelled)
        except WorkbenchError as exc:
            self.signals.failed.emit(error_text(exc))
        except Exception as exc:  # a bug must reach the user as a message, not kill the thread silently
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.signals.finished.emit(result)


def on_own_connection(db_path: Path, work: Callable[..., object]) -> Callable[..., object]:
    """``work(db, progress, cancelled)`` run on a connection opened for it in the pool thread
    (an SQLite connection belongs to the thread that opened it) and closed afterwards."""
    def run(progress, cancelled):
        db = open_db(db_path)
        try:
            return work(db, progress, cancelled)
        finally:
            db.close()
    return run


def start(task: Task) -> Task:
    QThreadPool.globalInstance().start(task)
    return task
