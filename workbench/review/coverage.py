"""Which claims each verdict covers, kept in step with the links between claims.

A verdict belongs to a cluster of claims: it is stored on one claim (its
anchor) and covers every claim linked to that one. ``verdict_claims`` holds
that coverage (derived: ``reconcile`` rebuilds it from the links). When links
change, coverage is reconciled in the same transaction and every change of it
is written to the audit log and returned as a message, never dropped silently:

* clusters merge: a verdict covers the claims it gained; two live verdicts on
  one cluster are a conflict that a person resolves (``verdicts.merge``);
* a cluster splits: the verdict stays with the larger part of what it covered
  (moving its anchor there if needed) and the claims it no longer covers are named.

What an approved or published verdict covers is what a supervisor reviewed, and what
its export gives partners: only a supervisor changes it, by linking or unlinking claims
(``check_may_change``); the automatic linker leaves such links as suggestions.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlite_utils import Database

from workbench.db import audit
from workbench.db.schema import VERDICT_LANGUAGES
from workbench.kernel.errors import Refused
from workbench.kernel.messages import msg, term
from workbench.linking.clusters import cluster_of
from workbench.review import verdict_search
from workbench.review.people import role_of
from workbench.review.workflow import REVIEWED, SUPERVISOR

LIVE = "state != 'merged'"


def covered_claims(db: Database, verdict_id: int) -> list[int]:
    return [r[0] for r in db.execute(
        "SELECT claim_id FROM verdict_claims WHERE verdict_id = ? ORDER BY claim_id", [verdict_id])]


def verdicts_covering(db: Database, claim_ids: Iterable[int]) -> list[int]:
    """Live verdicts covering any of the claims, oldest first."""
    ids = list(claim_ids)
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    return [r[0] for r in db.execute(
        f"SELECT id FROM verdicts WHERE {LIVE} AND id IN (SELECT verdict_id FROM verdict_claims "
        f"WHERE claim_id IN ({marks}) UNION SELECT id FROM verdicts WHERE anchor_claim IN ({marks})) ORDER BY id",
        ids + ids)]


def cluster_languages(db: Database, claim_ids: list[int]) -> str:
    """The languages of the claims (each claim's: its paragraph's), e.g. ``ar,he``, as
    schema.VERDICT_LANGUAGES gives a verdict's."""
    if not claim_ids:
        return ""
    marks = ",".join("?" * len(claim_ids))
    rows = db.execute(f"SELECT DISTINCT language FROM claims WHERE id IN ({marks}) ORDER BY language", claim_ids)
    return ",".join(r[0] for r in rows)


def cover(db: Database, verdict_id: int, claims: list[int]) -> None:
    """Set the claims a verdict covers, with the cluster size and languages the queue shows."""
    db.execute("DELETE FROM verdict_claims WHERE verdict_id = ?", [verdict_id])
    db.conn.executemany("INSERT INTO verdict_claims (claim_id, verdict_id) VALUES (?, ?)",
                   [(c, verdict_id) for c in claims])
    db.execute(f"UPDATE verdicts SET cluster_size = ?, languages = {VERDICT_LANGUAGES.format(verdict='verdicts.id')} "
               "WHERE id = ?", [len(claims), verdict_id])
    verdict_search.reindex(db, [verdict_id])


def reconcile(db: Database, claim_ids: Iterable[int], who: str) -> list[str]:
    """Bring the coverage of every verdict touching these claims (or their clusters)
    up to date with the links. Returns what changed, for people to read; each
    change is also in the audit log. Call inside the transaction that changed the links."""
    touched = set(claim_ids)
    if not touched or db.execute(f"SELECT 1 FROM verdicts WHERE {LIVE} LIMIT 1").fetchone() is None:
        return []
    around = set(touched)
    for claim in touched:
        around.update(cluster_of(db, claim))
    messages: list[str] = []
    for verdict_id in verdicts_covering(db, around):
        messages += _reconcile_one(db, verdict_id, who)
    messages += _conflicts(db, around, who)
    return messages


def _reconcile_one(db: Database, verdict_id: int, who: str) -> list[str]:
    anchor = db.execute("SELECT anchor_claim FROM verdicts WHERE id = ?", [verdict_id]).fetchone()[0]
    before = set(covered_claims(db, verdict_id)) | {anchor}
    part = _largest_part(db, before, anchor)
    messages = []
    if anchor not in part:
        anchor = min(part)
        db.execute("UPDATE verdicts SET anchor_claim = ? WHERE id = ?", [anchor, verdict_id])
    now = set(part)
    if now == set(covered_claims(db, verdict_id)):
        return []
    gained, lost = sorted(now - before), sorted(before - now)
    check_may_change(db, verdict_id, gained + lost, who)
    cover(db, verdict_id, sorted(now))
    audit.record(db, who, "coverage", "verdict", verdict_id, {"gained": gained, "lost": lost, "anchor": anchor})
    if gained:
        messages.append(msg("verdict {id} now also covers claim(s) {claims}", id=verdict_id, claims=_ids(gained)))
    if lost:
        messages.append(msg("verdict {id} no longer covers claim(s) {claims}: "
                            "they were split off its cluster and have no verdict of their own",
                            id=verdict_id, claims=_ids(lost)))
    return messages


