"""Writing a file whole or not at all: into a temporary file beside it, renamed over the
target only when everything was written (a failed or cancelled write leaves the
previous file, or none, never a truncated one).

A process killed while it writes (SIGKILL, a power cut) cannot remove its temporary
file: the name carries the writer's process id, and the next write of the same file
removes those whose writer is gone."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import secrets
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from workbench.kernel.errors import BadInput
from workbench.kernel.messages import msg


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
    sweep_partials(path)
    tmp = str(partial_path(path))
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


# A partial file is left for the writer still at work on it. Its name says the process and the
# machine (a hash of the host's name): a process id is looked up only on the machine that wrote
# it; another machine's partial (a shared folder, a container) goes once untouched this long.
STALE_PARTIAL_SECONDS = 3600
# with a journal SQLite may leave beside a partial backup
_PARTIAL = re.compile(r"\.(?P<pid>\d+)-(?:(?P<host>[0-9a-f]{6})-)?[0-9a-f]{8}\.part(-journal)?")
_HOST = hashlib.sha256(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:6]
_OLD_PARTIAL = re.compile(r"\.[0-9a-f]{8}\.part")  # named by earlier versions, without a process id


def partial_path(path: Path) -> Path:
    """A fresh hidden name beside ``path`` for writing it, naming this process."""
    return path.with_name(f".{path.name}.{os.getpid()}-{_HOST}-{secrets.token_hex(4)}.part")


def sweep_partials(path: Path) -> list[Path]:
    """Remove the partial files of ``path`` left by writers that were killed: those whose
    process is gone, and any untouched for ``STALE_PARTIAL_SECONDS``. Returns them."""
    prefix = f".{path.name}"
    removed = []
    try:
        entries = list(os.scandir(path.parent))
    except OSError:
        return removed
    for entry in entries:
        if not entry.name.startswith(prefix):
            continue
        rest = entry.name[len(prefix):]
        match = _PARTIAL.fullmatch(rest)
        if match is None and _OLD_PARTIAL.fullmatch(rest) is None:
            continue
        try:
            idle = time.time() - entry.stat(follow_symlinks=False).st_mtime
        except OSError:
            continue
        here = match is not None and match["host"] == _HOST
        gone = here and not _process_alive(int(match["pid"]))
        if gone or idle > STALE_PARTIAL_SECONDS:
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
    return removed


def _process_alive(pid: int) -> bool:
    if pid == os.getpid() or os.name == "nt":  # Windows: os.kill would end the process; age decides
        return True
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, OverflowError, ValueError):  # gone, or no process id at all (a planted name)
        return False
    except (PermissionError, OSError):
        return True  # it exists (another user's), or it cannot be told: leave its file
    return True


def _target(path: Path) -> Path:
    """``path``, or the file it links to (a link to a missing file: the file it would be)."""
    if not path.is_symlink():
        return path
    try:
        os.stat(path)
    except FileNotFoundError:
        pass  # a link to a file not there yet
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise BadInput(msg("{path} is a link in a loop of links: nothing was written", path=path)) from None
        raise
    return Path(os.path.realpath(path))


def _remove(tmp: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(tmp)
