"""Showing Arabic and Hebrew in a terminal, which (mostly) neither shapes nor reorders.

This is the one place where text is shaped with arabic-reshaper and put in
visual order with python-bidi. Nothing here may reach Qt, or any renderer that
shapes by itself: the result is for display in a terminal only.

Modes: ``on`` always reorders; ``off`` prints logical order (for terminals
that do bidi themselves, such as mlterm or recent GNOME Terminal, and for
pipes); ``auto`` reorders only when writing to a terminal.

It is also the one gate of what people read in a terminal (``echo``, ``cell``, ``json_text``):
text from outside is made ``printable``, so that no control sequence it carries reaches the
terminal and acts there.
"""

from __future__ import annotations

import json
import os
import re
import sys

import click

from workbench.kernel.errors import BadInput

BIDI_ENV = "WORKBENCH_TERMINAL_BIDI"
MODES = ("auto", "on", "off")


def resolve_mode(mode: str | None, stream=None) -> bool:
    """Whether to reorder, from the option, else ``$WORKBENCH_TERMINAL_BIDI``, else auto."""
    mode = (mode or os.environ.get(BIDI_ENV) or "auto").lower()
    if mode not in MODES:
        raise BadInput(f"${BIDI_ENV} must be one of {', '.join(MODES)}, not {mode!r}")
    if mode == "auto":
        stream = stream or sys.stdout
        return bool(getattr(stream, "isatty", lambda: False)())
    return mode == "on"


def visual(text: str, base: str | None = None) -> str:
    """``text`` shaped and in visual (left-to-right screen) order, line by line.

    ``base`` is the paragraph direction ('rtl' or 'ltr'); None lets each line
    take the direction of its first strong letter.
    """
    import arabic_reshaper
    from bidi import get_display

    direction = {"rtl": "R", "ltr": "L"}.get(base or "")
    text = _SURROGATE_RE.sub(_stand_in, text)  # python-bidi refuses half a UTF-16 pair
    lines = []
    for line in text.split("\n"):
        shaped = arabic_reshaper.reshape(line)
        lines.append(get_display(shaped, base_dir=direction) if direction else get_display(shaped))
    return "\n".join(lines)


class Printer:
    """Turns logical text into what the chosen terminal mode should show."""

    def __init__(self, reorder: bool):
        self.reorder = reorder

    def __call__(self, text: str, base: str | None = None) -> str:
        return visual(text, base) if self.reorder and text else text


# --- what a terminal may receive ------------------------------------------------------------------
#
# Article titles, texts, publishers, file names, claims, verdicts and people's names come from
# outside (imported files, other people) and may carry terminal control sequences: an OSC
# (``ESC ] 0 ; title BEL``) renames the window or, in some terminals, writes to the clipboard, a
# CSI (``ESC [ 2 J``, or the one-character CSI U+009B) clears the screen or moves the cursor,
# backspace and carriage return overwrite what was printed before, so that a line shows what it
# does not hold. None of them may reach a terminal raw.

_CONTROL = "\x00-\x08\x0b-\x1f\x7f-\x9f"  # C0 but line feed and tab, DEL, C1
_SURROGATE = "\ud800-\udfff"  # half a UTF-16 pair (a file name's undecodable byte): not text
_LINE_BREAKS = "\u2028\u2029"  # line and paragraph separators: line breaks to a table
# Embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI): they reorder what
# follows them up to the end of the line, the neighbouring cells of a table included. The marks
# (LRM, RLM, ALM) are left: they only decide the direction of the neutral characters next to them.
BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069"

_SURROGATE_RE = re.compile(f"[{_SURROGATE}]")
_UNPRINTABLE = re.compile(f"[{_CONTROL}{_SURROGATE}]")
_UNPRINTABLE_IN_CELL = re.compile(f"[\n\t{_CONTROL}{_SURROGATE}{_LINE_BREAKS}]")
_BIDI = re.compile(f"[{BIDI_CONTROLS}]")
_JSON_UNSAFE = re.compile(f"[\x7f-\x9f{_SURROGATE}{_LINE_BREAKS}{BIDI_CONTROLS}]")


def _stand_in(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str, *, one_line: bool = False) -> str:
    """``text`` as a terminal may receive it: every control character written out as its escape.

    Every C0 control (but the line feed and the tab of multi-line text), DEL and every C1
    control (U+0080–U+009F) becomes the text of its escape as Python writes it: ESC shows as
    ``\\x1b``, the one-character CSI as ``\\x9b``, a carriage return as ``\\x0d``; half a UTF-16
    pair (an undecodable byte of a file name) as ``\\udcff``. The escape rather than U+FFFD
    because the person at the terminal is checking the text and should see what was there: a
    title carrying ``\\x1b]0;`` was made to act on terminals, which is worth knowing, and
    U+FFFD may stand in an imported text as it is (a source that lost characters upstream), so
    it would tell neither what stood there nor that anything was replaced. (The CSV and
    ClaimReview exports do use U+FFFD, ``csv_cells.clean_text``: they publish the text itself to
    partners.) The escape is plain ASCII, which every terminal font shows and whose width a
    table can count; a text holding the characters ``\\x1b`` themselves looks the same, which
    is harmless: both are printable.

    The bidi embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) are
    removed: they would reorder whatever follows them on the line, the next cells of a table
    included. Text reordered for the terminal (``visual``) was reordered with them before.

    ``one_line``: for a table's cell, where a line feed, a tab or a line separator would break
    the columns, they are written out too.
    """
    if not text:
        return text
    text = (_UNPRINTABLE_IN_CELL if one_line else _UNPRINTABLE).sub(_stand_in, text)
    return _BIDI.sub("", text)


def cell(value) -> str:
    """A table cell: ``printable`` on one line (numbers and None as they are)."""
    return printable(value, one_line=True) if isinstance(value, str) else value


def echo(message: object = "", *, err: bool = False) -> None:
    """Print a line for people: the one way human-readable output reaches the terminal,
    made ``printable`` on the way."""
    click.echo(printable(str(message)), err=err)


def json_text(data) -> str:
    """``data`` as JSON (UTF-8 text, indented) that is safe to print on a terminal too.

    ``json`` escapes the C0 controls already; here DEL and the C1 controls (U+007F–U+009F,
    among them the one-character CSI U+009B), the bidi controls, the line and paragraph
    separators and half UTF-16 pairs are escaped as well (``\\u009b``). They can only stand
    inside a JSON string (everything else ``json.dumps`` writes is ASCII), where ``\\u`` and
    four hex digits is the same character: the text reads back to exactly the same strings.
    """
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(data, ensure_ascii=False, indent=2))
