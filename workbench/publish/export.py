"""Publication: published verdicts as CSV for partners and spreadsheets, and as
ClaimReview (schema.org JSON-LD) for search engines and fact-check aggregators.

Rows are read with one query and written as they come (memory stays flat in
the number of verdicts), into a temporary file renamed over the target only when
the whole export succeeded. Every export is an entry of the audit log. The CSV
rows are kept ready by ``export_rows``.
"""

from __future__ import annotations

import contextlib
import csv
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlite_utils import Database

from workbench.db import audit
from workbench.db.store import write_transaction
from workbench.kernel.atomic import atomic_write, check_destination
from workbench.kernel.errors import BadInput
from workbench.kernel.messages import Message, msg, template
from workbench.publish.csv_cells import clean_text
from workbench.publish.export_rows import CSV_COLUMNS, Composed, compose_stale, ready_rows, ready_snapshot
from workbench.publish.settings import get_setting, organisation_address, review_address
from workbench.review.people import require_person
from workbench.review.verdicts import require_rating
from workbench.text.addresses import AddressProblem, web_address
from workbench.text.language import main_script, profile

PUBLISHED = ("published",)
_PROGRESS_EVERY = 500

# (done, total, stage) -> False to cancel. COMPOSING: rows made ready, of those to make
# ready (the first export after an upgrade or a reindex makes every row); WRITING: rows
# written, of the rows the export holds.
Progress = Callable[[int, int, str], bool | None]
COMPOSING, WRITING = "composing", "writing"


@dataclass
class ExportFilter:
    include_approved: bool = False
    since: str = ""  # YYYY-MM-DD, on the publication (or approval) date
    until: str = ""
    language: str = ""
    rating: str = ""
    tag: str = ""

    def states(self) -> tuple[str, ...]:
        return ("published", "approved") if self.include_approved else PUBLISHED

    def describe(self) -> Message:
        """The verdicts the filter selects, in words: "published verdicts, since 2024-01-01, language ar"."""
        text = msg("published or approved verdicts") if self.include_approved else msg("published verdicts")
        for name, value in (("since", self.since), ("until", self.until), ("language", self.language),
                            ("rating", self.rating), ("tag", self.tag)):
            if value:
                text = msg("{verdicts}, {condition}", verdicts=text, condition=msg(_CONDITIONS[name], value=value))
        return text


_CONDITIONS = {  # the conditions of ExportFilter.describe, each added after a comma
    "since": template("since {value}"),
    "until": template("until {value}"),
    "language": template("language {value}"),
    "rating": template("rating {value}"),
    "tag": template("tag {value}"),
}


@dataclass
class ExportReport:
    path: str
    rows: int = 0
    written: bool = False
    cancelled: bool = False
    problems: list[str] = field(default_factory=list)


_NOT_A_DATE = {
    "since": template("--since {value!r} is not a date (YYYY-MM-DD)"),
    "until": template("--until {value!r} is not a date (YYYY-MM-DD)"),
}


def _date(value: str, name: str) -> str:
    if value:
        try:
            date.fromisoformat(value)
        except ValueError:
            raise BadInput(msg(_NOT_A_DATE[name], value=value)) from None
    return value


_VERDICTS = {"state": "v.state", "stamp": "coalesce(v.published_at, v.approved_at)", "languages": "v.languages",
             "rating": "v.rating", "id": "v.id"}
_KEPT_ROWS = {"state": "e.state", "stamp": "e.stamp", "languages": "e.languages", "rating": "e.rating",
              "id": "e.verdict_id"}  # export_rows' copies of the verdict's columns


def _where(f: ExportFilter, columns: dict[str, str] = _VERDICTS) -> tuple[str, list]:
    """The filter as an SQL condition on the verdicts (``columns``: of ``verdicts v`` or of
    ``export_rows e``)."""
    states = f.states()
    where = [f"{columns['state']} IN ({','.join('?' * len(states))})"]
    params: list = list(states)
    stamp = columns["stamp"]
    if _date(f.since, "since"):
        where.append(f"{stamp} >= ?")
        params.append(f.since)
    if _date(f.until, "until"):
        where.append(f"substr({stamp}, 1, 10) <= ?")
        params.append(f.until)
    if f.since and f.until and f.since > f.until:
        raise BadInput(msg("the period starts on {since}, after it ends on {until}: no date is in it",
                           since=f.since, until=f.until))
    if f.language:
        where.append(f"(',' || {columns['languages']} || ',') LIKE ?")
        params.append(f"%,{f.language},%")
    if f.rating:
        where.append(f"{columns['rating']} = ?")
        params.append(f.rating)
    if f.tag:
        where.append("EXISTS (SELECT 1 FROM verdict_claims vc JOIN claims c ON c.id = vc.claim_id, "
                     f"json_each(c.tags) t WHERE vc.verdict_id = {columns['id']} AND t.value = ?)")
        params.append(f.tag)
    return " AND ".join(where), params


