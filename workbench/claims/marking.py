"""Claims: spans of an article's original text that a checker marks, and what they record.

A claim's anchor follows the W3C Web Annotation TextQuoteSelector idea: the
offsets (Python string indices, code points) plus the exact quote and some
context before and after, so the anchor can be found again if offsets ever
drift. What makes an anchor valid is decided here, not in a widget.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime, timezone

from sqlite_utils import Database

from workbench.db import audit
from workbench.db.store import write_transaction
from workbench.kernel.errors import BadInput, NotFound
from workbench.kernel.messages import msg, template
from workbench.review import coverage, verdict_search
from workbench.text.spans import trim
from workbench.text.textnorm import check_printable, fold

CONTEXT_CHARS = 32
KINDS = ("numeric", "quote", "event", "denial", "prediction", "other")
STATUSES = ("marked", "checking", "verdict", "published")
_LIST_FIELDS = ("tags", "people", "places", "numbers")
_EDITABLE = ("statement", "kind", "tags", "people", "places", "numbers", "status")


@dataclass
class Claim:
    id: int
    article_id: int
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str
    statement: str = ""
    kind: str = "other"
    tags: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    numbers: list[str] = field(default_factory=list)
    checker: str = ""
    status: str = "marked"
    created_at: str = ""
    updated_at: str | None = None
    external_id: str | None = None

    def as_dict(self) -> dict:
        return asdict(self)


_COLUMNS = [f.name for f in fields(Claim)]
_SELECT = "SELECT " + ", ".join(f'"{c}"' for c in _COLUMNS) + " FROM claims"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _row_to_claim(row: tuple) -> Claim:
    data = dict(zip(_COLUMNS, row))
    for name in _LIST_FIELDS:
        data[name] = json.loads(data[name] or "[]")
    return Claim(**data)


# --- anchors -----------------------------------------------------------------

_WORD_CHAR = re.compile(r"[\w\u0591-\u05c7\u064b-\u065f\u0670\u0640'\u05f3\u05f4-]")


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen [start, end) to whole words, so a claim never cuts an Arabic word (and its joining) in two."""
    while start > 0 and _WORD_CHAR.match(text[start - 1]) and _WORD_CHAR.match(text[start]):
        start -= 1
    while end < len(text) and _WORD_CHAR.match(text[end]) and end > 0 and _WORD_CHAR.match(text[end - 1]):
        end += 1
    return start, end


_IN_FOLD = {  # one whole sentence per kind of boilerplate (boilerplate.py): translations need them whole
    "subscription": template("the selection reaches into folded boilerplate (subscription)"),
    "comment_form": template("the selection reaches into folded boilerplate (comment form)"),
    "captcha": template("the selection reaches into folded boilerplate (captcha)"),
    "share": template("the selection reaches into folded boilerplate (share)"),
    "read_also": template("the selection reaches into folded boilerplate (read also)"),
    "credits": template("the selection reaches into folded boilerplate (credits)"),
    "reading_time": template("the selection reaches into folded boilerplate (reading time)"),
    "details_table": template("the selection reaches into folded boilerplate (details table)"),
    "site_promo": template("the selection reaches into folded boilerplate (site promo)"),
    "repeated": template("the selection reaches into folded boilerplate (repeated)"),
    "noise": template("the selection reaches into folded boilerplate (noise)"),
    "page_footer": template("the selection reaches into folded boilerplate (page footer)"),
}


@dataclass(frozen=True)
class Anchor:
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str


def anchor_for(db: Database, article_id: int, start: int, end: int) -> Anchor:
    """Validate a span of an article and return its anchor, or raise BadInput saying why not."""
    row = db.execute("SELECT text, is_current FROM articles WHERE id = ?", [article_id]).fetchone()
    if row is None:
        raise NotFound(msg("article {id} no longer exists", id=article_id))
    text, current = row
    if not current:
        raise BadInput(msg("article {id} is an earlier version; mark claims on the current one", id=article_id))
    if not (0 <= start < end <= len(text)):
        raise BadInput(msg("the selection {start}-{end} lies outside the article ({length} characters)",
                           start=start, end=end, length=len(text)))
    start, end = trim(text, start, end)
    if start == end:
        raise BadInput(msg("the selection is empty or only white space"))
    folded = db.execute(
        'SELECT kind FROM folds WHERE article_id = ? AND start < ? AND "end" > ?', [article_id, end, start]
    ).fetchone()
    if folded and folded[0] in _IN_FOLD:
        raise BadInput(msg(_IN_FOLD[folded[0]]))
    if folded:
        raise BadInput(msg("the selection reaches into folded boilerplate ({kind})", kind=folded[0].replace("_", " ")))
    return Anchor(start, end, text[start:end], text[max(0, start - CONTEXT_CHARS):start], text[end:end + CONTEXT_CHARS])


