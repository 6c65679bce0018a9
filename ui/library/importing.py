"""Importing in the window: files or a folder chosen, or dropped on the window, read in the
background with progress and Cancel (the window's import job), the library refreshed after, and
the list of what the import left out, with each item's reason."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from ui.kit import tasks
from ui.kit.core_text import translated
from ui.library.import_report import ImportProblemsDialog
from workbench.library.ingest import import_paths


class ImportController(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.last_import = None
        self.problems_dialog: ImportProblemsDialog | None = None

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self.window, self.tr("Import articles"), "",
                                                self.tr("Articles (*.txt *.md *.html *.htm *.json *.jsonl *.csv)"))
        if files:
            self.start_import([Path(f) for f in files])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Import a folder of articles"))
        if folder:
            self.start_import([Path(folder)])

    def start_import(self, paths: list[Path]) -> tasks.Task | None:
        """Import in a pool thread with its own connection; progress and cancel in the status bar."""
        def work(db, progress, cancelled):
            def report(done: int, total: int, path: str) -> None:
                progress(done, total, Path(path).name)  # the whole path would not fit the bar
            return import_paths(db, paths, progress=report, should_cancel=cancelled, who=self.window.user)

        return self.window.import_job.start(self.window.db_path, work, self.tr("Importing…"))

    def end_import(self) -> None:
        self.window._refresh_library()
        self.window.library_model.fetchMore()
        if self.window.article_id is None:
            self.window.open_article(self.window._first_article())
        elif self.window.article_id is not None:
            self.window._select_in_library(self.window.article_id)

    def on_import_finished(self, report) -> None:
        message = self.tr("Imported {added} article(s); {dups} already in the library; {bad} not imported.").format(
            added=len(report.added), dups=len(report.duplicates), bad=len(report.problems))
        if report.restored:
            message += " " + self.tr("{n} earlier version(s) made current again: their files went back to a text "
                                     "imported before.").format(n=len(report.restored))
        if report.cancelled:
            message = self.tr("Import cancelled. ") + message
        if report.problems:
            first = report.problems[0]
            message += " " + self.tr("First problem: {where}: {why}").format(where=translated(first.where()), why=translated(first.reason))
        self.window.notify(message, error=bool(report.problems))
        self.last_import = report
        self.window.problems_action.setEnabled(bool(report.problems))
        if report.problems:
            self.show_import_problems()

    def show_import_problems(self) -> ImportProblemsDialog | None:
        """Every item of the last import that was not imported, with its reason (not modal: the
        library can be worked on beside it)."""
        report = self.last_import
        if report is None or not report.problems:
            return None
        if self.problems_dialog is None:
            self.problems_dialog = ImportProblemsDialog(self.window)
        self.problems_dialog.show_problems(report.problems, len(report.added))
        self.problems_dialog.show()
        self.problems_dialog.raise_()
        return self.problems_dialog

    def on_import_failed(self, message: str) -> None:
        self.window.notify(self.tr("Import failed: {why}").format(why=message), error=True)
