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

from workbench.kernel.errors import BadInput
from workbench.kernel.messages import msg, template

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

_MAGIC = {  # one whole sentence per kind of file: translations need them whole
    b"%PDF": template("it is a PDF document, not text"),
    b"PK\x03\x04": template("it is a zip archive (or an office document), not text"),
    b"\x89PNG": template("it is a PNG image, not text"),
    b"\xff\xd8\xff": template("it is a JPEG image, not text"),
    b"GIF8": template("it is a GIF image, not text"),
    b"RIFF": template("it is a RIFF media file (WebP, WAV or AVI), not text"),
    b"\x1f\x8b": template("it is a gzip archive, not text"),
    b"7z\xbc\xaf": template("it is a 7-Zip archive, not text"),
    b"Rar!": template("it is a RAR archive, not text"),
    b"\xd0\xcf\x11\xe0": template("it is an old Microsoft Office document, not text"),
    b"SQLite format 3\x00": template("it is an SQLite database, not text"),
    b"\x7fELF": template("it is a program (ELF binary), not text"),
}


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
    if unicodedata.is_normalized("NFC", text):
        return text
    # Only the lines that need it: a vocalised article often has marks out of canonical
    # order in a few lines, and checking a line costs far less than normalising it. Line by
    # line is the same as the whole text at once, "\n" composing with nothing on either side.
    return "\n".join(line if unicodedata.is_normalized("NFC", line) else unicodedata.normalize("NFC", line)
                     for line in text.split("\n"))


def decode(raw: bytes) -> Decoded:
    """Decode file bytes, raising ``BadInput`` with the reason when they are not text."""
    if not raw.strip():
        raise BadInput(msg("the file is empty"))
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return Decoded(raw[len(bom):].decode(encoding), encoding)
            except UnicodeDecodeError as exc:
                raise BadInput(msg("it starts with a {encoding} byte-order mark but is not valid {encoding} "
                                   "(byte {byte})", encoding=encoding, byte=exc.start + len(bom))) from None
    for magic in _MAGIC:
        if raw.startswith(magic):
            raise BadInput(msg(_MAGIC[magic]))
    try:
        return Decoded(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if b"\x00" in raw[:4096]:
        raise BadInput(msg("it is a binary file (it contains NUL bytes), not text"))
    _refuse_damaged_utf8(raw, utf8_error)
    best = from_bytes(raw, cp_isolation=LEGACY_ENCODINGS, threshold=_MAX_CHAOS).best()
    if best is None:
        raise BadInput(msg("it is neither valid UTF-8 (byte {byte}) nor text in a known legacy encoding",
                           byte=utf8_error.start))
    return Decoded(str(best), best.encoding)


def _refuse_damaged_utf8(raw: bytes, error: UnicodeDecodeError) -> None:
    """Refuse a file that is UTF-8 apart from a few broken bytes.

    Reading it in a legacy encoding would turn every Arabic or Hebrew letter
    into mojibake; dropping the bad bytes would silently change the text.
    """
    text = raw.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    multibyte = sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
    if multibyte and bad * 20 < multibyte and bad == 1:
        raise BadInput(msg("invalid UTF-8 at byte {byte} (1 broken byte sequence in an otherwise UTF-8 file); "
                           "repair or re-save the file as UTF-8", byte=error.start))
    if multibyte and bad * 20 < multibyte:
        raise BadInput(msg("invalid UTF-8 at byte {byte} ({count} broken byte sequences in an otherwise UTF-8 "
                           "file); repair or re-save the file as UTF-8", byte=error.start, count=bad))
