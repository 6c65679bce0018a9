"""Verdicts on claim clusters: rating, summary, rationale, sources, revisions, review.

A cluster has one current verdict. Setting a verdict on any claim of a cluster
revises that verdict (a new revision), never adds a second. Every change, from
an edit to an approval, is a new row of ``verdict_revisions`` (which the
database refuses to change) and an entry of the audit log. Saves are
optimistic: a caller passes the revision it read, and a save over someone
else's newer revision is refused with ``Conflict``.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone

from sqlite_utils import Database

from workbench.claims.marking import get_claim
from workbench.db import audit
from workbench.db.store import write_transaction
from workbench.kernel.errors import BadInput, Conflict, NotFound, Refused
from workbench.kernel.messages import TERMS, Message, msg, template, term
from workbench.linking.clusters import cluster_of
from workbench.review import coverage, verdict_search, workflow
from workbench.review.people import require_person
from workbench.review.sources import Source, clean_source, flag_duplicates
from workbench.text.textnorm import check_name, check_printable

MAX_SUMMARY = 300
MAX_RATIONALE = 50_000
NEW = 0
"""``expected_revision`` of a save that believes the cluster has no verdict yet."""

_FIELDS = ("id", "anchor_claim", "state", "rating", "summary", "rationale", "checker", "revision", "created_at",
           "updated_at", "submitted_at", "reviewed_by", "reviewed_at", "approved_by", "approved_at", "published_by",
           "published_at", "comment", "merged_into",
           "cluster_size", "languages")
_SOURCE_FIELDS = ("url", "article_id", "title", "publisher", "published", "accessed", "archive_url", "passage",
                  "stance")


@dataclass
class Verdict:
    id: int
    anchor_claim: int
    state: str
    rating: str
    summary: str
    rationale: str
    checker: str
    revision: int
    created_at: str
    updated_at: str
    submitted_at: str | None
    reviewed_by: str | None
    reviewed_at: str | None
    approved_by: str | None
    approved_at: str | None
    published_by: str | None
    published_at: str | None
    comment: str
    merged_into: int | None
    cluster_size: int
    languages: str
    sources: list[Source] = field(default_factory=list)
    claims: list[int] = field(default_factory=list)
    conflicts: list[int] = field(default_factory=list)

    def as_dict(self) -> dict:
        data = {name: getattr(self, name) for name in _FIELDS}
        data["sources"] = [s.as_dict() for s in self.sources]
        data["claims"] = self.claims
        data["conflicts"] = self.conflicts
        data["warnings"] = self.warnings()
        return data

    def warnings(self) -> list[str]:
        """What a person should look at before going on: repeated sources, a second verdict."""
        out = [msg("source {position} repeats source {original}", position=i, original=s.duplicate_of)
               for i, s in enumerate(self.sources, 1) if s.duplicate_of]
        if len(self.conflicts) == 1:
            out.append(msg("verdict {ids} covers the same cluster: merge them", ids=self.conflicts[0]))
        elif self.conflicts:
            out.append(msg("verdicts {ids} cover the same cluster: merge them",
                           ids=", ".join(map(str, self.conflicts))))
        return out


@dataclass
class Revision:
    verdict_id: int
    revision: int
    action: str
    actor: str
    at: str
    state: str
    rating: str
    summary: str
    rationale: str
    checker: str
    comment: str
    sources: list[dict]

    def as_dict(self) -> dict:
        return self.__dict__.copy()


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


# --- reading -----------------------------------------------------------------------------------


def get_verdict(db: Database, verdict_id: int) -> Verdict:
    row = db.execute(f"SELECT {', '.join(_FIELDS)} FROM verdicts WHERE id = ?", [verdict_id]).fetchone()
    if row is None:
        raise NotFound(msg("there is no verdict {id}", id=verdict_id))
    verdict = Verdict(*row)
    verdict.sources = _sources(db, verdict_id)
    verdict.claims = coverage.covered_claims(db, verdict_id)
    verdict.conflicts = coverage.conflicting(db, verdict_id)
    return verdict


def _sources(db: Database, verdict_id: int) -> list[Source]:
    rows = db.execute(
        f"SELECT {', '.join('s.' + f for f in _SOURCE_FIELDS)}, a.title, a.publisher, a.url, a.published "
        "FROM verdict_sources s LEFT JOIN articles a ON a.id = s.article_id "
        "WHERE s.verdict_id = ? ORDER BY s.position", [verdict_id])
    sources = []
    for row in rows:
        source = Source(*row[:len(_SOURCE_FIELDS)])
        if source.article_id is not None:  # linked, not copied: shown as the library has it
            title, publisher, url, published = row[len(_SOURCE_FIELDS):]
            source.title = source.title or title
            source.publisher = source.publisher or (publisher or "")
            source.published = source.published or (published or "")
            source.url = source.url or url
        sources.append(source)
    return flag_duplicates(sources)


def verdict_of_claim(db: Database, claim_id: int) -> Verdict | None:
    """The current verdict of the claim's cluster (the oldest, if two await merging)."""
    ids = coverage.verdicts_covering(db, cluster_of(db, claim_id))
    return get_verdict(db, ids[0]) if ids else None


