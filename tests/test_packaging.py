"""The packaging files agree with each other and with the code, without building anything.

The bundle itself is built and smoke-tested by packaging/build-linux.sh (docs/PACKAGING.md).
These checks catch what would break it quietly: a renamed entry point, a desktop entry that
names another executable or icon, metadata that no longer parses, an icon of the wrong size.
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import re
import struct
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
SPECS = [PACKAGING / "workbench.spec", PACKAGING / "windows" / "workbench-windows.spec",
         PACKAGING / "macos" / "workbench-macos.spec"]
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@pytest.fixture(scope="module")
def common():
    """packaging/bundle_common.py: the names every spec uses (importing it needs no PyInstaller)."""
    spec = importlib.util.spec_from_file_location("bundle_common", PACKAGING / "bundle_common.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def desktop(common):
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive: Name[ar], TryExec
    parser.read(LINUX / f"{common.APP_NAME}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


@pytest.fixture(scope="module")
def metainfo(common):
    return ET.parse(LINUX / f"{common.APP_ID}.metainfo.xml").getroot()


def project_version() -> str:
    text = (ROOT / "pyproject.toml").read_text("utf-8")
    return re.search(r'^version\s*=\s*"([^"]+)"', text.split("[project]", 1)[1], re.MULTILINE).group(1)


def defines_function(path: Path, name: str) -> bool:
    return any(isinstance(node, ast.FunctionDef) and node.name == name for node in ast.parse(path.read_text("utf-8")).body)


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    assert data[12:16] == b"IHDR", f"{path}: no IHDR chunk first"
    return struct.unpack(">II", data[16:24])


# -- the desktop entry -------------------------------------------------------------------------

def test_desktop_entry_has_the_required_keys(desktop):
    for key in ("Type", "Name", "Name[ar]", "Name[he]", "Comment", "Comment[ar]", "Comment[he]",
                "Exec", "Icon", "Categories", "Terminal"):
        assert desktop.get(key, "").strip(), f"the desktop entry has no {key}"
    assert desktop["Type"] == "Application"
    assert desktop["Terminal"] == "false"
    assert "Office" in desktop["Categories"].split(";")
    assert desktop["Categories"].endswith(";")
    assert re.search(r"[\u0600-\u06ff]", desktop["Name[ar]"]) and re.search(r"[\u0590-\u05ff]", desktop["Name[he]"])


def test_desktop_entry_runs_the_window_executable_and_names_the_icon(desktop, common):
    assert desktop["Exec"].split()[0] == common.APP_NAME
    assert desktop.get("TryExec", common.APP_NAME) == common.APP_NAME
    assert desktop["Icon"] == common.APP_NAME
    assert desktop.get("StartupWMClass", common.APP_NAME) == common.APP_NAME
    # entry_gui.py gives Wayland the same name as the desktop entry, for the window's icon
    assert f'setDesktopFileName("{common.APP_NAME}")' in common.GUI_ENTRY.read_text("utf-8")


# -- AppStream metadata ------------------------------------------------------------------------

def test_metainfo_has_the_required_elements(metainfo, common):
    assert metainfo.tag == "component" and metainfo.get("type") == "desktop-application"
    assert metainfo.findtext("id") == common.APP_ID
    for tag in ("metadata_license", "project_license", "name", "summary", "description", "content_rating"):
        assert metainfo.find(tag) is not None, f"metainfo has no <{tag}>"
    assert metainfo.find("description").findall("p"), "the description has no paragraph"
    assert metainfo.find("url[@type='homepage']") is not None
    assert metainfo.find("content_rating").get("type", "").startswith("oars-")


def test_metainfo_translates_name_and_summary(metainfo):
    for tag in ("name", "summary"):
        languages = {element.get(XML_LANG) for element in metainfo.findall(tag)}
        assert {None, "ar", "he"} <= languages, f"<{tag}> in {languages}"


def test_metainfo_launches_the_desktop_entry_and_provides_both_binaries(metainfo, common):
    launchable = metainfo.find("launchable")
    assert launchable.get("type") == "desktop-id"
    assert launchable.text == f"{common.APP_NAME}.desktop"
    assert (LINUX / launchable.text).is_file()
    assert {b.text for b in metainfo.findall("provides/binary")} == {common.APP_NAME, "workbench"}


def test_metainfo_release_is_the_project_version(metainfo):
    versions = [release.get("version") for release in metainfo.findall("releases/release")]
    assert versions and versions[0] == project_version()
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", metainfo.find("releases/release").get("date", ""))


# -- icons -------------------------------------------------------------------------------------

@pytest.mark.parametrize("size", ICON_SIZES)
def test_icon_png_of_each_size(size, common):
    path = LINUX / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{common.APP_NAME}.png"
    assert path.is_file(), f"missing {path.relative_to(ROOT)}"
    assert png_size(path) == (size, size)


def test_scalable_icon_is_an_svg(common):
    root = ET.parse(common.ICON_SVG).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox")


def test_windows_and_macos_icons(common):
    ico = (PACKAGING / "windows" / f"{common.APP_NAME}.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 4
    widths = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= widths
    icns = (PACKAGING / "macos" / f"{common.APP_NAME}.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)


# -- the specs and their entry scripts -----------------------------------------------------------

def test_entry_scripts_exist_and_call_the_project_entry_points(common):
    assert common.GUI_ENTRY.is_file() and common.CLI_ENTRY.is_file()
    gui, cli = common.GUI_ENTRY.read_text("utf-8"), common.CLI_ENTRY.read_text("utf-8")
    assert "from ui.app import main" in gui
    assert "from workbench.cli.main import main" in cli
    # the same functions as the console scripts of pyproject.toml
    pyproject = (ROOT / "pyproject.toml").read_text("utf-8")
    assert re.search(r'^workbench-gui\s*=\s*"ui\.app:main"', pyproject, re.MULTILINE)
    assert re.search(r'^workbench\s*=\s*"workbench\.cli:main"', pyproject, re.MULTILINE)
    assert defines_function(ROOT / "ui" / "app.py", "main")
    assert defines_function(ROOT / "workbench" / "cli" / "main.py", "main")


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.name)
def test_spec_builds_both_executables_from_the_entry_scripts(spec):
    text = spec.read_text("utf-8")
    ast.parse(text)  # a spec file is Python
    assert "common.GUI_ENTRY" in text and "common.CLI_ENTRY" in text
    assert "name=APP" in text and 'name="workbench"' in text
    assert "APP = common.APP_NAME" in text
    assert "COLLECT(" in text


def test_the_bundle_finds_the_sample_articles(common):
    """The spec puts data/ at <bundle>/data, beside ui/: where ui/app.py looks for it."""
    import ui
    from ui import app

    assert app.SAMPLE_FOLDER.resolve().relative_to(Path(ui.__file__).resolve().parent.parent) == Path("data")
    assert any(app.SAMPLE_FOLDER.glob("*.txt"))


def test_build_scripts_and_requirements():
    assert (PACKAGING / "build-linux.sh").stat().st_mode & 0o111
    assert (LINUX / "install.sh").stat().st_mode & 0o111
    requirements = (PACKAGING / "requirements.txt").read_text("utf-8")
    assert re.search(r"^pyinstaller==", requirements, re.MULTILINE)
    assert "pyinstaller" not in (ROOT / "pyproject.toml").read_text("utf-8").lower(), \
        "PyInstaller is a build tool, not a dependency of the workbench"


def test_the_bundle_carries_the_interface_translations(common, monkeypatch):
    """The Arabic and Hebrew catalogues go to <bundle>/ui/i18n, where ui/kit/i18n.py looks for them."""
    import sys
    import types

    from ui.kit import i18n

    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_data_files = lambda *args, **kwargs: []
    hooks.copy_metadata = lambda *args, **kwargs: []
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    bundled = {Path(source).name: folder for source, folder in common.datas()}
    package = Path(i18n.__file__).resolve().parents[2]  # the folder holding ui/
    for language in ("ar", "he"):
        name = f"workbench_{language}.qm"
        assert bundled[name] == i18n.FOLDER.resolve().relative_to(package).as_posix()
