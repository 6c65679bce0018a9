"""Cells safe to publish: text without control characters or unpaired surrogates, and
spreadsheet cells that cannot run as formulas."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .textnorm import CONTROL_CHARS, CONTROL_RE, SURROGATES

_FORMULA_START = frozenset("=+-@\t\r")
_UNSAFE = re.compile(f"[{CONTROL_CHARS}{SURROGATES}]")
_UNSAFE_BUT_NUL = re.compile(f"[{CONTROL_CHARS.replace(chr(92) + 'x00', chr(92) + 'x01')}{SURROGATES}]")
_FORMULA_AFTER_NUL = re.compile("\x00[" + re.escape("".join(sorted(_FORMULA_START))) + "]")


def clean_text(text: str) -> str:
    """``text`` with control characters and unpaired surrogates replaced by U+FFFD."""
    if _UNSAFE.search(text):
        return CONTROL_RE.sub("\ufffd", text.encode("utf-16", "surrogatepass").decode("utf-16", "replace"))
    return text


def clean_cell(value: object) -> str:
    """A cell safe to open in a spreadsheet: its text cleaned (``clean_text``), and text that a
    spreadsheet would run as a formula neutralised with a leading apostrophe (OWASP's advice
    for CSV injection)."""
    if value is None:
        return ""
    if not isinstance(value, str):
        return f"{value:g}" if isinstance(value, float) else str(value)
    text = clean_text(value)
    return "'" + text if text[:1] in _FORMULA_START else text


def safe_row(cells: Sequence[str]) -> Sequence[str]:
    """``clean_cell`` for every cell; ``cells`` themselves when none needs it, as almost always.
    The test is two scans of the row joined into one string, in C, instead of Python work per
    cell: the cells are joined after a NUL each, so that a formula start is a NUL followed by
    one of its characters, and a NUL inside a cell shows as one NUL too many."""
    joined = "\x00" + "\x00".join(cells)
    if _UNSAFE_BUT_NUL.search(joined) or _FORMULA_AFTER_NUL.search(joined) or joined.count("\x00") != len(cells):
        return [clean_cell(c) for c in cells]
    return cells
