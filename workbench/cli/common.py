"""What the ``workbench`` commands share: the types of their arguments (ids, claims,
languages, finite numbers), the context of a run (database, person acting, terminal) and
how they print JSON. The command modules (main, export, verdicts) import it; it imports none
of them."""

from __future__ import annotations

import getpass
import math
from pathlib import Path

import click

from workbench.claims.marking import claim_by_external
from workbench.cli.terminal import Printer, json_text, resolve_mode
from workbench.db.store import open_db
from workbench.text.language import LANGUAGE_NAMES


class LanguageCode(click.ParamType):
    """A language code the library tells apart (``ar``, ``he``, ``en``…), in any case; empty for
    none. An unknown code is a usage error: as a filter it would quietly find nothing."""

    name = "code"

    def convert(self, value, param, ctx) -> str:
        code = str(value).strip().lower()
        if code and code not in LANGUAGE_NAMES:
            self.fail(f"{value!r} is not a language the library tells apart; one of: {', '.join(LANGUAGE_NAMES)}",
                      param, ctx)
        return code


LANGUAGE = LanguageCode()

SQLITE_LARGEST = 2**63 - 1  # SQLite's integers are signed 64-bit: an id is never larger


def _shown(value) -> str:
    """A value given, quoted for a message (any control character escaped), clipped if long."""
    text = repr(str(value))
    return text if len(text) <= 42 else text[:40] + "…'"


class WholeNumber(click.ParamType):
    """An id (of an article, claim, verdict, source article…), or a count that reaches SQL: a
    whole number from ``minimum`` (1 for an id; 0 where 0 means something, as ``--after 0``)
    to 2^63 - 1, the largest integer SQLite holds. Anything else is a usage error naming the
    argument: a larger number would end in an OverflowError, a negative one find nothing."""

    def __init__(self, minimum: int = 1, name: str = "id"):
        self.minimum = minimum
        self.name = name

    def convert(self, value, param, ctx) -> int:
        number = value if isinstance(value, int) and not isinstance(value, bool) else None
        if number is None:
            try:
                number = int(str(value).strip())  # as click.INT: Arabic-Indic digits are digits too
            except ValueError:
                pass
        if number is None or not self.minimum <= number <= SQLITE_LARGEST:
            self.fail(f"must be a whole number between {self.minimum} and {SQLITE_LARGEST}, not {_shown(value)}",
                      param, ctx)
        return number


ID = WholeNumber(1)
ID_OR_ZERO = WholeNumber(0)
COUNT = WholeNumber(1, "integer")
COUNT_OR_ZERO = WholeNumber(0, "integer")


class ClaimRef(click.ParamType):
    """A claim as ``links.resolve_claim`` finds it: its id (``12`` or ``#12``), or the external id
    it was imported with. Digits that cannot be an id (2^63 or more; digits other than 0-9,
    such as ``²``) can only be an external id: a claim imported with it, else a usage error."""

    name = "claim"

    def convert(self, value, param, ctx) -> str:
        text = str(value).strip().removeprefix("#")
        if not text.isdigit():
            return value
        try:
            if int(text) <= SQLITE_LARGEST:
                return value
        except ValueError:
            pass
        obj = ctx.find_object(Context) if ctx is not None else None
        found = claim_by_external(obj.db, text) if obj is not None else None
        if found is None:
            self.fail(f"must be a claim's id, a whole number between 1 and {SQLITE_LARGEST}, or the external id "
                      f"it was imported with; no claim was imported as {_shown(text)}", param, ctx)
        return str(found)


CLAIM = ClaimRef()


class Finite(click.FloatRange):
    """A number in a range, never NaN (which ``click.FloatRange`` lets through: it compares
    with nothing)."""

    def convert(self, value, param, ctx) -> float:
        number = super().convert(value, param, ctx)
        if math.isnan(number):
            self.fail(f"must be a number between {self.min} and {self.max}, not {_shown(value)}", param, ctx)
        return number


class Context:
    def __init__(self, db_path: Path, bidi: str | None, user: str | None = None):
        self.db_path = db_path
        self.bidi = bidi
        self.user = user or getpass.getuser()
        self._db = None

    @property
    def db(self):
        """The database, which must exist already: reading commands never create one."""
        if self._db is None:
            self._db = open_db(self.db_path, create=False)
        return self._db

    def writable_db(self):
        """The database, created if it does not exist yet."""
        if self._db is None:
            self._db = open_db(self.db_path)
        return self._db

    def printer(self) -> Printer:
        return Printer(resolve_mode(self.bidi))


def emit_json(data) -> None:
    click.echo(json_text(data))  # not through echo: the strings must read back exactly


USER_ENV = "WORKBENCH_USER"


def clip(text: str, width: int) -> str:
    """``text`` on one line (tabs and line breaks would break a table's columns) of at most ``width``."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def acting_user() -> str:
    """Who is acting: ``--user``, else $WORKBENCH_USER, else the login name."""
    return click.get_current_context().find_object(Context).user
