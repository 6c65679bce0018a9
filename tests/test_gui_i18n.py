"""The interface in Arabic and Hebrew: translators, the mirrored layout (articles keeping their own
direction), the translation files themselves, and screenshots of the window in both languages."""

from __future__ import annotations

import ast
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import SimpleNamespace

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import app_state  # noqa: E402
from conftest import ROOT, SCREENSHOTS, import_bad_batch  # noqa: E402
from PySide6.QtCore import QLocale, QSettings, Qt  # noqa: E402
from PySide6.QtGui import QKeySequence  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from ui.app import prepare_database  # noqa: E402
from ui.kit import (
    i18n,  # noqa: E402
    translatable,
)
from ui.kit.words import action_label  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from workbench.db.store import open_db  # noqa: E402

restore_application = app_state.restore_application  # the fixture, for this module's tests

pytestmark = pytest.mark.usefixtures("event_loops_run", "restore_application")

UI = ROOT / "ui"
LANGUAGES = ("ar", "he")
FILE_MENU = {"en": "&File", "ar": "&ملف", "he": "&קובץ"}
VIEW_MENU = {"en": "&View", "ar": "&عرض", "he": "&תצוגה"}
ENGLISH_ARTICLE = """Russia and North Korea agree on new arms talks, officials say

Moscow, Sept. 13 (Wire) - Russian President Vladimir Putin met North Korean leader Kim Jong Un at the \
Vostochny spaceport on Wednesday, and officials said the two sides discussed military cooperation.

"We will help them build satellites," Putin told reporters, according to state media.

A U.S. official said Washington believed North Korea could supply more than 10,000 artillery shells.
"""


def settings_with(tmp_path, **values) -> QSettings:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)
    for key, value in values.items():
        settings.setValue(key, value)
    return settings


def new_window(qtbot, db_path, tmp_path) -> MainWindow:
    prepare_database(db_path)
    win = MainWindow(db_path, "Noa", QSettings(str(tmp_path / "window.ini"), QSettings.IniFormat))
    qtbot.addWidget(win)
    return win


def menu_titles(win) -> list[str]:
    return [action.text() for action in win.menuBar().actions()]


# --- choosing the language ----------------------------------------------------------------------
@pytest.mark.parametrize("language", LANGUAGES)
def test_arabic_and_hebrew_mirror_the_application_and_the_window(qtbot, qapp, db_path, tmp_path, language):
    assert i18n.apply_language(settings_with(tmp_path, **{"ui/language": language})) == language
    assert qapp.layoutDirection() == Qt.RightToLeft
    win = new_window(qtbot, db_path, tmp_path)
    assert win.layoutDirection() == Qt.RightToLeft
    assert win.library_view.layoutDirection() == Qt.RightToLeft  # tables mirror too
    titles = menu_titles(win)
    assert titles[0] == FILE_MENU[language] and VIEW_MENU[language] in titles
    assert win.library_dock.windowTitle() == {"ar": "المكتبة", "he": "ספרייה"}[language]
    # Qt's own strings come from Qt's catalogue, when the Qt installation has one
    if any((folder / f"qtbase_{language}.qm").is_file() for folder in i18n.qt_translation_folders()):
        assert QApplication.translate("QPlatformTheme", "Cancel") != "Cancel"


def test_english_is_left_to_right(qtbot, qapp, db_path, tmp_path):
    i18n.apply_language(settings_with(tmp_path, **{"ui/language": "ar"}))
    assert i18n.apply_language(settings_with(tmp_path, **{"ui/language": "en"})) == "en"  # replaces Arabic
    assert qapp.layoutDirection() == Qt.LeftToRight
    win = new_window(qtbot, db_path, tmp_path)
    assert win.layoutDirection() == Qt.LeftToRight
    assert menu_titles(win)[0] == "&File"


