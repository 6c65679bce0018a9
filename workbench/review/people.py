"""The people who use the workbench and their role: checker or supervisor."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlite_utils import Database

from workbench.db import audit
from workbench.db.store import write_transaction
from workbench.kernel.errors import BadInput, Refused
from workbench.kernel.messages import msg
from workbench.text.textnorm import check_name, fold

ROLES = ("checker", "supervisor")


def register(db: Database, name: str, role: str, *, by: str | None = None) -> None:
    """Add a person, or change their role. Once the desk has a supervisor, only a
    supervisor (``by``) may add people or change a role, and nobody changes their own."""
    name = name.strip()
    if not name:
        raise BadInput(msg("a name is needed"))
    if role not in ROLES:
        raise BadInput(msg("role must be one of {roles}, not {role!r}", roles=", ".join(ROLES), role=role))
    with write_transaction(db):
        current = role_of(db, name)
        if current is None:  # a new person: a name the desk can tell apart (people of old keep theirs)
            check_name("name", name)
            _refuse_lookalike(db, name)
        if current == role:
            return
        has_supervisor = db.execute("SELECT 1 FROM people WHERE role = 'supervisor'").fetchone() is not None
        if has_supervisor:
            if not by:
                raise Refused(msg("only a supervisor may add people or change a role (acting: nobody)"))
            if role_of(db, by) != "supervisor":
                raise Refused(msg("only a supervisor may add people or change a role (acting: {by})", by=by))
            if current is not None and by == name:
                raise Refused(msg("{name} cannot change their own role: another supervisor must", name=name))
        db.execute(
            "INSERT INTO people (name, role, created_at) VALUES (?, ?, ?) "
            "ON CONFLICT(name) DO UPDATE SET role = excluded.role",
            [name, role, datetime.now(timezone.utc).isoformat(timespec="seconds")],
        )
        audit.record(db, by or name, "role" if current else "add", "person", name,
                     {"role": role, **({"was": current} if current else {})})


def _refuse_lookalike(db: Database, name: str) -> None:
    """A new person's name must differ from every other one by more than case, marks and letter
    variants: the four-eyes rule is only as real as the names behind it ("SARA" approving what
    "sara" wrote)."""
    folded = fold(name)
    for (other,) in db.execute("SELECT name FROM people"):
        if other != name and fold(other) == folded:
            raise BadInput(msg("{name!r} reads like {other!r}, a person of the desk already: choose a name "
                               "that differs in its letters", name=name, other=other))


def ensure(db: Database, name: str, role: str) -> str:
    """The person's role: theirs if the desk knows them, else they are added (the
    window's first start) with ``role`` — as a checker once the desk has a
    supervisor, who then promotes them. Returns the role the desk holds."""
    current = role_of(db, name)
    if current is not None:
        return current
    check_name("name", name.strip())
    with write_transaction(db):
        _refuse_lookalike(db, name.strip())
        if db.execute("SELECT 1 FROM people WHERE role = 'supervisor'").fetchone():
            role = "checker"
        db.execute("INSERT OR IGNORE INTO people (name, role, created_at) VALUES (?, ?, ?)",
                   [name.strip(), role, datetime.now(timezone.utc).isoformat(timespec="seconds")])
        audit.record(db, name, "add", "person", name, {"role": role, "self": True})
    return role_of(db, name)


def people(db: Database) -> list[tuple[str, str]]:
    return list(db.execute("SELECT name, role FROM people ORDER BY name"))


def role_of(db: Database, name: str) -> str | None:
    row = db.execute("SELECT role FROM people WHERE name = ?", [name]).fetchone()
    return row[0] if row else None


def require_person(db: Database, name: str) -> str:
    """The role of the person acting; refuses a name the desk has not registered."""
    role = role_of(db, name)
    if role is None:
        raise Refused(msg("{name!r} is not a person of this desk: add them with "
                          "'workbench user add {name} --role checker|supervisor'", name=name))
    return role
