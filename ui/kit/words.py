"""The interface's words for the core's: claim kinds and statuses, languages, shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence

from ui.kit.bidi import isolated_ltr
from ui.kit.i18n import CORE_CONTEXT
from workbench.text.language import LANGUAGE_NAMES


def key_text(keys: QKeySequence) -> str:
    """A shortcut as the platform writes it, isolated left to right: in an Arabic or Hebrew
    sentence "Ctrl+," must not read ",+Ctrl" (nor Qt's Hebrew key names, which open a
    left-to-right embedding without closing it, swallow the text after them)."""
    return isolated_ltr(keys.toString(QKeySequence.NativeText))


def menu_text(label: str, keys: QKeySequence) -> str:
    """A menu entry's text: ``label``, a tab, and the shortcut isolated left to right. A menu
    draws what follows the tab as the entry's shortcut; the text it makes itself when there is
    no tab is not isolated, so an Arabic or Hebrew menu read "Ctrl+," as ",+Ctrl" and "Ctrl++"
    as "++Ctrl"."""
    return f"{label}\t{key_text(keys)}"


def action_label(text: str) -> str:
    """An action's label as a person reads it: without the menu's shortcut part and the ``&``
    that marks its access key."""
    return text.split("\t", 1)[0].replace("&", "")


# A claim's kind and status are stored in English (workbench.claims.marking.KINDS, STATUSES) and shown
# in the interface's language.
KIND_NAMES = {
    "numeric": QT_TRANSLATE_NOOP("ClaimPane", "numeric"),
    "quote": QT_TRANSLATE_NOOP("ClaimPane", "quote"),
    "event": QT_TRANSLATE_NOOP("ClaimPane", "event"),
    "denial": QT_TRANSLATE_NOOP("ClaimPane", "denial"),
    "prediction": QT_TRANSLATE_NOOP("ClaimPane", "prediction"),
    "other": QT_TRANSLATE_NOOP("ClaimPane", "other"),
}


STATUS_NAMES = {
    "marked": QT_TRANSLATE_NOOP("ClaimPane", "marked"),
    "checking": QT_TRANSLATE_NOOP("ClaimPane", "checking"),
    "verdict": QT_TRANSLATE_NOOP("ClaimPane", "verdict"),
    "published": QT_TRANSLATE_NOOP("ClaimPane", "published"),
}


def language_name(code: str) -> str:
    """``he`` as "Hebrew", "العبرية" or "עברית", in the interface's language: the names of
    ``workbench.text.language.LANGUAGE_NAMES``; any other code is shown as it is."""
    return QCoreApplication.translate(CORE_CONTEXT, LANGUAGE_NAMES[code]) if code in LANGUAGE_NAMES else code


def interface_language() -> str:
    """The code of the interface's language: each catalogue translates "en" into its own code
    (as Qt's own catalogues translate QT_LAYOUT_DIRECTION)."""
    return QCoreApplication.translate("Languages", "en", "the code of the language translated into")


def kind_name(kind: str) -> str:
    return QCoreApplication.translate("ClaimPane", KIND_NAMES.get(kind, kind))


def status_name(status: str) -> str:
    return QCoreApplication.translate("ClaimPane", STATUS_NAMES.get(status, status))
