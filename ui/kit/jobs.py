"""One kind of the window's background work, from start to end: at most one at a time (a second
start says it is already running), its connection of its own, its progress and Cancel in the
status bar, an action disabled while it runs, and what follows when it finishes or fails. The
window's import, linking of the whole library and export are each one of these."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QAction

from ui.kit import tasks
from ui.kit.task_status import TaskStatus


class Job:
    def __init__(self, notify: Callable[..., None], *, busy: str, status: TaskStatus | None = None,
                 action: QAction | None = None, finished: Callable[[object], None],
                 failed: Callable[[str], None], ended: Callable[[], None] | None = None):
        """``busy``: what a second start says; ``ended`` runs before ``finished`` or ``failed``."""
        self.notify, self.busy, self.status, self.action = notify, busy, status, action
        self.finished, self.failed, self.ended = finished, failed, ended
        self.task: tasks.Task | None = None

    def start(self, db_path: Path | None, work: Callable[..., object], starting: str = "",
              task: tasks.Task | None = None) -> tasks.Task | None:
        """Run ``work(db, progress, cancelled)`` on a connection of its own to ``db_path`` (or
        ``task``, made already); None when one is running still."""
        if self.task is not None:
            self.notify(self.busy, error=True)
            return None
        task = task or tasks.Task(tasks.on_own_connection(db_path, work))
        task.signals.finished.connect(self._on_finished)
        task.signals.failed.connect(self._on_failed)
        self.task = task
        if self.action is not None:
            self.action.setEnabled(False)
        if self.status is not None:
            self.status.follow(task)
        if starting:
            self.notify(starting)
        return tasks.start(task)

    def _end(self) -> None:
        self.task = None
        if self.action is not None:
            self.action.setEnabled(True)
        if self.status is not None:
            self.status.end()
        if self.ended is not None:
            self.ended()

    def _on_finished(self, result) -> None:
        self._end()
        self.finished(result)

    def _on_failed(self, message: str) -> None:
        self._end()
        self.failed(message)
