#!/usr/bin/env python
"""Write ui/kit/core_messages.py: every message template of the core, for the translators.

``pyside6-lupdate`` reads only ui/*.py, and only literals inside tr()/QT_TRANSLATE_NOOP(); the
core's messages are ``msg("...")`` and ``template("...")`` calls and the words of
``messages.TERMS`` (see workbench/kernel/messages.py). This script collects them from the source and
lists them under the contexts the interface translates them in (``ui/kit/core_text.py``).
scripts/update_translations.sh runs it before lupdate; a test checks that the file is current.

    python scripts/core_messages.py            # rewrite ui/kit/core_messages.py
    python scripts/core_messages.py --check    # exit 1 if it is not current
"""

from __future__ import annotations

import ast
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORE = ROOT / "workbench"
OUT = ROOT / "ui" / "kit" / "core_messages.py"
MARKERS = ("msg", "template")


def _called(node: ast.Call) -> str | None:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def templates(folder: Path = CORE) -> dict[str, list[str]]:
    """Each template found, with the files it is in (first use order kept per file)."""
    found: dict[str, list[str]] = {}
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _called(node) in MARKERS and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    found.setdefault(first.value, [])
                    where = path.relative_to(folder).as_posix()
                    if where not in found[first.value]:
                        found[first.value].append(where)
    return found


def non_literal_calls(folder: Path = CORE) -> list[str]:
    """``msg(x)`` calls whose template is not a literal nor read from a table (``d[k]``, or a
    name bound to a table's entry): such a template would never reach the translators."""
    bad = []
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _called(node) in MARKERS and node.args:
                first = node.args[0]
                literal = isinstance(first, ast.Constant) and isinstance(first.value, str)
                if not literal and not (_called(node) == "msg" and isinstance(first, (ast.Subscript, ast.Name))):
                    bad.append(f"{path.relative_to(folder).as_posix()}:{node.lineno}")
    return bad


def _quoted(text: str) -> str:
    """A double-quoted Python literal of ``text`` (lupdate's parser reads these best)."""
    return json.dumps(text, ensure_ascii=False)


def render() -> str:
    sys.path.insert(0, str(ROOT))
    from ui.kit.i18n import CORE_CONTEXT, CORE_TERM_CONTEXT
    from workbench.kernel.messages import TERMS

    lines = [
        '"""The core\'s messages and words, for pyside6-lupdate. Written by scripts/core_messages.py:',
        'do not edit (run it, then scripts/update_translations.sh). Nothing imports this module."""',
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "MESSAGES = (",
    ]
    for text, files in sorted(templates().items(), key=lambda item: (item[1][0], item[0])):
        lines.append(f"    QT_TRANSLATE_NOOP({_quoted(CORE_CONTEXT)}, {_quoted(text)}),  # {', '.join(files)}")
    lines += [")", "", "TERMS = ("]
    lines += [f"    QT_TRANSLATE_NOOP({_quoted(CORE_TERM_CONTEXT)}, {_quoted(word)})," for word in TERMS]
    lines += [")", ""]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    bad = non_literal_calls()
    if bad:
        print("templates that are not literal strings: " + ", ".join(bad), file=sys.stderr)
        return 1
    text = render()
    if "--check" in argv:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            print(f"{OUT.relative_to(ROOT)} is not current: run scripts/core_messages.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
