"""Strings the interface translates at run time from a value -- ``self.tr(state)``,
``_tr(column)`` -- listed here for ``pyside6-lupdate``, which only collects literals inside
``tr()``/``translate()``/``QT_TRANSLATE_NOOP()``. Each under the context (class name) of the
code that translates it. Nothing imports this module to run; tests/test_gui_i18n.py checks
that these lists still match the values the code uses.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

# reader/marking.MarkingController._span_from_selection: self.tr(span), a reason from ui/kit/textmap.py
SELECTION = (
    QT_TRANSLATE_NOOP("MarkingController", "the selection reaches into folded boilerplate; unfold it first"),
)

# reader/suggestions.SuggestionsController.show_suggestion: self.tr(reason) for the cues of workbench/data/checkworthy.json
# (their names there, "_" read as a space)
SUGGESTION_REASONS = (
    QT_TRANSLATE_NOOP("SuggestionsController", "quantity"),
    QT_TRANSLATE_NOOP("SuggestionsController", "attribution"),
    QT_TRANSLATE_NOOP("SuggestionsController", "quotation"),
    QT_TRANSLATE_NOOP("SuggestionsController", "denial"),
    QT_TRANSLATE_NOOP("SuggestionsController", "prediction"),
    QT_TRANSLATE_NOOP("SuggestionsController", "sanctions and force"),
    QT_TRANSLATE_NOOP("SuggestionsController", "comparison"),
)

# reader.ReaderView._fold_label: self.tr(FOLD_LABELS[kind]) (ui/kit/textmap.py stays free of Qt)
FOLD_LABELS = (
    QT_TRANSLATE_NOOP("ReaderView", "Subscription notice"),
    QT_TRANSLATE_NOOP("ReaderView", "Comment form"),
    QT_TRANSLATE_NOOP("ReaderView", "CAPTCHA"),
    QT_TRANSLATE_NOOP("ReaderView", "Share buttons"),
    QT_TRANSLATE_NOOP("ReaderView", "“Read also” links"),
    QT_TRANSLATE_NOOP("ReaderView", "Credits"),
    QT_TRANSLATE_NOOP("ReaderView", "Reading time"),
    QT_TRANSLATE_NOOP("ReaderView", "Details table"),
    QT_TRANSLATE_NOOP("ReaderView", "Site promotion"),
    QT_TRANSLATE_NOOP("ReaderView", "Repeated paragraph"),
    QT_TRANSLATE_NOOP("ReaderView", "Separator"),
    QT_TRANSLATE_NOOP("ReaderView", "Page footer"),
)

# queue_window.QueueWindow: self.tr(state) for the state filter and the counts, self.tr(label) for ORDERS
QUEUE_STATES = (
    QT_TRANSLATE_NOOP("QueueWindow", "draft"),
    QT_TRANSLATE_NOOP("QueueWindow", "submitted"),
    QT_TRANSLATE_NOOP("QueueWindow", "approved"),
    QT_TRANSLATE_NOOP("QueueWindow", "returned"),
    QT_TRANSLATE_NOOP("QueueWindow", "published"),
)
QUEUE_ORDERS = (
    QT_TRANSLATE_NOOP("QueueWindow", "longest waiting"),
    QT_TRANSLATE_NOOP("QueueWindow", "largest cluster"),
)

# queue_window.QueueModel.headerData: self.tr(COLUMNS[section])
QUEUE_COLUMNS = (
    QT_TRANSLATE_NOOP("QueueModel", "Waiting"),
    QT_TRANSLATE_NOOP("QueueModel", "Rating"),
    QT_TRANSLATE_NOOP("QueueModel", "Summary"),
    QT_TRANSLATE_NOOP("QueueModel", "Checker"),
    QT_TRANSLATE_NOOP("QueueModel", "Languages"),
    QT_TRANSLATE_NOOP("QueueModel", "Claims"),
    QT_TRANSLATE_NOOP("QueueModel", "Quote"),
)

# verdict_pane.SourceTableModel: self.tr(COLUMNS[section]) and self.tr(source.stance)
SOURCE_COLUMNS = (
    QT_TRANSLATE_NOOP("SourceTableModel", "Stance"),
    QT_TRANSLATE_NOOP("SourceTableModel", "Source"),
    QT_TRANSLATE_NOOP("SourceTableModel", "Publisher"),
    QT_TRANSLATE_NOOP("SourceTableModel", "Published"),
    QT_TRANSLATE_NOOP("SourceTableModel", "Accessed"),
    QT_TRANSLATE_NOOP("SourceTableModel", "Repeats"),
)
SOURCE_STANCES = (
    QT_TRANSLATE_NOOP("SourceTableModel", "supports"),
    QT_TRANSLATE_NOOP("SourceTableModel", "contradicts"),
)
# verdict_pane.SourceDialog: self.tr(stance)
DIALOG_STANCES = (
    QT_TRANSLATE_NOOP("SourceDialog", "supports"),
    QT_TRANSLATE_NOOP("SourceDialog", "contradicts"),
)

# verdict_pane: _tr(column) for HistoryDialog.COLUMNS, and _tr("...") (a helper lupdate does not know)
HISTORY_COLUMNS = (
    QT_TRANSLATE_NOOP("VerdictPane", "Rev."),
    QT_TRANSLATE_NOOP("VerdictPane", "Action"),
    QT_TRANSLATE_NOOP("VerdictPane", "Who"),
    QT_TRANSLATE_NOOP("VerdictPane", "When"),
    QT_TRANSLATE_NOOP("VerdictPane", "State"),
    QT_TRANSLATE_NOOP("VerdictPane", "Rating"),
    QT_TRANSLATE_NOOP("VerdictPane", "Comment"),
)
VERDICT_PANE = (
    QT_TRANSLATE_NOOP("VerdictPane", "{who} is not a person of this desk"),
    QT_TRANSLATE_NOOP("VerdictPane", "The verdict changed"),
    QT_TRANSLATE_NOOP("VerdictPane", "Reload shows their version (your edits are dropped; copy what you need "
                                     "first). Keep editing leaves your edits in the form."),
    QT_TRANSLATE_NOOP("VerdictPane", "Reload"),
    QT_TRANSLATE_NOOP("VerdictPane", "Keep editing"),
    QT_TRANSLATE_NOOP("VerdictPane", "rating: {value}"),
    QT_TRANSLATE_NOOP("VerdictPane", "summary: {value}"),
    QT_TRANSLATE_NOOP("VerdictPane", "checker: {value}"),
    QT_TRANSLATE_NOOP("VerdictPane", "{n} source(s)"),
    QT_TRANSLATE_NOOP("VerdictPane", "rationale:"),
    QT_TRANSLATE_NOOP("VerdictPane", "(no change of content: {action})"),
    QT_TRANSLATE_NOOP("VerdictPane", "article {id}"),
)

# for the window's File → Settings… action (ui/settings/settings_dialog.py), translated before it is added
WINDOW_SETTINGS = (
    QT_TRANSLATE_NOOP("MainWindow", "Settings…"),
    QT_TRANSLATE_NOOP("MainWindow", "Open the settings"),
)

# import_report.ProblemTableModel.headerData: self.tr(COLUMNS[section])
PROBLEM_COLUMNS = (
    QT_TRANSLATE_NOOP("ProblemTableModel", "File"),
    QT_TRANSLATE_NOOP("ProblemTableModel", "Reason"),
)
