"""Writing a file whole or not at all: into a temporary file beside it, renamed over the
target only when everything was written (a failed or cancelled write leaves the
previous file, or none, never a truncated one)."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from .errors import BadInput
from .messages import msg


def check_destination(path: Path) -> None:
    """Say why a file cannot be written at ``path`` before any work is done. A link is
    followed: the file it points to is the one written."""
    path = _target(path)
    folder = path.parent
    if path.is_dir():
        raise BadInput(msg("{path} is a folder; give a file name", path=path))
    if path.exists() and not path.is_file():  # a device or a pipe: replacing it would destroy it
        raise BadInput(msg("{path} is not a regular file: it is left as it is", path=path))
    if not folder.is_dir():
        raise BadInput(msg("the folder {folder} does not exist", folder=folder))
    if not (os.access(folder, os.W_OK) and folder.stat().st_mode & 0o222):  # marked read-only: as for a file
        raise BadInput(msg("the folder {folder} cannot be written (read-only)", folder=folder))
    if path.is_file() and not (os.access(path, os.W_OK) and path.stat().st_mode & 0o222):
        # the write bits too: a file marked read-only is to be kept, even for an administrator
        raise BadInput(msg("{path} is read-only: it is kept as it is (make it writable, or give another name)",
                           path=path))


@contextlib.contextmanager
def atomic_write(path: Path, *, binary: bool = False, encoding: str = "utf-8",
                 newline: str | None = None) -> Iterator[IO]:
    """Open a temporary file beside ``path``; on leaving without an error it replaces ``path``."""
    check_destination(Path(path))
    path = _target(Path(path))  # a link stays a link: the file it points to is replaced
    # a fresh name opened with "x" (never another file), with the permissions the umask gives
    # new files, as the user expects of a file they export (mkstemp's would be 0600), or
    # those of the file it replaces
    tmp = str(path.with_name(f".{path.name}.{secrets.token_hex(4)}.part"))
    try:
        with open(tmp, "xb" if binary else "x", **({} if binary else {"encoding": encoding,
                                                                      "newline": newline})) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        if path.is_file():
            os.chmod(tmp, path.stat().st_mode & 0o7777)
        os.replace(tmp, path)
    except OSError as exc:
        _remove(tmp)
        raise BadInput(msg("cannot write {path}: {reason}", path=path, reason=exc.strerror or str(exc))) from None
    except BaseException:
        _remove(tmp)
        raise


def _target(path: Path) -> Path:
    """``path``, or the file it links to (a link to a missing file: the file it would be)."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def _remove(tmp: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(tmp)
