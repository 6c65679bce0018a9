"""Links between claims that state the same thing, and the work that finds them.

* Signatures (signature.py) are kept per claim in ``claim_signatures`` and
  refreshed when a claim's text or the glossary changes.
* ``suggest`` ranks the claims most likely to be the same as one claim,
  leaving out those a person said are different and those already linked.
* A person decides "same" or "different" (``decide``); both are kept with who
  and when. Links with decision "same" form clusters, transitively;
  ``split_off`` takes a claim out of its cluster again.
* ``link_all`` scores candidate pairs over the whole library in batches,
  only for claims new or changed since the last run; it can be cancelled and
  resumed. Strong pairs of long claims in one language are linked
  automatically, everything else waits for a person as a candidate.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable

from sqlite_utils import Database

from workbench.claims.marking import Claim, get_claim
from workbench.db import audit
from workbench.db.store import write_transaction
from workbench.kernel.errors import BadInput, DatabaseError, NotFound
from workbench.kernel.messages import msg
from workbench.linking.clusters import cluster_of
from workbench.linking.glossary import Glossary, load_glossary
from workbench.linking.matching import (
    SUGGEST_THRESHOLD,
    Candidate,
    ClaimIndex,
    Item,
    may_link_automatically,
    reasons,
    text_similarity,
)
from workbench.linking.signature import SIGNATURE_VERSION, Signature, signature, text_digest
from workbench.review import coverage

AUTO_LINKER = "workbench link"
_BATCH = 500


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _pair(a: int, b: int) -> tuple[int, int]:
    if a == b:
        raise BadInput(msg("claim {id} cannot be linked to itself", id=a))
    return (a, b) if a < b else (b, a)


def claim_text(quote: str, statement: str) -> str:
    """What a claim says: its quote, and the checker's canonical statement when there is one."""
    return f"{quote}\n{statement}" if statement.strip() else quote


def claim_language(db: Database, article_id: int, start: int) -> str:
    row = db.execute(
        "SELECT language FROM paragraphs WHERE article_id = ? AND start <= ? ORDER BY start DESC LIMIT 1",
        [article_id, start],
    ).fetchone()
    if row is None:
        row = db.execute("SELECT language FROM articles WHERE id = ?", [article_id]).fetchone()
    return row[0] if row else "und"


# --- signatures ---------------------------------------------------------------------


def refresh_signatures(db: Database, glossary: Glossary | None = None) -> int:
    """Compute the signature of every claim that has none or an outdated one; return how many.

    A signature is outdated when the claim's text (quote and statement), the
    glossary or the signature code (SIGNATURE_VERSION) changed since: its
    fingerprint holds all three. An outdated claim counts as new for ``link_all``.
    """
    glossary = glossary or load_glossary(db)
    stored = dict(db.execute("SELECT claim_id, fingerprint FROM claim_signatures"))
    stale = []
    for claim_id, article_id, offset, quote, statement in db.execute(
            "SELECT id, article_id, start, quote, statement FROM claims ORDER BY id"):
        text = claim_text(quote, statement)
        fingerprint = f"{SIGNATURE_VERSION}.{glossary.fingerprint}/{text_digest(text)}"
        if stored.get(claim_id) != fingerprint:
            stale.append((claim_id, article_id, offset, text, fingerprint))
    for start in range(0, len(stale), _BATCH):
        with write_transaction(db):
            for claim_id, article_id, offset, text, fingerprint in stale[start:start + _BATCH]:
                db.execute(
                    "INSERT OR REPLACE INTO claim_signatures (claim_id, fingerprint, language, signature, linked)"
                    " VALUES (?, ?, ?, ?, 0)",
                    [claim_id, fingerprint, claim_language(db, article_id, offset),
                     signature(text, glossary).to_json()],
                )
                db.execute("DELETE FROM link_candidates WHERE a = ? OR b = ?", [claim_id, claim_id])
    return len(stale)


def load_index(db: Database, glossary: Glossary | None = None) -> ClaimIndex:
    """The matching index over every claim of the library, signatures refreshed first.

    On a database that cannot be written (opened read-only), signatures are
    computed in memory instead of being stored. ``index.refreshed`` says how
    many signatures were stored on the way.
    """
    glossary = glossary or load_glossary(db)
    try:
        refreshed = refresh_signatures(db, glossary)
    except DatabaseError:
        return ClaimIndex(
            Item(claim_id, claim_language(db, article_id, start), signature(claim_text(quote, statement), glossary),
                 article_id)
            for claim_id, article_id, start, quote, statement in db.execute(
                "SELECT id, article_id, start, quote, statement FROM claims ORDER BY id"))
    rows = db.execute("SELECT s.claim_id, s.language, s.signature, c.article_id FROM claim_signatures s"
                      " JOIN claims c ON c.id = s.claim_id ORDER BY s.claim_id")
    index = ClaimIndex(Item(claim_id, language, Signature.from_json(raw), article_id)
                       for claim_id, language, raw, article_id in rows)
    index.refreshed = refreshed
    return index


