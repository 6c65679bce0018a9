"""The audit log heads this computer has seen, kept outside the libraries themselves: a library
whose log was rewritten whole (every hash recomputed after a change, its own head with them)
still passes its own chain, but no longer extends the head seen here before.

One small JSON file in the user's data folder (``$WORKBENCH_HEADS`` names another), by library
file; written whole or not at all."""

from __future__ import annotations

import json
import os
from datetime import datetime, timezone
from pathlib import Path

from workbench.db.audit import Head
from workbench.kernel.appdirs import data_dir
from workbench.kernel.atomic import atomic_write
from workbench.kernel.errors import WorkbenchError

HEADS_ENV = "WORKBENCH_HEADS"


def heads_file() -> Path:
    return Path(os.environ.get(HEADS_ENV) or data_dir() / "audit-heads.json")


def _key(library: str) -> str:
    return os.path.realpath(library) if library else ""


def _all() -> dict:
    try:
        data = json.loads(heads_file().read_text("utf-8"))
    except (OSError, ValueError):
        return {}  # none kept yet, or unreadable: nothing to compare with (and it is written anew)
    return data if isinstance(data, dict) else {}


def remembered(library: str) -> tuple[Head, str] | None:
    """The head last seen of the library at ``library`` and when, if any."""
    entry = _all().get(_key(library))
    try:
        return Head.parse(f"{entry['seq']}:{entry['hash']}"), str(entry.get("seen", ""))
    except (TypeError, KeyError, WorkbenchError):  # a damaged record is no head
        return None


def remember(library: str, head: Head) -> None:
    """Keep ``head`` as the last seen of ``library`` (a log with no entry yet is not kept)."""
    if not library or head.seq == 0:
        return
    data = _all()
    data[_key(library)] = {"seq": head.seq, "hash": head.hash,
                           "seen": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")}
    path = heads_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with atomic_write(path) as out:
            json.dump(data, out, ensure_ascii=False, indent=1, sort_keys=True)
    except (OSError, WorkbenchError):  # a record that cannot be kept must not stop the check or the export
        pass
