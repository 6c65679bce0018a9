"""The desk's settings kept in its database: what publication needs to know about the
organisation. Changed by a supervisor, each change in the audit log."""

from __future__ import annotations

import re
from datetime import datetime, timezone

from sqlite_utils import Database

from workbench.db import audit
from workbench.db.store import write_transaction
from workbench.kernel.errors import BadInput, Refused
from workbench.kernel.messages import Message, msg
from workbench.review.people import require_person
from workbench.review.sources import check_url
from workbench.text.textnorm import check_name

KEYS = {
    "organisation_name": "the name published as the author of fact-checks",
    "organisation_url": "the organisation's web site (http or https)",
    "review_url": "the address of a published fact-check, with {id} for the verdict's id "
                  "(default: ORGANISATION_URL/fact-checks/{id})",
}


def get_setting(db: Database, key: str, default: str = "") -> str:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return row[0] if row else default


def all_settings(db: Database) -> dict[str, str]:
    return {key: get_setting(db, key) for key in KEYS}


def review_address(value: str) -> str:
    """The ``review_url`` setting ``value`` checked and encoded as any address is
    (``sources.check_url``), its ``{id}`` kept where the verdict's id goes."""
    mark = "reviewid"
    while mark in value:  # a word the value does not hold, which the address keeps as it is
        mark += "x"
    try:
        encoded = check_url(value.replace("{id}", mark), msg("the address of a verdict's page (review_url)"))
    except BadInput as exc:  # named as it was given, with its {id}
        problem = exc.args[0]
        if isinstance(problem, Message) and isinstance(problem.params.get("url"), str):
            problem = Message(problem.template, {**problem.params, "url": problem.params["url"].replace(mark, "{id}")})
        raise BadInput(problem) from None
    return encoded.replace(mark, "{id}")


def organisation_address(value: str) -> str:
    """The ``organisation_url`` setting ``value``, checked and encoded (``sources.check_url``)."""
    return check_url(value, msg("the organisation's web site (organisation_url)"))


def set_setting(db: Database, key: str, value: str, *, who: str) -> None:
    if key not in KEYS:
        raise BadInput(msg("unknown setting {key!r}; the settings are: {keys}", key=key, keys=", ".join(KEYS)))
    value = value.strip()
    if key == "organisation_name":
        value = " ".join(value.split())
        check_name("name", value)
    if key == "organisation_url" and value:
        value = organisation_address(value)
    if key == "review_url" and value:
        if "{id}" not in value:
            raise BadInput(msg("the address of a verdict's page (review_url) needs {{id}} where the verdict's id goes"))
        other = re.search(r"\{[^{}]*\}", value.replace("{id}", ""))
        if other:  # it would be published as written, in every review's address
            raise BadInput(msg("the address of a verdict's page (review_url) holds {placeholder}; "
                               "{{id}} is the only one it may hold", placeholder=other.group()))
        value = review_address(value)
    with write_transaction(db):
        if require_person(db, who) != "supervisor":
            raise Refused(msg("only a supervisor may change the desk's settings; {who} is not one", who=who))
        db.execute("INSERT INTO settings (key, value, changed_by, changed_at) VALUES (?, ?, ?, ?) "
                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value, changed_by = excluded.changed_by, "
                   "changed_at = excluded.changed_at",
                   [key, value, who, datetime.now(timezone.utc).isoformat(timespec="seconds")])
        audit.record(db, who, "setting", "settings", key, {"value": value})