# --- suggestions -------------------------------------------------------------------------


def resolve_claim(db: Database, ref: str | int) -> int:
    """A claim by its id (``12`` or ``#12``), or by the external id it was imported with;
    a number is an id first, as ``claims list`` shows it."""
    text = str(ref).strip().removeprefix("#")
    row = db.execute("SELECT id FROM claims WHERE id = ?", [int(text)]).fetchone() if text.isdigit() else None
    if row is None:
        row = db.execute("SELECT id FROM claims WHERE external_id = ?", [text]).fetchone()
    if row is None:
        raise NotFound(msg("there is no claim {ref!r} (neither an id nor an imported external id)", ref=text))
    return row[0]


def decided_pairs(db: Database, claim_id: int) -> dict[int, str]:
    """The other claims a person or the linker decided about, with the decision."""
    rows = db.execute("SELECT a, b, decision FROM claim_links WHERE a = ? OR b = ?", [claim_id, claim_id])
    return {(b if a == claim_id else a): decision for a, b, decision in rows}


def waiting_candidates(db: Database) -> int:
    """How many candidate pairs wait for a person's same / different decision."""
    return db.execute("SELECT count(*) FROM link_candidates").fetchone()[0]


def current_signature(db: Database, claim: Claim, index: ClaimIndex, glossary: Glossary | None = None) -> Signature:
    """The claim's signature: the index's if it was made from the claim's current text,
    else made now (a claim marked or edited since the index was built)."""
    text = claim_text(claim.quote, claim.statement)
    row = index.row_of.get(claim.id)
    if row is not None and index.items[row].signature.source == text_digest(text):
        return index.items[row].signature
    return signature(text, glossary or load_glossary(db))


def suggest(db: Database, claim_id: int, *, top: int = 10, index: ClaimIndex | None = None,
            glossary: Glossary | None = None, min_score: float = SUGGEST_THRESHOLD) -> list[Candidate]:
    """The claims most likely to state the same as ``claim_id``, best first, without
    those decided already and those in its cluster.

    The window keeps ``index`` (and ``glossary``) in memory; a claim marked or
    edited since the index was built is matched by its current text.
    """
    if index is None:
        glossary = glossary or load_glossary(db)
        index = load_index(db, glossary)
    claim = get_claim(db, claim_id)
    sig = current_signature(db, claim, index, glossary)
    exclude = {claim_id, *decided_pairs(db, claim_id), *cluster_of(db, claim_id)}
    return index.query(sig, top=top, exclude=exclude, min_score=min_score, article_id=claim.article_id)


# --- decisions and clusters ----------------------------------------------------------------


def decide(db: Database, a: int, b: int, decision: str, *, who: str, score: float | None = None) -> list[str]:
    """Record that claims ``a`` and ``b`` are the same claim, or different ones.
    Returns what that changed for verdicts (a verdict covering more claims, two
    verdicts now on one cluster), for the person to read."""
    if decision not in ("same", "different"):
        raise BadInput(msg("a link decision is 'same' or 'different', not {decision!r}", decision=decision))
    if not who.strip():
        raise BadInput(msg("a link decision needs the name of the person who made it"))
    a, b = _pair(a, b)
    with write_transaction(db):
        get_claim(db, a), get_claim(db, b)
        db.execute(
            "INSERT OR REPLACE INTO claim_links (a, b, decision, origin, score, decided_by, decided_at)"
            " VALUES (?, ?, ?, 'person', ?, ?, ?)",
            [a, b, decision, score, who, _now()],
        )
        if decision == "different" and b in cluster_of(db, a):
            raise BadInput(msg("claims {a} and {b} stay in one cluster through other links: "
                               "split one of them off the cluster instead", a=a, b=b))
        db.execute("DELETE FROM link_candidates WHERE a = ? AND b = ?", [a, b])
        audit.record(db, who, decision, "link", f"{a}-{b}", {"score": score})
        return coverage.reconcile(db, [a, b], who)


def withdraw(db: Database, a: int, b: int, *, who: str = "") -> list[str] | None:
    """Take back the decision about claims ``a`` and ``b`` (a wrong "different" or
    "same"): the pair may be suggested again. Returns None if there was no
    decision, else what that changed for verdicts."""
    a, b = _pair(a, b)
    with write_transaction(db):
        if db.execute("DELETE FROM claim_links WHERE a = ? AND b = ?", [a, b]).rowcount == 0:
            return None
        audit.record(db, who, "withdraw", "link", f"{a}-{b}")
        return coverage.reconcile(db, [a, b], who)