def test_system_follows_the_computer_when_it_speaks_arabic_or_hebrew(tmp_path):
    settings = settings_with(tmp_path)
    assert i18n.chosen_language(settings) == "system"
    assert i18n.effective_language(settings, QLocale(QLocale.Arabic, QLocale.Egypt)) == "ar"
    assert i18n.effective_language(settings, QLocale(QLocale.Hebrew, QLocale.Israel)) == "he"
    assert i18n.effective_language(settings, QLocale(QLocale.French, QLocale.France)) == "en"
    settings.setValue("ui/language", "klingon")  # a hand-edited settings file
    assert i18n.chosen_language(settings) == "system"
    settings.setValue("ui/language", "he")
    assert i18n.effective_language(settings, QLocale(QLocale.Arabic)) == "he"


def test_a_missing_translation_falls_back_to_english(qtbot, qapp, db_path, tmp_path):
    empty = tmp_path / "no-translations"
    empty.mkdir()
    assert i18n.install_language("ar", folder=empty) == "en"
    assert qapp.layoutDirection() == Qt.LeftToRight
    win = new_window(qtbot, db_path, tmp_path)
    assert menu_titles(win)[0] == "&File"
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "workbench_he.qm").write_bytes(b"not a translation file")
    assert i18n.install_language("he", folder=broken) == "en"


def test_docks_start_on_the_reading_side_with_one_tab_bar(qtbot, db_path, tmp_path):
    from PySide6.QtWidgets import QTabBar

    i18n.install_language("he")
    win = new_window(qtbot, db_path, tmp_path)
    assert win.dockWidgetArea(win.library_dock) == Qt.RightDockWidgetArea
    assert win.dockWidgetArea(win.claims_dock) == Qt.LeftDockWidgetArea
    assert win.dockWidgetArea(win.verdict_dock) == Qt.LeftDockWidgetArea
    assert win.verdict_dock in win.tabifiedDockWidgets(win.claims_dock)  # tabbed together
    assert win.dockWidgetArea(win.links_dock) == Qt.BottomDockWidgetArea
    win.resize(1400, 850)
    win.show()
    qtbot.waitExposed(win)
    bars = [b for b in win.findChildren(QTabBar) if b.parentWidget() is win and b.isVisible()]
    assert len(bars) == 1  # the claims and verdict tabs, and no stray bar over other docks' buttons
    claims = win.claims_dock.geometry() if win.claims_dock.isVisible() else win.verdict_dock.geometry()
    assert bars[0].geometry().x() == claims.x()
    i18n.install_language("en")
    english = new_window(qtbot, db_path, tmp_path)
    assert english.dockWidgetArea(english.library_dock) == Qt.LeftDockWidgetArea
    assert english.dockWidgetArea(english.claims_dock) == Qt.RightDockWidgetArea


def block_directions(reader) -> list[tuple[str, Qt.LayoutDirection]]:
    """(text, layout direction) of each non-empty paragraph of the reader."""
    out, block = [], reader.document().begin()
    while block.isValid():
        if block.text().strip():
            out.append((block.text(), block.blockFormat().layoutDirection()))
        block = block.next()
    return out


