"""Read article files of every supported format into records, or say why not.

Each reader yields ``SourceRecord`` for every article it finds and ``Problem``
for every item it cannot read, so one bad row never stops the rest of a file.
"""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from workbench.kernel.errors import BadInput
from workbench.kernel.files import read_regular_file
from workbench.kernel.messages import msg, reason_of, template
from workbench.text.addresses import AddressProblem, web_address
from workbench.text.dates import parse_date, stated_date
from workbench.text.decoding import canonical_text, decode
from workbench.text.textnorm import SURROGATE_RE

MAX_FILE_BYTES = 200 * 1024 * 1024  # a JSON, JSONL or CSV file of many articles
# One article is a few kilobytes; a text or HTML file over this is a dump of
# many articles or not an article at all, and would make the reader unusable.
MAX_ARTICLE_FILE_BYTES = 20 * 1024 * 1024
MAX_ARTICLE_CHARS = 5_000_000
MULTI_RECORD_SUFFIXES = {".json", ".jsonl", ".ndjson", ".csv"}  # files that may hold many articles
RECORD_FIELDS = ("title", "text", "url", "publisher", "published", "language")


@dataclass(frozen=True)
class SourceRecord:
    """One article as read from a file, before analysis."""

    source_path: str
    record: int | None  # 1-based record number inside a JSON/JSONL/CSV file
    title: str
    text: str  # canonical original text: claims anchor to offsets in it
    format: str
    encoding: str
    url: str | None = None
    publisher: str | None = None
    published: str | None = None
    language: str | None = None
    source_key: str | None = None  # re-imports with the same key are versions; None: never

    def __post_init__(self) -> None:
        if self.source_key is None and self.record is None:
            object.__setattr__(self, "source_key", self.source_path)


@dataclass(frozen=True)
class Problem:
    """An item that could not be imported, and why."""

    path: str
    reason: str
    record: int | None = None

    def where(self) -> str:
        return msg("{path} (record {record})", path=self.path, record=self.record) if self.record is not None else self.path


Item = SourceRecord | Problem


def read_file(path: Path) -> Iterator[Item]:
    """Every article in one file (several for JSON, JSONL and CSV)."""
    shown = str(path)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        supported = ", ".join(sorted(READERS))
        if path.suffix:
            yield Problem(shown, msg("unsupported file type '{suffix}' (supported: {types})",
                                     suffix=path.suffix, types=supported))
        else:
            yield Problem(shown, msg("unsupported file: its name has no file type such as .txt (supported: {types})",
                                     types=supported))
        return
    try:
        raw = _read_regular_file(path)
        lines = _utf8_lines(raw) if path.suffix.lower() in _LINE_FORMATS else None
        if lines is not None:  # JSON Lines that are UTF-8 but for some lines: those lines are refused
            text, bad = lines
            yield from (Problem(shown, msg("line {line} is not valid UTF-8 text (byte {byte} of the line)",
                                           line=number, byte=byte), number) for number, byte in bad)
            yield from reader(shown, canonical_text(text), "utf-8")
            return
        decoded = decode(raw)
        found = False
        for item in reader(shown, canonical_text(decoded.text), decoded.encoding):
            found = True
            yield item
        if not found:
            yield Problem(shown, msg("it holds no article"))
    except BadInput as exc:
        yield Problem(shown, reason_of(exc))
    except OSError as exc:
        yield Problem(shown, msg("cannot be read: {reason}", reason=exc.strerror or str(exc)))
    except RecursionError:
        yield Problem(shown, msg("its structure is nested too deeply (over {depth} levels) to be an article file",
                                 depth=sys.getrecursionlimit()))


_LINE_FORMATS = {".jsonl", ".ndjson"}  # UTF-8 by definition, one record a line


def _utf8_lines(raw: bytes) -> tuple[str, list[tuple[int, int]]] | None:
    """A JSON Lines file that is not UTF-8 as a whole but is line by line, bar a few lines: its
    text with those lines left empty, and (line, byte) of each. None when the file is UTF-8 (or
    has a byte-order mark), or when most lines are not: then it is read in a legacy encoding."""
    if raw.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return None
    try:
        raw.decode("utf-8")
        return None
    except UnicodeDecodeError:
        pass
    lines, bad, non_ascii = [], [], 0
    for number, line in enumerate(raw.split(b"\n"), start=1):
        try:
            lines.append(line.decode("utf-8"))
        except UnicodeDecodeError as exc:
            lines.append("")
            bad.append((number, exc.start + 1))
        else:
            non_ascii += not line.isascii()
    # Only lines with letters beyond ASCII tell UTF-8 from a legacy encoding (one whose Arabic or
    # Hebrew is never valid UTF-8): fewer of those than lines that fail, and the file is decoded whole.
    if non_ascii <= len(bad):
        return None
    return "\n".join(lines), bad


