"""Showing Arabic and Hebrew in a terminal, which (mostly) neither shapes nor reorders.

This is the one place where text is shaped with arabic-reshaper and put in
visual order with python-bidi. Nothing here may reach Qt, or any renderer that
shapes by itself: the result is for display in a terminal only.

Modes: ``on`` always reorders; ``off`` prints logical order (for terminals
that do bidi themselves, such as mlterm or recent GNOME Terminal, and for
pipes); ``auto`` reorders only when writing to a terminal.
"""

from __future__ import annotations

import os
import sys

from .errors import BadInput

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
