"""The item data roles of the window's models, one set for every view."""

from __future__ import annotations

from PySide6.QtCore import Qt

ID_ROLE = Qt.UserRole + 1


LANGUAGE_ROLE = Qt.UserRole + 2


CLAIMS_ROLE = Qt.UserRole + 3


DIRECTION_ROLE = Qt.UserRole + 4  # "rtl" or "ltr": the direction a row's text is laid out in


ROW_ROLE = Qt.UserRole + 5
