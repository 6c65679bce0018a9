"""Scheduled backups while the window is open: every N hours a copy of the database goes into
the backup folder (``workbench.db.backups.back_up``: SQLite's online backup, the newest N kept),
in a pool thread on its own connection so the window never waits.

QSettings: ``backup/folder`` (default: ``backups`` beside the database), ``backup/keep``
(default 10), ``backup/hours`` (default 24; 0 turns scheduled backups off) and ``backup/last``
(when the last one was made: a desk that opens the workbench for two hours a day still gets
its daily copy, a few minutes after the start). The default folder is made when first needed; a
backup that cannot be made -- the folder chosen was on a disk that is unplugged -- is reported
through ``reported`` and work goes on.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer, Signal

from ui.kit import tasks
from ui.kit.bidi import isolated
from ui.kit.core_text import translated
from workbench.db.backups import DEFAULT_KEEP, back_up

FOLDER_KEY = "backup/folder"
KEEP_KEY = "backup/keep"
HOURS_KEY = "backup/hours"
LAST_KEY = "backup/last"
DEFAULT_HOURS = 24
MAX_HOURS = 24 * 7
MAX_KEEP = 1000
FIRST_DELAY_MS = 5 * 60 * 1000  # a backup that is due waits until the window has settled
MAX_TIMER_MS = 2**31 - 1


def _int(settings: QSettings, key: str, default: int, low: int, high: int) -> int:
    try:
        value = int(settings.value(key, default))
    except (TypeError, ValueError):
        return default
    return value if low <= value <= high else default


def default_folder(db_path: Path) -> Path:
    return Path(db_path).expanduser().resolve().parent / "backups"


def chosen_folder(settings: QSettings) -> Path | None:
    """The folder the user chose, None for the default."""
    value = str(settings.value(FOLDER_KEY, "") or "").strip()
    return Path(value).expanduser() if value else None


def backup_folder(settings: QSettings, db_path: Path) -> Path:
    return chosen_folder(settings) or default_folder(db_path)


def backup_keep(settings: QSettings) -> int:
    return _int(settings, KEEP_KEY, DEFAULT_KEEP, 1, MAX_KEEP)


def backup_hours(settings: QSettings) -> int:
    return _int(settings, HOURS_KEY, DEFAULT_HOURS, 0, MAX_HOURS)


def last_backup(settings: QSettings) -> datetime | None:
    try:
        when = datetime.fromisoformat(str(settings.value(LAST_KEY, "") or ""))
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)


class BackupTimer(QObject):
    """``reported(text)``: a backup failed, why (for the status bar or a message);
    ``backedUp(path)``: a backup was made."""

    reported = Signal(str)
    backedUp = Signal(str)

    def __init__(self, db_path: Path, settings: QSettings, parent: QObject | None = None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.settings = settings
        self.task: tasks.Task | None = None
        self.requested = False  # the running backup was asked for, not scheduled
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.back_up_now)
        self.schedule()

    # the settings, read each time (the settings dialog may have changed them)
    def folder(self) -> Path:
        return backup_folder(self.settings, self.db_path)

    def keep(self) -> int:
        return backup_keep(self.settings)

    def hours(self) -> int:
        return backup_hours(self.settings)

    def schedule(self, *, failed: bool = False) -> None:
        """Arm the timer for the next backup due (call again after the settings changed): a
        backup overdue or never made comes FIRST_DELAY_MS from now; after a failure, the next
        attempt is a whole interval later (not a report every few minutes)."""
        self.timer.stop()
        hours = self.hours()
        if not hours:
            return
        interval = timedelta(hours=hours)
        last = last_backup(self.settings)
        if failed:
            due_in = interval
        elif last is None:
            due_in = timedelta(0)
        else:
            due_in = min(interval, last + interval - datetime.now(timezone.utc))
        milliseconds = max(FIRST_DELAY_MS, int(due_in.total_seconds() * 1000))
        self.timer.start(min(milliseconds, MAX_TIMER_MS))

    def remaining_ms(self) -> int:
        return self.timer.remainingTime() if self.timer.isActive() else -1

    def back_up_now(self) -> tasks.Task | None:
        """Start the scheduled backup in a pool thread (none while one is running); the timer is
        armed again."""
        return self._start(requested=False)

    def back_up_on_request(self) -> tasks.Task | None:
        """The same, asked for by the user ("Back up now"): a failure is worded for that."""
        return self._start(requested=True)

    def _start(self, *, requested: bool) -> tasks.Task | None:
        if self.task is not None:
            return None
        folder, keep = self.folder(), self.keep()
        create = chosen_folder(self.settings) is None

        def work(db, progress, cancelled):
            return back_up(db, folder, keep=keep, create=create)

        task = tasks.Task(tasks.on_own_connection(self.db_path, work))
        task.signals.finished.connect(self._on_finished)
        task.signals.failed.connect(self._on_failed)
        self.task = task
        self.requested = requested
        return tasks.start(task)

    def _on_finished(self, result) -> None:
        self.task = None
        if result.problem:
            self._report(result.problem)
            self.schedule(failed=True)
            return
        self.settings.setValue(LAST_KEY, datetime.now(timezone.utc).isoformat(timespec="seconds"))
        self.settings.sync()
        self.backedUp.emit(str(result.path))
        self.schedule()

    def _on_failed(self, message: str) -> None:
        self.task = None
        self._report(message)
        self.schedule(failed=True)

    def _report(self, problem: str) -> None:
        # isolated, the reason (a path, or English from outside the core) keeps its order in an Arabic or Hebrew sentence
        if self.requested:
            text = self.tr("The backup you asked for was not made: {why}")
        else:
            text = self.tr("The scheduled backup was not made: {why}")
        self.reported.emit(text.format(why=isolated(translated(problem))))

    def stop(self) -> None:
        """No more backups (the window is closing); one running finishes on its own."""
        self.timer.stop()