def test_an_english_article_stays_left_to_right_in_the_arabic_interface(qtbot, db_path, tmp_path):
    from workbench.library.ingest import import_paths

    i18n.install_language("ar")
    prepare_database(db_path)
    folder = tmp_path / "english"
    folder.mkdir()
    (folder / "wire-putin-kim.txt").write_text(ENGLISH_ARTICLE, "utf-8")
    db = open_db(db_path)
    try:
        [english] = import_paths(db, [folder]).added
        arabic = _first_in(db, "ar")
    finally:
        db.close()
    win = new_window(qtbot, db_path, tmp_path)
    win.resizeDocks([win.library_dock, win.claims_dock], [430, 380], Qt.Horizontal)
    win.show()
    qtbot.waitExposed(win)
    win.open_article(english)
    paragraphs = block_directions(win.reader)
    assert paragraphs and all(direction == Qt.LeftToRight for _, direction in paragraphs)
    assert win.layoutDirection() == Qt.RightToLeft and win.reader.layoutDirection() == Qt.RightToLeft
    row = win.library_model.row_of(english)
    assert win.library_model.index(row, 1).data() == "الإنجليزية"  # the language by its name
    assert win.language_filter.findText("الإنجليزية") >= 0
    alignment = Qt.AlignmentFlag(win.library_model.index(row, 0).data(Qt.TextAlignmentRole))
    assert alignment & Qt.AlignLeft and alignment & Qt.AlignAbsolute  # the title on its own side
    qtbot.wait(100)
    assert win.grab().save(str(SCREENSHOTS / "window-ar-english-article.png"))
    win.open_article(arabic)
    assert any(direction == Qt.RightToLeft for _, direction in block_directions(win.reader))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_cores_refusals_and_import_problems_read_in_the_interface_language(qtbot, db_path, tmp_path, language):
    from PySide6.QtCore import QCoreApplication

    from ui.review.verdict_pane import why_not

    i18n.install_language(language)
    win = new_window(qtbot, db_path, tmp_path)
    reasons = import_bad_batch(qtbot, win, tmp_path / "batch")
    assert reasons["empty.txt"] == QCoreApplication.translate("core", "the file is empty") != "the file is empty"
    assert reasons["scan.txt"] == QCoreApplication.translate("core", "it is a PDF document, not text")
    assert win.importing.problems_dialog.model.headerData(1, Qt.Horizontal) != "Reason"
    win.importing.problems_dialog.grab().save(str(SCREENSHOTS / f"import-problems-{language}.png"))
    verdict = SimpleNamespace(id=5, state="draft", sources=[])  # what why_not reads of a verdict
    refusal = why_not("submit", verdict, "Noa", "checker", {"Noa"})  # no source yet
    assert "5" in refusal and re.search("[\u0590-\u06ff]", refusal) and "source" not in refusal


def _first_in(db, language: str) -> int:
    return db.execute("SELECT min(id) FROM articles WHERE language = ? AND is_current = 1", [language]).fetchone()[0]