@dataclass
class Split:
    left: list[int]  # the cluster the claim left
    messages: list[str]  # what the split changed for verdicts


def split_off(db: Database, claim_id: int, *, who: str) -> Split:
    """Take a claim out of its cluster: it becomes "different" from every claim it was
    linked to, and those stay together (chained links are kept by linking them to
    each other)."""
    with write_transaction(db):
        members = [c for c in cluster_of(db, claim_id) if c != claim_id]
        now = _now()
        for other in members:
            a, b = _pair(claim_id, other)
            db.execute(
                "INSERT OR REPLACE INTO claim_links (a, b, decision, origin, score, decided_by, decided_at)"
                " VALUES (?, ?, 'different', 'person', NULL, ?, ?)", [a, b, who, now])
        for first, second in zip(members, members[1:]):
            db.execute(
                "INSERT OR IGNORE INTO claim_links (a, b, decision, origin, score, decided_by, decided_at)"
                " VALUES (?, ?, 'same', 'person', NULL, ?, ?)", [first, second, who, now])
        audit.record(db, who, "split-off", "claim", claim_id, {"from": members})
        return Split(members, coverage.reconcile(db, [claim_id, *members], who))


# --- whole-library linking ----------------------------------------------------------------------


@dataclass
class LinkReport:
    claims: int = 0
    scored: int = 0  # claims new or changed that were scored
    candidates: int = 0
    linked: int = 0
    cancelled: bool = False
    messages: list[str] = field(default_factory=list)  # what linking changed for verdicts


def link_all(db: Database, *, progress: Callable[[int, int], bool] | None = None,
             index: ClaimIndex | None = None) -> LinkReport:
    """Find candidate pairs among all claims; link the strong ones automatically.

    Only claims whose signature is new since the last run are scored again
    (against the whole library). Work is committed batch by batch, so a
    cancelled or interrupted run resumes where it stopped.
    """
    index = index or load_index(db)
    pending = [index.row_of[c] for (c,) in db.execute("SELECT claim_id FROM claim_signatures WHERE linked = 0")
               if c in index.row_of]
    report = LinkReport(claims=len(index))
    for start in range(0, len(pending), _BATCH):
        batch = pending[start:start + _BATCH]
        pairs = list(index.candidate_pairs(batch))
        with write_transaction(db):
            linked: list[int] = []
            for a_row, b_row, score in pairs:
                report.candidates += _store_pair(db, index, a_row, b_row, score, report, linked)
            db.execute(
                f"UPDATE claim_signatures SET linked = 1 WHERE claim_id IN ({','.join('?' * len(batch))})",
                [index.items[r].claim_id for r in batch],
            )
            audit.record(db, AUTO_LINKER, "link-all", "links", "", {"scored": len(batch), "linked": report.linked})
            report.messages += coverage.reconcile(db, linked, AUTO_LINKER)
        report.scored += len(batch)
        if progress and progress(report.scored, len(pending)) is False:
            report.cancelled = report.scored < len(pending)
            break
    return report


def _store_pair(db: Database, index: ClaimIndex, a_row: int, b_row: int, score: float, report: LinkReport,
                linked: list[int]) -> int:
    """Link the pair or keep it as a candidate; returns 1 for a new candidate.
    Claims linked are appended to ``linked``."""
    a, b = index.items[a_row], index.items[b_row]
    decided = db.execute("SELECT 1 FROM claim_links WHERE a = ? AND b = ?", [a.claim_id, b.claim_id]).fetchone()
    if decided:
        return 0
    # A strong pair still waits for a person when the link would change what a supervisor reviewed.
    if may_link_automatically(a, b, score) and not coverage.link_changes_reviewed(db, a.claim_id, b.claim_id):
        db.execute(
            "INSERT INTO claim_links (a, b, decision, origin, score, decided_by, decided_at)"
            " VALUES (?, ?, 'same', 'auto', ?, ?, ?)", [a.claim_id, b.claim_id, score, AUTO_LINKER, _now()])
        report.linked += 1
        linked += [a.claim_id, b.claim_id]
        return 0
    why = reasons(a.signature, b.signature, text_similarity(index.pivots[a_row], index.pivots[b_row]))
    db.execute("INSERT OR REPLACE INTO link_candidates (a, b, score, reasons) VALUES (?, ?, ?, ?)",
               [a.claim_id, b.claim_id, score, json.dumps(why, ensure_ascii=False)])
    return 1
