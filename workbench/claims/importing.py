"""Claims from a JSON file: the hand-marked format of ``seed-claims.json``.

``{"claims": [{"id", "article", "start", "end", "quote", …}], "duplicate_pairs": [[id, id], …]}``
where ``article`` is the file name the article was imported from. A claim
whose offsets no longer hold its quote is re-anchored by the quote (nearest
the old offsets); one that cannot be placed is reported with the reason and
the others still go in. Pairs become "same" decisions by the file.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from workbench.claims.marking import KINDS, claim_by_external, create_claim, reanchor, set_external_id
from workbench.db.store import TimedBatches, is_library_file
from workbench.kernel.errors import BadInput, WorkbenchError
from workbench.kernel.files import read_regular_file
from workbench.kernel.messages import msg, reason_of
from workbench.linking.links import decide, decided_pairs

_REQUIRED = ("id", "article", "start", "end", "quote")
MAX_CLAIMS_FILE_BYTES = 200 * 2**20


@dataclass
class ClaimImportReport:
    added: dict[str, int] = field(default_factory=dict)  # external id -> claim id
    reanchored: list[str] = field(default_factory=list)  # "id: old start-end -> new start-end"
    notes: list[str] = field(default_factory=list)  # taken in, with a change worth saying
    already: list[str] = field(default_factory=list)
    pairs: int = 0
    problems: list[str] = field(default_factory=list)


def read_claims_file(path: Path) -> dict:
    """The parsed file, or BadInput naming what is wrong with it as a whole."""
    try:
        raw = read_regular_file(Path(path), MAX_CLAIMS_FILE_BYTES)
        data = json.loads(raw.decode("utf-8-sig"))  # a byte-order mark is UTF-8 too
    except BadInput as exc:
        raise BadInput(msg("{path}: {reason}", path=str(path), reason=reason_of(exc))) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise BadInput(msg("{path}: cannot be read ({error})", path=str(path), error=str(exc))) from None
    except json.JSONDecodeError as exc:
        raise BadInput(msg("{path}: not valid JSON (line {line}, column {column}: {error})",
                           path=str(path), line=exc.lineno, column=exc.colno, error=exc.msg)) from None
    except RecursionError:
        raise BadInput(msg("{path}: its structure is nested too deeply (over {depth} levels) to be a claims file",
                           path=str(path), depth=sys.getrecursionlimit())) from None
    except ValueError:  # a number of thousands of digits, which Python refuses to read
        raise BadInput(msg("{path}: it holds a number of over {digits:,} digits: not a claims file",
                           path=str(path), digits=sys.get_int_max_str_digits())) from None
    if not isinstance(data, dict) or not isinstance(data.get("claims"), list):
        raise BadInput(msg("{path}: expected an object with a list of \"claims\"", path=str(path)))
    pairs = data.get("duplicate_pairs", [])
    if not isinstance(pairs, list):
        raise BadInput(msg("{path}: \"duplicate_pairs\" must be a list of [id, id] pairs", path=str(path)))
    return data


def _pair_problem(path: Path, number: int, pair) -> str | None:
    if isinstance(pair, list) and len(pair) == 2:
        return None
    return msg("{path}: duplicate pair #{number} ({pair}) is not an [id, id] pair",
               path=str(path), number=number, pair=json.dumps(pair, ensure_ascii=False)[:60])


def _problem_of(record, index: int) -> str | None:
    if not isinstance(record, dict):
        return msg("claim #{number}: not an object", number=index + 1)
    label = str(record.get("id", f"#{index + 1}"))  # the claim's id, or its place in the file
    missing = [name for name in _REQUIRED if record.get(name) in (None, "")]
    if missing:
        return msg("claim {id}: missing {fields}", id=label, fields=", ".join(missing))
    if not all(isinstance(record[n], int) and not isinstance(record[n], bool) for n in ("start", "end")):
        return msg("claim {id}: start and end must be whole numbers", id=label)
    if not isinstance(record["quote"], str) or not record["quote"].strip():
        return msg("claim {id}: the quote is empty", id=label)
    return None


def _article_for(db: Database, name: str) -> tuple[int, str] | None:
    """The current article imported from a file called ``name``; ``file.jsonl#2`` (as
    ``workbench list`` shows it) names the second article of a file of several. A file of
    several named without its number is refused: which article is meant cannot be told."""
    file, _, number = name.rpartition("#") if re.fullmatch(r".+#\d+", name) else (name, "", "")
    pattern = "%/" + file.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    rows = db.execute(
        "SELECT id, text, source_path, source_record FROM articles WHERE is_current = 1"
        " AND (source_path = ? OR source_path LIKE ? ESCAPE '\\') ORDER BY id DESC", [file, pattern],
    ).fetchall()
    if number:
        rows = [row for row in rows if row[3] == int(number)]
    if not rows:
        return None
    records = sorted({row[3] or 0 for row in rows if row[2] == rows[0][2]})
    if len(records) > 1:
        raise BadInput(msg("article {name!r}: the file holds {count} articles; name one as {first} … {last}",
                           name=name, count=len(records), first=f"{file}#{records[0]}", last=f"{file}#{records[-1]}"))
    return rows[0][0], rows[0][1]


def import_claims(db: Database, path: Path, *, who: str, with_pairs: bool = True) -> ClaimImportReport:
    """Import the claims of ``path`` into the library's articles (by file name).

    A claim whose id is in the library already is left as it is; a pair that a
    person (or an earlier import) decided already keeps that decision. The claims go in
    by short transactions, so the desk's saves are not kept waiting, and an interrupted
    import finishes when it is run again.
    """
    if is_library_file(db, Path(path)):
        raise BadInput(msg("{path} is the library itself, not a claims file", path=str(path)))
    data = read_claims_file(path)
    report = ClaimImportReport()
    ids: dict[str, int] = {}
    with TimedBatches(db) as batches:
        for index, record in enumerate(data["claims"]):
            batches.step()
            problem = _problem_of(record, index)
            external = str(record["id"]) if isinstance(record, dict) and "id" in record else None
            if problem is None and external in ids:
                problem = msg("claim {id}: the id is used twice in the file; the first one counts", id=external)
            if problem:
                report.problems.append(problem)
                continue
            existing = claim_by_external(db, external)
            if existing is not None:
                ids[external] = existing
                report.already.append(external)
                continue
            try:
                ids[external] = _import_one(db, record, who, report)
                report.added[external] = ids[external]
            except WorkbenchError as exc:
                report.problems.append(msg("claim {id}: {reason}", id=external, reason=reason_of(exc)))
        if with_pairs:
            for number, pair in enumerate(data.get("duplicate_pairs", []), 1):
                batches.step()
                problem = _pair_problem(path, number, pair)
                if problem:
                    report.problems.append(problem)
                else:
                    _import_pair(db, str(pair[0]), str(pair[1]), ids, who, report)
    return report


def _import_pair(db: Database, a: str, b: str, ids: dict[str, int], who: str, report: ClaimImportReport) -> None:
    """Link the pair's claims: of this file, or imported before (by their external ids)."""
    for external in (a, b):
        if external not in ids and (existing := claim_by_external(db, external)) is not None:
            ids[external] = existing
    if a not in ids or b not in ids:
        report.problems.append(msg("pair {a} / {b}: one or both of its claims are not in the library", a=a, b=b))
        return
    if ids[a] == ids[b]:
        report.problems.append(msg("pair {a} / {b}: a claim cannot be paired with itself", a=a, b=b))
        return
    if ids[b] in decided_pairs(db, ids[a]):
        return  # decided already: a person's "different" is not overwritten by a file
    try:
        decide(db, ids[a], ids[b], "same", who=who)
    except WorkbenchError as exc:  # e.g. a reviewed verdict's claims, which a supervisor links
        report.problems.append(msg("pair {a} / {b}: {reason}", a=a, b=b, reason=reason_of(exc)))
        return
    report.pairs += 1