@pytest.mark.parametrize("language", LANGUAGES)
def test_screenshot_of_the_window(qtbot, db_path, tmp_path, language):
    """docs/screenshots/window-ar.png and window-he.png: the sample library, an article in the
    interface's language open, a suggested claim marked and selected."""
    from ui.reader.commands import MarkClaim

    i18n.install_language(language)
    prepare_database(db_path)
    db = open_db(db_path)
    try:
        article = _first_in(db, language)
    finally:
        db.close()
    win = new_window(qtbot, db_path, tmp_path)
    win.resizeDocks([win.library_dock, win.claims_dock], [430, 380], Qt.Horizontal)
    win.resizeDocks([win.links_dock], [300], Qt.Vertical)
    win.show()
    qtbot.waitExposed(win)
    win.open_article(article)
    first = win.reader.suggestions[0]
    win.undo_stack.push(MarkClaim(win.ops, article, first.start, first.end, "Noa"))
    claim = win.claim_pane.current
    assert claim is not None
    win.select_claim(claim.id)
    win.suggestions.step_suggestion(1)
    suggestion = win.reader.suggestions[win.reader.current_suggestion]
    assert suggestion.reasons
    for reason in suggestion.reasons:  # the cues by their names in the interface language, not their identifiers
        assert QApplication.translate("SuggestionsController", reason.replace("_", " ")) in win.suggestion_label.text()
        assert reason not in win.suggestion_label.text()
    qtbot.waitUntil(lambda: win.linking.link_index is not None or bool(win.linking.index_error), timeout=30000)
    win.select_claim(claim.id)
    qtbot.wait(100)
    assert win.claim_pane.kind.currentText() == QApplication.translate("ClaimPane", claim.kind)  # kinds translated
    assert win.grab().save(str(SCREENSHOTS / f"window-{language}.png"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_menu_shortcuts_read_left_to_right_in_a_mirrored_menu(qtbot, db_path, tmp_path, language):
    """A menu draws what follows a tab in an entry's text as its shortcut: each entry with a
    shortcut carries it there, isolated left to right, so that the Arabic and Hebrew menus read
    "Ctrl+," and "Ctrl++" (Qt's own text for them read ",+Ctrl" and "++Ctrl").
    docs/screenshots/menu-ar.png and menu-he.png: the File and View menus."""
    i18n.install_language(language)
    win = new_window(qtbot, db_path, tmp_path)
    menus = {action.text(): action.menu() for action in win.menuBar().actions()}
    entries = [a for menu in menus.values() for a in menu.actions() if a.shortcuts() and "\t" in a.text()]
    shortcuts = {a.shortcut().toString(QKeySequence.PortableText) for a in entries}
    assert {"Ctrl+,", "Ctrl++", "Ctrl+-"} <= shortcuts
    for action in entries:
        label, keys = action.text().split("\t")
        assert keys == "\u2066" + action.shortcut().toString(QKeySequence.NativeText) + "\u2069", label
        assert action.iconText() == action_label(label) and "\t" not in action.toolTip()
    win.show()
    qtbot.waitExposed(win)
    for name, shot in ((FILE_MENU[language], "menu"), (VIEW_MENU[language], "menu-view")):
        menu = menus[name]
        menu.popup(win.mapToGlobal(win.rect().center()))
        qtbot.waitExposed(menu)
        assert menu.grab().save(str(SCREENSHOTS / f"{shot}-{language}.png"))
        menu.close()


def test_the_software_centre_shows_the_screenshots_written_here():
    """packaging/linux's metadata points at docs/screenshots/window-ar.png and window-he.png, at the
    placeholder site of its home page: the screenshots test_screenshot_of_the_window writes."""
    metainfo = ET.parse(ROOT / "packaging" / "linux" / "org.factcheck.Workbench.metainfo.xml").getroot()
    home = metainfo.findtext("url[@type='homepage']")
    images = [image.text for image in metainfo.iter("image")]
    assert images == [f"{home}docs/screenshots/window-{language}.png" for language in LANGUAGES]
    assert all((ROOT / "docs" / "screenshots" / f"window-{language}.png").is_file() for language in LANGUAGES)
    assert metainfo.find("screenshots/screenshot[@type='default']") is not None


# --- the translation files -------------------------------------------------------------------------
PLACEHOLDER = re.compile(r"\{[a-z_]*(?:![rsa])?(?::[^{}]*)?\}")  # {name}, {name!r}, {count:,}
TAG = re.compile(r"</?[a-z]+>")


def accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


def messages(language: str):
    tree = ET.parse(UI / "i18n" / f"workbench_{language}.ts")
    assert tree.getroot().get("language") == language
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            yield context.find("name").text, message.find("source").text, message.find("translation")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_with_its_placeholders_and_accelerator(language):
    count = 0
    for context, source, translation in messages(language):
        if translation.get("type") in ("obsolete", "vanished"):
            continue
        count += 1
        where = f"{language} {context}: {source!r}"
        assert translation.get("type") != "unfinished" and translation.text, f"untranslated: {where}"
        text = translation.text
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), where
        assert accelerators(text) == accelerators(source), where
        assert TAG.findall(text) == TAG.findall(source), where
        assert source.startswith(" ") == text.startswith(" ") and source.endswith(" ") == text.endswith(" "), where
        if "(*" in source:  # a file-dialog filter: the patterns themselves are not translated
            assert re.findall(r"\(\*[^)]*\)", text) == re.findall(r"\(\*[^)]*\)", source), where
    assert count > 300


def test_menu_accelerators_are_unique_in_each_language(qtbot, db_path, tmp_path):
    for language in ("en", *LANGUAGES):
        i18n.install_language(language)
        win = new_window(qtbot, db_path, tmp_path)
        keys = [re.search(r"&(.)", title).group(1).lower() for title in menu_titles(win)]
        assert len(keys) == len(set(keys)), (language, menu_titles(win))


def test_compiled_translations_are_up_to_date_with_the_sources(tmp_path):
    """ui/i18n/*.qm are committed (and shipped); they must be what lrelease makes of the .ts
    files. After editing a .ts: scripts/update_translations.sh."""
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    for language in LANGUAGES:
        ts, qm = UI / "i18n" / f"workbench_{language}.ts", UI / "i18n" / f"workbench_{language}.qm"
        assert qm.is_file(), f"{qm} is missing: run scripts/update_translations.sh"
        fresh = tmp_path / qm.name
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(fresh)], check=True)
        assert fresh.read_bytes() == qm.read_bytes(), f"{qm.name} is older than {ts.name}: run scripts/update_translations.sh"


