"""Text of both directions side by side in the interface: isolates, marks and alignment.

A view lays every cell out in the interface's direction; an Arabic quote in an English
interface, a path inside a Hebrew sentence or a shortcut in a mirrored menu keep their own
order only through these, which is why they live once, here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication

from ui.kit.i18n import CORE_CONTEXT
from workbench.kernel.messages import LIST_SEPARATOR
from workbench.text.language import text_direction

RLM = "\u200f"  # right-to-left mark
LRM = "\u200e"  # left-to-right mark
LRI = "\u2066"  # left-to-right isolate: a path or a shortcut keeps its order inside any sentence
FSI = "\u2068"  # first-strong isolate: a value takes the direction of its own first letter
PDI = "\u2069"  # closes an isolate


def joined(items) -> str:
    """Items as a list in the interface language: "a, b" in English, "a، b" in Arabic."""
    return QCoreApplication.translate(CORE_CONTEXT, LIST_SEPARATOR).join(items)


def isolated(text: str) -> str:
    """``text`` between first-strong isolates: a path, an address, a file type or a name keeps its
    own order inside a sentence of the other direction (``/tmp/a.txt`` not ``tmp/a.txt/``), and a
    sentence that starts with one still takes its direction from its own words."""
    return f"{FSI}{text}{PDI}" if text else text


def isolated_ltr(text: str) -> str:
    """``text`` isolated and laid out left to right whatever it starts with (a path, a shortcut)."""
    return f"{LRI}{text}{PDI}" if text else text


def marked(text: str, direction: str) -> str:
    """A cell's text between marks of its own direction (``rtl`` or ``ltr``): a view lays a cell
    out in the interface's direction, so without them an Arabic quote in an English interface
    (or one that starts with a Latin name) reads left to right, its final "." and a cut text's
    "…" at its start, and "0 min" reads "min 0" in an Arabic or Hebrew one."""
    mark = RLM if direction == "rtl" else LRM
    return mark + text + mark if text else text


def in_interface_direction(text: str) -> str:
    """A sentence of the interface (a translated template) marked with the interface's direction:
    one that opens with an isolated name or rating would otherwise be laid out in the direction
    of whatever strong letter comes first."""
    return marked(text, "rtl" if QGuiApplication.layoutDirection() == Qt.RightToLeft else "ltr")


def aligned(direction: str) -> int:
    """A cell's alignment for text of ``direction``: on its own side whatever the interface's
    direction (AlignAbsolute: a mirrored interface does not swap it)."""
    side = Qt.AlignRight if direction == "rtl" else Qt.AlignLeft
    return int(side | Qt.AlignAbsolute | Qt.AlignVCenter)


def aligned_text(text: str) -> int:
    """The alignment of a cell holding ``text``: on the side its own script starts from."""
    return aligned(text_direction(text))


def directed(text: str) -> str:
    """A cell's text marked with its own direction: views lay cells out in the interface's
    direction, so "0 min" would read "min 0" in a mirrored (Arabic, Hebrew) interface and a cut
    Arabic title would show its "…" at its start in an English one."""
    return marked(text, text_direction(text))


def direct_label(label, text: str) -> None:
    """Show ``text`` in a label (a QLabel) laid out and aligned in the direction of its own script."""
    label.setText(text)
    rtl = text_direction(text) == "rtl"
    label.setLayoutDirection(Qt.RightToLeft if rtl else Qt.LeftToRight)
    label.setAlignment(Qt.AlignLeading | Qt.AlignVCenter)
