"""Long work off the GUI thread: a QRunnable that reports through signals and can be cancelled.

The work function runs in a pool thread with its own database connection
(SQLite connections belong to the thread that opened them); it receives
``progress(done, total, text)`` and ``cancelled()`` callables and its result
comes back through ``finished``; an exception through ``failed`` as a message.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from workbench.errors import WorkbenchError


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
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self.work(progress=self.signals.progress.emit, cancelled=self.cancelled)
        except WorkbenchError as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # a bug must reach the user as a message, not kill the thread silently
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.signals.finished.emit(result)


def start(task: Task) -> Task:
    QThreadPool.globalInstance().start(task)
    return task