def history(db: Database, verdict_id: int) -> list[Revision]:
    get_verdict(db, verdict_id)
    rows = db.execute(
        "SELECT verdict_id, revision, action, actor, at, state, rating, summary, rationale, checker, comment, sources "
        "FROM verdict_revisions WHERE verdict_id = ? ORDER BY revision", [verdict_id])
    return [Revision(*row[:-1], json.loads(row[-1])) for row in rows]


_CHANGED = {  # one line per field: a translation names the field in its own words
    "state": template("state: {old!r} -> {new!r}"),
    "rating": template("rating: {old!r} -> {new!r}"),
    "summary": template("summary: {old!r} -> {new!r}"),
    "checker": template("checker: {old!r} -> {new!r}"),
    "comment": template("comment: {old!r} -> {new!r}"),
}
_SOURCE_CHANGED = {  # (added, linked to an article, with a title)
    (False, False, False): template("source removed: {url} ({stance})"),
    (False, False, True): template("source removed: {url} ({stance}) {title!r}"),
    (False, True, False): template("source removed: article {article} ({stance})"),
    (False, True, True): template("source removed: article {article} ({stance}) {title!r}"),
    (True, False, False): template("source added: {url} ({stance})"),
    (True, False, True): template("source added: {url} ({stance}) {title!r}"),
    (True, True, False): template("source added: article {article} ({stance})"),
    (True, True, True): template("source added: article {article} ({stance}) {title!r}"),
}
_STANCES = {"supports": template("supports"), "contradicts": template("contradicts")}
def _word(word: str) -> str:
    """A state or revision action, translated where it is shown (a stored value the
    workbench does not know stays as it is)."""
    return term(word) if word in TERMS else word


def diff(before: Revision, after: Revision) -> list[str]:
    """What changed between two revisions, as lines for people: fields, then the
    rationale as a unified diff, then sources added and removed."""
    lines = []
    for name in ("state", "rating", "summary", "checker", "comment"):
        old, new = getattr(before, name), getattr(after, name)
        if old != new:
            if name == "state":
                old, new = _word(old), _word(new)
            lines.append(msg(_CHANGED[name], old=old, new=new))
    if before.rationale != after.rationale:
        lines += list(difflib.unified_diff(before.rationale.splitlines(), after.rationale.splitlines(),
                                           f"rationale r{before.revision}", f"rationale r{after.revision}",
                                           lineterm=""))
    old_sources = [json.dumps(s, ensure_ascii=False, sort_keys=True) for s in before.sources]
    new_sources = [json.dumps(s, ensure_ascii=False, sort_keys=True) for s in after.sources]
    lines += [_source_line(s, added=False) for s, k in zip(before.sources, old_sources) if k not in new_sources]
    lines += [_source_line(s, added=True) for s, k in zip(after.sources, new_sources) if k not in old_sources]
    return lines


def _source_line(source: dict, *, added: bool) -> Message:
    stance = source.get("stance")
    return msg(_SOURCE_CHANGED[added, not source.get("url"), bool(source.get("title"))],
               url=source.get("url"), article=source.get("article_id"), title=source.get("title"),
               stance=msg(_STANCES[stance]) if stance in _STANCES else stance)


def ratings(db: Database, *, include_retired: bool = False) -> list[tuple[str, float]]:
    """The rating scale in its order: label and the numeric value published with it."""
    sql = "SELECT label, value FROM ratings" + ("" if include_retired else " WHERE retired = 0") + " ORDER BY position"
    return [(label, value) for label, value in db.execute(sql)]


def rating_scale(db: Database) -> list[tuple[str, float, bool]]:
    """Every rating of the scale in its order, retired ones too: label, value, retired."""
    return [(label, float(value), bool(retired))
            for label, value, retired in db.execute("SELECT label, value, retired FROM ratings ORDER BY position")]


