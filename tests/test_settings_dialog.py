"""The settings dialog driven offscreen (interface, database and backups, the desk's settings in the
database), the appearance it applies, scheduled backups, and a damaged settings file at start."""

from __future__ import annotations

import os
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import app_state  # noqa: E402
from conftest import SCREENSHOTS  # noqa: E402
from PySide6.QtCore import QItemSelectionModel, QSettings, Qt  # noqa: E402
from PySide6.QtGui import QColor, QPalette  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from ui import app as app_module  # noqa: E402
from ui.kit import (
    appearance,  # noqa: E402
    i18n,
)
from ui.settings import backup_timer
from ui.settings.backup_timer import BackupTimer  # noqa: E402
from ui.settings.settings_dialog import SettingsDialog  # noqa: E402
from workbench.db.backups import scheduled_backups  # noqa: E402
from workbench.db.store import DB_ENV  # noqa: E402
from workbench.linking.glossary import add_term, user_terms  # noqa: E402
from workbench.publish.settings import all_settings  # noqa: E402
from workbench.review.verdicts import ratings  # noqa: E402

restore_application = app_state.restore_application  # the fixtures, for this module's tests
settings_home = app_state.settings_home

pytestmark = pytest.mark.usefixtures("event_loops_run", "restore_application")

WAIT_MS = 20000


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)


def open_dialog(qtbot, db, user, settings) -> SettingsDialog:
    dialog = SettingsDialog(db, user, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def drawn_colours(widget: QWidget) -> set[str]:
    image = widget.grab().toImage()
    return {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())}


def test_messages_and_scaled_text_follow_a_new_theme_and_font_size(qtbot, qapp, desk, settings):
    """Dark at 20 points: the claim pane's message, the queue's warnings, its quotes and summary
    change with the rest, without a restart."""
    from ui.reader.claim_pane import ClaimPane
    from ui.review.queue_window import READING_SCALE, QueueWindow

    appearance.apply_theme("light", qapp)
    pane, queue = ClaimPane(), QueueWindow(desk, "sara")
    for widget in (pane, queue):
        qtbot.addWidget(widget)
        widget.show()
    pane.message.setText("Not saved: the claim changed meanwhile")
    queue.warnings.setText("Returned twice")
    dialog = open_dialog(qtbot, desk, "dana", settings)
    dialog.font_size.setValue(20)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    press_ok(dialog)
    qapp.processEvents()  # Qt passes the new font on in posted events
    assert pane.message.font().pointSize() == 20 and queue.warnings.font().pointSize() == 20
    assert queue.claims_view.font().pointSizeF() == pytest.approx(20 * READING_SCALE)
    assert queue.summary_label.font().pointSizeF() == pytest.approx(22) and queue.summary_label.font().bold()
    drawn = drawn_colours(pane.message)
    assert "#ff8a80" in drawn and "#b00020" not in drawn  # the dark theme's red, not the light one's
    assert "#ffcc80" in drawn_colours(queue.warnings)
    appearance.apply_theme("light", qapp)
    appearance.apply_font_size(14, qapp)  # the font size alone, the style left as it is
    qapp.processEvents()
    assert "#b00020" in drawn_colours(pane.message)
    assert pane.message.font().pointSize() == 14 and queue.warnings.font().pointSize() == 14
    assert queue.claims_view.font().pointSizeF() == pytest.approx(14 * READING_SCALE)


def press_ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.Ok).click()


# --- interface --------------------------------------------------------------------------------------
def test_interface_settings_are_stored_and_font_and_theme_applied(qtbot, qapp, desk, settings):
    before_window = qapp.palette().color(QPalette.Window)
    dialog = open_dialog(qtbot, desk, "dana", settings)
    assert dialog.language.currentData() == "system" and dialog.theme.currentData() == "system"
    dialog.language.setCurrentIndex(dialog.language.findData("he"))
    dialog.font_size.setValue(17)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    press_ok(dialog)
    assert dialog.result() == QDialog.Accepted and dialog.last_message == ""
    assert settings.value("ui/language") == "he"
    assert int(settings.value("ui/font_size")) == 17 and settings.value("ui/theme") == "dark"
    assert qapp.font().pointSize() == 17
    assert qapp.palette().color(QPalette.Window) == QColor("#2b2b2b") != before_window
    assert qapp.style().name().lower() == "fusion"
    assert qapp.layoutDirection() == Qt.LeftToRight  # the language waits for the next start

    again = open_dialog(qtbot, desk, "dana", settings)  # shows what is stored
    assert again.language.currentData() == "he" and again.font_size.value() == 17
    again.theme.setCurrentIndex(again.theme.findData("high contrast"))
    press_ok(again)
    assert qapp.palette().color(QPalette.Window) == QColor("#000000")
    assert qapp.palette().color(QPalette.Highlight) == QColor("#ffff00")
    assert "border" in qapp.styleSheet()  # Fusion draws no outlines on black: the fields get white ones

    last = open_dialog(qtbot, desk, "dana", settings)
    last.theme.setCurrentIndex(last.theme.findData("system"))
    last.font_size.setValue(last.font_size.minimum())  # "the computer's size"
    assert last.font_size.text() == "The computer's size"
    press_ok(last)
    assert int(settings.value("ui/font_size")) == 0
    assert qapp.palette().color(QPalette.Window) == before_window
    assert qapp.styleSheet() == ""


