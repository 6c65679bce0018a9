"""The verdict pane's strings translated by value, in its context ("VerdictPane"): the pane, its
sources, history and comment dialogs share them (ui/kit/translatable.py lists them for lupdate)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def pane_tr(text: str) -> str:
    return QApplication.translate("VerdictPane", text)