_SELECT = """
SELECT v.id, v.anchor_claim, v.rating, r.value, v.summary, v.languages, v.cluster_size, v.checker,
       v.approved_by, v.approved_at, v.published_at, v.revision,
       (SELECT CASE WHEN c.statement != '' THEN c.statement ELSE c.quote END FROM claims c WHERE c.id = v.anchor_claim),
       (SELECT json_group_array(json_object(
            'claim', c.id, 'quote', c.quote, 'tags', json(c.tags), 'article', a.id, 'title', a.title,
            'publisher', a.publisher, 'url', a.url, 'published', a.published,
            'language', c.language))
        FROM verdict_claims vc JOIN claims c ON c.id = vc.claim_id JOIN articles a ON a.id = c.article_id
        WHERE vc.verdict_id = v.id)
FROM verdicts v LEFT JOIN ratings r ON r.label = v.rating
WHERE {where}
ORDER BY coalesce(v.published_at, v.approved_at), v.id
"""


@dataclass
class Published:
    """A verdict as it is published, with the claims it covers and their articles."""
    id: int
    cluster_id: int
    rating: str
    rating_value: float | None
    summary: str
    languages: str
    claim_count: int
    checker: str
    reviewer: str | None
    approved_at: str | None
    published_at: str | None
    revision: int
    canonical_claim: str
    claims: list[dict]


def published(db: Database, f: ExportFilter) -> Iterator[Published]:
    """The verdicts to publish, oldest publication first, one at a time."""
    where, params = _where(f)
    for row in db.execute(_SELECT.format(where=where), params):
        *head, claims = row
        yield Published(*head[:12], head[12] or "", json.loads(claims))


def count(db: Database, f: ExportFilter) -> int:
    where, params = _where(f)
    return db.execute(f"SELECT count(*) FROM verdicts v WHERE {where}", params).fetchone()[0]


# --- CSV -----------------------------------------------------------------------------------------


def write_csv(db: Database, path: Path, f: ExportFilter | None = None, *, who: str, excel: bool = False,
              allow_empty: bool = False, progress: Progress | None = None) -> ExportReport:
    """Write the verdicts as CSV (RFC 4180: comma, double quotes, CRLF). ``excel``: UTF-8
    with a byte-order mark, so spreadsheet programs read Arabic and Hebrew right."""
    f = f or ExportFilter()
    return _export(db, Path(path), f, who=who, kind="csv", allow_empty=allow_empty, progress=progress,
                   write=lambda fh, report: _write_csv_rows(fh, db, f, report),
                   open_args={"encoding": "utf-8-sig" if excel else "utf-8", "newline": ""})


