"""The audit trail: an append-only log of every create, change, decision and export.

The database refuses updates and deletes of the log (triggers in the schema).
Each entry carries a SHA-256 hash over its own fields and the previous entry's
hash, so an entry changed, removed or inserted by going round the triggers
breaks the chain at that point, and ``verify`` says where.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlite_utils import Database

from workbench.kernel.errors import BadInput
from workbench.kernel.messages import Message, msg

GENESIS = "0" * 64


@dataclass
class Entry:
    id: int
    at: str
    actor: str
    action: str
    entity: str
    entity_id: str
    details: dict

    def as_dict(self) -> dict:
        return self.__dict__.copy()


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def entry_hash(prev_hash: str, at: str, actor: str, action: str, entity: str, entity_id: str, details: str) -> str:
    payload = json.dumps([prev_hash, at, actor, action, entity, entity_id, details],
                         ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(db: Database, actor: str, action: str, entity: str, entity_id: object = "",
           details: dict | None = None) -> None:
    """Append an entry. Call it inside the write transaction of the change it records,
    so that the change and its entry are written together or not at all (the
    transaction's write lock also keeps the chain in order across processes)."""
    if not db.conn.in_transaction:
        raise RuntimeError("audit.record must run inside the write transaction of the change it records")
    row = db.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    prev = row[0] if row else GENESIS
    at = _now()
    text = json.dumps(details or {}, ensure_ascii=False, sort_keys=True, default=str)
    key = "" if entity_id is None else str(entity_id)
    digest = entry_hash(prev, at, actor or "unknown", action, entity, key, text)
    db.execute(
        "INSERT INTO audit_log (at, actor, action, entity, entity_id, details, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [at, actor or "unknown", action, entity, key, text, prev, digest],
    )


def entries(db: Database, *, entity: str | None = None, entity_id: object = None,
            limit: int | None = None) -> list[Entry]:
    """Entries, oldest first; of one entity (and id) when given."""
    where, params = [], []
    if entity is not None:
        where.append("entity = ?")
        params.append(entity)
    if entity_id is not None:
        where.append("entity_id = ?")
        params.append(str(entity_id))
    sql = "SELECT id, at, actor, action, entity, entity_id, details FROM audit_log"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY id" + (f" LIMIT {int(limit)}" if limit else "")
    return [Entry(i, at, actor, action, ent, eid, json.loads(d)) for i, at, actor, action, ent, eid, d
            in db.execute(sql, params)]


def entities(db: Database) -> list[str]:
    """The kinds of thing the log has entries about (claim, verdict, link…), in order."""
    return [entity for (entity,) in db.execute("SELECT DISTINCT entity FROM audit_log ORDER BY entity")]


def verify(db: Database) -> tuple[int, Message | None]:
    """Walk the chain, then compare its end with the head the database keeps. Returns
    (entries checked, None) when both hold, else the number checked before the break
    and a message naming the entry."""
    prev, count, last_id = GENESIS, 0, 0
    rows = db.execute("SELECT id, at, actor, action, entity, entity_id, details, prev_hash, hash"
                      " FROM audit_log ORDER BY id")
    for i, at, actor, action, entity, entity_id, details, prev_hash, digest in rows:
        if prev_hash != prev:
            return count, msg("audit log entry {id} does not follow the entry before it: "
                              "an entry before it was removed or changed", id=i)
        if entry_hash(prev_hash, at, actor, action, entity, entity_id, details) != digest:
            return count, msg("audit log entry {id} was altered after it was written", id=i)
        prev, count, last_id = digest, count + 1, i
    return count, _head_problem(db, count, last_id, prev)


def _head_problem(db: Database, count: int, last_id: int, last_hash: str) -> Message | None:
    head = db.execute("SELECT last_id, hash, entries FROM audit_head").fetchone()
    if head is None:
        return msg("the audit log's head is missing: it was removed outside the workbench")
    head_id, head_hash, head_entries = head
    if (head_id, head_entries) == (last_id, count) and head_hash == (last_hash if count else ""):
        return None
    if head_entries > count or head_id > last_id:
        return msg("the audit log ends at entry {last} ({count} entries) but had reached entry {head} "
                   "({head_count} entries): its newest entries were removed",
                   last=last_id, count=count, head=head_id, head_count=head_entries)
    return msg("the audit log's head (entry {head}) does not match its last entry {last}: it was altered",
               head=head_id, last=last_id)


@dataclass(frozen=True)
class Head:
    """The log's newest entry, which every later log extends: its number and hash. Written
    ``SEQ:HASH``; kept outside the library (a partner's copy of an export, the client's own
    record), it shows a log rewritten whole, which the chain alone cannot: whoever can write the
    file can recompute every hash after the one they changed."""

    seq: int
    hash: str

    def __str__(self) -> str:
        return f"{self.seq}:{self.hash}"

    @classmethod
    def parse(cls, text: str) -> Head:
        seq, _, digest = text.strip().partition(":")
        if not (seq.isdigit() and len(digest) == 64 and all(c in "0123456789abcdef" for c in digest)):
            raise BadInput(msg("{text!r} is not an audit log head: it reads SEQ:HASH, as check and the exports "
                               "print it (a number, a colon, 64 hexadecimal digits)", text=text))
        return cls(int(seq), digest)


def head(db: Database) -> Head:
    """The log's head now (0 and an empty hash for a log with no entry yet)."""
    row = db.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return Head(row[0], row[1]) if row else Head(0, "")


def extends(db: Database, seen: Head, where: str) -> Message | None:
    """Why the log does not extend a head seen before (``where``: when or by whom), or None. With
    the chain verified, the log extends it when its entry ``seen.seq`` still has that hash."""
    if seen.seq == 0:
        return None
    row = db.execute("SELECT hash FROM audit_log WHERE id = ?", [seen.seq]).fetchone()
    if row is None:
        return msg("audit log entry {seq} of {where} is gone: the log was cut or rewritten since", seq=seen.seq,
                   where=where)
    if row[0] != seen.hash:
        return msg("audit log entry {seq} of {where} was changed: the log was rewritten since", seq=seen.seq,
                   where=where)
    return None
