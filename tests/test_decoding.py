import codecs
import unicodedata

import pytest
from conftest import DATA

from workbench.kernel.errors import BadInput
from workbench.text.decoding import canonical_text, decode


def sample(name_prefix: str) -> str:
    return next(DATA.glob(name_prefix + "*.txt")).read_text("utf-8")


def test_utf8_with_and_without_bom():
    text = "قال بوتين: 10 آلاف جندي"
    assert decode(text.encode("utf-8")).text == text
    assert decode(codecs.BOM_UTF8 + text.encode("utf-8")).text == text


def test_utf16_with_bom():
    text = sample("000")
    decoded = decode(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    assert decoded.text == text and decoded.encoding == "utf-16-le"


def test_windows_1255_hebrew_sample_is_detected():
    text = sample("000")
    decoded = decode(text.encode("cp1255"))
    assert decoded.encoding == "cp1255"
    assert decoded.text == text


@pytest.mark.parametrize("prefix", ["001", "002", "003", "004"])
def test_windows_1256_arabic_samples_are_detected(prefix):
    # windows-1256 has no Persian yeh; a legacy page would carry the Arabic one.
    text = sample(prefix).replace("ی", "ي")
    decoded = decode(text.encode("cp1256"))
    assert decoded.encoding == "cp1256"
    assert decoded.text == text


def test_canonical_text_normalises_line_endings_and_nfc_only():
    decomposed = "e\u0301 line\r\nnext\rlast  "
    assert canonical_text(decomposed) == "\u00e9 line\nnext\nlast  "


@pytest.mark.parametrize(
    "text",
    [
        "كَتَبَ\nمُحَمَّدٌ",  # already NFC
        "مُحَمَّدٌ\u0651\u064e\nسطر ثان\nשָׁלוֹם\u05b8\u05c1",  # marks out of canonical order in two lines
        "a\n\u0301b\ne\u0301",  # a combining mark opening a line does not join the line above
        "\u1100\n\u1161\u1100\u1161",  # Hangul jamo compose within a line, never across one
        "\r\n\u0627\u0653\r\u05e9\u05c2\u05bc",  # alef with madda, shin with its dots, after a CR
    ],
)
def test_canonical_text_normalises_line_by_line_as_the_whole_text_at_once(text):
    expected = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    assert canonical_text(text) == expected
    assert unicodedata.is_normalized("NFC", canonical_text(text))


@pytest.mark.parametrize(
    "raw, reason",
    [
        (b"", "empty"),
        (b"  \n\n ", "empty"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 binary", "PDF"),
        (b"PK\x03\x04\x14\x00\x00\x00 zip payload", "zip"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"\x00\x01\x02\x03binary\x00\xff\xfe", "binary"),
    ],
)
def test_non_text_is_refused_with_its_reason(raw, reason):
    with pytest.raises(BadInput, match=reason):
        decode(raw)


def test_damaged_utf8_is_refused_not_read_as_mojibake():
    raw = sample("002").encode("utf-8")
    damaged = raw[:500] + b"\xff\xfe" + raw[500:]
    with pytest.raises(BadInput, match=r"invalid UTF-8 at byte 500"):
        decode(damaged)