def test_appearance_at_start_touches_nothing_nobody_changed(qapp, settings):
    font, palette = qapp.font().toString(), qapp.palette().color(QPalette.Window)
    appearance.apply_appearance(settings)
    assert qapp.font().toString() == font and qapp.palette().color(QPalette.Window) == palette
    settings.setValue("ui/font_size", "huge")  # a hand-edited file: ignored
    settings.setValue("ui/theme", "neon")
    assert appearance.font_size(settings) == 0 and appearance.theme(settings) == "system"
    settings.setValue("ui/font_size", 12)
    settings.setValue("ui/theme", "light")
    appearance.apply_appearance(settings)
    assert qapp.font().pointSize() == 12 and qapp.style().name().lower() == "fusion"


# --- database and backups ---------------------------------------------------------------------------
def test_database_and_backup_settings_are_stored_for_the_next_start(qtbot, desk, settings, db_path, tmp_path,
                                                                    monkeypatch):
    other = tmp_path / "elsewhere" / "desk.sqlite"
    monkeypatch.setattr("ui.settings.settings_dialog.QFileDialog.getSaveFileName", lambda *a, **k: (str(other), ""))
    monkeypatch.setattr("ui.settings.settings_dialog.QFileDialog.getExistingDirectory", lambda *a, **k: str(tmp_path / "bk"))
    dialog = open_dialog(qtbot, desk, "sara", settings)
    assert str(db_path) in dialog.db_note.text()  # the file in use now
    assert dialog.backup_keep.value() == 10 and dialog.backup_hours.value() == 24  # defaults
    dialog.choose_db.click()
    dialog.choose_backup.click()
    dialog.backup_keep.setValue(3)
    dialog.backup_hours.setValue(0)
    assert dialog.backup_hours.text() == "Never"
    press_ok(dialog)
    assert settings.value("db/path") == str(other)
    assert settings.value("backup/folder") == str(tmp_path / "bk")
    assert int(settings.value("backup/keep")) == 3 and int(settings.value("backup/hours")) == 0

    monkeypatch.delenv(DB_ENV, raising=False)
    assert app_module.database_path(None, settings) == other
    assert app_module.database_path(tmp_path / "given.sqlite", settings) == tmp_path / "given.sqlite"
    monkeypatch.setenv(DB_ENV, str(tmp_path / "env.sqlite"))
    assert app_module.database_path(None, settings) == tmp_path / "env.sqlite"

    again = open_dialog(qtbot, desk, "sara", settings)
    again.default_db.click()
    press_ok(again)
    monkeypatch.delenv(DB_ENV)
    assert settings.value("db/path") == ""
    assert app_module.database_path(None, settings) == app_module.default_db_path()


# --- the desk's settings in the database --------------------------------------------------------------
def test_a_supervisor_changes_the_organisation_and_the_rating_scale(qtbot, desk, settings):
    dialog = open_dialog(qtbot, desk, "sara", settings)
    fields = dialog.organisation
    assert not fields["organisation_name"].isReadOnly()
    fields["organisation_name"].setText("مسبار Desk")
    fields["organisation_url"].setText("https://desk.example.org")
    table = dialog.ratings
    rows = {table.item(r, 0).text(): r for r in range(table.rowCount())}
    table.item(rows["Misleading"], 1).setText("1.5")
    table.item(rows["Unverifiable"], 2).setCheckState(Qt.Checked)
    dialog.add_rating.click()
    new = table.rowCount() - 1
    table.item(new, 0).setText("Satire")
    table.item(new, 1).setText("٠")  # Arabic-Indic digits are numbers too
    press_ok(dialog)
    assert dialog.result() == QDialog.Accepted, dialog.last_message
    stored = all_settings(desk)
    assert stored["organisation_name"] == "مسبار Desk" and stored["organisation_url"] == "https://desk.example.org"
    scale = dict(ratings(desk))
    assert scale["Misleading"] == 1.5 and scale["Satire"] == 0 and "Unverifiable" not in scale
    assert "Unverifiable" in dict(ratings(desk, include_retired=True))
    actions = {row[0] for row in desk.execute("SELECT entity FROM audit_log WHERE actor = 'sara'")}
    assert {"settings", "rating"} <= actions