def set_rating(db: Database, label: str, value: float, *, who: str, retired: bool = False) -> int:
    """Add a rating to the scale or change its value; only a supervisor may.
    A rating in use is retired (no longer offered), never removed. Returns how many
    published verdicts a changed value changes: their next export publishes the new one."""
    label = " ".join(label.split())
    check_name("name", label)
    if not label:
        raise BadInput(msg("a rating needs a label"))
    if not math.isfinite(value):  # JSON has no infinity, and ClaimReview publishes the value
        raise BadInput(msg("rating {label!r}: its value must be a number, not {value}", label=label, value=value))
    with write_transaction(db):
        if require_person(db, who) != workflow.SUPERVISOR:
            raise Refused(msg("only a supervisor may change the rating scale; {who} is not one", who=who))
        (republished,) = db.execute(
            "SELECT count(*) FROM verdicts WHERE state = 'published' AND rating = ? "
            "AND EXISTS (SELECT 1 FROM ratings WHERE label = ? AND value != ?)", [label, label, value]).fetchone()
        db.execute("INSERT INTO ratings (label, value, position, retired) VALUES "
                   "(?, ?, (SELECT coalesce(max(position), 0) + 1 FROM ratings), ?) "
                   "ON CONFLICT(label) DO UPDATE SET value = excluded.value, retired = excluded.retired",
                   [label, value, int(retired)])
        audit.record(db, who, "rating", "rating", label, {"value": value, "retired": retired})
    return republished


# --- writing -----------------------------------------------------------------------------------


def require_rating(db: Database, rating: str, *, retired_too: bool = False) -> None:
    """Raise naming the scale unless ``rating`` is one it offers (or retired, with ``retired_too``)."""
    known = dict(ratings(db, include_retired=retired_too))
    if rating not in known:
        offered = ", ".join(label for label, _ in ratings(db))
        same = [label for label in known if label.casefold() == rating.casefold()]
        if same:  # a label's case is the scale's: 'false' is a typo of False, not another rating
            raise BadInput(msg("unknown rating {rating!r}: the scale writes it {label!r}; the scale is: {offered}",
                               rating=rating, label=same[0], offered=offered))
        raise BadInput(msg("unknown rating {rating!r}; the scale is: {offered}", rating=rating, offered=offered))


def _check_content(db: Database, rating: str, summary: str, rationale: str) -> tuple[str, str]:
    require_rating(db, rating)
    check_printable("summary", summary)
    check_printable("rationale", rationale)
    summary = summary.strip()
    if not summary:
        raise BadInput(msg("the summary is empty: say the verdict in one line"))
    if "\n" in summary or "\r" in summary:
        raise BadInput(msg("the summary is one line; put paragraphs in the rationale"))
    if len(summary) > MAX_SUMMARY:
        raise BadInput(msg("the summary is {length} characters long; the limit is {limit}",
                           length=len(summary), limit=MAX_SUMMARY))
    if len(rationale) > MAX_RATIONALE:
        raise BadInput(msg("the rationale is {length:,} characters long; the limit is {limit:,}",
                           length=len(rationale), limit=MAX_RATIONALE))
    return summary, rationale.strip()


def _expect(db: Database, verdict: Verdict, expected_revision: int | None) -> None:
    if expected_revision is None or expected_revision == verdict.revision:
        return
    actor, action = db.execute("SELECT actor, action FROM verdict_revisions WHERE verdict_id = ? "
                               "ORDER BY revision DESC LIMIT 1", [verdict.id]).fetchone()
    raise Conflict(msg("verdict {id} was changed by {actor} ({action}, revision {revision}, {at}) "
                       "since you opened revision {expected}: reload it to see that change, then make yours again",
                       id=verdict.id, actor=actor, action=_word(action), revision=verdict.revision,
                       at=verdict.updated_at, expected=expected_revision))