def reanchor(text: str, quote: str, prefix: str = "", suffix: str = "", hint: int | None = None) -> tuple[int, int] | None:
    """Find a quote in ``text`` again: the occurrence whose context matches best, nearest ``hint``."""
    if hint is not None and text[hint:hint + len(quote)] == quote:
        return hint, hint + len(quote)
    best: tuple[tuple, int] | None = None
    position = text.find(quote)
    while position != -1:
        before = text[max(0, position - len(prefix)):position]
        after = text[position + len(quote):position + len(quote) + len(suffix)]
        score = (_common_suffix(before, prefix) + _common_prefix(after, suffix),
                 -abs(position - hint) if hint is not None else 0)
        if best is None or score > best[0]:
            best = (score, position)
        position = text.find(quote, position + 1)
    return (best[1], best[1] + len(quote)) if best else None


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])


# --- what a claim holds --------------------------------------------------------

_NUMBER_RE = re.compile(r"\d[\d,.]*\d|\d")


def numbers_in(quote: str) -> list[str]:
    """The numbers written in a quote, in Western digits (١٠٬٠٠٠ -> 10,000)."""
    return list(dict.fromkeys(_NUMBER_RE.findall(fold(quote))))


_LIST_SEPARATOR = re.compile(r"\s*(?:[;؛،\n]|,(?!\d))\s*")


def split_list(text: str) -> list[str]:
    """Items typed in one field: separated by , ، ; ؛ or new lines, but never
    by the comma inside a number (10,000 stays one item)."""
    return [item for item in _LIST_SEPARATOR.split(text.strip()) if item]


def join_list(items: list[str]) -> str:
    """The inverse of split_list, for showing a list in one field."""
    return "; ".join(items)


def _clean(name: str, value):
    if name in _LIST_FIELDS:
        if isinstance(value, str):
            value = split_list(value)
        return json.dumps([str(v).strip() for v in value if str(v).strip()], ensure_ascii=False)
    if name == "kind" and value not in KINDS:
        raise BadInput(msg("kind must be one of {kinds}, not {value!r}", kinds=", ".join(KINDS), value=value))
    if name == "status" and value not in STATUSES:
        raise BadInput(msg("status must be one of {statuses}, not {value!r}", statuses=", ".join(STATUSES),
                           value=value))
    text = str(value).strip() if value is not None else ""
    if name == "statement":
        check_printable("statement", text)
    return text


# --- storing -----------------------------------------------------------------------


def _refuse_same_span(db: Database, article_id: int, anchor: Anchor, claim_id: int | None = None) -> None:
    """One span of an article is one claim: marking it twice would split its links and verdicts."""
    row = db.execute('SELECT id FROM claims WHERE article_id = ? AND start = ? AND "end" = ? AND id IS NOT ?',
                     [article_id, anchor.start, anchor.end, claim_id]).fetchone()
    if row:
        raise BadInput(msg("this text is marked already as claim {id}", id=row[0]))


def claim_by_external(db: Database, external: str) -> int | None:
    """The claim imported under the id ``external`` (a claims file's own id), if any."""
    row = db.execute("SELECT id FROM claims WHERE external_id = ?", [external]).fetchone()
    return row[0] if row else None


def set_external_id(db: Database, claim_id: int, external: str) -> None:
    """Remember the id a claims file gave the claim: importing the file again finds it."""
    with write_transaction(db):
        db.execute("UPDATE claims SET external_id = ? WHERE id = ?", [external, claim_id])


def create_claim(db: Database, article_id: int, start: int, end: int, *, checker: str, **details) -> Claim:
    """Mark a claim on an article; offsets are code points into its original text."""
    with write_transaction(db):
        anchor = anchor_for(db, article_id, start, end)
        _refuse_same_span(db, article_id, anchor)
        values = {"kind": "other", **details}
        values.setdefault("numbers", numbers_in(anchor.quote))
        cleaned = {k: _clean(k, v) for k, v in values.items() if k in _EDITABLE}
        columns = ["article_id", "start", "end", "quote", "prefix", "suffix", "checker", "created_at", *cleaned]
        params = [article_id, anchor.start, anchor.end, anchor.quote, anchor.prefix, anchor.suffix, checker, _now(),
                  *cleaned.values()]
        cursor = db.execute(  # the next number never given (schema step m012)
            f"INSERT INTO claims (id, {', '.join(chr(34) + c + chr(34) for c in columns)}) "
            f"VALUES ((SELECT last + 1 FROM claim_ids), {', '.join('?' * len(params))})",
            params,
        )
        audit.record(db, checker, "create", "claim", cursor.lastrowid,
                     {"article_id": article_id, "start": anchor.start, "end": anchor.end, "quote": anchor.quote})
        return get_claim(db, cursor.lastrowid)