def test_a_checker_sees_the_desk_settings_read_only_and_the_core_decides(qtbot, desk, settings):
    dialog = open_dialog(qtbot, desk, "dana", settings)
    assert all(edit.isReadOnly() for edit in dialog.organisation.values())
    assert "Only a supervisor" in dialog.organisation_note.text()
    assert dialog.ratings.editTriggers() == QAbstractItemView.NoEditTriggers and not dialog.add_rating.isEnabled()
    dialog.organisation["organisation_name"].setText("Not allowed")  # as if the field were editable
    press_ok(dialog)
    assert dialog.isVisible() and dialog.result() != QDialog.Accepted
    assert "only a supervisor may change the desk's settings" in dialog.message.text()
    assert dialog.tabs.currentIndex() == 2
    assert all_settings(desk)["organisation_name"] == ""


def test_a_refused_value_shows_the_core_reason_and_the_dialog_stays(qtbot, desk, settings):
    dialog = open_dialog(qtbot, desk, "sara", settings)
    dialog.organisation["organisation_url"].setText("javascript:alert(1)")
    press_ok(dialog)
    assert dialog.isVisible() and "organisation_url" in dialog.last_message
    dialog.organisation["organisation_url"].setText("https://ok.example.org")
    dialog.ratings.item(0, 1).setText("lots")
    press_ok(dialog)
    assert dialog.isVisible() and "not a number" in dialog.last_message and dialog.tabs.currentIndex() == 3
    assert all_settings(desk)["organisation_url"] == "https://ok.example.org"  # stored before the bad value
    dialog.ratings.item(0, 1).setText("5")
    press_ok(dialog)
    assert dialog.result() == QDialog.Accepted


