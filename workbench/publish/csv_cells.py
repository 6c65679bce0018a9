"""Cells safe to publish: text without control characters or unpaired surrogates, whose
direction controls cannot make it display as other text or leak out of it, and
spreadsheet cells that cannot run as formulas.

The direction controls (docs/EXPORT.md, "Direction marks"): the overrides LRO and RLO
(U+202D, U+202E), which reverse even Latin letters and which news text never needs, are
left out, with the PDF that ends each. The embeddings (LRE, RLE: U+202A, U+202B, ended by
PDF U+202C) and isolates (LRI, RLI, FSI: U+2066-U+2068, ended by PDI U+2069) are kept when
they are balanced: a closer that ends nothing is left out, and every one still open at the
end of a line (or of the value) is closed there, so that no value's direction reaches the
next line, the next cell or the page around it. The marks Arabic and Hebrew text uses (LRM
U+200E, RLM U+200F, ALM U+061C, ZWJ and ZWNJ) are kept as they are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from workbench.text.textnorm import CONTROL_CHARS, SURROGATES

_FORMULA_START = frozenset("=+-@\t\r")
_CONTROLS = CONTROL_CHARS + r"\x80-\x9f"  # C0 but tab and line breaks, DEL, and C1
_BIDI = "\u202a-\u202e\u2066-\u2069"  # embeddings, overrides, isolates and their closers
_UNSAFE = re.compile(f"[{_CONTROLS}{SURROGATES}{_BIDI}]")
_CONTROL = re.compile(f"[{_CONTROLS}]")
_SURROGATE = re.compile(f"[{SURROGATES}]")
_BIDI_CONTROL = re.compile(f"[{_BIDI}]")
_BIDI_OR_BREAK = re.compile(f"([{_BIDI}\n\r\u2029])")
_UNSAFE_BUT_NUL = re.compile(f"[{_CONTROLS.replace(chr(92) + 'x00', chr(92) + 'x01')}{SURROGATES}{_BIDI}]")
_FORMULA_AFTER_NUL = re.compile("\x00[" + re.escape("".join(sorted(_FORMULA_START))) + "]")

PDF, PDI = "\u202c", "\u2069"
_OPENS = {"\u202a": "embedding", "\u202b": "embedding", "\u202d": "override", "\u202e": "override",
          "\u2066": "isolate", "\u2067": "isolate", "\u2068": "isolate"}
_CLOSER = {"embedding": PDF, "isolate": PDI, "override": ""}  # an override is left out, and so is its PDF


def clean_text(text: str) -> str:
    """``text`` with control characters and unpaired surrogates replaced by U+FFFD, and its
    direction controls made safe (``balanced_directions``)."""
    if not _UNSAFE.search(text):
        return text
    if _SURROGATE.search(text):
        text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    text = _CONTROL.sub("\ufffd", text)
    return balanced_directions(text)


def has_direction_controls(text: str) -> bool:
    """Whether ``text`` holds an embedding, override, isolate or one of their closers."""
    return _BIDI_CONTROL.search(text) is not None


def balanced_directions(text: str) -> str:
    """``text`` without the overrides LRO and RLO (nor the PDF that ends one), without a
    PDF or PDI that ends nothing, and with every embedding or isolate still open closed at
    the end of its line (or of ``text``), as Unicode's bidi algorithm pairs them: a PDI
    ends its isolate and every embedding opened inside it; a PDF ends the innermost
    embedding, and nothing across an isolate."""
    if not _BIDI_CONTROL.search(text):
        return text
    out: list[str] = []
    open_: list[str] = []  # what is open, innermost last
    for piece in _BIDI_OR_BREAK.split(text):
        kind = _OPENS.get(piece)
        if kind:
            open_.append(kind)
            if kind != "override":
                out.append(piece)
        elif piece == PDF:
            if open_ and open_[-1] != "isolate":
                out.append(_CLOSER[open_.pop()])
        elif piece == PDI:
            if "isolate" in open_:
                while open_[-1] != "isolate":
                    out.append(_CLOSER[open_.pop()])
                open_.pop()
                out.append(PDI)
        elif piece in ("\n", "\r", "\u2029"):
            out.extend(_CLOSER[k] for k in reversed(open_))
            open_.clear()
            out.append(piece)
        else:
            out.append(piece)
    out.extend(_CLOSER[k] for k in reversed(open_))
    return "".join(out)


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