def set_verdict(db: Database, claim_id: int, *, who: str, rating: str, summary: str, rationale: str = "",
                sources: list[Source] | None = None, expected_revision: int | None = None) -> Verdict:
    """Write the verdict of the claim's cluster: a new verdict if it has none, else a
    new revision of its verdict (which goes back to draft). ``sources`` replaces the
    list when given. ``expected_revision``: the revision the caller read (``NEW`` for
    none); a save over a newer one is refused."""
    with write_transaction(db):
        role = require_person(db, who)
        summary, rationale = _check_content(db, rating, summary, rationale)
        cleaned = None if sources is None else [clean_source(db, s, i) for i, s in enumerate(sources, 1)]
        get_claim(db, claim_id)
        live = coverage.verdicts_covering(db, cluster_of(db, claim_id))
        if len(live) > 1:
            raise Refused(msg("verdicts {ids} cover this claim's cluster: "
                              "merge them first ('workbench verdict merge KEEP OTHER')", ids=", ".join(map(str, live))))
        if not live:
            if expected_revision not in (None, NEW):
                raise Conflict(msg("the verdict you opened no longer covers claim {claim}: reload", claim=claim_id))
            return _create(db, claim_id, who, rating, summary, rationale, cleaned or [])
        verdict = get_verdict(db, live[0])
        if expected_revision == NEW:
            raise Conflict(msg("{checker} wrote verdict {id} on this claim's cluster meanwhile: "
                               "reload it and revise it instead", checker=verdict.checker, id=verdict.id))
        _expect(db, verdict, expected_revision)
        workflow.check("revise", verdict_id=verdict.id, state=verdict.state, who=who, role=role,
                       authors=authors(db, verdict.id))
        db.execute("UPDATE verdicts SET rating = ?, summary = ?, rationale = ?, checker = ?, state = 'draft', "
                   "submitted_at = NULL, revision = revision + 1, updated_at = ? WHERE id = ?",
                   [rating, summary, rationale, who, _now(), verdict.id])
        if cleaned is not None:
            _replace_sources(db, verdict.id, cleaned)
        return _revised(db, verdict.id, "revise", who)


def _create(db: Database, claim_id: int, who: str, rating: str, summary: str, rationale: str,
            sources: list[Source]) -> Verdict:
    now = _now()
    verdict_id = db.execute(
        "INSERT INTO verdicts (anchor_claim, state, rating, summary, rationale, checker, revision, created_at, "
        "updated_at) VALUES (?, 'draft', ?, ?, ?, ?, 1, ?, ?)",
        [claim_id, rating, summary, rationale, who, now, now]).lastrowid
    _replace_sources(db, verdict_id, sources)
    coverage.cover(db, verdict_id, cluster_of(db, claim_id))
    return _revised(db, verdict_id, "create", who)


def _replace_sources(db: Database, verdict_id: int, sources: list[Source]) -> None:
    db.execute("DELETE FROM verdict_sources WHERE verdict_id = ?", [verdict_id])
    db.conn.executemany(
        f"INSERT INTO verdict_sources (verdict_id, position, {', '.join(_SOURCE_FIELDS)}) "
        f"VALUES (?, ?, {', '.join('?' * len(_SOURCE_FIELDS))})",
        [(verdict_id, i, *(getattr(s, f) for f in _SOURCE_FIELDS)) for i, s in enumerate(sources, 1)])


def add_sources(db: Database, verdict_id: int, sources: list[Source], *, who: str,
                expected_revision: int | None = None) -> Verdict:
    """Add sources to a verdict's list (a revision, like any edit)."""
    with write_transaction(db):
        verdict = get_verdict(db, verdict_id)
        return set_verdict(db, verdict.anchor_claim, who=who, rating=verdict.rating, summary=verdict.summary,
                           rationale=verdict.rationale, sources=[*stored_sources(verdict.sources), *sources],
                           expected_revision=verdict.revision if expected_revision is None else expected_revision)


def stored_sources(sources: list[Source]) -> list[Source]:
    """Sources as stored, to save them again: an article source keeps only its link
    (the library's title and publisher are shown, not copied)."""
    return [Source(**{**s.fields(), "title": "", "publisher": "", "published": "", "url": None})
            if s.article_id is not None else Source(**s.fields()) for s in sources]


def authors(db: Database, verdict_id: int) -> set[str]:
    """The people who wrote or submitted the verdict: none of them may approve it (four-eyes)."""
    marks = ",".join("?" * len(workflow.AUTHORING))
    return {r[0] for r in db.execute(
        f"SELECT DISTINCT actor FROM verdict_revisions WHERE verdict_id = ? AND action IN ({marks})",
        [verdict_id, *workflow.AUTHORING])}