def _import_one(db: Database, record: dict, who: str, report: ClaimImportReport) -> int:
    found = _article_for(db, str(record["article"]))
    if found is None:
        raise BadInput(msg("article {name!r} is not in the library (import it first)", name=record["article"]))
    article_id, text = found
    start, end, quote = record["start"], record["end"], record["quote"]
    inside = 0 <= start < end <= len(text)
    if not inside or text[start:end] != quote:
        span = reanchor(text, quote, hint=start)
        if span is None:
            if not inside:
                raise BadInput(msg("offsets {start}-{end} lie outside the article ({length} characters), "
                                   "and the quote is nowhere in the article", start=start, end=end, length=len(text)))
            raise BadInput(msg("offsets {start}-{end} do not hold the quote, and the quote is nowhere in the article",
                               start=start, end=end))
        report.reanchored.append(f"{record['id']}: {start}-{end} -> {span[0]}-{span[1]}")
        start, end = span
    kind = record.get("kind") or "other"
    if kind not in KINDS:
        report.notes.append(msg("claim {id}: kind {kind!r} is not one of {kinds}; stored as 'other'",
                                id=record["id"], kind=kind, kinds=", ".join(KINDS)))
        kind = "other"
    claim = create_claim(db, article_id, start, end, checker=who, kind=kind,
                         statement=str(record.get("statement") or ""))
    set_external_id(db, claim.id, str(record["id"]))
    return claim.id
