"""Messages the core says to people, kept translatable.

The core speaks English (the command line, logs, tests read it), but the window speaks the
fact-checker's language. So a message is built from a fixed English template and its values::

    raise Refused(msg("verdict {id} has no source: add at least one before submitting", id=7))

``msg`` returns a ``Message``: a ``str`` that reads as the English sentence everywhere a string
is expected, and that keeps its template and values so that the interface can look the template
up in its translations and fill in the same values (``ui/kit/core_text.py``). A value that is itself
a ``Message`` is translated too (a reason inside a sentence); a word of the workflow's vocabulary
(a state, a role, an action) is wrapped in ``term`` so that it is translated and not left in
English inside an Arabic sentence.

Templates must be literal strings at the call, or kept in a table through ``template``
(``scripts/core_messages.py`` collects both from the source for the translators); values are filled in with ``str.format``, so a template may use
format specifications (``{count:,}``) and a literal brace is written ``{{``.
"""

from __future__ import annotations

TERMS: tuple[str, ...] = (
    # verdict states (workflow.STATES)
    "draft", "submitted", "approved", "returned", "published", "merged",
    # roles (people.ROLES)
    "checker", "supervisor",
    # workflow actions (workflow.TRANSITIONS)
    "revise", "submit", "withdraw", "approve", "return", "publish", "reopen",
    # revision actions besides those (verdicts' history)
    "create", "merge",
    # fields a person types (verdicts, sources, settings)
    "summary", "rationale", "comment", "title", "note", "name", "URL",
    # more fields a person types (sources, claims, the glossary)
    "publisher", "passage", "statement", "term",
)
"""The vocabulary ``term`` accepts; tests check that it covers the workflow's states, roles and
actions."""


class Message(str):
    """An English sentence that remembers the template and values it was made from."""

    template: str
    params: dict[str, object]

    def __new__(cls, template: str, params: dict[str, object]) -> "Message":
        self = super().__new__(cls, template.format(**params))
        self.template = template
        self.params = params
        return self

    def __reduce__(self):
        # a str subclass would be rebuilt from its English text alone: keep the template
        # (import problems travel from worker processes by pickle)
        return (type(self), (self.template, self.params))


class Term(Message):
    """A word of the workflow's vocabulary, translated on its own."""


def msg(template: str, /, **params: object) -> Message:
    """The English ``template`` filled with ``params``, translatable by the interface."""
    return Message(template, params)


def template(text: str) -> str:
    """Marks a template kept aside and filled by ``msg`` later (a table of sentences), so that
    the translators' list collects it; returns it unchanged."""
    return text


LIST_SEPARATOR = template(", ")  # between the items of a list: "، " in Arabic


def term(word: str) -> Term:
    """``word`` from ``TERMS``, translated where it is shown; an unknown word is a bug."""
    if word not in TERMS:
        raise ValueError(f"{word!r} is not in messages.TERMS")
    return Term(word, {})


def reason_of(exc: BaseException) -> str:
    """The message ``exc`` carries, kept a ``Message`` when it is one (so that a reason passed on
    is still translated), else ``str(exc)``."""
    if len(exc.args) == 1 and isinstance(exc.args[0], Message):
        return exc.args[0]
    return str(exc)
