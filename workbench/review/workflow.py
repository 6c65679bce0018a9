"""The review workflow of a verdict, as a state machine: who may do what, from which state.

    draft ──submit──▶ submitted ──approve──▶ approved ──publish──▶ published
      ▲                 │   │                  │                     │
      │◀──withdraw──────┘   └──return──▶ returned ◀──return──┘       │
      │◀──revise (any edit) ──────────────────┘                      │
      └◀──────────────────────reopen (a new revision)────────────────┘

The rules live here and only here; the window and the command both ask this
module, so a greyed-out button is a convenience, never the rule itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.kernel.errors import BadInput, Refused
from workbench.kernel.messages import msg, template, term

STATES = ("draft", "submitted", "approved", "returned", "published", "merged")
SUPERVISOR = "supervisor"
REVIEWED = ("approved", "published")
"""States in which a verdict is what a supervisor reviewed: only a supervisor changes it, or
what it covers (its claims, merges)."""


@dataclass(frozen=True)
class Transition:
    sources: tuple[str, ...]
    target: str
    role: str | None = None  # None: any registered person


TRANSITIONS: dict[str, Transition] = {
    "revise": Transition(("draft", "returned"), "draft"),
    "submit": Transition(("draft",), "submitted"),
    "withdraw": Transition(("submitted",), "draft"),
    "approve": Transition(("submitted",), "approved", SUPERVISOR),
    "return": Transition(("submitted", "approved"), "returned", SUPERVISOR),
    "publish": Transition(("approved",), "published", SUPERVISOR),
    "reopen": Transition(("published",), "draft", SUPERVISOR),
}

_WHY_NOT = {
    ("revise", "submitted"): msg("it is submitted and waiting for review: withdraw it first"),
    ("revise", "approved"): msg("it is approved: a supervisor returns it first"),
    ("revise", "published"): msg("it is published: a supervisor reopens it as a new revision"),
    ("revise", "merged"): msg("it was merged into another verdict"),
    ("submit", "returned"): msg("it was returned: revise it first (it goes back to draft)"),
    ("publish", "submitted"): msg("it is not approved yet"),
}

_CANNOT = {  # one whole sentence per action: translations need them whole
    "revise": template("verdict {id} cannot be changed: {why}"),
    "submit": template("verdict {id} cannot be submitted: {why}"),
    "withdraw": template("verdict {id} cannot be withdrawn: {why}"),
    "approve": template("verdict {id} cannot be approved: {why}"),
    "return": template("verdict {id} cannot be returned: {why}"),
    "publish": template("verdict {id} cannot be published: {why}"),
    "reopen": template("verdict {id} cannot be reopened: {why}"),
}

AUTHORING = ("create", "revise", "submit", "reopen")
"""Revision actions that make a person an author of a verdict, for the four-eyes rule."""


def target_state(action: str) -> str:
    return TRANSITIONS[action].target


def check(action: str, *, verdict_id: int, state: str, who: str, role: str, authors: set[str],
          source_count: int = 0, comment: str = "") -> None:
    """Raise ``Refused`` (or ``BadInput`` for a missing comment) naming the rule that
    forbids ``who`` (with ``role``) to do ``action`` on the verdict in ``state``."""
    if action not in TRANSITIONS:
        raise BadInput(msg("unknown action {action!r}; one of {actions}", action=action, actions=", ".join(TRANSITIONS)))
    rule = TRANSITIONS[action]
    if state not in rule.sources:
        why = _WHY_NOT.get((action, state)) or msg("it is {state}", state=term(state))
        raise Refused(msg(_CANNOT[action], id=verdict_id, why=why))
    if rule.role and role != rule.role:
        raise Refused(msg("only a supervisor may {action} a verdict; {who} is a {role}",
                          action=term(action), who=who, role=term(role)))
    if action == "approve" and who in authors:
        raise Refused(msg("{who} wrote or submitted verdict {id} and cannot approve it too: "
                          "another supervisor must (four-eyes rule)", who=who, id=verdict_id))
    if action == "submit" and source_count == 0:
        raise Refused(msg("verdict {id} has no source: add at least one before submitting", id=verdict_id))
    if action == "return" and not comment.strip():
        raise BadInput(msg("returning a verdict needs a comment saying what to change"))


def allowed(action: str, **facts) -> bool:
    """Whether ``check`` would let the action through (for enabling buttons)."""
    try:
        check(action, comment="-", **facts)
    except (Refused, BadInput):
        return False
    return True
