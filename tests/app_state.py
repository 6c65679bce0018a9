"""A fixture for tests that change the whole application -- interface language, layout direction,
font, style, palette, where QSettings() keeps its files: afterwards everything is as it was, so
the other GUI tests (which run in the same QApplication) are not affected."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont, QPalette


@pytest.fixture
def restore_application(qapp):
    from ui.kit import appearance, i18n

    font, palette, style = QFont(qapp.font()), QPalette(qapp.palette()), qapp.style().name()
    yield qapp
    i18n.remove_translators(qapp)
    qapp.setLayoutDirection(Qt.LayoutDirectionAuto)
    appearance.restore_platform(qapp)
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setFont(font)


def _user_settings_folder(fmt) -> str:
    """Where QSettings keeps the user's files of format ``fmt`` now (Qt has no getter)."""
    from pathlib import Path

    return str(Path(QSettings(fmt, QSettings.UserScope, "probe-org", "probe-app").fileName()).parent.parent)


@pytest.fixture
def settings_home(tmp_path):
    """QSettings() files under tmp_path/config for the test (native and INI), then back."""
    formats = (QSettings.NativeFormat, QSettings.IniFormat)
    before = {fmt: _user_settings_folder(fmt) for fmt in formats}
    home = tmp_path / "config"
    for fmt in formats:
        QSettings.setPath(fmt, QSettings.UserScope, str(home))
    yield home
    for fmt, folder in before.items():
        QSettings.setPath(fmt, QSettings.UserScope, folder)
