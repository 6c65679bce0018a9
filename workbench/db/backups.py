"""Scheduled copies of the database: SQLite's online backup API into a folder, keeping
the newest N. A copy is written under a temporary name and renamed when whole, so a
folder never holds a half-written backup; a folder that has gone missing is reported,
and work goes on (unless the caller says it may be made: the default folder beside the database,
which nobody has made on a fresh install)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from workbench.db.store import backup_db
from workbench.kernel.errors import BadInput
from workbench.kernel.messages import msg

SCHEDULED = "scheduled"
DEFAULT_KEEP = 10


@dataclass
class BackupResult:
    path: Path | None = None
    removed: list[Path] | None = None
    problem: str | None = None


def scheduled_backups(folder: Path) -> list[Path]:
    """The scheduled backups in ``folder``, oldest first (their names sort by time)."""
    return sorted(folder.glob(f"workbench-*-{SCHEDULED}.sqlite"))


def back_up(db: Database, folder: Path, *, keep: int = DEFAULT_KEEP, create: bool = False) -> BackupResult:
    """Copy the database into ``folder`` and delete the oldest scheduled copies beyond
    ``keep``. Never raises for a missing or unwritable folder: the reason is returned,
    because a backup that cannot be made must not stop the desk's work. ``create``: a missing
    folder is made rather than reported (a folder the user chose that is missing is more likely
    an unplugged disk than a folder to make)."""
    if keep < 1:
        raise BadInput(msg("keep at least one backup"))
    folder = Path(folder).expanduser()
    if create and not folder.exists():
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            return BackupResult(problem=msg("the backup folder {folder} could not be made: {reason}; "
                                            "no backup was made", folder=folder, reason=exc.strerror or str(exc)))
    if not folder.is_dir():
        return BackupResult(problem=msg("the backup folder {folder} does not exist (was it unplugged or moved?); "
                                        "no backup was made", folder=folder))
    if not os.access(folder, os.W_OK):
        return BackupResult(problem=msg("the backup folder {folder} cannot be written; no backup was made",
                                        folder=folder))
    try:
        made = backup_db(db, folder, SCHEDULED)
    except OSError as exc:
        return BackupResult(problem=msg("the backup into {folder} failed: {reason}", folder=folder,
                                        reason=exc.strerror or str(exc)))
    old = scheduled_backups(folder)[:-keep]
    for path in old:
        path.unlink(missing_ok=True)
    return BackupResult(path=made, removed=old)