def _revised(db: Database, verdict_id: int, action: str, who: str, comment: str = "") -> Verdict:
    """Record the verdict as it now is: a revision row, an audit entry, its search row."""
    verdict = get_verdict(db, verdict_id)
    verdict_search.reindex(db, [verdict_id])
    sources = json.dumps([s.fields() for s in stored_sources(verdict.sources)], ensure_ascii=False)
    content = (verdict.state, verdict.rating, verdict.summary, verdict.rationale, verdict.checker, comment, sources)
    db.execute(
        "INSERT INTO verdict_revisions (verdict_id, revision, action, actor, at, state, rating, summary, rationale, "
        "checker, comment, sources) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [verdict_id, verdict.revision, action, who, verdict.updated_at, *content])
    audit.record(db, who, action, "verdict", verdict_id,
                 {"revision": verdict.revision, "state": verdict.state, "rating": verdict.rating,
                  "claims": verdict.claims, "content": _content_digest(content),
                  **({"comment": comment} if comment else {})})
    return verdict


_REVISION_CONTENT = "r.state, r.rating, r.summary, r.rationale, r.checker, r.comment, r.sources"


def _content_digest(content: tuple[str, ...]) -> str:
    """The digest of a revision's content, kept in its audit entry: a revision changed
    outside the workbench no longer matches the hash-chained log."""
    return hashlib.sha256(json.dumps(content, ensure_ascii=False).encode("utf-8")).hexdigest()


def integrity_problems(db: Database) -> Iterator[str]:
    """Verdicts that differ from their latest revision, and revisions that differ from
    what the audit log recorded of them: both mean a change made outside the workbench."""
    for verdict_id, revision, differs in db.execute(
            "SELECT v.id, v.revision, r.verdict_id IS NULL OR v.state != r.state OR v.rating != r.rating "
            "OR v.summary != r.summary OR v.rationale != r.rationale OR v.checker != r.checker "
            "FROM verdicts v LEFT JOIN verdict_revisions r ON r.verdict_id = v.id AND r.revision = v.revision"):
        if differs:
            yield msg("verdict {id} differs from its revision {revision} "
                      "(changed outside the workbench, or the revision is missing)", id=verdict_id, revision=revision)
    for verdict_id, revision, digest, *content in db.execute(
            f"SELECT r.verdict_id, r.revision, json_extract(l.details, '$.content'), {_REVISION_CONTENT} "
            "FROM audit_log l JOIN verdict_revisions r ON l.entity = 'verdict' "
            "AND r.verdict_id = CAST(l.entity_id AS INTEGER) AND r.revision = json_extract(l.details, '$.revision') "
            "WHERE json_extract(l.details, '$.content') IS NOT NULL"):
        if _content_digest(tuple(content)) != digest:
            yield msg("verdict {id} revision {revision} differs from what the audit log recorded of it",
                      id=verdict_id, revision=revision)


def transition(db: Database, verdict_id: int, action: str, *, who: str, comment: str = "",
               expected_revision: int | None = None) -> Verdict:
    """Move a verdict along the workflow (submit, withdraw, approve, return, publish,
    reopen) if the rules allow ``who`` to; each move is a new revision."""
    check_printable("comment", comment)
    with write_transaction(db):
        role = require_person(db, who)
        verdict = get_verdict(db, verdict_id)
        _expect(db, verdict, expected_revision)
        workflow.check(action, verdict_id=verdict_id, state=verdict.state, who=who, role=role,
                       authors=authors(db, verdict_id), source_count=len(verdict.sources), comment=comment)
        now = _now()
        sets = {"state": workflow.target_state(action), "updated_at": now}
        if action == "submit":
            sets |= {"submitted_at": now, "comment": ""}
        elif action in ("withdraw", "reopen"):
            sets |= {"submitted_at": None}
        elif action == "approve":
            sets |= {"reviewed_by": who, "reviewed_at": now, "approved_by": who, "approved_at": now,
                     "comment": comment.strip()}
        elif action == "return":
            sets |= {"reviewed_by": who, "reviewed_at": now, "approved_by": None, "approved_at": None,
                     "comment": comment.strip()}
        elif action == "publish":
            sets |= {"published_by": who, "published_at": now}
        db.execute(f"UPDATE verdicts SET {', '.join(f'{k} = ?' for k in sets)}, revision = revision + 1 "
                   f"WHERE id = ?", [*sets.values(), verdict_id])
        return _revised(db, verdict_id, action, who, comment.strip())


def merge(db: Database, keep: int, other: int, *, who: str) -> Verdict:
    """Resolve two verdicts that came to cover one cluster: ``other`` is marked merged
    into ``keep`` (its revisions and sources stay in its history) and covers nothing.
    A supervisor's call when either verdict has been approved or published."""
    with write_transaction(db):
        role = require_person(db, who)
        kept, merged = get_verdict(db, keep), get_verdict(db, other)
        if keep == other:
            raise BadInput(msg("verdict {id} cannot be merged into itself: give the verdict to keep and the other "
                               "one (workbench verdict show lists its conflicts)", id=keep))
        if merged.state == "merged":
            raise Refused(msg("verdict {other} was merged into verdict {into} already", other=other,
                              into=merged.merged_into))
        if other not in kept.conflicts:
            raise Refused(msg("verdicts {keep} and {other} do not cover one cluster: nothing to merge",
                              keep=keep, other=other))
        if role != workflow.SUPERVISOR and {kept.state, merged.state} & set(workflow.REVIEWED):
            raise Refused(msg("only a supervisor may merge a verdict that was approved or published"))
        db.execute("UPDATE verdicts SET state = 'merged', merged_into = ?, revision = revision + 1, updated_at = ? "
                   "WHERE id = ?", [keep, _now(), other])
        db.execute("DELETE FROM verdict_claims WHERE verdict_id = ?", [other])
        _revised(db, other, "merged", who, f"merged into verdict {keep}")
        coverage.cover(db, keep, cluster_of(db, kept.anchor_claim))
        db.execute("UPDATE verdicts SET revision = revision + 1, updated_at = ? WHERE id = ?", [_now(), keep])
        return _revised(db, keep, "merge", who, f"verdict {other} merged into this one")


# --- the review queue --------------------------------------------------------------------------


@dataclass
class QueueFilter:
    state: str = "submitted"
    checker: str = ""
    rating: str = ""
    language: str = ""
    min_age_days: float = 0
    min_cluster_size: int = 0
    text: str = ""  # words of the summary or the claims, as in the library's search
    order: str = "waiting"  # or "cluster": the claims seen in most articles first


@dataclass
class QueueRow:
    id: int
    state: str
    rating: str
    summary: str
    checker: str
    languages: str
    cluster_size: int
    submitted_at: str | None
    updated_at: str
    revision: int
    quote: str

    def as_dict(self) -> dict:
        return self.__dict__.copy()


def _waiting_since(f: QueueFilter) -> str:
    """The column a verdict's waiting time counts from: submission in the review queue."""
    return "v.submitted_at" if f.state == "submitted" else "v.updated_at"


def _queue_where(f: QueueFilter) -> tuple[str, list]:
    where, params = ["v.state = ?"], [f.state]
    if f.checker:
        where.append("v.checker = ?")
        params.append(f.checker)
    if f.rating:
        where.append("v.rating = ?")
        params.append(f.rating)
    if f.language:
        where.append("(',' || v.languages || ',') LIKE ?")
        params.append(f"%,{f.language},%")
    if f.min_cluster_size:
        where.append("v.cluster_size >= ?")
        params.append(int(f.min_cluster_size))
    if f.min_age_days:
        cutoff = datetime.now(timezone.utc).timestamp() - float(f.min_age_days) * 86400
        where.append(f"{_waiting_since(f)} <= ?")
        params.append(datetime.fromtimestamp(cutoff, timezone.utc).isoformat(timespec="seconds"))
    matched = verdict_search.match_clause(f.text)
    if matched:
        where.append(matched[0])
        params += matched[1]
    return " AND ".join(where), params


def queue(db: Database, f: QueueFilter | None = None, *, offset: int = 0, limit: int = 200) -> list[QueueRow]:
    """A page of the verdicts in a state (submitted: the review queue), longest waiting first."""
    f = f or QueueFilter()
    where, params = _queue_where(f)
    order = ("v.cluster_size DESC, " if f.order == "cluster" else "") + f"{_waiting_since(f)}, v.id"
    rows = db.execute(
        f"SELECT v.id, v.state, v.rating, v.summary, v.checker, v.languages, v.cluster_size, v.submitted_at, "
        f"v.updated_at, v.revision, (SELECT quote FROM claims WHERE id = v.anchor_claim) "
        f"FROM verdicts v WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?", [*params, int(limit), int(offset)])
    return [QueueRow(*row) for row in rows]


def queue_count(db: Database, f: QueueFilter | None = None) -> int:
    where, params = _queue_where(f or QueueFilter())
    return db.execute(f"SELECT count(*) FROM verdicts v WHERE {where}", params).fetchone()[0]


def state_counts(db: Database) -> dict[str, int]:
    """How many verdicts are in each state (for the status bar)."""
    counts = dict.fromkeys(workflow.STATES[:-1], 0)
    counts.update(dict(db.execute("SELECT state, count(*) FROM verdicts WHERE state != 'merged' GROUP BY state")))
    return counts