def test_the_catalogues_hold_every_string_of_the_interface(tmp_path):
    """A string added to ui/*.py without running scripts/update_translations.sh would show in
    English in an Arabic or Hebrew interface: lupdate over a copy of each catalogue finds none new."""
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    for language in LANGUAGES:
        copy = tmp_path / f"workbench_{language}.ts"
        shutil.copy(UI / "i18n" / copy.name, copy)
        subprocess.run([lupdate, "-silent", "-locations", "none", "-no-obsolete", *map(str, sorted(UI.rglob("*.py"))),
                        "-ts", str(copy)], check=True)
        new = copy.read_text("utf-8").count('type="unfinished"')
        assert new == 0, f"{new} string(s) of ui/*.py are not in {copy.name}: run scripts/update_translations.sh"


def test_the_compiled_translations_sit_where_the_application_loads_them():
    """Shipped as package data (pyproject.toml: ui = ["i18n/*.qm"]) beside ui/kit/i18n.py."""
    for language in LANGUAGES:
        assert (i18n.FOLDER / f"{i18n.CATALOGUE}_{language}.qm").is_file()


def test_strings_translated_from_values_are_listed_for_lupdate():
    """self.tr(variable) and verdict_pane's _tr() are invisible to lupdate: ui/kit/translatable.py
    lists their values, and must follow the code."""
    from ui.kit import textmap
    from ui.library import import_report
    from ui.library.table import ArticleFilter
    from ui.review import history, queue_window, sources_view
    from workbench.review.sources import STANCES

    assert translatable.FOLD_LABELS == tuple(textmap.FOLD_LABELS.values())
    assert set(queue_window.QUEUE_STATES) <= set(translatable.QUEUE_STATES)
    assert tuple(label for _, label in queue_window.ORDERS) == translatable.QUEUE_ORDERS
    assert queue_window.QueueModel.COLUMNS == translatable.QUEUE_COLUMNS
    assert sources_view.SourceTableModel.COLUMNS == translatable.SOURCE_COLUMNS
    assert tuple(STANCES) == translatable.SOURCE_STANCES == translatable.DIALOG_STANCES
    assert history.HistoryDialog.COLUMNS == translatable.HISTORY_COLUMNS
    assert import_report.ProblemTableModel.COLUMNS == translatable.PROBLEM_COLUMNS
    assert ArticleFilter.STATUSES == ("any", "unmarked", "with claims")
    cues = json.loads((ROOT / "workbench" / "data" / "checkworthy.json").read_text("utf-8"))["reasons"]
    assert tuple(cue.replace("_", " ") for cue in cues) == translatable.SUGGESTION_REASONS
    helper_strings = set()
    for path in sorted((UI / "review").glob("*.py")):  # the pane and the dialogs that share its words
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "_tr" and node.args:
                argument = node.args[0]
                if isinstance(argument, ast.Constant):
                    helper_strings.add(argument.value)
    assert helper_strings <= set(translatable.VERDICT_PANE), helper_strings - set(translatable.VERDICT_PANE)


