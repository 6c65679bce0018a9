"""The evidence a verdict lists: web pages or articles of the library, checked before storing."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from sqlite_utils import Database

from workbench.kernel.errors import BadInput
from workbench.kernel.messages import msg, template
from workbench.text.addresses import AddressProblem, web_address
from workbench.text.textnorm import check_printable

STANCES = ("supports", "contradicts")
MAX_URL = 2048
MAX_TEXT = 500
MAX_PASSAGE = 5000
_TRACKING = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid")


@dataclass
class Source:
    url: str | None = None
    article_id: int | None = None
    title: str = ""
    publisher: str = ""
    published: str = ""
    accessed: str = ""
    archive_url: str = ""
    passage: str = ""
    stance: str = "supports"
    duplicate_of: int | None = field(default=None, compare=False)  # 1-based position of the same source

    def as_dict(self) -> dict:
        return asdict(self)

    def fields(self) -> dict:
        """What is stored (not the derived duplicate flag)."""
        data = asdict(self)
        data.pop("duplicate_of")
        return data


_URL_PROBLEMS = {  # (what the address is, its problem): one whole sentence each
    ("address", "long"): template("source {position}: address is {length} characters long; the limit is {limit}"),
    ("address", "not web"): template("source {position}: address {url!r} is not a web address: {reason}"),
    ("archived copy", "long"): template("source {position}: archived copy is {length} characters long; "
                                        "the limit is {limit}"),
    ("archived copy", "not web"): template("source {position}: archived copy {url!r} is not a web address: "
                                           "{reason}"),
    ("setting", "long"): template("{setting} is {length} characters long; the limit is {limit}"),
    ("setting", "not web"): template("{setting} {url!r} is not a web address: {reason}"),
}
_DATE_PROBLEMS = {
    ("date accessed", "not a date"): template("source {position}: date accessed {value!r} is not a date (YYYY-MM-DD)"),
    ("date accessed", "future"): template("source {position}: date accessed {value!r} is in the future"),
    ("date published", "not a date"): template("source {position}: date published {value!r} "
                                               "is not a date (YYYY-MM-DD)"),
    ("date published", "future"): template("source {position}: date published {value!r} is in the future"),
}

_TEXT_TOO_LONG = {
    "title": template("source {position}: the title is {length} characters long; the limit is {limit}"),
    "publisher": template("source {position}: the publisher is {length} characters long; the limit is {limit}"),
}


def check_url(url: str, what: str, position: int | None = None) -> str:
    """A web address people can open (``addresses.web_address``: http or https with a host,
    nothing else: ``javascript:``, ``file:``, ``data:`` are refused), with the characters
    unsafe in an address percent-encoded, as a browser would send it. ``what``: ``"address"``
    or ``"archived copy"`` of the source at ``position``, else a setting's name (a message)."""
    if position is not None and what in ("address", "archived copy"):
        kind, named = what, {"position": position}
    else:
        kind, named = "setting", {"setting": what}

    def too_long(value: str) -> None:
        if len(value) > MAX_URL:
            raise BadInput(msg(_URL_PROBLEMS[kind, "long"], **named, length=len(value), limit=MAX_URL))

    too_long(url.strip())
    try:
        url = web_address(url)
    except AddressProblem as problem:
        raise BadInput(msg(_URL_PROBLEMS[kind, "not web"], **named, url=problem.url, reason=problem.reason)) from None
    too_long(url)  # as it is kept, its escapes written out
    return url


def canonical_url(url: str) -> str:
    """The form two addresses of one page share: scheme and ``www.`` ignored, host in
    lower case, no fragment, no tracking parameters, no trailing slash."""
    parts = urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.")
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                             if not k.lower().startswith(_TRACKING)))
    return urlunsplit(("", host, parts.path.rstrip("/"), query, ""))


def _check_date(value: str, what: str, position: int) -> str:
    """A date (or an ISO date and time) no later than tomorrow: evidence cannot come from the
    future (a day's grace for time zones). ``what``: ``"date accessed"`` or ``"date published"``."""
    value = value.strip()
    if not value:
        return value
    try:
        day = datetime.fromisoformat(value).date()
    except ValueError:
        raise BadInput(msg(_DATE_PROBLEMS[what, "not a date"], position=position, value=value)) from None
    if day > date.today() + timedelta(days=1):
        raise BadInput(msg(_DATE_PROBLEMS[what, "future"], position=position, value=value))
    return value


_LINE_BREAKS = str.maketrans({"\u2028": "\n", "\u2029": "\n", "\x0b": "\n", "\x0c": "\n"})


def clean_source(db: Database, source: Source, position: int) -> Source:
    """The source checked and tidied, or ``BadInput`` naming it by its position."""
    if source.stance not in STANCES:
        raise BadInput(msg("source {position}: stance is 'supports' or 'contradicts', not {stance!r}",
                           position=position, stance=source.stance))
    url = check_url(source.url, "address", position) if source.url else None
    if source.article_id is not None:
        if db.execute("SELECT 1 FROM articles WHERE id = ?", [source.article_id]).fetchone() is None:
            raise BadInput(msg("source {position}: there is no article {article} in the library",
                               position=position, article=source.article_id))
    elif url is None:
        raise BadInput(msg("source {position} needs a web address or an article of the library", position=position))
    archive = check_url(source.archive_url, "archived copy", position) if source.archive_url.strip() else ""
    texts = {}
    for name in ("title", "publisher"):
        value = " ".join(getattr(source, name).split())  # line breaks and tabs become spaces, as before
        check_printable(name, value)
        if len(value) > MAX_TEXT:
            raise BadInput(msg(_TEXT_TOO_LONG[name], position=position, length=len(value), limit=MAX_TEXT))
        texts[name] = value
    # a passage copied from a PDF or a web page keeps its lines: page and line separators are line breaks
    passage = source.passage.translate(_LINE_BREAKS).strip()
    check_printable("passage", passage)
    if len(passage) > MAX_PASSAGE:
        raise BadInput(msg("source {position}: the quoted passage is {length} characters long; the limit is {limit}",
                           position=position, length=len(passage), limit=MAX_PASSAGE))
    accessed = _check_date(source.accessed, "date accessed", position) or date.today().isoformat()
    return Source(url=url, article_id=source.article_id, archive_url=archive, passage=passage,
                  published=_check_date(source.published, "date published", position), accessed=accessed,
                  stance=source.stance, **texts)


def flag_duplicates(sources: list[Source]) -> list[Source]:
    """Mark each source that repeats an earlier one (same page or same article)."""
    seen: dict[object, int] = {}
    for position, source in enumerate(sources, 1):
        keys = []
        if source.url:
            keys.append(("url", canonical_url(source.url)))
        if source.article_id is not None:
            keys.append(("article", source.article_id))
        source.duplicate_of = next((seen[k] for k in keys if k in seen), None)
        for key in keys:
            seen.setdefault(key, position)
    return sources


def source_label(source: Source) -> str:
    """How a source is named in messages and lists."""
    if source.article_id is not None:
        return f"article {source.article_id}" + (f" ({source.title})" if source.title else "")
    return source.title or source.url or ""
