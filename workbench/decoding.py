"""Turn the bytes of a file into text, or say clearly why they are not text.

Order: a byte-order mark decides; then strict UTF-8; then, for files that are
not UTF-8, charset-normalizer chooses among the legacy encodings our sources
use (windows-1256 and ISO-8859-6 Arabic, windows-1255 and ISO-8859-8 Hebrew,
windows-1251/KOI8-R Russian, Western European). A file that is almost UTF-8
but has a few broken bytes is refused rather than read as mojibake.
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass

from charset_normalizer import from_bytes

from .errors import BadInput

LEGACY_ENCODINGS = [
    "cp1256", "iso8859_6", "cp1255", "iso8859_8", "cp1251", "koi8_r",
    "cp1252", "iso8859_1", "cp1250", "cp720", "mac_arabic",
]
# charset-normalizer's own default (0.2) refuses real Arabic news pages that
# contain a few symbols such as © in windows-1256; above 0.5 the text is noise.
_MAX_CHAOS = 0.5

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]

_MAGIC = [
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a zip archive (or an office document)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"RIFF", "a RIFF media file (WebP, WAV or AVI)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x7fELF", "a program (ELF binary)"),
]


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


def canonical_text(text: str) -> str:
    """The form in which an article's original text is stored.

    Line endings become ``\\n`` and the text is NFC-normalised; nothing else is
    changed, because claims anchor to code-point offsets in this exact string.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def decode(raw: bytes) -> Decoded:
    """Decode file bytes, raising ``BadInput`` with the reason when they are not text."""
    if not raw.strip():
        raise BadInput("the file is empty")
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return Decoded(raw[len(bom):].decode(encoding), encoding)
            except UnicodeDecodeError as exc:
                raise BadInput(f"it starts with a {encoding} byte-order mark but is not valid {encoding} "
                               f"(byte {exc.start + len(bom)})") from None
    for magic, what in _MAGIC:
        if raw.startswith(magic):
            raise BadInput(f"it is {what}, not text")
    try:
        return Decoded(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if b"\x00" in raw[:4096]:
        raise BadInput("it is a binary file (it contains NUL bytes), not text")
    _refuse_damaged_utf8(raw, utf8_error)
    best = from_bytes(raw, cp_isolation=LEGACY_ENCODINGS, threshold=_MAX_CHAOS).best()
    if best is None:
        raise BadInput(
            f"it is neither valid UTF-8 (byte {utf8_error.start}) nor text in a known legacy encoding"
        )
    return Decoded(str(best), best.encoding)


def _refuse_damaged_utf8(raw: bytes, error: UnicodeDecodeError) -> None:
    """Refuse a file that is UTF-8 apart from a few broken bytes.

    Reading it in a legacy encoding would turn every Arabic or Hebrew letter
    into mojibake; dropping the bad bytes would silently change the text.
    """
    text = raw.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    multibyte = sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
    if multibyte and bad * 20 < multibyte:
        raise BadInput(
            f"invalid UTF-8 at byte {error.start} ({bad} broken byte sequence{'s' if bad > 1 else ''} "
            "in an otherwise UTF-8 file); repair or re-save the file as UTF-8"
        )