def check_may_change(db: Database, verdict_id: int, claims: list[int], who: str) -> None:
    """Refuse, unless ``who`` is a supervisor, a change of what an approved or published
    verdict covers (``claims``: those it would gain or lose)."""
    state = _state(db, verdict_id)
    if state in REVIEWED and role_of(db, who) != SUPERVISOR:
        raise Refused(msg("that would change which claims verdict {id} covers (claim(s) {claims}), and it is "
                          "{state}: only a supervisor may change what an approved or published verdict covers",
                          id=verdict_id, claims=_ids(claims), state=term(state)))


def check_may_change_claim(db: Database, claim_id: int, who: str) -> None:
    """Refuse, unless ``who`` is a supervisor, to change or delete a claim that an approved or
    published verdict covers: its quote, statement and tags are published with the verdict."""
    reviewed = sorted(reviewed_verdicts(db, claim_id))
    if reviewed and role_of(db, who) != SUPERVISOR:
        raise Refused(msg("claim {claim} is covered by verdict {id}, which is {state}: only a supervisor may "
                          "change a claim an approved or published verdict covers (its quote, statement and "
                          "tags are published with it)", claim=claim_id, id=reviewed[0],
                          state=term(_state(db, reviewed[0]))))


def _state(db: Database, verdict_id: int) -> str:
    return db.execute("SELECT state FROM verdicts WHERE id = ?", [verdict_id]).fetchone()[0]


def reviewed_verdicts(db: Database, claim_id: int) -> set[int]:
    """The approved and published verdicts covering a claim."""
    return {r[0] for r in db.execute(
        f"SELECT v.id FROM verdict_claims vc JOIN verdicts v ON v.id = vc.verdict_id "
        f"WHERE vc.claim_id = ? AND v.state IN ({', '.join('?' * len(REVIEWED))})", [claim_id, *REVIEWED])}


def link_changes_reviewed(db: Database, a: int, b: int) -> bool:
    """Whether linking claims ``a`` and ``b`` would change what an approved or published
    verdict covers: one of them is covered by such a verdict that does not cover the other."""
    return reviewed_verdicts(db, a) != reviewed_verdicts(db, b)


def _largest_part(db: Database, covered: set[int], anchor: int) -> list[int]:
    """The cluster, among those the covered claims now fall into, that keeps the
    verdict: the largest, the anchor's on a tie."""
    parts, seen = [], set()
    for claim in sorted(covered, key=lambda c: c != anchor):
        if claim in seen or not _exists(db, claim):
            continue
        members = cluster_of(db, claim)
        seen.update(members)
        parts.append(members)
    return max(parts, key=len)


def _exists(db: Database, claim_id: int) -> bool:
    return db.execute("SELECT 1 FROM claims WHERE id = ?", [claim_id]).fetchone() is not None


def _conflicts(db: Database, claims: set[int], who: str) -> list[str]:
    """Two live verdicts covering one claim: say so (and log it) until a person merges them."""
    messages, seen = [], set()
    for claim in sorted(claims):
        ids = [r[0] for r in db.execute(
            f"SELECT v.id FROM verdict_claims vc JOIN verdicts v ON v.id = vc.verdict_id "
            f"WHERE vc.claim_id = ? AND v.{LIVE} ORDER BY v.id", [claim])]
        if len(ids) > 1 and tuple(ids) not in seen:
            seen.add(tuple(ids))
            audit.record(db, who, "conflict", "verdict", ids[0], {"verdicts": ids})
            messages.append(msg("verdicts {ids} now cover one cluster: keep one with "
                                "'workbench verdict merge KEEP OTHER'", ids=_ids(ids)))
    return messages


def conflicting(db: Database, verdict_id: int) -> list[int]:
    """Other live verdicts that cover a claim this verdict covers."""
    return [r[0] for r in db.execute(
        f"""SELECT DISTINCT v.id FROM verdict_claims mine
            JOIN verdict_claims other ON other.claim_id = mine.claim_id AND other.verdict_id != mine.verdict_id
            JOIN verdicts v ON v.id = other.verdict_id
            WHERE mine.verdict_id = ? AND v.{LIVE} ORDER BY v.id""", [verdict_id])]


def before_claim_delete(db: Database, claim_id: int, who: str) -> list[int]:
    """Move the anchor of any verdict stored on this claim to another claim it covers,
    or refuse: a verdict is never deleted, so its last claim cannot be. Returns the
    other claims of its cluster, whose coverage the caller reconciles after deleting."""
    members = [c for c in cluster_of(db, claim_id) if c != claim_id]
    rows = db.execute("SELECT id, state, merged_into FROM verdicts WHERE anchor_claim = ?", [claim_id]).fetchall()
    for verdict_id, state, merged_into in rows:
        if members:
            target = members[0]
        elif state == "merged":
            target = db.execute("SELECT anchor_claim FROM verdicts WHERE id = ?", [merged_into]).fetchone()[0]
        else:
            raise Refused(msg("claim {claim} is the only claim of verdict {verdict}, "
                              "and a verdict is never deleted", claim=claim_id, verdict=verdict_id))
        db.execute("UPDATE verdicts SET anchor_claim = ? WHERE id = ?", [target, verdict_id])
        audit.record(db, who, "move-anchor", "verdict", verdict_id, {"from": claim_id, "to": target})
    return members


def _ids(ids: list[int]) -> str:
    return ", ".join(str(i) for i in ids)