def _read_regular_file(path: Path) -> bytes:
    multi = path.suffix.lower() in MULTI_RECORD_SUFFIXES
    return read_regular_file(path, MAX_FILE_BYTES if multi else MAX_ARTICLE_FILE_BYTES,
                             lambda size: _check_size(path, size))


def _check_size(path: Path, size: int) -> None:
    multi = path.suffix.lower() in MULTI_RECORD_SUFFIXES
    limit = MAX_FILE_BYTES if multi else MAX_ARTICLE_FILE_BYTES
    if size > limit and multi:
        raise BadInput(msg("the file is {size:.0f} MB, over the {limit} MB limit for one file; split it",
                           size=size / 2**20, limit=limit // 2**20))
    if size > limit:
        raise BadInput(msg("the file is {size:.0f} MB, over the {limit} MB limit for an article; split it into "
                           "one file per article, or import it as JSONL or CSV records",
                           size=size / 2**20, limit=limit // 2**20))


def _first_line(text: str) -> str:
    for line in text.split("\n"):
        if line.strip():
            return line.strip()
    return ""


def _require_text(text: str) -> None:
    if not text.strip():
        raise BadInput(msg("it has no text"))
    _refuse_nul("text", text)
    if len(text) > MAX_ARTICLE_CHARS:
        raise BadInput(msg("the text has {count:,} characters, over the {limit:,} limit for one article",
                           count=len(text), limit=MAX_ARTICLE_CHARS))


_URL_LINE = re.compile(r"^\s*(https?://\S+)\s*$", re.MULTILINE)


def publisher_from_url(url: str | None) -> str | None:
    """The site's host name without ``www.``: a stand-in when no publisher is named."""
    if not url:
        return None
    host = urlparse(url).hostname or ""
    return host.removeprefix("www.") or None


def _stated_address(value: str) -> str | None:
    """An address a text states on a line of its own, made safe; a line that only looks like
    one is no address of the article."""
    try:
        return web_address(value)
    except AddressProblem:
        return None


def _plain(path: str, text: str, encoding: str, fmt: str, title: str) -> SourceRecord:
    """A text or Markdown article: metadata only where the text itself states it."""
    head = "\n".join(text.split("\n", 15)[:15])
    url_match = _URL_LINE.search(head)
    url = _stated_address(url_match.group(1)) if url_match else None
    return SourceRecord(path, None, title, text, fmt, encoding, url=url,
                        publisher=publisher_from_url(url), published=stated_date(text))


def read_txt(path: str, text: str, encoding: str) -> Iterator[Item]:
    _require_text(text)
    yield _plain(path, text, encoding, "txt", _first_line(text))


def read_md(path: str, text: str, encoding: str) -> Iterator[Item]:
    _require_text(text)
    heading = re.search(r"^#{1,6}\s+(.+?)\s*#*\s*$", text, re.MULTILINE)
    yield _plain(path, text, encoding, "md", heading.group(1) if heading else _first_line(text))


def read_html(path: str, text: str, encoding: str) -> Iterator[Item]:
    import trafilatura  # heavy; only loaded when HTML is imported

    _refuse_hostile_markup(text)
    document = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False)
    if document is None or not (document.text or "").strip():
        document = trafilatura.bare_extraction(text, with_metadata=True, favor_recall=True)
    if document is None:  # metadata it cannot read (a malformed date) makes it give up: the text still counts
        document = trafilatura.bare_extraction(text, with_metadata=False, favor_recall=True)
    body = canonical_text(document.text or "") if document is not None else ""
    if not body.strip():
        raise BadInput(msg("no article text was found in the HTML"))
    _require_text(body)
    url = _stated_address(document.url) if document.url else None
    yield SourceRecord(
        path, None, (document.title or _first_line(body)).strip(), body, "html", encoding,
        url=url, publisher=document.sitename or publisher_from_url(url),
        published=parse_date(document.date) if document.date else stated_date(body),
        language=None,
    )


# No page has a tag with this many attributes; lxml's parser takes time growing with their
# square (500,000 characters of attributes: minutes, in C, beyond Cancel's reach).
MAX_ATTRIBUTES_PER_TAG = 2000


def _refuse_hostile_markup(text: str) -> None:
    """One pass over the tags (C-speed finds, linear in the page), counting the ``=`` of the long
    ones; a script's or a style's body is skipped (its ``<`` and ``=`` are code, not a tag)."""
    lowered = None
    position = 0
    while (start := text.find("<", position)) >= 0:
        if start + 1 >= len(text) or not text[start + 1].isalpha():
            position = start + 1
            continue
        end = text.find(">", start)
        end = len(text) if end < 0 else end
        if end - start > 4 * MAX_ATTRIBUTES_PER_TAG and text.count("=", start, end) > MAX_ATTRIBUTES_PER_TAG:
            raise BadInput(msg("a tag of the page has over {count:,} attributes: not an article page",
                               count=MAX_ATTRIBUTES_PER_TAG))
        name = text[start + 1:start + 7].lower()
        if name.startswith(("script", "style")):
            lowered = lowered or text.lower()
            close = lowered.find("</" + ("script" if name.startswith("script") else "style"), end)
            end = len(text) if close < 0 else close
        position = end + 1


def _from_fields(path: str, number: int, fields: dict, fmt: str, encoding: str) -> Item:
    """Build a record from title/text/url/... fields, or the Problem with it."""
    def field(name: str) -> str | None:
        value = fields.get(name)
        if value is None:
            return None
        if not isinstance(value, (str, int, float)):
            raise BadInput(msg("field '{name}' should be text, not {type}", name=name, type=type(value).__name__))
        value = _text_field(name, str(value)).strip()
        return value or None

    try:
        raw_text = fields.get("text")
        if not isinstance(raw_text, str) or not raw_text.strip():
            raise BadInput(msg("it has no 'text' field") if raw_text is None
                           else msg("its 'text' field is empty or not text"))
        _text_field("text", raw_text)
        text = canonical_text(raw_text)
        _require_text(text)
        published = field("published")
        parsed = parse_date(published) if published else stated_date(text)
        if published and parsed is None:
            raise BadInput(msg("'published' is not a date: {value!r}", value=published))
        url = field("url")
        if url:
            try:
                url = web_address(url)
            except AddressProblem as exc:
                raise BadInput(msg("'url' {value!r} is not a web address: {reason}", value=url,
                                   reason=exc.reason)) from None
        language = field("language")
        if language and not re.fullmatch(r"[a-z]{2,3}(-[a-z0-9]+)?", language.lower()):
            raise BadInput(msg("'language' should be a code such as ar, he or en, not {value!r}", value=language))
        record_id = field("id")
        key = f"{path}#url={url}" if url else f"{path}#id={record_id}" if record_id else None
        return SourceRecord(
            path, number, canonical_text(field("title") or _first_line(text)), text, fmt, encoding,
            url=url, publisher=field("publisher") or publisher_from_url(url), published=parsed,
            language=language.lower() if language else None, source_key=key,
        )
    except BadInput as exc:
        return Problem(path, reason_of(exc), number)


def _text_field(name: str, value: str) -> str:
    """``value``, refused when it holds an unpaired surrogate: JSON may spell one (``\\udc80``,
    half of a UTF-16 pair), but it is not text and cannot be stored."""
    bad = SURROGATE_RE.search(value)
    if bad:
        raise BadInput(msg("field '{name}' holds \\u{code:04x} at character {position}, "
                           "half of a UTF-16 pair without its other half: not text",
                           name=name, code=ord(bad.group()), position=bad.start() + 1))
    _refuse_nul(name, value)
    return value


def _refuse_nul(name: str, value: str) -> None:
    """Refuse a NUL character (U+0000): no article holds one, SQLite's text functions end a
    text there (so the library's own checks would find its paragraphs past the end), and
    removing it would silently change the original text that claims anchor to."""
    position = value.find("\x00")
    if position >= 0:
        line = value.count("\n", 0, position) + 1
        column = position - value.rfind("\n", 0, position)
        raise BadInput(msg("its {name} holds a NUL character (U+0000) at line {line}, column {column}: "
                           "not text; remove it and import again", name=name, line=line, column=column))


def read_jsonl(path: str, text: str, encoding: str) -> Iterator[Item]:
    for number, line in enumerate(text.split("\n"), start=1):
        line = line.removeprefix("\ufeff")  # files joined together keep each one's byte-order mark
        if not line.strip():
            continue
        try:
            fields = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Problem(path, msg("line {line} is not valid JSON at column {column} ({error})",
                                    line=number, error=exc.msg, column=exc.colno), number)
            continue
        except RecursionError:
            yield Problem(path, msg("line {line} is nested too deeply (over {depth} levels) to be an article",
                                    line=number, depth=sys.getrecursionlimit()), number)
            continue
        except ValueError:  # a number of thousands of digits, which Python refuses to read
            yield Problem(path, msg("line {line} holds a number of over {digits:,} digits: not an article",
                                    line=number, digits=sys.get_int_max_str_digits()), number)
            continue
        if not isinstance(fields, dict):
            yield Problem(path, msg("line {line} is not a JSON object", line=number), number)
            continue
        yield _from_fields(path, number, fields, "jsonl", encoding)


def read_json(path: str, text: str, encoding: str) -> Iterator[Item]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        if "\n{" in text.strip():  # JSON Lines saved with a .json name
            yield from read_jsonl(path, text, encoding)
            return
        raise BadInput(msg("not valid JSON: {error} at line {line}, column {column}",
                           error=exc.msg, line=exc.lineno, column=exc.colno)) from None
    except ValueError:  # a number of thousands of digits, which Python refuses to read
        raise BadInput(msg("it holds a number of over {digits:,} digits: not an article file",
                           digits=sys.get_int_max_str_digits())) from None
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]
    records = data if isinstance(data, list) else [data]
    for number, fields in enumerate(records, start=1):
        if not isinstance(fields, dict):
            yield Problem(path, msg("not a JSON object with 'title' and 'text'"), number)
            continue
        yield _from_fields(path, number, fields, "json", encoding)


def read_csv(path: str, text: str, encoding: str) -> Iterator[Item]:
    csv.field_size_limit(MAX_FILE_BYTES)
    # The header decides the delimiter; csv.Sniffer guesses wrong on Arabic
    # text full of commas and colons inside quoted fields.
    header_line = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=header_line.count)
    records = _csv_records(text, delimiter)
    try:
        _, header, _ = next(records)
    except StopIteration:
        raise BadInput(msg("the CSV file is empty")) from None
    header = [h.strip().lower() for h in header]
    if "text" not in header:
        raise BadInput(msg("the CSV header has no 'text' column (columns: {columns})", columns=", ".join(header)))
    for line, row, trouble in records:
        if trouble:
            yield Problem(path, msg("CSV line {line}: {trouble}", line=line, trouble=trouble), line)
        elif len(row) != len(header):
            yield Problem(path, msg("CSV line {line} has {count} fields where the header has {header}",
                                    line=line, count=len(row), header=len(header)), line)
        elif any(cell.strip() for cell in row):
            yield _from_fields(path, line, dict(zip(header, row)), "csv", encoding)


def _csv_records(text: str, delimiter: str) -> Iterator[tuple[int, list[str], str | None]]:
    """(line number, fields, trouble) for each record, line by line.

    A quoted field may run over several lines (an article's paragraphs). One
    whose quotation mark is never closed, or that swallows lines which are
    rows of their own, is reported and reading resumes at the next line, so
    one bad quote costs one row, not the rest of the file.
    """
    lines = text.split("\n")
    width = len(next(csv.reader([lines[0]], delimiter=delimiter), []))
    odd = [line.count('"') % 2 for line in lines]  # counted once: a quote left open must not cost n² time
    i = 0
    while i < len(lines):
        j, open_quote = i, odd[i]
        while open_quote and j + 1 < len(lines):
            j += 1
            open_quote ^= odd[j]
        if open_quote:
            yield i + 1, [], msg("a quotation mark opened on this line is never closed")
            i += 1
            continue
        chunk = lines[i] if j == i else "\n".join(lines[i:j + 1])
        if not chunk.strip():
            i = j + 1
            continue
        try:
            rows = list(csv.reader(io.StringIO(chunk, newline=""), delimiter=delimiter, strict=True))
        except csv.Error as exc:
            rows, trouble = [], msg("cannot be parsed ({error})", error=str(exc))
        else:
            trouble = None
        # A quoted field over several lines that reads as one row of the header's width is what
        # the CSV says, even when a line inside it looks like a row of its own (a paragraph
        # with a comma in a title,text file); otherwise a missing quotation mark is the likelier.
        whole_row = trouble is None and len(rows) == 1 and len(rows[0]) == width
        swallowed = not whole_row and i > 0 and j > i and any(
            len(next(csv.reader([lines[k]], delimiter=delimiter), [])) == width for k in range(i + 1, j + 1))
        if swallowed:
            yield i + 1, [], msg("a quoted field runs on to line {line} and swallows what look like rows of their own "
                                 "(a missing quotation mark?)", line=j + 1)
            i += 1
            continue
        yield i + 1, (rows[0] if rows else []), trouble
        i = j + 1

READERS = {
    ".txt": read_txt, ".text": read_txt, ".md": read_md, ".markdown": read_md,
    ".html": read_html, ".htm": read_html, ".json": read_json, ".jsonl": read_jsonl,
    ".ndjson": read_jsonl, ".csv": read_csv,
}


def walk(paths: list[Path]) -> Iterator[Path | Problem]:
    """Files under the given paths (folders recursively, hidden entries skipped), in a stable
    order; a file whose name is not text is named as a problem."""
    for entry in _walk(paths):
        if isinstance(entry, Path) and SURROGATE_RE.search(str(entry)):
            # a name in bytes that are not UTF-8: it could be neither stored nor shown
            shown = os.fsencode(entry).decode("utf-8", "replace")
            yield Problem(shown, msg("its name is not valid UTF-8 (a legacy encoding?): rename the file "
                                     "and import it again"))
        else:
            yield entry


def _walk(paths: list[Path]) -> Iterator[Path | Problem]:
    folders: dict[Path, Path] = {}  # resolved folders of the files given one by one
    for path in paths:
        if not path.exists():
            looped = path.is_symlink() and os.path.lexists(path) and _is_link_loop(path)
            yield Problem(str(path), msg(_LINK_LOOP) if looped else msg("no such file or folder"))
        elif path.is_dir():
            for entry in _folder_files(path.resolve()):
                if isinstance(entry, Problem):
                    yield entry
                else:
                    # Linked folders are not entered, so every folder under a resolved one
                    # is resolved already; only a file that is a link needs resolving.
                    yield _resolved_link(Path(entry.path)) if entry.is_symlink() else Path(entry.path)
        else:
            try:
                yield _resolve_file(path, folders)
            except (OSError, RuntimeError):
                yield Problem(str(path), msg(_LINK_LOOP))


_LINK_LOOP = template("it is a link in a loop of links (or one too long to follow): skipped")


def _is_link_loop(path: Path) -> bool:
    try:
        os.stat(path)
    except OSError as exc:
        return exc.errno == errno.ELOOP
    return False


def _resolved_link(path: Path) -> Path | Problem:
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a loop of links: Python says RuntimeError, the system ELOOP
        return Problem(str(path), msg(_LINK_LOOP))


def count_files(paths: list[Path]) -> int:
    """How many files ``walk(paths)`` gives, without making a path of each: an import
    counts them first, to show its progress, and a large folder has a hundred thousand."""
    return sum(sum(not isinstance(e, Problem) for e in _folder_files(path.resolve())) if path.is_dir() else 1
               for path in paths if path.exists())


def _folder_files(folder: Path) -> Iterator[os.DirEntry | Problem]:
    """The files under ``folder`` depth first, each folder's own files before its subfolders,
    names sorted; hidden entries and linked folders left out; a folder that cannot be read
    is a problem of its own, and the rest are still given."""
    pending = [str(folder)]
    while pending:
        top = pending.pop()
        try:
            with os.scandir(top) as listing:
                entries = sorted((e for e in listing if not e.name.startswith(".")), key=lambda e: e.name)
        except OSError as exc:
            yield Problem(top, msg("cannot be read: {reason}", reason=exc.strerror or str(exc)))
            continue
        subfolders = []
        for entry in entries:
            try:
                is_folder = entry.is_dir()
            except OSError:  # a link in a loop of links
                yield Problem(entry.path, msg(_LINK_LOOP))
                continue
            if is_folder:
                if not entry.is_symlink():
                    subfolders.append(entry.path)
            else:
                yield entry
        pending.extend(reversed(subfolders))


def _resolve_file(path: Path, folders: dict[Path, Path]) -> Path:
    """``path.resolve()`` of a file, resolving its folder once for all the files given in it
    (thousands of files named one by one, as a shell's ``*.txt`` does). Windows resolves
    the case of a file's own name too, so there every file is resolved whole."""
    if os.name == "nt" or path.is_symlink():
        return path.resolve()
    folder = folders.get(path.parent)
    if folder is None:
        folder = folders[path.parent] = path.parent.resolve()
    return folder / path.name