def test_every_language_the_core_tells_apart_has_a_name():
    from workbench.text.language import LANGUAGE_NAMES, LATIN_LANGUAGES

    assert {*LATIN_LANGUAGES, "ar", "he", "fa", "ur", "ru", "uk", "und"} <= set(LANGUAGE_NAMES)


def test_the_workflow_states_shown_in_the_queue_are_listed():
    from workbench.review import workflow

    shown = set(workflow.STATES) - {"merged"}  # state_counts leaves merged verdicts out
    assert shown <= set(translatable.QUEUE_STATES)


# Qt calls that show their string argument to people, and which of their arguments do
SHOWN = {name: (0,) for name in (
    "setText", "setWindowTitle", "setPlaceholderText", "setToolTip", "setAccessibleName", "setAccessibleDescription",
    "setStatusTip", "setWhatsThis", "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QToolButton",
    "addTab", "addMenu", "setTitle", "setSuffix", "setPrefix", "setSpecialValueText", "setInformativeText",
    "setLabelText", "showMessage", "addToolBar", "setTabText", "beginMacro", "addItem", "insertItem", "addButton")}
SHOWN.update({"QAction": (0, 1), "QDockWidget": (0,), "addRow": (0,), "setHorizontalHeaderLabels": (0,),
              "warning": (1, 2), "critical": (1, 2), "information": (1, 2), "question": (1, 2),
              "getOpenFileName": (1, 3), "getOpenFileNames": (1, 3), "getSaveFileName": (1, 3),
              "getExistingDirectory": (1,)})
NOT_WORDS = re.compile(r"^(https?://\S*|[a-z]{2}|[\W\d_]*)$")  # addresses, language codes, symbols


def _untranslated(node) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [] if NOT_WORDS.match(node.value.strip()) else [node.value]
    if isinstance(node, ast.JoinedStr):
        return [ast.unparse(node)] if any(isinstance(v, ast.Constant) and re.search(r"[A-Za-z]{2}", v.value)
                                          for v in node.values) else []
    if isinstance(node, ast.BinOp):
        return _untranslated(node.left) + _untranslated(node.right)
    if isinstance(node, (ast.List, ast.Tuple)):
        return [s for e in node.elts for s in _untranslated(e)]
    if isinstance(node, ast.IfExp):
        return _untranslated(node.body) + _untranslated(node.orelse)
    return []


def test_strings_shown_to_people_go_through_tr():
    """No literal English goes straight to a label, button, title, menu or message box in ui/."""
    found = []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            for index in SHOWN.get(name, ()):
                if index < len(node.args):
                    found += [f"{path.name}:{node.lineno}: {name}({text!r})" for text in _untranslated(node.args[index])]
    assert not found, "\n".join(found)


def test_the_glossary_dialog_names_concepts_in_the_interface_language(qtbot):
    from ui.linking.links_pane import GlossaryDialog

    i18n.install_language("ar")
    saved = []
    dialog = GlossaryDialog(["troops", "visit"], "ar", "زيارة", lambda *row: saved.append(row))
    qtbot.addWidget(dialog)
    index = dialog.concept.findData("visit")
    shown = dialog.concept.itemText(index)
    assert index >= 0 and shown.endswith("(visit)") and re.search("[\u0600-\u06ff]", shown)
    dialog.concept.setCurrentIndex(index)
    dialog.buttons.accepted.emit()
    assert saved == [("visit", "ar", "زيارة")]  # the concept's id is stored, not its name
    dialog = GlossaryDialog(["visit"], "ar", "جولة", lambda *row: saved.append(row))
    qtbot.addWidget(dialog)
    dialog.concept.setCurrentText("tour")  # a new concept, typed
    dialog.buttons.accepted.emit()
    assert saved[-1] == ("tour", "ar", "جولة")
