"""A background task's progress bar and Cancel button in the window's status bar."""

from __future__ import annotations

from PySide6.QtWidgets import QProgressBar, QPushButton, QStatusBar

from ui.kit.tasks import Task


class TaskStatus:
    """Shown while a task runs: the bar fills as it reports, the button cancels it."""

    def __init__(self, status_bar: QStatusBar, name: str, cancel_text: str, cancel_name: str):
        self.task: Task | None = None
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(240)
        self.bar.setAccessibleName(name)
        self.button = QPushButton(cancel_text)
        self.button.setAccessibleName(cancel_name)
        self.button.clicked.connect(self.cancel)
        for widget in (self.bar, self.button):
            widget.hide()
            status_bar.addPermanentWidget(widget)

    def follow(self, task: Task) -> None:
        """Show the task's progress (busy until its first report) and let Cancel reach it."""
        self.task = task
        task.signals.progress.connect(self._on_progress)
        self.bar.setRange(0, 0)
        self.bar.setFormat("")
        self.bar.show()
        self.button.show()

    def _on_progress(self, done: int, total: int, text: str) -> None:
        """``text``: what the task is doing now (a stage, a file's name), shown before the count."""
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.bar.setFormat(f"{text} {done}/{total}" if text else f"{done}/{total}")
        self.bar.setToolTip(text)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def end(self) -> None:
        self.task = None
        self.bar.hide()
        self.button.hide()
