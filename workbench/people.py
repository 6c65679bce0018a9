"""The people who use the workbench and their role: checker or supervisor."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlite_utils import Database

from .errors import BadInput

ROLES = ("checker", "supervisor")


def register(db: Database, name: str, role: str) -> None:
    """Add a person, or change their role."""
    name = name.strip()
    if not name:
        raise BadInput("a name is needed")
    if role not in ROLES:
        raise BadInput(f"role must be one of {', '.join(ROLES)}, not {role!r}")
    db.execute(
        "INSERT INTO people (name, role, created_at) VALUES (?, ?, ?) "
        "ON CONFLICT(name) DO UPDATE SET role = excluded.role",
        [name, role, datetime.now(timezone.utc).isoformat(timespec="seconds")],
    )


def role_of(db: Database, name: str) -> str | None:
    row = db.execute("SELECT role FROM people WHERE name = ?", [name]).fetchone()
    return row[0] if row else None
