"""The core's messages in the interface language.

The core builds its messages with ``workbench.kernel.messages.msg`` (an English ``str`` that keeps its
template and values); here the template is looked up in the interface's translations (context
``core``, listed for the translators in ui/kit/core_messages.py) and filled with the same values,
each value that is itself a message translated first, and in a right-to-left interface each
plain text value isolated (``isolated``). Anything else -- a plain string, an
exception from outside the core -- is shown as it is. A translation that does not fit its values
(a misspelt placeholder) falls back to the English sentence rather than failing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication

from ui.kit.bidi import isolated
from ui.kit.i18n import CORE_CONTEXT as CONTEXT
from ui.kit.i18n import CORE_TERM_CONTEXT as TERM_CONTEXT
from workbench.kernel.messages import Message, Term, reason_of


def translated(text: object) -> str:
    """``text`` in the interface language when the core made it with ``msg``; else ``str(text)``."""
    if isinstance(text, BaseException):
        return error_text(text)
    if not isinstance(text, Message):
        return str(text)
    if isinstance(text, Term):
        return QCoreApplication.translate(TERM_CONTEXT, text.template)
    pattern = QCoreApplication.translate(CONTEXT, text.template)
    rtl = QGuiApplication.layoutDirection() == Qt.RightToLeft
    values = {name: translated(value) if isinstance(value, Message) else _Isolated(value) if rtl and isinstance(value, str)
              else value for name, value in text.params.items()}
    try:
        return pattern.format(**values)
    except (KeyError, IndexError, ValueError):
        return str(text)


def term_text(word: str) -> str:
    """A word of the workflow (``messages.TERMS``: a state, a role, an action) in the interface
    language."""
    return QCoreApplication.translate(TERM_CONTEXT, word)


class _Isolated:
    """A value isolated however the template shows it: ``{v}`` and ``{v!s}`` isolate its text,
    ``{v!r}`` its quoted form (isolating first would show the isolates as escapes)."""

    def __init__(self, value: str):
        self.value = value

    def __format__(self, spec: str) -> str:
        return isolated(format(self.value, spec))

    def __str__(self) -> str:
        return isolated(self.value)

    def __repr__(self) -> str:
        return isolated(repr(self.value))


def error_text(exc: BaseException) -> str:
    """What to tell the user about ``exc``: the core's message translated, else its text."""
    return translated(reason_of(exc))
