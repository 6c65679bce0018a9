"""The evidence a verdict lists: web pages or articles of the library, checked before storing."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from sqlite_utils import Database

from .errors import BadInput

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


def check_url(url: str, what: str) -> str:
    """A web address people can open: http or https with a host, nothing else
    (``javascript:``, ``file:``, ``data:`` are refused)."""
    url = url.strip()
    if len(url) > MAX_URL:
        raise BadInput(f"{what} is {len(url)} characters long; the limit is {MAX_URL}")
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or any(c.isspace() for c in url):
        raise BadInput(f"{what} {url!r} is not a web address: only http:// and https:// addresses are accepted")
    return url


def canonical_url(url: str) -> str:
    """The form two addresses of one page share: scheme and ``www.`` ignored, host in
    lower case, no fragment, no tracking parameters, no trailing slash."""
    parts = urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.")
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                             if not k.lower().startswith(_TRACKING)))
    return urlunsplit(("", host, parts.path.rstrip("/"), query, ""))


def _check_date(value: str, what: str) -> str:
    """A date (or an ISO date and time) no later than tomorrow: evidence cannot come from the
    future (a day's grace for time zones)."""
    value = value.strip()
    if not value:
        return value
    try:
        day = datetime.fromisoformat(value).date()
    except ValueError:
        raise BadInput(f"{what} {value!r} is not a date (YYYY-MM-DD)") from None
    if day > date.today() + timedelta(days=1):
        raise BadInput(f"{what} {value!r} is in the future")
    return value


def clean_source(db: Database, source: Source, position: int) -> Source:
    """The source checked and tidied, or ``BadInput`` naming it by its position."""
    what = f"source {position}"
    if source.stance not in STANCES:
        raise BadInput(f"{what}: stance is 'supports' or 'contradicts', not {source.stance!r}")
    url = check_url(source.url, f"{what}: address") if source.url else None
    if source.article_id is not None:
        if db.execute("SELECT 1 FROM articles WHERE id = ?", [source.article_id]).fetchone() is None:
            raise BadInput(f"{what}: there is no article {source.article_id} in the library")
    elif url is None:
        raise BadInput(f"{what} needs a web address or an article of the library")
    archive = check_url(source.archive_url, f"{what}: archived copy") if source.archive_url.strip() else ""
    texts = {}
    for name in ("title", "publisher"):
        value = " ".join(getattr(source, name).split())
        if len(value) > MAX_TEXT:
            raise BadInput(f"{what}: the {name} is {len(value)} characters long; the limit is {MAX_TEXT}")
        texts[name] = value
    passage = source.passage.strip()
    if len(passage) > MAX_PASSAGE:
        raise BadInput(f"{what}: the quoted passage is {len(passage)} characters long; the limit is {MAX_PASSAGE}")
    accessed = _check_date(source.accessed, f"{what}: date accessed") or date.today().isoformat()
    return Source(url=url, article_id=source.article_id, archive_url=archive, passage=passage,
                  published=_check_date(source.published, f"{what}: date published"), accessed=accessed,
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
