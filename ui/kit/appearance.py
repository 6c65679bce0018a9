"""How the whole application looks: the interface font size and the colour theme.

QSettings ``ui/font_size`` is a point size for menus, docks, tables and dialogs (0 or unset:
the platform's); the reader keeps its own text size (View → Larger text). ``ui/theme`` is
``system`` (the platform's style and palette, untouched), ``light``, ``dark`` or
``high contrast``: these three use Qt's Fusion style with a palette of their own, so they look
the same on every platform. Applied at start (``apply_appearance``) and when the settings
dialog is accepted, to the windows already open too.

Widgets that look different from the rest follow such a change through ``show_as_message``
(message text in the theme's error or warning colour) and ``scale_font`` (text a set factor
larger or smaller than the interface's). A widget with a style sheet of its own would not: Qt
then stops passing it the application's font and palette.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

FONT_KEY = "ui/font_size"
THEME_KEY = "ui/theme"
THEMES = ("system", "light", "dark", "high contrast")
MIN_FONT, MAX_FONT = 6, 32
CUSTOM_STYLE = "Fusion"
# message text (red for errors, amber for warnings) on a light and on a dark window: the light
# theme's red is unreadable on the dark and high-contrast themes
MESSAGE_COLOURS = {"error": ("#b00020", "#ff8a80"), "warning": ("#8a4b00", "#ffcc80")}
# Fusion draws outlines a shade darker than the window: none at all on black. High contrast
# outlines every field in white and shows keyboard focus as a thick yellow frame.
HIGH_CONTRAST_SHEET = """
QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox, QAbstractItemView, QPushButton, QToolButton {
    border: 1px solid #ffffff;
}
QPushButton, QToolButton { padding: 3px 8px; }
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QAbstractSpinBox:focus, QComboBox:focus,
QAbstractItemView:focus, QPushButton:focus, QToolButton:focus, QTabBar::tab:focus {
    border: 2px solid #ffff00;
}
QPushButton:disabled, QToolButton:disabled { border: 1px dashed #b0b0b0; }
"""


class _Platform:
    """The application's font, style and palette before the workbench changed any of them."""

    captured = False
    font: QFont | None = None
    style: str = ""
    palette: QPalette | None = None


def _capture(app: QApplication) -> None:
    if not _Platform.captured:
        _Platform.font = QFont(app.font())
        _Platform.style = app.style().name()
        _Platform.palette = QPalette(app.palette())
        _Platform.captured = True


def font_size(settings: QSettings) -> int:
    """The interface font size in points, or 0 for the platform's."""
    try:
        size = int(settings.value(FONT_KEY, 0) or 0)
    except (TypeError, ValueError):
        return 0
    return size if MIN_FONT <= size <= MAX_FONT else 0


def theme(settings: QSettings) -> str:
    value = str(settings.value(THEME_KEY, "system") or "system")
    return value if value in THEMES else "system"


def apply_font_size(size: int, app: QApplication | None = None) -> None:
    """Set the application font's point size (0: the platform's font)."""
    app = app or QApplication.instance()
    _capture(app)
    font = QFont(_Platform.font)
    if size:
        font.setPointSize(size)
    app.setFont(font)


def is_dark(palette: QPalette | None = None) -> bool:
    return (palette or QApplication.palette()).color(QPalette.Window).lightness() < 128


def message_colour(kind: str = "error", palette: QPalette | None = None) -> str:
    light, dark = MESSAGE_COLOURS[kind]
    return dark if is_dark(palette) else light


def message_style(kind: str = "error", palette: QPalette | None = None) -> str:
    """A style sheet for a message label, readable on the theme in use."""
    return f"color: {message_colour(kind, palette)}"


class _MessageColour(QObject):
    """Keeps its widget's text in the message colour for the widget's palette: set again when
    the palette changes (a theme chosen, a window's own palette)."""

    def __init__(self, widget: QWidget, kind: str):
        super().__init__(widget)
        self.kind = kind
        widget.installEventFilter(self)

    def apply(self, widget: QWidget) -> None:
        colour = QColor(message_colour(self.kind, widget.palette()))
        if widget.palette().color(QPalette.WindowText) != colour:  # setting it sends PaletteChange again
            palette = widget.palette()
            palette.setColor(QPalette.WindowText, colour)
            widget.setPalette(palette)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.PaletteChange:
            self.apply(watched)
        return False


def show_as_message(widget: QWidget, kind: str = "error") -> None:
    """Draw the widget's text in the message colour of ``kind`` ("error", "warning") for the
    theme in use, now and after every change of theme; its font follows the interface's."""
    keeper = widget.findChild(_MessageColour, options=Qt.FindDirectChildrenOnly) or _MessageColour(widget, kind)
    keeper.kind = kind
    keeper.apply(widget)


class _FontScale(QObject):
    def __init__(self, widget: QWidget, factor: float):
        super().__init__(widget)
        self.factor = factor
        QApplication.instance().fontChanged.connect(self.apply)

    def apply(self) -> None:
        size = QApplication.font().pointSizeF()
        if size <= 0:  # an interface font given in pixels: the widget keeps its size
            return
        widget = self.parent()
        font = QFont(widget.font())
        font.setPointSizeF(size * self.factor)
        widget.setFont(font)


def scale_font(widget: QWidget, factor: float) -> None:
    """Size the widget's font ``factor`` times the interface font, now and after every change of
    the font size (a size of its own would stay as it was); its other font settings are kept."""
    scale = widget.findChild(_FontScale, options=Qt.FindDirectChildrenOnly) or _FontScale(widget, factor)
    scale.factor = factor
    scale.apply()


def message_label(accessible_name: str) -> QLabel:
    """The label where a pane or dialog says what went wrong: wrapped, selectable (to copy
    into a report), in the error colour of the theme."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextSelectableByMouse)
    show_as_message(label)
    label.setAccessibleName(accessible_name)
    return label


def _palette(colours: dict[QPalette.ColorRole, str], disabled: dict[QPalette.ColorRole, str]) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role, colour in disabled.items():
        palette.setColor(QPalette.Disabled, role, QColor(colour))
    return palette


def dark_palette() -> QPalette:
    R = QPalette.ColorRole
    return _palette({
        R.Window: "#2b2b2b", R.WindowText: "#e8e8e8", R.Base: "#1e1e1e", R.AlternateBase: "#2b2b2b",
        R.ToolTipBase: "#3c3c3c", R.ToolTipText: "#f0f0f0", R.PlaceholderText: "#9a9a9a", R.Text: "#e8e8e8",
        R.Button: "#353535", R.ButtonText: "#e8e8e8", R.BrightText: "#ff6b6b", R.Light: "#4a4a4a",
        R.Midlight: "#3e3e3e", R.Mid: "#5a5a5a", R.Dark: "#1a1a1a", R.Shadow: "#000000",
        R.Highlight: "#3d7fd6", R.HighlightedText: "#ffffff", R.Link: "#7cb8ff", R.LinkVisited: "#c59cff",
    }, {R.WindowText: "#7a7a7a", R.Text: "#7a7a7a", R.ButtonText: "#7a7a7a", R.Base: "#262626",
        R.Highlight: "#505050", R.HighlightedText: "#a0a0a0"})


def high_contrast_palette() -> QPalette:
    """White on black, yellow selection with black text, every outline white (WCAG contrast 21:1
    for text, 19:1 for the selection)."""
    R = QPalette.ColorRole
    return _palette({
        R.Window: "#000000", R.WindowText: "#ffffff", R.Base: "#000000", R.AlternateBase: "#1a1a1a",
        R.ToolTipBase: "#000000", R.ToolTipText: "#ffffff", R.PlaceholderText: "#d0d0d0", R.Text: "#ffffff",
        R.Button: "#000000", R.ButtonText: "#ffffff", R.BrightText: "#ffff00", R.Light: "#ffffff",
        R.Midlight: "#ffffff", R.Mid: "#ffffff", R.Dark: "#ffffff", R.Shadow: "#ffffff",
        R.Highlight: "#ffff00", R.HighlightedText: "#000000", R.Link: "#00ffff", R.LinkVisited: "#ff80ff",
    }, {R.WindowText: "#b0b0b0", R.Text: "#b0b0b0", R.ButtonText: "#b0b0b0", R.Highlight: "#808000",
        R.HighlightedText: "#000000"})


def apply_theme(name: str, app: QApplication | None = None) -> None:
    """``system`` gives the platform's style and palette back; the others set Fusion and a palette."""
    app = app or QApplication.instance()
    _capture(app)
    if app.styleSheet() == HIGH_CONTRAST_SHEET:
        app.setStyleSheet("")
    if name not in THEMES or name == "system":
        app.setStyle(_Platform.style)
        app.setPalette(_Platform.palette)
        return
    app.setStyle(CUSTOM_STYLE)
    if name == "dark":
        palette = dark_palette()
    elif name == "high contrast":
        palette = high_contrast_palette()
    else:
        palette = app.style().standardPalette()
    app.setPalette(palette)
    if name == "high contrast" and not app.styleSheet():  # a style sheet of someone else's is left alone
        app.setStyleSheet(HIGH_CONTRAST_SHEET)


def apply_appearance(settings: QSettings, app: QApplication | None = None) -> None:
    """Font size and theme from the settings. At start, settings nobody changed touch nothing."""
    app = app or QApplication.instance()
    size, name = font_size(settings), theme(settings)
    if size or _Platform.captured:
        apply_font_size(size, app)
    if name != "system" or _Platform.captured:
        apply_theme(name, app)


def restore_platform(app: QApplication | None = None) -> None:
    """The platform's font, style and palette again (tests; and "system" for both)."""
    app = app or QApplication.instance()
    if app.styleSheet() == HIGH_CONTRAST_SHEET:
        app.setStyleSheet("")
    if _Platform.captured:
        app.setStyle(_Platform.style)
        app.setPalette(_Platform.palette)
        app.setFont(_Platform.font)