def _write_csv_rows(fh, db: Database, f: ExportFilter, report: ExportReport) -> Iterator[int | Composed]:
    """Compose the stale rows (yielding how far after each batch), then write the kept rows
    from a snapshot in which none is stale (yielding 1 a row)."""
    writer = csv.writer(fh, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    while True:
        yield from compose_stale(db)
        with ready_snapshot(db) as ready:
            if not ready:  # changed by another window since: compose those too
                continue
            for cells in ready_rows(db, *_where(f, _KEPT_ROWS)):
                if not cells[4]:
                    report.problems.append(msg("verdict {id}: rating {rating!r} is no longer in the rating scale; "
                                               "exported without a value", id=cells[0], rating=cells[3]))
                writer.writerow(cells)
                yield 1
        return


# --- ClaimReview -------------------------------------------------------------------------------


def claimreview(item: Published, *, organisation: str, organisation_url: str, review_url: str,
                worst: float, best: float, problems: list[str] | None = None) -> dict:
    """One ClaimReview object (https://schema.org/ClaimReview, with the properties Google's
    fact-check markup requires and recommends), its text cleaned as a CSV cell's is, and the
    articles' addresses as ``addresses.web_address`` writes them (an article's address it
    refuses is left out, and named in ``problems``). ``organisation_url`` and ``review_url``
    are written as they are given (``settings.organisation_address``, ``review_address``).
    ``item`` must have a rating value: ClaimReview requires one."""
    rating = {"@type": "Rating", "alternateName": item.rating, "ratingValue": _number(item.rating_value),
              "bestRating": _number(best), "worstRating": _number(worst)}
    return _clean_strings({
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": review_url.replace("{id}", str(item.id)),
        "claimReviewed": item.canonical_claim,
        "datePublished": (item.published_at or item.approved_at or "")[:10],
        "author": {"@type": "Organization", "name": organisation, "url": organisation_url},
        "reviewRating": rating,
        "itemReviewed": _reviewed_claim(item, problems),
        "reviewBody": item.summary,
        "inLanguage": _review_language(item.summary, item.canonical_claim),
    })


def _reviewed_claim(item: Published, problems: list[str] | None) -> dict:
    """The Claim reviewed: every article where it appears (once, however many of its claims are
    in it), and its first appearance: the earliest dated one, whose date and publisher (as
    author) are the claim's. When that article names no publisher the author is left out, not
    taken from another article."""
    claims = item.claims
    by_article: dict[int, dict] = {}
    for c in claims:
        by_article.setdefault(c["article"], c)
    articles = list(by_article.values())
    urls = {c["article"]: _article_address(item, c, problems) for c in articles if c.get("url")}
    appearances = [{"@type": "CreativeWork", "headline": c["title"],
                    **({"url": urls[c["article"]]} if urls.get(c["article"]) else {}),
                    **({"datePublished": c["published"]} if c.get("published") else {}),
                    **({"publisher": {"@type": "Organization", "name": c["publisher"]}} if c.get("publisher") else {})}
                   for c in articles]
    claim = {"@type": "Claim", "appearance": appearances}
    first = min((c for c in claims if c.get("published")), key=lambda c: c["published"], default=None)
    if first:
        claim["datePublished"] = first["published"][:10]
        if first.get("publisher"):
            claim["author"] = {"@type": "Organization", "name": first["publisher"]}
    return claim


def _article_address(item: Published, claim: dict, problems: list[str] | None) -> str | None:
    """The address of the claim's article as published (``web_address``), or None, named in
    ``problems``, for one it refuses (imported before addresses were checked)."""
    try:
        return web_address(claim["url"])
    except AddressProblem as problem:
        if problems is not None:
            problems.append(msg("verdict {id}: the address of article {article}, {url!r}, is not a web address: "
                                "{reason}; the article is published as an appearance without it",
                                id=item.id, article=claim["article"], url=problem.url, reason=problem.reason))
        return None


def _review_language(summary: str, canonical_claim: str) -> str | None:
    """The language the review is written in: its summary's, as the paragraph detector tells
    it. A summary too short to tell (a few Latin words, only figures) takes the language of
    the claim reviewed when it is written in the same script; else None (no inLanguage)."""
    language = profile(summary).language
    if language != "und":
        return language
    if main_script(summary) not in (None, main_script(canonical_claim)):
        return None
    language = profile(canonical_claim).language
    return None if language == "und" else language


def _clean_strings(value):
    """``value`` with every string in it cleaned (``clean_text``: JSON needs no formula guard),
    and the properties without a value (None) left out."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {k: _clean_strings(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_clean_strings(v) for v in value]
    return value


def _number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value


def _rating_bounds(db: Database) -> tuple[float, float]:
    """worstRating and bestRating: the lowest and highest value of the ratings offered and of
    every rating a published verdict has (a retired one too), so that each ratingValue lies
    between them."""
    low, high = db.execute("SELECT min(value), max(value) FROM ratings WHERE retired = 0 OR label IN "
                           "(SELECT rating FROM verdicts WHERE state = 'published')").fetchone()
    return (0, 1) if low is None else (low, high)


def write_claimreview(db: Database, path: Path, f: ExportFilter | None = None, *, who: str,
                      allow_empty: bool = False, progress: Progress | None = None) -> ExportReport:
    """Write the published verdicts as a JSON array of ClaimReview objects. The
    organisation's name and URL come from the desk's settings. A verdict whose rating is no
    longer in the scale has no value to publish: it is left out and named in the report's
    problems, and the others are written."""
    f = f or ExportFilter()
    if f.include_approved:
        raise BadInput(msg("ClaimReview is for published verdicts only"))
    organisation, url = get_setting(db, "organisation_name"), get_setting(db, "organisation_url")
    if not organisation or not url:
        raise BadInput(msg("ClaimReview needs the organisation's name and web site: a supervisor sets them in "
                           "Settings, Organisation, or with 'workbench settings set organisation_name NAME' and "
                           "'workbench settings set organisation_url URL'"))
    url = organisation_address(url)  # as it is kept now; a setting kept before may need escapes
    review_url = get_setting(db, "review_url")
    review_url = review_address(review_url) if review_url else url.rstrip("/") + "/fact-checks/{id}"
    worst, best = _rating_bounds(db)
    options = {"organisation": organisation, "organisation_url": url, "review_url": review_url,
               "worst": worst, "best": best}

    def write(fh, report):
        fh.write("[")
        written = 0
        for item in published(db, f):
            if item.rating_value is None:
                report.problems.append(_unrated(item))
                continue
            data = claimreview(item, **options, problems=report.problems)
            line = json.dumps(data, ensure_ascii=False)  # one per line: the C encoder
            fh.write(("," if written else "") + "\n" + script_safe(line))
            written += 1
            yield 1
        fh.write("\n]\n")

    return _export(db, Path(path), f, who=who, kind="claimreview", allow_empty=allow_empty, progress=progress,
                   write=write, open_args={"encoding": "utf-8", "newline": "\n"})


def script_safe(line: str) -> str:
    """JSON ``line`` that can be pasted inside an HTML ``<script>`` element, as ClaimReview is:
    ``<``, ``>`` and ``&`` (and U+2028, U+2029, which older JavaScript took for line ends)
    written as ``\\u`` escapes, so that no ``</script>`` nor ``<!--`` in a summary, a title or
    a setting ends the script or changes how the page reads it. The same JSON to any parser:
    those characters occur only inside its strings."""
    return (line.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _unrated(item: Published) -> Message:
    return msg("verdict {id}: rating {rating!r} is no longer in the rating scale, and ClaimReview "
               "needs its value; not published (give the rating its value again, retired if need be: "
               "'workbench rating set \"{rating}\" VALUE --retire')", id=item.id, rating=item.rating)


# --- the common part ---------------------------------------------------------------------------


class _Cancelled(Exception):
    pass


def _export(db: Database, path: Path, f: ExportFilter, *, who: str, kind: str, allow_empty: bool,
            progress: Progress | None, write, open_args: dict) -> ExportReport:
    require_person(db, who)  # publishing is done by a person of the desk, as the audit log names them
    report = ExportReport(str(path))
    check_destination(path)
    if f.rating:  # a typo would find nothing to export; a retired rating is still on published verdicts
        require_rating(db, f.rating, retired_too=True)
    total = count(db, f)
    if total == 0 and not allow_empty:
        raise BadInput(msg("nothing to export: no {verdicts}; nothing was written (for a file with the headers "
                           "only, tick 'still write a file' in the export dialog, or add --empty-ok to the command)",
                           verdicts=f.describe()))
    try:
        with atomic_write(path, **open_args) as fh, contextlib.closing(write(fh, report)) as steps:
            for step in steps:  # 1 a row written, or how far the work before the rows is
                if isinstance(step, Composed):
                    if progress and progress(step.done, step.done + step.remaining, COMPOSING) is False:
                        raise _Cancelled
                    continue
                report.rows += step
                if progress and report.rows % _PROGRESS_EVERY == 0 and progress(report.rows, total, WRITING) is False:
                    raise _Cancelled
            # Logged before the file takes its place: an export the log cannot record is not made.
            with write_transaction(db):
                audit.record(db, who, "export", "verdicts", kind,
                             {"path": str(path.resolve()), "rows": report.rows, "filter": f.describe()})
    except _Cancelled:
        report.cancelled = True
        return report
    report.written = True
    if progress:
        progress(report.rows, total, WRITING)
    return report
