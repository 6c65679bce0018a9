"""The core's messages reach the window in its language: templates kept with their values,
collected for the translators, translated with the values filled in, English where no
translation fits."""

from __future__ import annotations

import ast
import os
import pickle
import subprocess
import sys

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import app_state  # noqa: E402
from conftest import ROOT  # noqa: E402

from workbench.kernel.errors import BadInput, Refused, WorkbenchError  # noqa: E402
from workbench.kernel.messages import TERMS, Term, msg, term  # noqa: E402
from workbench.review import (
    people,  # noqa: E402
    workflow,
)

restore_application = app_state.restore_application

ERRORS = {"WorkbenchError", "BadInput", "DatabaseError", "NotFound", "Refused", "Conflict"}
COMMAND_LINE_ONLY = {"cli/main.py", "cli/export.py", "cli/verdicts.py", "cli/terminal.py", "__main__.py",
                     "linking/evaluation.py"}


def refusal(**facts) -> Refused:
    base = dict(verdict_id=12, state="draft", who="Noa", role="checker", authors={"Noa"}, source_count=1)
    with pytest.raises((Refused, BadInput)) as caught:
        workflow.check(**{"action": "submit", **base, **facts})
    return caught.value


def test_a_message_reads_as_its_english_sentence_and_keeps_its_template():
    text = msg("verdict {id} has {count:,} sources; {why}", id=7, count=12000, why=msg("it is {state}", state=term("draft")))
    assert text == "verdict 7 has 12,000 sources; it is draft"
    assert isinstance(text, str) and text.template == "verdict {id} has {count:,} sources; {why}"
    assert text.params["why"].params["state"].template == "draft"


def test_a_message_keeps_its_template_through_pickling():
    """Import problems come back from worker processes by pickle."""
    text = pickle.loads(pickle.dumps(msg("it is {state}", state=term("returned"))))
    assert text == "it is returned" and text.template == "it is {state}"
    assert type(text.params["state"]) is Term and text.params["state"] == "returned"
    braces = pickle.loads(pickle.dumps(msg("a literal {{brace}} and {x}", x="{not a field}")))
    assert braces == "a literal {brace} and {not a field}"


def test_terms_are_the_workflows_words():
    assert set(workflow.STATES) | set(people.ROLES) | set(workflow.TRANSITIONS) <= set(TERMS)
    with pytest.raises(ValueError):
        term("drafted")


def test_the_workflow_refuses_in_whole_sentences():
    exc = refusal(state="returned")
    assert str(exc) == "verdict 12 cannot be submitted: it was returned: revise it first (it goes back to draft)"
    assert exc.args[0].template == "verdict {id} cannot be submitted: {why}"
    assert str(refusal(action="approve", state="submitted")) == \
        "only a supervisor may approve a verdict; Noa is a checker"


def test_the_translators_list_holds_every_template_of_the_core():
    """ui/kit/core_messages.py is what scripts/core_messages.py makes of the source."""
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "core_messages.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_the_core_raises_its_errors_with_translatable_messages():
    """A new ``raise Refused(f"...")`` would reach an Arabic or Hebrew window in English."""
    untranslatable = []
    for path in sorted((ROOT / "workbench").rglob("*.py")):
        where = path.relative_to(ROOT / "workbench").as_posix()
        if where in COMMAND_LINE_ONLY:
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
                called = node.exc.func
                name = called.id if isinstance(called, ast.Name) else getattr(called, "attr", "")
                if name in ERRORS and node.exc.args and isinstance(node.exc.args[0], (ast.Constant, ast.JoinedStr)):
                    untranslatable.append(f"{where}:{node.lineno}")
    assert untranslatable == []


# --- in the window's language -------------------------------------------------------------------------
@pytest.fixture
def arabic(qapp, restore_application):
    from ui.kit import i18n

    assert i18n.install_language("ar", qapp) == "ar"
    yield qapp


def test_a_refusal_reads_in_arabic_with_its_values_and_its_reason(arabic):
    from PySide6.QtCore import QCoreApplication

    from ui.kit.core_text import error_text

    exc = refusal(state="returned")
    shown = error_text(exc)
    why = QCoreApplication.translate("core", "it was returned: revise it first (it goes back to draft)")
    assert why != "it was returned: revise it first (it goes back to draft)"
    assert "12" in shown and why in shown and "verdict" not in shown
    role = error_text(refusal(action="approve", state="submitted"))
    assert "Noa" in role and QCoreApplication.translate("core term", "checker") in role and "checker" not in role


def test_text_from_outside_the_core_and_broken_translations_stay_readable(arabic):
    from ui.kit.core_text import error_text, translated

    assert error_text(OSError(13, "Permission denied")) == "[Errno 13] Permission denied"
    assert translated("plain words") == "plain words"
    unknown = msg("a sentence nobody translated, about {thing}", thing="X")
    assert translated(unknown) == "a sentence nobody translated, about \u2068X\u2069"  # its value isolated
    assert error_text(WorkbenchError("two", "arguments")) == str(WorkbenchError("two", "arguments"))


def test_values_keep_their_own_order_in_a_right_to_left_sentence(arabic):
    """A path or an address is isolated: in an Arabic sentence "/tmp/a.txt" must not read "tmp/a.txt/"."""
    from ui.kit.core_text import translated

    text = translated(msg("{path} (record {record})", path="/tmp/a.csv", record=3))
    assert "\u2068/tmp/a.csv\u2069" in text and "3" in text
    quoted = translated(msg("unknown rating {rating!r}; the scale is: {offered}", rating="Fals", offered="True, False"))
    assert "\u2068'Fals'\u2069" in quoted and "\\u" not in quoted  # the quotes inside the isolates, no escapes


def test_the_dashboards_week_axis_reads_in_the_windows_language(arabic):
    from datetime import date

    from ui.kit.core_text import translated
    from workbench.publish.report import week_label

    assert week_label(date(2024, 3, 4)) == "W10\n4 Mar"
    shown = week_label(date(2024, 3, 4), translated)
    assert "مارس" in shown and "الأسبوع" in shown and "Mar" not in shown and "W" not in shown
    assert shown.replace("\u2068", "").replace("\u2069", "") == "الأسبوع 10\n4 مارس"