def get_claim(db: Database, claim_id: int) -> Claim:
    row = db.execute(_SELECT + " WHERE id = ?", [claim_id]).fetchone()
    if row is None:
        raise NotFound(msg("there is no claim {id}", id=claim_id))
    return _row_to_claim(row)


def claims_of(db: Database, article_id: int) -> list[Claim]:
    return [_row_to_claim(r) for r in db.execute(_SELECT + ' WHERE article_id = ? ORDER BY start, "end"', [article_id])]


def all_claims(db: Database, *, limit: int | None = None) -> list[Claim]:
    """Every claim of the library, in the order they were marked."""
    sql = _SELECT + " ORDER BY id" + (f" LIMIT {int(limit)}" if limit else "")
    return [_row_to_claim(r) for r in db.execute(sql)]


def change_claim(db: Database, claim_id: int, *, span: tuple[int, int] | None = None, who: str = "",
                 **changes) -> Claim:
    """Change what a claim records (statement, kind, tags, people, places, numbers,
    status) and/or its span, all in one transaction: all of it or nothing."""
    unknown = set(changes) - set(_EDITABLE)
    if unknown:
        raise BadInput(msg("cannot change {fields} of a claim", fields=", ".join(sorted(unknown))))
    with write_transaction(db):
        claim = get_claim(db, claim_id)
        cleaned = {k: _clean(k, v) for k, v in changes.items()}
        if cleaned or span is not None:
            coverage.check_may_change_claim(db, claim_id, who)
        if span is not None:
            anchor = anchor_for(db, claim.article_id, *span)
            _refuse_same_span(db, claim.article_id, anchor, claim_id)
            cleaned |= {"start": anchor.start, "end": anchor.end, "quote": anchor.quote,
                        "prefix": anchor.prefix, "suffix": anchor.suffix}
        if cleaned:
            sets = ", ".join(f'"{k}" = ?' for k in cleaned)
            db.execute(f"UPDATE claims SET {sets}, updated_at = ? WHERE id = ?", [*cleaned.values(), _now(), claim_id])
            audit.record(db, who, "change", "claim", claim_id, cleaned)
            verdict_search.reindex(db, coverage.verdicts_covering(db, [claim_id]))
        return get_claim(db, claim_id)


def update_claim(db: Database, claim_id: int, *, who: str = "", **changes) -> Claim:
    """Change what a claim records."""
    return change_claim(db, claim_id, who=who, **changes)


def move_claim(db: Database, claim_id: int, start: int, end: int, *, who: str = "") -> Claim:
    """Resize or move a claim's span within its article."""
    return change_claim(db, claim_id, span=(start, end), who=who)


def delete_claim(db: Database, claim_id: int, *, who: str = "") -> Claim:
    """Delete a claim and return it as it was, so that it can be restored (undo).
    A verdict stored on it moves to another claim of its cluster; the last claim
    of a verdict cannot be deleted (a verdict is never deleted)."""
    with write_transaction(db):
        claim = get_claim(db, claim_id)
        coverage.check_may_change_claim(db, claim_id, who)
        others = coverage.before_claim_delete(db, claim_id, who)
        db.execute("DELETE FROM claims WHERE id = ?", [claim_id])
        audit.record(db, who, "delete", "claim", claim_id, claim.as_dict())
        coverage.reconcile(db, others, who)
        return claim


def restore_claim(db: Database, claim: Claim, *, who: str = "") -> Claim:
    """Put a deleted claim back with its id and everything it recorded."""
    data = claim.as_dict()
    for name in _LIST_FIELDS:
        data[name] = json.dumps(data[name], ensure_ascii=False)
    with write_transaction(db):
        anchor_for(db, claim.article_id, claim.start, claim.end)
        if db.execute("SELECT 1 FROM claims WHERE id = ?", [claim.id]).fetchone():
            raise BadInput(msg("claim {id} cannot be restored: it is there already", id=claim.id))
        try:  # inside the transaction: it would make any SQLite error a DatabaseError
            db.execute(
                f"INSERT INTO claims ({', '.join(chr(34) + c + chr(34) for c in _COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))})",
                [data[c] for c in _COLUMNS],
            )
        except sqlite3.IntegrityError as exc:
            raise BadInput(msg("claim {id} cannot be restored: {error}", id=claim.id, error=str(exc))) from None
        audit.record(db, who, "restore", "claim", claim.id)
    return get_claim(db, claim.id)
