"""Exporting verdicts from the window: the dialog gathers what to export, the export runs in the
background (the window's export job) with progress and Cancel, and a cancelled or failed export
leaves the previous file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from ui.kit import tasks
from ui.kit.bidi import isolated
from ui.kit.core_text import translated
from ui.publish.export_dialog import ExportDialog, export_task
from workbench.library.articles import languages as library_languages
from workbench.review.verdicts import ratings


class ExportController(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.export_dialog: ExportDialog | None = None
        self.last_export = None

    def open_export(self) -> ExportDialog | None:
        """File → Export: the dialog gathers the choice, the export runs in the background."""
        if self.window.export_task is not None:
            self.window.notify(self.tr("An export is already running."), error=True)
            return None
        folder = Path(self.window.settings.value("export/folder", str(Path.home())))
        dialog = ExportDialog([name for name, _value in ratings(self.window.db)], library_languages(self.window.db), folder, self.window)
        dialog.accepted.connect(lambda: self.start_export(dialog))
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def start_export(self, dialog: ExportDialog) -> tasks.Task | None:
        choice = dialog.choice()
        self.window.settings.setValue("export/folder", str(choice.path.parent))
        return self.window.export_job.start(None, None, self.tr("Exporting to {path}…").format(path=isolated(str(choice.path))),
                                     task=export_task(self.window.db_path, choice, self.window.user))

    def on_export_finished(self, report) -> None:
        self.last_export = report
        path = isolated(str(report.path))
        if report.cancelled:
            message = self.tr("Export cancelled: {path} was not written.").format(path=path)
        else:
            message = self.tr("Exported {n} verdict(s) to {path}.").format(n=report.rows, path=path)
        self.window.notify(" ".join([message, *map(translated, report.problems)]))

    def on_export_failed(self, message: str) -> None:
        self.window.notify(self.tr("Export failed: {why}").format(why=isolated(message)), error=True)
