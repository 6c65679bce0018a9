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

from .errors import BadInput, Refused

STATES = ("draft", "submitted", "approved", "returned", "published", "merged")
SUPERVISOR = "supervisor"


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
    ("revise", "submitted"): "it is submitted and waiting for review: withdraw it first",
    ("revise", "approved"): "it is approved: a supervisor returns it first",
    ("revise", "published"): "it is published: a supervisor reopens it as a new revision",
    ("revise", "merged"): "it was merged into another verdict",
    ("submit", "returned"): "it was returned: revise it first (it goes back to draft)",
    ("publish", "submitted"): "it is not approved yet",
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
        raise BadInput(f"unknown action {action!r}; one of {', '.join(TRANSITIONS)}")
    rule = TRANSITIONS[action]
    if state not in rule.sources:
        why = _WHY_NOT.get((action, state), f"it is {state}")
        raise Refused(f"verdict {verdict_id} cannot be {_past(action)}: {why}")
    if rule.role and role != rule.role:
        raise Refused(f"only a supervisor may {action} a verdict; {who} is a {role}")
    if action == "approve" and who in authors:
        raise Refused(f"{who} wrote or submitted verdict {verdict_id} and cannot approve it too: "
                      f"another supervisor must (four-eyes rule)")
    if action == "submit" and source_count == 0:
        raise Refused(f"verdict {verdict_id} has no source: add at least one before submitting")
    if action == "return" and not comment.strip():
        raise BadInput("returning a verdict needs a comment saying what to change")


def allowed(action: str, **facts) -> bool:
    """Whether ``check`` would let the action through (for enabling buttons)."""
    try:
        check(action, comment="-", **facts)
    except (Refused, BadInput):
        return False
    return True


def _past(action: str) -> str:
    return {"submit": "submitted", "approve": "approved", "return": "returned", "publish": "published",
            "reopen": "reopened", "withdraw": "withdrawn", "revise": "changed"}[action]
