"""Errors the core reports to people, each with a message that names the reason."""


class WorkbenchError(Exception):
    """An error with a message meant for the user, not a traceback."""


class BadInput(WorkbenchError):
    """An input item (file or record) that cannot be imported, and why."""


class DatabaseError(WorkbenchError):
    """The database cannot be opened, read or written, and why."""


class NotFound(WorkbenchError):
    """An article, claim or other item asked for by id does not exist."""


class Refused(WorkbenchError):
    """A rule of the desk forbids the action (role, four-eyes, state), and which rule."""


class Conflict(WorkbenchError):
    """Someone else changed the item since it was read: the save is refused, nothing is lost."""