def test_the_desks_glossary_terms_are_listed_and_removed_on_ok(qtbot, desk, settings):
    add_term(desk, "hypersonic", "he", "צירקון", added_by="dana")
    add_term(desk, "visit", "ar", "جولة", added_by="dana")
    dialog = open_dialog(qtbot, desk, "dana", settings)
    table = dialog.glossary
    assert table.rowCount() == 2 and not dialog.remove_term.isEnabled()
    row = next(r for r in range(2) if table.item(r, 2).text() == "جولة")
    table.selectionModel().select(table.model().index(row, 0),  # selectRow() would heed stale modifier keys
                                  QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
    assert dialog.remove_term.isEnabled()
    dialog.remove_term.click()
    assert table.rowCount() == 1 and user_terms(desk) and len(user_terms(desk)) == 2  # not before OK
    press_ok(dialog)
    assert user_terms(desk) == [("hypersonic", "he", "צירקון")]


def test_a_term_is_added_to_the_glossary_from_the_settings_on_ok(qtbot, desk, settings):
    dialog = open_dialog(qtbot, desk, "dana", settings)
    dialog.activateWindow()
    dialog.language.setFocus()
    qtbot.waitUntil(lambda: dialog.language.hasFocus())
    qtbot.keyClick(dialog, Qt.Key_G, Qt.AltModifier)  # &Glossary
    assert dialog.tabs.currentIndex() == 4
    assert dialog.add_glossary_term.accessibleName() == "Add a term to the glossary"
    qtbot.keyClick(dialog, Qt.Key_A, Qt.AltModifier)  # &Add… (Qt clicks the button a moment later)
    qtbot.waitUntil(lambda: getattr(dialog, "glossary_dialog", None) is not None)
    add = dialog.glossary_dialog
    assert add.isVisible() and add.concept.findText("visit") >= 0  # the reader's dialog, the shipped concepts
    add.concept.setCurrentText("bad concept!")
    add.language.setCurrentIndex(add.language.findData("ar"))
    add.term.setText("جولة")
    add.buttons.accepted.emit()
    assert "letters, digits and _" in add.message.text() and add.isVisible()  # the core's rule, at once
    add.concept.setCurrentText("visit")
    add.buttons.accepted.emit()
    assert not add.isVisible()
    table = dialog.glossary
    assert table.rowCount() == 1 and table.item(0, 2).text() == "جولة" and table.item(0, 1).text() == "Arabic"
    assert user_terms(desk) == []  # stored with the rest, on OK
    second = dialog.open_add_term()
    second.concept.setCurrentText("years")
    second.term.setText("years")
    second.buttons.accepted.emit()
    assert table.rowCount() == 2
    row = next(r for r in range(2) if table.item(r, 2).text() == "years")
    table.selectionModel().select(table.model().index(row, 0),
                                  QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
    dialog.remove_term.click()  # added, then thought better of
    press_ok(dialog)
    assert user_terms(desk) == [("visit", "ar", "جولة")]


def test_glossary_concepts_and_languages_read_in_the_interface_language(qtbot, desk, settings):
    add_term(desk, "visit", "he", "סיור", added_by="dana")
    add_term(desk, "joint_drill", "ar", "مناورة", added_by="dana")
    i18n.install_language("ar")
    dialog = open_dialog(qtbot, desk, "dana", settings)
    table = dialog.glossary
    rows = {table.item(r, 2).text(): r for r in range(table.rowCount())}
    assert (table.item(rows["סיור"], 0).text(), table.item(rows["סיור"], 1).text()) == ("زار", "العبرية")
    assert table.item(rows["סיור"], 0).toolTip() == "visit"  # the id, as typed when adding a term
    assert table.item(rows["مناورة"], 0).text() == "مناورة"  # the desk's own concept, by its Arabic term
    assert table.item(rows["مناورة"], 1).text() == "العربية"
    add = dialog.open_add_term()  # the list of concepts to add a term to names the desk's own too
    assert add.concept.itemText(add.concept.findData("joint_drill")) == "مناورة (joint_drill)"


# --- accessibility and keyboard ------------------------------------------------------------------------
INTERNAL = (QAbstractItemView,)  # item views are checked themselves; their viewports and headers are parts


def focusable_controls(dialog) -> list[QWidget]:
    out = []
    for widget in dialog.findChildren(QWidget):
        if widget.focusPolicy() & Qt.TabFocus == 0 or widget.window() is not dialog:
            continue  # not reached by Tab, or part of a popup (a combo box's list)
        parent = widget.parentWidget()
        if isinstance(parent, (QAbstractSpinBox, QComboBox)) or isinstance(parent, INTERNAL) or (
                parent is not None and isinstance(parent.parentWidget(), INTERNAL)):
            continue  # the line edit inside a spin box, a view's viewport
        if type(widget).__name__ == "QTabBar":
            continue
        out.append(widget)
    return out


@pytest.mark.parametrize("language", ["en", "ar", "he"])
def test_every_control_is_named_labelled_and_reachable_by_keyboard(qtbot, desk, settings, language):
    i18n.install_language(language)
    dialog = open_dialog(qtbot, desk, "sara", settings)
    controls = focusable_controls(dialog)
    assert len(controls) > 15
    unnamed = [f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r}" for w in controls if not w.accessibleName()]
    assert not unnamed
    for label in dialog.findChildren(QLabel):
        if re.search(r"&[^&]", label.text()):
            assert label.buddy() is not None, label.text()
    # on each page, the accelerators of its labels and buttons, the tabs and the dialog's buttons differ
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    common = tabs + [b.text() for b in dialog.buttons.findChildren(QAbstractButton)]
    for index in range(dialog.tabs.count()):
        page = dialog.tabs.widget(index)
        texts = common + [w.text() for w in page.findChildren(QLabel)] + [
            w.text() for w in page.findChildren(QAbstractButton)]
        keys = [m.group(1).lower() for t in texts for m in [re.search(r"&([^&])", t)] if m]
        assert len(keys) == len(set(keys)), (language, index, sorted(k for k in keys if keys.count(k) > 1))


def test_keyboard_tab_order_and_accelerators(qtbot, desk, settings):
    dialog = open_dialog(qtbot, desk, "sara", settings)
    dialog.activateWindow()
    dialog.language.setFocus()
    qtbot.waitUntil(lambda: dialog.language.hasFocus())
    qtbot.keyClick(dialog.language, Qt.Key_Tab)
    assert QApplication.focusWidget() in (dialog.font_size, dialog.font_size.findChild(QLineEdit))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
    assert QApplication.focusWidget() is dialog.theme
    qtbot.keyClick(dialog, Qt.Key_D, Qt.AltModifier)  # &Data and backups
    assert dialog.tabs.currentIndex() == 1
    qtbot.keyClick(dialog, Qt.Key_K, Qt.AltModifier)  # &Keep the newest
    assert QApplication.focusWidget() in (dialog.backup_keep, dialog.backup_keep.findChild(QLineEdit))
    qtbot.keyClick(dialog, Qt.Key_R, Qt.AltModifier)  # &Ratings
    qtbot.keyClick(dialog, Qt.Key_T, Qt.AltModifier)  # Ra&ting scale
    assert QApplication.focusWidget() is dialog.ratings
    qtbot.keyClick(dialog.ratings, Qt.Key_Down)
    qtbot.keyClick(dialog.ratings, Qt.Key_Right)
    qtbot.keyClick(dialog.ratings, Qt.Key_Right)  # the Retired column
    assert dialog.ratings.currentColumn() == 2
    qtbot.keyClick(dialog.ratings, Qt.Key_Space)
    assert dialog.ratings.item(dialog.ratings.currentRow(), 2).checkState() == Qt.Checked


def test_screenshot_of_the_settings_dialog(qtbot, desk, settings):
    add_term(desk, "hypersonic", "he", "צירקון", added_by="sara")
    settings.setValue("ui/language", "ar")
    dialog = open_dialog(qtbot, desk, "sara", settings)
    dialog.theme.setCurrentIndex(dialog.theme.findData("high contrast"))
    dialog.font_size.setValue(11)
    dialog.theme.setFocus()
    qtbot.wait(50)
    assert dialog.grab().save(str(SCREENSHOTS / "settings-dialog.png"))


# --- scheduled backups -----------------------------------------------------------------------------------
def test_a_scheduled_backup_is_made_into_the_folder(qtbot, desk, db_path, settings, tmp_path):
    folder = tmp_path / "backups-here"
    folder.mkdir()
    settings.setValue("backup/folder", str(folder))
    settings.setValue("backup/keep", 2)
    timer = BackupTimer(db_path, settings)
    assert timer.timer.isActive()  # never backed up: the first one a few minutes after the start
    assert backup_timer.FIRST_DELAY_MS - 5000 <= timer.remaining_ms() <= backup_timer.FIRST_DELAY_MS + 2000
    for _ in range(3):
        with qtbot.waitSignal(timer.backedUp, timeout=WAIT_MS) as made:
            assert timer.back_up_now() is not None
        assert Path(made.args[0]).parent == folder and Path(made.args[0]).is_file()
    assert len(scheduled_backups(folder)) == 2  # the newest two kept
    assert backup_timer.last_backup(settings) is not None
    remaining_hours = timer.remaining_ms() / 3_600_000
    assert 23.9 < remaining_hours < 24.01  # the next one a whole interval later


def test_a_missing_backup_folder_is_reported_not_fatal(qtbot, desk, db_path, settings, tmp_path):
    settings.setValue("backup/folder", str(tmp_path / "unplugged-disk" / "backups"))
    timer = BackupTimer(db_path, settings)
    with qtbot.waitSignal(timer.reported, timeout=WAIT_MS) as report:
        timer.back_up_now()
    assert "does not exist" in report.args[0] and "unplugged-disk" in report.args[0]
    assert backup_timer.last_backup(settings) is None
    assert timer.remaining_ms() > 23 * 3_600_000  # tried again after an interval, not every few minutes


def test_the_default_backup_folder_is_made_on_a_fresh_install(qtbot, desk, db_path, settings):
    timer = BackupTimer(db_path, settings)
    assert not backup_timer.default_folder(db_path).exists()
    with qtbot.waitSignal(timer.backedUp, timeout=WAIT_MS) as made:
        timer.back_up_on_request()
    assert Path(made.args[0]).parent == backup_timer.default_folder(db_path)


def test_a_backup_asked_for_that_fails_is_reported_as_such(qtbot, desk, db_path, settings, tmp_path):
    settings.setValue("backup/folder", str(tmp_path / "unplugged-disk"))
    timer = BackupTimer(db_path, settings)
    with qtbot.waitSignal(timer.reported, timeout=WAIT_MS) as report:
        timer.back_up_on_request()
    assert report.args[0].startswith("The backup you asked for was not made") and "does not exist" in report.args[0]
    assert not (tmp_path / "unplugged-disk").exists()  # a folder the user chose is never made


def test_the_backup_schedule_follows_the_settings(db_path, settings):
    settings.setValue("backup/hours", 0)
    timer = BackupTimer(db_path, settings)
    assert not timer.timer.isActive()
    settings.setValue("backup/hours", 6)
    settings.setValue("backup/last", (datetime.now(timezone.utc) - timedelta(hours=2)).isoformat())
    timer.schedule()
    assert 3.9 < timer.remaining_ms() / 3_600_000 < 4.01
    settings.setValue("backup/last", (datetime.now(timezone.utc) - timedelta(days=3)).isoformat())
    timer.schedule()  # overdue: soon, not at once
    assert timer.remaining_ms() <= backup_timer.FIRST_DELAY_MS + 2000  # Qt rounds long timers a little
    assert backup_timer.backup_folder(settings, db_path) == db_path.parent / "backups"
    settings.setValue("backup/keep", "many")
    assert backup_timer.backup_keep(settings) == 10
    timer.stop()
    assert not timer.timer.isActive()


# --- a damaged settings file ----------------------------------------------------------------------------------
def test_a_damaged_settings_file_is_set_aside_and_reset(tmp_path):
    path = tmp_path / "workbench.conf"
    broken = b"[user\nname=Layla\n[window]\ngeometry=@ByteArray(\x01\xd9"
    path.write_bytes(broken)
    settings, message = app_module.check_settings(QSettings(str(path), QSettings.IniFormat))
    copies = list(tmp_path.glob("workbench.conf.corrupt-*"))
    assert len(copies) == 1 and copies[0].read_bytes() == broken
    assert message and copies[0].name in message
    assert settings.status() == QSettings.NoError and settings.allKeys() == []
    settings.setValue("user/name", "Layla")
    settings.sync()
    assert QSettings(str(path), QSettings.IniFormat).value("user/name") == "Layla"
    assert app_module.check_settings(settings)[1] is None  # a sound file is left alone

    zeros = tmp_path / "zeros.conf"  # what a crash during a write can leave
    zeros.write_bytes(b"\0" * 4096)
    settings, message = app_module.check_settings(QSettings(str(zeros), QSettings.IniFormat))
    assert message and list(tmp_path.glob("zeros.conf.corrupt-*"))


def test_the_window_starts_after_a_damaged_settings_file_with_one_message(qtbot, tmp_path, monkeypatch, settings_home):
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QDialog

    QCoreApplication.setOrganizationName(app_module.ORGANISATION)
    QCoreApplication.setApplicationName("workbench")
    conf = Path(QSettings().fileName())
    assert conf.is_relative_to(settings_home)
    conf.parent.mkdir(parents=True, exist_ok=True)
    conf.write_bytes(b"[ui]\nlanguage=ar\n[user\nname=Layla\n")
    warnings = []
    monkeypatch.setattr(app_module.QMessageBox, "warning", lambda parent, title, text: warnings.append(text))

    def fake_exec(dialog):
        dialog.name.setText("Layla")
        return QDialog.Accepted

    monkeypatch.setattr(app_module.WhoDialog, "exec", fake_exec)
    monkeypatch.delenv(DB_ENV, raising=False)

    def close_soon():
        for widget in QApplication.topLevelWidgets():
            if widget.__class__.__name__ == "MainWindow" and widget.isVisible():
                widget.close()
        QApplication.instance().quit()

    QTimer.singleShot(300, close_soon)
    assert app_module.main(["--db", str(tmp_path / "desk.sqlite")]) == 0
    assert len(warnings) == 1 and ".corrupt-" in warnings[0]
    assert len(list(conf.parent.glob(conf.name + ".corrupt-*"))) == 1
    assert QSettings().value("user/name") == "Layla"  # the fresh file works
    assert QApplication.layoutDirection() == Qt.LeftToRight  # the damaged file's language is not used


def test_messages_stay_readable_in_every_theme(qapp):
    """Error and warning text is drawn in a colour that contrasts with the theme's window."""
    for theme, error, warning in (("light", "#b00020", "#8a4b00"), ("dark", "#ff8a80", "#ffcc80"),
                                  ("high contrast", "#ff8a80", "#ffcc80")):
        appearance.apply_theme(theme, qapp)
        assert appearance.is_dark() == (theme != "light")
        assert appearance.message_style() == f"color: {error}"
        assert appearance.message_colour("warning") == warning
