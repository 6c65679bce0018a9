"""The desk's dashboard in a window: the charts of ``workbench.publish.report``, drawn by the same
function as the PDF/PNG report on a matplotlib canvas, with Refresh and Save as PDF/PNG.
The figures are a few aggregate SQL queries, fast enough for the GUI thread on a desk's database."""

from __future__ import annotations

from pathlib import Path

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpinBox, QVBoxLayout, QWidget
from sqlite_utils import Database

from ui.kit.appearance import message_style
from ui.kit.core_text import error_text, translated
from workbench.db.store import open_db
from workbench.kernel.errors import WorkbenchError
from workbench.publish import report


class ChartCanvas(FigureCanvasQTAgg):
    """A Qt canvas that draws within the dashboard's chart style: matplotlib makes tick
    labels while drawing, and they must get the dashboard's fonts too."""

    def draw(self) -> None:
        with report.chart_style():
            super().draw()


class DashboardWindow(QWidget):
    """Charts for supervisors over an open workbench database, or the path of one: then it is
    opened here, and closed with the window, which is deleted on close."""

    def __init__(self, db: Database | str | Path, parent: QWidget | None = None, *, weeks: int = report.WEEKS,
                 user: str = ""):
        super().__init__(parent)
        self.setWindowFlag(Qt.Window)
        self.setWindowTitle(self.tr("Desk dashboard"))
        self._owns_db = not isinstance(db, Database)
        self.db = open_db(db, create=False) if self._owns_db else db
        self.setAttribute(Qt.WA_DeleteOnClose, self._owns_db)
        self.figures: report.DeskFigures | None = None
        self.last_message = ""
        self.user = user  # who saves a report: an entry of the audit log

        self.figure = Figure(figsize=(11, 9))
        self.canvas = ChartCanvas(self.figure)
        self.canvas.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.canvas.setAccessibleName(self.tr("Dashboard charts"))
        self.canvas.setAccessibleDescription(self.tr(
            "Verdicts by rating, by language, published per week, waiting for review by age, "
            "and the most-repeated claims"))

        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Dashboard status"))
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.weeks = QSpinBox()
        self.weeks.setRange(1, 104)
        self.weeks.setValue(weeks)
        self.weeks.setSuffix(self.tr(" weeks"))
        self.weeks.setAccessibleName(self.tr("Weeks of publications shown"))
        self.weeks.setToolTip(self.tr("How many weeks the publications chart covers"))
        self.weeks.valueChanged.connect(self.refresh)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the charts"))
        self.refresh_button.setShortcut(QKeySequence.Refresh)
        self.refresh_button.setToolTip(self.tr("Read the figures again from the database (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        self.save_button = QPushButton(self.tr("&Save as PDF/PNG…"))
        self.save_button.setAccessibleName(self.tr("Save the dashboard as a PDF or PNG file"))
        self.save_button.setShortcut(QKeySequence.Save)
        self.save_button.clicked.connect(self.ask_save)

        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        weeks_label = QLabel(self.tr("Publications over"))
        weeks_label.setBuddy(self.weeks)
        bar.addWidget(weeks_label)
        bar.addWidget(self.weeks)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.canvas, 1)
        self.resize(1100, 950)
        self.refresh_button.setFocus()
        self.refresh()

    def refresh(self) -> None:
        """Read the figures again and redraw the charts."""
        try:
            self.figures = report.desk_figures(self.db, weeks=self.weeks.value())
        except WorkbenchError as exc:
            self.notify(error_text(exc), error=True)
            return
        report.draw_dashboard(self.figure, self.figures, translated, rtl=self._mirrored())
        self.canvas.draw_idle()
        f = self.figures
        self.notify(self.tr("{verdicts} verdicts · {waiting} waiting for review · {published} published in "
                            "{weeks} weeks · updated {time}").format(
            verdicts=f.verdicts, waiting=f.waiting_total, published=f.published, weeks=len(f.by_week),
            time=f.now.astimezone().strftime("%H:%M")))

    def ask_save(self) -> report.ReportSummary | None:
        """Ask where to save the report, then write it."""
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save the dashboard"), str(Path.home() / "dashboard.pdf"),
            self.tr("PDF document (*.pdf);;PNG image (*.png)"))
        if not path:
            return None
        if Path(path).suffix.lower() not in report.FORMATS:  # the filter chosen gives the suffix
            path += ".png" if "png" in chosen.lower() else ".pdf"
        return self.save_to(Path(path))

    def save_to(self, path: Path) -> report.ReportSummary | None:
        try:
            summary = report.write_report(self.db, path, weeks=self.weeks.value(), who=self.user, say=translated,
                                         rtl=self._mirrored())
        except WorkbenchError as exc:
            self.notify(self.tr("Not saved: {reason}").format(reason=error_text(exc)), error=True)
            return None
        self.notify(self.tr("Saved {path}").format(path=summary.path))
        return summary

    def _mirrored(self) -> bool:
        """The charts are mirrored when the interface is (Arabic, Hebrew), as its words are translated."""
        return self.layoutDirection() == Qt.RightToLeft

    def notify(self, message: str, error: bool = False) -> None:
        self.last_message = message
        self.status.setText(message)
        self.status.setStyleSheet(message_style() if error else "")

    def closeEvent(self, event) -> None:
        if self._owns_db:
            self.db.close()
        super().closeEvent(event)
