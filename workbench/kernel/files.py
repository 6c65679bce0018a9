"""Reading a file a person named, safely: only a regular file (a named pipe would wait for a
writer for ever, ``/dev/zero`` never ends), opened without blocking and checked again once
open, and never more than a limit (the file is not read whole to find it is too large)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from workbench.kernel.errors import BadInput
from workbench.kernel.messages import msg, template

_NOT_A_FILE = {  # one whole sentence per kind: translations need them whole
    stat.S_IFIFO: template("it is a named pipe (FIFO), not a file: skipped"),
    stat.S_IFSOCK: template("it is a socket, not a file: skipped"),
    stat.S_IFCHR: template("it is a device, not a file: skipped"),
    stat.S_IFBLK: template("it is a device, not a file: skipped"),
}
_NOT_REGULAR = template("it is not a regular file: skipped")


def read_regular_file(path: Path, limit: int, too_large=None) -> bytes:
    """The bytes of the regular file at ``path``, at most ``limit`` of them. ``too_large(size)``
    raises the caller's own refusal of a larger file (else a plain one). Raises BadInput for
    what is not a regular file, OSError when it cannot be read."""
    _refuse_non_regular(os.stat(path).st_mode)
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
                 | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fh.fileno())
        _refuse_non_regular(info.st_mode)
        if info.st_size <= limit:
            data = fh.read(limit + 1)  # a file that grew since fstat is still cut at the limit
            if len(data) <= limit:
                return data
        size = max(info.st_size, limit + 1)
        if too_large is not None:
            too_large(size)
        raise BadInput(msg("the file is {size:,} KB, over the {limit:,} KB limit", size=-(-size // 1024),
                           limit=limit // 1024))


def _refuse_non_regular(mode: int) -> None:
    if not stat.S_ISREG(mode):
        reason = _NOT_A_FILE.get(stat.S_IFMT(mode), _NOT_REGULAR)
        raise BadInput(msg(reason))
